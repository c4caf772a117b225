import java.time.LocalDate;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;

FacetCodingEngine engine = FacetCodingEngine.standard();
CodingSession session = CodingSession.of(LocalDate.of(2026, 2, 2),
    DocumentedProcedure.builder(Technique.thermalRf(80))
        .imaging(Imaging.FLUOROSCOPY)
        .joint("L3-L4", Laterality.LEFT)
        .joint("L4-L5", Laterality.LEFT)
        .build());
CodingResult result = engine.code(session, PayerProfile.MEDICARE_PHYSICIAN);
for (ClaimLine line : result.lines()) {
  System.out.println(line.notation() + "  " + line.rationale().covered());
}
