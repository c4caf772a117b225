package org.facetclaims.core.medicare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.coverage.CoverageContext.Locality;
import org.facetclaims.core.coverage.CoverageContext.StateInput;
import org.facetclaims.core.medicare.NorthernVirginia.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Northern Virginia's Part B claims go to Novitas (JL): the address settles it, or nothing. */
class NorthernVirginiaTest {

  @ParameterizedTest(name = "{0} / {1} / {2}: {3}")
  @CsvSource(nullValues = "-", value = {
      "Arlington, Arlington, 22201, JURISDICTION_L",
      "McLean, Fairfax County, 22101, JURISDICTION_L",
      "-, Fairfax Co., -, JURISDICTION_L",
      "Alexandria, -, -, JURISDICTION_L",
      "City of Falls Church, -, -, JURISDICTION_L",
      "Fairfax, -, 22030, JURISDICTION_L",
      "-, -, 22314, JURISDICTION_L",
      "Richmond, -, 23219, REST_OF_VIRGINIA",
      "Leesburg, Loudoun, 20175, REST_OF_VIRGINIA",
      "Dumfries, Prince William, 22026, REST_OF_VIRGINIA",
      "-, -, 24060, REST_OF_VIRGINIA",
      // nothing settles it: a mailing city of Fairfax County, a mixed ZIP area
      "Springfield, -, -, UNKNOWN",
      "Reston, -, 20190, UNKNOWN",
      "Dumfries, -, 22026, UNKNOWN",
      "-, -, -, UNKNOWN",
      // disagreements and a ZIP code of another state settle nothing
      "Alexandria, Loudoun, -, UNKNOWN",
      "-, Henrico, 22201, UNKNOWN",
      "Columbus, -, 43210, UNKNOWN",
      "-, -, 2220, UNKNOWN"})
  void verdicts(String city, String county, String zip, Verdict expected) {
    assertThat(NorthernVirginia.of(new Locality(city, county, zip))).isEqualTo(expected);
  }

  static final LocalDate DOS = LocalDate.of(2025, 3, 3);

  static PolicySelection select(Locality l) {
    return PolicyCatalog.bundled().select(List.of(new StateInput("VA",
        "Location/loc-va.address.state", l)), DOS);
  }

  @Test
  @DisplayName("Arlington: Novitas; Richmond: Palmetto; the state alone: Palmetto with FC-638")
  void theContractorByLocality() {
    PolicySelection arlington = select(new Locality("Arlington", "Arlington", "22201"));
    assertThat(arlington.version().orElseThrow().describe()).contains("L34892");
    assertThat(arlington.findings()).isEmpty();
    PolicySelection richmond = select(new Locality("Richmond", null, "23219"));
    assertThat(richmond.version().orElseThrow().describe()).contains("L38765");
    assertThat(richmond.findings()).isEmpty();
    PolicySelection unsure = select(null);
    assertThat(unsure.version().orElseThrow().describe()).contains("L38765");
    assertThat(unsure.findings()).extracting(Finding::id).containsExactly("FC-638");
    assertThat(unsure.findings().get(0).element()).hasValue("Location/loc-va.address.state");
    // two places of one session whose localities disagree: not settled
    PolicySelection mixed = PolicyCatalog.bundled().select(List.of(
        new StateInput("VA", "a", new Locality("Arlington", null, null)),
        new StateInput("Virginia", "b", new Locality("Richmond", null, "23219"))), DOS);
    assertThat(mixed.findings()).extracting(Finding::id).contains("FC-638");
    // Ohio is untouched by localities
    assertThat(PolicyCatalog.bundled().select(List.of(new StateInput("OH", "x",
        new Locality("Arlington", "Arlington", "22201"))), DOS).version().orElseThrow()
        .describe()).contains("L38773");
  }
}
