package org.facetclaims.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputLimits;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The reader's steps over all texts of one Procedure (the grammar page, "What the FHIR reader
 * does with a reading"): what each finding says and asks, where it points, and the core input
 * the reader builds. The lines of these and more forms are in {@code CorpusEndToEndTest} and the
 * golden cases.
 */
class AllTextsOfAProcedureTest {
  private static final FacetClaims FACET = FacetClaims.create();
  private static final ProcedureReader READER = new ProcedureReader(
      ClinicalTextGrammar.standard(), InputLimits.DEFAULT, CodeSetEditions.standard());

  static Procedure procedure(String codeText, String... notes) {
    Procedure p = new Procedure();
    p.setId("p1");
    p.setStatus(Procedure.ProcedureStatus.COMPLETED);
    p.setSubject(new Reference("Patient/pt-1"));
    p.setPerformed(new DateTimeType("2026-03-02"));
    p.getCode().setText(codeText);
    for (String n : notes) {
      p.addNote().setText(n);
    }
    return p;
  }

  static ReadProcedure read(Procedure p) {
    return READER.read(p, "Procedure", new ResourceIndex(p, 1000));
  }

  static List<Finding> findings(ReadProcedure r, FindingCode code) {
    return r.findings().stream().filter(f -> f.code() == code).collect(Collectors.toList());
  }

  @Test
  void lesionsAtTwoTemperaturesAreTwoPartsOfOneProcedureAndOneClaimProcedure() {
    Procedure p = procedure("Right C4, C5 and C6 medial branch RFA under fluoroscopy.",
        "Lesions at 80 °C at C4 and C5; the C6 lesion was made at 60 °C.");
    ReadProcedure r = read(p);
    assertThat(r.otherParts()).hasSize(1);
    DocumentedProcedure high = r.documented();
    DocumentedProcedure low = r.otherParts().get(0);
    assertThat(high.technique().method()).isEqualTo(NeurolyticMethod.THERMAL_RF);
    assertThat(high.technique().temperatureCelsius()).hasValue(80);
    assertThat(low.technique().temperatureCelsius()).hasValue(60);
    assertThat(high.sites().toString()).isEqualTo("[right C4 medial branch, right C5 medial"
        + " branch]");
    // C5 completes both C4-C5 (at 80 °C) and C5-C6 (with the C6 lesion at 60 °C).
    assertThat(low.sites().toString()).isEqualTo("[right C5 medial branch, right C6 medial"
        + " branch]");
    assertThat(r.parts()).containsExactly(high, low);
    Finding f516 = findings(r, FindingCode.LESION_TEMPERATURES_DIFFER).get(0);
    assertThat(f516.element()).hasValue("Procedure.note[0].text");
    assertThat(f516.physicianQuestion()).isPresent();

    CodingOutput out = FACET.code(p, PayerProfile.MEDICARE_PHYSICIAN);
    Claim claim = out.sessions().get(0).claim();
    assertThat(claim.getProcedure()).hasSize(1);
    List<String> lines = new ArrayList<>();
    for (Claim.ItemComponent item : claim.getItem()) {
      lines.add(item.getProductOrService().getCodingFirstRep().getCode() + " "
          + item.getProcedureSequence().stream().map(PositiveIntType::getValue)
              .collect(Collectors.toList()));
    }
    assertThat(lines).containsExactly("64633 [1]", "64999 [1]");
  }

  @Test
  void oneTemperatureOrAllBelowTheMinimumIsOnePart() {
    assertThat(read(procedure("Right C4, C5 medial branch RFA at 80 C under fluoroscopy"))
        .otherParts()).isEmpty();
    ReadProcedure pulsedLike = read(procedure("Doctor preformed bilateral L3 and L4"
        + " Radiofrequency under Fluoroscopy, L3 nerve lesioning was preformed at 80 degree C"
        + " for 90 seconds on both sides while L4 nerve lesioning was done at 44 degrees for 120"
        + " seconds on both sides."));
    // The only joint (L4-L5) has its L4 lesion at 44 °C: all of it goes to 64999.
    assertThat(pulsedLike.otherParts()).isEmpty();
    assertThat(pulsedLike.documented().technique().temperatureCelsius()).hasValue(44);
  }

  @Test
  void questionsBecomeFindingsAtTheirTextWithTheQuestion() {
    ReadProcedure r = read(procedure("LUMBAR RADIOFREQUENCY ABLATION WITH FLUOROSCOPY",
        "TARGET SITES: L4, L5, SACRAL ALA AND S1 (to denerve the joints at L3-4, L4-5,L5-SA"
            + " and SA-S1) Right"));
    Finding f = findings(r, FindingCode.TARGETS_DISAGREE).get(0);
    assertThat(f.element()).hasValue("Procedure.note[0].text");
    assertThat(f.physicianQuestion()).hasValue("Which facet joints were treated: L4-L5, L5-S1,"
        + " or L3-L4, L4-L5, L5-S1?");

    r = read(procedure("Right/left L4-5 facet RFA under fluoroscopy"));
    f = findings(r, FindingCode.TEMPLATE_NOT_FILLED).get(0);
    assertThat(f.element()).hasValue("Procedure.code.text");
    assertThat(f.physicianQuestion()).hasValue("Which side was treated: right, left or both?");
  }

  @Test
  void aHyphenatedRangeIsAskedOnceByTheCoreWithBothReadings() {
    CodingOutput out = FACET.code(procedure("Left L3-L5 Radiofrequency Ablation under"
        + " fluoroscopy"), PayerProfile.MEDICARE_PHYSICIAN);
    List<Finding> f205 = out.findings().stream()
        .filter(f -> f.code() == FindingCode.LEVELS_READ_AS_VERTEBRAE)
        .collect(Collectors.toList());
    assertThat(f205).hasSize(1);
    assertThat(f205.get(0).physicianQuestion()).hasValue("Are L3, L4, L5 the vertebrae whose"
        + " joints were treated (L3-L4, L4-L5), or the levels of the medial-branch nerves"
        + " lesioned (L4-L5, L5-S1)?");

    out = FACET.code(procedure("Bilateral T12-L2 RFA under fluoroscopy"),
        PayerProfile.MEDICARE_PHYSICIAN);
    Finding f206 = out.findings().stream()
        .filter(f -> f.code() == FindingCode.LEVELS_AMBIGUOUS).findFirst().get();
    assertThat(f206.physicianQuestion()).hasValue("Are T12, L1, L2 the vertebrae whose joints"
        + " were treated (T12-L1, L1-L2), or the levels of the medial-branch nerves lesioned"
        + " (L1-L2, L2-L3)?");
    assertThat(out.sessions()).isEmpty();
  }

  @Test
  void oppositeSidesInTwoTextsAreAskedAndNotGuessed() {
    ReadProcedure r = read(procedure("Right L4-5 facet RFA under fluoroscopy",
        "Left L4-5 facet joint lesioned at 80 C."));
    Finding f = findings(r, FindingCode.SIDE_CONFLICT).get(0);
    assertThat(f.message()).contains("L4-L5").contains("right at Procedure.code.text")
        .contains("left at Procedure.note[0].text");
    assertThat(f.physicianQuestion()).hasValue("On which side was L4-L5 treated: right, left"
        + " or both?");
    assertThat(r.documented().sites().toString()).isEqualTo("[L4-L5]");

    // Bilateral in one text and right in the other is no contradiction.
    r = read(procedure("Bilateral L4-5 facet RFA under fluoroscopy",
        "Right L4-5 facet joint lesioned at 80 C."));
    assertThat(findings(r, FindingCode.SIDE_CONFLICT)).isEmpty();
    assertThat(r.documented().sites().toString()).isEqualTo("[bilateral L4-L5]");
  }

  @Test
  void aNoteThatNamesMoreThanTheBodySiteIsReportedNotCoded() {
    Procedure p = procedure("Lumbar radiofrequency neurotomy under fluoroscopy",
        "Right L4-5 and L5-S1 facet joints were lesioned.");
    p.addBodySite().setText("Right L4-L5 facet joint");
    ReadProcedure r = read(p);
    assertThat(r.documented().sites().toString()).isEqualTo("[right L4-L5]");
    Finding f = findings(r, FindingCode.TEXTS_NAME_OTHER_SITES).get(0);
    assertThat(f.element()).hasValue("Procedure.note[0].text");
    assertThat(f.message()).contains("right L5-S1").doesNotContain("right L4-L5,");
    assertThat(f.physicianQuestion()).isPresent();

    // The same joints in the note: one statement, nothing to report.
    p = procedure("Lumbar radiofrequency neurotomy under fluoroscopy",
        "The L3 and L4 medial branches were lesioned.");
    p.addBodySite().setText("L4-L5 facet joint, right");
    r = read(p);
    assertThat(findings(r, FindingCode.TEXTS_NAME_OTHER_SITES)).isEmpty();
  }

  @Test
  void aSacroiliacProcedureInTheCodeTextTakesTheRamiOfTheNote() {
    ReadProcedure r = read(procedure("Left SI joint and L4-5 facet radiofrequency ablation",
        "Left L3 and L4 medial branches and L5 dorsal ramus lesioned at 80 C under"
            + " fluoroscopy."));
    assertThat(r.documented().sites().toString()).doesNotContain("L5 dorsal ramus");
    List<Finding> f502 = findings(r, FindingCode.OUT_OF_SCOPE);
    assertThat(f502).anySatisfy(f -> {
      assertThat(f.element()).hasValue("Procedure.note[0].text");
      assertThat(f.message()).startsWith("left L5 dorsal ramus is named");
    });
  }
}
