package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** The operation's state and prior authorization parameters. */
class OperationStateParameterTest {
  static final FacetClaimsOperationProvider OP = OperationCoverageParametersTest.OP;

  static List<String> ids(Bundle b) {
    return OperationCoverageParametersTest.findingIds(b);
  }

  @Test
  void stateChoosesTheContractorAndANonStateIsAFinding() {
    // 2026-02-02, state unknown: the contractors' texts differ, the assumption is FC-631
    assertThat(ids(OP.facetClaims(OperationCoverageParametersTest.procedure(), null, null, null,
        null))).contains("FC-631");
    assertThat(ids(OP.facetClaims(OperationCoverageParametersTest.procedure(), null, null, null,
        null, new StringType("Ohio"), null, null, null, null, null, null, null, null, null))).doesNotContain("FC-631", "FC-629");
    assertThat(ids(OP.facetClaims(OperationCoverageParametersTest.procedure(), null, null, null,
        null, new StringType("Atlantis"), null, null, null, null, null, null, null, null, null))).contains("FC-629", "FC-631");
  }

  @Test
  void priorAuthorizationParameters() {
    List<String> none = ids(OP.facetClaims(OperationCoverageParametersTest.procedure(), null,
        null, null, new CodeType("22"), new StringType("OH"), null, null, null, null, null, null, null, null, null));
    assertThat(none).contains("FC-613");
    List<String> utn = ids(OP.facetClaims(OperationCoverageParametersTest.procedure(), null,
        null, null, new CodeType("22"), new StringType("OH"), new StringType("A1B2C3D4E5F6G7"),
        null, null, null, null, null, null, null, null));
    assertThat(utn).contains("FC-627").doesNotContain("FC-613");
    List<String> exempt = ids(OP.facetClaims(OperationCoverageParametersTest.procedure(), null,
        new BooleanType(true), null, new CodeType("22"), new StringType("OH"), null,
        new BooleanType(true), null, null, null, null, null, null, null));
    assertThat(exempt).contains("FC-627").doesNotContain("FC-613");
  }

  @Test
  void typeOfBillParameter() {
    // no place of service: the hospital outpatient type of bill alone binds prior authorization
    List<String> hospital = ids(OP.facetClaims(OperationCoverageParametersTest.procedure(), null,
        null, null, null, new StringType("OH"), null, null, null, null, null, null, null, null,
        null, null, new CodeType("0131")));
    assertThat(hospital).contains("FC-613").doesNotContain("FC-614");
    List<String> threeCharacters = ids(OP.facetClaims(OperationCoverageParametersTest.procedure(),
        null, null, null, null, new StringType("OH"), null, null, null, null, null, null, null,
        null, null, null, new CodeType("131")));
    assertThat(threeCharacters).contains("FC-613");
    List<String> asc = ids(OP.facetClaims(OperationCoverageParametersTest.procedure(), null,
        null, null, null, new StringType("OH"), null, null, null, null, null, null, null, null,
        null, null, new CodeType("0831")));
    assertThat(asc).doesNotContain("FC-613", "FC-614");
    for (String bad : new String[] {"13", "01310", "0931", "banana", "0 13"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> OP.facetClaims(
          OperationCoverageParametersTest.procedure(), null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, new CodeType(bad)))
          .as(bad).hasMessageStartingWith("FCS-007: typeOfBill");
    }
  }
}
