package org.facetclaims.fhir.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every date {@link PlainDates} accepts, HAPI accepts and writes back as it is. */
class PlainDatesTest {
  @Test
  void plainDatesAreAcceptedByHapi() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    String[] zones = {"Z", "+00:00", "-05:00", "+14:00", "+05:45", "-12:30", "+15:00", "+05:07",
        "z", "", "+0500", "-05:00:00"};
    List<String> samples = new ArrayList<>(List.of("2026", "2026-02", "2024-02-29",
        "2100-02-29", "2000-02-29", "1900-02-29", "2026-02-02T10:00:00Z", "2026-02-02T24:00:00Z",
        "2026-02-02T10:00:60Z", "2026-02-02T10:00:00.Z", "2026-02-02T10:00:00.1234567890Z",
        "2026-02-02T10:00Z", "2026-02-02T10:00:00", " 2026-02-02", "2026-02-02 ", "1899-12-31",
        "3000-01-01", "2026-11-01T10:00:00Z", "2026-01-02T03:04:05.678+01:00"));
    for (int i = 0; i < 30000; i++) {
      StringBuilder b = new StringBuilder(String.format("%04d", 1850 + rnd.nextInt(1300)));
      int parts = rnd.nextInt(5);
      if (parts > 0) {
        b.append(String.format("-%02d", rnd.nextInt(14)));
      }
      if (parts > 1) {
        b.append(String.format("-%02d", rnd.nextInt(33)));
      }
      if (parts > 2) {
        b.append(String.format("T%02d:%02d:%02d", rnd.nextInt(25), rnd.nextInt(61),
            rnd.nextInt(62)));
        if (rnd.nextBoolean()) {
          b.append('.').append("1234567891".substring(0, rnd.nextInt(11)));
        }
        b.append(zones[rnd.nextInt(zones.length)]);
      }
      samples.add(b.toString());
    }
    int accepted = 0;
    for (String v : samples) {
      for (int kind = 0; kind < 3; kind++) {
        boolean dateForms = kind != 0;
        boolean timeForms = kind != 2;
        if (!PlainDates.plainDate(v, dateForms, timeForms)) {
          continue;
        }
        accepted++;
        org.hl7.fhir.r4.model.BaseDateTimeType t = kind == 0
            ? new org.hl7.fhir.r4.model.InstantType() : kind == 1
            ? new org.hl7.fhir.r4.model.DateTimeType() : new org.hl7.fhir.r4.model.DateType();
        t.setValueAsString(v); // throws if HAPI refuses it
        assertThat(t.getValueAsString()).as(v).isEqualTo(v);
      }
    }
    assertThat(accepted).isGreaterThan(5000);
  }
}
