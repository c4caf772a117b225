package org.facetclaims.fhir.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.ClaimSelection;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.facetclaims.fhir.bulk.BulkSummary;
import org.facetclaims.fhir.bulk.OutputException;
import org.hl7.fhir.r4.model.Reference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulk --input Procedure.ndjson --output DIR [--threads N]}. */
@Command(name = "bulk", mixinStandardHelpOptions = true,
    description = "Codes Bulk Data NDJSON (one Procedure or Bundle a line) into DIR/Claim.ndjson"
        + " and DIR/OperationOutcome.ndjson, streaming, on all cores.",
    footer = {"", "Input: NDJSON, or gzip-compressed NDJSON when the name ends in .gz.",
        "Output: written under hidden names and renamed into place only when the run succeeds;"
            + " mode 600 unless --output-mode says otherwise; never through a symbolic link.",
        "", "Exit codes: 0 finished (bad lines are findings in OperationOutcome.ndjson);"
        + " 2 the input cannot be read at all, or a wrong option; 3 finished, but more lines"
        + " were malformed than --fail-on-malformed allows (by default: every line); 4 the"
        + " output cannot be written (FCO-001 it would overwrite the input, FCO-002 a write"
        + " failed, e.g. the disk is full, FCO-003 a file cannot be created); the previous"
        + " output is then left as it was."})
final class BulkCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "NDJSON input.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--window", paramLabel = "LINES", defaultValue = "1000",
      description = "Lines a session may span (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "medicare-physician",
      description = "Payer profile: a standard name or a profile file (default:"
          + " ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--coverage", paramLabel = "REFERENCE",
      description = "A Coverage reference to put on every Claim, e.g. Coverage/123.")
  String coverage;

  @Option(names = "--hapi-parser",
      description = "Parse and encode with HAPI alone instead of the fast decoder and encoder"
          + " (same output, slower; for comparison).")
  boolean hapiParser;

  @Option(names = "--remembered-texts", paramLabel = "N", defaultValue = "8192",
      description = "Readings of recent clinical texts kept so that a repeated procedure name or"
          + " note template is read once (default: ${DEFAULT-VALUE}; 0 turns it off; the output"
          + " is the same).")
  int rememberedTexts;

  @CommandLine.Mixin
  CoverageFlags coverageFlags;

  @Option(names = "--output-mode", paramLabel = "MODE", defaultValue = "600",
      description = "Octal permissions of the output files (default: ${DEFAULT-VALUE}, owner"
          + " only: the output is patient data), for example 640.")
  String outputMode;

  @Option(names = "--gzip", description = "Write Claim.ndjson.gz and OperationOutcome.ndjson.gz,"
      + " gzip-compressed.")
  boolean gzip;

  @CommandLine.Mixin
  DataFlags dataFlags;

  @CommandLine.Mixin
  FacilityFlags facilityFlags;

  @Option(names = "--quiet", description = "No progress lines and no summary.")
  boolean quiet;

  @Option(names = "--fail-on-malformed", paramLabel = "N|P%",
      description = "Exit 3 when more than N lines (or P percent of the lines) could not be read"
          + " as a Procedure or Bundle. Default: only when every line is malformed.")
  String failOnMalformed;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Octal permissions such as 600 or 0640 (execute bits are not given to output files). */
  static Set<PosixFilePermission> permissions(String octal) {
    if (!octal.matches("0?[0-7]{3}")) {
      throw new IllegalArgumentException("FCC-003: --output-mode takes octal permissions such as"
          + " 600 or 640, not '" + octal + "'");
    }
    int mode = Integer.parseInt(octal, 8);
    Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE,
        PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
        PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (1 << i)) != 0) {
        p.add(bits[i]);
      }
    }
    return p;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DataFlags.Setup setup;
    try {
      setup = dataFlags.setup(profile);
    } catch (IllegalArgumentException e) {
      err.println("facet-claims: " + Main.usage(e));
      return Main.EXIT_UNREADABLE;
    }
    PayerProfile p = setup.profile();
    FacetCodingEngine engine = setup.engine();
    MalformedLimit limit;
    try {
      limit = MalformedLimit.parse(failOnMalformed);
    } catch (IllegalArgumentException e) {
      err.println("facet-claims: " + Main.usage(e));
      return Main.EXIT_UNREADABLE;
    }
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      err.println("facet-claims: FCC-008: cannot read " + input + ": not a readable file");
      return Main.EXIT_UNREADABLE;
    }
    BulkCoder.Builder b;
    try {
      FacetClaims facet = rememberedTexts == 0 && engine == null ? FacetClaims.create()
          : engine == null ? FacetClaims.builder().rememberedTexts(rememberedTexts).build()
          : FacetClaims.builder().rememberedTexts(rememberedTexts).engine(engine).build();
      b = BulkCoder.builder(facet).window(window).profile(p).hapi(hapiParser)
          .coverageChecks(coverageFlags.resolve(p)).gzipOutput(gzip)
          .outputPermissions(permissions(outputMode));
      // Checked here, where a wrong value is a usage error, then applied to every session.
      CodingOptions check = facilityFlags.apply(CodingOptions.of(p), coverageFlags);
      if (check.claims() != ClaimSelection.PROFESSIONAL
          || check.expectedPayment() || facilityFlags.discontinued != null) {
        b.options(o -> facilityFlags.apply(o, coverageFlags));
      }
      if (threads != null) {
        b.threads(threads);
      }
    } catch (IllegalArgumentException e) {
      err.println("facet-claims: " + Main.usage(e));
      return Main.EXIT_UNREADABLE;
    }
    for (String warning : coverageFlags.unused(p)) {
      err.println("facet-claims: warning: " + warning);
    }
    if (coverage != null) {
      b.coverage(new Reference(coverage));
    }
    if (!quiet) {
      b.progress(line -> {
        err.println("facet-claims: " + line);
        err.flush();
      });
    }
    try {
      BulkSummary s = b.build().run(input, output);
      if (!quiet) {
        err.println("facet-claims: done: " + s);
      }
      if (limit.exceeded(s)) {
        err.println("facet-claims: " + s.malformed() + " of " + s.lines() + " lines are"
            + " malformed (FC-512 in OperationOutcome.ndjson), "
            + (limit == MalformedLimit.ALL ? "and no line is a Procedure or Bundle"
                : "more than " + limit + " allows")
            + "; is the input NDJSON, one resource a line?");
        return Main.EXIT_ERROR_FINDING;
      }
      return 0;
    } catch (OutputException e) {
      err.println("facet-claims: " + e.getMessage());
      return Main.EXIT_OUTPUT;
    } catch (InputException e) {
      err.println("facet-claims: " + input + ": " + e.getMessage());
      return Main.EXIT_UNREADABLE;
    } catch (NoSuchFileException e) {
      err.println("facet-claims: FCC-008: cannot read or write " + e.getFile()
          + ": no such file or folder");
      return Main.EXIT_UNREADABLE;
    } catch (IOException e) {
      err.println("facet-claims: FCC-008: reading " + input + " or writing " + output + " failed: "
          + CodeCommand.reason(e));
      return Main.EXIT_UNREADABLE;
    }
  }

  /** How many malformed lines a run may have and still exit 0. */
  record MalformedLimit(long count, double percent) {
    /** The default: fail only when every line is malformed. */
    static final MalformedLimit ALL = new MalformedLimit(-1, -1);

    /** {@code N} or {@code P%}; null is {@link #ALL}. */
    static MalformedLimit parse(String s) {
      if (s == null) {
        return ALL;
      }
      String t = s.strip();
      try {
        if (t.endsWith("%")) {
          double p = Double.parseDouble(t.substring(0, t.length() - 1));
          if (p >= 0 && p <= 100) {
            return new MalformedLimit(-1, p);
          }
        } else {
          long n = Long.parseLong(t);
          if (n >= 0) {
            return new MalformedLimit(n, -1);
          }
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new IllegalArgumentException("FCC-003: --fail-on-malformed takes a number of lines"
          + " (0 or more) or a percentage (0% to 100%), not '" + s + "'");
    }

    /** True when the run had more malformed lines than allowed. */
    boolean exceeded(BulkSummary s) {
      if (count >= 0) {
        return s.malformed() > count;
      }
      if (percent >= 0) {
        return s.lines() > 0 && 100.0 * s.malformed() / s.lines() > percent;
      }
      return s.malformed() > 0 && s.procedures() == 0; // nothing but malformed (and blank) lines
    }

    @Override
    public String toString() {
      return count >= 0 ? "--fail-on-malformed " + count
          : percent >= 0 ? "--fail-on-malformed " + (percent == Math.rint(percent)
              ? String.valueOf((long) percent) : String.valueOf(percent)) + "%"
          : "the default";
    }
  }
}
