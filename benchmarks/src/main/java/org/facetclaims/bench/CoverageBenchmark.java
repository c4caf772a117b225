package org.facetclaims.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.coverage.CoverageChecker;
import org.facetclaims.core.coverage.CoverageContext;
import org.facetclaims.core.medicare.MedicareCoverage;
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
 * The coverage checks alone, on sessions coded once in the setup: the 2021 policy the FHIR
 * adapter applies to every session of a Medicare profile ({@link CoverageChecker#standard()}),
 * and the dated choice ({@link MedicareCoverage}) for an Ohio session under the 2024 text, with
 * two levels (covered) and three (one unit non-covered). No history (the bulk command's usual
 * case), one diagnosis.
 *
 * <pre>
 * ./mvnw -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CoverageBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CoverageBenchmark {
  private static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 2, 2);

  private CodingResult twoLevels;
  private CodingResult threeLevels;
  private CoverageContext unknownState;
  private CoverageContext ohio;

  @Setup
  public void setUp() {
    FacetCodingEngine engine = FacetCodingEngine.standard();
    twoLevels = engine.code(CodingSession.of(DATE_OF_SERVICE,
        DocumentedProcedure.builder(Technique.thermalRf(80)).imaging(Imaging.FLUOROSCOPY)
            .joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL).build()));
    threeLevels = engine.code(CodingSession.of(DATE_OF_SERVICE,
        DocumentedProcedure.builder(Technique.thermalRf(80)).imaging(Imaging.FLUOROSCOPY)
            .joint("L3-L4", Laterality.BILATERAL).joint("L4-L5", Laterality.BILATERAL)
            .joint("L5-S1", Laterality.BILATERAL).build()));
    unknownState = CoverageContext.builder().diagnosis("M47.816").build();
    ohio = CoverageContext.builder().diagnosis("M47.816")
        .stateOfService("OH", "Location/bench.address.state").build();
    if (MedicareCoverage.standard().assess(threeLevels, ohio).nonCoveredUnits(1) != 1) {
      throw new IllegalStateException("The three-level session should lose one unit");
    }
  }

  @Benchmark
  public void standard2021TwoLevels(Blackhole bh) {
    bh.consume(CoverageChecker.standard().assess(twoLevels, unknownState));
  }

  @Benchmark
  public void medicareOhioTwoLevels(Blackhole bh) {
    bh.consume(MedicareCoverage.standard().assess(twoLevels, ohio));
  }

  @Benchmark
  public void medicareOhioThreeLevels(Blackhole bh) {
    bh.consume(MedicareCoverage.standard().assess(threeLevels, ohio));
  }
}
