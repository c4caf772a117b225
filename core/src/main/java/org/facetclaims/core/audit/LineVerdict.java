package org.facetclaims.core.audit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the audit says about one claim line: the units not covered (0 when covered), the amount
 * at risk ({@code LINE_NCH_PMT_AMT × UNITS_NOT_COVERED / LINE_SRVC_CNT}, half up to the cent) and
 * the findings on it. Immutable.
 *
 * @param line the line judged
 * @param unitsNotCovered units not covered: the most any one finding counts, never more than the
 *     line's units (overlapping findings are not added up)
 * @param amountAtRisk the amount at risk, scale 2
 * @param findings the findings on the line, in rule order
 */
public record LineVerdict(CarrierLine line, int unitsNotCovered, BigDecimal amountAtRisk,
    ImmutableList<AuditFinding> findings) {

  public LineVerdict {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(amountAtRisk, "amountAtRisk");
    Objects.requireNonNull(findings, "findings");
  }

  /** The finding ids, space-separated, each once, in rule order: lines.csv's FINDINGS. */
  public String findingIds() {
    StringBuilder sb = new StringBuilder();
    for (AuditFinding f : findings) {
      String id = f.id();
      if (sb.indexOf(id) < 0) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(id);
      }
    }
    return sb.toString();
  }

  /** The amount at risk as lines.csv writes it, for example "123.45". */
  public String amountText() {
    return amountAtRisk.toPlainString();
  }
}
