package org.facetclaims.core.coverage;

/**
 * The rules a {@link CoveragePolicy} holds, each with its own source. Used to name the source of a
 * finding and to replace a source in a custom policy.
 */
public enum CoverageRule {
  /** The first date of service the policy applies to. */
  EFFECTIVE_DATE,
  /** Neurolytic methods that are not covered (chemical, pulsed, low-grade thermal, cryo, laser). */
  METHOD,
  /** Image guidance that is covered (fluoroscopy, CT). */
  IMAGING,
  /** Most joint levels per region in one session. */
  LEVELS_PER_SESSION,
  /** Most RF sessions per region in a rolling window. */
  SESSIONS_PER_WINDOW,
  /** Diagnostic medial branch blocks before an initial RF. */
  DIAGNOSTIC_BLOCKS,
  /** Relief after the last RF before a repeat RF at the same site. */
  REPEAT_RELIEF,
  /** Covered ICD-10-CM diagnoses and their regions. */
  DIAGNOSES,
  /** Hospital outpatient prior authorization. */
  PRIOR_AUTHORIZATION,
  /** GA and GZ coverage modifiers. */
  COVERAGE_MODIFIERS
}
