package org.facetclaims.fhir.claim;

import java.util.List;

/**
 * A text of a document made of pieces, read one after the other: an issue's diagnostics (the
 * finding's message, the labels of the Procedures, the question for the physician, the source).
 * The mapping decides the pieces and their order; a renderer writes them as one text. Kept in
 * pieces so that a bulk run does not build each diagnostics as a String of its own only to
 * write it out once (a few hundred bytes for each of about four findings a record).
 */
public record ComposedText(List<String> pieces) {
  public ComposedText {
    pieces = Lists.copy(pieces);
  }

  /** The whole text. */
  public String text() {
    return String.join("", pieces);
  }

  /** True when the text is empty or only whitespace. */
  public boolean isBlank() {
    for (String p : pieces) {
      if (!p.isBlank()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text();
  }
}
