package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;

/**
 * The settings of a {@link CoveragePolicy.Builder}: every limit, date, list and source a policy
 * holds, with the checks each value must pass. Apart so that the policy's values and its
 * builder's settings each read on their own; only {@link CoveragePolicy.Builder} extends it.
 */
abstract class PolicyBuilderBase {
  final String name;
  LocalDate effectiveFrom = LocalDate.MIN;
  final EnumSet<NeurolyticMethod> nonCoveredMethods =
      EnumSet.noneOf(NeurolyticMethod.class);
  int minThermalCelsius = Integer.MIN_VALUE;
  final EnumSet<Imaging> coveredImaging = EnumSet.noneOf(Imaging.class);
  int maxJointLevelsPerSession = Integer.MAX_VALUE;
  int maxSessionsPerWindow = Integer.MAX_VALUE;
  Period sessionWindow = Period.ZERO;
  int diagnosticBlocksRequired;
  int diagnosticBlockReliefPercent;
  int repeatReliefPercent;
  int repeatReliefMonths;
  final Map<String, ImmutableSet<JointFamily>> coveredDiagnoses = new LinkedHashMap<>();
  // Sorted, so that messages listing them read the same in every run whatever set the caller
  // passed (Set.of iterates in an order that changes from one JVM to the next).
  final Set<String> priorAuthorizationCodes = new TreeSet<>();
  LocalDate priorAuthorizationFrom;
  final Set<String> priorAuthorizationPlaces = new TreeSet<>();
  final EnumMap<CoverageRule, String> sources = new EnumMap<>(CoverageRule.class);
  final EnumMap<CoverageRule, Confidence> confidences =
      new EnumMap<>(CoverageRule.class);
  boolean levelsBeyondLimitNonCovered;
  boolean oneRegionPerSession;
  LocalDate thoracolumbarJunctionFrom;
  boolean repeatFunctionalImprovement;
  Period diagnosticBlockSpacing;
  int maxDiagnosticSessionsPerWindow;
  Period diagnosticSessionWindow = Period.ZERO;
  Period rediagnosisAfter;
  final Map<String, DateRange> diagnosisValidity = new LinkedHashMap<>();
  final Map<String, ImmutableSet<JointFamily>> radiculopathyDiagnoses =
      new LinkedHashMap<>();
  final Map<String, LocalDate> priorAuthorizationCodeEnds = new TreeMap<>();
  final Set<String> priorAuthorizationBillTypes = new TreeSet<>();
  final Set<String> sedationCodes = new TreeSet<>();

  PolicyBuilderBase(String name) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A policy needs a name");
    }
  }

  private CoveragePolicy.Builder self() {
    return (CoveragePolicy.Builder) this;
  }

  /** The first date of service the policy applies to. */
  public CoveragePolicy.Builder effectiveFrom(LocalDate date) {
    this.effectiveFrom = Objects.requireNonNull(date, "date");
    return self();
  }

  /** Replaces the non-covered methods. */
  public CoveragePolicy.Builder nonCoveredMethods(Collection<NeurolyticMethod> methods) {
    nonCoveredMethods.clear();
    nonCoveredMethods.addAll(methods);
    return self();
  }

  /** Thermal RF documented below this temperature (°C) is not covered. */
  public CoveragePolicy.Builder minThermalCelsius(int celsius) {
    this.minThermalCelsius = celsius;
    return self();
  }

  /** Replaces the covered image guidance ({@link Imaging#UNKNOWN} is never judged). */
  public CoveragePolicy.Builder coveredImaging(Collection<Imaging> imaging) {
    coveredImaging.clear();
    coveredImaging.addAll(imaging);
    return self();
  }

  /**
   * Most joint levels per region per session.
   *
   * @throws IllegalArgumentException when below 1
   */
  public CoveragePolicy.Builder maxJointLevelsPerSession(int levels) {
    if (levels < 1) {
      throw new IllegalArgumentException("At least one level: " + levels);
    }
    this.maxJointLevelsPerSession = levels;
    return self();
  }

  /**
   * Most RF sessions per region in a rolling window, this session included.
   *
   * @throws IllegalArgumentException when sessions is below 1 or the window is not positive
   */
  public CoveragePolicy.Builder maxSessionsPerWindow(int sessions, Period window) {
    if (sessions < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("Need at least one session and a positive window");
    }
    this.maxSessionsPerWindow = sessions;
    this.sessionWindow = window;
    return self();
  }

  /**
   * Diagnostic blocks an initial RF needs at each joint, and the relief each must give.
   *
   * @throws IllegalArgumentException for a negative count or a percent outside 0-100
   */
  public CoveragePolicy.Builder diagnosticBlocks(int required, int reliefPercent) {
    if (required < 0) {
      throw new IllegalArgumentException("Negative block count: " + required);
    }
    this.diagnosticBlocksRequired = required;
    this.diagnosticBlockReliefPercent = Histories.percent(reliefPercent);
    return self();
  }

  /**
   * The relief (percent) and its duration (months) the last RF at the same site must have given
   * before a repeat.
   *
   * @throws IllegalArgumentException for a percent outside 0-100 or negative months
   */
  public CoveragePolicy.Builder repeatRelief(int reliefPercent, int months) {
    this.repeatReliefPercent = Histories.percent(reliefPercent);
    this.repeatReliefMonths = Histories.months(months);
    return self();
  }

  /**
   * Adds a covered ICD-10-CM code with the regions it supports (with or without the dot).
   *
   * @throws IllegalArgumentException when no region is given
   */
  public CoveragePolicy.Builder coveredDiagnosis(String icd10cm, JointFamily... regions) {
    if (regions.length == 0) {
      throw new IllegalArgumentException("A covered diagnosis needs a region: " + icd10cm);
    }
    coveredDiagnoses.put(CoveragePolicy.normalizeIcd(icd10cm),
        ImmutableSet.copyOf(Arrays.asList(regions)));
    return self();
  }

  /** Removes every covered diagnosis (to load another article's list). */
  public CoveragePolicy.Builder clearCoveredDiagnoses() {
    coveredDiagnoses.clear();
    return self();
  }

  /**
   * Hospital outpatient prior authorization: from a date, for CPT codes, at places of service.
   * A null date turns it off. Codes and places are kept in their natural (sorted) order.
   */
  public CoveragePolicy.Builder priorAuthorization(LocalDate from, Collection<String> codes,
      Collection<String> placesOfService) {
    this.priorAuthorizationFrom = from;
    priorAuthorizationCodes.clear();
    priorAuthorizationCodes.addAll(codes);
    priorAuthorizationPlaces.clear();
    priorAuthorizationPlaces.addAll(placesOfService);
    return self();
  }

  /** The source of a rule. */
  public CoveragePolicy.Builder source(CoverageRule rule, String source) {
    sources.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(source, "source"));
    return self();
  }

  /** The confidence of a rule's source. */
  public CoveragePolicy.Builder confidence(CoverageRule rule, Confidence confidence) {
    confidences.put(Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(confidence, "confidence"));
    return self();
  }

  /** Whether the units for levels beyond the limit are non-covered (2024) or a warning. */
  public CoveragePolicy.Builder levelsBeyondLimitNonCovered(boolean nonCovered) {
    this.levelsBeyondLimitNonCovered = nonCovered;
    return self();
  }

  /** Whether facet interventions are limited to one spinal region per session. */
  public CoveragePolicy.Builder oneRegionPerSession(boolean one) {
    this.oneRegionPerSession = one;
    return self();
  }

  /**
   * From this date of service, contiguous T12-L1 and L1-L2 count as one lumbar session (null:
   * never).
   */
  public CoveragePolicy.Builder thoracolumbarJunctionFrom(LocalDate from) {
    this.thoracolumbarJunctionFrom = from;
    return self();
  }

  /** Whether documented functional improvement alone satisfies the repeat rule. */
  public CoveragePolicy.Builder repeatFunctionalImprovement(boolean counts) {
    this.repeatFunctionalImprovement = counts;
    return self();
  }

  /**
   * The least time between two diagnostic blocks that both count (null: none).
   *
   * @throws IllegalArgumentException for a negative period
   */
  public CoveragePolicy.Builder diagnosticBlockSpacing(Period spacing) {
    if (spacing != null && spacing.isNegative()) {
      throw new IllegalArgumentException("Negative spacing: " + spacing);
    }
    this.diagnosticBlockSpacing = spacing;
    return self();
  }

  /**
   * Most diagnostic sessions per region in a rolling window.
   *
   * @throws IllegalArgumentException when sessions is below 1 or the window is not positive
   */
  public CoveragePolicy.Builder maxDiagnosticSessionsPerWindow(int sessions, Period window) {
    if (sessions < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("Need at least one session and a positive window");
    }
    this.maxDiagnosticSessionsPerWindow = sessions;
    this.diagnosticSessionWindow = window;
    return self();
  }

  /**
   * How long after the last RF the blocks should be repeated when the pain source is in
   * question (null: never).
   */
  public CoveragePolicy.Builder rediagnosisAfter(Period after) {
    if (after != null && (after.isNegative() || after.isZero())) {
      throw new IllegalArgumentException("Need a positive period: " + after);
    }
    this.rediagnosisAfter = after;
    return self();
  }

  /** The dates a diagnosis code is valid ({@code [from, to)}, by ICD-10-CM fiscal year). */
  public CoveragePolicy.Builder diagnosisValidity(String icd10cm, DateRange validity) {
    diagnosisValidity.put(CoveragePolicy.normalizeIcd(icd10cm),
        Objects.requireNonNull(validity, "validity"));
    return self();
  }

  /**
   * Adds a radiculopathy or myelopathy code with the regions it names.
   *
   * @throws IllegalArgumentException when no region is given
   */
  public CoveragePolicy.Builder radiculopathyDiagnosis(String icd10cm, JointFamily... regions) {
    if (regions.length == 0) {
      throw new IllegalArgumentException("A radiculopathy code needs a region: " + icd10cm);
    }
    radiculopathyDiagnoses.put(CoveragePolicy.normalizeIcd(icd10cm),
        ImmutableSet.copyOf(Arrays.asList(regions)));
    return self();
  }

  /** The last date on which a prior authorization code was listed (null: still listed). */
  public CoveragePolicy.Builder priorAuthorizationCodeEnd(String code, LocalDate lastDate) {
    if (lastDate == null) {
      priorAuthorizationCodeEnds.remove(code);
    } else {
      priorAuthorizationCodeEnds.put(code, lastDate);
    }
    return self();
  }

  /** Types of bill whose claims carry the tracking number ("13": hospital outpatient). */
  public CoveragePolicy.Builder priorAuthorizationBillTypes(Collection<String> billTypes) {
    priorAuthorizationBillTypes.clear();
    priorAuthorizationBillTypes.addAll(billTypes);
    return self();
  }

  /** Replaces the sedation and anesthesia codes whose same-day presence is reviewed. */
  public CoveragePolicy.Builder sedationCodes(Collection<String> codes) {
    sedationCodes.clear();
    sedationCodes.addAll(codes);
    return self();
  }
}
