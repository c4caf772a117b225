package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;

/**
 * A Medicare coverage policy for facet joint nerve destruction as data: the limits, dates and code
 * lists of each {@link CoverageRule}, each with its source. Nothing of it is in an {@code if}
 * statement: a caller replaces a number, a list or a date with {@link #toBuilder(String)} when a
 * contractor revises its LCD, without a code change. Immutable and thread-safe.
 *
 * <p>A "region" is a CPT joint family (cervical/thoracic, lumbar/sacral): the LCDs count levels
 * and sessions per region, and the family is what a session is coded by.
 *
 * <pre>{@code
 * CoveragePolicy p = CoveragePolicy.medicareLcd2021();
 * CoveragePolicy mine = p.toBuilder("my-mac-2025")
 *     .maxSessionsPerWindow(2, Period.ofMonths(12))
 *     .coveredDiagnosis("M47.818", JointFamily.LUMBAR_SACRAL)
 *     .source(CoverageRule.DIAGNOSES, "My MAC billing article A99999 rev. 2025-01-01")
 *     .build();
 * }</pre>
 */
public final class CoveragePolicy {
  /** The four Medicare LCDs and billing articles of section 6 of the coding rules. */
  public static final String LCD_FAMILY = "LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS),"
      + " L38801/A58403 and L38803/A58405 (Noridian), \"Facet Joint Interventions for Pain"
      + " Management\"";

  private static final CoveragePolicy MEDICARE_LCD_2021 = MedicareLcd2021.builder().build();

  private final String name;
  private final LocalDate effectiveFrom;
  private final ImmutableSet<NeurolyticMethod> nonCoveredMethods;
  private final int minThermalCelsius;
  private final ImmutableSet<Imaging> coveredImaging;
  private final int maxJointLevelsPerSession;
  private final int maxSessionsPerWindow;
  private final Period sessionWindow;
  private final int diagnosticBlocksRequired;
  private final int diagnosticBlockReliefPercent;
  private final int repeatReliefPercent;
  private final int repeatReliefMonths;
  private final ImmutableMap<String, ImmutableSet<JointFamily>> coveredDiagnoses;
  private final ImmutableSet<String> priorAuthorizationCodes;
  private final LocalDate priorAuthorizationFrom;
  private final ImmutableSet<String> priorAuthorizationPlaces;
  private final ImmutableMap<CoverageRule, String> sources;
  private final ImmutableMap<CoverageRule, Confidence> confidences;
  // Rules of the 2024 revision; off (false, null, empty) in the 2021 policy.
  private final boolean levelsBeyondLimitNonCovered;
  private final boolean oneRegionPerSession;
  private final LocalDate thoracolumbarJunctionFrom;
  private final boolean repeatFunctionalImprovement;
  private final Period diagnosticBlockSpacing;
  private final int maxDiagnosticSessionsPerWindow;
  private final Period diagnosticSessionWindow;
  private final Period rediagnosisAfter;
  private final ImmutableMap<String, DateRange> diagnosisValidity;
  private final ImmutableMap<String, ImmutableSet<JointFamily>> radiculopathyDiagnoses;
  private final ImmutableMap<String, LocalDate> priorAuthorizationCodeEnds;
  private final ImmutableSet<String> priorAuthorizationBillTypes;
  private final ImmutableSet<String> sedationCodes;

  private CoveragePolicy(Builder b) {
    this.name = b.name;
    this.effectiveFrom = Objects.requireNonNull(b.effectiveFrom, "effectiveFrom");
    this.nonCoveredMethods = ImmutableSet.copyOf(b.nonCoveredMethods);
    this.minThermalCelsius = b.minThermalCelsius;
    this.coveredImaging = ImmutableSet.copyOf(b.coveredImaging);
    this.maxJointLevelsPerSession = b.maxJointLevelsPerSession;
    this.maxSessionsPerWindow = b.maxSessionsPerWindow;
    this.sessionWindow = b.sessionWindow;
    this.diagnosticBlocksRequired = b.diagnosticBlocksRequired;
    this.diagnosticBlockReliefPercent = b.diagnosticBlockReliefPercent;
    this.repeatReliefPercent = b.repeatReliefPercent;
    this.repeatReliefMonths = b.repeatReliefMonths;
    this.coveredDiagnoses = ImmutableMap.copyOf(b.coveredDiagnoses);
    this.priorAuthorizationCodes = ImmutableSet.copyOf(b.priorAuthorizationCodes);
    this.priorAuthorizationFrom = b.priorAuthorizationFrom;
    this.priorAuthorizationPlaces = ImmutableSet.copyOf(b.priorAuthorizationPlaces);
    this.sources = ImmutableMap.copyOf(b.sources);
    this.confidences = ImmutableMap.copyOf(b.confidences);
    this.levelsBeyondLimitNonCovered = b.levelsBeyondLimitNonCovered;
    this.oneRegionPerSession = b.oneRegionPerSession;
    this.thoracolumbarJunctionFrom = b.thoracolumbarJunctionFrom;
    this.repeatFunctionalImprovement = b.repeatFunctionalImprovement;
    this.diagnosticBlockSpacing = b.diagnosticBlockSpacing;
    this.maxDiagnosticSessionsPerWindow = b.maxDiagnosticSessionsPerWindow;
    this.diagnosticSessionWindow = b.diagnosticSessionWindow;
    this.rediagnosisAfter = b.rediagnosisAfter;
    this.diagnosisValidity = ImmutableMap.copyOf(b.diagnosisValidity);
    this.radiculopathyDiagnoses = ImmutableMap.copyOf(b.radiculopathyDiagnoses);
    this.priorAuthorizationCodeEnds = ImmutableMap.copyOf(b.priorAuthorizationCodeEnds);
    this.priorAuthorizationBillTypes = ImmutableSet.copyOf(b.priorAuthorizationBillTypes);
    this.sedationCodes = ImmutableSet.copyOf(b.sedationCodes);
  }

  /**
   * The standard policy: the 2021 LCD family "Facet Joint Interventions for Pain Management"
   * (effective 2021-04-25) as coding-rules §6 states it, with Noridian A58403's covered
   * diagnoses and the hospital outpatient prior authorization of 2023-07-01.
   */
  public static CoveragePolicy medicareLcd2021() {
    return MEDICARE_LCD_2021;
  }

  /** A builder for a new policy with no rules set (no limits, no lists). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder starting from this policy, under a new name. */
  public Builder toBuilder(String newName) {
    Builder b = new Builder(newName);
    b.effectiveFrom = effectiveFrom;
    b.nonCoveredMethods.addAll(nonCoveredMethods);
    b.minThermalCelsius = minThermalCelsius;
    b.coveredImaging.addAll(coveredImaging);
    b.maxJointLevelsPerSession = maxJointLevelsPerSession;
    b.maxSessionsPerWindow = maxSessionsPerWindow;
    b.sessionWindow = sessionWindow;
    b.diagnosticBlocksRequired = diagnosticBlocksRequired;
    b.diagnosticBlockReliefPercent = diagnosticBlockReliefPercent;
    b.repeatReliefPercent = repeatReliefPercent;
    b.repeatReliefMonths = repeatReliefMonths;
    b.coveredDiagnoses.putAll(coveredDiagnoses);
    b.priorAuthorizationCodes.addAll(priorAuthorizationCodes);
    b.priorAuthorizationFrom = priorAuthorizationFrom;
    b.priorAuthorizationPlaces.addAll(priorAuthorizationPlaces);
    b.sources.putAll(sources);
    b.confidences.putAll(confidences);
    b.levelsBeyondLimitNonCovered = levelsBeyondLimitNonCovered;
    b.oneRegionPerSession = oneRegionPerSession;
    b.thoracolumbarJunctionFrom = thoracolumbarJunctionFrom;
    b.repeatFunctionalImprovement = repeatFunctionalImprovement;
    b.diagnosticBlockSpacing = diagnosticBlockSpacing;
    b.maxDiagnosticSessionsPerWindow = maxDiagnosticSessionsPerWindow;
    b.diagnosticSessionWindow = diagnosticSessionWindow;
    b.rediagnosisAfter = rediagnosisAfter;
    b.diagnosisValidity.putAll(diagnosisValidity);
    b.radiculopathyDiagnoses.putAll(radiculopathyDiagnoses);
    b.priorAuthorizationCodeEnds.putAll(priorAuthorizationCodeEnds);
    b.priorAuthorizationBillTypes.addAll(priorAuthorizationBillTypes);
    b.sedationCodes.addAll(sedationCodes);
    return b;
  }

  /** The policy's stable name. */
  public String name() {
    return name;
  }

  /** The first date of service the policy applies to; earlier dates get only FC-601. */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** Neurolytic methods that are not covered. */
  public ImmutableSet<NeurolyticMethod> nonCoveredMethods() {
    return nonCoveredMethods;
  }

  /**
   * Conventional thermal RF documented below this temperature (°C) is not covered; a thermal RF
   * without a documented temperature, and cooled RF, are not judged by it.
   */
  public int minThermalCelsius() {
    return minThermalCelsius;
  }

  /** Image guidance that is covered; other documented guidance is not. */
  public ImmutableSet<Imaging> coveredImaging() {
    return coveredImaging;
  }

  /** Most distinct joint levels (either side) per region in one session. */
  public int maxJointLevelsPerSession() {
    return maxJointLevelsPerSession;
  }

  /** Most RF sessions per region in a rolling {@link #sessionWindow()}, this session included. */
  public int maxSessionsPerWindow() {
    return maxSessionsPerWindow;
  }

  /**
   * The rolling window: an earlier session on date D counts against a session on date S when
   * {@code D < S < D + window} (29 February plus 12 months is 28 February).
   */
  public Period sessionWindow() {
    return sessionWindow;
  }

  /** How many diagnostic medial branch blocks an initial RF needs at each joint. */
  public int diagnosticBlocksRequired() {
    return diagnosticBlocksRequired;
  }

  /** The relief (percent, inclusive) each of those blocks must have given. */
  public int diagnosticBlockReliefPercent() {
    return diagnosticBlockReliefPercent;
  }

  /** The relief (percent, inclusive) the last RF at the same site must have given. */
  public int repeatReliefPercent() {
    return repeatReliefPercent;
  }

  /**
   * How many months (inclusive) that relief must have lasted; a repeat sooner than this after the
   * last RF cannot meet it.
   */
  public int repeatReliefMonths() {
    return repeatReliefMonths;
  }

  /** The covered ICD-10-CM codes (without the dot, upper case) and the regions each supports. */
  public ImmutableMap<String, ImmutableSet<JointFamily>> coveredDiagnoses() {
    return coveredDiagnoses;
  }

  /** The regions a covered diagnosis supports; empty when the code is not covered. */
  public Optional<ImmutableSet<JointFamily>> regionsOf(String icd10cm) {
    return Optional.ofNullable(coveredDiagnoses.get(normalizeIcd(icd10cm)));
  }

  /** The CPT codes that need hospital outpatient prior authorization. */
  public ImmutableSet<String> priorAuthorizationCodes() {
    return priorAuthorizationCodes;
  }

  /** The first date of service that needs prior authorization; empty when none is modelled. */
  public Optional<LocalDate> priorAuthorizationFrom() {
    return Optional.ofNullable(priorAuthorizationFrom);
  }

  /** The places of service (CMS codes) where prior authorization applies. */
  public ImmutableSet<String> priorAuthorizationPlaces() {
    return priorAuthorizationPlaces;
  }

  /** The source of a rule, as findings name it. */
  public String source(CoverageRule rule) {
    String s = sources.get(rule);
    return s == null ? name + " (" + rule.name().toLowerCase(Locale.ROOT) + ")" : s;
  }

  /** Every rule's source. */
  public ImmutableMap<CoverageRule, String> sources() {
    return sources;
  }

  /** The confidence of a rule's source; empty when the policy does not say. */
  public Optional<Confidence> confidence(CoverageRule rule) {
    return Optional.ofNullable(confidences.get(rule));
  }

  /** Every rule's confidence, where the policy states one. */
  public ImmutableMap<CoverageRule, Confidence> confidences() {
    return confidences;
  }

  /**
   * True when the units for levels beyond {@link #maxJointLevelsPerSession()} are non-covered
   * (the 2024 text: "three or four-level procedures are not medically necessary"); false when
   * they only give a warning (the 2021 policy).
   */
  public boolean levelsBeyondLimitNonCovered() {
    return levelsBeyondLimitNonCovered;
  }

  /** True when facet interventions are limited to one spinal region per session (2024). */
  public boolean oneRegionPerSession() {
    return oneRegionPerSession;
  }

  /**
   * The first date of service from which this contractor counts contiguous T12-L1 and L1-L2 as
   * one lumbar session, billed 64633 + 64636 once (CGS A58364 from 2025-01-01); empty when the
   * contractor has no such rule.
   */
  public Optional<LocalDate> thoracolumbarJunctionFrom() {
    return Optional.ofNullable(thoracolumbarJunctionFrom);
  }

  /**
   * True when a repeat RF is also covered after consistent functional improvement against a
   * baseline on the same scale, whatever the pain relief (2024); false when only the pain relief
   * counts (the 2021 policy).
   */
  public boolean repeatFunctionalImprovement() {
    return repeatFunctionalImprovement;
  }

  /**
   * The least time between two diagnostic blocks that both count toward an initial RF (two weeks
   * in the 2024 text); empty when the policy sets none.
   */
  public Optional<Period> diagnosticBlockSpacing() {
    return Optional.ofNullable(diagnosticBlockSpacing);
  }

  /** Most diagnostic sessions per region in a rolling window (4 in 12 months); 0 when none. */
  public int maxDiagnosticSessionsPerWindow() {
    return maxDiagnosticSessionsPerWindow;
  }

  /** The rolling window of {@link #maxDiagnosticSessionsPerWindow()}. */
  public Period diagnosticSessionWindow() {
    return diagnosticSessionWindow;
  }

  /**
   * How long after the last RF at a site the source of recurrent pain may be in question, so
   * that diagnostic blocks should be repeated (two years in the 2024 text); empty when none.
   */
  public Optional<Period> rediagnosisAfter() {
    return Optional.ofNullable(rediagnosisAfter);
  }

  /**
   * The ICD-10-CM fiscal years in which a listed code is valid, as dates ({@code [from, to)},
   * fiscal years start on 1 October); a code without an entry is taken as valid on every date.
   */
  public ImmutableMap<String, DateRange> diagnosisValidity() {
    return diagnosisValidity;
  }

  /** True when the code (any form) is valid on the date by its listed ICD-10-CM validity. */
  public boolean isDiagnosisValid(String icd10cm, LocalDate date) {
    return isNormalizedDiagnosisValid(normalizeIcd(icd10cm), date);
  }

  /** {@link #isDiagnosisValid} for a code already normalized. */
  boolean isNormalizedDiagnosisValid(String normalized, LocalDate date) {
    if (diagnosisValidity.isEmpty()) {
      return true;
    }
    DateRange r = diagnosisValidity.get(normalized);
    return r == null || r.contains(date);
  }

  /** {@link #regionsOf} for a code already normalized; null when not covered. */
  ImmutableSet<JointFamily> regionsOfNormalized(String normalized) {
    return coveredDiagnoses.get(normalized);
  }

  /**
   * Radiculopathy and myelopathy codes (without the dot) with the regions they name; they
   * conflict with the LCD's "absence of untreated radiculopathy" (2024). Empty when not judged.
   */
  public ImmutableMap<String, ImmutableSet<JointFamily>> radiculopathyDiagnoses() {
    return radiculopathyDiagnoses;
  }

  /**
   * True when {@code code} needs hospital outpatient prior authorization on {@code date}: it is
   * listed, the program has started, and the code was not removed before the date (64492 and
   * 64495 were removed on 2024-08-15).
   */
  public boolean needsPriorAuthorization(String code, LocalDate date) {
    if (priorAuthorizationFrom == null || date.isBefore(priorAuthorizationFrom)
        || !priorAuthorizationCodes.contains(code)) {
      return false;
    }
    LocalDate last = priorAuthorizationCodeEnds.get(code);
    return last == null || !date.isAfter(last);
  }

  /** The last date on which a listed code needed prior authorization, if it was removed. */
  public ImmutableMap<String, LocalDate> priorAuthorizationCodeEnds() {
    return priorAuthorizationCodeEnds;
  }

  /**
   * The types of bill (facility type and classification, the first two digits after the leading
   * zero: "13" hospital outpatient) whose claims carry the prior authorization tracking number;
   * empty when the policy names none.
   */
  public ImmutableSet<String> priorAuthorizationBillTypes() {
    return priorAuthorizationBillTypes;
  }

  /** Sedation and anesthesia codes whose same-day presence is a review item (2024). */
  public ImmutableSet<String> sedationCodes() {
    return sedationCodes;
  }

  /** An ICD-10-CM code without dot and spaces, upper case: "m47.816" gives "M47816". */
  public static String normalizeIcd(String code) {
    if (code == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c != '.' && !Character.isWhitespace(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /** An ICD-10-CM code as written with its dot: "M47816" gives "M47.816". */
  public static String displayIcd(String code) {
    String n = normalizeIcd(code);
    return n.length() > 3 ? n.substring(0, 3) + "." + n.substring(3) : n;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Builds a {@link CoveragePolicy}. Not thread-safe. */
  public static final class Builder extends PolicyBuilderBase {
    private Builder(String name) {
      super(name);
    }

    public CoveragePolicy build() {
      return new CoveragePolicy(this);
    }
  }
}
