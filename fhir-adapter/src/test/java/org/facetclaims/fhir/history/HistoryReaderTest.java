package org.facetclaims.fhir.history;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.facetclaims.core.Finding;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.DiagnosticBlock;
import org.facetclaims.core.coverage.PatientHistory;
import org.facetclaims.core.coverage.PriorRfSession;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading history from the realistic Bundles in {@code src/test/resources/coverage/}. */
class HistoryReaderTest {
  static final LocalDate DOS = LocalDate.of(2026, 2, 2);
  static final Reference PATIENT = new Reference("urn:uuid:pat-1");
  static final HistoryReader READER = HistoryReader.standard();

  static Bundle bundle(String name) {
    try (InputStream in = HistoryReaderTest.class.getResourceAsStream("/coverage/" + name)) {
      return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static HistoryReading read(String name, boolean complete) {
    return READER.read(bundle(name), PATIENT, DOS, complete);
  }

  @Test
  @DisplayName("a CPT code with no value (only a data-absent-reason) is no code, not a crash")
  void codeWithoutAValue() {
    Bundle b = bundle("third-rf-in-12-months.json");
    int blanked = 0;
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      if (e.getResource() instanceof Procedure) {
        for (org.hl7.fhir.r4.model.Coding c : ((Procedure) e.getResource()).getCode().getCoding()) {
          c.setCodeElement(new org.hl7.fhir.r4.model.CodeType());
          c.getCodeElement().addExtension(
              "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
              new org.hl7.fhir.r4.model.CodeType("unknown"));
          blanked++;
        }
      }
    }
    assertThat(blanked).isGreaterThan(1);
    HistoryReading r = READER.read(b, PATIENT, DOS, false);
    // Both sessions are still found from their texts.
    assertThat(r.history().rfSessions()).extracting(PriorRfSession::date)
        .containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 9, 1));
  }

  @Test
  @DisplayName("two blocks: relief from a note (85%) and from an outcome (80 percent)")
  void twoBlocks() {
    HistoryReading r = read("initial-rf-after-two-blocks.json", false);
    assertThat(r.findings()).isEmpty();
    PatientHistory h = r.history();
    assertThat(h.isKnown()).isTrue();
    assertThat(h.isComplete()).isFalse();
    assertThat(h.rfSessions()).isEmpty();
    assertThat(h.diagnosticBlocks()).hasSize(2);
    DiagnosticBlock first = h.diagnosticBlocks().get(0);
    assertThat(first.date()).isEqualTo(LocalDate.of(2025, 10, 6));
    assertThat(first.family()).isEqualTo(JointFamily.LUMBAR_SACRAL);
    assertThat(first.joints()).containsExactly(FacetJoint.L4_L5);
    assertThat(first.reliefPercent()).hasValue(85);
    assertThat(first.reference()).contains("urn:uuid:mbb-1");
    assertThat(h.diagnosticBlocks().get(1).reliefPercent()).hasValue(80);
    assertThat(read("initial-rf-after-two-blocks.json", true).history().isComplete()).isTrue();
  }

  @Test
  @DisplayName("repeat: relief from Observations by partOf (70 %) and focus (8 months)")
  void observations() {
    HistoryReading r = read("repeat-rf-relief-observations.json", false);
    assertThat(r.findings()).isEmpty();
    assertThat(r.history().rfSessions()).singleElement().satisfies(s -> {
      assertThat(s.date()).isEqualTo(LocalDate.of(2025, 3, 3));
      assertThat(s.joints()).containsExactly(FacetJoint.L4_L5, FacetJoint.L5_S1);
      assertThat(s.reliefPercent()).hasValue(70);   // not the blocks' 90% recapped in its note
      assertThat(s.reliefMonths()).hasValue(8);
    });
    assertThat(r.history().diagnosticBlocks()).extracting(b -> b.reliefPercent().getAsInt())
        .containsExactly(90, 85);
  }

  @Test
  @DisplayName("RF sessions by CPT code and by text alone; relief and duration from notes")
  void textOnly() {
    PatientHistory h = read("third-rf-in-12-months.json", false).history();
    assertThat(h.rfSessions()).extracting(PriorRfSession::date)
        .containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 9, 1));
    PriorRfSession a = h.rfSessions().get(0);
    assertThat(a.reliefPercent()).hasValue(60);
    assertThat(a.reliefMonths()).hasValue(5);
    PriorRfSession b = h.rfSessions().get(1);
    assertThat(b.reference()).contains("urn:uuid:rf-b");
    assertThat(b.reliefPercent()).hasValue(75);
    assertThat(b.reliefMonths()).isEmpty();
  }

  @Test
  @DisplayName("other patients, entered-in-error, SI joint RF are ignored; a range is a finding")
  void noise() {
    HistoryReading r = read("history-noise.json", false);
    assertThat(r.history().rfSessions()).isEmpty();
    assertThat(r.history().diagnosticBlocks()).singleElement().satisfies(b -> {
      assertThat(b.reference()).contains("urn:uuid:mbb-range");
      assertThat(b.reliefPercent()).isEmpty();
    });
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo("FC-617");
      assertThat(f.message()).contains("70-80%").contains("range");
      assertThat(f.element()).hasValueSatisfying(e -> assertThat(e).endsWith(".note[0].text"));
    });
  }

  @Test
  @DisplayName("no earlier facet procedure: unknown, or none when the caller says complete")
  void unknownVersusNone() {
    assertThat(read("no-history.json", false).history().isKnown()).isFalse();
    PatientHistory none = read("no-history.json", true).history();
    assertThat(none.isKnown()).isTrue();
    assertThat(none.isComplete()).isTrue();
    assertThat(none.rfSessions()).isEmpty();
  }

  @Test
  @DisplayName("not a Bundle, or no patient: unknown")
  void notABundle() {
    assertThat(READER.read(new Procedure(), PATIENT, DOS, true).history().isKnown()).isFalse();
    assertThat(READER.read(bundle("initial-rf-after-two-blocks.json"), null, DOS, true)
        .history().isKnown()).isFalse();
  }

  @Test
  @DisplayName("only records dated before the date of service count")
  void onlyEarlier() {
    HistoryReading r = READER.read(bundle("repeat-rf-relief-observations.json"), PATIENT,
        LocalDate.of(2025, 3, 3), false);
    assertThat(r.history().rfSessions()).isEmpty();
    assertThat(r.history().diagnosticBlocks()).hasSize(2);
  }

  @Test
  @DisplayName("sources that disagree leave the value unknown, with a finding")
  void disagreement() {
    Bundle b = bundle("repeat-rf-relief-observations.json");
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      if (e.getFullUrl().equals("urn:uuid:rf-2025")) {
        ((Procedure) e.getResource()).getOutcome().setText("Good response, 90% relief.");
      }
    }
    HistoryReading r = READER.read(b, PATIENT, DOS, false);
    assertThat(r.history().rfSessions().get(0).reliefPercent()).isEmpty();
    assertThat(r.findings().stream().map(Finding::message).collect(Collectors.joining()))
        .contains("disagree").contains("70 at").contains("90 at");
  }

  @Test
  @DisplayName("a record with no joint, code or region is left out with a finding")
  void unplaced() {
    Bundle b = bundle("no-history.json");
    Procedure p = new Procedure();
    p.setId("rf-vague");
    p.setStatus(Procedure.ProcedureStatus.COMPLETED);
    p.setSubject(PATIENT);
    p.setPerformed(new org.hl7.fhir.r4.model.DateTimeType("2025-05-05"));
    p.getCode().setText("Facet radiofrequency ablation");
    b.addEntry().setFullUrl("urn:uuid:rf-vague").setResource(p);
    HistoryReading r = READER.read(b, PATIENT, DOS, false);
    assertThat(r.history().isKnown()).isFalse();
    assertThat(r.findings()).extracting(Finding::id).containsExactly("FC-617");
  }

  @Test
  @DisplayName("one vocabulary: the history reads the words the clinical text grammar reads")
  void theGrammarsWords() {
    Bundle b = new Bundle();
    b.addEntry().setFullUrl("urn:uuid:h1").setResource(earlier("2025-06-02",
        "RFTC of the right L4-5 and L5-S1 median branches", null));
    b.addEntry().setFullUrl("urn:uuid:h2").setResource(earlier("2025-03-03",
        "Diagnostic MBB, cervical", "90% relief."));
    b.addEntry().setFullUrl("urn:uuid:h3").setResource(earlier("2025-04-01",
        "L4 and L5 dorsal rami and S1-S3 lateral branches RFA", null));
    b.addEntry().setFullUrl("urn:uuid:h4").setResource(earlier("2025-05-05",
        "Cryoablation of the L4-5 facet medial branches", null));
    HistoryReading r = READER.read(b, PATIENT, DOS, true);
    assertThat(r.history().rfSessions()).singleElement().satisfies(s -> {
      assertThat(s.family()).isEqualTo(JointFamily.LUMBAR_SACRAL);
      assertThat(s.joints()).containsExactly(FacetJoint.L4_L5, FacetJoint.L5_S1);
    });
    assertThat(r.history().diagnosticBlocks()).singleElement().satisfies(d -> {
      assertThat(d.family()).isEqualTo(JointFamily.CERVICAL_THORACIC);
      assertThat(d.reliefPercent()).hasValue(90);
    });
  }

  @Test
  @DisplayName("the RF and block code lists come from the core's code sets")
  void codeLists() {
    assertThat(HistoryReader.rfCodes()).containsExactlyInAnyOrder("64622", "64623", "64626",
        "64627", "64633", "64634", "64635", "64636");
    assertThat(HistoryReader.blockCodes()).containsExactlyInAnyOrder("64490", "64491", "64492",
        "64493", "64494", "64495");
  }

  private static Procedure earlier(String date, String name, String note) {
    Procedure p = new Procedure();
    p.setStatus(Procedure.ProcedureStatus.COMPLETED);
    p.setSubject(PATIENT);
    p.setPerformed(new org.hl7.fhir.r4.model.DateTimeType(date));
    p.getCode().setText(name);
    if (note != null) {
      p.addNote().setText(note);
    }
    return p;
  }

  @org.junit.jupiter.api.Test
  @org.junit.jupiter.api.DisplayName("the reason for a block sooner than two weeks: said, or not")
  void spacingReasonInANote() {
    for (String yes : new String[] {
        "Second block performed sooner than two weeks after the first because the patient"
            + " leaves the country.",
        "Relief 90%. Interval shortened due to scheduled surgery.",
        "Exception to the 14-day spacing: reason documented above"}) {
      assertThat(SpacingReason.stated(java.util.List.of(
          new org.hl7.fhir.r4.model.Annotation().setText(yes)))).as(yes).isTrue();
    }
    for (String no : new String[] {
        "Reports 85% relief for 2 weeks.",
        "Second block one week after the first; no reason for the shorter interval documented.",
        "Performed because of persistent axial pain.",
        "Second block 9 days later. Pain is worse because of lifting."}) {
      assertThat(SpacingReason.stated(java.util.List.of(
          new org.hl7.fhir.r4.model.Annotation().setText(no)))).as(no).isFalse();
    }
  }
}
