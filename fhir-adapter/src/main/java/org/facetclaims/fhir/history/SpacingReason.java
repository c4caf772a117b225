package org.facetclaims.fhir.history;

import java.util.List;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Annotation;

/**
 * Whether a block's notes state the reason for a shorter interval than the 2024 text's two
 * weeks between diagnostic blocks: one sentence that speaks of the interval (two weeks, 14 days,
 * interval, spacing, sooner) and gives a reason (because, due to, reason, exception), without a
 * negation. The core then counts a block sooner than the policy's spacing only with a review
 * finding (FC-637); a sentence that does not say both is not read, and the block does not count
 * (FC-622). A deliberately narrow reading: wording it misses counts against the block.
 */
final class SpacingReason {
  /** A sentence's words on the interval between blocks. */
  private static final Pattern SPACING_WORDS = Pattern.compile("\\b(?:(?:two|2)[ -]?weeks?"
      + "|(?:14|fourteen)[ -]?days?|interval|spacing|sooner|earlier than (?:planned|scheduled"
      + "|usual))\\b", Pattern.CASE_INSENSITIVE);
  /** A sentence's words giving a reason. */
  private static final Pattern REASON_WORDS = Pattern.compile("\\b(?:because|due to|owing to"
      + "|reason|exception|necessitated|required by)\\b", Pattern.CASE_INSENSITIVE);
  /** A negation in the sentence ("no reason documented"): then nothing is read. */
  private static final Pattern NEGATION = Pattern.compile("\\b(?:no|not|without|none|unclear"
      + "|unknown)\\b", Pattern.CASE_INSENSITIVE);
  /** Where a sentence ends. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.;!?\\n]");

  private SpacingReason() {}

  /** True when one sentence of the notes states the reason for a shorter interval. */
  static boolean stated(List<Annotation> notes) {
    for (Annotation a : notes) {
      String t = a.getText();
      if (t == null) {
        continue;
      }
      for (String sentence : SENTENCE_END.split(t)) {
        if (SPACING_WORDS.matcher(sentence).find() && REASON_WORDS.matcher(sentence).find()
            && !NEGATION.matcher(sentence).find()) {
          return true;
        }
      }
    }
    return false;
  }
}
