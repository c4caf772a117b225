package org.facetclaims.fhir.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The grammar never throws, stays linear on hostile input, truncates at the documented limit and
 * can be shared between threads. The time limits are correctness guards (a quadratic or
 * backtracking reader would blow far past them), not benchmarks.
 */
class GrammarRobustnessTest {
  private static final ClinicalTextGrammar GRAMMAR = ClinicalTextGrammar.standard();
  private static final Duration GUARD = Duration.ofSeconds(5);

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\n\t  \r\n", "\u00a0\u2003"})
  void nullAndBlankGiveTheEmptyReading(String text) {
    TextReading r = GRAMMAR.read(text);
    assertThat(r).isSameAs(TextReading.empty());
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.sites()).isEmpty();
    assertThat(r.statedSide()).isEmpty();
    assertThat(r.methods()).isEmpty();
    assertThat(r.temperatureCelsius()).isEmpty();
    assertThat(r.imaging()).isEmpty();
    assertThat(r.namesDestruction()).isFalse();
    assertThat(r.namesFacetTarget()).isFalse();
    assertThat(r.truncated()).isFalse();
    assertThat(r.technique()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"L", "L4-", "-L4", "L4 through", "through L5", "L4-5 through",
      "L5 through L3 medial branches", "C2-3 through", "/", "L4/", "L4//5", "L4--5", "L4-5-",
      "80", "80 °", "°C", "- 70 C", "and and and", ", , ,", "b/", "B/L", "Rt.", "s/p",
      "third", "third occipital", "sacral", "ala", "L99-L100", "L0", "C0", "T13-L1",
      "L4 5 6", "L4,,,5", "L 4-5", "left right bilateral", "9999999999999 C", "0.5.5.5",
      "L4-5 L4-5 L4-5", "\ud800", "\udc00L4", "L4\ud83d\ude00-5", "L\u0664-\u0665",
      "ＬＴ L4-5", "medial branches of", "transverse process of", "levels", "junction of the",
      "L2-", "L2-L", "SA", "SA-", "L5-SA-S1", "L5/", "R", "L", "R L", "L L", "(R", "R-",
      "right/", "/left", "[", "[]", "[ ", "{{", "}}", "***", "TARGETS:", "TARGETS: (", "L5DR",
      "C10", "SMK-C10", "lesions at", "while", "S1-S3 lateral", "L4-S3", "cooled to 45 C",
      "non-pulsed", "at\n", "Right\n"})
  void oddFragmentsNeverThrow(String text) {
    TextReading r = GRAMMAR.read(text);
    assertThat(r).isNotNull();
    assertThat(r.toString()).isNotEmpty();
  }

  @Test
  void aReversedRangeIsUnplacedNotGuessed() {
    TextReading r = GRAMMAR.read("L5 through L3 medial branches");
    assertThat(r.sites()).isEmpty();
    assertThat(r.unplaced()).containsExactly("L5 through L3 medial branches");
  }

  @Test
  void randomTokenSoupNeverThrows() {
    String[] pieces = {"L4", "L5", "S1", "C2", "T12", "L6", "S2", "C8", "5", "3", "-", "/",
        "\u2013", ",", " and ", " & ", " through ", " to ", " left ", " right ", "Rt", "Lt",
        " bilateral ", "B/L", " medial branch", " medial branches", " dorsal ramus", " facet",
        " joint", " levels", " transverse process", " of ", " the ", " sacral ala", " TON",
        " third occipital nerve", " phenol", " alcohol", " prep", " 80", " °C", " C", " degrees",
        " x 90 s", ".", ";", "\n", "(", ")", " RF", " pulsed", " cryo", " block", " disc",
        " prior", " s/p", " fluoroscopy", " CT", " ultrasound", " without", " landmark", " SI",
        " genicular", "\ud800", "\u00a0", "0.5", "%", " mL", " superficial", " on the ",
        " sided", " both sides", " lateral branches", " junction", " SAP", " ala", " L"};
    Random random = new Random(20260211L);
    assertTimeoutPreemptively(GUARD, () -> {
      for (int round = 0; round < 3000; round++) {
        StringBuilder sb = new StringBuilder();
        int len = 1 + random.nextInt(60);
        for (int k = 0; k < len; k++) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
        TextReading r = GRAMMAR.read(sb.toString());
        assertThat(r.sites()).doesNotContainNull();
        assertThat(r.unplaced()).allSatisfy(u -> assertThat(sb.toString()).contains(u));
      }
    });
  }

  @Test
  void tenMegabytesOfSitesReturnQuicklyAndTruncated() {
    String text = "Left L4-5, L5-S1 and right L3 through L5 medial branches at 80 C; ".repeat(
        10 * 1024 * 1024 / 64);
    TextReading r = assertTimeoutPreemptively(GUARD, () -> GRAMMAR.read(text));
    assertThat(r.truncated()).isTrue();
    assertThat(r.sites()).contains(TreatedSite.joint(FacetJoint.L4_L5, Laterality.LEFT));
    assertThat(r.temperatureCelsius()).hasValue(80);
  }

  @Test
  void oneHundredThousandCommasReturnQuickly() {
    String text = ",".repeat(100_000);
    TextReading r = assertTimeoutPreemptively(GUARD, () -> GRAMMAR.read(text));
    assertThat(r.truncated()).isTrue();
    assertThat(r.sites()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"L4, ", "L4-", "L4 and ", "left ", "medial branches of ", "- ",
      "through ", "/", "(", "L4-5 facet joint injection ", "alcohol ", "80 ", "a",
      "L2-L4 ", "L3 and L4. L3 nerve at 80 C; ", "TARGETS: L4 and L5 TPs (L4-5 joint) ",
      "L5 dorsal ramus, S1, S2, S3 lateral branches RFA ", "right/left ", "*** ", "[ ] ",
      "R L4-5 ", "the C6 lesion at 60 C while the C5 lesion at 80 C ", "at\n",
      "L4 and L5 levels for the L3 and L4 medial branches "})
  void longRepetitionsStayLinear(String unit) {
    String text = unit.repeat(ClinicalTextGrammar.MAX_TEXT_LENGTH / unit.length() + 1);
    TextReading r = assertTimeoutPreemptively(GUARD, () -> GRAMMAR.read(text));
    assertThat(r.truncated()).isTrue();
  }

  @Test
  void oneHugeWordIsFine() {
    String text = "L" + "4".repeat(50_000) + "-5 " + "x".repeat(50_000);
    TextReading r = assertTimeoutPreemptively(GUARD, () -> GRAMMAR.read(text));
    assertThat(r.truncated()).isTrue();
  }

  @Test
  void inputIsReadUpToTheLimitAndNoFurther() {
    String padding = "x".repeat(ClinicalTextGrammar.MAX_TEXT_LENGTH - "Right L4-5".length());
    TextReading exact = GRAMMAR.read(padding + "Right L4-5");
    assertThat(exact.truncated()).isFalse();
    // "xxx...Right" is one word, so no side word: the joint is read without a side.
    assertThat(exact.sites()).containsExactly(
        TreatedSite.joint(FacetJoint.L4_L5, Laterality.UNKNOWN));

    String spaced = " ".repeat(ClinicalTextGrammar.MAX_TEXT_LENGTH - "Right L4-5".length());
    TextReading atLimit = GRAMMAR.read(spaced + "Right L4-5");
    assertThat(atLimit.truncated()).isFalse();
    assertThat(atLimit.sites()).containsExactly(
        TreatedSite.joint(FacetJoint.L4_L5, Laterality.RIGHT));

    TextReading beyond = GRAMMAR.read(spaced + "Right L4-5 and L5-S1");
    assertThat(beyond.truncated()).isTrue();
    assertThat(beyond.sites()).containsExactly(
        TreatedSite.joint(FacetJoint.L4_L5, Laterality.RIGHT));
  }

  @Test
  void readingsAreImmutable() {
    TextReading r = GRAMMAR.read("Left L4-5 facet RFA at 80 C; L5-L6; after medial branch blocks");
    assertThatThrownBy(() -> r.sites().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.unplaced().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.methods().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.outOfScope().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(r).isEqualTo(GRAMMAR.read("Left L4-5 facet RFA at 80 C; L5-L6; after medial "
        + "branch blocks"));
    assertThat(r.hashCode()).isEqualTo(GRAMMAR.read("Left L4-5 facet RFA at 80 C; L5-L6; after "
        + "medial branch blocks").hashCode());
  }

  @Test
  void oneGrammarServesManyThreads() throws Exception {
    List<String> texts = List.of(
        "Bilateral L3, L4 medial branch and L5 dorsal ramus RFA at 80 C under fluoroscopy",
        "Right C3-4 and C4-5 facet RFA; right TON",
        "0.5 mL dehydrated alcohol at the left L2 and L3 medial branches",
        "L4 and L5 transverse processes and the sacral ala on the left",
        "Genicular RFA; L5-L6; MBB at L3, L4");
    List<TextReading> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(GRAMMAR.read(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int k = 0; k < 200; k++) {
        int idx = k % texts.size();
        results.add(pool.submit(() ->
            ClinicalTextGrammar.standard().read(texts.get(idx)).equals(expected.get(idx))));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void outOfScopeTargetsCarryTheirCodes() {
    assertThat(OutOfScopeTarget.SACROILIAC_JOINT.code()).isEqualTo("64625");
    assertThat(OutOfScopeTarget.GENICULAR.code()).isEqualTo("64624");
    assertThat(OutOfScopeTarget.INTERCOSTAL.code()).isEqualTo("64620");
    assertThat(OutOfScopeTarget.PERIPHERAL_NERVE.code()).isEqualTo("64640");
    assertThat(OutOfScopeTarget.FACET_INJECTION_OR_BLOCK.code()).isEqualTo("64490-64495");
    for (OutOfScopeTarget t : OutOfScopeTarget.values()) {
      assertThat(t.label()).isNotBlank();
    }
  }
}
