package org.facetclaims.fhir.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.facetclaims.core.Finding;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.SessionClaim;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus sentences and clinicians' forms coded end to end through the public API: each row is
 * one completed Procedure (its {@code code.text}, then its notes) in a Bundle with a Coverage,
 * coded under the default Medicare physician profile. Expected: the Claim's lines and the
 * finding ids from reading and coding (1xx-5xx; the coverage findings, 6xx, depend on data the
 * rows do not give).
 *
 * <p>{@link #currentRows()} are mostly one text each; {@link #readerRows()} combine several texts
 * of one procedure as the reader does (sides across texts, the same levels stated twice,
 * per-lesion temperatures, sacroiliac targets in another text, opposite sides, template text).
 */
class CorpusEndToEndTest {
  private static final FacetClaims FACET = FacetClaims.create();

  /** One Procedure: its texts (code text first), the lines and finding ids it must give. */
  static final class Row {
    final String source;
    final List<String> texts;
    String lines = "";
    String findings = "";

    Row(String source, String... texts) {
      this.source = source;
      this.texts = Arrays.asList(texts);
    }

    Row lines(String l) {
      this.lines = l;
      return this;
    }

    Row findings(String f) {
      this.findings = f;
      return this;
    }

    @Override
    public String toString() {
      String t = String.join(" / ", texts).replace("\n", " ");
      return t.length() > 100 ? t.substring(0, 97) + "..." : t;
    }
  }

  static Row row(String source, String... texts) {
    return new Row(source, texts);
  }

  static Stream<Row> currentRows() {
    return Stream.of(
        row(ClinicalCorpusTest.AAPC_PULSED, "Doctor preformed bilateral L3 and L4 Radiofrequency"
            + " under Fluoroscopy, L3 nerve lesioning was preformed at 80 degree C for 90 seconds"
            + " on both sides while L4 nerve lesioning was done at 44 degrees for 120 seconds on"
            + " both sides.")
            .lines("64999 x1").findings("FC-303 FC-516"),
        row(ClinicalCorpusTest.AAPC_SA, "LUMBAR RADIOFREQUENCY ABLATION WITH FLUOROSCOPY",
            "TARGET SITES: L4, L5, SACRAL ALA AND S1 (to denerve the joints at L3-4, L4-5,L5-SA"
                + " and SA-S1) Right")
            .lines("64635-RT x1, 64636-RT x1").findings("FC-505 FC-505 FC-505 FC-514"),
        row(ClinicalCorpusTest.PG_LUMB, "Procedure: Lumbosacral Radiofrequency Ablation",
            "Levels Treated: L3-L4,L4-L5,L5-S1", "Laterality: Left")
            .lines("64635-LT x1, 64636-LT x2").findings("FC-306"),
        row(ClinicalCorpusTest.PG_CERV, "Procedure: Cervical Radiofrequency Ablation",
            "Levels Treated: C3-C4,C4-C5,C5-C6", "Laterality: Right")
            .lines("64633-RT x1, 64634-RT x2").findings("FC-306"),
        row(ClinicalCorpusTest.DO_L3L5, "Medical Necessity Determination for Left L3-L5"
            + " Radiofrequency Ablation")
            .lines("64635-LT x1, 64636-LT x1").findings("FC-205 FC-306"),
        row(ClinicalCorpusTest.DO_L3S1, "The bilateral L3-S1 radiofrequency ablation is NOT"
            + " medically necessary at this time because the insurance criteria explicitly"
            + " require TWO separate positive diagnostic medial branch blocks with ≥80% relief,"
            + " and documentation confirms only ONE set of MBBs was performed.")
            .lines("64635-50 x1, 64636-50 x2").findings("FC-205 FC-306"),
        row(ClinicalCorpusTest.DO_C26, "The left-sided cervical C2-6 radiofrequency ablation"
            + " performed on this patient was medically necessary and meets established clinical"
            + " criteria.")
            .lines("64633-LT x1, 64634-LT x3").findings("FC-205 FC-306"),
        row(ClinicalCorpusTest.AAPC_SIJ, "Procedure: Left Radio-frequency ablation sacroiliac"
            + " joint, specifically the dorsal ramus of L5 and lateral branches of S1, S2 and S3")
            .findings("FC-502"),
        row(ClinicalCorpusTest.PG_SIJ, "L4 and L5 dorsal ramus/medial branch and S1, S2, S3"
            + " lateral branch radiofrequency ablation")
            .findings("FC-502"),
        row(ClinicalCorpusTest.MCN, "Question: A provider is doing RFA’s of the left L4, L5,"
            + " S1, S2, S3 and SA.")
            .findings("FC-502"),
        row(ClinicalCorpusTest.AAPC_NEEDHELP, "Using oblique fluoroscopy, 20 gauge Kimberly-Clark"
            + " Radiofrequency Ablation probes, 10 cm in length with 10 mm active tip were"
            + " advanced to right L4 and L5 levels for the L3 and L4 median branches.")
            .lines("64635-RT x1"),
        row(ClinicalCorpusTest.AAPC_T9, "Procedure: 1. Radiofrequency Ablation of thoracic"
            + " medial branches at Right\nT9, T10, T11")
            .lines("64633-RT x1, 64634-RT x1").findings("FC-306"),
        row(ClinicalCorpusTest.DO_C2C5, "The requested bilateral C2, C3, C4, and C5 medial"
            + " branch radiofrequency ablation (CPT 64633-50 and 64634-50) is medically necessary"
            + " for this patient")
            .lines("64633-50 x1, 64634-50 x1").findings("FC-306 FC-505"),
        row(ClinicalCorpusTest.DO_RFT, "Is Bilateral Radiofrequency Thermocoagulation (RFT) of"
            + " Medial/Lateral Branch Nerves L3-L4 medically necessary for a patient with"
            + " Spondylosis without Myelopathy or Radiculopathy, Lumbar Region?")
            .lines("64635-50 x1").findings("FC-306"),
        row("clinicians' form", "bilateral L2-L4 RFA under fluoroscopy")
            .lines("64635-50 x1, 64636-50 x1").findings("FC-205"),
        row("clinicians' form", "Bilateral T12-L2 RFA under fluoroscopy")
            .findings("FC-205 FC-206"),
        row("clinicians' form", "R C5, C6 MBRF under fluoroscopy").lines("64633-RT x1"),
        row("clinicians' form", "Right/left L4-5 RFA under fluoroscopy")
            .lines("64635 x1").findings("FC-202 FC-515"),
        row("clinicians' form", "TARGETS: L3 and L4 transverse processes (L3-4 joint), left."
            + " Radiofrequency lesions at 80 C under fluoroscopy.")
            .lines("64635-LT x1"));
  }

  static Stream<Row> readerRows() {
    return Stream.of(
        // Point 6: the C4-C5 joint at 80 °C is a thermal destruction; the C5-C6 joint has a
        // lesion at 60 °C and goes to 64999 (per-lesion temperatures split the procedure).
        row("clinicians' form", "Right C4, C5 and C6 medial branch RFA under fluoroscopy.",
            "Lesions at 80 °C at C4 and C5; the C6 lesion was made at 60 °C.")
            .lines("64633-RT x1, 64999 x1").findings("FC-303 FC-516"),
        // Points 5 and 11: the side stated in the code text applies to the same sites named
        // without a side in the note; the note restates the joints, it adds none.
        row("clinicians' form", "Right L4-5 and L5-S1 facet RFA under fluoroscopy",
            "The L3, L4 medial branches and L5 dorsal ramus were lesioned at 80 C.")
            .lines("64635-RT x1, 64636-RT x1"),
        // Point 11: the note's joints resolve the title's hyphenated range.
        row("clinicians' form", "Bilateral L2-L4 RFA",
            "The L3-4 and L4-5 facet joints were lesioned under fluoroscopy.")
            .lines("64635-50 x1, 64636-50 x1"),
        // Point 9: an SI procedure named in the code text owns the L4/L5 targets of the note.
        row("clinicians' form", "Right SI joint radiofrequency ablation",
            "Right L4 medial branch and L5 dorsal ramus lesioned at 80 C under fluoroscopy.")
            .findings("FC-502"),
        // Point 9 with a facet joint too: the L3 medial branch pairs the L4 one (L4-L5 is a
        // facet joint); the L5 dorsal ramus is the SI procedure's, and FC-502 says so.
        row("clinicians' form", "Left SI joint and L4-5 facet radiofrequency ablation",
            "Left L3 and L4 medial branches and L5 dorsal ramus lesioned at 80 C under"
                + " fluoroscopy.")
            .lines("64635-LT x1").findings("FC-502 FC-502"),
        // Point 5: a real contradiction between texts is asked (FC-511), and the joint is
        // coded without a side rather than with a guessed one (FC-202 for each of its sites).
        row("clinicians' form", "Right L4-5 facet RFA under fluoroscopy",
            "Left L4-5 medial branches lesioned at 80 C.")
            .lines("64635 x1").findings("FC-202 FC-202 FC-202 FC-511"),
        // Point 11: the noun in one text only; the note's level list is the title's nerves.
        row("clinicians' form", "Left L3, L4 medial branch RFA under fluoroscopy",
            "Lesions at the L3 and L4 levels at 80 C.")
            .lines("64635-LT x1"),
        // Point 11: a line break inside the note's phrase; one statement, not FC-208.
        row("clinicians' form", "Right L4-5 and L5-S1 RFA under fluoroscopy at 80 C",
            "Levels treated: L4-5 and\nL5-S1, right")
            .lines("64635-RT x1, 64636-RT x1"),
        // Point 7: a level left blank in the template is asked for, never read.
        row("clinicians' form", "Right L__-L__ facet RFA under fluoroscopy")
            .findings("FC-201 FC-515"),
        row("clinicians' form", "Left lumbar facet RFA at [level] under fluoroscopy")
            .findings("FC-201 FC-515"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("currentRows")
  void codesTheProcedure(Row r) {
    check(r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readerRows")
  void codesTheProcedureFromAllItsTexts(Row r) {
    check(r);
  }

  private static void check(Row r) {
    CodingOutput out = FACET.code(bundle(r.texts), PayerProfile.MEDICARE_PHYSICIAN);
    List<String> lines = new ArrayList<>();
    for (SessionClaim s : out.sessions()) {
      for (Claim.ItemComponent item : s.claim().getItem()) {
        StringBuilder sb = new StringBuilder(
            item.getProductOrService().getCodingFirstRep().getCode());
        for (CodeableConcept m : item.getModifier()) {
          sb.append('-').append(m.getCodingFirstRep().getCode());
        }
        lines.add(sb.append(" x").append(item.getQuantity().getValue().intValue()).toString());
      }
    }
    List<String> ids = new ArrayList<>();
    for (Finding f : out.findings()) {
      if (!f.id().startsWith("FC-6")) {
        ids.add(f.id());
      }
    }
    ids.sort(null);
    assertThat(String.join(", ", lines)).as("lines of %s (%s)", r, r.source)
        .isEqualTo(r.lines);
    assertThat(String.join(" ", ids)).as("findings of %s: %s", r, out.findings())
        .isEqualTo(String.join(" ", new TreeSet<>(List.of(r.findings.split(" ")))).isEmpty()
            ? "" : sorted(r.findings));
  }

  private static String sorted(String ids) {
    List<String> l = new ArrayList<>(Arrays.asList(ids.split(" ")));
    l.removeIf(String::isEmpty);
    l.sort(null);
    return String.join(" ", l);
  }

  private static Bundle bundle(List<String> texts) {
    Procedure p = new Procedure();
    p.setId("p1");
    p.setStatus(Procedure.ProcedureStatus.COMPLETED);
    p.setSubject(new Reference("Patient/pt-1"));
    p.addPerformer().setActor(new Reference("Practitioner/dr-1"));
    p.setPerformed(new DateTimeType("2026-03-02"));
    p.getCode().setText(texts.get(0));
    for (String note : texts.subList(1, texts.size())) {
      p.addNote().setText(note);
    }
    Coverage c = new Coverage();
    c.setId("cov-1");
    c.setStatus(Coverage.CoverageStatus.ACTIVE);
    c.setBeneficiary(new Reference("Patient/pt-1"));
    c.addPayor().setDisplay("Medicare Part B");
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.COLLECTION);
    b.addEntry().setFullUrl("urn:uuid:p1").setResource(p);
    b.addEntry().setFullUrl("urn:uuid:cov-1").setResource(c);
    return b;
  }
}
