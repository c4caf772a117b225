package org.facetclaims.fhir.claim;

import java.util.List;

/** The documents' lists: immutable copies. */
final class Lists {
  private Lists() {}

  /**
   * An immutable copy of {@code list} ({@code list} itself when it is immutable already). An
   * empty list costs nothing: most of a document's lists are empty, and a bulk run makes
   * documents by the million.
   */
  static <T> List<T> copy(List<T> list) {
    return list.isEmpty() ? List.of() : List.copyOf(list);
  }
}
