package org.facetclaims.core.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.facetclaims.core.medicare.PolicyCatalog;

/**
 * The payment-integrity audit of one beneficiary's claim lines, from the claims alone
 * (audit.md "Rules, from claims alone"): sessions, regions, levels, the rolling 12 months, the
 * repeat rule, diagnoses, one region per session and the billing format, each judged under the
 * policy in force for the line's contractor and date. The policies and their rules are the
 * coverage checks' own: the {@link PolicyCatalog} chooses the version ({@link PolicyDirectory}),
 * its {@link org.facetclaims.core.coverage.CoveragePolicy} holds the limits, dates and lists,
 * and the rules are the coverage package's shared functions, so a replaced catalog changes the
 * coverage checks and the audit alike.
 *
 * <p>Pure and engine-neutral: give it every line of one beneficiary, in any order, and it returns
 * the same {@link BeneficiaryAudit} whether the lines were grouped by DuckDB, Spark or a list in a
 * test. What claims cannot show (relief, function, imaging) is never guessed: the missing
 * diagnostic blocks of an initial RF, and a repeat within 6 months under the 2024 text (whose
 * functional prong has no duration), are review findings, and the look-back before {@link
 * Builder#historyFrom the first date in the data} is unknown history. Immutable and thread-safe.
 *
 * <pre>{@code
 * ClaimsAudit audit = ClaimsAudit.builder().historyFrom(LocalDate.of(2022, 1, 1)).build();
 * BeneficiaryAudit result = audit.audit(linesOfOneBeneficiary);
 * result.verdicts().get(0).unitsNotCovered();
 * }</pre>
 */
public final class ClaimsAudit {
  private static final ClaimsAudit STANDARD = builder().build();

  private final PolicyDirectory policies;
  private final LocalDate historyFrom;
  private final Period blockLookBack;

  private ClaimsAudit(Builder b) {
    this.policies = b.policies;
    this.historyFrom = b.historyFrom;
    this.blockLookBack = b.blockLookBack;
  }

  /** The audit with the Medicare directory, a 12-month block look-back, history from each
   * beneficiary's first line. */
  public static ClaimsAudit standard() {
    return STANDARD;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The first date the data covers; null when each beneficiary's first line is taken. */
  public LocalDate historyFrom() {
    return historyFrom;
  }

  /** How far before an initial RF the diagnostic blocks are looked for. */
  public Period blockLookBack() {
    return blockLookBack;
  }

  /** The policy directory. */
  public PolicyDirectory policies() {
    return policies;
  }

  /**
   * Audits every claim line of one beneficiary (any order; lines that cannot be read are
   * returned with finding FC-815 and nothing counted).
   *
   * @throws NullPointerException when lines or one of them is null
   */
  public BeneficiaryAudit audit(List<CarrierLine> lines) {
    Objects.requireNonNull(lines, "lines");
    return new BeneficiaryRun(this, lines).run();
  }

  /** LINE_NCH_PMT_AMT × units / LINE_SRVC_CNT, half up to the cent; 0.00 when not computable. */
  static BigDecimal amount(CarrierLine l, int units) {
    return AuditOrder.amount(l, units);
  }

  /** Builds a {@link ClaimsAudit}. Not thread-safe. */
  public static final class Builder {
    private PolicyDirectory policies = PolicyDirectory.medicare();
    private LocalDate historyFrom;
    private Period blockLookBack = Period.ofMonths(12);

    private Builder() {}

    /** The policy directory (default {@link PolicyDirectory#medicare()}). */
    public Builder policies(PolicyDirectory policies) {
      this.policies = Objects.requireNonNull(policies, "policies");
      return this;
    }

    /** The policies of another catalog, for example a replaced data file. */
    public Builder catalog(PolicyCatalog catalog) {
      return policies(PolicyDirectory.of(catalog));
    }

    /**
     * The first date of service the data covers (an engine passes the earliest date of the
     * whole input, so that every engine judges alike): a look-back reaching before it is unknown
     * history. Default: each beneficiary's earliest line.
     */
    public Builder historyFrom(LocalDate date) {
      this.historyFrom = date;
      return this;
    }

    /**
     * How far before an initial RF diagnostic blocks are looked for (default 12 months). The
     * LCDs state no look-back; it is the audit's, so that a look-back reaching before the data
     * is known to be unknown history.
     */
    public Builder blockLookBack(Period period) {
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("The look-back must be positive: " + period);
      }
      this.blockLookBack = period;
      return this;
    }

    public ClaimsAudit build() {
      return new ClaimsAudit(this);
    }
  }
}
