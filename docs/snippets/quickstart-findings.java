import java.time.LocalDate;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;

CodingResult result = engine.code(CodingSession.of(LocalDate.of(2026, 2, 2),
    DocumentedProcedure.builder(Technique.thermalRf())
        .imaging(Imaging.FLUOROSCOPY)
        .nerves(Laterality.LEFT, Nerve.L2, Nerve.L4)
        .build()));
System.out.println(result.lines().isEmpty() ? "no lines" : result.lines());
for (Finding f : result.findings()) {
  System.out.println(f.id() + " " + f.severity().label() + ": " + f.message());
  f.physicianQuestion().ifPresent(q -> System.out.println("  ask: " + q));
}
