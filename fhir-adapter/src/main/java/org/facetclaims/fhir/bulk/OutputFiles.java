package org.facetclaims.fhir.bulk;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.FutureTask;

/**
 * The two output files, opened on a thread of their own. Opening truncates what a previous run
 * left there, and freeing those cached pages is kernel work proportional to their size (about
 * 80 ms for the 280 MB of a 100,000-line run here); it happens while the input is read and the
 * first lines coded instead of before. A file that cannot be opened fails the run at its first
 * line written, or at the end, with the same IOException as before.
 */
final class OutputFiles implements Closeable {
  private final FutureTask<OutputStream[]> opening;
  /** The opening failed and that was thrown already (close must not throw it again). */
  private boolean failureThrown;

  OutputFiles(Path claims, Path outcomes) {
    opening = new FutureTask<>(() -> {
      OutputStream c = new BufferedOutputStream(Files.newOutputStream(claims), 1 << 16);
      try {
        return new OutputStream[] {c,
            new BufferedOutputStream(Files.newOutputStream(outcomes), 1 << 16)};
      } catch (IOException | RuntimeException e) {
        c.close();
        throw e;
      }
    });
    Thread t = new Thread(opening, "facet-bulk-open");
    t.setDaemon(true);
    t.start();
  }

  /** The Claims' lines. */
  LineSink claims() {
    return LineSink.of(() -> streams()[0]);
  }

  /** The OperationOutcomes' lines. */
  LineSink outcomes() {
    return LineSink.of(() -> streams()[1]);
  }

  private OutputStream[] streams() throws IOException {
    try {
      return BulkRun.await(opening);
    } catch (IOException | RuntimeException e) {
      // A finished task that throws failed to open (get() on it ignores an interrupt).
      failureThrown = opening.isDone();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    if (failureThrown) {
      return; // nothing was opened (a half-open pair is closed by the opener)
    }
    OutputStream[] s = streams();
    try (OutputStream c = s[0]; OutputStream o = s[1]) {
      // both closed, the first failure thrown
    }
  }
}
