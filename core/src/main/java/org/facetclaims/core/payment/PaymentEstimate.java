package org.facetclaims.core.payment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.facetclaims.core.payer.PaymentSystem;

/**
 * What a claim is expected to pay, national and unadjusted: per line and in total, with the fee
 * table's year, source and confidence. An estimate, never an adjudication: geographic adjustment,
 * cost sharing, sequestration and the payer's edits are not applied. Immutable.
 *
 * @param system the payment system
 * @param year the fee table's year
 * @param source where the table's numbers come from, with the confidence mark
 * @param lines one entry per claim line, in claim order
 * @param total the sum of the lines; null when a line has no rate ({@link #complete()} false)
 * @param notes what the estimate leaves open (the C-APC's handling of 73...)
 * @param alternative the other amount the claim may be paid, when the data cannot say which
 *     (an OPPS complexity adjustment not verified); null when there is none
 */
public record PaymentEstimate(PaymentSystem system, int year, String source,
    List<LinePayment> lines, BigDecimal total, List<String> notes, Alternative alternative) {

  /**
   * The other payment of a claim, when the fee data cannot say which applies: the complexity-
   * adjusted APC of a comprehensive APC claim whose code pair's listing is not known.
   *
   * @param apc the adjusted APC
   * @param amount its payment; null when the table has no rate for it
   * @param condition when it applies ("64635 + 64636 is on the complexity-adjustment list")
   */
  public record Alternative(String apc, BigDecimal amount, String condition) {
    /** "$6,404.07 (APC 5432)" or "APC 5432 (no rate in the table)". */
    public String label() {
      return amount == null ? "APC " + apc + " (no rate in the fee table)"
          : money(amount) + " (APC " + apc + ")";
    }
  }

  public PaymentEstimate {
    lines = ImmutableList.copyOf(lines);
    notes = ImmutableList.copyOf(notes);
  }

  /** An estimate with no alternative. */
  public PaymentEstimate(PaymentSystem system, int year, String source, List<LinePayment> lines,
      BigDecimal total, List<String> notes) {
    this(system, year, source, lines, total, notes, null);
  }

  /** The alternative payment, when there is one. */
  public Optional<Alternative> alternativeIfAny() {
    return Optional.ofNullable(alternative);
  }

  /** True when every line has an amount (and so the total is known). */
  public boolean complete() {
    return total != null;
  }

  /**
   * One line for people: "OPPS 2026: $1,765.76 expected, national unadjusted (source...)", and
   * the alternative when there is one ("; or $6,404.07 (APC 5432) if ...").
   */
  public String summary() {
    return system.name() + " " + year + ": " + (total == null ? "not every line is priced"
        : money(total)) + " expected, national unadjusted (" + source + ")"
        + (alternative == null ? "" : "; or " + alternative.label() + " if "
            + alternative.condition());
  }

  /** Dollars as people write them: "$1,765.76". */
  public static String money(BigDecimal amount) {
    return "$" + String.format(Locale.ROOT, "%,.2f", amount);
  }
}
