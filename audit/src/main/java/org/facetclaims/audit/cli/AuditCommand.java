package org.facetclaims.audit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.facetclaims.audit.AuditInputException;
import org.facetclaims.audit.AuditOptions;
import org.facetclaims.audit.AuditRunner;
import org.facetclaims.audit.InputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code audit --input FILE --output DIR}: the payment-integrity audit of facet claims. Exit 0
 * when the audit ran (findings are results), 2 when the input cannot be read at all.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Audits facet RF claim lines (CMS RIF carrier CSV, the same columns in Parquet,"
        + " or CARIN Blue Button ExplanationOfBenefit NDJSON): non-covered units, amounts at"
        + " risk and findings per line.",
        "Writes lines.csv, findings.csv, summary.json and report.html into the output folder."})
public final class AuditCommand implements Callable<Integer> {
  /** Exit code: the audit ran. */
  public static final int EXIT_OK = 0;
  /** Exit code: the input could not be read (or the command line was wrong). */
  public static final int EXIT_UNREADABLE = 2;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "Claim lines: .csv (RIF), .parquet, or .ndjson (ExplanationOfBenefit).")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder for lines.csv, findings.csv, summary.json, report.html.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "rif-csv, parquet or eob-ndjson (default: from the file name or content).")
  String format;

  @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "512MB",
      description = "DuckDB's memory limit; beyond it DuckDB spills to disk (default: ${DEFAULT-VALUE}).")
  String memoryLimit;

  @Option(names = "--threads", paramLabel = "N",
      description = "DuckDB's threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "Where DuckDB keeps its database and spill files (default: DIR/.audit-tmp, removed at the end).")
  Path tempDir;

  @Option(names = "--history-from", paramLabel = "YYYY-MM-DD",
      description = "The first date the data covers (default: the earliest date of service in the input).")
  LocalDate historyFrom;

  @Option(names = "--quiet", description = "No progress on standard error.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AuditOptions.Builder b = AuditOptions.builder(input, output).memoryLimit(memoryLimit)
        .tempDirectory(tempDir).historyFrom(historyFrom);
    if (format != null) {
      InputFormat f = InputFormat.byCode(format).orElse(null);
      if (f == null) {
        err.println("facet-claims: FCC-003: --format must be rif-csv, parquet or eob-ndjson, not "
            + format);
        return EXIT_UNREADABLE;
      }
      b.format(f);
    }
    if (threads != null) {
      if (threads < 1) {
        err.println("facet-claims: FCC-004: --threads must be at least 1");
        return EXIT_UNREADABLE;
      }
      b.threads(threads);
    }
    if (!quiet) {
      b.progress(line -> {
        err.println(line);
        err.flush();
      });
    }
    try {
      AuditRunner.run(b.build());
      return EXIT_OK;
    } catch (AuditInputException e) {
      err.println("facet-claims: " + e.getMessage());
      return EXIT_UNREADABLE;
    } catch (IOException e) {
      err.println("facet-claims: FCC-008: cannot write " + output + ": " + reason(e));
      return EXIT_UNREADABLE;
    }
  }

  /** Why a file could not be written, in plain words where the system gives them. */
  public static String reason(IOException e) {
    return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
        ? fs.getReason() : e instanceof java.nio.file.NoSuchFileException ? "no such folder"
        : "input/output error (" + e.getClass().getSimpleName() + ")";
  }
}
