package org.facetclaims.fhir.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate --count N --output FILE}: synthetic Procedure NDJSON for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes realistic synthetic Procedure NDJSON (invented data) for benchmarks.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--count", defaultValue = "100000", description = "Records (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--per-session", defaultValue = "1",
      description = "Consecutive records per session (default: ${DEFAULT-VALUE}).")
  int perSession;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "NDJSON file to write.")
  Path output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (count < 0 || perSession < 1) {
      err.println("facet-claims: FCC-004: --count must be >= 0 and --per-session >= 1");
      return Main.EXIT_UNREADABLE;
    }
    try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      SyntheticProcedures.write(w, count, seed, perSession);
    } catch (IOException e) {
      err.println("facet-claims: FCC-008: cannot write " + output + ": "
          + CodeCommand.reason(e));
      return Main.EXIT_UNREADABLE;
    }
    return 0;
  }
}
