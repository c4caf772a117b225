package org.facetclaims.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's date shortcut is {@code LocalDate.parse}, refusals included. */
class PerformedDateTest {
  @Test
  void isoDateIsLocalDateParse() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    List<String> samples = new ArrayList<>(List.of("2026-02-28", "2024-02-29", "2026-02-29",
        "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31", "0000-01-01", "9999-12-31",
        "2026-1-011", "2026/01/01", "+202601-01", "2026-01-0a", "２０２６-01-01", "-002601-01"));
    for (int i = 0; i < 20000; i++) {
      samples.add(String.format("%04d-%02d-%02d", rnd.nextInt(10000), rnd.nextInt(15),
          rnd.nextInt(34)));
    }
    for (String s : samples) {
      String expected;
      try {
        expected = java.time.LocalDate.parse(s).toString();
      } catch (java.time.DateTimeException e) {
        expected = "refused";
      }
      String actual;
      try {
        actual = PerformedDate.isoDate(s).toString();
      } catch (java.time.DateTimeException e) {
        actual = "refused";
      }
      assertThat(actual).as(s).isEqualTo(expected);
    }
  }
}
