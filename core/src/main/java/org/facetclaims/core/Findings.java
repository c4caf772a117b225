package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the steps of one coding put their findings. The second reading of a level list, which
 * only decides whether lines are withheld, puts them {@link #DISCARDED nowhere}.
 */
final class Findings {
  /** Takes findings and keeps none. */
  static final Findings DISCARDED = new Findings(null);

  /** Errors first, then warnings, then information; then by id, message and element. */
  private static final Comparator<Finding> ORDER = Comparator
      .comparing((Finding f) -> f.severity().ordinal())
      .thenComparing(f -> f.code().ordinal())
      .thenComparing(Finding::message)
      .thenComparing(f -> f.element().orElse(""));

  private final List<Finding> kept;

  private Findings(List<Finding> kept) {
    this.kept = kept;
  }

  /** A collector that keeps what it is given. */
  static Findings kept() {
    return new Findings(new ArrayList<>(4));
  }

  void add(Finding finding) {
    if (kept != null) {
      kept.add(finding);
    }
  }

  /** The findings in the order of a result. */
  ImmutableList<Finding> inResultOrder() {
    if (kept == null) {
      return ImmutableList.of();
    }
    if (kept.size() > 1) {
      kept.sort(ORDER);
    }
    return ImmutableList.copyOf(kept);
  }
}
