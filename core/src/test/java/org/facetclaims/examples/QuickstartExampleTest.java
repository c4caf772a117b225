package org.facetclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.Test;

/**
 * The code samples of the documentation's Quickstart page. The lines between the {@code --8<--}
 * markers are copied into {@code docs/snippets/} by {@code ReferencePages}; these tests run the
 * samples and check what they print, so the page never shows code that does not compile or lies
 * about its output.
 */
public class QuickstartExampleTest {

  /** The ten-line core example: example 1 of the spec, coded without FHIR. */
  public static void codeOneSession() {
    // --8<-- [start:core]
    FacetCodingEngine engine = FacetCodingEngine.standard();
    CodingSession session = CodingSession.of(LocalDate.of(2026, 2, 2),
        DocumentedProcedure.builder(Technique.thermalRf(80))
            .imaging(Imaging.FLUOROSCOPY)
            .joint("L3-L4", Laterality.LEFT)
            .joint("L4-L5", Laterality.LEFT)
            .build());
    CodingResult result = engine.code(session, PayerProfile.MEDICARE_PHYSICIAN);
    for (ClaimLine line : result.lines()) {
      System.out.println(line.notation() + "  " + line.rationale().covered());
    }
    // --8<-- [end:core]
  }

  /** Findings: non-contiguous nerves (L2, L4) complete no joint under the current edition. */
  public static void readFindings() {
    FacetCodingEngine engine = FacetCodingEngine.standard();
    // --8<-- [start:findings]
    CodingResult result = engine.code(CodingSession.of(LocalDate.of(2026, 2, 2),
        DocumentedProcedure.builder(Technique.thermalRf())
            .imaging(Imaging.FLUOROSCOPY)
            .nerves(Laterality.LEFT, Nerve.L2, Nerve.L4)
            .build()));
    System.out.println(result.lines().isEmpty() ? "no lines" : result.lines());
    for (Finding f : result.findings()) {
      System.out.println(f.id() + " " + f.severity().label() + ": " + f.message());
      f.physicianQuestion().ifPresent(q -> System.out.println("  ask: " + q));
    }
    // --8<-- [end:findings]
  }

  /** Runs a sample with standard output captured, and returns what it printed. */
  public static synchronized List<String> printed(Runnable sample) {
    PrintStream original = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      sample.run();
    } finally {
      System.setOut(original);
    }
    return buf.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void coreExamplePrintsTheLinesOfSpecExample1() {
    assertThat(printed(QuickstartExampleTest::codeOneSession)).containsExactly(
        "64635-LT x1  [left L3-L4]",
        "64636-LT x1  [left L4-L5]");
  }

  @Test
  void findingsExamplePrintsFc203WithAQuestion() {
    List<String> out = printed(QuickstartExampleTest::readFindings);
    assertThat(out.get(0)).isEqualTo("no lines");
    assertThat(out.get(1)).startsWith("FC-203 error: ");
    assertThat(out.get(2)).startsWith("  ask: ");
    assertThat(out).hasSize(3);
  }
}
