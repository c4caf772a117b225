package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.facetclaims.core.payer.PayerProfile;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

public class AdapterBasicsTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();

  static CodingOutput code(String json) {
    return FACET.code(FACET.parse(json.getBytes(StandardCharsets.UTF_8)),
        PayerProfile.MEDICARE_PHYSICIAN);
  }

  @Test
  void statusNotCompletedIsNotCoded() {
    CodingOutput out = code("{\"resourceType\":\"Procedure\",\"id\":\"p\",\"status\":\"not-done\","
        + "\"subject\":{\"reference\":\"Patient/1\"},\"performedDateTime\":\"2026-02-02\"}");
    assertThat(out.sessions()).isEmpty();
    assertThat(out.findings()).extracting(f -> f.id()).containsExactly("FC-501");
    OperationOutcome oo = out.outcome();
    assertThat(oo.getIssueFirstRep().getExpression().get(0).getValue())
        .isEqualTo("Procedure.status");
    assertThat(FhirValidation.errors(oo)).isEmpty();
    assertThat(FhirValidation.errors(out.toBundle())).isEmpty();
  }

  @Test
  void emptyBundleHasAnOutcome() {
    CodingOutput out = code("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}");
    assertThat(out.sessions()).isEmpty();
    assertThat(out.findings()).extracting(f -> f.id()).containsExactly("FC-503");
    Bundle b = out.toBundle();
    assertThat(b.getEntry()).hasSize(1);
    assertThat(FhirValidation.errors(b)).isEmpty();
  }

  @Test
  void unreadableInputsRaiseInputExceptionsWithoutContent() {
    assertThatThrownBy(() -> FACET.parse("{\"resourceType\":\"Procedure\",\"secret-value\""
        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("FCA-003")
        .hasMessageNotContaining("secret-value");
    assertThatThrownBy(() -> FACET.parse("{\"resourceType\":\"Procedure\",\"status\":42}"
        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("FCA-006")
        .hasMessageContaining("status");
    assertThatThrownBy(() -> FACET.parse(new byte[0]))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-001");
  }

  @Test
  void draftClaimWhenCoverageMissing() {
    // A CPT code on the Procedure makes it in scope even without the grammar's help.
    CodingOutput out = code("{\"resourceType\":\"Procedure\",\"id\":\"p\",\"status\":\"completed\","
        + "\"subject\":{\"reference\":\"Patient/1\"},"
        + "\"performer\":[{\"actor\":{\"reference\":\"Practitioner/2\"}}],"
        + "\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"64635\"}]},"
        + "\"bodySite\":[{\"text\":\"Left L4-L5 facet joint\"}],"
        + "\"performedDateTime\":\"2026-02-02\"}");
    assertThat(out.sessions()).hasSize(1);
    assertThat(out.findings()).extracting(f -> f.id())
        .containsExactlyInAnyOrder("FC-506", "FC-306", "FC-508", "FC-606", "FC-612", "FC-614",
            "FC-631"); // no state: the 2024 text is assumed on 2026 dates
    Claim c = out.sessions().get(0).claim();
    assertThat(c.getStatus()).isEqualTo(Claim.ClaimStatus.DRAFT);
    assertThat(c.getInsuranceFirstRep().getCoverage().getDisplay()).isEqualTo("coverage not supplied");
    assertThat(FhirValidation.errors(c)).isEmpty();
    assertThat(FhirValidation.errors(out.outcome())).isEmpty();
  }

  static String containedPatientProcedure(String id, String patientJson, String side) {
    return "{\"resourceType\":\"Procedure\",\"id\":\"" + id + "\",\"contained\":["
        + patientJson + "],\"status\":\"completed\",\"subject\":{\"reference\":\"#pt\"},"
        + "\"performedDateTime\":\"2026-02-02\",\"code\":{\"text\":\"" + side
        + " L4-L5 facet radiofrequency ablation under fluoroscopy\"}}";
  }

  /** Encodes as HAPI does, failing on any warning (a dangling local reference is one). */
  static String strictJson(org.hl7.fhir.instance.model.api.IBaseResource r) {
    return FACET.fhirContext().newJsonParser()
        .setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler())
        .encodeResourceToString(r);
  }

  @Test
  void procedureLocalPatientsAreNotOneSession() {
    // Two Procedures, each with its own contained Patient "#pt": two patients, not one.
    CodingOutput out = code("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
        + "{\"resource\":" + containedPatientProcedure("a", "{\"resourceType\":\"Patient\","
        + "\"id\":\"pt\",\"identifier\":[{\"system\":\"urn:mrn\",\"value\":\"111\"}]}", "Left")
        + "},{\"resource\":" + containedPatientProcedure("b", "{\"resourceType\":\"Patient\","
        + "\"id\":\"pt\",\"identifier\":[{\"system\":\"urn:mrn\",\"value\":\"222\"}]}", "Right")
        + "}]}");
    assertThat(out.sessions()).hasSize(2);
    Claim left = out.sessions().get(0).claim();
    Claim right = out.sessions().get(1).claim();
    assertThat(left.getItemFirstRep().getModifierFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("LT");
    assertThat(right.getItemFirstRep().getModifierFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("RT");
    assertThat(left.getPatient().hasReference()).isFalse();
    assertThat(left.getPatient().getType()).isEqualTo("Patient");
    assertThat(left.getPatient().getIdentifier().getValue()).isEqualTo("111");
    assertThat(right.getPatient().getIdentifier().getValue()).isEqualTo("222");
    assertThat(strictJson(out.toBundle())).doesNotContain("#pt");
    assertThat(FhirValidation.errors(out.toBundle())).isEmpty();
  }

  @Test
  void aProcedureLocalPatientWithoutIdentityIsAnUnknownPatient() {
    CodingOutput out = code(containedPatientProcedure("a",
        "{\"resourceType\":\"Patient\",\"id\":\"pt\",\"gender\":\"female\"}", "Left"));
    assertThat(out.sessions()).hasSize(1);
    Claim c = out.sessions().get(0).claim();
    assertThat(c.getStatus()).isEqualTo(Claim.ClaimStatus.DRAFT);
    assertThat(c.getPatient().getDisplay()).isEqualTo("patient not supplied");
    assertThat(out.findings()).extracting(f -> f.id()).contains("FC-508");
    assertThat(strictJson(c)).doesNotContain("#pt");
  }

  @Test
  void aProcedureIdThatIsNotAFhirIdIsNotReferencedByTheClaim() {
    // HAPI's parser lets "#o1" through as an id; "Procedure/#o1" would be a dangling reference.
    CodingOutput out = code("{\"resourceType\":\"Procedure\",\"id\":\"#o1\","
        + "\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/1\"},"
        + "\"performedDateTime\":\"2026-02-02\",\"code\":{\"text\":\"Left L4-L5 facet"
        + " radiofrequency ablation under fluoroscopy\"}}");
    Claim c = out.sessions().get(0).claim();
    assertThat(c.getProcedureFirstRep().getProcedureReference().hasReference()).isFalse();
    assertThat(c.getProcedureFirstRep().getProcedureReference().getDisplay()).isNotBlank();
    assertThat(strictJson(c)).doesNotContain("\"reference\":\"Procedure/#o1\"");
  }

  /**
   * A code with no value, only a data-absent-reason extension (as EHRs send an unknown code), is
   * not a code: the Procedure is still coded, on its other codes. Until 2026-11-27 each of these
   * stopped the run with an internal error (HAPI's hasCode() is true for such a code).
   */
  static final String ABSENT_CODE = "\"_code\":{\"extension\":[{\"url\":"
      + "\"http://hl7.org/fhir/StructureDefinition/data-absent-reason\",\"valueCode\":"
      + "\"unknown\"}]}";

  public static String procedureWithAbsentCodes() {
    return "{\"resourceType\":\"Procedure\",\"id\":\"dar\",\"status\":\"completed\","
        + "\"subject\":{\"reference\":\"Patient/p1\"},\"performer\":[{\"actor\":"
        + "{\"reference\":\"Practitioner/d1\"}}],\"code\":{\"coding\":[{\"system\":"
        + "\"http://www.ama-assn.org/go/cpt\"," + ABSENT_CODE + "}],\"text\":\"Left L4-L5 lumbar"
        + " radiofrequency neurotomy of the medial branch nerves under fluoroscopy\"},"
        + "\"performedDateTime\":\"2026-02-02\",\"bodySite\":[{\"coding\":[{\"system\":"
        + "\"http://snomed.info/sct\"," + ABSENT_CODE + "}],\"text\":\"Left L4-L5 facet joint\"}],"
        + "\"reasonCode\":[{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\","
        + ABSENT_CODE + "},{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":"
        + "\"M47.816\"}]}]}";
  }

  @Test
  void codesWithoutAValueAreNotCodes() {
    CodingOutput out = code(procedureWithAbsentCodes());
    assertThat(out.sessions()).hasSize(1);
    Claim c = out.sessions().get(0).claim();
    assertThat(c.getItem()).extracting(i -> i.getProductOrService().getCodingFirstRep().getCode())
        .containsExactly("64635");
    assertThat(c.getDiagnosis()).extracting(d -> d.getDiagnosisCodeableConcept()
        .getCodingFirstRep().getCode()).containsExactly("M47.816");
    assertThat(FhirValidation.errors(out.toBundle())).isEmpty();
  }
}
