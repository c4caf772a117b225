package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.payer.PayerProfile;

/**
 * The outcome of coding one {@link CodingSession}: the claim lines, the findings, the edition
 * used, and on request the trace of the coding steps. Immutable and thread-safe.
 */
public final class CodingResult {
  private final CodingSession session;
  private final PayerProfile profile;
  private final CodeSetEdition edition;
  private final ImmutableList<ClaimLine> lines;
  private final ImmutableList<Finding> findings;
  private final StepRecord steps;
  private volatile ImmutableList<TraceStep> trace;

  CodingResult(CodingSession session, PayerProfile profile, CodeSetEdition edition,
      ImmutableList<ClaimLine> lines, ImmutableList<Finding> findings, StepRecord steps) {
    this.session = session;
    this.profile = profile;
    this.edition = edition;
    this.lines = lines;
    this.findings = findings;
    this.steps = steps;
  }

  /** The session that was coded. */
  public CodingSession session() {
    return session;
  }

  /** The payer profile used. */
  public PayerProfile profile() {
    return profile;
  }

  /** The code-set edition of the date of service; empty when no edition covers it. */
  public Optional<CodeSetEdition> edition() {
    return Optional.ofNullable(edition);
  }

  /** The claim lines, primary lines before their add-ons, family by family. */
  public ImmutableList<ClaimLine> lines() {
    return lines;
  }

  /** The findings, errors first, then warnings, then information. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** True when a finding has severity {@link Severity#ERROR}. */
  public boolean hasErrors() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /**
   * The named steps the engine ran and what each decided. The result keeps what each step
   * decided; the words are written on the first call, so that coding without a trace pays only
   * for keeping those values.
   */
  public ImmutableList<TraceStep> trace() {
    ImmutableList<TraceStep> t = trace;
    if (t == null) {
      t = steps.trace();
      trace = t;
    }
    return t;
  }

  /** A plain-text explanation: lines with their rationale, findings, and the trace. */
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("Date of service ").append(session.dateOfService()).append(", edition ")
        .append(edition == null ? "none" : edition.id()).append(", profile ")
        .append(profile.name()).append('\n');
    if (lines.isEmpty()) {
      sb.append("No lines.\n");
    }
    for (ClaimLine l : lines) {
      sb.append("  ").append(l.notation()).append("  ").append(l.description()).append('\n');
      Rationale r = l.rationale();
      if (!r.covered().isEmpty()) {
        sb.append("      covers: ").append(String.join(", ", r.covered())).append('\n');
      }
      for (String rule : r.rules()) {
        sb.append("      rule: ").append(rule).append('\n');
      }
    }
    for (Finding f : findings) {
      sb.append("  ").append(f).append('\n');
      f.physicianQuestion().ifPresent(q -> sb.append("      ask: ").append(q).append('\n'));
    }
    for (TraceStep t : trace()) {
      sb.append("  step ").append(t).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return lines + " " + findings;
  }
}
