package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.facetclaims.fhir.history.ReliefGrammar;
import org.facetclaims.fhir.history.ReliefReading;

/**
 * Coverage-guided fuzzing of the relief grammar (patient history). The properties: it never
 * throws, it is deterministic, a percentage it reads is 0-100, a duration is 0 or more months,
 * and everything it reports unread is bounded (it quotes short snippets, not whole notes).
 * Regression inputs: {@code ReliefGrammarFuzzTestInputs/}.
 */
class ReliefGrammarFuzzTest {
  private static final ReliefGrammar GRAMMAR = ReliefGrammar.standard();

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"relief", "improvement", "better", "%", " percent", "per cent", "lasting",
      "lasted", "for ", "months", "mo", "years", "weeks", "days", "hours", "of relief",
      "at least ", "more than ", "about ", "less than ", "up to ", "~", ">", "<", "no relief",
      "complete relief", "did not ", "if ", "goal", "8/10", "2% lidocaine", "-", "\u2013", " to ",
      "eighteen", "twelve", "1.5", ".", ";"})
  void readsAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    ReliefReading r = GRAMMAR.read(text);
    assertThat(r).isNotNull();
    assertThat(GRAMMAR.read(text).toString()).as("deterministic").isEqualTo(r.toString());
    r.percent().ifPresent(p -> assertThat(p).isBetween(0, 100));
    r.months().ifPresent(m -> assertThat(m).isBetween(0, 12 * 1000));
    // A quote of at most 80 characters and a short reason: never a whole note.
    int bound = 200;
    for (String u : r.unreadPercent()) {
      assertThat(u.length()).as("unread %s", u).isLessThanOrEqualTo(bound);
    }
    for (String u : r.unreadDuration()) {
      assertThat(u.length()).as("unread %s", u).isLessThanOrEqualTo(bound);
    }
  }
}
