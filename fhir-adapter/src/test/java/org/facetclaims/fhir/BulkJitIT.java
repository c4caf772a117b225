package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulk --jit}: the run in a second JVM with C1 only ({@code -XX:TieredStopAtLevel=1}) and
 * the serial collector gives the same bytes as in one JVM, passes its exit code on, keeps JIT options the user gave,
 * and never outlives the command that started it. The packaged jar runs as a user runs it.
 */
class BulkJitIT {
  @TempDir
  static Path dir;
  private static Path input;

  @BeforeAll
  static void generate() throws Exception {
    input = dir.resolve("Procedure.ndjson");
    JarProcess g = JarProcess.run(null, 120, "generate", "--count", "3000", "--seed", "5",
        "--output", input.toString());
    assertThat(g.exit).as(g.err).isZero();
  }

  @Test
  void aSecondJvmWithC1OnlyGivesTheSameBytes() throws Exception {
    Path here = dir.resolve("current");
    Path second = dir.resolve("c1");
    JarProcess one = JarProcess.run(null, 180, "bulk", "--jit", "current", "--coverage",
        "Coverage/it", "--input", input.toString(), "--output", here.toString());
    // -XX:+PrintFlagsFinal goes to the second JVM too (it gets this JVM's options): each JVM
    // prints its flags, which shows what each ran with.
    JarProcess two = JarProcess.run(List.of("-XX:+PrintFlagsFinal"), null, 180, "bulk",
        "--jit", "c1", "--coverage", "Coverage/it", "--input", input.toString(), "--output",
        second.toString());
    assertThat(one.exit).as(one.err).isZero();
    assertThat(two.exit).as(two.err).isZero();
    assertThat(one.err).doesNotContain("second JVM").contains("done: 3,000 lines read");
    assertThat(two.err).contains("facet-claims: --jit c1: coding in a second JVM with C1 only"
        + " (-XX:TieredStopAtLevel=1)").contains("done: 3,000 lines read");
    List<String> stopAt = two.out.lines().filter(l -> l.contains(" TieredStopAtLevel "))
        .map(l -> l.replaceAll("\\s+", " ").trim()).collect(Collectors.toList());
    assertThat(stopAt).hasSize(2);
    assertThat(stopAt.get(0)).startsWith("intx TieredStopAtLevel = 4 ");
    assertThat(stopAt.get(1)).startsWith("intx TieredStopAtLevel = 1 ").contains("command line");
    List<String> serial = two.out.lines().filter(l -> l.contains(" UseSerialGC "))
        .map(l -> l.replaceAll("\\s+", " ").trim()).collect(Collectors.toList());
    assertThat(serial).hasSize(2);
    assertThat(serial.get(0)).startsWith("bool UseSerialGC = false ");
    assertThat(serial.get(1)).startsWith("bool UseSerialGC = true ").contains("command line");
    assertThat(JarProcess.claimsWithoutCreated(second.resolve("Claim.ndjson")))
        .isEqualTo(JarProcess.claimsWithoutCreated(here.resolve("Claim.ndjson")));
    assertThat(Files.readString(second.resolve("OperationOutcome.ndjson")))
        .isEqualTo(Files.readString(here.resolve("OperationOutcome.ndjson")));
  }

  @Test
  void autoChoosesBySizeAndCores() throws Exception {
    assertThat(Files.size(input)).isGreaterThan(1 << 20);
    Path auto = dir.resolve("auto");
    JarProcess r = JarProcess.run(null, 180, "bulk", "--coverage", "Coverage/it", "--input",
        input.toString(), "--output", auto.toString());
    assertThat(r.exit).as(r.err).isZero();
    // The test's JVM runs on the same machine as the command's.
    if (Runtime.getRuntime().availableProcessors() <= 2) {
      assertThat(r.err).contains("on " + Runtime.getRuntime().availableProcessors() + " core")
          .contains(": coding in a second JVM with C1 only (-XX:TieredStopAtLevel=1), faster for"
              + " runs of this size; --jit current keeps this JVM");
    } else {
      assertThat(r.err).doesNotContain("second JVM");
    }
    // Under 1 MiB a second JVM's start is not won back: one JVM, whatever the cores.
    Path tiny = dir.resolve("tiny.ndjson");
    Files.write(tiny, Files.readAllLines(input).subList(0, 100));
    JarProcess small = JarProcess.run(null, 120, "bulk", "--input", tiny.toString(), "--output",
        dir.resolve("tiny-out").toString());
    assertThat(small.exit).as(small.err).isZero();
    assertThat(small.err).doesNotContain("second JVM").contains("done: 100 lines read");
    Path here = dir.resolve("auto-current");
    JarProcess one = JarProcess.run(null, 180, "bulk", "--quiet", "--jit", "current",
        "--coverage", "Coverage/it", "--input", input.toString(), "--output", here.toString());
    assertThat(one.exit).as(one.err).isZero();
    assertThat(JarProcess.claimsWithoutCreated(auto.resolve("Claim.ndjson")))
        .isEqualTo(JarProcess.claimsWithoutCreated(here.resolve("Claim.ndjson")));
  }

  @Test
  void theSecondJvmsExitCodeAndErrorsAreTheCommands() throws Exception {
    // An option the engine refuses: one line, exit 2, as in one JVM.
    JarProcess neg = JarProcess.run(null, 60, "bulk", "--jit", "c1", "--input",
        input.toString(), "--output", dir.resolve("neg").toString(), "--remembered-texts", "-1");
    assertThat(neg.exit).isEqualTo(2);
    assertThat(neg.err.strip().lines().count()).as(neg.err).isEqualTo(1);
    assertThat(neg.err).startsWith("facet-claims: ").contains("0 or more");
    // An output folder that cannot be made: the second JVM's exit 2 is the command's.
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    JarProcess out = JarProcess.run(null, 60, "bulk", "--jit", "c1", "--quiet", "--input",
        input.toString(), "--output", file.resolve("out").toString());
    assertThat(out.exit).as(out.err).isEqualTo(2);
    assertThat(out.err).startsWith("facet-claims: ").doesNotContain("Exception:")
        .doesNotContain("\tat ");
  }

  @Test
  void jitOptionsTheUserGaveAreKept() throws Exception {
    JarProcess r = JarProcess.run(List.of("-XX:TieredStopAtLevel=1"), null, 120, "bulk",
        "--jit", "c1", "--input", input.toString(), "--output", dir.resolve("own").toString());
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).contains("facet-claims: --jit c1: coding in this JVM (this JVM already"
        + " runs C1 only)");
  }

  @Test
  void stoppingTheCommandStopsTheSecondJvm() throws Exception {
    Path big = dir.resolve("big.ndjson");
    JarProcess g = JarProcess.run(null, 120, "generate", "--count", "50000", "--seed", "6",
        "--output", big.toString());
    assertThat(g.exit).as(g.err).isZero();
    for (boolean forcibly : new boolean[] {false, true}) {
      Path out = dir.resolve("stopped-" + forcibly);
      Process command = JarProcess.builder(List.of(), "bulk", "--quiet", "--jit", "c1",
          "--threads", "1", "--input", big.toString(), "--output", out.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      ProcessHandle second = secondJvm(command);
      // Stopped once both have settled (the command waiting, its shutdown hook in place), long
      // before the end of the run (about 2 s on one thread here).
      Thread.sleep(200);
      if (forcibly) {
        command.destroyForcibly(); // kill -9: no shutdown hook; the second JVM notices alone
      } else {
        command.destroy();         // a signal: the command's shutdown stops the second JVM
      }
      assertThat(command.waitFor(30, TimeUnit.SECONDS)).isTrue();
      second.onExit().get(30, TimeUnit.SECONDS);
      assertThat(second.isAlive()).as("second JVM, kill -9: " + forcibly).isFalse();
      Path claims = out.resolve("Claim.ndjson");
      long written = Files.exists(claims) ? Files.lines(claims).count() : 0;
      assertThat(written).as("Claims written, kill -9: " + forcibly).isLessThan(40_000);
    }
  }

  /** The command's second JVM, once it has started (within 30 s). */
  private static ProcessHandle secondJvm(Process command) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < end) {
      Optional<ProcessHandle> child = command.toHandle().children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      assertThat(command.isAlive()).as("the command ended before its second JVM started")
          .isTrue();
      Thread.sleep(10);
    }
    throw new AssertionError("no second JVM within 30 s");
  }
}
