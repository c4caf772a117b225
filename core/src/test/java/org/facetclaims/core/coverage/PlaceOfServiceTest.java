package org.facetclaims.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceOfServiceTest {
  @Test
  void theCmsCodeSetAndNothingElse() {
    assertThat(PlaceOfService.name("22")).hasValue("On campus-outpatient hospital");
    assertThat(PlaceOfService.name("19")).hasValue("Off campus-outpatient hospital");
    assertThat(PlaceOfService.name("24")).hasValue("Ambulatory surgical center");
    assertThat(PlaceOfService.isValid("11")).isTrue();
    for (String unassigned : new String[] {"00", "28", "30", "35", "40", "59", "63", "80", "98"}) {
      assertThat(PlaceOfService.isValid(unassigned)).as(unassigned).isFalse();
    }
    assertThat(PlaceOfService.isValid("banana")).isFalse();
    assertThat(PlaceOfService.isValid("2")).isFalse();
    assertThat(PlaceOfService.isValid(null)).isFalse();
    assertThat(PlaceOfService.codes()).hasSize(52).allSatisfy((code, name) -> {
      assertThat(code).matches("\\d\\d");
      assertThat(name).isNotBlank();
    });
  }
}
