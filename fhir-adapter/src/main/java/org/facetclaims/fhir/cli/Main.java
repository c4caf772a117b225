package org.facetclaims.fhir.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.hl7.fhir.r4.model.Reference;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code facet-claims} command line: {@code code} (one input to a Bundle of Claims and an
 * OperationOutcome). Errors are one line on standard error; a stack trace is never printed.
 */
@Command(name = "facet-claims", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Codes facet joint nerve destruction from FHIR Procedures into CPT-coded Claims.",
    subcommands = {CodeCommand.class, BulkCommand.class, ServeCommand.class, GenerateCommand.class,
        org.facetclaims.audit.cli.AuditCommand.class, org.facetclaims.audit.cli.GenerateClaimsCommand.class})
public final class Main implements Runnable {
  /** Exit code: the input could not be read (or the command line was wrong). */
  public static final int EXIT_UNREADABLE = 2;
  /** Exit code: {@code --fail-on error} and an error finding exists. */
  public static final int EXIT_ERROR_FINDING = 3;
  /**
   * Exit code: the output could not be written (a full disk, a closed pipe, an output file that
   * would overwrite the input); the message has an {@code FCO-} id.
   */
  public static final int EXIT_OUTPUT = 4;
  /** Exit code: an unexpected internal failure (a bug: please report it). */
  public static final int EXIT_INTERNAL = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** {@code --version}: the version the build wrote. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"facet-claims " + FacetClaims.version()};
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: use code, bulk, serve, generate, audit or generate-claims (see --help)");
  }

  /**
   * The id of an error picocli found in the command line: FCC-001 an unknown option, command or
   * argument; FCC-002 a required option, parameter or command missing; FCC-010 an option given
   * twice or options that exclude each other; FCC-003 a value of the wrong form (a number, a
   * choice, a date). The catalogue is in docs/command-line.md (Error ids).
   */
  static String parameterError(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException) {
      return "FCC-001";
    }
    if (ex instanceof CommandLine.MissingParameterException
        || ex.getMessage().startsWith("Missing command")) {
      return "FCC-002";
    }
    if (ex instanceof CommandLine.OverwrittenOptionException
        || ex instanceof CommandLine.MutuallyExclusiveArgsException) {
      return "FCC-010";
    }
    return "FCC-003";
  }

  /**
   * The message of an option error for its line on standard error: as it is when it has an id;
   * the library's own range checks (a builder's "threads must be 1-256") are FCC-004.
   */
  static String usage(RuntimeException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    return m.matches("FC[ACOS]-\\d{3}:.*") ? m : "FCC-004: " + m;
  }

  /** Runs the command line in the caller's JVM and returns the exit code (tests, embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("facet-claims: " + parameterError(ex) + ": " + ex.getMessage());
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
    // Standard output as the file descriptor, not System.out: a PrintStream hides write errors
    // (a full disk, a closed pipe) even from checkError() of a writer around it, and the
    // commands check them so that a cut output never exits 0.
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16),
        java.nio.charset.StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    // Not for bulk: its fast path never needs HAPI's model (the scan would only take CPU from
    // the coding threads); a line outside that path builds the context when it comes.
    if (args.length > 0 && (args[0].equals("code") || args[0].equals("serve"))) {
      warmUpFhirContext();
    }
    if (args.length > 0 && args[0].equals("bulk")) {
      warmUpBulk();
    }
    int code = run(args, out, err);
    out.flush();
    System.exit(code);
  }

  /**
   * Loads and initialises the classes of a bulk run (the engine's code-set editions and edit
   * tables, the grammar, the per-line path: decoder, reader, coder, coverage checks, renderer) on
   * a second core while picocli reads the arguments, which takes about 0.15 s of the main thread:
   * it codes 16 synthetic lines ({@link SyntheticProcedures}, no patient data) and drops the
   * output. The command then builds its own {@code FacetClaims} with the options given, from
   * classes that are ready; a class initialisation still running here is waited for. Never
   * throws: it is only a head start, and the command's own run reports any failure.
   */
  private static void warmUpBulk() {
    Thread t = new Thread(() -> warmUp(FacetClaims.create()), "facet-engine-warmup");
    t.setDaemon(true);
    t.start();
  }

  /** The bulk warm-up's work, on the caller's thread (for its test). Never throws. */
  static void warmUp(FacetClaims facet) {
    try {
      StringWriter lines = new StringWriter();
      SyntheticProcedures.write(lines, 16, 1, 2);
      BulkCoder.builder(facet).threads(1).coverage(new Reference("Coverage/warm-up")).build()
          .run(new BufferedReader(new StringReader(lines.toString())), Writer.nullWriter(),
              Writer.nullWriter());
    } catch (IOException | RuntimeException | Error e) {
      // Only a head start.
    }
  }

  /**
   * Starts HAPI's model scan (about 0.7 s: the first resource definition scans the R4 model
   * classes by reflection) on a second core while the main thread parses the arguments and
   * builds the engine, edit tables and grammar. The scan is HAPI's own, synchronized and
   * thread-safe; whoever needs a definition first simply waits for it. Nothing of the input is
   * read here.
   */
  private static void warmUpFhirContext() {
    Thread t = new Thread(() -> {
      try {
        ca.uhn.fhir.context.FhirContext ctx = ca.uhn.fhir.context.FhirContext.forR4Cached();
        for (String type : new String[] {"Procedure", "Claim", "OperationOutcome", "Bundle"}) {
          ctx.getResourceDefinition(type);
        }
      } catch (RuntimeException e) {
        // Only a head start: the command builds the context itself and reports any failure.
      }
    }, "facet-fhir-warmup");
    t.setDaemon(true);
    t.start();
  }
}
