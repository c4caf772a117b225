package org.facetclaims.fhir.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.UUID;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.facetclaims.core.Finding;
import org.facetclaims.fhir.FhirValidation;
import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.ClaimMapping;
import org.facetclaims.fhir.claim.CodingValue;
import org.facetclaims.fhir.claim.ComposedText;
import org.facetclaims.fhir.claim.ConceptValue;
import org.facetclaims.fhir.claim.IdentifierValue;
import org.facetclaims.fhir.claim.Ids;
import org.facetclaims.fhir.claim.MoneyValue;
import org.facetclaims.fhir.claim.OutcomeDocument;
import org.facetclaims.fhir.claim.OutcomeMapping;
import org.facetclaims.fhir.claim.PeriodValue;
import org.facetclaims.fhir.claim.ReferenceValue;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ResourceIndex;
import org.facetclaims.fhir.session.CodedSession;
import org.facetclaims.fhir.session.SessionCoding;
import org.facetclaims.fhir.session.SessionKey;
import org.facetclaims.fhir.session.SessionParties;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The JSON renderer writes the bytes HAPI's encoder writes for the resource {@link HapiRenderer}
 * makes of the same document, or declines ({@link RendererCheck}): for every character, odd
 * texts in every place, parties from the input of every shape, and a Claim with every element
 * the document holds, the facility Claim's among them.
 */
class JsonRendererTest {
  private final RendererCheck check = new RendererCheck();

  private static final String[] TEXTS = {"plain", "ünïcödé ✓", "tab\there", "line\nbreak",
      "quote \" back \\ slash", "\u2028\u2029", "\u0001\u001f", "😀", "<b>&amp;</b>",
      " padded ", "/", "</script>"};

  @Test
  void everyCharacterIsEscapedAsHapiEscapesIt() {
    // Every UTF-16 code unit, 512 at a time, in a display, a text and diagnostics. Unpaired
    // surrogates cannot be UTF-8: those chunks are declined, and HAPI writes them.
    int rendered = 0;
    for (int from = 1; from < 0x10000; from += 512) {
      StringBuilder t = new StringBuilder("x");
      for (int c = from; c < Math.min(0x10000, from + 512); c++) {
        t.append((char) c);
      }
      OutcomeDocument d = new OutcomeDocument("o", List.of(new OutcomeDocument.Issue("error",
          "value", new ConceptValue(List.of(new CodingValue("s", "c", t.toString())), "y" + t),
          new ComposedText(List.of(t.toString())), List.of())));
      int before = check.rendered;
      check.outcome(d);
      boolean surrogates = from + 512 > 0xD800 && from < 0xE000;
      assertThat(check.rendered - before).as("chunk from %x", from).isEqualTo(surrogates ? 0 : 1);
      rendered += check.rendered - before;
    }
    assertThat(rendered).isEqualTo(128 - 5); // five chunks hold surrogates
  }

  @Test
  void oddTextsAreWrittenAsHapiWritesThemAndBlanksAreDeclined() {
    for (String t : TEXTS) {
      ReferenceValue party = new ReferenceValue("Patient/1", "Patient",
          new IdentifierValue("official", null, "urn:s", t, null, null), t);
      ClaimDocument d = ClaimDocument.builder("c-1").status("active").use("claim")
          .patient(party).created(Instant.ofEpochMilli(1_700_000_000_123L))
          .provider(ReferenceValue.display(t))
          .insurance(new ClaimDocument.Insurance(1, false, ReferenceValue.to("Coverage/9"),
              List.of()))
          .diagnosis(new ClaimDocument.Diagnosis(1, ConceptValue.of(
              "http://hl7.org/fhir/sid/icd-10-cm", "M47.816", t), List.of()))
          .item(ClaimDocument.Item.builder(1).productOrService(new ConceptValue(List.of(
              new CodingValue("http://www.ama-assn.org/go/cpt", "64635", null)), t))
              .quantity(2).build())
          .build();
      check.claim(d);
      check.outcome(new OutcomeDocument("o", List.of(new OutcomeDocument.Issue("warning",
          "value", null, new ComposedText(List.of(t)), List.of(t)))));
    }
    // "\u2028\u2029" is blank to HAPI (Character.isWhitespace): left out, so declined.
    assertThat(check.rendered).isEqualTo(2 * (TEXTS.length - 1));
    assertThat(check.declined).isEqualTo(2);
    for (String blank : List.of("", "  ", "\t\n")) {
      check.outcome(new OutcomeDocument("o", List.of(new OutcomeDocument.Issue("warning",
          "value", null, new ComposedText(List.of("d")), List.of(blank)))));
      check.claim(ClaimDocument.builder("c").provider(ReferenceValue.display(blank)).build());
    }
    assertThat(check.declined).isEqualTo(2 + 6);
  }

  /** Every element a document holds, as a hospital outpatient Claim would fill them. */
  static ClaimDocument everyElement() {
    ConceptValue cpt50 = ConceptValue.of("http://www.ama-assn.org/go/cpt", "50", "Bilateral");
    ReferenceValue surgeon = new ReferenceValue("Practitioner/dr1", "Practitioner",
        new IdentifierValue("official", ConceptValue.of(
            "http://terminology.hl7.org/CodeSystem/v2-0203", "NPI", null),
            "http://hl7.org/fhir/sid/us-npi", "1234567893", null, null), "Dr One");
    String bb = "http://hl7.org/fhir/us/carin-bb/CodeSystem/";
    return ClaimDocument.builder("f-1").status("active")
        .type(ConceptValue.of(ClaimMapping.CLAIM_TYPE, "institutional", "Institutional"))
        .subType(ConceptValue.of(bb + "C4BBInstitutionalClaimSubType", "outpatient", null))
        .use("claim").patient(ReferenceValue.to("Patient/p1"))
        .billablePeriod(new PeriodValue("2026-03-10", "2026-03-10"))
        .created(Instant.parse("2026-03-11T09:00:00Z"))
        .provider(ReferenceValue.to("Organization/hospital"))
        .priority(ConceptValue.of(ClaimMapping.PRIORITY, "normal", "Normal"))
        .related(new ClaimDocument.Related(ReferenceValue.to("Claim/professional-1"),
            ConceptValue.of("http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship",
                "associated", null)))
        .careTeam(new ClaimDocument.CareTeam(1, surgeon,
            ConceptValue.of(bb + "C4BBClaimCareTeamRole", "operating", null)))
        .supportingInfo(new ClaimDocument.SupportingInfo(1,
            ConceptValue.of(bb + "C4BBSupportingInfoType", "typeofbill", null),
            ConceptValue.of("https://www.nubc.org/CodeSystem/TypeOfBill", "0131", null),
            null, null))
        .supportingInfo(new ClaimDocument.SupportingInfo(2,
            ConceptValue.of("http://terminology.hl7.org/CodeSystem/claiminformationcategory",
                "info", null), null, "64635-50 x1: bilateral L4-L5 (rule R-BIL-1)", null))
        .supportingInfo(new ClaimDocument.SupportingInfo(3,
            ConceptValue.of(bb + "C4BBSupportingInfoType", "servicefacility", null), null, null,
            ReferenceValue.to("Organization/asc")))
        .supportingInfo(new ClaimDocument.SupportingInfo(4,
            ConceptValue.of("http://terminology.hl7.org/CodeSystem/claiminformationcategory",
                "info", null), ConceptValue.of("http://terminology.hl7.org/CodeSystem/v2-0350",
                "32", null), LocalDate.of(2026, 3, 2), null, null))
        .diagnosis(new ClaimDocument.Diagnosis(1,
            ConceptValue.of("http://hl7.org/fhir/sid/icd-10-cm", "M47.816", null),
            List.of(ConceptValue.of("http://terminology.hl7.org/CodeSystem/ex-diagnosistype",
                "principal", null))))
        .procedure(new ClaimDocument.ProcedureEntry(1, LocalDate.of(2026, 3, 10),
            ReferenceValue.to("Procedure/proc-1")))
        .insurance(new ClaimDocument.Insurance(1, true, ReferenceValue.to("Coverage/medicare"),
            List.of("UTN-123", "UTN-456")))
        .item(ClaimDocument.Item.builder(1).careTeamSequence(1).diagnosisSequence(1)
            .procedureSequence(1).informationSequence(2)
            .revenue(ConceptValue.of("https://www.nubc.org/CodeSystem/RevenueCodes", "0361",
                null))
            .productOrService(new ConceptValue(List.of(new CodingValue(
                "http://www.ama-assn.org/go/cpt", "64635", null)), "Destruction, lumbar"))
            .modifier(cpt50)
            .modifier(ConceptValue.of("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                "GA", "Waiver of liability on file"))
            .servicedDate(LocalDate.of(2026, 3, 10))
            .location(ConceptValue.of("https://www.cms.gov/Medicare/Coding/place-of-service-codes"
                + "/Place_of_Service_Code_Set", "22", null))
            .quantity(1).net(new MoneyValue(new BigDecimal("1766.25"), "USD"))
            .bodySite(new ConceptValue(List.of(new CodingValue("http://snomed.info/sct",
                "1179156007", "Structure of L4/L5 facet joint")), "L4-L5 facet joint"))
            .subSite(ConceptValue.of("http://snomed.info/sct", "51440002", "Bilateral"))
            .encounter(ReferenceValue.to("Encounter/e1")).build())
        .total(new MoneyValue(new BigDecimal("1766.25"), "USD"))
        .build();
  }

  @Test
  void aClaimWithEveryElementIsWrittenAsHapiWritesItAndIsValidR4() {
    ClaimDocument d = everyElement();
    String hapi = check.claim(d);
    assertThat(check.rendered).as(hapi).isEqualTo(1);
    for (String element : List.of("\"subType\"", "\"billablePeriod\"", "\"related\"",
        "\"role\"", "\"supportingInfo\"", "\"valueString\"", "\"valueReference\"",
        "\"preAuthRef\"", "\"informationSequence\"", "\"revenue\"", "\"locationCodeableConcept\"",
        "\"net\":{\"value\":1766.25,\"currency\":\"USD\"}", "\"bodySite\"", "\"subSite\"",
        "\"total\"", "\"type\":[{\"coding\"", "\"timingDate\":\"2026-03-02\"")) {
      assertThat(hapi).contains(element);
    }
    assertThat(FhirValidation.errors(HapiRenderer.claim(d))).isEmpty();
    for (String amount : List.of("0", "0.00", "12", "1766.2500", "1E+3", "-5.5", "0.000001")) {
      check.claim(ClaimDocument.builder("m").total(new MoneyValue(new BigDecimal(amount), "USD"))
          .build());
    }
    assertThat(check.rendered + check.declined).isEqualTo(8);
  }

  @Test
  void anOutcomeReferringToItsClaimsIsWrittenAsHapiWritesIt() {
    OutcomeDocument d = new OutcomeDocument("o", List.of(ReferenceValue.to("Claim/c-1"),
        ReferenceValue.to("Claim/c-2")), List.of(new OutcomeDocument.Issue("warning",
            "business-rule", null, new ComposedText(List.of("d")),
            List.of("Procedure.bodySite[0]", "Claim.item[1]"))));
    String json = check.outcome(d); // HAPI's, which the renderer's equals when it writes
    assertThat(check.rendered).isEqualTo(1);
    assertThat(json).contains("\"extension\":[{\"url\":\"" + OutcomeMapping.CLAIM_EXTENSION
        + "\",\"valueReference\":{\"reference\":\"Claim/c-1\"}},{");
    assertThat(FhirValidation.errors(HapiRenderer.outcome(d))).isEmpty();
  }

  // ---- parties from the input, through the mapping ----

  private static CodedSession codedSession() throws IOException {
    String line = TestInputs.synthetic(1, 7, 1).get(0);
    Procedure p = (Procedure) TestInputs.FACET.parse(line.getBytes(StandardCharsets.UTF_8));
    ReadProcedure r = new ProcedureReader(TestInputs.FACET.textGrammar(),
        TestInputs.FACET.limits(), TestInputs.FACET.engine().editions())
        .read(p, "Procedure", new ResourceIndex(p, 1000));
    CodedSession s = new SessionCoding(TestInputs.FACET.engine()).code(SessionKey.of(r),
        List.of(r), DecoderCheck.OPTIONS, new Reference("Coverage/c1"), new ArrayList<Finding>(),
        null);
    assertThat(s).isNotNull();
    return s;
  }

  private String claimWith(CodedSession base, Reference patient, Reference provider,
      Reference encounter) {
    ClaimMapping mapping = new ClaimMapping(TestInputs.FACET.clock());
    CodedSession s = base.withParties(new SessionParties(patient, provider,
        base.parties().coverage(), encounter));
    ClaimDocument d = mapping.claim(s);
    check.claim(d);
    return check.rendered(d);
  }

  @Test
  void partiesOfEveryShapeAreWrittenAsHapiWritesThemOrDeclined() throws IOException {
    CodedSession base = codedSession();
    for (String t : new String[] {"plain", "ünïcödé ✓", "tab\there", "quote \" back \\ slash",
        "\u0001", "😀", "</script>", " padded "}) {
      Reference odd = new Reference("Patient/" + t.hashCode()).setDisplay(t).setType("Patient")
          .setIdentifier(new Identifier().setSystem("urn:s").setValue(t)
              .setUse(Identifier.IdentifierUse.OFFICIAL));
      assertThat(claimWith(base, odd, odd, odd)).as(t).isNotNull();
    }
    // Values HAPI rewrites: declined, and HAPI renders them (checked by claimWith).
    for (Reference ref : List.of(new Reference("Patient/1/_history/2"), new Reference("#pt"),
        new Reference().setIdentifier(new Identifier().setValue("x")
            .setPeriod(new Period().setStartElement(new DateTimeType("2020-01-01")))))) {
      assertThat(claimWith(base, ref, null, null)).as(ref.toString()).isNull();
      assertThat(claimWith(base, null, null, ref)).isNull();
    }
    // What the mapping drops: blank values, an identifier's element id, an empty period.
    assertThat(claimWith(base, new Reference().setDisplay("  "), null, null))
        .contains("\"patient\":{\"display\":\"patient not supplied\"}");
    assertThat(claimWith(base, new Reference().setType("Patient").setIdentifier(
        (Identifier) new Identifier().setSystem("s").setValue("v").setId("i1")), null, null))
        .contains("\"patient\":{\"type\":\"Patient\",\"identifier\":{\"system\":\"s\","
            + "\"value\":\"v\"}}");
    assertThat(claimWith(base, new Reference().setIdentifier(new Identifier().setValue("x")
        .setPeriod(new Period())), null, null))
        .contains("\"patient\":{\"identifier\":{\"value\":\"x\"}}");
    // References HAPI reads as ids and may write back otherwise (a fuzzer found the first):
    // the renderer writes HAPI's bytes or declines.
    int written = 0;
    for (String ref : List.of("\u0013x/Practitioner/1", "a b/Practitioner/1",
        "http://example.org/fhir/Practitioner/1", "Practitioner/1/_history/2", "Practitioner/",
        "/Practitioner/1", "Practitioner//1", "urn:uuid:5f0c2b1e-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
        "Practitioner/1?x=y", "x", "Practitioner/ 1", "Practitioner/1/")) {
      if (claimWith(base, null, new Reference(ref), null) != null) {
        written++;
      }
    }
    assertThat(written).isGreaterThan(3);
    assertThat(claimWith(base, null, new Reference("\u0013x/Practitioner/1"), null)).isNull();
    // Text with an unpaired surrogate (which UTF-8 cannot hold): declined, so that a caller
    // taking the JSON as a String gets HAPI's text.
    assertThat(claimWith(base, new Reference("Patient/9").setDisplay("x \uDB7D.\uDF7D y"), null,
        null)).isNull();
    // After a decline the renderer is as good as new.
    assertThat(claimWith(base, base.parties().patient(), base.parties().provider(), null))
        .isNotNull();
  }

  @Test
  void referencesHapiWritesAsTheyAreAreHapisOwnRule() {
    // The shortcut for Type/id must agree with HAPI's id reading on every string.
    SplittableRandom rnd = new SplittableRandom(9);
    String alphabet = "PatientPractitioner01234567899.-/_#: %\u0013é";
    List<String> samples = new ArrayList<>(List.of("Patient/1", "Patient/" + "a".repeat(64),
        "Patient/" + "a".repeat(65), "Patient/1/_history/2", "http://x.org/Patient/1", "/1",
        "Patient/", "P/1.2-3", "Patient/1 ", "Patient/é"));
    for (int i = 0; i < 20000; i++) {
      StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "Practitioner/" : "");
      for (int n = rnd.nextInt(1, 12); n > 0; n--) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      samples.add(b.toString());
    }
    int asIs = 0;
    for (String ref : samples) {
      IdType id = new IdType(ref);
      String written = id.getIdPart() == null || id.getIdPart().isBlank() ? id.getValue()
          : id.toVersionless().getValue();
      boolean expected = ref.equals(written);
      assertThat(JsonText.hapiWritesReferenceAsIs(ref)).as(ref).isEqualTo(expected);
      asIs += expected ? 1 : 0;
    }
    assertThat(asIs).isGreaterThan(1000).isLessThan(samples.size());
  }

  @Test
  void createdIsWrittenAsHapiWritesADateTimeOfSeconds() {
    SplittableRandom rnd = new SplittableRandom(9);
    List<String> zones = List.of("UTC", "Europe/Berlin", "America/New_York", "America/St_Johns",
        "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham", "Australia/Lord_Howe",
        "Pacific/Kiritimati", "Etc/GMT+12", "America/Sao_Paulo", "Africa/Casablanca");
    int compared = 0;
    for (String zone : zones) {
      TimeZone tz = TimeZone.getTimeZone(zone);
      for (int i = 0; i < 2000; i++) {
        // 1971-2037, and the hours around each zone's clock changes come up at random
        long second = 31_536_000L + rnd.nextLong(2_100_000_000L);
        DateTimeType hapi = new DateTimeType(new Date(second * 1000 + rnd.nextInt(1000)),
            TemporalPrecisionEnum.SECOND, tz);
        assertThat(JsonRenderer.createdText(second, ZoneId.of(zone)))
            .as("%s in %s", second, zone).isEqualTo(hapi.getValueAsString());
        compared++;
      }
    }
    assertThat(compared).isEqualTo(24_000);
    // The JVM's own zone, as the renderer uses it, is HAPI's setCreated(Date).
    long now = System.currentTimeMillis();
    assertThat(JsonRenderer.createdText(now / 1000, ZoneId.systemDefault()))
        .isEqualTo(new org.hl7.fhir.r4.model.Claim().setCreated(new Date(now))
            .getCreatedElement().getValueAsString());
    assertThat(JsonRenderer.createdText(-40_000_000_000L, ZoneOffset.UTC))
        .as("year 702: HAPI formats it").isNull();
    // And through the whole Claim, before 1000 too.
    check.claim(ClaimDocument.builder("c").created(Instant.ofEpochSecond(-40_000_000_000L))
        .build());
    check.claim(ClaimDocument.builder("c").created(Instant.parse("2026-11-27T12:00:00.999Z"))
        .build());
    assertThat(check.rendered).isEqualTo(2);
  }

  @Test
  void nameUuidIsTheJdksNameBasedUuid() {
    for (String name : List.of("", "claim|MEDICARE_PHYSICIAN|Patient/1|2026-02-02|", "ünï 😀",
        "outcome|bulk|line:7|7", "x".repeat(1000))) {
      assertThat(Ids.nameUuid(name)).isEqualTo(UUID.nameUUIDFromBytes(
          name.getBytes(StandardCharsets.UTF_8)).toString());
    }
  }
}
