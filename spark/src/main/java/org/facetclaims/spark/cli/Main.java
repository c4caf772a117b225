package org.facetclaims.spark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code facet-claims-spark}: the claims audit on Spark, from {@code java -jar
 * facet-claims-spark.jar} (local mode) or {@code spark-submit} (a cluster).
 */
@Command(name = "facet-claims-spark", mixinStandardHelpOptions = true,
    subcommands = {SparkAuditCommand.class},
    description = "The payment-integrity audit of facet RF claims on Apache Spark.")
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Under java -jar nothing has configured logging yet: Spark's warnings only (under
    // spark-submit logging is configured before this runs, and this changes nothing).
    if (System.getProperty("log4j2.configurationFile") == null) {
      var config = Main.class.getResource("log4j2-cli.properties");
      if (config != null) {
        System.setProperty("log4j2.configurationFile", config.toString());
      }
    }
    int code = execute(args);
    // A failure exits with its code; success returns, as a Spark application should (a
    // notebook's or Databricks' JVM is not ours to end).
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command line and returns its exit code. */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    // One line with the error's id, as facet-claims.jar says it (docs: Command line, Error ids).
    cl.setParameterExceptionHandler((ex, a) -> {
      String id = ex instanceof CommandLine.UnmatchedArgumentException ? "FCC-001"
          : ex instanceof CommandLine.MissingParameterException ? "FCC-002" : "FCC-003";
      cl.getErr().println("facet-claims-spark: " + id + ": " + ex.getMessage());
      cl.getErr().flush();
      return 2;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
