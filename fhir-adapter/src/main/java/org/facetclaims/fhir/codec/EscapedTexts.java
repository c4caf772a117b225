package org.facetclaims.fhir.codec;

/**
 * The escaped bytes of long texts that a renderer writes again and again as the very same
 * String: a finding's source (some 700 characters for the coverage rules), a rationale note the
 * Claim mapping keeps, a code's description, the unknown-state policy text of a day. Escaping
 * reads every character; copying the bytes kept does not. A text is known by identity (a String
 * never changes, so the same object has the same bytes), and its bytes are kept on its second
 * sighting only: a text made for one resource (a finding's message naming its session) is seen
 * once, costs no copy, and never displaces a text that repeats.
 *
 * <p>A direct-mapped table of {@value #SLOTS} texts by identity hash: bounded, and a slot that
 * two repeating texts share only costs escaping again. Not thread-safe: one per renderer.
 */
final class EscapedTexts {
  /** Shorter texts are escaped each time: the lookup would cost about as much. */
  static final int MIN_LENGTH = 48;
  static final int SLOTS = 512;

  private final String[] seen = new String[SLOTS];
  private final String[] kept = new String[SLOTS];
  private final byte[][] bytes = new byte[SLOTS][];

  /** Writes {@code s} escaped (without quotes) to {@code out}: the bytes kept, or escaping. */
  void write(String s, JsonBytes out) {
    if (s.length() < MIN_LENGTH) {
      out.escaped(s);
      return;
    }
    int slot = System.identityHashCode(s) & (SLOTS - 1);
    if (kept[slot] == s) {
      out.append(bytes[slot]);
      return;
    }
    int from = out.length();
    out.escaped(s);
    if (seen[slot] == s && !out.lossy()) {
      // the second sighting: keep it; never a text with an unpaired surrogate (written as "?",
      // which makes the renderer decline the resource), nor one written after such a text
      kept[slot] = s;
      bytes[slot] = out.copyOf(from);
    } else {
      seen[slot] = s;
    }
  }
}
