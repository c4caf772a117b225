package org.facetclaims.fhir;

import org.facetclaims.core.DocumentedProcedure;

/**
 * Limits on what the adapter reads and reports, so that hostile or broken input ends quickly,
 * never exhausts memory and never grows the output without bound. Immutable. The defaults are
 * far above any real facet session; {@code docs/limits.md} lists every limit of the library with
 * what happens at it and how to change it.
 *
 * <pre>{@code
 * InputLimits limits = InputLimits.DEFAULT.withMaxBytes(4 * 1024 * 1024).withMaxResources(200);
 * FacetClaims facet = FacetClaims.builder().limits(limits).build();
 * }</pre>
 */
public final class InputLimits {
  /** The largest byte limit that can be set: 1 GiB. */
  public static final int MAX_BYTES_BOUND = 1 << 30;
  /** The deepest nesting that can be set: the JSON reader's own hard limit. */
  public static final int MAX_DEPTH_BOUND = 1000;

  /** The fewest elements that can be set as the element limit. */
  public static final int MIN_ELEMENTS = 1000;

  /**
   * Heap bytes budgeted per element of an input by the default element limit. Reading costs
   * about 300-600 bytes of heap per element (HAPI's model objects, the reader's values, the
   * text of the input); the rest is head room for the other work of the same JVM.
   */
  public static final int HEAP_BYTES_PER_ELEMENT = 2048;

  /**
   * The default element limit of this JVM: its maximum heap divided by
   * {@link #HEAP_BYTES_PER_ELEMENT}, between 50,000 and 2,000,000 (262,144 at {@code -Xmx512m},
   * 131,072 at {@code -Xmx256m}).
   */
  public static final int DEFAULT_MAX_ELEMENTS = elementsFor(Runtime.getRuntime().maxMemory());

  /**
   * The defaults: 16 MiB input, nesting depth 64, {@link #DEFAULT_MAX_ELEMENTS} elements,
   * 1,000 resources per Bundle, 64 sites and 100 findings per Procedure, 10,000 findings per
   * input.
   */
  public static final InputLimits DEFAULT =
      new InputLimits(16 * 1024 * 1024, 64, 1000, 64, 100, 10_000, DEFAULT_MAX_ELEMENTS);

  private final int maxBytes;
  private final int maxDepth;
  private final int maxResources;
  private final int maxSitesPerProcedure;
  private final int maxFindingsPerProcedure;
  private final int maxFindings;
  private final int maxElements;

  private InputLimits(int maxBytes, int maxDepth, int maxResources, int maxSitesPerProcedure,
      int maxFindingsPerProcedure, int maxFindings, int maxElements) {
    check("maxBytes", maxBytes, 1, MAX_BYTES_BOUND);
    check("maxDepth", maxDepth, 8, MAX_DEPTH_BOUND);
    check("maxResources", maxResources, 1, Integer.MAX_VALUE);
    // The core refuses a procedure with more sites than this; the adapter must stop first.
    check("maxSitesPerProcedure", maxSitesPerProcedure, 1, DocumentedProcedure.MAX_SITES);
    check("maxFindingsPerProcedure", maxFindingsPerProcedure, 10, Integer.MAX_VALUE);
    check("maxFindings", maxFindings, 10, Integer.MAX_VALUE);
    check("maxElements", maxElements, MIN_ELEMENTS, Integer.MAX_VALUE);
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxResources = maxResources;
    this.maxSitesPerProcedure = maxSitesPerProcedure;
    this.maxFindingsPerProcedure = maxFindingsPerProcedure;
    this.maxFindings = maxFindings;
    this.maxElements = maxElements;
  }

  /**
   * The element limit the defaults give a JVM with this maximum heap: heap /
   * {@link #HEAP_BYTES_PER_ELEMENT}, between 50,000 and 2,000,000.
   */
  public static int elementsFor(long maxHeapBytes) {
    return (int) Math.max(50_000, Math.min(2_000_000, maxHeapBytes / HEAP_BYTES_PER_ELEMENT));
  }

  private static void check(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max
          + ", not " + value);
    }
  }

  /**
   * Limits with the given values and the default finding limits.
   *
   * @throws IllegalArgumentException when a value is out of its range: bytes 1 to
   *     {@link #MAX_BYTES_BOUND}, depth 8 to {@link #MAX_DEPTH_BOUND}, resources at least 1,
   *     sites 1 to {@link DocumentedProcedure#MAX_SITES}
   */
  public static InputLimits of(int maxBytes, int maxDepth, int maxResources,
      int maxSitesPerProcedure) {
    return new InputLimits(maxBytes, maxDepth, maxResources, maxSitesPerProcedure,
        DEFAULT.maxFindingsPerProcedure, DEFAULT.maxFindings, DEFAULT.maxElements);
  }

  /** The largest input accepted, in bytes (for the bulk coder: the longest line). */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * The deepest nesting of JSON objects and arrays accepted; XML may nest twice as deep (a FHIR
   * XML value is an element of its own).
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * The most elements in one input (each JSON object, array and value; each XML element): the
   * memory budget. Bytes alone do not bound the heap: reading a small element costs 30-50 times
   * its size, so 16 MiB of tiny elements would need far more heap than 16 MiB of text. More is
   * refused before HAPI parses anything (FCA-013).
   */
  public int maxElements() {
    return maxElements;
  }

  /** The most entries read from one Bundle; more is an error (FCA-012). */
  public int maxResources() {
    return maxResources;
  }

  /** The most treated sites read from one Procedure; the rest are reported (FC-510). */
  public int maxSitesPerProcedure() {
    return maxSitesPerProcedure;
  }

  /**
   * The most findings listed for one Procedure; the rest are counted in one finding FC-510 (so
   * a record of a million unreadable texts gives a bounded answer).
   */
  public int maxFindingsPerProcedure() {
    return maxFindingsPerProcedure;
  }

  /** The most findings listed for one input; the rest are counted in one finding FC-510. */
  public int maxFindings() {
    return maxFindings;
  }

  /** These limits with another byte limit. */
  public InputLimits withMaxBytes(int bytes) {
    return new InputLimits(bytes, maxDepth, maxResources, maxSitesPerProcedure,
        maxFindingsPerProcedure, maxFindings, maxElements);
  }

  /** These limits with another nesting depth. */
  public InputLimits withMaxDepth(int depth) {
    return new InputLimits(maxBytes, depth, maxResources, maxSitesPerProcedure,
        maxFindingsPerProcedure, maxFindings, maxElements);
  }

  /** These limits with another number of Bundle entries. */
  public InputLimits withMaxResources(int resources) {
    return new InputLimits(maxBytes, maxDepth, resources, maxSitesPerProcedure,
        maxFindingsPerProcedure, maxFindings, maxElements);
  }

  /** These limits with another number of sites per Procedure. */
  public InputLimits withMaxSitesPerProcedure(int sites) {
    return new InputLimits(maxBytes, maxDepth, maxResources, sites, maxFindingsPerProcedure,
        maxFindings, maxElements);
  }

  /** These limits with other finding limits (each at least 10). */
  public InputLimits withMaxFindings(int perProcedure, int perInput) {
    return new InputLimits(maxBytes, maxDepth, maxResources, maxSitesPerProcedure, perProcedure,
        perInput, maxElements);
  }

  /**
   * These limits with another element limit (at least {@link #MIN_ELEMENTS}); see
   * {@link #maxElements()}.
   */
  public InputLimits withMaxElements(int elements) {
    return new InputLimits(maxBytes, maxDepth, maxResources, maxSitesPerProcedure,
        maxFindingsPerProcedure, maxFindings, elements);
  }

  @Override
  public String toString() {
    return "InputLimits[maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + ", maxResources="
        + maxResources + ", maxSitesPerProcedure=" + maxSitesPerProcedure
        + ", maxFindingsPerProcedure=" + maxFindingsPerProcedure + ", maxFindings=" + maxFindings
        + ", maxElements=" + maxElements + "]";
  }
}
