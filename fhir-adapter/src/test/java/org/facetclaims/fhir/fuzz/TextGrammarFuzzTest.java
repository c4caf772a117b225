package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.facetclaims.fhir.text.TextReading;

/**
 * Coverage-guided fuzzing of the clinical text grammar. The properties: it never throws, it is
 * deterministic, what it reads is bounded by what it was given, and a temperature it reports is
 * one the grammar accepts. Regression inputs: {@code TextGrammarFuzzTestInputs/}.
 */
class TextGrammarFuzzTest {
  private static final ClinicalTextGrammar GRAMMAR = ClinicalTextGrammar.standard();

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"L4-L5", "L4-5", "L4/5", "L5-S1", "C2-3", "C7-T1", "T12-L1", "C0-C1",
      "medial branch", "medial branches", "dorsal ramus", "rami", "third occipital nerve", "TON",
      "facet joint", "levels", "through", "thru", " to ", " and ", ", ", "transverse process of",
      "junction of the superior articular process", "sacral ala", "left", "right", "bilateral",
      "b/l", "radiofrequency", "RFA", "pulsed", "cooled", "cryo", "laser", "phenol", "alcohol",
      "glycerol", "hypertonic saline", "80 °C", "degrees C", "fluoroscopy", "CT", "ultrasound",
      "without imaging", "SI joint", "genicular", "intercostal", "block", "injection", "no ",
      "prior RFA at", "s/p", "\u2013", "M47.816"})
  void readsAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    TextReading r = GRAMMAR.read(text);
    assertThat(r).isNotNull();
    assertThat(GRAMMAR.read(text)).as("deterministic").isEqualTo(r);
    int read = Math.min(text.length(), ClinicalTextGrammar.MAX_TEXT_LENGTH);
    assertThat(r.truncated()).isEqualTo(text.length() > ClinicalTextGrammar.MAX_TEXT_LENGTH);
    // A site needs at least two characters ("L4"), an unplaced fragment at least one.
    assertThat(r.sites().size()).isLessThanOrEqualTo(Math.max(1, read) * 4);
    assertThat(r.unplaced().size()).isLessThanOrEqualTo(read);
    r.temperatureCelsius().ifPresent(t -> assertThat(t).isBetween(-150, 100));
    assertThat(r.toString()).isNotNull();
    TextReading.techniqueOf(List.of(r));
    TextReading.imagingOf(List.of(r));
    r.technique();
  }
}
