package org.facetclaims.fhir.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.hl7.fhir.r4.model.Procedure;

/**
 * The date of service: the calendar date of {@code performedDateTime} or
 * {@code performedPeriod.start} as written, with no time-zone shift.
 */
public final class PerformedDate {
  private PerformedDate() {}

  /** The date, or null with finding FC-504 (DATE_MISSING) naming the element. */
  static LocalDate of(Procedure p, String path, List<Finding> findings) {
    String raw = null;
    String element = ".performed"; // its path is built only for a finding
    if (p.hasPerformedDateTimeType()) {
      raw = p.getPerformedDateTimeType().getValueAsString();
      element = ".performedDateTime";
    } else if (p.hasPerformedPeriod() && p.getPerformedPeriod().hasStart()) {
      raw = p.getPerformedPeriod().getStartElement().getValueAsString();
      element = ".performedPeriod.start";
    }
    if (raw == null || raw.length() < 10) {
      findings.add(Finding.of(FindingCode.DATE_MISSING, raw == null
          ? "No performedDateTime or performedPeriod.start; the date of service is unknown."
          : "The performed date is not a full calendar date; the date of service is unknown.")
          .at(path + element));
      return null;
    }
    try {
      return isoDate(raw.substring(0, 10));
    } catch (DateTimeException e) {
      findings.add(Finding.of(FindingCode.DATE_MISSING, "The performed date is not a valid"
          + " calendar date.").at(path + element));
      return null;
    }
  }

  /**
   * {@code LocalDate.parse(s)} (ISO, strict) for a 10-character {@code YYYY-MM-DD} of ASCII
   * digits, without the formatter machinery, which was a quarter of the reader's own time;
   * anything else goes to {@code LocalDate.parse}. Throws a DateTimeException where it does.
   */
  public static LocalDate isoDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        return LocalDate.of(y, m, d); // validates month and day as the strict parser does
      }
    }
    return LocalDate.parse(s);
  }

  /** The ASCII digits of {@code s[from, to)} as a number, or -1 when one is not a digit. */
  public static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
