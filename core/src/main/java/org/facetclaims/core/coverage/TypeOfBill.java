package org.facetclaims.core.coverage;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The NUBC type of bill of an institutional claim (UB-04 form locator 4, 837I CLM05), checked
 * before the coverage checks rely on it: a value that is not a type of bill would otherwise read
 * as "not a hospital outpatient bill" and silently drop a prior-authorization finding. Four
 * characters with the leading zero ({@code 0131}) as the UB-04 prints it, or the three that
 * follow it ({@code 131}) as the 837I and many exports carry it: the type of facility (1-8), the
 * bill classification (a digit) and the frequency (a digit or, for the adjustment and notice
 * frequencies, a letter such as {@code A} or {@code Q}). Letters are taken in either case.
 * Immutable and stateless.
 */
public final class TypeOfBill {
  private static final Pattern FORM = Pattern.compile("0?[1-8][0-9][0-9A-Z]");

  private TypeOfBill() {}

  /** True for a type of bill in one of the two forms. */
  public static boolean isValid(String code) {
    return normalized(code).isPresent();
  }

  /** The code stripped and upper-cased, when it is a type of bill in one of the two forms. */
  public static Optional<String> normalized(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    return FORM.matcher(c).matches() ? Optional.of(c) : Optional.empty();
  }
}
