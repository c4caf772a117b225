package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.cli.SyntheticProcedures;
import org.facetclaims.fhir.server.FacetClaimsOperationProvider;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link FacetClaims} and one {@link FacetClaimsOperationProvider} used from many threads at
 * once give, for every input, the same encoded output as one thread: the golden inputs, the
 * examples and 300 synthetic Procedures, under every standard profile, with and without the
 * coverage checks, each coded several times in a random order by 8 threads released together.
 * (The bulk coder's thread-count independence is in {@code BulkCoderTest}; the server's, over
 * HTTP, in {@code ServerTest}.)
 */
class ConcurrencyTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final FacetClaimsOperationProvider PROVIDER = new FacetClaimsOperationProvider(FACET);
  static final int THREADS = 8;
  static final int ROUNDS = 3;

  /** One job: an input under a profile, with or without the coverage checks. */
  record Job(String name, byte[] input, PayerProfile profile, boolean coverage) {}

  static final List<Job> JOBS = new ArrayList<>();

  @BeforeAll
  static void inputs() throws IOException {
    List<Path> files;
    try (Stream<Path> golden = Files.list(Path.of("src", "test", "resources", "golden"));
        Stream<Path> examples = Files.list(Path.of("..", "examples"))) {
      files = Stream.concat(golden, examples).filter(p -> p.toString().endsWith(".json"))
          .sorted().collect(Collectors.toList());
    }
    List<PayerProfile> profiles = new ArrayList<>(PayerProfile.standardProfiles().values());
    Random random = new Random(8);
    for (Path f : files) {
      JOBS.add(new Job(f.getFileName().toString(), Files.readAllBytes(f),
          profiles.get(random.nextInt(profiles.size())), random.nextBoolean()));
    }
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, 300, 8, 1);
    int i = 0;
    for (String line : w.toString().split("\n")) {
      JOBS.add(new Job("synthetic " + i++, line.getBytes(StandardCharsets.UTF_8),
          profiles.get(random.nextInt(profiles.size())), random.nextBoolean()));
    }
  }

  static String viaFacet(Job j) {
    CodingOptions options = CodingOptions.of(j.profile());
    if (!j.coverage()) {
      options = options.withCoverageChecks(null);
    }
    IBaseResource input = FACET.parse(j.input());
    IParser json = FACET.fhirContext().newJsonParser();
    String before = json.encodeResourceToString(input);
    String out = json.encodeResourceToString(FACET.code(input, options).toBundle());
    // Coding reads its input and never changes it.
    assertThat(json.encodeResourceToString(input)).as("input of %s", j.name()).isEqualTo(before);
    return out;
  }

  static String viaProvider(Job j) {
    IBaseResource input = FACET.fhirContext().newJsonParser()
        .parseResource(new String(j.input(), StandardCharsets.UTF_8));
    return FACET.fhirContext().newJsonParser().encodeResourceToString(PROVIDER.facetClaims(
        List.of(input), new CodeType(j.profile().name()), new BooleanType(j.coverage()),
        null, null));
  }

  static void sameFromManyThreads(java.util.function.Function<Job, String> code)
      throws Exception {
    List<String> expected = new ArrayList<>();
    for (Job j : JOBS) {
      expected.add(code.apply(j));
    }
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      for (int i = 0; i < JOBS.size(); i++) {
        order.add(i);
      }
    }
    Collections.shuffle(order, new Random(42));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i : order) {
        Callable<String> task = () -> {
          go.await();
          Job j = JOBS.get(i);
          String got = code.apply(j);
          return got.equals(expected.get(i)) ? null : j.name() + " under " + j.profile().name();
        };
        results.add(pool.submit(task));
      }
      go.countDown();
      List<String> differing = new ArrayList<>();
      for (Future<String> f : results) {
        String d = f.get(120, TimeUnit.SECONDS);
        if (d != null) {
          differing.add(d);
        }
      }
      assertThat(differing).as("outputs that differ from the one-thread output").isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void facetClaimsFromManyThreadsCodesLikeOneThread() throws Exception {
    assertThat(JOBS).hasSizeGreaterThan(350);
    sameFromManyThreads(ConcurrencyTest::viaFacet);
  }

  @Test
  void theOperationProviderFromManyThreadsAnswersLikeOneThread() throws Exception {
    sameFromManyThreads(ConcurrencyTest::viaProvider);
  }
}
