package org.facetclaims.core.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.FindingCode;

/**
 * The findings of one beneficiary's lines as the rules flag them, the units not covered per line
 * (the most any one finding counts, never the sum), and the {@link BeneficiaryAudit} they make.
 */
final class LineFlags {
  private final List<CarrierLine> in;
  private final int[] notCovered;
  private final List<List<AuditFinding>> found;

  LineFlags(List<CarrierLine> in) {
    this.in = in;
    this.notCovered = new int[in.size()];
    this.found = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      found.add(new ArrayList<>(0));
    }
  }

  /** A finding on line {@code i} counting {@code units} (capped to the line's units). */
  void flag(int i, FindingCode code, String source, String message, int units) {
    CarrierLine l = in.get(i);
    int u = Math.max(0, Math.min(units, Math.max(0, l.units())));
    found.get(i).add(new AuditFinding(l.row(), l.beneficiary(), l.claimId(), l.lineNumber(),
        l.dateOrNull(), code, source, message, u, AuditOrder.amount(l, u)));
    notCovered[i] = Math.max(notCovered[i], u);
  }

  /** FC-816 on lines whose amount at risk cannot be computed. */
  void amounts() {
    for (int i = 0; i < in.size(); i++) {
      CarrierLine l = in.get(i);
      if (!l.amountProblems().isEmpty()) {
        flag(i, FindingCode.AUDIT_AMOUNT_UNREADABLE, "audit: input", "Line " + l.row() + ": "
            + String.join("; ", l.amountProblems()) + "; the amount at risk is not computed.", 0);
      } else if (notCovered[i] > 0 && l.paid().isEmpty()) {
        flag(i, FindingCode.AUDIT_AMOUNT_UNREADABLE, "audit: input", "Line " + l.row()
            + ": LINE_NCH_PMT_AMT is empty; the amount at risk is not computed.", 0);
      }
    }
  }

  BeneficiaryAudit finish(int sessions, int judged) {
    ImmutableList.Builder<LineVerdict> verdicts = ImmutableList.builderWithExpectedSize(
        in.size());
    List<AuditFinding> all = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      CarrierLine l = in.get(i);
      verdicts.add(new LineVerdict(l, notCovered[i], AuditOrder.amount(l, notCovered[i]),
          ImmutableList.copyOf(found.get(i))));
      all.addAll(found.get(i));
    }
    all.sort(AuditOrder.FINDING_ORDER);
    return new BeneficiaryAudit(verdicts.build(), ImmutableList.copyOf(all), sessions, judged);
  }
}
