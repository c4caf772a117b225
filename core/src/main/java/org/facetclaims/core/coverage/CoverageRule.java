package org.facetclaims.core.coverage;

/**
 * The rules a {@link CoveragePolicy} holds, each with its own source and confidence. Used to name
 * the source of a finding and to replace a source in a custom policy. The rules after {@link
 * #COVERAGE_MODIFIERS} came with the 2024 revision of the LCDs; a policy that does not set them
 * (the 2021 policy) does not apply them.
 */
public enum CoverageRule {
  /** The first date of service the policy applies to. */
  EFFECTIVE_DATE,
  /** Neurolytic methods that are not covered (chemical, pulsed, low-grade thermal, cryo, laser). */
  METHOD,
  /** Image guidance that is covered (fluoroscopy, CT). */
  IMAGING,
  /** Most joint levels per region in one session; from 2024 the units beyond are non-covered. */
  LEVELS_PER_SESSION,
  /** Most RF sessions per region in a rolling window. */
  SESSIONS_PER_WINDOW,
  /** Diagnostic medial branch blocks before an initial RF. */
  DIAGNOSTIC_BLOCKS,
  /** Relief (or, from 2024, functional improvement) after the last RF before a repeat RF. */
  REPEAT_RELIEF,
  /** Covered ICD-10-CM diagnoses and their regions. */
  DIAGNOSES,
  /** Hospital outpatient prior authorization. */
  PRIOR_AUTHORIZATION,
  /** GA and GZ coverage modifiers. */
  COVERAGE_MODIFIERS,
  /** One spinal region per session (2024). */
  ONE_REGION_PER_SESSION,
  /** A contractor's rule counting contiguous T12-L1 and L1-L2 as one lumbar session. */
  THORACOLUMBAR_JUNCTION,
  /** The second diagnostic block at least two weeks after the first (2024). */
  DIAGNOSTIC_BLOCK_SPACING,
  /** Most diagnostic sessions per region in a rolling window (2024). */
  DIAGNOSTIC_SESSIONS_PER_WINDOW,
  /** Diagnostic blocks repeated when the last RF was long ago and the pain source is in question. */
  REDIAGNOSIS,
  /** Radiculopathy or myelopathy diagnoses, which conflict with facet pain (2024). */
  RADICULOPATHY,
  /** Same-day sedation or anesthesia, a review item (2024). */
  SEDATION
}
