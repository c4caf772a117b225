package org.facetclaims.fhir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command-line jar in its own JVM, as a user would. */
final class JarProcess {
  static final Path JAR = Path.of("target", "facet-claims.jar");
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  final int exit;
  final String out;
  final String err;
  final long millis;

  private JarProcess(int exit, String out, String err, long millis) {
    this.exit = exit;
    this.out = out;
    this.err = err;
    this.millis = millis;
  }

  /** Runs {@code java -Xmx512m -jar facet-claims.jar args...} with optional standard input. */
  static JarProcess run(Path stdin, long timeoutSeconds, String... args)
      throws IOException, InterruptedException {
    return run(List.of(), stdin, timeoutSeconds, args);
  }

  /** {@link #run(Path, long, String...)} with more JVM options after {@code -Xmx512m}. */
  static JarProcess run(List<String> jvmOptions, Path stdin, long timeoutSeconds,
      String... args) throws IOException, InterruptedException {
    ProcessBuilder pb = builder(jvmOptions, args);
    Path out = Files.createTempFile("facet-out", ".txt");
    Path err = Files.createTempFile("facet-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())
        : ProcessBuilder.Redirect.from(stdin.toFile()));
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("facet-claims " + String.join(" ", args) + " did not finish in "
          + timeoutSeconds + " s");
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    JarProcess r = new JarProcess(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), ms);
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    return r;
  }

  /** The command {@code java -Xmx512m [jvmOptions] -jar facet-claims.jar args...} in the repo. */
  static ProcessBuilder builder(List<String> jvmOptions, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(JAR.toAbsolutePath().toString());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(REPO.toFile());
  }

  /**
   * A Claim.ndjson's text with each Claim's {@code created} (the time the run coded it, the one
   * field allowed to differ between runs) emptied; fails when there is none.
   */
  static String claimsWithoutCreated(Path claims) throws IOException {
    String s = Files.readString(claims, StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(s).contains("\"created\":\"");
    return s.replaceAll("\"created\":\"[^\"]*\"", "\"created\":\"\"");
  }
}
