package org.facetclaims.fhir;

/** Test access to the fast path's differential check, for the fuzz target. */
public final class FastDecoderFuzzAccess {
  private static final ThreadLocal<FastPathDifferentialTest> CHECK =
      ThreadLocal.withInitial(FastPathDifferentialTest::new);

  private FastDecoderFuzzAccess() {}

  /**
   * Checks one line as {@code FastPathDifferentialTest} does: when the fast decoder decodes it,
   * HAPI accepts it too and the reading, Claims and outcome are the same (an AssertionError
   * otherwise).
   *
   * @return true when the fast decoder decoded it, false when it went to HAPI
   */
  public static boolean sameAsHapi(String line) {
    return CHECK.get().same(line);
  }
}
