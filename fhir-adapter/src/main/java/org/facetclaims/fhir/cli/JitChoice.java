package org.facetclaims.fhir.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which JIT compilers a {@code bulk} run uses, and starting the run in a second JVM when that
 * is faster ({@code bulk --jit auto|c1|current}).
 *
 * <p>Why: HotSpot compiles hot code twice, first with C1 (quick to compile, with profiling
 * counters) and then with C2 (slow to compile, faster code). On a machine with two cores it has
 * one C1 and one C2 compiler thread, and a bulk run keeps both cores busy coding. C2 then has no
 * core of its own: its queue does not empty for the whole of a 100,000-line run, and until a
 * method's turn comes it runs as profiled C1 code, the slowest compiled form. With C1 alone
 * ({@code -XX:TieredStopAtLevel=1}) the same run takes about a third less wall time; C2's
 * faster code only catches up after about a million lines (see docs/performance.md for the
 * measurements, and docs/bulk.md). A running JVM cannot change its compilers, so the command
 * starts a second one with that option (and the serial collector, {@link #SERIAL_GC}) and the
 * same arguments, and waits for it.
 *
 * <p>{@code auto} does this only where it was measured to pay: the JVM is HotSpot with its
 * default tiered compilation (the user chose no JIT options), at most {@value #AUTO_MAX_CORES}
 * cores, an input file of 1 to 256 MiB, no agent or recording in the JVM (a debugger, profiler,
 * flight recording or log file would run a second time, and the first JVM's would overwrite the
 * second's), and the process is the command line's own ({@code main}), not a
 * program that calls {@link Main#run} inside its JVM.
 */
final class JitChoice {
  /** The {@code --jit} values. */
  enum Mode {
    /** A second JVM with C1 only where that was measured to be faster, else this one. */
    AUTO,
    /** A second JVM with C1 only (unless this one already runs C1 only). */
    C1,
    /** This JVM, with the compilers it was started with. */
    CURRENT
  }

  /**
   * The largest input {@code auto} runs with C1 only (about 290,000 typical lines). C1's time
   * advantage shrinks with the run: a third at 100,000 lines, an eighth at 300,000; at
   * 1,000,000 lines it is 18-30 % slower.
   */
  static final long AUTO_MAX_INPUT_BYTES = 256L << 20;
  /**
   * The smallest input {@code auto} runs in a second JVM (about 1,100 typical lines): starting
   * it costs about 0.1 s, which a shorter run does not win back (300 lines: 0.60-0.63 s against
   * 0.54-0.62 s in one JVM; 1,000 lines even; 2,000 lines 0.70-0.91 s against 0.80-0.89 s).
   */
  static final long AUTO_MIN_INPUT_BYTES = 1L << 20;
  /** The most cores {@code auto} runs with C1 only on (measured on one and two). */
  static final int AUTO_MAX_CORES = 2;
  /**
   * Set on the second JVM, which must not start another one; its value is the reason, which
   * the second JVM shows once the run's options are accepted (so that a refused option is the
   * only line on standard error, as in one JVM).
   */
  static final String SECOND_JVM_PROPERTY = "facetclaims.bulk.secondJvm";
  /** Set on the second JVM: the process id of the JVM that started it. */
  static final String PARENT_PROPERTY = "facetclaims.bulk.parent";
  /** The option the second JVM gets. */
  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  /**
   * The collector the second JVM gets unless the JVM's options name one. G1, HotSpot's choice
   * from two cores on, sizes its heap to the allocation rate, and C1 code allocates more than C2
   * code (no escape analysis): with G1 a C1 run of 100,000 lines peaked at 425-990 MB resident,
   * 300,000 lines at 1.08 GB. The serial collector keeps the heap near the live data: 187 MB at
   * 100,000, 300,000 and 1,000,000 lines alike, and no slower (2.2-2.4 s at 100,000 lines).
   * HotSpot itself picks it on one core.
   */
  static final String SERIAL_GC = "-XX:+UseSerialGC";

  /** An option that chooses a collector ({@code -XX:+UseG1GC}, {@code -XX:-UseSerialGC}...). */
  private static final java.util.regex.Pattern COLLECTOR =
      java.util.regex.Pattern.compile("-XX:[+-]Use\\w*GC");

  private static volatile Jvm current;

  private JitChoice() {}

  /** The facts about a JVM the choice needs. */
  static final class Jvm {
    /** HotSpot in mixed mode with tiered compilation up to C2: no JIT option chosen. */
    final boolean defaultTiered;
    /** Tiered compilation stopping before C2 ({@code TieredStopAtLevel} 1-3). */
    final boolean c1Only;
    /** An agent or a recording runs in it ({@link #isAgentOrRecording}). */
    final boolean agents;
    /** It is the second JVM of a run. */
    final boolean secondJvm;
    /** Its options, to start the second JVM with the same (memory, properties). */
    final List<String> options;
    /** The java launcher that started it; null when not known. */
    final String launcher;
    /** Its class path; null when not known. */
    final String classPath;

    Jvm(boolean defaultTiered, boolean c1Only, boolean agents, boolean secondJvm,
        List<String> options, String launcher, String classPath) {
      this.defaultTiered = defaultTiered;
      this.c1Only = c1Only;
      this.agents = agents;
      this.secondJvm = secondJvm;
      this.options = List.copyOf(options);
      this.launcher = launcher;
      this.classPath = classPath;
    }

    /** Whether a second JVM can be started at all (launcher, class path, options known). */
    boolean canStartAnother() {
      return launcher != null && classPath != null && !classPath.isEmpty();
    }

    /** A JVM about which nothing is known: never starts another. */
    static Jvm unknown() {
      return new Jvm(false, false, false, false, List.of(), null, null);
    }
  }

  /** The decision for one run: a second JVM or not, and why, in words for the user. */
  static final class Decision {
    final boolean secondJvm;
    final String reason;

    Decision(boolean secondJvm, String reason) {
      this.secondJvm = secondJvm;
      this.reason = reason;
    }
  }

  /** The running JVM (looked up once; {@link Jvm#unknown()} when it cannot be). */
  static Jvm currentJvm() {
    Jvm j = current;
    if (j == null) {
      j = lookUp();
      current = j;
    }
    return j;
  }

  private static Jvm lookUp() {
    if (isSecondJvm()) {
      // The second JVM never starts another: no need to ask the management beans (~30 ms).
      return new Jvm(false, true, false, true, List.of(), null, null);
    }
    try {
      List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
      HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(
          HotSpotDiagnosticMXBean.class);
      String info = System.getProperty("java.vm.info", "");
      boolean mixed = info.contains("mixed mode");
      boolean tiered = "true".equals(option(hs, "TieredCompilation").orElse("false"));
      int stopAt = Integer.parseInt(option(hs, "TieredStopAtLevel").orElse("0"));
      boolean jvmci = "true".equals(option(hs, "UseJVMCICompiler").orElse("false"));
      boolean agents = options.stream().anyMatch(JitChoice::isAgentOrRecording);
      return new Jvm(mixed && tiered && stopAt >= 4 && !jvmci,
          mixed && tiered && stopAt >= 1 && stopAt <= 3, agents,
          false, options, launcher(),
          System.getProperty("java.class.path"));
    } catch (RuntimeException | LinkageError e) {
      // No java.management (a trimmed runtime) or no HotSpot: this JVM simply runs the job.
      return Jvm.unknown();
    }
  }

  /**
   * Whether a JVM option attaches a tool that a second JVM would run again: an agent (a
   * debugger would try to open its port twice), a flight recording or a log to a file (the first
   * JVM, ending last, would overwrite the second's with a recording of itself waiting).
   */
  static boolean isAgentOrRecording(String option) {
    return option.startsWith("-agentlib") || option.startsWith("-agentpath")
        || option.startsWith("-javaagent") || option.startsWith("-Xrun")
        || option.equals("-Xdebug") || option.startsWith("-XX:StartFlightRecording")
        || option.startsWith("-XX:FlightRecorderOptions")
        || option.startsWith("-Xlog") && option.contains("file=")
        || option.startsWith("-Xloggc");
  }

  private static Optional<String> option(HotSpotDiagnosticMXBean hs, String name) {
    try {
      return Optional.ofNullable(hs).map(h -> h.getVMOption(name)).map(VMOption::getValue);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // no such option in this JVM
    }
  }

  /** This process's executable when it is a java launcher, else java.home's; null if none. */
  private static String launcher() {
    String exe = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
        ? "java.exe" : "java";
    Optional<String> self = ProcessHandle.current().info().command();
    if (self.isPresent() && Path.of(self.get()).getFileName().toString().equals(exe)
        && Files.isExecutable(Path.of(self.get()))) {
      return self.get();
    }
    Path home = Path.of(System.getProperty("java.home", ""), "bin", exe);
    return Files.isExecutable(home) ? home.toString() : null;
  }

  /**
   * Whether a bulk run in this JVM could go to a second one (everything but the input's size
   * and the {@code --jit} value): the command line skips its in-process warm-up then.
   */
  static boolean mayStartSecondJvm(Supplier<Jvm> jvm, int cores) {
    if (cores > AUTO_MAX_CORES) {
      return false;
    }
    Jvm j = jvm.get();
    return j.defaultTiered && !j.secondJvm && !j.agents && j.canStartAnother();
  }

  /**
   * The choice for a run. What costs nothing is checked first: the running JVM is looked up
   * (about 30 ms of management beans) only when the answer depends on it.
   *
   * @param mode the {@code --jit} value
   * @param jvm the running JVM, looked up when needed
   * @param ownsProcess the JVM is the command line's own (started by {@code main}); a program
   *     calling {@link Main#run} keeps its run in its JVM under {@code auto}
   * @param inputBytes the input file's size
   * @param cores the cores this JVM may use
   */
  static Decision decide(Mode mode, Supplier<Jvm> jvm, boolean ownsProcess, long inputBytes,
      int cores) {
    if (mode == Mode.CURRENT) {
      return new Decision(false, "--jit current");
    }
    String size = String.format(Locale.ROOT, "%.1f MB", inputBytes / 1e6);
    if (mode == Mode.AUTO) {
      if (!ownsProcess) {
        return new Decision(false, "a program's own JVM (Main.run) is not replaced");
      }
      if (cores > AUTO_MAX_CORES) {
        return new Decision(false, cores + " cores: C2 has cores of its own");
      }
      if (inputBytes > AUTO_MAX_INPUT_BYTES) {
        return new Decision(false, "input of " + size + ": long enough for C2 to pay back");
      }
      if (inputBytes < AUTO_MIN_INPUT_BYTES) {
        return new Decision(false, "input of " + size + ": too short to win back a second JVM's"
            + " start");
      }
    }
    Jvm j = jvm.get();
    if (j.secondJvm) {
      return new Decision(false, "this is the second JVM of the run");
    }
    if (!j.canStartAnother()) {
      return new Decision(false, "the java launcher or class path of this JVM is not known");
    }
    if (j.agents) {
      return new Decision(false, "an agent or recording (debugger, profiler, flight recording,"
          + " log file) runs in this JVM and would run again in a second one");
    }
    if (j.c1Only) {
      return new Decision(false, "this JVM already runs C1 only");
    }
    if (!j.defaultTiered) {
      return new Decision(false, "this JVM was started with its own JIT options");
    }
    if (mode == Mode.C1) {
      return new Decision(true, "--jit c1: coding in a second JVM with C1 only (" + C1_ONLY
          + ")");
    }
    return new Decision(true, "input of " + size + " on " + cores + (cores == 1 ? " core" :
        " cores") + ": coding in a second JVM with C1 only (" + C1_ONLY + "), faster for runs"
        + " of this size; --jit current keeps this JVM");
  }

  /** This JVM is the second JVM of a run. */
  static boolean isSecondJvm() {
    return System.getProperty(SECOND_JVM_PROPERTY) != null;
  }

  /**
   * The second JVM's command: this JVM's launcher, options and class path, C1 only, the serial
   * collector unless the options name a collector ({@link #SERIAL_GC}), the reason (see
   * {@link #SECOND_JVM_PROPERTY}) and the command line's arguments.
   */
  static List<String> command(Jvm jvm, String reason, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(jvm.launcher);
    cmd.addAll(jvm.options);
    cmd.add(C1_ONLY); // after the JVM's own options: the last of a repeated option wins
    if (jvm.options.stream().noneMatch(o -> COLLECTOR.matcher(o).matches())) {
      cmd.add(SERIAL_GC); // a second collector option would stop the JVM: only when none
    }
    cmd.add("-D" + SECOND_JVM_PROPERTY + "=" + reason);
    cmd.add("-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
    cmd.add("-cp");
    cmd.add(jvm.classPath);
    cmd.add(Main.class.getName());
    cmd.addAll(args);
    return cmd;
  }

  /**
   * Runs {@code command} with this process's standard input, output and error, and waits for
   * it. If this JVM is stopped first (a signal, not {@code kill -9}), its shutdown stops the
   * second JVM too; the second JVM stops itself when this process disappears
   * ({@link #stopWithParent()}).
   *
   * @return the second JVM's exit code
   * @throws IOException when it cannot be started (nothing has run then)
   */
  static int runSecondJvm(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    Thread stop = new Thread(p::destroy, "facet-second-jvm-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      p.destroy();
      throw e;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // shutting down already: the hook runs
      }
    }
  }

  /**
   * In the second JVM: ends it when the process that started it has ended (killed with
   * {@code kill -9}, its shutdown hook cannot stop this one), instead of coding on for nobody.
   * The parent is named by its process id, not looked up: it may have ended before this JVM
   * got here, and this one would then have a new parent.
   */
  static void stopWithParent() {
    long pid;
    try {
      pid = Long.parseLong(System.getProperty(PARENT_PROPERTY, ""));
    } catch (NumberFormatException e) {
      return; // started by hand with the property: nobody to watch
    }
    Optional<ProcessHandle> parent = ProcessHandle.of(pid);
    if (parent.isEmpty() || !parent.get().isAlive()) {
      Runtime.getRuntime().halt(Main.EXIT_INTERNAL);
      return;
    }
    parent.get().onExit().thenRun(() -> Runtime.getRuntime().halt(Main.EXIT_INTERNAL));
  }
}
