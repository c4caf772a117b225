import java.time.LocalDate;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.OtherClaimLine;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;

CodingSession session = CodingSession.on(LocalDate.of(2026, 2, 6))
    .add(DocumentedProcedure.builder(Technique.thermalRf(85))
        .imaging(Imaging.FLUOROSCOPY)
        .joint("L4-L5", Laterality.LEFT)
        .build())
    .otherLine(OtherClaimLine.of("77003", 1))     // already on the claim
    .build();
CodingResult result = engine.code(session);
System.out.println(result.lines());
for (Finding f : result.findings()) {
  System.out.println(f.id() + " " + f.severity().label() + ": " + f.message());
}
