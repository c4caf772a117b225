package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.facetclaims.fhir.history.ReliefGrammar;
import org.facetclaims.fhir.read.FindingList;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ResourceIndex;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every limit of docs/limits.md, at the limit, just under it and just over it: under and at are
 * read in full without a limit finding; over is refused (InputException) or read up to the limit
 * with finding FC-510, as the page says. The server's body limit is in
 * {@code server.ServerLimitsTest}.
 */
class LimitsTest {
  static final FacetClaims FACET = FacetClaims.create();
  static final String HEAD = "{\"resourceType\":\"Procedure\",\"id\":\"p\",\"status\":\"completed\","
      + "\"subject\":{\"reference\":\"Patient/1\"},\"performedDateTime\":\"2026-02-02\","
      + "\"code\":{\"text\":\"Radiofrequency ablation under fluoroscopy\"},"
      + "\"bodySite\":[{\"text\":\"Left L4-L5 facet joint\"}]";

  /** A valid Procedure of exactly {@code bytes} bytes (padded with spaces before its end). */
  static byte[] procedureOf(int bytes) {
    String s = HEAD + " ".repeat(bytes - HEAD.length() - 1) + "}";
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    assertThat(b).hasSize(bytes);
    return b;
  }

  static Procedure procedure(String id) {
    Procedure p = new Procedure();
    p.setId(id);
    p.setStatus(Procedure.ProcedureStatus.COMPLETED);
    p.setSubject(new Reference("Patient/1"));
    p.addPerformer().setActor(new Reference("Practitioner/2"));
    p.setPerformed(new DateTimeType("2026-02-02"));
    p.setCode(new CodeableConcept().setText("Radiofrequency ablation under fluoroscopy"));
    return p;
  }

  static List<String> limitFindings(CodingOutput out) {
    return out.findings().stream().filter(f -> f.code() == FindingCode.INPUT_LIMIT)
        .map(f -> f.message() + " @ " + f.element().orElse("-")).collect(Collectors.toList());
  }

  // ---- input size ----

  @ParameterizedTest(name = "{0} bytes against a limit of 4096")
  @ValueSource(ints = {4095, 4096})
  void inputAtOrUnderTheByteLimitIsRead(int bytes) {
    FacetClaims small = FacetClaims.builder().limits(InputLimits.DEFAULT.withMaxBytes(4096))
        .build();
    assertThat(small.parse(procedureOf(bytes))).isInstanceOf(Procedure.class);
    assertThat(small.parse(new java.io.ByteArrayInputStream(procedureOf(bytes))))
        .isInstanceOf(Procedure.class);
  }

  @Test
  void inputOverTheByteLimitIsRefused() {
    FacetClaims small = FacetClaims.builder().limits(InputLimits.DEFAULT.withMaxBytes(4096))
        .build();
    assertThatThrownBy(() -> small.parse(procedureOf(4097))).isInstanceOf(InputException.class)
        .hasMessageStartingWith("FCA-002").hasMessageContaining("4096");
    assertThatThrownBy(() -> small.parse(new java.io.ByteArrayInputStream(procedureOf(4097))))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-002");
  }

  @Test
  void theDefaultByteLimitIs16MiB() {
    int limit = 16 * 1024 * 1024;
    assertThat(InputLimits.DEFAULT.maxBytes()).isEqualTo(limit);
    assertThatCode(() -> FACET.precheck(procedureOf(limit))).doesNotThrowAnyException();
    assertThatThrownBy(() -> FACET.precheck(procedureOf(limit + 1)))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-002");
  }

  // ---- nesting ----

  static byte[] nestedJson(int depth) {
    // The resource itself is level 1; each "x" object one more.
    return ("{\"resourceType\":\"Procedure\"," + "\"x\":{".repeat(depth - 1) + "\"y\":1"
        + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] nestedXml(int depth) {
    return ("<Procedure xmlns=\"http://hl7.org/fhir\">" + "<a>".repeat(depth - 1)
        + "</a>".repeat(depth - 1) + "</Procedure>").getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "JSON depth {0}")
  @ValueSource(ints = {63, 64})
  void jsonAtOrUnderTheDepthLimitPasses(int depth) {
    assertThatCode(() -> FACET.precheck(nestedJson(depth))).doesNotThrowAnyException();
  }

  @Test
  void jsonOverTheDepthLimitIsRefused() {
    assertThatThrownBy(() -> FACET.precheck(nestedJson(65))).isInstanceOf(InputException.class)
        .hasMessageStartingWith("FCA-007").hasMessageContaining("64");
  }

  @Test
  void xmlMayNestTwiceAsDeep() {
    assertThatCode(() -> FACET.precheck(nestedXml(127))).doesNotThrowAnyException();
    assertThatCode(() -> FACET.precheck(nestedXml(128))).doesNotThrowAnyException();
    assertThatThrownBy(() -> FACET.precheck(nestedXml(129))).isInstanceOf(InputException.class)
        .hasMessageStartingWith("FCA-007").hasMessageContaining("128");
  }

  // ---- Bundle entries ----

  static Bundle bundleOf(int entries) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    b.addEntry().setFullUrl("urn:uuid:p").setResource(procedure("p").addBodySite(
        new CodeableConcept().setText("Left L4-L5 facet joint")));
    for (int i = 1; i < entries; i++) {
      b.addEntry().setFullUrl("urn:uuid:pat" + i).setResource(new Patient().setId("pat" + i));
    }
    return b;
  }

  @ParameterizedTest(name = "{0} entries")
  @ValueSource(ints = {999, 1000})
  void bundleAtOrUnderTheEntryLimitIsCoded(int entries) {
    CodingOutput out = FACET.code(bundleOf(entries), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(out.sessions()).hasSize(1);
    assertThat(limitFindings(out)).isEmpty();
  }

  @Test
  void bundleOverTheEntryLimitIsRefused() {
    assertThatThrownBy(() -> FACET.code(bundleOf(1001), PayerProfile.MEDICARE_PHYSICIAN))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-012")
        .hasMessageContaining("1001 entries; the limit is 1000");
  }

  // ---- sites per procedure ----

  static Procedure withSites(int sites) {
    Procedure p = procedure("s");
    for (int i = 0; i < sites; i++) {
      // Distinct texts, one site each; repeated joints are fine for a limit.
      p.addBodySite(new CodeableConcept().setText((i % 2 == 0 ? "Left" : "Right")
          + " L4-L5 facet joint"));
    }
    return p;
  }

  @ParameterizedTest(name = "{0} sites")
  @ValueSource(ints = {63, 64})
  void sitesAtOrUnderTheLimitAreAllRead(int sites) {
    CodingOutput out = FACET.code(withSites(sites), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(limitFindings(out)).isEmpty();
    assertThat(out.sessions().get(0).result().lines()).isNotEmpty();
  }

  @Test
  void sitesOverTheLimitAreReportedAndNotRead() {
    CodingOutput out = FACET.code(withSites(65), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(limitFindings(out)).containsExactly(
        "Procedure/s names more than 64 sites; the rest are not read. @ Procedure.bodySite[64].text");
    assertThat(out.sessions().get(0).result().lines()).isNotEmpty();
  }

  @Test
  void theSiteLimitCannotExceedWhatTheCoreAccepts() {
    assertThat(InputLimits.DEFAULT.withMaxSitesPerProcedure(DocumentedProcedure.MAX_SITES)
        .maxSitesPerProcedure()).isEqualTo(512);
    assertThatThrownBy(() -> InputLimits.of(1024, 64, 10, DocumentedProcedure.MAX_SITES + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSitesPerProcedure");
    // Before the bound, a limit above the core's made coding throw IllegalArgumentException.
    FacetClaims most = FacetClaims.builder().limits(InputLimits.DEFAULT
        .withMaxSitesPerProcedure(DocumentedProcedure.MAX_SITES)).build();
    CodingOutput out = most.code(withSites(600), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(limitFindings(out)).hasSize(1).allMatch(f -> f.contains("more than 512 sites"));
  }

  @Test
  void otherLimitsAreBoundedToo() {
    assertThatThrownBy(() -> InputLimits.DEFAULT.withMaxDepth(InputLimits.MAX_DEPTH_BOUND + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> InputLimits.DEFAULT.withMaxBytes(InputLimits.MAX_BYTES_BOUND + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> InputLimits.DEFAULT.withMaxResources(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResources");
    assertThatThrownBy(() -> InputLimits.DEFAULT.withMaxFindings(9, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(InputLimits.DEFAULT.withMaxDepth(1000).withMaxBytes(1 << 30).toString())
        .contains("maxDepth=1000").contains("maxBytes=1073741824");
  }

  // ---- text length ----

  @ParameterizedTest(name = "note of {0} characters")
  @CsvSource({"19999, false", "20000, false", "20001, true"})
  void textsAreReadUpTo20000Characters(int length, boolean overLimit) {
    assertThat(ClinicalTextGrammar.MAX_TEXT_LENGTH).isEqualTo(20_000);
    Procedure p = withSites(1);
    String text = "Left L4-L5 facet radiofrequency neurotomy. ";
    p.addNote().setText(text.repeat(length / text.length() + 1).substring(0, length));
    CodingOutput out = FACET.code(p, PayerProfile.MEDICARE_PHYSICIAN);
    if (overLimit) {
      assertThat(limitFindings(out)).containsExactly("A text of Procedure/s is longer than 20000"
          + " characters; only the first 20000 were read. @ Procedure.note[0].text");
    } else {
      assertThat(limitFindings(out)).isEmpty();
    }
  }

  @ParameterizedTest(name = "relief text of {0} characters")
  @CsvSource({"3999, false", "4000, false", "4001, true"})
  void reliefTextsAreReadUpTo4000Characters(int length, boolean overLimit) {
    String text = ("85% relief lasting 7 months. " + "x".repeat(length)).substring(0, length);
    List<String> unread = ReliefGrammar.standard().read(text).unreadPercent();
    assertThat(unread.stream().anyMatch(u -> u.startsWith("text longer than 4000 characters")))
        .isEqualTo(overLimit);
    assertThat(ReliefGrammar.standard().read(text).percent()).hasValue(85);
  }

  // ---- procedures per session ----

  static Bundle sessionOf(int procedures) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (int i = 0; i < procedures; i++) {
      b.addEntry().setFullUrl("urn:uuid:p" + i).setResource(procedure("p" + i)
          .addBodySite(new CodeableConcept().setText("Left L4-L5 facet joint")));
    }
    return b;
  }

  @ParameterizedTest(name = "{0} procedures in one session")
  @ValueSource(ints = {63, 64})
  void sessionsAtOrUnderTheLimitAreCodedWhole(int procedures) {
    assertThat(CodingSession.MAX_PROCEDURES).isEqualTo(64);
    CodingOutput out = FACET.code(sessionOf(procedures), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(out.sessions()).hasSize(1);
    assertThat(out.sessions().get(0).procedures()).hasSize(procedures);
    assertThat(limitFindings(out)).isEmpty();
  }

  @Test
  void sessionsOverTheLimitAreReportedAndCut() {
    CodingOutput out = FACET.code(sessionOf(65), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(out.sessions()).hasSize(1);
    assertThat(out.sessions().get(0).procedures()).hasSize(64);
    assertThat(limitFindings(out)).containsExactly("More than 64 procedures in one session; the"
        + " rest are not coded. @ Bundle.entry[64].resource");
  }

  // ---- findings per procedure and per input ----

  /** A Procedure whose reading gives exactly {@code n} findings (one unplaced text each). */
  static Procedure withFindings(int n) {
    Procedure p = withSites(1);
    for (int i = 0; i < n; i++) {
      p.addBodySite(new CodeableConcept().setText("L9-L10"));
    }
    return p;
  }

  static List<Finding> readingFindings(FacetClaims facet, Procedure p) {
    return new ProcedureReader(facet.textGrammar(), facet.limits(), facet.engine().editions())
        .read(p, "Procedure", new ResourceIndex(p, 10)).findings();
  }

  @Test
  void findingsPerProcedureAreListedUpToTheLimitAndCountedBeyond() {
    FacetClaims ten = FacetClaims.builder().limits(InputLimits.DEFAULT.withMaxFindings(10, 1000))
        .build();
    assertThat(readingFindings(ten, withFindings(9))).hasSize(9)
        .allMatch(f -> f.code() == FindingCode.TEXT_UNPLACED);
    assertThat(readingFindings(ten, withFindings(10))).hasSize(10)
        .allMatch(f -> f.code() == FindingCode.TEXT_UNPLACED);
    List<Finding> over = readingFindings(ten, withFindings(11));
    assertThat(over).hasSize(11);
    assertThat(over.subList(0, 10)).allMatch(f -> f.code() == FindingCode.TEXT_UNPLACED);
    assertThat(over.get(10).code()).isEqualTo(FindingCode.INPUT_LIMIT);
    assertThat(over.get(10).message())
        .isEqualTo("1 more finding of Procedure/s is not listed: at most 10 are listed.");
    assertThat(over.get(10).element()).hasValue("Procedure");
    assertThat(readingFindings(ten, withFindings(1000)).get(10).message())
        .startsWith("990 more findings of Procedure/s are not listed");
  }

  @Test
  void theDefaultFindingLimitsHoldAMillionUnreadableTexts() {
    // The hostile input that ran a 512 MB command-line JVM out of memory before the limits.
    Procedure p = withFindings(200_000);
    CodingOutput out = FACET.code(p, PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(out.findings().size()).isLessThan(150);
    assertThat(limitFindings(out)).anyMatch(f -> f.startsWith(
        "199900 more findings of Procedure/s are not listed: at most 100 are listed."));
  }

  @Test
  void findingsPerInputAreListedUpToTheLimitAndCountedBeyond() {
    FindingList list = new FindingList(10);
    for (int i = 0; i < 10; i++) {
      list.add(Finding.of(FindingCode.TEXT_UNPLACED, "f" + i));
    }
    list.close("this input", null);
    assertThat(list).hasSize(10);
    list.addAll(List.of(Finding.of(FindingCode.TEXT_UNPLACED, "f10"),
        Finding.of(FindingCode.TEXT_UNPLACED, "f11")));
    list.add(0, Finding.of(FindingCode.TEXT_UNPLACED, "f12"));
    assertThat(list).hasSize(10);
    assertThat(list.dropped()).isEqualTo(3);
    list.close("this input", null);
    assertThat(list).hasSize(11);
    assertThat(list.get(10).message())
        .isEqualTo("3 more findings of this input are not listed: at most 10 are listed.");

    FacetClaims small = FacetClaims.builder().limits(InputLimits.DEFAULT.withMaxFindings(20, 30))
        .build();
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (int i = 0; i < 5; i++) {
      b.addEntry().setResource(withFindings(15).setId("p" + i));
    }
    CodingOutput out = small.code(b, PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(out.findings()).hasSize(31);
    assertThat(out.findings().get(30).message())
        .matches("\\d+ more findings of this input are not listed: at most 30 are listed\\.");
    assertThat(out.outcome().getIssue()).hasSize(31);
  }

  // ---- bulk lines ----

  static String bulk(FacetClaims facet, String ndjson) throws IOException {
    StringWriter claims = new StringWriter();
    StringWriter outcomes = new StringWriter();
    BulkCoder.builder(facet).threads(1).build()
        .run(new BufferedReader(new StringReader(ndjson)), claims, outcomes);
    return claims + "\n----\n" + outcomes;
  }

  @ParameterizedTest(name = "line of {0} bytes against a limit of 4096")
  @ValueSource(ints = {4095, 4096})
  void bulkLinesAtOrUnderTheLimitAreCoded(int bytes) throws IOException {
    FacetClaims small = FacetClaims.builder().limits(InputLimits.DEFAULT.withMaxBytes(4096))
        .build();
    String line = new String(procedureOf(bytes), StandardCharsets.UTF_8);
    String out = bulk(small, line + "\n");
    assertThat(out).contains("\"resourceType\":\"Claim\"").doesNotContain("FC-512");
  }

  @Test
  void bulkLinesOverTheLimitAreAFindingAndTheRunGoesOn() throws IOException {
    FacetClaims small = FacetClaims.builder().limits(InputLimits.DEFAULT.withMaxBytes(4096))
        .build();
    String over = new String(procedureOf(4097), StandardCharsets.UTF_8);
    String ok = new String(procedureOf(300), StandardCharsets.UTF_8);
    String out = bulk(small, over + "\r\n" + ok + "\n");
    assertThat(out).contains("\"resourceType\":\"Claim\"").contains("FC-512")
        .contains("line 1: FCA-002: input is larger than the limit (limit 4096 bytes)");
  }
}
