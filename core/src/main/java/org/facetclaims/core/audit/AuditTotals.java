package org.facetclaims.core.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.facetclaims.core.FindingCode;

/**
 * Running totals of an audit run, for summary.json and the report: lines, beneficiaries,
 * sessions, and findings, units and amounts by rule, by rendering provider and by state. Add each
 * beneficiary's {@link BeneficiaryAudit}; totals of parts of a run (one per thread or Spark
 * partition) {@link #merge merge} into the same totals in any order. Not thread-safe.
 *
 * <p>By rule, every finding counts its own units and amount, so a line under two rules counts in
 * both; {@link #amountAtRisk()} counts each line once.
 */
public final class AuditTotals {
  /** Findings, units and amount of one rule, provider or state. */
  public static final class Tally {
    private long lines;
    private long findings;
    private long linesFlagged;
    private long units;
    private BigDecimal amount = BigDecimal.ZERO.setScale(2);
    private BigDecimal paid = BigDecimal.ZERO.setScale(2);

    /** Claim lines (for a rule: lines with the finding). */
    public long lines() {
      return lines;
    }

    /** Findings. */
    public long findings() {
      return findings;
    }

    /** Lines with at least one unit not covered. */
    public long linesFlagged() {
      return linesFlagged;
    }

    /** Units not covered. */
    public long units() {
      return units;
    }

    /** Amount at risk. */
    public BigDecimal amount() {
      return amount;
    }

    /** Medicare paid on the facet RF lines (LINE_NCH_PMT_AMT); 0 for a rule. */
    public BigDecimal paid() {
      return paid;
    }

    void merge(Tally o) {
      lines += o.lines;
      findings += o.findings;
      linesFlagged += o.linesFlagged;
      units += o.units;
      amount = amount.add(o.amount);
      paid = paid.add(o.paid);
    }
  }

  private final PolicyDirectory policies;
  private long lines;
  private long unreadable;
  private long beneficiaries;
  private long sessions;
  private long sessionsJudged;
  private long linesFlagged;
  private long unitsNotCovered;
  private long findings;
  private BigDecimal amountAtRisk = BigDecimal.ZERO.setScale(2);
  private BigDecimal paidRf = BigDecimal.ZERO.setScale(2);
  private final Map<FindingCode, Tally> byRule = new TreeMap<>();
  private final Map<String, Tally> byProvider = new HashMap<>();
  private final Map<String, Tally> byState = new TreeMap<>();
  /** The label of each state text seen (a run has a few dozen). */
  private final Map<String, String> stateLabels = new HashMap<>();

  /** Empty totals; states are named with {@code policies}. */
  public AuditTotals(PolicyDirectory policies) {
    this.policies = policies;
  }

  /** Adds one beneficiary's audit. */
  public void add(BeneficiaryAudit a) {
    beneficiaries++;
    sessions += a.sessions();
    sessionsJudged += a.sessionsJudged();
    for (LineVerdict v : a.verdicts()) {
      CarrierLine l = v.line();
      lines++;
      if (!l.readable()) {
        unreadable++;
      }
      boolean rf = l.readable() && FacetCode.of(l.hcpcs())
          .filter(c -> c.kind == FacetCode.Kind.RF).isPresent();
      BigDecimal paid = rf && l.amountProblems().isEmpty() ? l.paid().orElse(BigDecimal.ZERO)
          : BigDecimal.ZERO;
      paidRf = paidRf.add(paid);
      Tally prov = byProvider.get(provider(l));
      Tally state = byState.get(state(l));
      if (rf || !v.findings().isEmpty()) {
        prov = byProvider.computeIfAbsent(provider(l), k -> new Tally());
        state = byState.computeIfAbsent(state(l), k -> new Tally());
        prov.lines++;
        state.lines++;
        prov.paid = prov.paid.add(paid);
        state.paid = state.paid.add(paid);
      }
      Set<FindingCode> seen = new HashSet<>();
      for (AuditFinding f : v.findings()) {
        findings++;
        Tally r = byRule.computeIfAbsent(f.code(), k -> new Tally());
        r.findings++;
        if (seen.add(f.code())) {
          r.lines++;
          if (f.units() > 0) {
            r.linesFlagged++;
          }
        }
        r.units += f.units();
        r.amount = r.amount.add(f.amount());
        prov.findings++;
        state.findings++;
      }
      if (v.unitsNotCovered() > 0) {
        linesFlagged++;
        unitsNotCovered += v.unitsNotCovered();
        amountAtRisk = amountAtRisk.add(v.amountAtRisk());
        for (Tally t : new Tally[] {prov, state}) {
          t.linesFlagged++;
          t.units += v.unitsNotCovered();
          t.amount = t.amount.add(v.amountAtRisk());
        }
      }
    }
  }

  /** Adds another part's totals to these. */
  public void merge(AuditTotals o) {
    lines += o.lines;
    unreadable += o.unreadable;
    beneficiaries += o.beneficiaries;
    sessions += o.sessions;
    sessionsJudged += o.sessionsJudged;
    linesFlagged += o.linesFlagged;
    unitsNotCovered += o.unitsNotCovered;
    findings += o.findings;
    amountAtRisk = amountAtRisk.add(o.amountAtRisk);
    paidRf = paidRf.add(o.paidRf);
    o.byRule.forEach((k, t) -> byRule.computeIfAbsent(k, x -> new Tally()).merge(t));
    o.byProvider.forEach((k, t) -> byProvider.computeIfAbsent(k, x -> new Tally()).merge(t));
    o.byState.forEach((k, t) -> byState.computeIfAbsent(k, x -> new Tally()).merge(t));
  }

  private static String provider(CarrierLine l) {
    return l.provider().isEmpty() ? "(no NPI)" : l.provider();
  }

  private String state(CarrierLine l) {
    String label = stateLabels.get(l.state());
    if (label == null) {
      label = policies.usps(l.state()).orElse(l.state().isEmpty() ? "(no state)"
          : "(not a state)");
      if (stateLabels.size() < 10_000) {
        stateLabels.put(l.state(), label);
      }
    }
    return label;
  }

  public long lines() {
    return lines;
  }

  /** Lines that could not be read (FC-815). */
  public long unreadableLines() {
    return unreadable;
  }

  public long beneficiaries() {
    return beneficiaries;
  }

  /** RF sessions (beneficiary, date, rendering provider, region). */
  public long sessions() {
    return sessions;
  }

  /** RF sessions judged against a modelled policy text. */
  public long sessionsJudged() {
    return sessionsJudged;
  }

  /** Lines with at least one unit not covered. */
  public long linesFlagged() {
    return linesFlagged;
  }

  public long unitsNotCovered() {
    return unitsNotCovered;
  }

  public long findings() {
    return findings;
  }

  /** The amount at risk, each line once. */
  public BigDecimal amountAtRisk() {
    return amountAtRisk;
  }

  /** What Medicare paid on the facet RF lines read. */
  public BigDecimal paidRf() {
    return paidRf;
  }

  /** By rule, in finding-code order. */
  public Map<FindingCode, Tally> byRule() {
    return java.util.Collections.unmodifiableMap(byRule);
  }

  /** By state (USPS code, "(no state)" or "(not a state)"), in name order. */
  public Map<String, Tally> byState() {
    return java.util.Collections.unmodifiableMap(byState);
  }

  /**
   * The providers (NPI) with facet RF lines or findings, highest amount at risk first, then most
   * findings, then NPI; at most {@code limit}.
   */
  public List<Map.Entry<String, Tally>> topProviders(int limit) {
    List<Map.Entry<String, Tally>> all = new ArrayList<>(byProvider.entrySet());
    all.sort(Comparator.<Map.Entry<String, Tally>, BigDecimal>comparing(e -> e.getValue().amount)
        .reversed()
        .thenComparing(e -> -e.getValue().findings)
        .thenComparing(Map.Entry::getKey));
    return all.subList(0, Math.min(limit, all.size()));
  }

  /** How many providers have facet RF lines or findings. */
  public int providers() {
    return byProvider.size();
  }
}
