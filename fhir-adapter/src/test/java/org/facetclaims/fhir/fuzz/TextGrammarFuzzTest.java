package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.facetclaims.fhir.text.LesionTemperature;
import org.facetclaims.fhir.text.TextQuestion;
import org.facetclaims.fhir.text.TextReading;

/**
 * Coverage-guided fuzzing of the clinical text grammar. The properties: it never throws, it is
 * deterministic, what it reads is bounded by what it was given, a temperature it reports is one
 * the grammar accepts, its questions quote only short fragments, per-site temperatures differ
 * and belong to sites it names, and no site is both a facet site and a sacroiliac target. Regression inputs: {@code TextGrammarFuzzTestInputs/}.
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
      "prior RFA at", "s/p", "\u2013", "M47.816", "L2-L4", "C2-6", "L3-S1", "medial/dorsal",
      "median branch", "brach", "RFTC", "MBRFA", "MB/DR", "DPR", "L5DR", "TARGETS:",
      "(to denerve the joints at ", "SA", "L5-SA", "L5/ala", "right/left", "***", "[ ]", "[X]",
      "[LEVEL]", "{{side}}", "R ", "L ", "(R)", "R-sided", "SMK-C10", "C10 cannula",
      " lesion at 60 \u00b0C", " while ", "lateral branches", "S1-S3", "lesions at "})
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
    // Questions quote at most a short fragment (notes are patient records) and name a finding.
    assertThat(r.questions().size()).isLessThanOrEqualTo(Math.max(1, read));
    for (TextQuestion q : r.questions()) {
      assertThat(q.fragment().length()).isLessThanOrEqualTo(TextQuestion.MAX_FRAGMENT + 3);
      assertThat(q.code()).isNotNull();
      assertThat(q.question()).isNotBlank();
    }
    // Per-site temperatures are plausible heat values, on sites the reading names, and differ.
    if (!r.lesionTemperatures().isEmpty()) {
      assertThat(r.lesionTemperatures().stream().map(LesionTemperature::celsius).distinct())
          .hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(t -> assertThat(t).isBetween(40, 100));
      assertThat(r.sites()).containsAll(r.lesionTemperatures().stream()
          .map(LesionTemperature::site).collect(Collectors.toList()));
    }
    // A site is a facet site or a sacroiliac target, never both.
    for (var t : r.sacroiliacTargets()) {
      assertThat(r.sites()).doesNotContain(t);
    }
    assertThat(r.toString()).isNotNull();
    TextReading.techniqueOf(List.of(r));
    TextReading.imagingOf(List.of(r));
    r.technique();
  }
}
