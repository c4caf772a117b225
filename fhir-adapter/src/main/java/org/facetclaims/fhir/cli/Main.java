package org.facetclaims.fhir.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code facet-claims} command line: {@code code} (one input to a Bundle of Claims and an
 * OperationOutcome). Errors are one line on standard error; a stack trace is never printed.
 */
@Command(name = "facet-claims", mixinStandardHelpOptions = true, version = "facet-claims 0.1.0",
    description = "Codes facet joint nerve destruction from FHIR Procedures into CPT-coded Claims.",
    subcommands = {CodeCommand.class, BulkCommand.class, ServeCommand.class, GenerateCommand.class})
public final class Main implements Runnable {
  /** Exit code: the input could not be read (or the command line was wrong). */
  public static final int EXIT_UNREADABLE = 2;
  /** Exit code: {@code --fail-on error} and an error finding exists. */
  public static final int EXIT_ERROR_FINDING = 3;
  /** Exit code: an unexpected internal failure (a bug: please report it). */
  public static final int EXIT_INTERNAL = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: use code, bulk or serve (see --help)");
  }

  /** Runs the command line and returns the exit code (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("facet-claims: " + ex.getMessage());
      err.flush();
      return EXIT_UNREADABLE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      err.println("facet-claims: internal error (" + ex.getClass().getSimpleName()
          + "); please report it");
      err.flush();
      return EXIT_INTERNAL;
    });
    try {
      return cl.execute(args);
    } catch (Throwable t) { // never a stack trace, whatever happened
      err.println("facet-claims: internal error (" + t.getClass().getSimpleName() + ")");
      err.flush();
      return EXIT_INTERNAL;
    }
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    System.exit(code);
  }
}
