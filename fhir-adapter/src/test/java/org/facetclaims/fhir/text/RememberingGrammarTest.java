package org.facetclaims.fhir.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A remembering grammar reads exactly as the standard one, from memory or not. */
class RememberingGrammarTest {
  static final ClinicalTextGrammar STANDARD = ClinicalTextGrammar.standard();

  /** Every text of the grammar's own test cases. */
  static List<String> texts() {
    return Stream.of(ClinicalTextGrammarTest.jointNotations(),
        ClinicalTextGrammarTest.listsAndRanges(), ClinicalTextGrammarTest.nerves(),
        ClinicalTextGrammarTest.levelsAndTargets(), ClinicalTextGrammarTest.sides(),
        ClinicalTextGrammarTest.methodsAndTemperatures(), ClinicalTextGrammarTest.agents(),
        ClinicalTextGrammarTest.imaging(), ClinicalTextGrammarTest.outOfScopeTargets(),
        ClinicalTextGrammarTest.unplacedAndNoise(), ClinicalTextGrammarTest.moreForms(),
        ClinicalTextGrammarTest.documentedLimits(), ClinicalTextGrammarTest.procedureNotes())
        .flatMap(s -> s).map(c -> c.text).collect(Collectors.toList());
  }

  @Test
  void readsAsTheStandardGrammarFirstAndAgain() {
    List<String> texts = texts();
    assertThat(texts).hasSizeGreaterThan(150);
    ClinicalTextGrammar g = ClinicalTextGrammar.remembering(10_000);
    for (String t : texts) {
      TextReading first = g.read(t);
      assertThat(first).as(t).isEqualTo(STANDARD.read(t));
      TextReading again = g.read(new String(t.toCharArray())); // an equal, distinct String
      assertThat(again).as(t).isEqualTo(first);
      if (!t.isBlank() && t.length() <= ClinicalTextGrammar.MAX_REMEMBERED_LENGTH) {
        assertThat(again).as("remembered: " + t).isSameAs(first);
      }
    }
  }

  @Test
  void longTextsAreNotKept() {
    ClinicalTextGrammar g = ClinicalTextGrammar.remembering(100);
    String base = "Left L4-L5 and L5-S1 facet joint radiofrequency ablation at 80 C. ";
    String atLimit = (base.repeat(20)).substring(0, ClinicalTextGrammar.MAX_REMEMBERED_LENGTH);
    String over = atLimit + " ";
    assertThat(g.read(atLimit)).isSameAs(g.read(atLimit));
    TextReading a = g.read(over);
    TextReading b = g.read(over);
    assertThat(a).isNotSameAs(b).isEqualTo(b).isEqualTo(STANDARD.read(over));
  }

  @Test
  void keepsWhatIsReadAgainSoonAndForgetsWhatIsNot() {
    ClinicalTextGrammar g = ClinicalTextGrammar.remembering(100);
    String often = "Bilateral L4-L5 facet joint radiofrequency ablation under fluoroscopy.";
    TextReading first = g.read(often);
    for (int i = 0; i < 1_000; i++) { // 1,000 other texts, with the one text every 40th
      g.read("Left L" + (1 + i % 4) + " medial branch ablation, note " + i + ".");
      if (i % 40 == 39) {
        assertThat(g.read(often)).as("after %d others", i + 1).isSameAs(first);
      }
    }
    String once = "Right L5-S1 facet joint radiofrequency ablation at 80 C.";
    TextReading onceRead = g.read(once);
    for (int i = 0; i < 200; i++) { // twice the memory's size of other texts
      g.read("Right L" + (1 + i % 4) + " medial branch ablation, case " + i + ".");
    }
    assertThat(g.read(once)).isNotSameAs(onceRead).isEqualTo(onceRead); // forgotten, read again
  }

  @Test
  void aFullMemoryForgetsAndStillReadsRight() {
    ClinicalTextGrammar g = ClinicalTextGrammar.remembering(1);
    List<String> texts = texts();
    for (int round = 0; round < 2; round++) {
      for (String t : texts) {
        assertThat(g.read(t)).as(t).isEqualTo(STANDARD.read(t));
      }
    }
    assertThat(g.read(null)).isEqualTo(TextReading.empty());
    assertThat(g.read("  ")).isEqualTo(TextReading.empty());
  }

  @Test
  void sharedByThreads() throws Exception {
    List<String> texts = texts();
    List<TextReading> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(STANDARD.read(t));
    }
    ClinicalTextGrammar g = ClinicalTextGrammar.remembering(16);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> fs = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int offset = w * 37;
        fs.add(pool.submit(() -> {
          int wrong = 0;
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < texts.size(); i++) {
              int k = (i + offset + round) % texts.size();
              if (!g.read(texts.get(k)).equals(expected.get(k))) {
                wrong++;
              }
            }
          }
          return wrong;
        }));
      }
      for (Future<Integer> f : fs) {
        assertThat(f.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sizeMustBePositive() {
    assertThatThrownBy(() -> ClinicalTextGrammar.remembering(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> org.facetclaims.fhir.FacetClaims.builder().rememberedTexts(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
  }
}
