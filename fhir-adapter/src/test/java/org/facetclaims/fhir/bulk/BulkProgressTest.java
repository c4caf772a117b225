package org.facetclaims.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time left in bulk progress lines, as people read it. */
class BulkProgressTest {
  @Test
  void durationsForPeople() {
    assertThat(BulkRun.duration(0.4)).isEqualTo("0 s");
    assertThat(BulkRun.duration(45)).isEqualTo("45 s");
    assertThat(BulkRun.duration(200)).isEqualTo("3 min 20 s");
    assertThat(BulkRun.duration(7500)).isEqualTo("2 h 05 min");
  }
}
