package org.facetclaims.fhir.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One bulk run: the state of the reading thread. It reads lines in chunks and hands them to the
 * pool to parse and read ({@link LineParsing}); takes the results back in input order and groups
 * them into units ({@link SessionWindow}); hands batches of units back to the pool to code and
 * render ({@link UnitCoding}); and writes the coded batches in order. At most four chunks per
 * thread are in flight at each stage, so memory does not grow with the input.
 */
final class BulkRun {
  /** Lines per chunk and units per batch. */
  static final int CHUNK = 64;

  /** The next line, or null at the end. */
  interface LineSource {
    NdjsonLine next() throws IOException;
  }

  private final LineParsing parsing;
  private final UnitCoding coding;
  private final int threads;
  private final Consumer<String> progress;
  private final LineSource in;
  private final LineSink claimsOut;
  private final LineSink outcomesOut;
  private final ExecutorService pool;
  private final ArrayDeque<Future<List<Units.LineResult>>> parsed = new ArrayDeque<>();
  private final ArrayDeque<Future<UnitCoding.Coded>> coded = new ArrayDeque<>();
  private final SessionWindow window;
  private List<Units.Unit> batch = new ArrayList<>(CHUNK);
  private long lines;
  private long procedures;
  private long claims;
  private long outcomes;
  private long malformed;
  private long failed;
  private final long start = System.nanoTime();
  private long lastReport = start;
  private long reportEvery = 1_000_000_000L;
  private boolean reported;
  /** Bytes of the input read so far, and the input's size; null and -1 when unknown. */
  private LongSupplier position;
  private long size = -1;

  BulkRun(LineParsing parsing, UnitCoding coding, int threads, int window,
      Consumer<String> progress, LineSource in, LineSink claimsOut, LineSink outcomesOut) {
    this.parsing = parsing;
    this.coding = coding;
    this.threads = threads;
    this.progress = progress;
    this.in = in;
    this.claimsOut = claimsOut;
    this.outcomesOut = outcomesOut;
    this.window = new SessionWindow(window, this::emit);
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "facet-bulk");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Reports progress as a share of the input's bytes, with the time left at the rate so far: the
   * bytes read ({@code position}) of {@code size} bytes.
   */
  BulkRun sized(LongSupplier position, long size) {
    this.position = position;
    this.size = size;
    return this;
  }

  /** Progress lines at most once every {@code nanos} (default: a second). */
  BulkRun reportEvery(long nanos) {
    this.reportEvery = nanos;
    return this;
  }

  BulkSummary execute() throws IOException {
    try {
      readAll();
      reportRead();
      while (!parsed.isEmpty()) {
        group(await(parsed.poll()));
      }
      window.closeAll();
      submitBatch();
      while (!coded.isEmpty()) {
        write(await(coded.poll()));
      }
      claimsOut.flush();
      outcomesOut.flush();
      return new BulkSummary(lines, procedures, claims, outcomes, malformed, failed,
          (System.nanoTime() - start) / 1_000_000);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads every line, chunk by chunk, into the pool. */
  private void readAll() throws IOException {
    List<NdjsonLine> chunk = new ArrayList<>(CHUNK);
    long chunkStart = 1;
    NdjsonLine line;
    while ((line = in.next()) != null) {
      lines++;
      chunk.add(line);
      if (chunk.size() == CHUNK) {
        submitChunk(chunk, chunkStart);
        chunkStart = lines + 1;
        chunk = new ArrayList<>(CHUNK);
      }
      report();
    }
    if (!chunk.isEmpty()) {
      submitChunk(chunk, chunkStart);
    }
  }

  private void submitChunk(List<NdjsonLine> chunk, long firstLine) throws IOException {
    parsed.add(pool.submit(() -> parsing.parse(chunk, firstLine)));
    while (parsed.size() > threads * 4) {
      group(await(parsed.poll()));
    }
  }

  /** In input order, on the reading thread. */
  private void group(List<Units.LineResult> results) throws IOException {
    for (Units.LineResult r : results) {
      if (r instanceof Units.MalformedLine) {
        malformed++;
      } else if (r instanceof Units.ProcedureLine) {
        procedures++;
      }
      window.add(r);
    }
  }

  private void emit(Units.Unit u) throws IOException {
    batch.add(u);
    if (batch.size() == CHUNK) {
      submitBatch();
    }
  }

  private void submitBatch() throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<Units.Unit> units = batch;
    batch = new ArrayList<>(CHUNK);
    coded.add(pool.submit(
        () -> coding.code(units, claimsOut.newBatch(), outcomesOut.newBatch())));
    while (coded.size() > threads * 4) {
      write(await(coded.poll()));
    }
  }

  private void write(UnitCoding.Coded c) throws IOException {
    claims += c.claims();
    outcomes += c.outcomes();
    failed += c.failed();
    claimsOut.write(c.claimLines());
    outcomesOut.write(c.outcomeLines());
  }

  /**
   * A progress line at most once a second while the input is read: the share read and the time
   * left when the input's size is known, the lines read and their rate, the Claims written. The
   * run's end is its {@link BulkSummary}, not another progress line.
   */
  private void report() {
    if (progress == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastReport < reportEvery) {
      return;
    }
    lastReport = now;
    reported = true;
    double secs = Math.max(1e-9, (now - start) / 1e9);
    String share = "";
    if (position != null && size > 0) {
      long read = Math.min(position.getAsLong(), size);
      double done = (double) read / size;
      share = String.format(Locale.ROOT, "%.0f%%, about %s left, ", 100 * done,
          done <= 0 ? "?" : duration(secs * (1 - done) / done));
    }
    progress.accept(String.format(Locale.ROOT, "%s%,d lines read, %,.0f lines/s, %,d claims written",
        share, lines, lines / secs, claims));
  }

  /**
   * The last progress line, once the whole file is read, when the run has said its progress
   * before (a short run says only its summary): 100 %, without a time left, as the coding of the
   * last lines still runs.
   */
  private void reportRead() {
    if (!reported || position == null || size <= 0) {
      return;
    }
    double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    progress.accept(String.format(Locale.ROOT, "100%%, input read, %,d lines read, %,.0f lines/s,"
        + " %,d claims written", lines, lines / secs, claims));
  }

  /** A duration for people: {@code 45 s}, {@code 3 min 20 s}, {@code 2 h 05 min}. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }

  /**
   * The result of a bulk task (a chunk, the output files' opening), waiting for it. An I/O
   * failure is thrown as itself (also from inside an UncheckedIOException); anything else the
   * task threw is a bug, wrapped.
   */
  static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IllegalStateException("bulk task failed (" + c.getClass().getSimpleName()
          + ")", c);
    }
  }
}
