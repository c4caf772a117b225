package org.facetclaims.fhir.read;

import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.fhir.text.TextQuestion;

/**
 * What the grammar reports about a text and cannot code, as findings at the text's element:
 * each {@link TextQuestion} with its question (FC-502 sacroiliac targets, FC-514 needle targets
 * and stated joints disagree, FC-515 template text, FC-516 lesion temperatures), and each
 * fragment that looks like a site but cannot be placed (FC-505).
 *
 * <p>A hyphenated vertebral range is a level list: the core raises FC-205 (with both readings in
 * its question) or FC-206 for it, or the reader found one of its readings in another text; so
 * its question is not repeated here.
 */
final class TextFindings {
  private TextFindings() {}

  static void report(List<ReadText> texts, List<Finding> findings) {
    for (ReadText t : texts) {
      for (TextQuestion q : t.reading().questions()) {
        if (q.kind() != TextQuestion.Kind.HYPHENATED_RANGE) {
          findings.add(Finding.of(q.code(), q.message()).at(t.path())
              .withQuestion(q.question()));
        }
      }
      for (String u : t.reading().unplaced()) {
        String shown = u.length() > 40 ? u.substring(0, 40) + "..." : u;
        findings.add(Finding.of(FindingCode.TEXT_UNPLACED, "\"" + shown + "\" looks like a"
            + " spinal site but cannot be placed; nothing was coded for it.")
            .at(t.path()).withQuestion("Which facet joint is meant by \"" + shown + "\"?"));
      }
    }
  }
}
