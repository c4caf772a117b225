package org.facetclaims.fhir.codec;

/**
 * The rendered bytes of values that the same object stands for again and again: a document's
 * constants (a claim type, a modifier, a finding's coding, a finding's source), the same
 * instance on every line. A value is kept once it is seen a second time, as the same object
 * ({@code ==}, no hashing): a value made from one line's input is a new object on every line,
 * so it is never kept, and the few last seen are held only until newer ones replace them.
 * Bounded and small; not thread-safe (one per renderer).
 */
final class RepeatedValues {
  private static final int SIZE = 32;

  private final Object[] kept = new Object[SIZE];
  private final byte[][] bytes = new byte[SIZE][];
  private int keptNext;
  private final Object[] seen = new Object[SIZE];
  private int seenNext;

  /** The bytes kept for {@code value}, or null. */
  byte[] get(Object value) {
    for (int i = 0; i < SIZE; i++) {
      if (kept[i] == value) {
        return bytes[i];
      }
    }
    return null;
  }

  /** {@code value} was just rendered as {@code rendered}: kept when seen before. */
  void rendered(Object value, JsonBytes out, int from) {
    for (int i = 0; i < SIZE; i++) {
      if (seen[i] == value) {
        seen[i] = null;
        kept[keptNext] = value;
        bytes[keptNext] = out.copyOf(from);
        keptNext = (keptNext + 1) % SIZE;
        return;
      }
    }
    seen[seenNext] = value;
    seenNext = (seenNext + 1) % SIZE;
  }
}
