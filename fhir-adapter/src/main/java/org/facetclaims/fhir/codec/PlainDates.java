package org.facetclaims.fhir.codec;

import org.facetclaims.fhir.read.PerformedDate;

/**
 * Dates in a narrow, ordinary form, which HAPI's parser accepts whatever their type: what the
 * fast decoder checks or keeps as text without HAPI's parse ({@link DeferredDateTime}).
 */
final class PlainDates {
  private PlainDates() {}

  /**
   * True for a date, dateTime or instant in a narrow, ordinary form, all of which HAPI's parser
   * accepts: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (when {@code dateForms}), and
   * (when {@code timeForms}) {@code YYYY-MM-DDThh:mm:ss}, optional 1-9 fraction digits, then
   * {@code Z} or {@code +hh:mm}/{@code -hh:mm} (hours up to 14, minutes 00/15/30/45); years
   * 1900-2999 (Gregorian leap years), seconds up to 59. Everything else goes to HAPI's check.
   */
  static boolean plainDate(String v, boolean dateForms, boolean timeForms) {
    int n = v.length();
    if (n < 4) {
      return false;
    }
    int y = PerformedDate.digits(v, 0, 4);
    if (y < 1900 || y > 2999) {
      return false;
    }
    if (n == 4) {
      return dateForms;
    }
    if (n < 7 || v.charAt(4) != '-') {
      return false;
    }
    int m = PerformedDate.digits(v, 5, 7);
    if (m < 1 || m > 12) {
      return false;
    }
    if (n == 7) {
      return dateForms;
    }
    if (n < 10 || v.charAt(7) != '-') {
      return false;
    }
    int d = PerformedDate.digits(v, 8, 10);
    boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int max = m == 2 ? (leap ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    if (d < 1 || d > max) {
      return false;
    }
    if (n == 10) {
      return dateForms;
    }
    if (!timeForms || n < 20 || v.charAt(10) != 'T' || v.charAt(13) != ':'
        || v.charAt(16) != ':') {
      return false;
    }
    int hh = PerformedDate.digits(v, 11, 13);
    int mm = PerformedDate.digits(v, 14, 16);
    int ss = PerformedDate.digits(v, 17, 19);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) {
      return false;
    }
    int i = 19;
    if (v.charAt(i) == '.') {
      int start = ++i;
      while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i - start > 9) {
        return false;
      }
    }
    if (i == n - 1) {
      return v.charAt(i) == 'Z';
    }
    if (i != n - 6 || (v.charAt(i) != '+' && v.charAt(i) != '-') || v.charAt(i + 3) != ':') {
      return false;
    }
    int oh = PerformedDate.digits(v, i + 1, i + 3);
    int om = PerformedDate.digits(v, i + 4, i + 6);
    return oh >= 0 && oh <= 14 && (om == 0 || om == 15 || om == 30 || om == 45);
  }
}
