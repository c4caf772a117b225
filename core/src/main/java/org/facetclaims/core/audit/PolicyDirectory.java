package org.facetclaims.core.audit;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.CoverageRule;
import org.facetclaims.core.medicare.PolicyCatalog;
import org.facetclaims.core.medicare.PolicySelection;
import org.facetclaims.core.medicare.PolicyVersion;
import org.facetclaims.core.medicare.UsState;

/**
 * Which Medicare policy judges a claim line, read from a {@link PolicyCatalog} and nothing else:
 * the state (an SSA code of CMS's files, a USPS code or a name) chooses the contractor, the date
 * the version of its LCD, and that version's {@link CoveragePolicy} holds the rules, the covered
 * diagnoses with their fiscal-year validity and the sources, exactly as the coverage checks use
 * them. An unknown state is judged as {@link PolicyCatalog#selectForUnknownState} decides.
 *
 * <p>The catalog's versions change only on a few dates, so the choice is made once per state and
 * per interval between those dates when the directory is built, and a line's lookup is a search
 * in a short array. Immutable and thread-safe.
 */
public final class PolicyDirectory {
  private static final PolicyDirectory MEDICARE = new PolicyDirectory(PolicyCatalog.bundled());
  /** Distinct state texts remembered (a run has a few dozen; malformed ones are not kept). */
  private static final int MAX_REMEMBERED = 10_000;

  /** The policy of one session: what the findings say, and the rules (null: not modelled). */
  record Resolution(AppliedPolicy applied, CoveragePolicy rules) {}

  /** The choice for an unknown state in one interval. */
  private record Unknown(PolicyText text, CoveragePolicy rules, String documents,
      LocalDate inForceFrom, String assumed) {}

  private final PolicyCatalog catalog;
  /** The first date of each interval, ascending; the first is LocalDate.MIN. */
  private final LocalDate[] starts;
  private final Map<String, Resolution[]> byState = new HashMap<>();
  private final Unknown[] unknown;
  /** The resolutions of lines without a state, per interval (most unknown states are blank). */
  private final Resolution[] noState;
  private final Map<String, Optional<UsState>> parsed = new ConcurrentHashMap<>();

  private PolicyDirectory(PolicyCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    TreeSet<LocalDate> dates = new TreeSet<>();
    dates.add(LocalDate.MIN);
    for (PolicyVersion v : catalog.versions()) {
      v.from().ifPresent(dates::add);
      v.to().ifPresent(d -> dates.add(d.plusDays(1)));
      v.uncertainFrom().ifPresent(dates::add);
    }
    for (String text : List.of("2021", "2024")) {
      catalog.sharedPolicy(text).ifPresent(p -> dates.add(p.effectiveFrom()));
    }
    this.starts = dates.toArray(new LocalDate[0]);
    for (UsState s : catalog.states()) {
      Resolution[] r = new Resolution[starts.length];
      for (int i = 0; i < starts.length; i++) {
        r[i] = known(s, starts[i]);
      }
      byState.put(s.usps(), r);
    }
    this.unknown = new Unknown[starts.length];
    this.noState = new Resolution[starts.length];
    for (int i = 0; i < starts.length; i++) {
      unknown[i] = unknown(starts[i]);
      noState[i] = unknownState(unknown[i], "no provider state");
    }
  }

  /** The directory of the bundled Medicare catalog. */
  public static PolicyDirectory medicare() {
    return MEDICARE;
  }

  /** The directory of another catalog (for example a replaced data file). */
  public static PolicyDirectory of(PolicyCatalog catalog) {
    return new PolicyDirectory(catalog);
  }

  /** The catalog the policies come from. */
  public PolicyCatalog catalog() {
    return catalog;
  }

  /**
   * The USPS code of a state given as a USPS code ("OH"), an SSA code of the RIF ("36", also
   * "6" for "06") or a name ("Ohio"), any case; empty when it names no state.
   */
  public Optional<String> usps(String state) {
    return state(state).map(UsState::usps);
  }

  /** The state named by an SSA code, a USPS code or a name; empty when it names none. */
  public Optional<UsState> state(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Optional<UsState> s = parsed.get(text);
    if (s == null) {
      String t = text.strip();
      s = !t.isEmpty() && t.chars().allMatch(Character::isDigit) ? catalog.stateBySsaCode(t)
          : catalog.state(t);
      if (s.isPresent() && parsed.size() < MAX_REMEMBERED) {
        parsed.put(text, s);
      }
    }
    return s;
  }

  /** True for the SSA two-digit codes of states and territories (not the foreign codes 54-63). */
  public boolean isSsaCode(String code) {
    return code != null && code.strip().length() == 2 && catalog.stateBySsaCode(code).isPresent();
  }

  /**
   * The policy that judges a service furnished in {@code state} (any form {@link #usps} reads,
   * or null) on {@code date}.
   */
  public AppliedPolicy resolve(String state, LocalDate date) {
    return resolution(state, date).applied();
  }

  /** The policy of a session and its rules. */
  Resolution resolution(String state, LocalDate date) {
    int i = Arrays.binarySearch(starts, date);
    i = i >= 0 ? i : -i - 2;
    Optional<UsState> s = state(state);
    if (s.isPresent()) {
      return byState.get(s.get().usps())[i];
    }
    if (state == null || state.isBlank()) {
      return noState[i];
    }
    return unknownState(unknown[i], "'" + shorten(state.strip()) + "' is not a state code");
  }

  private static Resolution unknownState(Unknown u, String what) {
    return new Resolution(new AppliedPolicy(u.text(), null, null, u.documents(),
        u.inForceFrom(), "[H]", what + "; " + u.assumed()), u.rules());
  }

  /**
   * The regions a diagnosis is covered for under the policy applied (its version's list);
   * empty when it is not covered or the policy is not modelled.
   */
  public Optional<ImmutableSet<JointFamily>> coveredRegions(String icd10cm, AppliedPolicy policy) {
    return rules(policy).flatMap(r -> r.regionsOf(icd10cm));
  }

  /** The source of the covered-diagnosis list applied. */
  public String diagnosisSource(AppliedPolicy policy) {
    return rules(policy).map(r -> r.source(CoverageRule.DIAGNOSES)).orElse("coding-rules §6")
        + "; applied to " + policy.describe();
  }

  /** The rules of an applied policy; empty when it is not modelled. */
  public Optional<CoveragePolicy> rules(AppliedPolicy policy) {
    if (policy.text() == PolicyText.NOT_MODELLED) {
      return Optional.empty();
    }
    if (policy.state() != null && policy.contractor() != null) {
      return Optional.ofNullable(resolution(policy.state(), policy.inForceFrom()).rules());
    }
    return catalog.sharedPolicy(policy.text() == PolicyText.LCD_2021 ? "2021" : "2024");
  }

  private Resolution known(UsState s, LocalDate date) {
    Optional<PolicyVersion> v = catalog.version(s.jurisdiction(), date);
    if (v.isEmpty()) {
      PolicyVersion first = null;
      for (PolicyVersion w : catalog.versions(s.jurisdiction())) {
        if (first == null && w.from().isPresent()) {
          first = w;
        }
      }
      String contractor = catalog.contractorOf(s.jurisdiction()).map(Object::toString)
          .orElse(null);
      String docs = first == null ? "no modelled LCD" : first.lcd() + "/" + first.article();
      return new Resolution(new AppliedPolicy(PolicyText.NOT_MODELLED, contractor, s.usps(),
          docs, null, "[H]", null), null);
    }
    PolicyVersion p = v.get();
    return new Resolution(new AppliedPolicy(text(p.text()), p.contractor().toString(), s.usps(),
        p.lcd() + "/" + p.article(), p.from().orElse(null),
        "[" + p.dateConfidence().mark() + "]", null), p.policy());
  }

  private Unknown unknown(LocalDate date) {
    PolicySelection sel = catalog.selectForUnknownState(date);
    CoveragePolicy rules = sel.policy().orElse(null);
    if (rules == null || date.isBefore(rules.effectiveFrom())) {
      return new Unknown(PolicyText.NOT_MODELLED, null, "2021 LCD family", null,
          "before " + (rules == null ? "any modelled LCD" : rules.effectiveFrom())
          + " no contractor's 2021 LCD was in force");
    }
    String text = "2021";
    for (String t : List.of("2021", "2024")) {
      if (catalog.sharedPolicy(t).orElse(null) == rules) {
        text = t;
      }
    }
    List<String> why = new ArrayList<>();
    sel.findings().forEach(f -> why.add(f.message()));
    String assumed = "the " + text + " text shared by the contractors is assumed ("
        + (why.isEmpty() ? "every contractor applies it on this date" : String.join(" ", why))
        + ")";
    return new Unknown(text(text), rules, text.equals("2021") ? "2021 LCD family"
        : "2024 revisions of the LCD family", rules.effectiveFrom(), assumed);
  }

  private static PolicyText text(String catalogText) {
    return catalogText.equals("2021") ? PolicyText.LCD_2021 : PolicyText.LCD_2024;
  }

  private static String shorten(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "...";
  }

  @Override
  public String toString() {
    return "policy directory of " + catalog;
  }
}
