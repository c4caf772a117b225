package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CoverageLayout;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.coverage.CoverageChecker;
import org.facetclaims.core.coverage.CoverageContext;
import org.facetclaims.core.coverage.CoverageLine;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.CoverageSession;
import org.facetclaims.core.coverage.ThoracolumbarJunction;

/**
 * Medicare coverage checks with the policy chosen by contractor and date of service: the state
 * of service in the {@link CoverageContext} chooses the contractor, the date the version of its
 * LCD (the 2021 text, or the 2024 revision from that contractor's date), and the version's rules
 * judge the session. The choice's findings (a state that is not one, conflicting states, an
 * assumed text) join the rules' findings. Immutable and thread-safe; one checker per policy of
 * the catalog is built once.
 *
 * <pre>{@code
 * MedicareCoverage medicare = MedicareCoverage.standard();
 * CoverageAssessment a = medicare.assess(result, CoverageContext.builder()
 *     .stateOfService("OH", "Location/loc-1.address.state")
 *     .history(history).diagnosis("M47.816").abn(AbnStatus.NOT_ON_FILE).build());
 * a.policy().name();                 // "cgs-L38773-2024"
 * a.lineCoverage(1).nonCoveredUnits(); // the units beyond two levels
 * }</pre>
 *
 * <p>{@link CoverageChecker#standard()} stays the 2021 policy for every date and state; this
 * class is the dated choice.
 */
public final class MedicareCoverage {
  private static final MedicareCoverage STANDARD = new MedicareCoverage(PolicyCatalog.bundled());

  private final PolicyCatalog catalog;
  private final ImmutableMap<CoveragePolicy, CoverageChecker> checkers;

  private MedicareCoverage(PolicyCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    Map<CoveragePolicy, CoverageChecker> m = new IdentityHashMap<>();
    for (PolicyVersion v : catalog.versions()) {
      if (v.from().isPresent()) {
        m.put(v.policy(), CoverageChecker.of(v.policy()));
      }
    }
    for (String text : List.of("2021", "2024")) {
      catalog.sharedPolicy(text).ifPresent(p -> m.put(p, CoverageChecker.of(p)));
    }
    this.checkers = ImmutableMap.copyOf(m);
  }

  /** Dated Medicare coverage over the bundled {@link PolicyCatalog}. */
  public static MedicareCoverage standard() {
    return STANDARD;
  }

  /** Dated Medicare coverage over another catalog (for example a replaced data file). */
  public static MedicareCoverage of(PolicyCatalog catalog) {
    return new MedicareCoverage(catalog);
  }

  public PolicyCatalog catalog() {
    return catalog;
  }

  /** The policy the context's states of service choose on the date, with the findings. */
  public PolicySelection select(CoverageContext context, LocalDate dateOfService) {
    return catalog.select(context.statesOfService(), dateOfService);
  }

  /**
   * What the policy chosen for the context's states on the date asks of the session's lines:
   * under a text whose levels beyond the limit are non-covered (the 2024 text), those levels on
   * lines of their own; the contractor's thoracolumbar rule from its date. Give it to {@link
   * org.facetclaims.core.CodingSession.Builder#coverageLayout} before coding, so that GA or GZ
   * can mark exactly the non-covered units.
   *
   * <p>Only a certain choice changes the lines: a recognised state whose version applies
   * without an assumption (no FC-629, FC-630 or FC-631). On an assumption the lines stay as the
   * profile lays them out and the findings say which units are non-covered: two lines of one
   * code and modifiers are a duplicate to a contractor whose text does not split them.
   */
  public CoverageLayout layout(CoverageContext context, LocalDate dateOfService) {
    return layout(select(context, dateOfService), dateOfService);
  }

  /** {@link #layout(CoverageContext, LocalDate)} for a selection already made. */
  public static CoverageLayout layout(PolicySelection selection, LocalDate dateOfService) {
    if (selection.state().isEmpty() || !selection.findings().isEmpty()) {
      return CoverageLayout.NONE;
    }
    return layout(selection.policy().orElse(null), dateOfService);
  }

  /** What one policy asks of the lines of a session on the date; NONE for a null policy. */
  public static CoverageLayout layout(CoveragePolicy p, LocalDate dateOfService) {
    if (p == null || dateOfService.isBefore(p.effectiveFrom())) {
      return CoverageLayout.NONE;
    }
    int levels = p.levelsBeyondLimitNonCovered() ? p.maxJointLevelsPerSession() : 0;
    boolean junction = ThoracolumbarJunction.inForce(p, dateOfService);
    if (levels == 0 && !junction) {
      return CoverageLayout.NONE;
    }
    return new CoverageLayout(levels, junction, p.name());
  }

  /** The assessment of a session the engine coded, under the chosen policy. */
  public CoverageAssessment assess(CodingResult result, CoverageContext context) {
    Objects.requireNonNull(result, "result");
    return assess(CoverageSession.of(result), context);
  }

  /** The assessment of a session read from claim lines, under the chosen policy. */
  public CoverageAssessment assess(CoverageSession session, CoverageContext context) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(context, "context");
    PolicySelection s = select(context, session.dateOfService());
    CoveragePolicy policy = s.policy().orElseGet(() -> firstPolicy(s));
    CoverageChecker checker = checkers.get(policy);
    if (checker == null) {
      checker = CoverageChecker.of(policy);
    }
    CoverageAssessment a = checker.assess(session, context);
    if (s.findings().isEmpty() || !hasFacetLine(session)) {
      return a;
    }
    return a.withPrecedingFindings(s.findings());
  }

  private static boolean hasFacetLine(CoverageSession session) {
    for (CoverageLine l : session.lines()) {
      if (l.isFacetLine()) {
        return true;
      }
    }
    return false;
  }

  /** Before a state's first version: that version's policy, which reports it is not in force. */
  private CoveragePolicy firstPolicy(PolicySelection s) {
    if (s.state().isPresent()) {
      for (PolicyVersion v : catalog.versions(s.state().get().jurisdiction())) {
        if (v.from().isPresent()) {
          return v.policy();
        }
      }
    }
    return catalog.sharedPolicy("2021").orElseGet(CoveragePolicy::medicareLcd2021);
  }

  @Override
  public String toString() {
    return "Medicare coverage by contractor and date (" + catalog + ")";
  }
}
