package org.facetclaims.core.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

/** The orders of lines and findings, and the amount at risk of a line, shared by the audit. */
final class AuditOrder {
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private AuditOrder() {}

  /** Lines in date, provider, claim, line number, input row order (dates read). */
  static final Comparator<CarrierLine> LINE_ORDER = (a, b) -> {
    int c = a.dateOrNull().compareTo(b.dateOrNull());
    if (c == 0) {
      c = a.provider().compareTo(b.provider());
    }
    if (c == 0) {
      c = a.claimId().compareTo(b.claimId());
    }
    if (c == 0) {
      c = compareNumbers(a.lineNumber(), b.lineNumber());
    }
    return c != 0 ? c : Long.compare(a.row(), b.row());
  };

  /** Findings in date, claim, line number, input row, rule order. */
  static final Comparator<AuditFinding> FINDING_ORDER = Comparator
      .comparing(AuditFinding::sessionDate, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(AuditFinding::claimId)
      .thenComparing(AuditFinding::lineNumber, AuditOrder::compareNumbers)
      .thenComparingLong(AuditFinding::row)
      .thenComparing(AuditFinding::code);

  /** Numbers by value ("2" before "10"), anything else as text after them. */
  static int compareNumbers(String a, String b) {
    boolean na = isNumber(a);
    boolean nb = isNumber(b);
    if (na && nb) {
      int c = Integer.compare(stripZeros(a).length(), stripZeros(b).length());
      return c != 0 ? c : stripZeros(a).compareTo(stripZeros(b));
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String stripZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  /** LINE_NCH_PMT_AMT × units / LINE_SRVC_CNT, half up to the cent; 0.00 when not computable. */
  static BigDecimal amount(CarrierLine l, int units) {
    if (units <= 0 || l.units() <= 0 || l.paid().isEmpty() || !l.amountProblems().isEmpty()) {
      return ZERO;
    }
    return l.paid().get().multiply(BigDecimal.valueOf(units))
        .divide(BigDecimal.valueOf(l.units()), 2, RoundingMode.HALF_UP);
  }
}
