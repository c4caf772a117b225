import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

Claim mine = new Claim();                          // the claim your system is building
mine.addItem().setSequence(1).setProductOrService(new CodeableConcept(
    new Coding("http://www.ama-assn.org/go/cpt", "99213", null)));
out.sessions().get(0).appendTo(mine);              // items 2.., with their diagnoses,
                                                   // procedures and care team renumbered
