package org.facetclaims.core.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.Severity;

/**
 * One finding of the audit on one claim line: what findings.csv writes. {@code units} and {@code
 * amount} are what this finding alone counts against the line (0 for review and information
 * findings); a line's total is in its {@link LineVerdict}, where findings that overlap are not
 * counted twice. Immutable.
 *
 * @param row the line's 1-based line or row number in the input
 * @param beneficiary BENE_ID
 * @param claimId CLM_ID
 * @param lineNumber LINE_NUM
 * @param sessionDate the date of service (null when unreadable)
 * @param code the finding code (FC-8xx)
 * @param source the rule's source, naming the policy text, contractor and documents applied
 * @param message what was found, naming dates, codes and units (never patient content)
 * @param units the units this finding counts as not covered
 * @param amount the amount those units represent, to the cent
 */
public record AuditFinding(long row, String beneficiary, String claimId, String lineNumber,
    LocalDate sessionDate, FindingCode code, String source, String message, int units,
    BigDecimal amount) {

  public AuditFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(amount, "amount");
  }

  /** The stable identifier, for example "FC-801". */
  public String id() {
    return code.id();
  }

  public Severity severity() {
    return code.severity();
  }
}
