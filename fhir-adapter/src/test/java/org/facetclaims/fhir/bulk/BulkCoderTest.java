package org.facetclaims.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.BufferedReader;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.AdapterBasicsTest;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.FhirValidation;
import org.facetclaims.fhir.cli.SyntheticProcedures;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class BulkCoderTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();

  static String synthetic(int count, int perSession) throws IOException {
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, count, 42, perSession);
    return w.toString();
  }

  static String[] run(String ndjson, int threads, int window) throws IOException {
    StringWriter claims = new StringWriter();
    StringWriter outcomes = new StringWriter();
    BulkSummary s = BulkCoder.builder(FACET).threads(threads).window(window)
        .coverage(new Reference("Coverage/bulk")).build()
        .run(new BufferedReader(new StringReader(ndjson)), claims, outcomes);
    return new String[] {claims.toString(), outcomes.toString(), s.toString()};
  }

  @Test
  void outputBytesDoNotDependOnTheThreadCount() throws IOException {
    String in = synthetic(1500, 1);
    String[] one = run(in, 1, 1000);
    String[] four = run(in, 4, 1000);
    assertThat(four[0]).isEqualTo(one[0]);
    assertThat(four[1]).isEqualTo(one[1]);
    assertThat(one[0].lines().count()).isGreaterThan(1000);
  }

  @Test
  void sessionsSpanningLinesAreCodedTogetherWithinTheWindow() throws IOException {
    // Left and right L4-L5 of one patient, date and performer, 3 lines apart.
    String left = proc("a", "Left L4-L5 facet joint");
    String right = proc("b", "Right L4-L5 facet joint");
    String other = "{\"resourceType\":\"Procedure\",\"id\":\"x\",\"status\":\"not-done\"}";
    String in = String.join("\n", left, other, other, right) + "\n";
    String[] together = run(in, 2, 10);
    List<Claim> claims = claims(together[0]);
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).getItemFirstRep().getModifierFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("50");
    // With a window of 2 lines they are too far apart: two claims, documented behaviour.
    String[] apart = run(in, 2, 2);
    assertThat(claims(apart[0])).hasSize(2);
  }

  /** A clock that fails once, on its {@code failAt}-th reading: a stand-in for a bug. */
  static final class FailingOnceClock extends Clock {
    private final java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    private final int failAt;

    FailingOnceClock(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      if (calls.incrementAndGet() == failAt) {
        throw new IllegalStateException("a bug, with a record's secret-value in its message");
      }
      return Instant.parse("2026-11-27T12:00:00Z");
    }
  }

  @Test
  void aSessionWhoseCodingFailsIsFindingFc513AndTheRunGoesOn() throws IOException {
    String in = synthetic(200, 1);
    StringWriter goodClaims = new StringWriter();
    BulkSummary good = BulkCoder.builder(FACET).threads(1).build()
        .run(new BufferedReader(new StringReader(in)), goodClaims, new StringWriter());
    FacetClaims failing = FacetClaims.builder().clock(new FailingOnceClock(40)).build();
    StringWriter claims = new StringWriter();
    StringWriter outcomes = new StringWriter();
    BulkSummary s = BulkCoder.builder(failing).threads(1).build()
        .run(new BufferedReader(new StringReader(in)), claims, outcomes);
    assertThat(s.failed()).isEqualTo(1);
    assertThat(s.claims()).isEqualTo(good.claims() - 1);
    assertThat(s.toString()).contains("1 could not be coded (FC-513");
    List<String> failed = outcomes.toString().lines().filter(l -> l.contains("FC-513"))
        .collect(Collectors.toList());
    assertThat(failed).hasSize(1);
    OperationOutcome oo = FhirContext.forR4Cached().newJsonParser()
        .parseResource(OperationOutcome.class, failed.get(0));
    OperationOutcome.OperationOutcomeIssueComponent issue = oo.getIssue().stream()
        .filter(i -> i.getDetails().getCodingFirstRep().getCode().equals("FC-513"))
        .findFirst().orElseThrow();
    assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.EXCEPTION);
    assertThat(issue.getDiagnostics()).containsPattern("^line \\d+")
        .contains("IllegalStateException").doesNotContain("secret-value");
    assertThat(FhirValidation.errors(oo)).isEmpty();
  }

  @Test
  void codesWithoutAValueDoNotStopTheRun() throws IOException {
    String in = AdapterBasicsTest.procedureWithAbsentCodes() + "\n"
        + proc("b", "Right L5-S1 facet joint") + "\n";
    String[] out = run(in, 2, 1);
    List<Claim> claims = claims(out[0]); // one session: same patient, date and performer
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).getProcedure()).hasSize(2);
    assertThat(claims.get(0).getDiagnosis()).extracting(d -> d.getDiagnosisCodeableConcept()
        .getCodingFirstRep().getCode()).containsExactly("M47.816");
  }

  @Test
  void aMalformedLineIsAFindingWithItsLineNumberAndTheRunGoesOn() throws IOException {
    String in = proc("a", "Left L4-L5 facet joint") + "\n{not json\n\n"
        + "{\"resourceType\":\"Patient\"}\n" + proc("b", "Right L5-S1 facet joint") + "\n";
    String[] out = run(in, 2, 1);
    assertThat(claims(out[0])).hasSize(2);
    List<OperationOutcome> oos = new ArrayList<>();
    for (String l : out[1].split("\n")) {
      OperationOutcome oo = (OperationOutcome) FhirContext.forR4Cached().newJsonParser()
          .parseResource(l);
      if (oo.getIssueFirstRep().getDetails().getCodingFirstRep().getCode().equals("FC-512")) {
        oos.add(oo);
      }
    }
    assertThat(oos).hasSize(2);
    assertThat(oos.get(0).getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
        .isEqualTo("FC-512");
    assertThat(oos.get(0).getIssueFirstRep().getDiagnostics()).contains("line 2");
    assertThat(oos.get(1).getIssueFirstRep().getDiagnostics()).contains("line 4")
        .contains("FCA-005");
  }

  static String proc(String id, String site) {
    return "{\"resourceType\":\"Procedure\",\"id\":\"" + id + "\",\"status\":\"completed\","
        + "\"subject\":{\"reference\":\"Patient/p1\"},\"performer\":[{\"actor\":{\"reference\":"
        + "\"Practitioner/d1\"}}],\"code\":{\"text\":\"Lumbar radiofrequency neurotomy under"
        + " fluoroscopy\"},\"performedDateTime\":\"2026-02-02\",\"bodySite\":[{\"text\":\""
        + site + "\"}]}";
  }

  /** The coder {@link #run} uses, for runs from a file: the same options, the same bytes. */
  static BulkCoder fileCoder() {
    return BulkCoder.builder(FACET).threads(2).window(1000)
        .coverage(new Reference("Coverage/bulk")).build();
  }

  static List<Claim> claims(String ndjson) {
    List<Claim> out = new ArrayList<>();
    for (String l : ndjson.split("\n")) {
      if (!l.isBlank()) {
        out.add((Claim) FhirContext.forR4Cached().newJsonParser().parseResource(l));
      }
    }
    return out;
  }

  @Test
  @DisplayName("from a file: the same bytes as from a Reader, and a line that is not UTF-8 is one bad line")
  void fileInputWithALineThatIsNotUtf8(@TempDir Path dir) throws IOException {
    String good = synthetic(300, 3);
    String[] viaReader = run(good, 2, 1000);
    Path in = Files.writeString(dir.resolve("Procedure.ndjson"), good, StandardCharsets.UTF_8);
    BulkCoder coder = fileCoder();
    coder.run(in, dir.resolve("out"));
    assertThat(Files.readString(dir.resolve("out/Claim.ndjson"))).isEqualTo(viaReader[0]);
    assertThat(Files.readString(dir.resolve("out/OperationOutcome.ndjson")))
        .isEqualTo(viaReader[1]);

    // Line 151 of 300 gets a byte that is no UTF-8; the other 299 are coded as before.
    List<String> lines = new ArrayList<>(good.lines().collect(Collectors.toList()));
    byte[] head = String.join("\n", lines.subList(0, 150)).getBytes(StandardCharsets.UTF_8);
    byte[] tail = String.join("\n", lines.subList(151, lines.size()))
        .getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.writeBytes(head);
    b.writeBytes(new byte[] {'\n', '{', '"', (byte) 0xc3, '"', '}', '\n'});
    b.writeBytes(tail);
    Files.write(in, b.toByteArray());
    BulkSummary s = coder.run(in, dir.resolve("bad"));
    assertThat(s.malformed()).isEqualTo(1);
    assertThat(s.lines()).isEqualTo(300);
    String outcomes = Files.readString(dir.resolve("bad/OperationOutcome.ndjson"));
    assertThat(outcomes).contains("line 151: FCA-010");
    assertThat(Files.readString(dir.resolve("bad/Claim.ndjson")).lines().count())
        .isGreaterThanOrEqualTo(viaReader[0].lines().count() - 1);
  }

  @Test
  @DisplayName("a Bundle line of two sessions gives two Claim lines, and the summary counts both")
  void aBundleLineOfTwoSessionsCountsTwoClaims() throws IOException {
    List<String> coded = new ArrayList<>();
    for (String line : synthetic(60, 1).split("\n")) {
      if (coded.size() < 2 && !run(line, 1, 1000)[0].isEmpty()) {
        coded.add(line); // a Procedure that gives a Claim on its own (its own session)
      }
    }
    assertThat(coded).hasSize(2);
    String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
        + "{\"resource\":" + coded.get(0) + "},{\"resource\":" + coded.get(1) + "}]}";
    String[] out = run(bundle + "\n" + coded.get(0) + "\n", 2, 1000);
    assertThat(claims(out[0])).hasSize(3);
    assertThat(out[2]).contains(" procedures, 3 claims,");
  }

  @Test
  @DisplayName("to a folder: a previous, longer output is replaced whole; empty input gives empty files")
  void outputReplacesAPreviousRunsFiles(@TempDir Path dir) throws IOException {
    String good = synthetic(200, 2);
    String[] viaReader = run(good, 2, 1000);
    Path in = Files.writeString(dir.resolve("Procedure.ndjson"), good, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("out"));
    String stale = "{\"stale\":true}\n".repeat(100_000); // longer than the new output
    Files.writeString(out.resolve("Claim.ndjson"), stale);
    Files.writeString(out.resolve("OperationOutcome.ndjson"), stale);
    BulkCoder coder = fileCoder();
    coder.run(in, out);
    assertThat(Files.readString(out.resolve("Claim.ndjson"))).isEqualTo(viaReader[0]);
    assertThat(Files.readString(out.resolve("OperationOutcome.ndjson"))).isEqualTo(viaReader[1]);

    Path empty = Files.writeString(dir.resolve("empty.ndjson"), "");
    assertThat(coder.run(empty, out).lines()).isZero();
    assertThat(out.resolve("Claim.ndjson")).isEmptyFile();
    assertThat(out.resolve("OperationOutcome.ndjson")).isEmptyFile();
  }

  @Test
  @DisplayName("an output file that cannot be opened fails the run with an IOException, with or without lines")
  void outputThatCannotBeOpenedIsAnIoException(@TempDir Path dir) throws IOException {
    Path in = Files.writeString(dir.resolve("Procedure.ndjson"), synthetic(100, 1));
    Path empty = Files.writeString(dir.resolve("empty.ndjson"), "");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("OperationOutcome.ndjson")); // a folder, not a file
    BulkCoder coder = BulkCoder.builder(FACET).threads(2).build();
    for (Path input : List.of(in, empty)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> coder.run(input, out))
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  @DisplayName("coverage checks: off, or with the export's place of service")
  void coverageChecksCanBeTurnedOffOrGivenAPlaceOfService() throws IOException {
    String in = synthetic(400, 1);
    String[] byDefault = run(in, 2, 1000);
    assertThat(byDefault[1]).contains("FC-606").contains("FC-614");
    StringWriter claims = new StringWriter();
    StringWriter outcomes = new StringWriter();
    BulkCoder.builder(FACET).threads(2).coverage(new Reference("Coverage/bulk"))
        .coverageChecks(null).build()
        .run(new BufferedReader(new StringReader(in)), claims, outcomes);
    assertThat(outcomes.toString()).doesNotContain("\"code\":\"FC-6");
    assertThat(claims.toString()).isEqualTo(byDefault[0]);   // findings only, no GA/GZ here
    StringWriter outcomes11 = new StringWriter();
    BulkCoder.builder(FACET).threads(2).coverage(new Reference("Coverage/bulk"))
        .coverageChecks(org.facetclaims.fhir.history.CoverageOptions.standard()
            .withPlaceOfService("11")).build()
        .run(new BufferedReader(new StringReader(in)), new StringWriter(), outcomes11);
    assertThat(outcomes11.toString()).contains("FC-606").doesNotContain("FC-614");
  }

  @Test
  void profileIsApplied() throws IOException {
    StringWriter claims = new StringWriter();
    BulkCoder.builder(FACET).profile(PayerProfile.RT_LT_LINES).threads(1).build()
        .run(new BufferedReader(new StringReader(proc("a", "Bilateral L4-L5 facet joint"))),
            claims, new StringWriter());
    assertThat(claims(claims.toString()).get(0).getItem()).hasSize(2);
  }
}
