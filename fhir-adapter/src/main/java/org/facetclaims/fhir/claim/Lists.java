package org.facetclaims.fhir.claim;

import java.util.ArrayList;
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

  /**
   * A builder's {@code list} (null: none yet) with {@code value} added. Most of a document's
   * lists hold one value: it is an immutable list of one, which the document keeps as it is;
   * from the second value on, a list that grows.
   */
  static <T> List<T> add(List<T> list, T value) {
    if (list == null) {
      return List.of(value);
    }
    if (!(list instanceof ArrayList)) {
      List<T> grown = new ArrayList<>(4);
      grown.addAll(list);
      grown.add(value);
      return grown;
    }
    list.add(value);
    return list;
  }

  /** A builder's list, null when nothing was added. */
  static <T> List<T> of(List<T> list) {
    return list == null ? List.of() : list;
  }
}
