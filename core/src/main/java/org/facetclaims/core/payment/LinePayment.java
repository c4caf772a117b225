package org.facetclaims.core.payment;

import java.math.BigDecimal;
import java.util.Optional;
import org.facetclaims.core.ClaimLine;

/**
 * The expected payment of one claim line and the rule that gave it.
 *
 * @param line the line
 * @param amount dollars to the cent; null when the table has no rate for the line's code
 * @param rule how the amount was found ("APC 5431 (J1), one per claim", "second procedure 50 %")
 */
public record LinePayment(ClaimLine line, BigDecimal amount, String rule) {
  /** The amount, when the table prices the line. */
  public Optional<BigDecimal> amountIfKnown() {
    return Optional.ofNullable(amount);
  }
}
