package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.Discontinuation;
import org.facetclaims.core.Finding;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.OffCampusDepartment;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.ClaimMapping;
import org.facetclaims.fhir.cli.Main;
import org.facetclaims.fhir.codec.RendererCheck;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.server.FacetClaimsOperationProvider;
import org.facetclaims.fhir.session.CodedSession;
import org.facetclaims.fhir.session.InputCoding;
import org.facetclaims.fhir.session.SessionCoding;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facility claims from FHIR (facility-claims spec §5, worked examples §2.8 and §6.4): the
 * physician's and the facility's Claims of one bilateral L4-L5 + L5-S1 session on 2026-03-10,
 * under each setting, with their lines, revenue codes, links and payments to the cent; each
 * Claim valid against base R4 and rendered byte for byte alike by both renderers; the default
 * output unchanged.
 */
class FacilityClaimsTest {
  static final Path EX7 = Path.of("..", "examples", "ex9-facility-session.json");
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final FacilityOptions HOSPITAL = FacilityOptions.standard()
      .withFacility(new Reference("Organization/hospital")).withUtn("A1B2C3D4E5F6");

  @TempDir
  Path dir;

  static IBaseResource input() throws Exception {
    return FACET.parse(Files.readAllBytes(EX7));
  }

  static CodingOptions options(ClaimSelection claims, CareSetting setting) {
    return CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN).withClaims(claims)
        .withSetting(setting);
  }

  static CodingOutput code(CodingOptions o) throws Exception {
    return FACET.code(input(), o);
  }

  static List<String> ids(CodingOutput out) {
    return out.findings().stream().map(Finding::id).collect(Collectors.toList());
  }

  static List<String> lines(Claim c) {
    return c.getItem().stream().map(i -> {
      StringBuilder sb = new StringBuilder();
      if (i.hasRevenue()) {
        sb.append(i.getRevenue().getCodingFirstRep().getCode()).append(' ');
      }
      sb.append(i.getProductOrService().getCodingFirstRep().getCode());
      i.getModifier().forEach(m -> sb.append('-').append(m.getCodingFirstRep().getCode()));
      sb.append(" x").append(i.getQuantity().getValue().intValue());
      if (i.hasLocationCodeableConcept()) {
        sb.append(" pos ").append(i.getLocationCodeableConcept().getCodingFirstRep().getCode());
      }
      if (i.hasNet()) {
        sb.append(" $").append(i.getNet().getValue().toPlainString());
      }
      return sb.toString();
    }).collect(Collectors.toList());
  }

  /** Every Claim valid against base R4, and the JSON renderer's bytes HAPI's. */
  static void valid(CodingOptions o) throws Exception {
    CodingOutput out = code(o);
    for (SessionClaim s : out.sessions()) {
      for (Claim c : s.claims()) {
        assertThat(FhirValidation.errors(c)).as(c.getId()).isEmpty();
      }
    }
    InputCoding coding = new InputCoding(new ProcedureReader(FACET.textGrammar(), FACET.limits(),
        FACET.engine().editions()), new SessionCoding(FACET.engine()), FACET.limits());
    ClaimMapping mapping = new ClaimMapping(FACET.clock());
    RendererCheck check = new RendererCheck();
    for (CodedSession s : coding.code(input(), o).sessions()) {
      for (ClaimDocument d : mapping.claims(s)) {
        assertThat(check.rendered(d)).as("the JSON renderer writes facility claims").isNotNull();
        check.claim(d);
      }
    }
  }

  @Test
  void theDefaultOutputIsUnchanged() throws Exception {
    var json = FACET.fhirContext().newJsonParser();
    String before = json.encodeResourceToString(
        FACET.code(input(), CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN)).toBundle());
    String explicit = json.encodeResourceToString(code(CodingOptions.of(
        PayerProfile.MEDICARE_PHYSICIAN).withClaims(ClaimSelection.PROFESSIONAL)).toBundle());
    assertThat(explicit).isEqualTo(before);
    assertThat(before).doesNotContain("\"net\"").doesNotContain("locationCodeableConcept")
        .doesNotContain("related");
    // a setting alone changes nothing either
    assertThat(json.encodeResourceToString(code(CodingOptions.of(
        PayerProfile.MEDICARE_PHYSICIAN).withSetting(CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS))
        .toBundle())).isEqualTo(before);
  }

  @Test
  void hospitalOutpatientBothClaims() throws Exception {
    CodingOptions o = options(ClaimSelection.BOTH, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS)
        .withFacility(HOSPITAL);
    CodingOutput out = code(o);
    List<Claim> claims = out.sessions().get(0).claims();
    assertThat(claims).hasSize(2);
    Claim pro = claims.get(0);
    Claim fac = claims.get(1);
    assertThat(lines(pro)).containsExactly("64635-50 x1 pos 22 $259.53", "64636-50 x1 pos 22 $76.16");
    assertThat(pro.getTotal().getValue()).isEqualByComparingTo("335.69");
    assertThat(pro.getType().getCodingFirstRep().getCode()).isEqualTo("professional");
    assertThat(pro.getInsuranceFirstRep().getPreAuthRef()).isEmpty();
    assertThat(pro.getRelatedFirstRep().getClaim().getReference())
        .isEqualTo("Claim/" + fac.getIdElement().getIdPart());
    assertThat(fac.getRelatedFirstRep().getClaim().getReference())
        .isEqualTo("Claim/" + pro.getIdElement().getIdPart());
    assertThat(fac.getRelatedFirstRep().getRelationship().getCodingFirstRep().getCode())
        .isEqualTo("associated");
    assertThat(fac.getType().getCodingFirstRep().getCode()).isEqualTo("institutional");
    assertThat(fac.getSubType().getCodingFirstRep().getCode()).isEqualTo("outpatient");
    assertThat(fac.getStatus()).isEqualTo(Claim.ClaimStatus.ACTIVE);
    assertThat(fac.getProvider().getReference()).isEqualTo("Organization/hospital");
    assertThat(fac.getSupportingInfoFirstRep().getCategory().getCodingFirstRep().getCode())
        .isEqualTo("typeofbill");
    assertThat(fac.getSupportingInfoFirstRep().getCode().getCodingFirstRep().getCode())
        .isEqualTo("0131");
    // no Encounter in the input: the visit codes' defaults (FC-716)
    assertThat(fac.getSupportingInfo().subList(1, 4)).extracting(
        i -> i.getCategory().getCodingFirstRep().getCode() + "="
            + i.getCode().getCodingFirstRep().getCode())
        .containsExactly("admtype=3", "pointoforigin=1", "discharge-status=01");
    assertThat(fac.getSupportingInfo().get(4).getValue().primitiveValue())
        .contains("OPPS 2026").contains("$1,765.76");
    assertThat(lines(fac)).containsExactly("0361 64635-50 x1 $1765.76", "0361 64636-50 x1 $0.00");
    assertThat(fac.getTotal().getValue()).isEqualByComparingTo("1765.76");
    assertThat(fac.getInsuranceFirstRep().getPreAuthRef()).extracting(StringType::getValue)
        .containsExactly("A1B2C3D4E5F6");
    assertThat(fac.getCareTeamFirstRep().getRole().getCodingFirstRep().getCode())
        .isEqualTo("operating");
    assertThat(fac.getCareTeamFirstRep().getProvider().getReference())
        .isEqualTo("Practitioner/example-md");
    assertThat(fac.getBillablePeriod().getStartElement().getValueAsString())
        .isEqualTo("2026-03-10");
    // shared diagnoses: the same code, principal on the institutional claim
    assertThat(fac.getDiagnosisFirstRep().getDiagnosisCodeableConcept().getCodingFirstRep()
        .getCode()).isEqualTo("M47.816").isEqualTo(pro.getDiagnosisFirstRep()
        .getDiagnosisCodeableConcept().getCodingFirstRep().getCode());
    assertThat(fac.getDiagnosisFirstRep().getTypeFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("principal");
    assertThat(ids(out)).contains("FC-705", "FC-707", "FC-709", "FC-716")
        .doesNotContain("FC-701", "FC-703", "FC-704");
    assertThat(out.toBundle().getEntry()).hasSize(3);
    valid(o);
  }

  @Test
  void theUtnIsMissing() throws Exception {
    CodingOutput out = code(options(ClaimSelection.FACILITY,
        CareSetting.HOSPITAL_OUTPATIENT_OFF_CAMPUS).withFacility(FacilityOptions.standard()
        .withRevenueCode("0360").withRevenueCode("64636", "0761")
        .withOffCampusDepartment(OffCampusDepartment.EXCEPTED)));
    Claim fac = out.sessions().get(0).claim();
    assertThat(out.sessions().get(0).claims()).hasSize(1);
    assertThat(fac.getType().getCodingFirstRep().getCode()).isEqualTo("institutional");
    assertThat(fac.hasRelated()).isFalse();
    assertThat(fac.getStatus()).isEqualTo(Claim.ClaimStatus.DRAFT);
    assertThat(fac.getProvider().getDisplay()).isEqualTo("facility not supplied");
    assertThat(lines(fac)).containsExactly("0360 64635-50-PO x1 $1765.76",
        "0761 64636-50-PO x1 $0.00");
    assertThat(ids(out)).contains("FC-701", "FC-508").doesNotContain("FC-705", "FC-707");
  }

  @Test
  void ambulatorySurgicalCenterBothClaims() throws Exception {
    CodingOptions o = options(ClaimSelection.BOTH, CareSetting.AMBULATORY_SURGICAL_CENTER)
        .withFacility(FacilityOptions.standard().withFacility(new Reference("Organization/asc"))
            .withUtn("NOT-FOR-ASC"));
    CodingOutput out = code(o);
    Claim pro = out.sessions().get(0).claims().get(0);
    Claim fac = out.sessions().get(0).claims().get(1);
    assertThat(lines(pro)).containsExactly("64635-50 x1 pos 24 $259.53", "64636-50 x1 pos 24 $76.16");
    assertThat(pro.getSupportingInfoFirstRep().getCategory().getCodingFirstRep().getCode())
        .isEqualTo("servicefacility");
    assertThat(fac.getType().getCodingFirstRep().getCode()).isEqualTo("professional");
    assertThat(fac.hasSubType()).isFalse();
    assertThat(lines(fac)).containsExactly("64635-RT x1 pos 24 $948.66",
        "64635-LT x1 pos 24 $474.33", "64636-RT x1 pos 24 $0.00", "64636-LT x1 pos 24 $0.00");
    assertThat(fac.getTotal().getValue()).isEqualByComparingTo("1422.99");
    assertThat(fac.getInsuranceFirstRep().getPreAuthRef()).isEmpty();
    assertThat(ids(out)).contains("FC-704", "FC-709").doesNotContain("FC-701", "FC-705",
        "FC-707");
    assertThat(out.sessions().get(0).facilityPayment().orElseThrow().total())
        .isEqualByComparingTo("1422.99");
    valid(o);
  }

  @Test
  void unlistedOnAMedicareAscClaim() throws Exception {
    CodingOutput out = FACET.code(FACET.parse(Files.readAllBytes(Path.of("..", "examples",
        "ex4-chemical-agent.json"))), options(ClaimSelection.BOTH,
        CareSetting.AMBULATORY_SURGICAL_CENTER));
    Claim fac = out.sessions().get(0).claims().get(1);
    assertThat(lines(fac)).containsExactly("64999 x1 pos 24 $0.00");
    assertThat(ids(out)).contains("FC-702");
    assertThat(out.hasErrors()).isTrue();
  }

  @Test
  void commercialAscOnUb04() throws Exception {
    CodingOptions o = options(ClaimSelection.FACILITY, CareSetting.AMBULATORY_SURGICAL_CENTER)
        .withFacility(FacilityOptions.standard().withProfile(PayerProfile.COMMERCIAL_ASC_UB04));
    CodingOutput out = code(o);
    Claim fac = out.sessions().get(0).claim();
    assertThat(fac.getSupportingInfoFirstRep().getCode().getCodingFirstRep().getCode())
        .isEqualTo("0831");
    assertThat(lines(fac)).containsExactly("0490 64635 x1", "0490 64635-50 x1", "0490 64636 x1",
        "0490 64636-50 x1");
    assertThat(fac.hasTotal()).isFalse();
    valid(o);
  }

  @Test
  void discontinuedAndNoFacilityInTheOffice() throws Exception {
    CodingOutput out = code(options(ClaimSelection.BOTH, CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS)
        .withFacility(HOSPITAL).withDiscontinued(Discontinuation.BEFORE_ANESTHESIA));
    assertThat(lines(out.sessions().get(0).claims().get(0))).containsExactly(
        "64635-50-53 x1 pos 22 $259.53");
    assertThat(lines(out.sessions().get(0).claims().get(1))).containsExactly(
        "0361 64635-50-73 x1 $882.88");
    CodingOutput office = code(options(ClaimSelection.FACILITY, CareSetting.OFFICE));
    assertThat(office.sessions().get(0).claims()).isEmpty();
    assertThat(office.toBundle().getEntry()).hasSize(1);
    assertThat(ids(office)).contains("FC-706");
    CodingOutput both = code(options(ClaimSelection.BOTH, CareSetting.OFFICE));
    assertThat(lines(both.sessions().get(0).claim())).containsExactly(
        "64635-50 x1 pos 11 $697.41", "64636-50 x1 pos 11 $377.26");
  }

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void theCommandLine() throws Exception {
    String[] both = run("code", "--claims", "both", "--place-of-service", "22", "--utn", "U1",
        "--facility", "Organization/h", "--revenue-code", "0360", EX7.toString());
    assertThat(both[0]).as(both[2]).isEqualTo("0");
    assertThat(both[1]).contains("\"0131\"").contains("\"0360\"").contains("\"U1\"")
        .contains("1765.76").contains("\"institutional\"");
    String[] plain = run("code", EX7.toString());
    assertThat(plain[1]).doesNotContain("institutional").doesNotContain("\"net\"");
    String[] bad = run("code", "--claims", "all", EX7.toString());
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2].strip()).isEqualTo("facet-claims: FCC-003: --claims takes professional,"
        + " facility or both, not 'all'");
    assertThat(run("code", "--revenue-code", "361", EX7.toString())[2])
        .contains("--revenue-code: a revenue code is four digits");
    Path in = dir.resolve("Procedure.ndjson");
    Files.writeString(in, FACET.fhirContext().newJsonParser().encodeResourceToString(
        ((Bundle) input()).getEntryFirstRep().getResource()) + "\n");
    String[] bulk = run("bulk", "--quiet", "--claims", "both", "--place-of-service", "24",
        "--input", in.toString(), "--output", dir.resolve("out").toString());
    assertThat(bulk[0]).as(bulk[2]).isEqualTo("0");
    List<String> claims = Files.readAllLines(dir.resolve("out/Claim.ndjson"));
    assertThat(claims).hasSize(2);
    assertThat(claims.get(1)).contains("\"64635\"").contains("948.66").contains("\"24\"");
  }

  @Test
  void theOperation() throws Exception {
    Bundle b = new FacetClaimsOperationProvider(FACET).facetClaims(List.of(input()), null, null,
        null, new CodeType("22"), null, new StringType("U1"), null, new CodeType("both"),
        new Reference("Organization/h"), new CodeType("0360"), null, null, null, null);
    List<Claim> claims = b.getEntry().stream().filter(e -> e.getResource() instanceof Claim)
        .map(e -> (Claim) e.getResource()).collect(Collectors.toList());
    assertThat(claims).hasSize(2);
    assertThat(claims.get(1).getInsuranceFirstRep().getPreAuthRef().get(0).getValue())
        .isEqualTo("U1");
    assertThat(lines(claims.get(1))).containsExactly("0360 64635-50 x1 $1765.76",
        "0360 64636-50 x1 $0.00");
    Bundle asc = new FacetClaimsOperationProvider(FACET).facetClaims(List.of(input()), null,
        null, null, new CodeType("24"), null, null, null, new CodeType("facility"), null, null,
        new BooleanType(false), new CodeType("commercial-asc-ub04"),
        new CodeType("after-anesthesia"), null);
    Claim ub04 = (Claim) asc.getEntryFirstRep().getResource();
    assertThat(lines(ub04)).containsExactly("0490 64635-74 x1");
    assertThatThrownBy(() -> new FacetClaimsOperationProvider(FACET).facetClaims(
        List.of(input()), null, null, null, null, null, null, null, new CodeType("all"), null,
        null, null, null, null, null)).hasMessageStartingWith("FCS-007");
  }
}
