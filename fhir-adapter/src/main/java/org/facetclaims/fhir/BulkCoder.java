package org.facetclaims.fhir;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.history.CoverageOptions;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * Codes a Bulk Data style NDJSON export ({@code Procedure.ndjson}, one resource a line) into
 * {@code Claim.ndjson} and {@code OperationOutcome.ndjson}, streaming, on all cores, with memory
 * bounded whatever the input size and output bytes that do not depend on the thread count.
 *
 * <p>How: one thread reads lines in chunks and hands them to a pool that parses and reads them;
 * results come back in input order to the same thread, which groups Procedures into sessions
 * (patient, date, performer) within a <b>window</b> of lines; a session is closed when its first
 * line is more than {@code window} lines behind, or at the end; closed sessions go back to the
 * pool to be coded and encoded, and are written in the order they were closed. Procedures of one
 * session more than {@code window} lines apart are coded as separate sessions (exports written
 * per patient keep them together; raise the window for others, at the cost of memory held for
 * open sessions). A line that is not a Procedure or Bundle becomes an OperationOutcome naming its
 * line; the run goes on. A Bundle line is coded on its own.
 */
public final class BulkCoder {
  private static final int CHUNK = 64;

  private final FacetClaims facet;
  private final int threads;
  private final int window;
  private final FacetClaims.CodingOptions options;
  private final Consumer<String> progress;
  /** Null when HAPI parses every line (the builder's {@code hapi(true)}). */
  private final FastProcedureDecoder fastDecoder;

  private BulkCoder(Builder b) {
    this.facet = b.facet;
    this.threads = b.threads;
    this.window = b.window;
    FacetClaims.CodingOptions o = FacetClaims.CodingOptions.of(b.profile);
    if (b.coverage != null) {
      o = o.withCoverage(b.coverage);
    }
    if (b.coverageChecksSet) {
      o = o.withCoverageChecks(b.coverageChecks);
    }
    this.options = o;
    this.progress = b.progress;
    this.fastDecoder = b.hapi ? null
        : new FastProcedureDecoder(facet.limits());
  }

  /** A builder: all cores, a window of 1,000 lines, profile {@code medicare-physician}. */
  public static Builder builder(FacetClaims facet) {
    return new Builder(facet);
  }

  /**
   * Codes {@code input} into {@code outputDir/Claim.ndjson} and
   * {@code outputDir/OperationOutcome.ndjson}.
   *
   * @throws IOException when the input cannot be opened or the output cannot be written
   */
  public BulkSummary run(Path input, Path outputDir) throws IOException {
    Files.createDirectories(outputDir);
    // Bytes in and out: each line is checked on its own (a line that is not UTF-8 is one bad
    // line, see NdjsonLines) and parsed from its bytes (Utf8Line), and JSON goes out as bytes,
    // without a Writer's char[] copy and char-by-char encoder on the reading thread.
    try (InputStream in = Files.newInputStream(input);
        Outputs out = new Outputs(outputDir.resolve("Claim.ndjson"),
            outputDir.resolve("OperationOutcome.ndjson"))) {
      NdjsonLines lines = new NdjsonLines(in, facet.limits().maxBytes(), true);
      return new Run(lines::next, out.sink(0), out.sink(1)).execute();
    }
  }

  /**
   * Codes a few synthetic lines ({@link SyntheticProcedures}: no patient data) in memory, the
   * output dropped, to load and initialise the classes of the per-line path (decoder, reader,
   * grammar, coder, coverage checks, writer: most of the classes a run loads) while the caller
   * does something else on another core. The command line runs it while picocli reads the
   * arguments; the run itself then starts with those classes ready. Never throws.
   */
  public static void warmUp(FacetClaims facet) {
    try {
      java.io.StringWriter lines = new java.io.StringWriter();
      SyntheticProcedures.write(lines, 16, 1, 2);
      builder(facet).threads(1).coverage(new Reference("Coverage/warm-up")).build()
          .run(new BufferedReader(new java.io.StringReader(lines.toString())),
              Writer.nullWriter(), Writer.nullWriter());
    } catch (IOException | RuntimeException e) {
      // Only a head start: the real run loads what it needs and reports any failure itself.
    }
  }

  /**
   * The result of a bulk task (a worker's chunk, the output files' opening), waiting for it. An
   * I/O failure is thrown as itself (also from inside an UncheckedIOException); anything else
   * the task threw is a bug, wrapped.
   */
  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException) {
        throw (IOException) c;
      }
      if (c instanceof UncheckedIOException) {
        throw ((UncheckedIOException) c).getCause();
      }
      throw new IllegalStateException("bulk task failed (" + c.getClass().getSimpleName()
          + ")", c);
    }
  }

  /**
   * The two output files, opened on a thread of their own. Opening truncates what a previous run
   * left there, and freeing those cached pages is kernel work proportional to their size (about
   * 80 ms for the 280 MB of a 100,000-line run here); it happens while the input is read and the
   * first lines coded instead of before. A file that cannot be opened fails the run at its first
   * line written, or at the end, with the same IOException as before.
   */
  private static final class Outputs implements Closeable {
    private final FutureTask<OutputStream[]> opening;
    /** The opening failed and that was thrown already (close must not throw it again). */
    private boolean failureThrown;

    Outputs(Path claims, Path outcomes) {
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

    private OutputStream[] streams() throws IOException {
      try {
        return await(opening);
      } catch (IOException | RuntimeException e) {
        // A finished task that throws failed to open (get() on it ignores an interrupt).
        failureThrown = opening.isDone();
        throw e;
      }
    }

    /**
     * Sink {@code i} (0 Claims, 1 outcomes): a batch's lines as UTF-8 bytes, to the stream once
     * it is open.
     */
    Sink sink(int i) {
      return new Sink() {
        private OutputStream o;

        @Override
        public boolean bytes() {
          return true;
        }

        @Override
        public Object prepare(Object json) {
          throw new UnsupportedOperationException("lines go out in batches");
        }

        @Override
        public void line(Object prepared) {
          throw new UnsupportedOperationException("lines go out in batches");
        }

        @Override
        public void lines(JsonBytes batch) throws IOException {
          if (o == null) {
            o = streams()[i];
          }
          batch.writeTo(o); // a batch is larger than the stream's buffer: written, not copied
        }

        @Override
        public void flush() throws IOException {
          streams()[i].flush();
        }
      };
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

  /**
   * Codes NDJSON from a reader into two writers (not closed here). The caller decoded the
   * bytes; {@link #run(Path, Path)} also reads a file with lines that are not UTF-8.
   */
  public BulkSummary run(BufferedReader in, Writer claims, Writer outcomes) throws IOException {
    // A line is held up to the input limit, never more (a longer one is refused as FCA-002).
    BufferedReader lines = BoundedLineReader.of(in, facet.limits().maxBytes());
    return new Run(lines::readLine, Sink.of(claims), Sink.of(outcomes)).execute();
  }

  /**
   * The next line: a String (from a Reader) or a {@link Utf8Line} (from a file), or a byte[] for
   * SafeParser to judge; null at the end.
   */
  private interface LineSource {
    Object next() throws IOException;
  }

  /** Where one output file's lines go. */
  private interface Sink {
    /**
     * True when lines go out as UTF-8 bytes (a file): the coding threads then write a whole
     * batch's lines into one buffer, which {@link #lines} writes without copying it again;
     * false when they go out line by line as Strings ({@link #prepare}, {@link #line}).
     */
    boolean bytes();

    /**
     * On a pool thread: the line as this sink will write it, from a String or the UTF-8 bytes of
     * one. Turning the JSON into a String is done here, by the coding threads, not by the one
     * reading thread, which every line goes through.
     */
    Object prepare(Object json);

    /** On the reading thread: writes a prepared line. */
    void line(Object prepared) throws IOException;

    /** On the reading thread: writes a batch of lines, each ending in a newline. */
    void lines(JsonBytes batch) throws IOException;

    void flush() throws IOException;

    static Sink of(Writer w) {
      return new Sink() {
        @Override
        public boolean bytes() {
          return false; // Strings as they are: HAPI's may hold what UTF-8 cannot
        }

        @Override
        public void lines(JsonBytes batch) {
          throw new UnsupportedOperationException("lines go out one by one");
        }

        @Override
        public Object prepare(Object json) {
          return json instanceof byte[] ? new String((byte[]) json, StandardCharsets.UTF_8) : json;
        }

        @Override
        public void line(Object prepared) throws IOException {
          w.write((String) prepared);
          w.write('\n');
        }

        @Override
        public void flush() throws IOException {
          w.flush();
        }
      };
    }
  }

  /**
   * What one unit wrote: its Claim lines and outcome, prepared for line-by-line sinks (null with
   * byte sinks, whose lines are in the batch's buffers), and what to count.
   */
  private static final class Written {
    final Object claim;
    final int claims;
    final Object outcome;
    final boolean hasOutcome;
    /** The coding failed inside the library (FC-513). */
    final boolean failed;

    Written(Object claim, int claims, Object outcome, boolean hasOutcome, boolean failed) {
      this.claim = claim;
      this.claims = claims;
      this.outcome = outcome;
      this.hasOutcome = hasOutcome;
      this.failed = failed;
    }
  }

  /** A batch of units coded: each unit's counts and, with byte sinks, all their lines. */
  private static final class Coded {
    final List<Written> units;
    /** The batch's Claim and outcome lines with byte sinks; null otherwise. */
    final JsonBytes claimLines;
    final JsonBytes outcomeLines;

    Coded(List<Written> units, JsonBytes claimLines, JsonBytes outcomeLines) {
      this.units = units;
      this.claimLines = claimLines;
      this.outcomeLines = outcomeLines;
    }
  }

  /** One line's reading. */
  private static final class LineResult {
    final long line;
    final ReadProcedure procedure; // or
    final IBaseResource bundle;    // or
    final String malformed;        // message

    LineResult(long line, ReadProcedure procedure, IBaseResource bundle, String malformed) {
      this.line = line;
      this.procedure = procedure;
      this.bundle = bundle;
      this.malformed = malformed;
    }
  }

  /** Something to write: a session, an uncodable procedure, a Bundle line, a malformed line. */
  private static final class Unit {
    final String key;
    final List<ReadProcedure> procedures = new ArrayList<>(1);
    final long firstLine;
    final boolean codable;
    final IBaseResource bundle;
    final String malformed;

    Unit(String key, long firstLine, boolean codable, IBaseResource bundle, String malformed) {
      this.key = key;
      this.firstLine = firstLine;
      this.codable = codable;
      this.bundle = bundle;
      this.malformed = malformed;
    }
  }

  /** One run: the state of the reading thread. */
  private final class Run {
    private final LineSource in;
    private final Sink claimsOut;
    private final Sink outcomesOut;
    private final ExecutorService pool;
    private final ArrayDeque<Future<List<LineResult>>> parsing = new ArrayDeque<>();
    private final ArrayDeque<Future<Coded>> coding = new ArrayDeque<>();
    /**
     * Batch buffers the reading thread has written, for the coding threads to fill again: a run
     * holds about two per batch in flight instead of allocating a byte[] for every line.
     */
    private final ConcurrentLinkedQueue<JsonBytes> buffers = new ConcurrentLinkedQueue<>();
    private final LinkedHashMap<String, Unit> open = new LinkedHashMap<>();
    private List<Unit> batch = new ArrayList<>(CHUNK);
    private long lines;
    private long procedures;
    private long claims;
    private long outcomes;
    private long malformedCount;
    private long failedCount;
    private final long start = System.nanoTime();
    private long lastReport = start;
    /**
     * One encoder per pool thread for the run (its buffer grows to the largest resource once,
     * not once per chunk); each holds a HAPI parser, which is not thread-safe.
     */
    private final ThreadLocal<FastResourceEncoder> encoders = ThreadLocal.withInitial(
        () -> new FastResourceEncoder(facet.fhirContext().newJsonParser().setPrettyPrint(false)));
    /** One JSON writer per pool thread, for the same reason (it reuses a buffer). */
    private final ThreadLocal<ResultJsonWriter> writers = ThreadLocal.withInitial(
        () -> new ResultJsonWriter(facet.clock()));

    Run(LineSource in, Sink claimsOut, Sink outcomesOut) {
      this.in = in;
      this.claimsOut = claimsOut;
      this.outcomesOut = outcomesOut;
      this.pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "facet-bulk");
        t.setDaemon(true);
        return t;
      });
    }

    BulkSummary execute() throws IOException {
      try {
        List<Object> chunk = new ArrayList<>(CHUNK);
        long chunkStart = 1;
        Object line;
        while ((line = in.next()) != null) {
          lines++;
          chunk.add(line);
          if (chunk.size() == CHUNK) {
            submitParse(chunk, chunkStart);
            chunkStart = lines + 1;
            chunk = new ArrayList<>(CHUNK);
          }
          report(false);
        }
        if (!chunk.isEmpty()) {
          submitParse(chunk, chunkStart);
        }
        while (!parsing.isEmpty()) {
          group(await(parsing.poll()));
        }
        for (Unit u : open.values()) {
          emit(u);
        }
        open.clear();
        flushBatch();
        while (!coding.isEmpty()) {
          write(await(coding.poll()));
        }
        claimsOut.flush();
        outcomesOut.flush();
        report(true);
        return new BulkSummary(lines, procedures, claims, outcomes, malformedCount, failedCount,
            (System.nanoTime() - start) / 1_000_000);
      } finally {
        pool.shutdownNow();
      }
    }

    private void submitParse(List<Object> chunk, long firstLine) throws IOException {
      parsing.add(pool.submit(() -> parseChunk(chunk, firstLine)));
      while (parsing.size() > threads * 4) {
        group(await(parsing.poll()));
      }
    }

    private List<LineResult> parseChunk(List<Object> chunk, long firstLine) {
      List<LineResult> out = new ArrayList<>(chunk.size());
      SafeParser parser = facet.parser();
      for (int i = 0; i < chunk.size(); i++) {
        long n = firstLine + i;
        Object item = chunk.get(i);
        if (item instanceof Utf8Line ? ((Utf8Line) item).isBlank()
            : item instanceof String && ((String) item).isBlank()) {
          continue;
        }
        try {
          // A byte[] line is not UTF-8 or over the limit: SafeParser refuses it with its id.
          IBaseResource r = item instanceof Utf8Line ? parse(parser, (Utf8Line) item)
              : item instanceof String ? parse(parser, (String) item)
              : parser.parse((byte[]) item);
          if (r instanceof Procedure) {
            Procedure p = (Procedure) r;
            ReadProcedure rp = facet.read(p, "Procedure",
                new ResourceIndex(p, facet.limits().maxResources()));
            String label = (p.getIdElement().hasIdPart() ? "Procedure/"
                + p.getIdElement().getIdPart() + " " : "") + "(line " + n + ")";
            out.add(new LineResult(n, rp.withLabel(label), null, null));
          } else {
            out.add(new LineResult(n, null, r, null));
          }
        } catch (InputException e) {
          out.add(new LineResult(n, null, null, e.getMessage()));
        } catch (RuntimeException e) {
          out.add(new LineResult(n, null, null, "unreadable (" + e.getClass().getSimpleName()
              + ")"));
        }
      }
      return out;
    }

    /**
     * The fast decoder for an ordinary Procedure line; SafeParser (HAPI) for everything else,
     * and for every line when the fast path is off. Both give the same result; see
     * {@link FastProcedureDecoder}.
     */
    private IBaseResource parse(SafeParser parser, String text) {
      if (fastDecoder != null) {
        try {
          return fastDecoder.decode(text);
        } catch (FastProcedureDecoder.Fallback e) {
          // outside its subset: HAPI decides
        }
      }
      return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #parse(SafeParser, String)} for a line read from a file: its bytes. */
    private IBaseResource parse(SafeParser parser, Utf8Line line) {
      if (fastDecoder != null) {
        try {
          return fastDecoder.decode(line);
        } catch (FastProcedureDecoder.Fallback e) {
          // outside its subset: HAPI decides
        }
      }
      return parser.parse(line.bytes);
    }

    /** In input order, on the reading thread. */
    private void group(List<LineResult> results) throws IOException {
      for (LineResult r : results) {
        if (r.malformed != null) {
          malformedCount++;
          emit(new Unit("line:" + r.line, r.line, false, null, "line " + r.line + ": "
              + r.malformed));
        } else if (r.bundle != null) {
          emit(new Unit("line:" + r.line, r.line, false, r.bundle, null));
        } else {
          procedures++;
          ReadProcedure p = r.procedure;
          if (p.documented == null || p.date == null) {
            Unit u = new Unit("line:" + r.line, r.line, false, null, null);
            u.procedures.add(p);
            emit(u);
          } else {
            String key = FacetClaims.sessionKey(p);
            if (key.startsWith("procedure:")) {
              key = key + "#" + r.line;
            }
            Unit u = open.get(key);
            if (u == null) {
              u = new Unit(key, r.line, true, null, null);
              open.put(key, u);
            }
            u.procedures.add(p);
          }
        }
        // Close sessions whose first line is out of the window.
        Iterator<Unit> it = open.values().iterator();
        while (it.hasNext()) {
          Unit u = it.next();
          if (u.firstLine > r.line - window) {
            break;
          }
          it.remove();
          emit(u);
        }
      }
    }

    private void emit(Unit u) throws IOException {
      batch.add(u);
      if (batch.size() == CHUNK) {
        flushBatch();
      }
    }

    private void flushBatch() throws IOException {
      if (batch.isEmpty()) {
        return;
      }
      List<Unit> units = batch;
      batch = new ArrayList<>(CHUNK);
      coding.add(pool.submit(() -> codeUnits(units)));
      while (coding.size() > threads * 4) {
        write(await(coding.poll()));
      }
    }

    /** On a pool thread: code and write JSON; returns each unit's lines, prepared for the sinks. */
    private Coded codeUnits(List<Unit> units) {
      // Called directly, not through a Function: a lambda would be one more place for the JIT
      // to compile the whole encoder into.
      IParser hapiJson = fastDecoder == null
          ? facet.fhirContext().newJsonParser().setPrettyPrint(false) : null;
      // The fast path writes Claims and outcomes as JSON from the coding result; with HAPI
      // alone (--hapi-parser) they are built and encoded by HAPI, as the code command does.
      ResultJsonWriter direct = fastDecoder == null ? null : writers.get();
      // A file: every line of the batch goes into one buffer per output, straight from the
      // writer (or as the UTF-8 of HAPI's text), in unit order.
      JsonBytes claimLines = claimsOut.bytes() ? buffer() : null;
      JsonBytes outcomeLines = outcomesOut.bytes() ? buffer() : null;
      List<Written> out = new ArrayList<>(units.size());
      for (Unit u : units) {
        List<Finding> findings = new ArrayList<>();
        Object claim = null; // a String, or UTF-8 bytes from the direct writer
        int claimCount = 0; // a Bundle line can give several Claims, one per output line
        boolean failed = false;
        if (u.malformed != null) {
          findings.add(Finding.of(FindingCode.MALFORMED_RECORD, u.malformed));
        } else if (u.bundle != null) {
          try {
            CodingOutput co = facet.code(u.bundle, options);
            StringBuilder sb = new StringBuilder();
            for (SessionClaim sc : co.sessions()) {
              sb.append(claimCount++ == 0 ? "" : "\n").append(json(hapiJson, sc.claim()));
            }
            claim = claimCount == 0 ? null : sb.toString();
            findings.addAll(co.findings());
            if (claim != null && claimLines != null) {
              claimLines.text((String) claim).raw('\n');
              claim = null;
            }
          } catch (InputException e) {
            findings.add(Finding.of(FindingCode.MALFORMED_RECORD, "line " + u.firstLine + ": "
                + e.getMessage()));
          } catch (RuntimeException e) {
            claim = null;
            claimCount = 0;
            findings.clear();
            findings.add(codingFailed(u, e));
            failed = true;
          }
        } else {
          for (ReadProcedure p : u.procedures) {
            findings.addAll(p.findings);
          }
          if (u.codable) {
            int read = findings.size();
            try {
              CodedSession cs = facet.codeForClaim(u.key, u.procedures, options,
                  options.coverage(), findings, null);
              if (cs != null) {
                if (claimLines != null) {
                  if (direct == null || !direct.appendClaim(cs, claimLines)) {
                    claimLines.text(json(hapiJson, facet.writeClaim(cs))).raw('\n');
                  }
                } else {
                  claim = direct == null ? null : direct.claim(cs);
                  if (claim == null) { // HAPI alone, or a value the direct writer declined
                    claim = json(hapiJson, facet.writeClaim(cs));
                  }
                }
                claimCount = 1;
              }
            } catch (RuntimeException e) {
              // A bug, not the record's fault: this session has no Claim; the run goes on.
              claim = null;
              claimCount = 0;
              findings.subList(read, findings.size()).clear();
              findings.add(codingFailed(u, e));
              failed = true;
            }
          }
        }
        Object outcome = null;
        if (!findings.isEmpty()) {
          String seed = "bulk|" + u.key + "|" + u.firstLine;
          // A line that gave no Procedure: each issue names it.
          String lineTag = u.procedures.isEmpty() ? "line " + u.firstLine : null;
          if (outcomeLines != null) {
            if (direct == null
                || !direct.appendOutcome(findings, u.procedures, seed, lineTag, outcomeLines)) {
              outcomeLines.text(json(hapiJson,
                  OutcomeWriter.write(findings, u.procedures, seed, lineTag))).raw('\n');
            }
          } else {
            outcome = direct == null ? null
                : direct.outcome(findings, u.procedures, seed, lineTag);
            if (outcome == null) {
              outcome = json(hapiJson,
                  OutcomeWriter.write(findings, u.procedures, seed, lineTag));
            }
            outcome = outcomesOut.prepare(outcome);
          }
        }
        out.add(new Written(claim == null ? null : claimsOut.prepare(claim), claimCount,
            outcome, !findings.isEmpty(), failed));
      }
      return new Coded(out, claimLines, outcomeLines);
    }

    /** An empty batch buffer: one the reading thread has written, or a new one. */
    private JsonBytes buffer() {
      JsonBytes b = buffers.poll();
      if (b == null) {
        return new JsonBytes(CHUNK * 4096);
      }
      b.clear();
      return b;
    }

    /**
     * FC-513 for a unit whose coding threw: its line (and how many lines the session had) and
     * the error's type, never its message (which may quote the record).
     */
    private Finding codingFailed(Unit u, RuntimeException e) {
      int n = u.procedures.size();
      return Finding.of(FindingCode.CODING_FAILED, "line " + u.firstLine
          + (n > 1 ? " (a session of " + n + " lines)" : "") + ": coding failed inside the"
          + " library (" + e.getClass().getSimpleName() + "); no Claim was written. Please"
          + " report the error type and line number.");
    }

    /**
     * A built resource's JSON: HAPI's parser with the fast path off; otherwise this thread's
     * encoder, made on first use only (it holds a HAPI parser, and so needs HAPI's model scan,
     * which a run of ordinary lines never does).
     */
    private String json(IParser hapiJson, IBaseResource r) {
      return hapiJson == null ? encoders.get().encode(r) : hapiJson.encodeResourceToString(r);
    }

    private void write(Coded batch) throws IOException {
      for (Written w : batch.units) {
        if (w.failed) {
          failedCount++;
        }
        claims += w.claims;
        if (w.hasOutcome) {
          outcomes++;
        }
        if (w.claim != null) {
          claimsOut.line(w.claim);
        }
        if (w.outcome != null) {
          outcomesOut.line(w.outcome);
        }
      }
      if (batch.claimLines != null) {
        claimsOut.lines(batch.claimLines);
        recycle(batch.claimLines);
      }
      if (batch.outcomeLines != null) {
        outcomesOut.lines(batch.outcomeLines);
        recycle(batch.outcomeLines);
      }
    }

    /** Back to the coding threads, unless an odd batch grew it past 1 MiB (memory stays flat). */
    private void recycle(JsonBytes b) {
      if (b.capacity() <= 1 << 20) {
        buffers.offer(b);
      }
    }

    private void report(boolean last) {
      if (progress == null) {
        return;
      }
      long now = System.nanoTime();
      if (!last && now - lastReport < 1_000_000_000L) {
        return;
      }
      lastReport = now;
      double secs = Math.max(1e-9, (now - start) / 1e9);
      progress.accept(String.format(java.util.Locale.ROOT,
          "%s%,d lines read, %,.0f lines/s, %,d claims written",
          last ? "done: " : "", lines, lines / secs, claims));
    }
  }

  /** Configures a {@link BulkCoder}. */
  public static final class Builder {
    private final FacetClaims facet;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int window = 1000;
    private PayerProfile profile = PayerProfile.MEDICARE_PHYSICIAN;
    private Reference coverage;
    private Consumer<String> progress;
    private boolean hapi;
    private CoverageOptions coverageChecks;
    private boolean coverageChecksSet;

    private Builder(FacetClaims facet) {
      this.facet = Objects.requireNonNull(facet, "facet");
    }

    /** Worker threads (default: all cores). */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("threads must be 1-256, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** How many lines a session may span (default 1,000). */
    public Builder window(int lines) {
      if (lines < 1 || lines > 10_000_000) {
        throw new IllegalArgumentException("window must be 1-10,000,000 lines, not " + lines);
      }
      this.window = lines;
      return this;
    }

    public Builder profile(PayerProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** A Coverage to put on every Claim (an export of Procedures carries none). */
    public Builder coverage(Reference coverage) {
      this.coverage = coverage;
      return this;
    }

    /**
     * The Medicare coverage checks to run on every session, or null for none (default: the
     * standard checks for the Medicare profiles, none for the others, as
     * {@link FacetClaims.CodingOptions#of}). For example, the place of service of the whole
     * export: {@code CoverageOptions.standard().withPlaceOfService("11")}.
     */
    public Builder coverageChecks(CoverageOptions checks) {
      this.coverageChecks = checks;
      this.coverageChecksSet = true;
      return this;
    }

    /** Receives a progress line at most once a second, and a last one at the end. */
    public Builder progress(Consumer<String> progress) {
      this.progress = progress;
      return this;
    }

    /**
     * Parse and encode with HAPI alone (true), or (false, the default) with the fast Procedure
     * decoder and the JSON writer of Claims and OperationOutcomes, which hand HAPI whatever they
     * do not handle.
     * The output is the same byte for byte; the fast path is several times quicker.
     */
    public Builder hapi(boolean hapiOnly) {
      this.hapi = hapiOnly;
      return this;
    }

    public BulkCoder build() {
      return new BulkCoder(this);
    }
  }
}
