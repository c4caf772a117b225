package org.facetclaims.fhir;

/**
 * The pieces of JSON text that the adapter's own writers ({@link FastResourceEncoder},
 * {@link ResultJsonWriter}) share with HAPI's encoder: how a string is escaped, which strings
 * HAPI treats as empty and leaves out, and which references it writes as they are.
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

  /** Appends {@code s} as a JSON string the way Jackson's generator (HAPI's) writes it. */
  static void appendString(StringBuilder b, String s) {
    b.append('"');
    int i = toEscape(s, 0);
    if (i < 0) {
      // Nothing to escape (the usual case): append(String) copies the whole array at once,
      // where append(s, from, to) copies one char at a time.
      b.append(s).append('"');
      return;
    }
    int from = 0;
    for (; i >= 0; i = toEscape(s, from)) {
      b.append(s, from, i).append(escapeOf(s.charAt(i)));
      from = i + 1;
    }
    b.append(s, from, s.length()).append('"');
  }

  /** The index of the first character from {@code from} on that JSON escapes, or -1. */
  private static int toEscape(String s, int from) {
    for (int i = from, n = s.length(); i < n; i++) {
      if (escapeOf(s.charAt(i)) != null) {
        return i;
      }
    }
    return -1;
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
    return FastProcedureDecoder.validId(ref, slash + 1, n);
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
