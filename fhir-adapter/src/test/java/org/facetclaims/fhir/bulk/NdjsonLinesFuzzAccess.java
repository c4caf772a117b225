package org.facetclaims.fhir.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/** Test access to the package-private {@link NdjsonLines} for the fuzz target. */
public final class NdjsonLinesFuzzAccess {
  private NdjsonLinesFuzzAccess() {}

  /** Every line of {@code bytes}: a String, or a byte[] for a bad or over-long line. */
  public static List<Object> lines(byte[] bytes, int limit) throws IOException {
    return NdjsonLinesTest.lines(new ByteArrayInputStream(bytes), limit);
  }
}
