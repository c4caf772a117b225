package org.facetclaims.core;

/**
 * The named steps the engine runs, in order; each leaves entries in the trace. Each step is one
 * class of this package, named after it, whose output value the next steps take and the result
 * keeps (see the package documentation).
 */
public enum CodingStep {
  /** Choose the code-set edition by date of service ({@code SelectEdition}). */
  SELECT_EDITION,
  /**
   * Decide per procedure between the destruction codes and 64999 (method, agent, temperature,
   * imaging) ({@code RouteTechnique}).
   */
  ROUTE_TECHNIQUE,
  /**
   * Turn joints, nerves and level lists into units per side (joints or nerves, by edition)
   * ({@code ResolveSites}).
   */
  RESOLVE_SITES,
  /**
   * Lay the units out in lines under the profile's billing convention ({@code BuildLines}); for a
   * level list, compare its two readings ({@code CompareReadings}).
   */
  BUILD_LINES,
  /**
   * For a session stopped before completion, keep the first planned line only, with 53 on the
   * physician's claim or 73/74 on the facility's ({@code ReportDiscontinued}).
   */
  REPORT_DISCONTINUED,
  /** Add separately reported imaging (legacy edition) ({@code AddImaging}). */
  ADD_IMAGING,
  /**
   * On the hospital outpatient claim of an off-campus provider-based department, PO or PN on
   * every line ({@code MarkDepartment}).
   */
  MARK_DEPARTMENT,
  /** Check MUEs and procedure-to-procedure pairs ({@code ApplyEdits}). */
  APPLY_EDITS
}
