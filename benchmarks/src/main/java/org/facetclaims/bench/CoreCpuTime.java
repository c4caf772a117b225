package org.facetclaims.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.FacetCodingEngine;

/**
 * The {@link CoreBenchmark} sessions timed by the coding thread's CPU time instead of the wall
 * clock, with the bytes it allocated. On a machine shared with other work, wall time also counts
 * the time the thread waits for a core; CPU time does not, so two builds compare more steadily.
 * The session named as argument is coded 5,000,000 times to warm up, then 7 rounds of 1,000,000;
 * the median round is printed. One session per JVM, as JMH forks one per benchmark: a second
 * session in the same JVM would be coded by code the JIT compiled for the first.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.facetclaims.bench.CoreCpuTime threeJointsBilateral
 * # an older engine: its core jar first on the class path
 * java -cp OLD-core.jar:benchmarks/target/benchmarks.jar org.facetclaims.bench.CoreCpuTime \
 *     oneJointUnilateral
 * </pre>
 */
public final class CoreCpuTime {
  private static final int ROUND = 1_000_000;
  /** Where results go, so that the JIT cannot drop the coding. */
  static Object sink;

  private CoreCpuTime() {}

  public static void main(String[] args) {
    FacetCodingEngine engine = FacetCodingEngine.standard();
    String name = args.length == 0 ? "threeJointsBilateral" : args[0];
    CodingSession session;
    switch (name) {
      case "threeJointsBilateral":
        session = CoreBenchmark.threeJointsBilateralSession();
        CoreBenchmark.check(engine.code(session), "[64635-50 x1, 64636-50 x2] []");
        break;
      case "oneJointUnilateral":
        session = CoreBenchmark.oneJointUnilateralSession();
        CoreBenchmark.check(engine.code(session), "[64635-LT x1] []");
        break;
      default:
        throw new IllegalArgumentException("No session " + name
            + " (threeJointsBilateral or oneJointUnilateral)");
    }
    measure(name, engine, session);
  }

  private static void measure(String name, FacetCodingEngine engine, CodingSession session) {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 5 * ROUND; i++) {
      sink = engine.code(session);
    }
    long[] nanos = new long[7];
    long bytes0 = mx.getCurrentThreadAllocatedBytes();
    for (int r = 0; r < nanos.length; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < ROUND; i++) {
        sink = engine.code(session);
      }
      nanos[r] = mx.getCurrentThreadCpuTime() - t0;
    }
    long bytes = (mx.getCurrentThreadAllocatedBytes() - bytes0) / ((long) nanos.length * ROUND);
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    StringBuilder rounds = new StringBuilder();
    for (long n : nanos) {
      rounds.append(' ').append(n / ROUND);
    }
    System.out.printf("%-22s %5d ns CPU per session (median; rounds:%s), %5d B allocated%n",
        name, sorted[sorted.length / 2] / ROUND, rounds, bytes);
  }
}
