package org.facetclaims.audit;

import java.math.BigDecimal;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.audit.AuditFinding;

/**
 * An NDJSON record that gave no claim line (FC-817): the finding every engine writes for it.
 */
public final class UnreadableRecord {
  /** Why: the line is not JSON. */
  public static final String NOT_JSON = "is not JSON";
  /** Why: the line is JSON but not an ExplanationOfBenefit. */
  public static final String NOT_EOB = "is not an ExplanationOfBenefit";
  /** Why: the ExplanationOfBenefit has no item. */
  public static final String NO_ITEM = "has no item";

  private UnreadableRecord() {}

  /** The finding for the record on input line {@code line}, {@code why} being one of the above. */
  public static AuditFinding finding(long line, String why) {
    return new AuditFinding(line, "", "", "", null, FindingCode.AUDIT_RECORD_UNREADABLE,
        "audit: input", "Line " + line + " " + why + "; no claim line from it.", 0,
        BigDecimal.ZERO.setScale(2));
  }
}
