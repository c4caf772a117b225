package org.facetclaims.fhir.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
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
  private final LineParsing parsing;
  private final UnitCoding coding;

  private BulkCoder(Builder b) {
    FacetClaims facet = b.facet;
    this.limits = facet.limits();
    this.threads = b.threads;
    this.window = b.window;
    this.progress = b.progress;
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
        new SafeParser(facet::fhirContext, limits), reader, limits);
    this.coding = new UnitCoding(sessions, new InputCoding(reader, sessions, limits),
        new ClaimMapping(facet.clock()), o, facet::fhirContext, b.hapi);
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
    // line, see NdjsonLines) and parsed from its bytes, and JSON goes out as bytes, without a
    // Writer's char[] copy and char-by-char encoder on the reading thread.
    try (InputStream in = Files.newInputStream(input);
        OutputFiles out = new OutputFiles(outputDir.resolve("Claim.ndjson"),
            outputDir.resolve("OperationOutcome.ndjson"))) {
      NdjsonLines lines = new NdjsonLines(in, limits.maxBytes(), true);
      return new BulkRun(parsing, coding, threads, window, progress, lines::next, out.claims(),
          out.outcomes()).execute();
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
    private boolean hapi;
    private CoverageOptions coverageChecks;
    private boolean coverageChecksSet;
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

    /** Receives a progress line at most once a second, and a last one at the end. */
    public Builder progress(Consumer<String> progress) {
      this.progress = progress;
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

    public BulkCoder build() {
      return new BulkCoder(this);
    }
  }
}
