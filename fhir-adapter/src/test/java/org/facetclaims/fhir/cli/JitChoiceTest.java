package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.facetclaims.fhir.cli.JitChoice.Decision;
import org.facetclaims.fhir.cli.JitChoice.Jvm;
import org.facetclaims.fhir.cli.JitChoice.Mode;
import org.junit.jupiter.api.Test;

/** When {@code bulk} runs in a second JVM with C1 only, and with what command. */
class JitChoiceTest {
  private static final long MB = 1_000_000;
  /** A 100,000-line input. */
  private static final long SMALL = 89 * MB;

  private static Jvm jvm(boolean defaultTiered, boolean c1Only, boolean agents,
      boolean secondJvm) {
    return new Jvm(defaultTiered, c1Only, agents, secondJvm, List.of("-Xmx512m", "-Da=b c"),
        "/opt/jdk/bin/java", "facet-claims.jar");
  }

  private static final Jvm DEFAULT = jvm(true, false, false, false);

  /** The decision with the JVM given, as the command looks it up. */
  private static Decision decide(Mode mode, Jvm jvm, boolean owns, long bytes, int cores) {
    return JitChoice.decide(mode, () -> jvm, owns, bytes, cores);
  }

  private static boolean mayStart(Jvm jvm, int cores) {
    return JitChoice.mayStartSecondJvm(() -> jvm, cores);
  }

  @Test
  void autoUsesASecondJvmForAShortRunOnTwoCores() {
    Decision d = decide(Mode.AUTO, DEFAULT, true, SMALL, 2);
    assertThat(d.secondJvm).isTrue();
    assertThat(d.reason).contains("89.0 MB").contains("2 cores")
        .contains("-XX:TieredStopAtLevel=1").contains("--jit current");
    assertThat(decide(Mode.AUTO, DEFAULT, true, SMALL, 1).secondJvm).isTrue();
    assertThat(decide(Mode.AUTO, DEFAULT, true, JitChoice.AUTO_MIN_INPUT_BYTES, 2).secondJvm)
        .isTrue();
    assertThat(decide(Mode.AUTO, DEFAULT, true, JitChoice.AUTO_MAX_INPUT_BYTES, 2)
        .secondJvm).isTrue();
  }

  @Test
  void autoKeepsThisJvmWhereC1WasNotMeasuredToPay() {
    // More cores: C2 has cores of its own.
    assertThat(decide(Mode.AUTO, DEFAULT, true, SMALL, 3).reason)
        .isEqualTo("3 cores: C2 has cores of its own");
    // A long run: C2's faster code pays back.
    Decision big = decide(Mode.AUTO, DEFAULT, true,
        JitChoice.AUTO_MAX_INPUT_BYTES + 1, 2);
    assertThat(big.secondJvm).isFalse();
    assertThat(big.reason).contains("long enough");
    // A short run: the second JVM's start is not won back.
    Decision small = decide(Mode.AUTO, DEFAULT, true, JitChoice.AUTO_MIN_INPUT_BYTES - 1, 2);
    assertThat(small.secondJvm).isFalse();
    assertThat(small.reason).contains("too short");
    assertThat(decide(Mode.AUTO, DEFAULT, true, 0, 2).secondJvm).isFalse();
    assertThat(decide(Mode.C1, DEFAULT, true, 0, 2).secondJvm).isTrue();
    // A program's JVM (Main.run): never replaced under auto.
    assertThat(decide(Mode.AUTO, DEFAULT, false, SMALL, 2).secondJvm).isFalse();
    // JIT options chosen by the user, or C1 already.
    assertThat(decide(Mode.AUTO, jvm(false, false, false, false), true, SMALL, 2)
        .reason).contains("its own JIT options");
    assertThat(decide(Mode.AUTO, jvm(false, true, false, false), true, SMALL, 2)
        .reason).contains("already runs C1 only");
  }

  @Test
  void neverAgainFromTheSecondJvmNorWithAnAgentNorWithoutALauncher() {
    for (Mode m : new Mode[] {Mode.AUTO, Mode.C1}) {
      assertThat(decide(m, jvm(true, false, false, true), true, SMALL, 2).secondJvm)
          .isFalse();
      assertThat(decide(m, jvm(true, false, true, false), true, SMALL, 2).reason)
          .contains("agent");
      assertThat(decide(m, Jvm.unknown(), true, SMALL, 2).reason)
          .contains("not known");
      Jvm noClassPath = new Jvm(true, false, false, false, List.of(), "/opt/jdk/bin/java", "");
      assertThat(decide(m, noClassPath, true, SMALL, 2).secondJvm).isFalse();
    }
  }

  @Test
  void agentsAndRecordingsAreRecognised() {
    for (String o : new String[] {"-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
        "-agentpath:/opt/ap/libasyncProfiler.so=start", "-javaagent:jacoco.jar", "-Xrunhprof",
        "-Xdebug", "-XX:StartFlightRecording=filename=run.jfr", "-XX:StartFlightRecording",
        "-XX:FlightRecorderOptions=stackdepth=128", "-Xlog:gc:file=gc.log",
        "-Xlog:gc*:file=gc.log:time", "-Xloggc:gc.log"}) {
      assertThat(JitChoice.isAgentOrRecording(o)).as(o).isTrue();
    }
    for (String o : new String[] {"-Xmx512m", "-Xlog:gc", "-Xlog:disable", "-Dagentlib=x",
        "-XX:+PrintFlagsFinal", "-XX:+HeapDumpOnOutOfMemoryError", "-Xss1m", "-ea"}) {
      assertThat(JitChoice.isAgentOrRecording(o)).as(o).isFalse();
    }
  }

  @Test
  void c1IsHonouredWhateverTheSizeCoresOrCaller() {
    for (boolean owns : new boolean[] {true, false}) {
      Decision d = decide(Mode.C1, DEFAULT, owns, 50_000 * MB, 64);
      assertThat(d.secondJvm).isTrue();
      assertThat(d.reason).startsWith("--jit c1");
    }
    assertThat(decide(Mode.C1, jvm(false, true, false, false), true, SMALL, 2)
        .secondJvm).isFalse();
  }

  @Test
  void theJvmIsNotLookedUpWhenTheAnswerDoesNotDependOnIt() {
    java.util.function.Supplier<Jvm> none = () -> {
      throw new AssertionError("looked up");
    };
    assertThat(JitChoice.decide(Mode.CURRENT, none, true, SMALL, 2).secondJvm).isFalse();
    assertThat(JitChoice.decide(Mode.AUTO, none, false, SMALL, 2).secondJvm).isFalse();
    assertThat(JitChoice.decide(Mode.AUTO, none, true, SMALL, 8).secondJvm).isFalse();
    assertThat(JitChoice.decide(Mode.AUTO, none, true, 1L << 30, 2).secondJvm).isFalse();
    assertThat(JitChoice.decide(Mode.AUTO, none, true, 1000, 2).secondJvm).isFalse();
    assertThat(JitChoice.mayStartSecondJvm(none, 8)).isFalse();
  }

  @Test
  void currentNeverStartsASecondJvm() {
    assertThat(decide(Mode.CURRENT, DEFAULT, true, SMALL, 1).secondJvm).isFalse();
  }

  @Test
  void theSecondJvmGetsTheSameOptionsThenC1OnlyAndTheSameArguments() {
    List<String> args = List.of("bulk", "--input", "in put.ndjson", "--output", "out");
    assertThat(JitChoice.command(DEFAULT, "why", args)).containsExactly("/opt/jdk/bin/java",
        "-Xmx512m", "-Da=b c", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Dfacetclaims.bulk.secondJvm=why",
        "-Dfacetclaims.bulk.parent=" + ProcessHandle.current().pid(), "-cp", "facet-claims.jar", "org.facetclaims.fhir.cli.Main", "bulk", "--input",
        "in put.ndjson", "--output", "out");
  }

  @Test
  void aCollectorTheUserChoseIsKept() {
    for (String gc : new String[] {"-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseZGC",
        "-XX:-UseSerialGC"}) {
      Jvm j = new Jvm(true, false, false, false, List.of(gc), "/opt/jdk/bin/java", "x.jar");
      assertThat(JitChoice.command(j, "why", List.of("bulk"))).contains(gc)
          .doesNotContain("-XX:+UseSerialGC");
    }
    Jvm other = new Jvm(true, false, false, false, List.of("-XX:+UseStringDeduplication",
        "-XX:MaxGCPauseMillis=50"), "/opt/jdk/bin/java", "x.jar");
    assertThat(JitChoice.command(other, "why", List.of("bulk"))).contains("-XX:+UseSerialGC");
  }

  @Test
  void mayStartSecondJvmIsTheDecisionWithoutSizeOrMode() {
    assertThat(mayStart(DEFAULT, 2)).isTrue();
    assertThat(mayStart(DEFAULT, 4)).isFalse();
    assertThat(mayStart(jvm(true, false, false, true), 2)).isFalse();
    assertThat(mayStart(jvm(true, false, true, false), 2)).isFalse();
    assertThat(mayStart(jvm(false, true, false, false), 2)).isFalse();
    assertThat(mayStart(Jvm.unknown(), 1)).isFalse();
  }

  @Test
  void theTestJvmIsLookedUpAsItIs() {
    // Surefire's JVM: HotSpot, tiered to C2 by default, not a second JVM, a launcher found.
    Jvm here = JitChoice.currentJvm();
    assertThat(here.secondJvm).isFalse();
    assertThat(here.canStartAnother()).isTrue();
    assertThat(here.options).contains("-da:ca.uhn.fhir...");
  }
}
