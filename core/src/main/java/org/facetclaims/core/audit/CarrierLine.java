package org.facetclaims.core.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One claim line as the audit reads it, from the text of the {@link RifColumn RIF columns}:
 * typed where the text is readable, with a problem named for each value that is not. The same
 * text gives the same line in every engine (DuckDB here, Spark elsewhere): all reading of values
 * happens here. Immutable.
 */
public final class CarrierLine {
  private final long row;
  private final String beneficiary;
  private final String claimId;
  private final String lineNumber;
  private final LocalDate date;
  private final String hcpcs;
  private final ImmutableList<String> modifiers;
  private final int units;
  private final ImmutableList<String> diagnoses;
  private final String placeOfService;
  private final String state;
  private final String provider;
  private final BigDecimal paid;
  private final ImmutableList<String> problems;
  private final ImmutableList<String> amountProblems;

  private CarrierLine(long row, String[] v) {
    this.row = row;
    List<String> p = new ArrayList<>(0);
    List<String> ap = new ArrayList<>(0);
    this.beneficiary = text(v, RifColumn.BENE_ID);
    if (beneficiary.isEmpty()) {
      p.add("BENE_ID is empty");
    }
    this.claimId = text(v, RifColumn.CLM_ID);
    this.lineNumber = text(v, RifColumn.LINE_NUM);
    String d = text(v, RifColumn.LINE_1ST_EXPNS_DT);
    this.date = parseDate(d);
    if (date == null) {
      p.add(d.isEmpty() ? "LINE_1ST_EXPNS_DT is empty"
          : "LINE_1ST_EXPNS_DT '" + clip(d) + "' is not a date (YYYYMMDD or YYYY-MM-DD)");
    }
    String code = text(v, RifColumn.HCPCS_CD).toUpperCase(Locale.ROOT);
    this.hcpcs = code;
    if (!isHcpcs(code)) {
      p.add(code.isEmpty() ? "HCPCS_CD is empty"
          : "HCPCS_CD '" + clip(code) + "' is not a HCPCS code (5 letters or digits)");
    }
    ImmutableList.Builder<String> mods = ImmutableList.builder();
    for (RifColumn c : new RifColumn[] {RifColumn.HCPCS_1ST_MDFR_CD, RifColumn.HCPCS_2ND_MDFR_CD}) {
      String m = text(v, c).toUpperCase(Locale.ROOT);
      if (!m.isEmpty()) {
        mods.add(m);
      }
    }
    this.modifiers = mods.build();
    String u = text(v, RifColumn.LINE_SRVC_CNT);
    this.units = parseUnits(u);
    if (units < 0) {
      p.add(u.isEmpty() ? "LINE_SRVC_CNT is empty"
          : "LINE_SRVC_CNT '" + clip(u) + "' is not a whole non-negative number of units");
    }
    String dx = text(v, RifColumn.LINE_ICD_DGNS_CD);
    this.diagnoses = dx.isEmpty() ? ImmutableList.of() : ImmutableList.of(dx);
    this.placeOfService = text(v, RifColumn.LINE_PLACE_OF_SRVC_CD);
    this.state = text(v, RifColumn.PRVDR_STATE_CD);
    this.provider = text(v, RifColumn.PRF_PHYSN_NPI);
    this.paid = amount(v, RifColumn.LINE_NCH_PMT_AMT, ap);
    amount(v, RifColumn.LINE_ALOWD_CHRG_AMT, ap);
    this.problems = ImmutableList.copyOf(p);
    this.amountProblems = ImmutableList.copyOf(ap);
  }

  /**
   * Reads a line from the text of its RIF columns.
   *
   * @param row the 1-based line or row number in the input, for messages (a CSV's header is
   *     line 1, so its first record is line 2)
   * @param values the text of each column, indexed by {@link RifColumn#ordinal()}; null or a
   *     shorter array for a missing column
   */
  public static CarrierLine fromRif(long row, String... values) {
    return new CarrierLine(row, values);
  }

  private static String text(String[] v, RifColumn c) {
    int i = c.ordinal();
    String s = i < v.length ? v[i] : null;
    return s == null ? "" : s.trim();
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /**
   * A date of service as the audit reads it: {@code YYYYMMDD}, or {@code YYYY-MM-DD} optionally
   * followed by a time ("T..." or " ..."); empty otherwise. Engines use it to find the first
   * date in the data exactly as the rules read dates.
   */
  public static Optional<LocalDate> readDate(String text) {
    return text == null ? Optional.empty() : Optional.ofNullable(parseDate(text.trim()));
  }

  /** YYYYMMDD, or YYYY-MM-DD optionally followed by a time ("T..." or " ..."); else null. */
  static LocalDate parseDate(String s) {
    int n = s.length();
    try {
      if (n == 8 && digits(s, 0, 8)) {
        return date(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
      }
      if (n >= 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7)
          && s.charAt(7) == '-' && digits(s, 8, 10)
          && (n == 10 || s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
        return date(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static LocalDate date(int y, int m, int d) {
    if (y < 1900 || y > 2999) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int num(String s, int from, int to) {
    return Integer.parseInt(s, from, to, 10);
  }

  /** A whole number of units, also written "2.0"; -1 when unreadable or negative. */
  static int parseUnits(String s) {
    if (s.isEmpty() || s.length() > 12) {
      return -1;
    }
    try {
      BigDecimal b = new BigDecimal(s);
      if (b.signum() < 0 || b.stripTrailingZeros().scale() > 0 || b.compareTo(MAX_UNITS) > 0) {
        return -1;
      }
      return b.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return -1;
    }
  }

  private static final BigDecimal MAX_UNITS = BigDecimal.valueOf(99_999);

  private static BigDecimal amount(String[] v, RifColumn c, List<String> problems) {
    String s = text(v, c);
    if (s.isEmpty()) {
      return null;
    }
    try {
      BigDecimal b = new BigDecimal(s.length() > 30 ? "x" : s);
      if (b.signum() < 0) {
        problems.add(c.name() + " " + s + " is negative");
        return null;
      }
      return b;
    } catch (NumberFormatException e) {
      problems.add(c.name() + " '" + clip(s) + "' is not an amount");
      return null;
    }
  }

  static boolean isHcpcs(String code) {
    if (code.length() != 5) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      char c = code.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** The 1-based line or row number of the input. */
  public long row() {
    return row;
  }

  public String beneficiary() {
    return beneficiary;
  }

  public String claimId() {
    return claimId;
  }

  /** LINE_NUM as written (empty when absent). */
  public String lineNumber() {
    return lineNumber;
  }

  /** The date of service; empty when unreadable. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  LocalDate dateOrNull() {
    return date;
  }

  /** HCPCS_CD in upper case. */
  public String hcpcs() {
    return hcpcs;
  }

  /** The modifiers in order, upper case. */
  public ImmutableList<String> modifiers() {
    return modifiers;
  }

  /** LINE_SRVC_CNT; -1 when unreadable. */
  public int units() {
    return units;
  }

  /** The line's ICD-10-CM diagnoses as written. */
  public ImmutableList<String> diagnoses() {
    return diagnoses;
  }

  public String placeOfService() {
    return placeOfService;
  }

  /** PRVDR_STATE_CD as written (SSA or USPS code, or empty). */
  public String state() {
    return state;
  }

  /** PRF_PHYSN_NPI as written (empty when unknown). */
  public String provider() {
    return provider;
  }

  /** LINE_NCH_PMT_AMT; empty when missing or unreadable. */
  public Optional<BigDecimal> paid() {
    return Optional.ofNullable(paid);
  }

  /** What makes the line impossible to judge (empty when it can be judged). */
  public ImmutableList<String> problems() {
    return problems;
  }

  /** Amounts that could not be read (the line is still judged). */
  public ImmutableList<String> amountProblems() {
    return amountProblems;
  }

  /** True when the line can be judged. */
  public boolean readable() {
    return problems.isEmpty();
  }

  boolean has(String modifier) {
    return modifiers.contains(modifier);
  }

  @Override
  public String toString() {
    return "row " + row + " " + hcpcs + (modifiers.isEmpty() ? "" : "-" + String.join("-",
        modifiers)) + " x" + units + " " + date;
  }
}
