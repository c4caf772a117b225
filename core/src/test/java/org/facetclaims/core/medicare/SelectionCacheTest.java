package org.facetclaims.core.medicare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.coverage.CoverageContext.StateInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalog keeps the selections it made by state and date: a kept one must be the answer
 * made anew for that very state and day, whatever was asked before, in whatever order, on
 * however many threads.
 */
class SelectionCacheTest {
  /** A catalog of its own, so that no other test has filled its cache. */
  static PolicyCatalog fresh() throws Exception {
    try (Reader r = new InputStreamReader(
        PolicyCatalog.class.getResourceAsStream("facet-policies.tsv"), StandardCharsets.UTF_8)) {
      return PolicyCatalog.parse(r, "bundled facet-policies.tsv");
    }
  }

  /** Every revision's first day, the day before, and the same days of the years around. */
  static List<LocalDate> boundaryDates(PolicyCatalog c) {
    List<LocalDate> days = new ArrayList<>();
    for (PolicyVersion v : c.versions()) {
      for (LocalDate d : List.of(v.from().orElse(LocalDate.of(2024, 7, 7)),
          v.uncertainFrom().orElse(LocalDate.of(2025, 1, 1)))) {
        for (int years = -3; years <= 2; years++) {
          days.add(d.plusYears(years));
          days.add(d.plusYears(years).minusDays(1));
        }
      }
    }
    return days;
  }

  @Test
  @DisplayName("the day before and the day of a revision, asked in either order, keep their own "
      + "version and findings")
  void revisionDays() throws Exception {
    PolicyCatalog c = fresh();
    UsState ohio = c.state("OH").orElseThrow();
    LocalDate dayOf = LocalDate.of(2024, 8, 15); // CGS: 2024 text, confirmed
    LocalDate before = dayOf.minusDays(1);        // 2021 text, FC-631 (date not confirmed)
    for (int round = 0; round < 2; round++) {
      assertThat(c.select(ohio, dayOf).version().get().text()).isEqualTo("2024");
      assertThat(c.select(ohio, dayOf).findings()).isEmpty();
      assertThat(c.select(ohio, before).version().get().text()).isEqualTo("2021");
      assertThat(c.select(ohio, before).findings()).extracting(f -> f.id())
          .containsExactly("FC-631");
    }
    // another state on the same days: its own contractor (Palmetto: 2024 from 2024-07-07)
    UsState alabama = c.state("AL").orElseThrow();
    assertThat(c.select(alabama, before).version().get().lcd()).isEqualTo("L38765");
    assertThat(c.select(ohio, before).version().get().lcd()).isEqualTo("L38773");
    // the unknown state names the date in its finding: never another day's text
    assertThat(c.selectForUnknownState(before).findings().get(0).message())
        .contains(before.toString());
    assertThat(c.selectForUnknownState(dayOf).findings().get(0).message())
        .contains(dayOf.toString());
  }

  @Test
  @DisplayName("two keys of one slot (the same state 8192 days apart) each get their own answer")
  void sharedSlot() throws Exception {
    PolicyCatalog c = fresh();
    UsState ohio = c.state("OH").orElseThrow();
    LocalDate late = LocalDate.of(2024, 8, 15);
    LocalDate early = late.minusDays(SelectionCache.SLOTS);
    assertThat(SelectionCache.slot(ohio, early.toEpochDay()))
        .isEqualTo(SelectionCache.slot(ohio, late.toEpochDay()));
    for (int round = 0; round < 2; round++) {
      assertThat(c.select(ohio, late).version()).isPresent();
      assertThat(c.select(ohio, early).version()).isEmpty(); // 2002: no modelled policy
      assertThat(c.selectForUnknownState(early)).isEqualTo(c.chooseForUnknownState(early));
      assertThat(c.selectForUnknownState(late)).isEqualTo(c.chooseForUnknownState(late));
    }
  }

  @Test
  @DisplayName("every state and no state, on every revision day and the day before, over "
      + "several years: the kept selection equals one made anew, through either API")
  void everyStateAndDay() throws Exception {
    PolicyCatalog c = fresh();
    List<LocalDate> days = boundaryDates(c);
    for (int pass = 0; pass < 2; pass++) { // the first fills the table, the second reads it
      for (LocalDate d : days) {
        assertThat(c.selectForUnknownState(d)).as("no state " + d)
            .isEqualTo(c.chooseForUnknownState(d));
        assertThat(c.select(List.of(), d)).isEqualTo(c.chooseForUnknownState(d));
        for (UsState s : c.states()) {
          PolicySelection made = c.choose(s, d);
          assertThat(c.select(s, d)).as(s + " " + d).isEqualTo(made);
          PolicySelection named = c.select(List.of(new StateInput(s.usps(), "x"),
              new StateInput(s.name(), "y")), d);
          if ("VA".equals(s.usps())) {
            // Virginia is chosen by the address's locality, never from the kept selection
            // alone: without one the state's own contractor, and FC-638 says so
            assertThat(named.version()).as(s + " " + d).isEqualTo(made.version());
            assertThat(named.findings()).as(s + " " + d).first().satisfies(f -> assertThat(
                f.code()).isEqualTo(FindingCode.CONTRACTOR_NOT_SETTLED_BY_STATE));
          } else {
            assertThat(named).as(s + " " + d).isEqualTo(made);
          }
        }
      }
    }
  }

  @Test
  @DisplayName("several threads asking in random orders always get the answer of their own key")
  void threads() throws Exception {
    PolicyCatalog c = fresh();
    List<LocalDate> days = boundaryDates(c);
    List<UsState> states = new ArrayList<>(c.states());
    states.add(null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicInteger wrong = new AtomicInteger();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long seed = t;
        done.add(pool.submit(() -> {
          Random random = new Random(seed);
          List<UsState> order = new ArrayList<>(states);
          for (int i = 0; i < 20_000; i++) {
            if (i % 1000 == 0) {
              Collections.shuffle(order, random);
            }
            UsState s = order.get(i % order.size());
            LocalDate d = days.get(random.nextInt(days.size()));
            PolicySelection got = s == null ? c.selectForUnknownState(d) : c.select(s, d);
            PolicySelection made = s == null ? c.chooseForUnknownState(d) : c.choose(s, d);
            if (!got.equals(made)) {
              wrong.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(wrong.get()).isZero();
  }
}
