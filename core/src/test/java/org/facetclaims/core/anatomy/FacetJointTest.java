package org.facetclaims.core.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** coding-rules §3: joint notations, families and which joints are reportable. */
class FacetJointTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "L4-L5|L4_L5",
      "L4-5|L4_L5",
      "L4/5|L4_L5",
      "L4/L5|L4_L5",
      "L4\u2013L5|L4_L5",          // en dash
      "L4\u2014L5|L4_L5",          // em dash
      "l4-l5|L4_L5",
      "'  L4 - L5  '|L4_L5",
      "L 4-L 5|L4_L5",
      "L4 to L5|L4_L5",
      "C3/4|C3_C4",
      "c3/C4|C3_C4",
      "C2-C3|C2_C3",
      "C7-T1|C7_T1",
      "c7/t1|C7_T1",
      "T1-T2|T1_T2",
      "T9-10|T9_T10",
      "T11/12|T11_T12",
      "T12-L1|T12_L1",
      "L1-L2|L1_L2",
      "L5-S1|L5_S1",
      "L5/S1|L5_S1",
      "C0-C1|C0_C1",
      "occiput-C1|C0_C1",
      "Occiput - C1|C0_C1",
      "OCCIPUT/C1|C0_C1",
      "C1-C2|C1_C2",
  })
  void parsesNotations(String text, FacetJoint expected) {
    assertThat(FacetJoint.parse(text)).isEqualTo(expected);
    assertThat(FacetJoint.tryParse(text)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" rejected: {1}")
  @CsvSource(delimiter = '|', value = {
      "L5-L6|L6 is not a vertebra",
      "L4-L6|L6",
      "S1-S2|sacrum is fused",
      "L3-L5|not adjacent",
      "L5-L4|not adjacent",
      "C7-C8|C8 is not a vertebra",
      "T12-T13|T13",
      "foo|notation",
      "L4|notation",
      "'   '|notation",
  })
  void rejectsWithReason(String text, String reason) {
    assertThatThrownBy(() -> FacetJoint.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
    assertThat(FacetJoint.tryParse(text)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNullAndEmpty(String text) {
    assertThatThrownBy(() -> FacetJoint.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a facet joint")
        .hasMessageContaining(text == null ? "null" : "\"\"");
    assertThat(FacetJoint.tryParse(text)).isEmpty();
  }

  /** Independent copy of §3 "Facet joints and families": 6 + 12 + 5 reportable joints. */
  private static final List<String> CERVICAL_THORACIC = List.of(
      "C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1",
      "T1-T2", "T2-T3", "T3-T4", "T4-T5", "T5-T6", "T6-T7", "T7-T8", "T8-T9", "T9-T10",
      "T10-T11", "T11-T12", "T12-L1");
  private static final List<String> LUMBAR_SACRAL = List.of(
      "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1");

  @Test
  void familiesAndReportability() {
    assertThat(CERVICAL_THORACIC).hasSize(6 + 12);
    assertThat(LUMBAR_SACRAL).hasSize(5);
    for (FacetJoint j : FacetJoint.values()) {
      String n = j.notation();
      if (CERVICAL_THORACIC.contains(n)) {
        assertThat(j.family()).as(n).contains(JointFamily.CERVICAL_THORACIC);
        assertThat(j.isReportable()).as(n).isTrue();
      } else if (LUMBAR_SACRAL.contains(n)) {
        assertThat(j.family()).as(n).contains(JointFamily.LUMBAR_SACRAL);
        assertThat(j.isReportable()).as(n).isTrue();
      } else {
        assertThat(n).isIn("C0-C1", "C1-C2");
        assertThat(j.family()).as(n).isEmpty();
        assertThat(j.isReportable()).as(n).isFalse();
        assertThat(j.nerves()).as(n).isEmpty();
      }
    }
    List<String> reportable = FacetJoint.reportable().stream().map(FacetJoint::notation)
        .collect(Collectors.toList());
    List<String> expected = new java.util.ArrayList<>(CERVICAL_THORACIC);
    expected.addAll(LUMBAR_SACRAL);
    assertThat(reportable).containsExactlyElementsOf(expected);
  }

  @Test
  void notationRoundTrips() {
    for (FacetJoint j : FacetJoint.values()) {
      assertThat(FacetJoint.parse(j.notation())).isEqualTo(j);
      assertThat(j.toString()).isEqualTo(j.notation());
    }
  }

  @Test
  void betweenAndOf() {
    assertThat(FacetJoint.between(Vertebra.L5, Vertebra.L4)).isEqualTo(FacetJoint.L4_L5);
    assertThat(FacetJoint.between(Vertebra.C7, Vertebra.T1)).isEqualTo(FacetJoint.C7_T1);
    assertThat(FacetJoint.of(Vertebra.T12)).isEqualTo(FacetJoint.T12_L1);
    assertThatThrownBy(() -> FacetJoint.between(Vertebra.L3, Vertebra.L5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not adjacent");
    assertThatThrownBy(() -> FacetJoint.of(Vertebra.S1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("S1-S2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"L4-L5", "C7-T1", "T12-L1", "L5-S1", "C2-C3"})
  void upperAndLowerAreAdjacent(String text) {
    FacetJoint j = FacetJoint.parse(text);
    assertThat(j.lower().ordinal()).isEqualTo(j.upper().ordinal() + 1);
    assertThat(Arrays.asList(text.split("-"))).containsExactly(j.upper().name(), j.lower().name());
  }
}
