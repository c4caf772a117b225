package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.facetclaims.fhir.FacilityClaimsTest.lines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.Discontinuation;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.payer.OffCampusDepartment;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.ClaimMapping;
import org.facetclaims.fhir.codec.RendererCheck;
import org.facetclaims.fhir.history.CoverageOptions;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ProcedureStop;
import org.facetclaims.fhir.read.VisitCodes;
import org.facetclaims.fhir.session.CodedSession;
import org.facetclaims.fhir.session.InputCoding;
import org.facetclaims.fhir.server.FacetClaimsOperationProvider;
import org.facetclaims.fhir.session.SessionCoding;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the record says about a facility session, read from realistic Bundles (Procedure,
 * Encounter, Location, Coverage) in each setting ({@code src/test/resources/facility}): a stopped
 * Procedure as a discontinued session, and each facility Claim valid against base R4 and
 * rendered alike by both renderers.
 */
class FacilityRecordTest {
  static final FacetClaims FACET = FacilityClaimsTest.FACET;
  static final Path DIR = Path.of("src", "test", "resources", "facility");
  static final FacilityOptions HOSPITAL = FacilityOptions.standard()
      .withFacility(new Reference("Organization/hospital")).withUtn("A1B2C3D4E5F6")
      .withRevenueCode("0361");

  static Bundle bundle(String name) throws Exception {
    return (Bundle) FACET.parse(Files.readAllBytes(DIR.resolve(name + ".json")));
  }

  static CodingOptions both() {
    return CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN).withClaims(ClaimSelection.BOTH)
        .withFacility(HOSPITAL);
  }

  static Procedure procedure(Bundle b) {
    return (Procedure) b.getEntryFirstRep().getResource();
  }

  static List<Finding> findings(CodingOutput out, FindingCode code) {
    return out.findings().stream().filter(f -> f.code() == code).collect(Collectors.toList());
  }

  /** The session's Claims, each checked valid against R4 and rendered alike by both renderers. */
  static List<Claim> claims(Bundle input, CodingOptions o) {
    CodingOutput out = FACET.code(input, o);
    List<Claim> claims = out.sessions().get(0).claims();
    for (Claim c : claims) {
      assertThat(FhirValidation.errors(c)).as(c.getId()).isEmpty();
    }
    InputCoding coding = new InputCoding(new ProcedureReader(FACET.textGrammar(), FACET.limits(),
        FACET.engine().editions()), new SessionCoding(FACET.engine()), FACET.limits());
    ClaimMapping mapping = new ClaimMapping(FACET.clock());
    RendererCheck check = new RendererCheck();
    for (CodedSession s : coding.code(input, o).sessions()) {
      for (ClaimDocument d : mapping.claims(s)) {
        assertThat(check.rendered(d)).as("the JSON renderer writes it").isNotNull();
        check.claim(d);
      }
    }
    return claims;
  }

  @Test
  @DisplayName("Stopped after the local anesthetic (statusReason): 74 on the hospital's claim, 53 on the physician's")
  void stoppedAfterAnesthesiaOnCampus() throws Exception {
    Bundle b = bundle("hopd-on-campus");
    CodingOutput out = FACET.code(b, both());
    List<Claim> claims = claims(b, both());
    assertThat(lines(claims.get(0))).containsExactly("64635-50-53 x1 pos 22 $259.53");
    assertThat(lines(claims.get(1))).containsExactly("0361 64635-50-74 x1 $1765.76");
    List<Finding> read = findings(out, FindingCode.DISCONTINUED_FROM_RECORD);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).element()).contains("Bundle.entry[0].resource.statusReason");
    assertThat(read.get(0).message()).isEqualTo("Procedure/hopd-on-campus-rf has status"
        + " stopped; its statusReason says after anesthesia: the session is read as"
        + " discontinued after anesthesia.");
    // never the reason's own words in a finding
    assertThat(out.findings()).noneMatch(f -> f.message().contains("vasovagal"));
    assertThat(findings(out, FindingCode.DISCONTINUED_TIMING_UNSTATED)).isEmpty();
  }

  @Test
  @DisplayName("The physician's claim alone: a stopped Procedure is not coded, as before (FC-501)")
  void theDefaultLeavesAStoppedProcedureUncoded() throws Exception {
    CodingOutput out = FACET.code(bundle("hopd-on-campus"),
        CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN));
    assertThat(out.sessions()).isEmpty();
    assertThat(findings(out, FindingCode.STATUS_NOT_CODED)).hasSize(1);
    assertThat(findings(out, FindingCode.DISCONTINUED_FROM_RECORD)).isEmpty();
    // with a discontinuation given, the physician's claim alone gets 53
    CodingOutput given = FACET.code(bundle("hopd-on-campus"), CodingOptions.of(
        PayerProfile.MEDICARE_PHYSICIAN).withDiscontinued(Discontinuation.AFTER_ANESTHESIA));
    assertThat(lines(given.sessions().get(0).claim())).containsExactly("64635-50-53 x1");
    assertThat(findings(given, FindingCode.DISCONTINUED_CALLER_OVERRIDES)).isEmpty();
  }

  @Test
  @DisplayName("The caller's discontinuation wins over the record's, with FC-713")
  void theCallerWins() throws Exception {
    Bundle b = bundle("hopd-on-campus");
    CodingOptions o = both().withDiscontinued(Discontinuation.BEFORE_ANESTHESIA);
    CodingOutput out = FACET.code(b, o);
    assertThat(lines(out.sessions().get(0).claims().get(1)))
        .containsExactly("0361 64635-50-73 x1 $882.88");
    assertThat(findings(out, FindingCode.DISCONTINUED_CALLER_OVERRIDES)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("The caller says the session was"
            + " stopped before anesthesia; Procedure/hopd-on-campus-rf says after anesthesia:"
            + " the caller's value is used."));
    assertThat(findings(out, FindingCode.DISCONTINUED_FROM_RECORD)).isEmpty();
  }

  @Test
  @DisplayName("ASC, stopped without a reason: 73 (the lower payment) with FC-711, never a guessed 74")
  void stoppedWithoutReasonInAnAsc() throws Exception {
    Bundle b = bundle("asc");
    CodingOptions o = CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN)
        .withClaims(ClaimSelection.BOTH)
        .withFacility(FacilityOptions.standard().withFacility(new Reference("Organization/asc")));
    CodingOutput out = FACET.code(b, o);
    List<Claim> claims = claims(b, o);
    assertThat(lines(claims.get(0))).containsExactly("64635-50-53 x1 pos 24 $259.53");
    assertThat(lines(claims.get(1))).containsExactly("64635-RT-73 x1 pos 24 $474.33");
    assertThat(findings(out, FindingCode.DISCONTINUED_FROM_RECORD)).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).contains("has status stopped and no statusReason");
          assertThat(f.element()).contains("Bundle.entry[0].resource.status");
        });
    assertThat(findings(out, FindingCode.DISCONTINUED_TIMING_UNSTATED)).hasSize(1);
  }

  @Test
  @DisplayName("A stopped Procedure beside a completed one: the completed one is the session (FC-712)")
  void stoppedBesideCompleted() throws Exception {
    Bundle b = bundle("hopd-on-campus");
    Procedure done = procedure(b).copy();
    done.setId("hopd-on-campus-rf2");
    done.setStatus(Procedure.ProcedureStatus.COMPLETED);
    done.setStatusReason(null);
    done.getBodySite().clear();
    done.addBodySite(new CodeableConcept().setText("Bilateral L3-L4 facet joint"));
    b.addEntry().setFullUrl("urn:uuid:hopd-on-campus-rf2").setResource(done);
    CodingOutput out = FACET.code(b, both());
    assertThat(lines(out.sessions().get(0).claims().get(1)))
        .containsExactly("0361 64635-50 x1 $1765.76");
    assertThat(findings(out, FindingCode.DISCONTINUED_PART_OF_SESSION)).singleElement()
        .satisfies(f -> assertThat(f.element()).contains("Bundle.entry[0].resource.status"));
    assertThat(findings(out, FindingCode.DISCONTINUED_REPORTED)).isEmpty();
  }

  /** The institutional claim's visit codes: category=code, in order. */
  static List<String> visitCodes(Claim c) {
    return c.getSupportingInfo().stream()
        .filter(i -> List.of("admtype", "pointoforigin", "discharge-status")
            .contains(i.getCategory().getCodingFirstRep().getCode()))
        .map(i -> i.getCategory().getCodingFirstRep().getCode() + "="
            + i.getCode().getCodingFirstRep().getSystem() + "#"
            + i.getCode().getCodingFirstRep().getCode())
        .collect(Collectors.toList());
  }

  @Test
  @DisplayName("Visit codes from the Encounter: elective, physician referral, home (FL 14, 15, 17)")
  void visitCodesFromTheEncounter() throws Exception {
    Bundle b = bundle("hopd-on-campus");
    CodingOutput out = FACET.code(b, both());
    Claim hospital = claims(b, both()).get(1);
    assertThat(hospital.getSupportingInfo().get(0).getCategory().getCodingFirstRep().getCode())
        .isEqualTo("typeofbill");
    assertThat(visitCodes(hospital)).containsExactly(
        "admtype=https://www.nubc.org/CodeSystem/PriorityTypeOfAdmitOrVisit#3",
        "pointoforigin=https://www.nubc.org/CodeSystem/PointOfOrigin#2",
        "discharge-status=https://www.nubc.org/CodeSystem/PatDischargeStatus#01");
    assertThat(hospital.getSupportingInfo()).extracting(i -> i.getSequence())
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(findings(out, FindingCode.VISIT_CODE_DEFAULTED)).isEmpty();
    // the physician's claim has none of them
    assertThat(visitCodes(out.sessions().get(0).claims().get(0))).isEmpty();
  }

  @Test
  @DisplayName("An admit source NUBC splits otherwise and codes not given: defaults with FC-716")
  void visitCodesDefaulted() throws Exception {
    Bundle b = bundle("hopd-off-campus");
    CodingOutput out = FACET.code(b, both());
    Claim hospital = claims(b, both()).get(1);
    assertThat(visitCodes(hospital)).containsExactly(
        "admtype=https://www.nubc.org/CodeSystem/PriorityTypeOfAdmitOrVisit#3",
        "pointoforigin=https://www.nubc.org/CodeSystem/PointOfOrigin#1",
        "discharge-status=https://www.nubc.org/CodeSystem/PatDischargeStatus#01");
    assertThat(findings(out, FindingCode.VISIT_CODE_DEFAULTED)).singleElement()
        .satisfies(f -> {
          assertThat(f.message()).isEqualTo("The institutional claim's point of origin (FL 15) 1"
              + " (Encounter/hopd-off-campus-enc.hospitalization.admitSource: admit-source emd,"
              + " not mapped); visit type (FL 14) 3 (not given); discharge status (FL 17) 01"
              + " (not given): the default is written, an assumption.");
          assertThat(f.element()).contains("Bundle.entry[0].resource.encounter");
        });
    // a NUBC coding in the Encounter is taken as it is
    Encounter e = (Encounter) b.getEntry().get(1).getResource();
    e.getHospitalization().getAdmitSource().addCoding(new Coding(VisitCodes.POINT_OF_ORIGIN,
        "4", null));
    e.getHospitalization().setDischargeDisposition(new CodeableConcept().addCoding(
        new Coding("http://terminology.hl7.org/CodeSystem/discharge-disposition", "hosp",
            "Hospice")));
    e.setPriority(new CodeableConcept().addCoding(new Coding(
        "http://terminology.hl7.org/CodeSystem/v3-ActPriority", "UR", "urgent")));
    CodingOutput again = FACET.code(b, both());
    assertThat(visitCodes(again.sessions().get(0).claims().get(1))).extracting(
        v -> v.substring(v.indexOf('#') + 1)).containsExactly("2", "4", "01");
    assertThat(findings(again, FindingCode.VISIT_CODE_DEFAULTED)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("discharge status (FL 17) 01"
            + " (Encounter/hopd-off-campus-enc.hospitalization.dischargeDisposition:"
            + " discharge-disposition hosp, not mapped)").doesNotContain("point of origin"));
  }

  @Test
  @DisplayName("Two Encounters of one session that disagree: neither value, the default with FC-716")
  void visitCodesThatDisagree() {
    Encounter a = new Encounter();
    a.getHospitalization().setAdmitSource(new CodeableConcept().addCoding(new Coding(
        "http://terminology.hl7.org/CodeSystem/admit-source", "gp", null)));
    Encounter c = new Encounter();
    c.getHospitalization().setAdmitSource(new CodeableConcept().addCoding(new Coding(
        "http://terminology.hl7.org/CodeSystem/admit-source", "hosp-trans", null)));
    VisitCodes both = VisitCodes.of(a, "Encounter/a").and(VisitCodes.of(c, "Encounter/c"));
    List<String> defaulted = new java.util.ArrayList<>();
    VisitCodes filled = both.withDefaults(defaulted);
    assertThat(filled.pointOfOrigin().code()).isEqualTo("1");
    assertThat(defaulted).first().isEqualTo("point of origin (FL 15) 1 (Encounter/a"
        + ".hospitalization.admitSource, Encounter/c.hospitalization.admitSource: different"
        + " values)");
    assertThat(VisitCodes.of(a, "Encounter/a").and(VisitCodes.of(a, "Encounter/b"))
        .pointOfOrigin().code()).isEqualTo("2");
  }

  @Test
  @DisplayName("The ASC's professional-format claim has no visit codes and no FC-716")
  void noVisitCodesOnAnAscClaim() throws Exception {
    CodingOutput out = FACET.code(bundle("asc"), both());
    assertThat(visitCodes(out.sessions().get(0).claims().get(1))).isEmpty();
    assertThat(findings(out, FindingCode.VISIT_CODE_DEFAULTED)).isEmpty();
  }

  @Test
  @DisplayName("Off campus, excepted: PO on every line of the hospital's claim, the full APC; none on the physician's")
  void offCampusExcepted() throws Exception {
    Bundle b = bundle("hopd-off-campus");
    CodingOptions o = both().withFacility(HOSPITAL
        .withOffCampusDepartment(OffCampusDepartment.EXCEPTED));
    CodingOutput out = FACET.code(b, o);
    List<Claim> claims = claims(b, o);
    assertThat(lines(claims.get(0))).containsExactly("64635-RT x1 pos 19 $173.02",
        "64636-LT x1 pos 19 $50.77");
    assertThat(lines(claims.get(1))).containsExactly("0361 64635-RT-PO x1 $1765.76",
        "0361 64636-LT-PO x1 $0.00");
    assertThat(claims.get(1).getItemFirstRep().getModifier().get(1).getCodingFirstRep()
        .getSystem()).isEqualTo("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets");
    assertThat(findings(out, FindingCode.OFF_CAMPUS_STATUS_UNKNOWN)).isEmpty();
    assertThat(findings(out, FindingCode.NON_EXCEPTED_PAYMENT_NOT_MODELLED)).isEmpty();
  }

  @Test
  @DisplayName("Off campus, non-excepted: PN on every line and no facility estimate (FC-715), never a wrong amount")
  void offCampusNonExcepted() throws Exception {
    Bundle b = bundle("hopd-off-campus");
    CodingOptions o = both().withFacility(HOSPITAL
        .withOffCampusDepartment(OffCampusDepartment.NON_EXCEPTED));
    CodingOutput out = FACET.code(b, o);
    List<Claim> claims = claims(b, o);
    assertThat(lines(claims.get(1))).containsExactly("0361 64635-RT-PN x1",
        "0361 64636-LT-PN x1");
    assertThat(claims.get(1).hasTotal()).isFalse();
    assertThat(claims.get(0).getTotal().getValue()).isEqualByComparingTo("223.79");
    assertThat(findings(out, FindingCode.NON_EXCEPTED_PAYMENT_NOT_MODELLED)).hasSize(1);
    assertThat(out.findings()).filteredOn(f -> f.code() == FindingCode.EXPECTED_PAYMENT)
        .singleElement().satisfies(f -> assertThat(f.message()).contains("physician's claim"));
  }

  @Test
  @DisplayName("Off campus, status not given: neither PO nor PN, no facility estimate, FC-714")
  void offCampusNotSaid() throws Exception {
    Bundle b = bundle("hopd-off-campus");
    CodingOutput out = FACET.code(b, both());
    List<Claim> claims = claims(b, both());
    assertThat(lines(claims.get(1))).containsExactly("0361 64635-RT x1", "0361 64636-LT x1");
    assertThat(findings(out, FindingCode.OFF_CAMPUS_STATUS_UNKNOWN)).singleElement()
        .satisfies(f -> assertThat(f.element()).contains("Bundle.entry[0].resource"));
    // on campus the department is not used, whatever the caller says
    CodingOutput onCampus = FACET.code(bundle("hopd-on-campus"), both().withFacility(HOSPITAL
        .withOffCampusDepartment(OffCampusDepartment.NON_EXCEPTED)));
    assertThat(lines(onCampus.sessions().get(0).claims().get(1)))
        .containsExactly("0361 64635-50-74 x1 $1765.76");
    assertThat(findings(onCampus, FindingCode.OFF_CAMPUS_STATUS_UNKNOWN)).isEmpty();
  }

  @Test
  @DisplayName("The command line's --off-campus-department and the operation's offCampusDepartment")
  void offCampusOptions() throws Exception {
    String file = DIR.resolve("hopd-off-campus.json").toString();
    // the documented example: PO, and the Encounter's visit codes (3, 2, 01)
    String[] po = FacilityClaimsTest.run("code", "--claims", "both", "--facility",
        "Organization/hospital", "--off-campus-department", "excepted", "--format", "fhir",
        Path.of("..", "examples", "ex10-off-campus-department.json").toString());
    assertThat(po[0]).as(po[2]).isEqualTo("0");
    Bundle ex10 = (Bundle) FACET.parse(po[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Claim hospital = (Claim) ex10.getEntry().get(1).getResource();
    assertThat(lines(hospital)).containsExactly("0361 64635-RT-PO x1 $1765.76",
        "0361 64636-LT-PO x1 $0.00");
    assertThat(visitCodes(hospital)).extracting(v -> v.substring(v.indexOf('#') + 1))
        .containsExactly("3", "2", "01");
    assertThat(po[1]).doesNotContain("FC-716").doesNotContain("FC-714").contains("FC-613");
    String[] bad = FacilityClaimsTest.run("code", "--claims", "facility",
        "--off-campus-department", "PN", file);
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2].strip()).isEqualTo("facet-claims: FCC-003: --off-campus-department takes excepted"
        + " or non-excepted");
    Bundle out = new FacetClaimsOperationProvider(FACET).facetClaims(List.of(bundle(
        "hopd-off-campus")), null, null, null, null, null, null, null, new CodeType("facility"),
        new Reference("Organization/h"), null, null, null, null, new CodeType("non-excepted"));
    assertThat(lines((Claim) out.getEntryFirstRep().getResource()))
        .containsExactly("0361 64635-RT-PN x1", "0361 64636-LT-PN x1");
    assertThatThrownBy(() -> new FacetClaimsOperationProvider(FACET).facetClaims(List.of(
        bundle("hopd-off-campus")), null, null, null, null, null, null, null, null, null, null,
        null, null, null, new CodeType("yes"))).hasMessageStartingWith("FCS-007");
  }

  /** The on-campus session completed, bilateral at three lumbar levels: the third not covered. */
  static Bundle threeLevels() throws Exception {
    Bundle b = bundle("hopd-on-campus");
    Procedure p = procedure(b);
    p.setStatus(Procedure.ProcedureStatus.COMPLETED).setStatusReason(null);
    p.getBodySite().clear();
    for (String level : List.of("L3-L4", "L4-L5", "L5-S1")) {
      p.addBodySite(new CodeableConcept().setText("Bilateral " + level + " facet joint"));
    }
    return b;
  }

  static CodingOptions withAbn(FacilityOptions facility) {
    return CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN_ABN)
        .withCoverageChecks(CoverageOptions.standard().withAbn(AbnStatus.ON_FILE))
        .withClaims(ClaimSelection.BOTH).withFacility(facility);
  }

  @Test
  @DisplayName("GA on the physician's claim: GA on the same joints of the hospital's, occurrence code 32 with the ABN date")
  void abnOccurrenceCode() throws Exception {
    Bundle b = threeLevels();
    CodingOptions o = withAbn(HOSPITAL.withAbnDate(LocalDate.of(2026, 3, 2)));
    List<Claim> claims = claims(b, o);
    assertThat(lines(claims.get(0))).containsExactly("64635-50 x1 pos 22 $259.53",
        "64636-50 x1 pos 22 $76.16", "64636-50-GA x1 pos 22 $76.16");
    assertThat(lines(claims.get(1))).containsExactly("0361 64635-50 x1 $1765.76",
        "0361 64636-50 x1 $0.00", "0361 64636-50-GA x1 $0.00");
    assertThat(claims.get(1).getItem().get(2).getModifier().get(1).getCodingFirstRep()
        .getSystem()).isEqualTo("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets");
    assertThat(findings(FACET.code(b, o), FindingCode.ABN_DATE_MISSING)).isEmpty();
    Claim.SupportingInformationComponent occurrence = claims.get(1).getSupportingInfo().stream()
        .filter(i -> i.getCode().getCodingFirstRep().getSystem() != null && i.getCode()
            .getCodingFirstRep().getSystem().equals("http://terminology.hl7.org/CodeSystem/v2-0350"))
        .findFirst().orElseThrow();
    assertThat(occurrence.getCode().getCodingFirstRep().getCode()).isEqualTo("32");
    assertThat(occurrence.getTimingDateType().getValueAsString()).isEqualTo("2026-03-02");
    assertThat(occurrence.getCategory().getCodingFirstRep().getCode()).isEqualTo("info");
    // without the date: no occurrence code, FC-717
    CodingOutput noDate = FACET.code(threeLevels(), withAbn(HOSPITAL));
    assertThat(findings(noDate, FindingCode.ABN_DATE_MISSING)).hasSize(1);
    assertThat(noDate.sessions().get(0).claims().get(1).getSupportingInfo())
        .noneMatch(i -> i.hasTiming());
    // the physician's profile without coverage modifiers: neither
    CodingOutput plain = FACET.code(threeLevels(), CodingOptions.of(PayerProfile
        .MEDICARE_PHYSICIAN).withCoverageChecks(CoverageOptions.standard().withAbn(
            AbnStatus.ON_FILE)).withClaims(ClaimSelection.BOTH).withFacility(HOSPITAL
            .withAbnDate(LocalDate.of(2026, 3, 2))));
    assertThat(lines(plain.sessions().get(0).claims().get(1))).noneMatch(l -> l.contains("GA"));
    assertThat(plain.sessions().get(0).claims().get(1).getSupportingInfo())
        .noneMatch(i -> i.hasTiming());
  }

  @Test
  @DisplayName("The command line's --abn-date and the operation's abnDate")
  void abnDateOptions() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("three-levels", ".json");
    try {
      java.nio.file.Files.writeString(file, FACET.fhirContext().newJsonParser()
          .encodeResourceToString(threeLevels()));
      String[] ok = FacilityClaimsTest.run("code", "--profile", "medicare-physician-abn",
          "--abn", "on-file", "--claims", "facility", "--facility", "Organization/h",
          "--abn-date", "2026-03-02", file.toString());
      assertThat(ok[0]).as(ok[2]).isEqualTo("0");
      assertThat(ok[1]).contains("\"timingDate\": \"2026-03-02\"")
          .contains("http://terminology.hl7.org/CodeSystem/v2-0350");
      String[] bad = FacilityClaimsTest.run("code", "--claims", "facility", "--abn-date",
          "03/02/2026", file.toString());
      assertThat(bad[0]).isEqualTo("2");
      assertThat(bad[2].strip()).isEqualTo(
          "facet-claims: FCC-003: --abn-date takes a date, YYYY-MM-DD");
    } finally {
      java.nio.file.Files.delete(file);
    }
    Bundle out = new FacetClaimsOperationProvider(FACET).facetClaims(List.of(threeLevels()),
        new CodeType("medicare-physician-abn"), null, new CodeType("on-file"), null, null, null,
        null, new CodeType("facility"), new Reference("Organization/h"), null, null, null, null,
        null, new org.hl7.fhir.r4.model.DateType("2026-03-02"));
    Claim hospital = (Claim) out.getEntryFirstRep().getResource();
    assertThat(hospital.getSupportingInfo()).filteredOn(i -> i.hasTiming()).singleElement()
        .satisfies(i -> assertThat(i.getTimingDateType().getValueAsString())
            .isEqualTo("2026-03-02"));
    assertThatThrownBy(() -> new FacetClaimsOperationProvider(FACET).facetClaims(List.of(
        threeLevels()), null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, new org.hl7.fhir.r4.model.DateType("2026-03"))).hasMessageStartingWith(
            "FCS-007");
  }

  @Test
  @DisplayName("bulk reads a stopped Procedure line the same way (fast decoder and HAPI)")
  void bulkReadsAStoppedProcedure(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("Procedure.ndjson");
    Files.writeString(in, FACET.fhirContext().newJsonParser().encodeResourceToString(
        procedure(bundle("hopd-on-campus"))) + "\n");
    for (String parser : List.of("fast", "hapi")) {
      Path out = dir.resolve(parser);
      String[] r = parser.equals("hapi")
          ? FacilityClaimsTest.run("bulk", "--quiet", "--hapi-parser", "--claims", "both",
              "--place-of-service", "22", "--input", in.toString(), "--output", out.toString())
          : FacilityClaimsTest.run("bulk", "--quiet", "--claims", "both", "--place-of-service",
              "22", "--input", in.toString(), "--output", out.toString());
      assertThat(r[0]).as(r[2]).isEqualTo("0");
      List<String> claims = Files.readAllLines(out.resolve("Claim.ndjson"));
      assertThat(claims).hasSize(2);
      assertThat(claims.get(0)).contains("\"53\"").doesNotContain("\"74\"");
      assertThat(claims.get(1)).contains("\"74\"").contains("1765.76");
      assertThat(Files.readString(out.resolve("OperationOutcome.ndjson"))).contains("FC-710");
    }
    // without facility claims, as before: not coded
    Path plain = dir.resolve("plain");
    String[] r = FacilityClaimsTest.run("bulk", "--quiet", "--input", in.toString(), "--output",
        plain.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(Files.readString(plain.resolve("Claim.ndjson"))).isEmpty();
  }

  @Test
  @DisplayName("Reading a statusReason: before, after, both or neither")
  void statusReasons() {
    assertThat(timing("Cancelled in the room prior to local anesthetic: patient anxious"))
        .isEqualTo(Discontinuation.BEFORE_ANESTHESIA);
    assertThat(timing("Stopped before sedation, hypertensive urgency"))
        .isEqualTo(Discontinuation.BEFORE_ANESTHESIA);
    assertThat(timing("No anesthesia was given; procedure aborted"))
        .isEqualTo(Discontinuation.BEFORE_ANESTHESIA);
    assertThat(timing("Hypotension under moderate sedation"))
        .isEqualTo(Discontinuation.AFTER_ANESTHESIA);
    assertThat(timing("Aborted after the first needle was placed"))
        .isEqualTo(Discontinuation.AFTER_ANESTHESIA);
    assertThat(timing("Equipment failure during lesioning"))
        .isEqualTo(Discontinuation.AFTER_ANESTHESIA);
    assertThat(timing("Vasovagal reaction")).isEqualTo(Discontinuation.UNSTATED);
    assertThat(timing("Stopped after local anesthetic, before sedation"))
        .isEqualTo(Discontinuation.UNSTATED);
    Procedure p = new Procedure().setStatus(Procedure.ProcedureStatus.STOPPED);
    p.setStatusReason(new CodeableConcept().addCoding(new Coding()
        .setDisplay("Procedure discontinued after induction of anesthesia")));
    assertThat(ProcedureStop.of(p, "Procedure")).isEqualTo(
        new ProcedureStop(Discontinuation.AFTER_ANESTHESIA, "Procedure.statusReason"));
    assertThat(ProcedureStop.of(p.setStatus(Procedure.ProcedureStatus.COMPLETED), "Procedure"))
        .isNull();
  }

  private static Discontinuation timing(String reason) {
    Procedure p = new Procedure().setStatus(Procedure.ProcedureStatus.STOPPED);
    p.setStatusReason(new CodeableConcept().setText(reason));
    return ProcedureStop.of(p, "Procedure").timing();
  }
}
