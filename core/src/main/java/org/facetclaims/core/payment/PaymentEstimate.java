package org.facetclaims.core.payment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
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
 * @param notes what the estimate leaves open (a complexity adjustment not verified...)
 */
public record PaymentEstimate(PaymentSystem system, int year, String source,
    List<LinePayment> lines, BigDecimal total, List<String> notes) {

  public PaymentEstimate {
    lines = ImmutableList.copyOf(lines);
    notes = ImmutableList.copyOf(notes);
  }

  /** True when every line has an amount (and so the total is known). */
  public boolean complete() {
    return total != null;
  }

  /** One line for people: "OPPS 2026: $1,765.76 (source...)". */
  public String summary() {
    return system.name() + " " + year + ": " + (total == null ? "not every line is priced"
        : "$" + String.format(java.util.Locale.ROOT, "%,.2f", total))
        + " expected, national unadjusted (" + source + ")";
  }
}
