package org.facetclaims.fhir;

/**
 * The two pieces of JSON text that the adapter's own writers ({@link FastResourceEncoder},
 * {@link ResultJsonWriter}) share with HAPI's encoder: how a string is escaped, and which strings
 * HAPI treats as empty and leaves out.
 */
final class JsonText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  /**
   * Appends {@code s} as a JSON string the way Jackson's generator (HAPI's) writes it by default:
   * {@code "} and {@code \} escaped, the control characters below U+0020 as
   * {@code \b \t \n \f \r} or {@code \}{@code u00XX} (upper-case hex), everything else as it is.
   */
  static void appendString(StringBuilder b, String s) {
    b.append('"');
    int from = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      b.append(s, from, i);
      from = i + 1;
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\b':
          b.append("\\b");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\f':
          b.append("\\f");
          break;
        case '\r':
          b.append("\\r");
          break;
        default:
          b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    b.append(s, from, s.length()).append('"');
  }

  /** Empty or only {@link Character#isWhitespace} characters: HAPI writes no such value. */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
