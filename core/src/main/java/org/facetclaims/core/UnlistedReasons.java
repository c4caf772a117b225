package org.facetclaims.core;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.codeset.CodeSetEdition;

/**
 * A set of {@link UnlistedReason}s: none means the destruction codes. Immutable; every set is
 * one shared instance, so routing a procedure allocates nothing.
 */
final class UnlistedReasons {
  private static final UnlistedReason[] REASONS = UnlistedReason.values();
  private static final UnlistedReasons[] ALL = new UnlistedReasons[1 << REASONS.length];

  static {
    for (int b = 0; b < ALL.length; b++) {
      ALL[b] = new UnlistedReasons(b);
    }
  }

  /** No reason: the destruction codes. */
  static final UnlistedReasons NONE = ALL[0];

  private final int bits;

  private UnlistedReasons(int bits) {
    this.bits = bits;
  }

  /** These reasons and {@code reason}. */
  UnlistedReasons with(UnlistedReason reason) {
    return ALL[bits | 1 << reason.ordinal()];
  }

  /** The reasons of both. */
  UnlistedReasons and(UnlistedReasons other) {
    return ALL[bits | other.bits];
  }

  boolean contains(UnlistedReason reason) {
    return (bits & 1 << reason.ordinal()) != 0;
  }

  boolean isEmpty() {
    return bits == 0;
  }

  /** The codes the units go to: the destruction codes when there is no reason. */
  Route route() {
    return bits == 0 ? Route.DESTRUCTION : Route.UNLISTED;
  }

  /** The reasons in words, comma-separated, in a fixed order. */
  String words(CodeSetEdition edition) {
    List<String> w = new ArrayList<>(2);
    for (UnlistedReason r : REASONS) {
      if (contains(r)) {
        w.add(r.words(edition));
      }
    }
    return String.join(", ", w);
  }
}
