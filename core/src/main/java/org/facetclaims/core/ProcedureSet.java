package org.facetclaims.core;

import com.google.common.collect.ImmutableList;

/**
 * Some of a session's procedures, by position (0-based, at most {@link
 * CodingSession#MAX_PROCEDURES}): the procedures a line codes, or that contributed units to a
 * route and family. Immutable; a bit set inside.
 */
final class ProcedureSet {
  static final ProcedureSet NONE = new ProcedureSet(0L);
  private static final ProcedureSet[] SINGLE = new ProcedureSet[CodingSession.MAX_PROCEDURES];

  static {
    for (int i = 0; i < SINGLE.length; i++) {
      SINGLE[i] = new ProcedureSet(1L << i);
    }
  }

  private final long bits;

  private ProcedureSet(long bits) {
    this.bits = bits;
  }

  /** The procedure at {@code index} alone. */
  static ProcedureSet of(int index) {
    return SINGLE[index];
  }

  boolean isEmpty() {
    return bits == 0;
  }

  boolean contains(int index) {
    return (bits & (1L << index)) != 0;
  }

  /** These procedures and {@code index}. */
  ProcedureSet with(int index) {
    return or(of(index));
  }

  /** The procedures of both sets. */
  ProcedureSet or(ProcedureSet other) {
    long b = bits | other.bits;
    if (b == bits) {
      return this;
    }
    if (b == other.bits) {
      return other;
    }
    return new ProcedureSet(b);
  }

  /** The positions in order. */
  ImmutableList<Integer> indexes() {
    long m = bits;
    if ((m & (m - 1)) == 0) {   // none or one: the usual one-procedure session
      return m == 0 ? ImmutableList.of() : ImmutableList.of(Long.numberOfTrailingZeros(m));
    }
    ImmutableList.Builder<Integer> b = ImmutableList.builderWithExpectedSize(Long.bitCount(m));
    for (; m != 0; m &= m - 1) {
      b.add(Long.numberOfTrailingZeros(m));
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProcedureSet && ((ProcedureSet) o).bits == bits;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bits);
  }

  @Override
  public String toString() {
    return indexes().toString();
  }
}
