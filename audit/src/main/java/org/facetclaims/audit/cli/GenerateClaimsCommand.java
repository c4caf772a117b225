package org.facetclaims.audit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.facetclaims.audit.InputFormat;
import org.facetclaims.audit.synthetic.SyntheticClaims;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate-claims --lines N --output FILE}: synthetic carrier claim lines with planted
 * violations and clean look-alikes, for trying the audit and for its benchmark.
 */
@Command(name = "generate-claims", mixinStandardHelpOptions = true,
    description = "Writes realistic synthetic carrier claim lines (invented data) with planted"
        + " violations, as RIF CSV, Parquet or EOB NDJSON.")
public final class GenerateClaimsCommand implements Callable<Integer> {
  @Option(names = "--lines", defaultValue = "100000",
      description = "About this many lines, whole beneficiaries (default: ${DEFAULT-VALUE}).")
  long lines;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", defaultValue = "rif-csv",
      description = "rif-csv, parquet or eob-ndjson (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--iso-dates", description = "Dates as YYYY-MM-DD (RIF CSV writes YYYYMMDD).")
  boolean isoDates;

  @Option(names = "--truth", paramLabel = "FILE",
      description = "Also write the findings each line must get (CLM_ID, LINE_NUM, units, ids).")
  Path truth;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "File to write.")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    InputFormat f = InputFormat.byCode(format).orElse(null);
    if (f == null || lines < 1) {
      err.println("facet-claims: FCC-003: --format must be rif-csv, parquet or eob-ndjson and"
          + " --lines at least 1");
      return AuditCommand.EXIT_UNREADABLE;
    }
    try {
      if (f == InputFormat.RIF_CSV) {
        SyntheticClaims.writeCsv(output, truth, lines, seed, isoDates);
      } else {
        // The truth (and, for Parquet, the lines themselves) come from the same CSV.
        Path csv = Files.createTempFile("claims", ".csv");
        try {
          SyntheticClaims.writeCsv(csv, truth, lines, seed, true);
          if (f == InputFormat.PARQUET) {
            SyntheticClaims.csvToParquet(csv, output);
          } else {
            SyntheticClaims.writeEob(output, lines, seed);
          }
        } finally {
          Files.deleteIfExists(csv);
        }
      }
    } catch (IOException e) {
      err.println("facet-claims: FCC-008: cannot write " + output + ": "
          + AuditCommand.reason(e));
      return AuditCommand.EXIT_UNREADABLE;
    }
    return 0;
  }
}
