package org.facetclaims.fhir.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The relief grammar on realistic sentences from block and RF follow-up notes. */
class ReliefGrammarTest {
  static final ReliefGrammar G = ReliefGrammar.standard();

  @ParameterizedTest(name = "{0} -> {1}% / {2} months")
  @CsvSource(delimiter = '|', value = {
      "85% relief|85|",
      "80 percent pain relief|80|",
      "Patient reports relief of 90%.|90|",
      "Relief lasting 7 months.|  |7",
      "Excellent response: 85% relief lasting 7 months after the procedure.|85|7",
      "She had 60% improvement in pain for eight months.|60|8",
      "Pain reduced by 75 per cent, which lasted 1 year.|75|12",
      "Reported 85.5% relief.|85|",
      "Reports at least 80% relief.|80|",
      "No relief from the block.|0|",
      "Did not get any relief.|0|",
      "Complete pain relief for 6 hours.|100|",
      "7 months of relief, now recurrent axial pain.||7",
      "Relief lasted more than 6 months.||6",
      "At the 6-month follow-up she reports 70% relief.|70|",
      "Follow-up 3 months after RF: 65% relief.|65|",
      "Block with 2% lidocaine gave 80% relief.|80|",
      "80% relief with 0.5% bupivacaine for 4 hours.|80|",
      "Pain diary: 85% relief for 6 hours. Back to baseline next day.|85|",
  })
  void reads(String text, Integer percent, Integer months) {
    ReliefReading r = G.read(text);
    assertThat(r.percent()).as("percent").isEqualTo(percent == null ? OptionalInt.empty()
        : OptionalInt.of(percent));
    assertThat(r.months()).as("months").isEqualTo(months == null ? OptionalInt.empty()
        : OptionalInt.of(months));
    assertThat(r.unreadPercent()).isEmpty();
    assertThat(r.unreadDuration()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Patient reports 70-80% relief.|range",
      "Approximately 80% relief.|approximate",
      "Nearly 80% relief after the second block.|approximate",
      "Less than 50% relief.|approximate",
      "Did not achieve 80% relief.|negated",
      "Pain improved from 8/10 to 2/10.|pain scores",
      "80% relief at 30 minutes, 60% at 6 hours.|several",
      "Will proceed to RF if 80% relief is obtained.|condition",
      "Relief of 120%.|over 100",
  })
  void reportsWhatItCannotRead(String text, String reason) {
    ReliefReading r = G.read(text);
    assertThat(r.percent()).isEmpty();
    assertThat(r.unreadPercent()).anySatisfy(u -> assertThat(u).contains(reason));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Relief lasting 3 weeks.|weeks",
      "Relief lasting about 6 months.|approximate",
      "Relief for 10 days.|days",
      "Relief lasting 5 months; later relief lasting 7 months.|several",
  })
  void reportsDurationsItCannotRead(String text, String reason) {
    ReliefReading r = G.read(text);
    assertThat(r.months()).isEmpty();
    assertThat(r.unreadDuration()).anySatisfy(u -> assertThat(u).contains(reason));
  }

  @Test
  @DisplayName("text without relief is an empty reading; percents elsewhere are not relief")
  void nothing() {
    assertThat(G.read(null).isEmpty()).isTrue();
    assertThat(G.read("   ").isEmpty()).isTrue();
    assertThat(G.read("Contrast 100% spread along the medial branch.").isEmpty()).isTrue();
    assertThat(G.read("Omnipaque 300, 2 mL. Lesions at 80 degrees C for 90 seconds.")
        .isEmpty()).isTrue();
  }

  @Test
  @DisplayName("long and hostile texts are read in linear time, and the rest is reported")
  void linearTime() {
    String hostile = "1 1 1 - 1 % relief lasting ".repeat(10_000) + "9".repeat(50_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      ReliefReading r = G.read(hostile);
      assertThat(r.unreadPercent()).anySatisfy(u -> assertThat(u).contains("longer than"));
    });
    String spaces = "relief " + " ".repeat(3_990) + "%";
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> G.read(spaces));
    String digits = ("relief " + "1234567890".repeat(399) + ".").repeat(1);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> G.read(digits));
  }

  @Test
  @DisplayName("what is reported unread quotes at most 80 characters of the note")
  void quotesAreShort() {
    String note = "If the patient Quillon Zanzibarova reports at least 80% relief after the second"
        + " block, which he expects, we will proceed with radiofrequency ablation at L4-L5"
        + " bilaterally next month";
    ReliefReading r = G.read(note);
    assertThat(r.percent()).isEmpty();
    assertThat(r.unreadPercent()).singleElement().satisfies(u -> {
      assertThat(u).startsWith("\"If the patient").contains("...\": a condition")
          .doesNotContain("next month");
      assertThat(u.length()).isLessThanOrEqualTo(80 + 60);
    });
    String many = "Relief 10%, 20%, 30%, 40%, 50%, 60%, 70% and 80% on different days.";
    assertThat(G.read(many).unreadPercent())
        .containsExactly("several different percentages [10, 20, 30, 40, 50, ...]: which one is"
            + " the relief is not clear");
  }
}
