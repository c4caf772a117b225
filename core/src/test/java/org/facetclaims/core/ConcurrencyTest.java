package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.Test;

/** One engine shared by 8 threads gives the same results as one thread. */
class ConcurrencyTest {
  private static final int SESSIONS = 3000;
  private static final int THREADS = 8;

  /** A varied, seeded set of sessions: all methods, imaging, sites, dates and profiles. */
  static List<CodingSession> sessions() {
    Random random = new Random(20260202);
    List<FacetJoint> joints = List.copyOf(FacetJoint.reportable());
    Laterality[] sides = Laterality.values();
    Technique[] techniques = {Technique.thermalRf(), Technique.thermalRf(85),
        Technique.thermalRf(60), Technique.of(NeurolyticMethod.PULSED_RF),
        Technique.of(NeurolyticMethod.COOLED_RF), Technique.chemical(NeurolyticAgent.PHENOL)};
    Imaging[] imaging = Imaging.values();
    List<CodingSession> out = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      LocalDate date = LocalDate.of(2005 + random.nextInt(22), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      CodingSession.Builder b = CodingSession.on(date);
      int procs = 1 + random.nextInt(3);
      for (int p = 0; p < procs; p++) {
        DocumentedProcedure.Builder d = DocumentedProcedure.builder(
            techniques[random.nextInt(techniques.length)])
            .imaging(imaging[random.nextInt(imaging.length)]).reference("Procedure/" + i + "-" + p);
        int sites = random.nextInt(5);
        for (int s = 0; s < sites; s++) {
          Laterality side = sides[random.nextInt(sides.length)];
          switch (random.nextInt(4)) {
            case 0:
              d.nerves(side, Nerve.values()[random.nextInt(Nerve.values().length)]);
              break;
            case 1:
              int v = Vertebra.T10.ordinal() + random.nextInt(6);
              d.levels(side, Vertebra.values()[v], Vertebra.values()[v + 1]);
              break;
            default:
              d.joint(joints.get(random.nextInt(joints.size())), side);
          }
        }
        b.add(d.build());
      }
      out.add(b.build());
    }
    return out;
  }

  private static final List<PayerProfile> PROFILES =
      List.copyOf(PayerProfile.standardProfiles().values());

  /** Everything observable about a result, as text. */
  private static String snapshot(CodingResult r) {
    StringBuilder sb = new StringBuilder();
    for (ClaimLine l : r.lines()) {
      sb.append(l.notation()).append('|').append(l.description()).append('|')
          .append(l.rationale()).append('|').append(l.procedureIndexes()).append('\n');
    }
    for (Finding f : r.findings()) {
      sb.append(f).append('|').append(f.physicianQuestion().orElse("")).append('\n');
    }
    r.trace().forEach(t -> sb.append(t).append('\n'));
    return sb.toString();
  }

  @Test
  void eightThreadsGiveTheSameResultsAsOne() throws Exception {
    FacetCodingEngine engine = Fixtures.ENGINE;
    List<CodingSession> sessions = sessions();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      expected.add(snapshot(engine.code(sessions.get(i), PROFILES.get(i % PROFILES.size()))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int offset = t;
        Callable<List<String>> job = () -> {
          // each thread codes every session, starting at a different place
          String[] got = new String[sessions.size()];
          for (int k = 0; k < sessions.size(); k++) {
            int i = (k + offset * 397) % sessions.size();
            got[i] = snapshot(engine.code(sessions.get(i), PROFILES.get(i % PROFILES.size())));
          }
          return List.of(got);
        };
        futures.add(pool.submit(job));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get(2, TimeUnit.MINUTES)).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharedResultIsSafeToExplainFromManyThreads() throws Exception {
    CodingResult r = Fixtures.ENGINE.code(CodingSession.of(LocalDate.of(2026, 2, 2),
        Fixtures.rf().joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.LEFT)
            .build()));
    String once = Fixtures.ENGINE.code(r.session()).explain();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS * 4; t++) {
        futures.add(pool.submit(r::explain));
      }
      for (Future<String> f : futures) {
        assertThat(f.get(1, TimeUnit.MINUTES)).isEqualTo(once);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
