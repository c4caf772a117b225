package org.facetclaims.fhir;

/**
 * Limits on what the adapter reads, so that hostile or broken input ends quickly and never
 * exhausts memory. Immutable. The defaults are far above any real facet session.
 */
public final class InputLimits {
  /** The defaults: 16 MiB input, nesting depth 64, 1,000 resources per Bundle, 64 sites per procedure. */
  public static final InputLimits DEFAULT = new InputLimits(16 * 1024 * 1024, 64, 1000, 64);

  private final int maxBytes;
  private final int maxDepth;
  private final int maxResources;
  private final int maxSitesPerProcedure;

  private InputLimits(int maxBytes, int maxDepth, int maxResources, int maxSitesPerProcedure) {
    if (maxBytes < 1 || maxDepth < 8 || maxResources < 1 || maxSitesPerProcedure < 1) {
      throw new IllegalArgumentException("Limits must be positive (depth at least 8)");
    }
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxResources = maxResources;
    this.maxSitesPerProcedure = maxSitesPerProcedure;
  }

  /** Limits with the given values. */
  public static InputLimits of(int maxBytes, int maxDepth, int maxResources,
      int maxSitesPerProcedure) {
    return new InputLimits(maxBytes, maxDepth, maxResources, maxSitesPerProcedure);
  }

  /** The largest input accepted, in bytes. */
  public int maxBytes() {
    return maxBytes;
  }

  /** The deepest nesting of JSON objects and arrays (or XML elements) accepted. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The most resources read from one Bundle; more is an error. */
  public int maxResources() {
    return maxResources;
  }

  /** The most treated sites read from one Procedure; the rest are reported (FC-510). */
  public int maxSitesPerProcedure() {
    return maxSitesPerProcedure;
  }

  /** These limits with another byte limit. */
  public InputLimits withMaxBytes(int bytes) {
    return new InputLimits(bytes, maxDepth, maxResources, maxSitesPerProcedure);
  }
}
