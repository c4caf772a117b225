package org.facetclaims.fhir.codec;

import org.facetclaims.fhir.read.FhirIds;

/**
 * The pieces of JSON text that {@link JsonRenderer} shares with HAPI's encoder, and the fast
 * decoder with HAPI's parser: how a string is escaped, which strings HAPI treats as empty and
 * leaves out, and which references it writes as they are.
 */
final class JsonText {
  /**
   * How Jackson's generator (HAPI's) escapes a character by default, by character: {@code "}
   * and {@code \}, and the control characters below U+0020 as {@code \b \t \n \f \r} or
   * {@code \}{@code u00XX} (upper-case hex). Null for every other character, written as it is.
   */
  private static final String[] ESCAPES = new String['\\' + 1];

  static {
    for (char c = 0; c < 0x20; c++) {
      ESCAPES[c] = String.format("\\u%04X", (int) c);
    }
    ESCAPES['\b'] = "\\b";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\f'] = "\\f";
    ESCAPES['\r'] = "\\r";
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
  }

  private JsonText() {}

  /** The escape JSON text has for {@code c} (ASCII), or null when {@code c} is written as it is. */
  static String escapeOf(char c) {
    return c < ESCAPES.length ? ESCAPES[c] : null;
  }

  /**
   * True when HAPI's encoder writes {@code Reference.reference} {@code ref} (of a Reference with
   * no resource attached) exactly as it is. It does not always: it reads the value as an id
   * ({@code [base/]Type/id[/_history/v]}) and writes that id back without its version, which
   * drops a version and can change an odd value (a control character or an unusual base). This
   * is HAPI's own rule ({@code BaseParser.determineReferenceText}, with no server base set),
   * run on HAPI's own id type, so the writers write a reference only when it comes back the same.
   */
  static boolean hapiWritesReferenceAsIs(String ref) {
    if (plainRelative(ref)) {
      return true; // Type/id, the common case: an id HAPI reads and writes back unchanged
    }
    org.hl7.fhir.r4.model.IdType id = new org.hl7.fhir.r4.model.IdType(ref);
    String written = isBlankOrNull(id.getIdPart()) ? id.getValue()
        : id.toVersionless().getValue();
    return ref.equals(written);
  }

  /** {@code Type/id}: letters, one slash, then a FHIR id (1-64 of A-Z a-z 0-9 - .). */
  private static boolean plainRelative(String ref) {
    int slash = ref.indexOf('/');
    int n = ref.length();
    if (slash < 1) {
      return false;
    }
    for (int i = 0; i < slash; i++) {
      char c = ref.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return FhirIds.valid(ref, slash + 1, n);
  }

  private static boolean isBlankOrNull(String s) {
    return s == null || isBlank(s);
  }

  /**
   * Empty or only {@link Character#isWhitespace} characters: HAPI writes no such value, and the
   * fast decoder leaves one to HAPI's parser.
   */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@link #isBlank(String)} of the characters {@code c[from, to)}. */
  static boolean isBlank(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(c[i])) {
        return false;
      }
    }
    return true;
  }
}
