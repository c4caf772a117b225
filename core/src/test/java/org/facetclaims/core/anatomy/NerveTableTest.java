package org.facetclaims.core.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * coding-rules §3 "Which nerves supply which joint", checked in both directions against a literal
 * copy of the table written out row by row (no rule from the main code is reused).
 */
class NerveTableTest {
  /** Joint -> the enum names of its nerves, per side, from the spec; see {@link SpecNerveTable}. */
  static final Map<String, Set<String>> SPEC_TABLE = SpecNerveTable.JOINT_NERVES;

  @Test
  void jointToNerves() {
    assertThat(SPEC_TABLE).hasSize(23);
    for (FacetJoint j : FacetJoint.reportable()) {
      Set<String> actual = j.nerves().stream().map(Nerve::name)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      assertThat(actual).as(j.notation()).isEqualTo(SPEC_TABLE.get(j.notation()));
    }
    assertThat(FacetJoint.C0_C1.nerves()).isEmpty();
    assertThat(FacetJoint.C1_C2.nerves()).isEmpty();
  }

  @Test
  void nerveToJointsIsTheInverseOfTheSpecTable() {
    Map<String, Set<String>> inverse = new LinkedHashMap<>();
    SPEC_TABLE.forEach((joint, nerves) -> nerves.forEach(
        n -> inverse.computeIfAbsent(n, k -> new TreeSet<>()).add(joint)));
    assertThat(inverse.keySet()).containsExactlyInAnyOrder(
        java.util.Arrays.stream(Nerve.values()).map(Nerve::name).toArray(String[]::new));
    for (Nerve n : Nerve.values()) {
      Set<String> actual = n.joints().stream().map(FacetJoint::notation)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(actual).as(n.label()).isEqualTo(inverse.get(n.name()));
    }
  }

  @ParameterizedTest(name = "{0} supplies {1}")
  @CsvSource(delimiter = '|', value = {
      "THIRD_OCCIPITAL|C2-C3",
      "C3|C3-C4",             // deep C3 only: the TON alone is C2-C3
      "C4|C3-C4,C4-C5",
      "C7|C6-C7,C7-T1",
      "C8|C7-T1,T1-T2",
      "T1|T1-T2,T2-T3",
      "T11|T11-T12,T12-L1",
      "T12|T12-L1,L1-L2",
      "L1|L1-L2,L2-L3",
      "L3|L3-L4,L4-L5",
      "L4|L4-L5,L5-S1",
      "L5_DORSAL_RAMUS|L5-S1",
  })
  void namedRows(Nerve nerve, String joints) {
    assertThat(nerve.joints()).extracting(FacetJoint::notation)
        .containsExactly(joints.split(","));
  }

  @ParameterizedTest(name = "legacy family of {0} is {1}")
  @CsvSource({
      "THIRD_OCCIPITAL,CERVICAL_THORACIC", "C3,CERVICAL_THORACIC", "C8,CERVICAL_THORACIC",
      "T1,CERVICAL_THORACIC", "T12,CERVICAL_THORACIC", "L1,LUMBAR_SACRAL", "L4,LUMBAR_SACRAL",
      "L5_DORSAL_RAMUS,LUMBAR_SACRAL"})
  void legacyFamilyIsTheNervesOwnLevel(Nerve nerve, JointFamily family) {
    assertThat(nerve.legacyFamily()).isEqualTo(family);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "L3|L3",
      "l3|L3",
      "L3 medial branch|L3",
      "L3 medial branches|L3",
      "L3 MB|L3",
      "C3 medial branch|C3",
      "C3 deep medial branch|C3",
      "C8|C8",
      "C8 medial branch|C8",
      "T12|T12",
      "T 12|T12",
      "L5|L5_DORSAL_RAMUS",
      "L5 dorsal ramus|L5_DORSAL_RAMUS",
      "L5 dorsal primary ramus|L5_DORSAL_RAMUS",
      "L5 medial branch|L5_DORSAL_RAMUS",
      "third occipital nerve|THIRD_OCCIPITAL",
      "Third Occipital|THIRD_OCCIPITAL",
      "TON|THIRD_OCCIPITAL",
      "C3 superficial medial branch|THIRD_OCCIPITAL",
  })
  void parsesNerves(String text, Nerve expected) {
    assertThat(Nerve.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"S1", "L6", "C2", "C1", "T13", "C9", "foo", "L4-L5"})
  void rejectsNonFacetNerves(String text) {
    assertThatThrownBy(() -> Nerve.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a facet nerve")
        .hasMessageContaining(text);
    assertThat(Nerve.tryParse(text)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNullAndEmptyNerve(String text) {
    assertThatThrownBy(() -> Nerve.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "level {0} names {1}")
  @CsvSource({"C3,C3", "C7,C7", "T1,T1", "T12,T12", "L1,L1", "L4,L4", "L5,L5_DORSAL_RAMUS"})
  void atLevel(Vertebra level, Nerve nerve) {
    assertThat(Nerve.atLevel(level)).contains(nerve);
  }

  @ParameterizedTest
  @EnumSource(value = Vertebra.class, names = {"C0", "C1", "C2", "S1"})
  void levelsWithoutFacetNerve(Vertebra level) {
    assertThat(Nerve.atLevel(level)).isEmpty();
  }

  @Test
  void everyLevelFromC3ToL5NamesANerve() {
    for (Vertebra v : Vertebra.values()) {
      boolean expected = v.ordinal() >= Vertebra.C3.ordinal() && v.ordinal() <= Vertebra.L5.ordinal();
      assertThat(Nerve.atLevel(v).isPresent()).as(v.name()).isEqualTo(expected);
    }
  }

  /** §3 needle targets: L(n) medial branch at the L(n+1) transverse process; L5 DR at the ala. */
  @ParameterizedTest(name = "{0} lesions {1}")
  @CsvSource({
      "L1_TRANSVERSE_PROCESS,T12", "L2_TRANSVERSE_PROCESS,L1", "L3_TRANSVERSE_PROCESS,L2",
      "L4_TRANSVERSE_PROCESS,L3", "L5_TRANSVERSE_PROCESS,L4", "SACRAL_ALA,L5_DORSAL_RAMUS"})
  void needleTargets(NeedleTarget target, Nerve nerve) {
    assertThat(target.nerve()).isEqualTo(nerve);
  }

  @Test
  void transverseProcessOf() {
    assertThat(NeedleTarget.transverseProcessOf(Vertebra.L1))
        .contains(NeedleTarget.L1_TRANSVERSE_PROCESS);
    assertThat(NeedleTarget.transverseProcessOf(Vertebra.L5))
        .contains(NeedleTarget.L5_TRANSVERSE_PROCESS);
    assertThat(NeedleTarget.transverseProcessOf(Vertebra.T12)).isEmpty();
    assertThat(NeedleTarget.transverseProcessOf(Vertebra.S1)).isEmpty();
    assertThat(NeedleTarget.transverseProcessOf(Vertebra.C5)).isEmpty();
  }
}
