package org.facetclaims.core.audit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The audit of one beneficiary's claim lines: a {@link LineVerdict} for every line given (in the
 * order given, unreadable lines included), the findings in date order, and how many RF sessions
 * there were and how many were judged. Immutable.
 *
 * @param verdicts one per input line, in input order
 * @param findings every finding, ordered by date of service, claim, line number, input row
 * @param sessions RF sessions (beneficiary, date, rendering provider, region)
 * @param sessionsJudged those judged against a modelled policy text
 */
public record BeneficiaryAudit(ImmutableList<LineVerdict> verdicts,
    ImmutableList<AuditFinding> findings, int sessions, int sessionsJudged) {

  public BeneficiaryAudit {
    Objects.requireNonNull(verdicts, "verdicts");
    Objects.requireNonNull(findings, "findings");
  }
}
