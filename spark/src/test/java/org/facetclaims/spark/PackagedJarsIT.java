package org.facetclaims.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.facetclaims.audit.synthetic.SyntheticClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two packaged jars as users run them, each in a JVM of its own: the executable jar with
 * {@code java -jar} (its manifest carries the class path and the module options), and the thin
 * jar under spark-submit's own entry point with Spark's jars as a Spark installation has them
 * (the application in a class loader below Spark's).
 */
class PackagedJarsIT {
  private static final Path TARGET = Path.of("target");

  @TempDir
  Path dir;

  /** The sources and javadoc jars an integrator's IDE wants, as for the other library modules. */
  @Test
  void theSourcesAndJavadocJarsAreBuilt() throws Exception {
    try (java.util.jar.JarFile sources = new java.util.jar.JarFile(
            TARGET.resolve("facet-claims-spark-sources.jar").toFile());
        java.util.jar.JarFile javadoc = new java.util.jar.JarFile(
            TARGET.resolve("facet-claims-spark-javadoc.jar").toFile())) {
      assertThat(sources.getEntry("org/facetclaims/spark/cli/Main.java")).isNotNull();
      assertThat(javadoc.getEntry("index.html")).isNotNull();
      assertThat(javadoc.stream().map(java.util.jar.JarEntry::getName))
          .anyMatch(n -> n.startsWith("org/facetclaims/spark/") && n.endsWith(".html"));
    }
  }

  @Test
  void theExecutableJarAndTheThinJarUnderSparkSubmitGiveTheSameAudit() throws Exception {
    Path csv = dir.resolve("claims.csv");
    SyntheticClaims.writeCsv(csv, null, 2_000, 7, false);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Path local = dir.resolve("out-local");
    run(List.of(java, "-jar", TARGET.resolve("facet-claims-spark.jar").toString(), "audit",
        "--master", "local[2]", "--input", csv.toString(), "--output", local.toString(),
        "--partitions", "1"));

    List<String> sparkJars = new ArrayList<>();
    try (Stream<Path> s = Files.list(TARGET.resolve("lib"))) {
      s.filter(p -> !p.getFileName().toString().startsWith("facet-claims-")
          && !p.getFileName().toString().startsWith("picocli-"))
          .forEach(p -> sparkJars.add(p.toString()));
    }
    Path submitted = dir.resolve("out-submit");
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
    cmd.addAll(List.of("-cp", String.join(File.pathSeparator, sparkJars),
        "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
        "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=localhost",
        "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--class", "org.facetclaims.spark.cli.Main",
        TARGET.resolve("facet-claims-spark-submit.jar").toString(), "audit",
        "--input", csv.toString(), "--output", submitted.toString(), "--partitions", "1",
        "--quiet"));
    run(cmd);

    for (String table : new String[] {SparkAuditJob.LINES, SparkAuditJob.FINDINGS}) {
      List<Path> a = LocalSpark.parts(local.resolve(table), ".csv");
      List<Path> b = LocalSpark.parts(submitted.resolve(table), ".csv");
      assertThat(a).hasSize(1);
      assertThat(Files.readString(b.get(0))).isEqualTo(Files.readString(a.get(0)));
    }
    assertThat(LocalSpark.readCsv(LocalSpark.parts(local.resolve(SparkAuditJob.LINES), ".csv")
        .get(0))).hasSize(Files.readAllLines(csv).size());
    assertThat(Files.readString(submitted.resolve(SparkAuditJob.SUMMARY)))
        .contains("\"linesRead\": " + (Files.readAllLines(csv).size() - 1));
  }

  private void run(List<String> cmd) throws Exception {
    Path log = Files.createTempFile(dir, "run", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", cmd));
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
  }
}
