package org.facetclaims.fhir.bulk;

import com.google.common.io.CountingInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputLimits;
import org.facetclaims.fhir.claim.ClaimMapping;
import org.facetclaims.fhir.codec.FastProcedureDecoder;
import org.facetclaims.fhir.history.CoverageOptions;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.SafeParser;
import org.facetclaims.fhir.session.InputCoding;
import org.facetclaims.fhir.session.SessionCoding;
import org.hl7.fhir.r4.model.Reference;

/**
 * Codes a Bulk Data style NDJSON export ({@code Procedure.ndjson}, one resource a line) into
 * {@code Claim.ndjson} and {@code OperationOutcome.ndjson}, streaming, on all cores, with memory
 * bounded whatever the input size and output bytes that do not depend on the thread count.
 *
 * <p>Procedures are grouped into sessions (patient, date, performer) within a <b>window</b> of
 * lines: a session is closed when its first line is more than {@code window} lines behind, or at
 * the end, and Procedures of one session further apart are coded as separate sessions (exports
 * written per patient keep them together; raise the window for others, at the cost of memory
 * held for open sessions). A line that is not a Procedure or Bundle becomes an OperationOutcome
 * naming its line, and the run goes on. A Bundle line is coded on its own. Same configuration as
 * the {@link FacetClaims} given: engine, grammar, limits, clock.
 *
 * <pre>{@code
 * BulkSummary summary = BulkCoder.builder(FacetClaims.builder().rememberedTexts(8192).build())
 *     .threads(2).profile(PayerProfile.MEDICARE_PHYSICIAN).build()
 *     .run(Path.of("Procedure.ndjson"), Path.of("out"));
 * }</pre>
 */
public final class BulkCoder {
  private final InputLimits limits;
  private final int threads;
  private final int window;
  private final Consumer<String> progress;
  private final long progressEveryNanos;
  private final LineParsing parsing;
  private final UnitCoding coding;
  private final Set<PosixFilePermission> permissions;
  private final boolean gzipOutput;

  private BulkCoder(Builder b) {
    FacetClaims facet = b.facet;
    this.limits = facet.limits();
    this.threads = b.threads;
    this.window = b.window;
    this.progress = b.progress;
    this.progressEveryNanos = b.progressEveryNanos;
    this.permissions = b.permissions;
    this.gzipOutput = b.gzipOutput;
    CodingOptions o = CodingOptions.of(b.profile);
    if (b.coverage != null) {
      o = o.withCoverage(b.coverage);
    }
    if (b.coverageChecksSet) {
      o = o.withCoverageChecks(b.coverageChecks);
    }
    if (b.options != null) {
      o = b.options.apply(o);
    }
    ProcedureReader reader = new ProcedureReader(facet.textGrammar(), limits,
        facet.engine().editions());
    SessionCoding sessions = new SessionCoding(facet.engine());
    this.parsing = new LineParsing(b.hapi ? null : new FastProcedureDecoder(limits),
        new SafeParser(facet::fhirContext, limits), reader, limits,
        InputCoding.readsStopped(o), InputCoding.readsService(o));
    this.coding = new UnitCoding(sessions, new InputCoding(reader, sessions, limits),
        new ClaimMapping(facet.clock()), o, facet::fhirContext, b.hapi);
  }

  /** A builder: all cores, a window of 1,000 lines, profile {@code medicare-physician}. */
  public static Builder builder(FacetClaims facet) {
    return new Builder(facet);
  }

  /**
   * Codes {@code input} into {@code outputDir/Claim.ndjson} and
   * {@code outputDir/OperationOutcome.ndjson} ({@code .ndjson.gz}, compressed, with
   * {@link Builder#gzipOutput}). An input whose name ends in {@code .gz} is read as gzip.
   *
   * <p>The files are written under hidden names and renamed into place only when the whole run
   * has been written: until then, and whenever the run fails, the folder's previous output is
   * as it was. They are created new (no existing file or symbolic link is opened or followed),
   * readable and writable by their owner only unless {@link Builder#outputPermissions} says
   * otherwise.
   *
   * @throws OutputException when the output cannot be created or written (a full disk), or
   *     when the input is one of the output files (FCO-001)
   * @throws org.facetclaims.fhir.InputException (FCA-011) when a gzip input is corrupt or cut
   * @throws IOException when the input cannot be opened or read
   */
  public BulkSummary run(Path input, Path outputDir) throws IOException {
    String suffix = gzipOutput ? ".ndjson.gz" : ".ndjson";
    Path claims = outputDir.resolve("Claim" + suffix);
    Path outcomes = outputDir.resolve("OperationOutcome" + suffix);
    for (Path out : new Path[] {claims, outcomes}) {
      if (Files.exists(out) && Files.exists(input) && Files.isSameFile(input, out)) {
        throw new OutputException(OutputException.Kind.OVERWRITES_INPUT, out
            + " is the input; choose another output folder", null);
      }
    }
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new OutputException(OutputException.Kind.NOT_CREATED, outputDir + ": "
          + OutputException.reason(e), e);
    }
    // Bytes in and out: each line is checked on its own (a line that is not UTF-8 is one bad
    // line, see NdjsonLines) and parsed from its bytes, and JSON goes out as bytes, without a
    // Writer's char[] copy and char-by-char encoder on the reading thread.
    // Progress counts the bytes of the file as stored (compressed or not) against its size.
    try (CountingInputStream raw = new CountingInputStream(Files.newInputStream(input));
        InputStream in = InputFiles.open(raw, input);
        OutputFiles out = new OutputFiles(claims, outcomes, permissions, gzipOutput)) {
      NdjsonLines lines = new NdjsonLines(in, limits.maxBytes(), true);
      BulkSummary summary = new BulkRun(parsing, coding, threads, window, progress,
          InputFiles.numbered(lines, input), out.claims(), out.outcomes())
          .sized(raw::getCount, Files.size(input)).reportEvery(progressEveryNanos).execute();
      out.commit();
      return summary;
    }
  }

  /**
   * Codes NDJSON from a reader into two writers (not closed here). The caller decoded the
   * bytes; {@link #run(Path, Path)} also reads a file with lines that are not UTF-8.
   */
  public BulkSummary run(BufferedReader in, Writer claims, Writer outcomes) throws IOException {
    // A line is held up to the input limit, never more (a longer one is refused as FCA-002).
    BufferedReader lines = BoundedLineReader.of(in, limits.maxBytes());
    return new BulkRun(parsing, coding, threads, window, progress, () -> {
      String line = lines.readLine();
      return line == null ? null : new NdjsonLine.Text(line);
    }, LineSink.of(claims), LineSink.of(outcomes)).execute();
  }

  /** Configures a {@link BulkCoder}. */
  public static final class Builder {
    private final FacetClaims facet;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int window = 1000;
    private PayerProfile profile = PayerProfile.MEDICARE_PHYSICIAN;
    private Reference coverage;
    private Consumer<String> progress;
    private long progressEveryNanos = 1_000_000_000L;
    private boolean hapi;
    private CoverageOptions coverageChecks;
    private boolean coverageChecksSet;
    private Set<PosixFilePermission> permissions = OutputFiles.OWNER_ONLY;
    private boolean gzipOutput;
    private UnaryOperator<CodingOptions> options;

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
     * {@link CodingOptions#of}). For example, the place of service of the whole export:
     * {@code CoverageOptions.standard().withPlaceOfService("11")}.
     */
    public Builder coverageChecks(CoverageOptions checks) {
      this.coverageChecks = checks;
      this.coverageChecksSet = true;
      return this;
    }

    /**
     * Further options for every session, applied to the ones this builder sets (profile,
     * coverage, coverage checks): for example facility claims, {@code o ->
     * o.withClaims(ClaimSelection.BOTH).withSetting(CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS)}.
     */
    public Builder options(UnaryOperator<CodingOptions> options) {
      this.options = options;
      return this;
    }

    /**
     * Receives a progress line at most once a second while the input is read (with the share
     * read and the time left when the input is a file, and a last line at 100 % when the whole
     * file has been read after at least one progress line); the end of the run is its
     * {@link BulkSummary}.
     */
    public Builder progress(Consumer<String> progress) {
      this.progress = progress;
      return this;
    }

    /** Progress lines at most this often (tests: zero, a line per line read). */
    Builder progressEvery(Duration interval) {
      this.progressEveryNanos = interval.toNanos();
      return this;
    }

    /**
     * Parse and encode with HAPI alone (true), or (false, the default) with the fast Procedure
     * decoder and the JSON renderer, which hand HAPI whatever they do not handle. The output is
     * the same byte for byte; the fast path is several times quicker.
     */
    public Builder hapi(boolean hapiOnly) {
      this.hapi = hapiOnly;
      return this;
    }

    /**
     * The permissions of the output files on POSIX file systems (default {@code rw-------}:
     * the output is patient data), for example {@code PosixFilePermissions.fromString(
     * "rw-r-----")}; the owner can always read and write them.
     */
    public Builder outputPermissions(Set<PosixFilePermission> permissions) {
      Set<PosixFilePermission> p = EnumSet.copyOf(Objects.requireNonNull(permissions,
          "permissions").isEmpty() ? OutputFiles.OWNER_ONLY : permissions);
      p.add(PosixFilePermission.OWNER_READ);
      p.add(PosixFilePermission.OWNER_WRITE);
      p.removeAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE,
          PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE));
      this.permissions = Collections.unmodifiableSet(p);
      return this;
    }

    /** Write {@code Claim.ndjson.gz} and {@code OperationOutcome.ndjson.gz}, gzip-compressed. */
    public Builder gzipOutput(boolean gzip) {
      this.gzipOutput = gzip;
      return this;
    }

    public BulkCoder build() {
      return new BulkCoder(this);
    }
  }
}
