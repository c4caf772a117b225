package org.facetclaims.core;

/** The named steps the engine runs, in order; each leaves entries in the trace. */
public enum CodingStep {
  /** Choose the code-set edition by date of service. */
  SELECT_EDITION,
  /** Decide per procedure between the destruction codes and 64999 (method, agent, temperature, imaging). */
  ROUTE_TECHNIQUE,
  /** Turn joints, nerves and level lists into units per side (joints or nerves, by edition). */
  RESOLVE_SITES,
  /** Lay the units out in lines under the profile's billing convention. */
  BUILD_LINES,
  /** Add separately reported imaging (legacy edition). */
  ADD_IMAGING,
  /** Check MUEs and procedure-to-procedure pairs. */
  APPLY_EDITS
}
