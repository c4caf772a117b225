package org.facetclaims.fhir.read;

/** FHIR's id: 1-64 of {@code A-Z a-z 0-9 - .}. */
public final class FhirIds {
  private FhirIds() {}

  /** True when {@code id} is a FHIR id. */
  public static boolean valid(String id) {
    return valid(id, 0, id.length());
  }

  /** {@link #valid(String)} of {@code s[from, to)}, without cutting it out. */
  public static boolean valid(String s, int from, int to) {
    if (to - from < 1 || to - from > 64) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }
}
