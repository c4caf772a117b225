package org.facetclaims.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The core engine alone: coding one prepared session with {@link FacetCodingEngine#standard()}
 * under the default profile (medicare-physician). Building the session is outside the measured
 * code; the trace and rationales are lazy and not requested, as in a claim-building caller.
 *
 * <pre>
 * ./mvnw -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CoreBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CoreBenchmark {
  private static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 2, 2);

  private FacetCodingEngine engine;
  /** L3-L4, L4-L5 and L5-S1 bilateral: 64635-50 x1, 64636-50 x2. */
  private CodingSession threeJointsBilateral;
  /** L4-L5 left: 64635-LT x1. */
  private CodingSession oneJointUnilateral;

  @Setup
  public void setUp() {
    engine = FacetCodingEngine.standard();
    threeJointsBilateral = threeJointsBilateralSession();
    oneJointUnilateral = oneJointUnilateralSession();
    check(engine.code(threeJointsBilateral), "[64635-50 x1, 64636-50 x2] []");
    check(engine.code(oneJointUnilateral), "[64635-LT x1] []");
  }

  /** L3-L4, L4-L5 and L5-S1 bilateral, thermal RF 80 °C, fluoroscopy. */
  static CodingSession threeJointsBilateralSession() {
    return CodingSession.of(DATE_OF_SERVICE,
        DocumentedProcedure.builder(Technique.thermalRf(80))
            .imaging(Imaging.FLUOROSCOPY)
            .joint("L3-L4", Laterality.BILATERAL)
            .joint("L4-L5", Laterality.BILATERAL)
            .joint("L5-S1", Laterality.BILATERAL)
            .build());
  }

  /** L4-L5 left, thermal RF 80 °C, fluoroscopy. */
  static CodingSession oneJointUnilateralSession() {
    return CodingSession.of(DATE_OF_SERVICE,
        DocumentedProcedure.builder(Technique.thermalRf(80))
            .imaging(Imaging.FLUOROSCOPY)
            .joint("L4-L5", Laterality.LEFT)
            .build());
  }

  static void check(CodingResult r, String expected) {
    if (!r.toString().equals(expected)) {
      throw new IllegalStateException("Benchmark session codes to " + r + ", not " + expected);
    }
  }

  @Benchmark
  public void threeJointsBilateral(Blackhole bh) {
    bh.consume(engine.code(threeJointsBilateral));
  }

  @Benchmark
  public void oneJointUnilateral(Blackhole bh) {
    bh.consume(engine.code(oneJointUnilateral));
  }
}
