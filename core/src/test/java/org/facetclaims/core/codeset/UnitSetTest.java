package org.facetclaims.core.codeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.SpecNerveTable;
import org.junit.jupiter.api.Test;

/**
 * Units of service as sets: the algebra a billing convention uses, and the two directions of the
 * nerve table of coding-rules §3 (expected values from {@link SpecNerveTable}, the spec's rows
 * written out in the tests).
 */
class UnitSetTest {

  @Test
  void setsKeepSpinalOrderWhateverTheOrderGiven() {
    UnitSet s = UnitSet.ofJoints(FacetJoint.L5_S1, FacetJoint.C5_C6, FacetJoint.L4_L5);
    assertThat(s.joints()).containsExactly(FacetJoint.C5_C6, FacetJoint.L4_L5, FacetJoint.L5_S1);
    assertThat(s.labels()).containsExactly("C5-C6", "L4-L5", "L5-S1");
    assertThat(s.first()).isEqualTo(UnitSet.ofJoints(FacetJoint.C5_C6));
    assertThat(s).hasToString("C5-C6, L4-L5, L5-S1");
    assertThat(UnitSet.ofNerves(Nerve.L5_DORSAL_RAMUS, Nerve.L3).labels())
        .containsExactly("L3 medial branch", "L5 dorsal ramus");
  }

  @Test
  void pairingTwoSides() {
    UnitSet right = UnitSet.ofJoints(FacetJoint.L4_L5, FacetJoint.L5_S1);
    UnitSet left = UnitSet.ofJoints(FacetJoint.L3_L4, FacetJoint.L4_L5);
    assertThat(right.and(left).joints()).containsExactly(FacetJoint.L4_L5);
    assertThat(right.minus(left).joints()).containsExactly(FacetJoint.L5_S1);
    assertThat(right.or(left).size()).isEqualTo(3);
    assertThat(right.containsAll(right.and(left))).isTrue();
    assertThat(right.containsAll(left)).isFalse();
    assertThat(right.minus(right).isEmpty()).isTrue();
    assertThat(UnitSet.none(UnitOfService.JOINT).first().isEmpty()).isTrue();
  }

  @Test
  void familiesFollowCptForJointsAndTheNervesOwnLevelForNerves() {
    UnitSet joints = UnitSet.ofJoints(FacetJoint.C1_C2, FacetJoint.T12_L1, FacetJoint.L1_L2);
    assertThat(joints.inFamily(JointFamily.CERVICAL_THORACIC).joints())
        .containsExactly(FacetJoint.T12_L1);   // never C1-C2: no facet code describes it
    assertThat(joints.inFamily(JointFamily.LUMBAR_SACRAL).joints())
        .containsExactly(FacetJoint.L1_L2);
    UnitSet nerves = UnitSet.ofNerves(Nerve.T12, Nerve.L1);
    assertThat(nerves.inFamily(JointFamily.CERVICAL_THORACIC).nerves()).containsExactly(Nerve.T12);
    assertThat(nerves.inFamily(JointFamily.LUMBAR_SACRAL).nerves()).containsExactly(Nerve.L1);
  }

  @Test
  void jointsAndNervesDoNotMix() {
    UnitSet joints = UnitSet.ofJoints(FacetJoint.L4_L5);
    UnitSet nerves = UnitSet.ofNerves(Nerve.L3);
    assertThatThrownBy(() -> joints.or(nerves)).isInstanceOf(IllegalArgumentException.class);
    assertThat(joints.nerves()).isEmpty();
    assertThat(nerves.joints()).isEmpty();
    assertThat(nerves.contains(FacetJoint.L4_L5)).isFalse();
    assertThat(joints.contains(Nerve.L3)).isFalse();
  }

  @Test
  void nervesOfJointsCountASharedNerveOnce() {
    // right L4-L5 and L5-S1 = L3, L4, L5 dorsal ramus: three legacy units (coding-rules §3)
    assertThat(UnitSet.ofJoints(FacetJoint.L4_L5, FacetJoint.L5_S1).supplyingNerves().nerves())
        .containsExactly(Nerve.L3, Nerve.L4, Nerve.L5_DORSAL_RAMUS);
    assertThat(UnitSet.ofJoints(FacetJoint.C0_C1).supplyingNerves().isEmpty()).isTrue();
  }

  @Test
  void theThirdOccipitalNerveAloneCompletesC2C3() {
    assertThat(UnitSet.ofNerves(Nerve.THIRD_OCCIPITAL).completedJoints().joints())
        .containsExactly(FacetJoint.C2_C3);
    assertThat(UnitSet.ofNerves(Nerve.L4).completedJoints().isEmpty()).isTrue();
  }

  @Provide
  Arbitrary<Set<Nerve>> nerveSets() {
    return Arbitraries.of(Nerve.class).set().ofMaxSize(8);
  }

  @Provide
  Arbitrary<Set<FacetJoint>> jointSets() {
    return Arbitraries.of(FacetJoint.class).set().ofMaxSize(8);
  }

  /** A joint counts exactly when every nerve of its row is documented (coding-rules §3). */
  @Property
  void completedJointsAreTheRowsWhoseNervesAreAllThere(@ForAll("nerveSets") Set<Nerve> nerves) {
    Set<String> names = nerves.stream().map(Nerve::name).collect(Collectors.toSet());
    Set<String> expected = new LinkedHashSet<>();
    SpecNerveTable.JOINT_NERVES.forEach((joint, need) -> {
      if (names.containsAll(need)) {
        expected.add(joint);
      }
    });
    UnitSet completed = UnitSet.ofNerves(nerves.toArray(new Nerve[0])).completedJoints();
    assertThat(completed.labels()).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Legacy units: the distinct nerves of the joints' rows. */
  @Property
  void supplyingNervesAreTheUnionOfTheRows(@ForAll("jointSets") Set<FacetJoint> joints) {
    Set<String> expected = new LinkedHashSet<>();
    for (FacetJoint j : joints) {
      expected.addAll(SpecNerveTable.JOINT_NERVES.getOrDefault(j.notation(), Set.of()));
    }
    Set<String> actual = UnitSet.ofJoints(joints).supplyingNerves().nerves().stream()
        .map(Nerve::name).collect(Collectors.toSet());
    assertThat(actual).isEqualTo(expected);
  }

  /** The algebra agrees with java.util sets, and a result is never a different-kind set. */
  @Property
  void algebraAgreesWithEnumSets(@ForAll("jointSets") Set<FacetJoint> a,
      @ForAll("jointSets") Set<FacetJoint> b) {
    UnitSet x = UnitSet.ofJoints(a);
    UnitSet y = UnitSet.ofJoints(b);
    assertThat(x.and(y).joints()).isEqualTo(intersection(a, b));
    assertThat(x.or(y).joints()).isEqualTo(union(a, b));
    assertThat(x.minus(y).joints()).isEqualTo(difference(a, b));
    assertThat(x.size()).isEqualTo(a.size());
    assertThat(x.minus(y).or(x.and(y))).isEqualTo(x);
    assertThat(List.copyOf(x.joints())).isSorted();
  }

  @Property
  void sidedUnitsKeepEachSideApart(@ForAll("jointSets") Set<FacetJoint> right,
      @ForAll("jointSets") Set<FacetJoint> left, @ForAll("jointSets") Set<FacetJoint> unsided) {
    SidedUnits.Builder b = SidedUnits.builder(UnitOfService.JOINT);
    right.forEach(j -> b.add(Laterality.RIGHT, j));
    left.forEach(j -> b.add(Laterality.LEFT, j));
    unsided.forEach(j -> b.add(Laterality.UNKNOWN, j));
    SidedUnits s = b.build();
    assertThat(s.right().joints()).isEqualTo(EnumSet.copyOf(set(right)));
    assertThat(s.side(Laterality.LEFT).joints()).isEqualTo(set(left));
    assertThat(s.unsided().joints()).isEqualTo(set(unsided));
    assertThat(s.side(Laterality.BILATERAL).joints()).isEqualTo(intersection(right, left));
    assertThat(s.size()).isEqualTo(right.size() + left.size() + unsided.size());
    assertThat(s.hasSidedUnits()).isEqualTo(!right.isEmpty() || !left.isEmpty());
    assertThat(s).isEqualTo(SidedUnits.of(UnitSet.ofJoints(right), UnitSet.ofJoints(left),
        UnitSet.ofJoints(unsided)));
    for (JointFamily f : JointFamily.values()) {
      assertThat(s.inFamily(f).right().joints()).allMatch(j -> j.family().orElse(null) == f);
      assertThat(s.inFamily(f).size()).isLessThanOrEqualTo(s.size());
    }
  }

  @Test
  void aBilateralUnitIsOnBothSides() {
    SidedUnits s = SidedUnits.builder(UnitOfService.NERVE)
        .add(Laterality.BILATERAL, Nerve.L3).add(Laterality.RIGHT, Nerve.L4).build();
    assertThat(s.right().nerves()).containsExactly(Nerve.L3, Nerve.L4);
    assertThat(s.left().nerves()).containsExactly(Nerve.L3);
    assertThat(s).hasToString("right: L3 medial branch, L4 medial branch; left: L3 medial branch");
    assertThat(SidedUnits.bilateral(UnitSet.ofJoints(FacetJoint.L4_L5)))
        .isEqualTo(SidedUnits.builder(UnitOfService.JOINT)
            .add(Laterality.BILATERAL, FacetJoint.L4_L5).build());
    assertThatThrownBy(() -> SidedUnits.builder(UnitOfService.NERVE)
        .add(Laterality.LEFT, FacetJoint.L4_L5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(SidedUnits.none(UnitOfService.JOINT)).hasToString("none");
  }

  private static Set<FacetJoint> set(Set<FacetJoint> s) {
    return s.isEmpty() ? EnumSet.noneOf(FacetJoint.class) : EnumSet.copyOf(s);
  }

  private static Set<FacetJoint> intersection(Set<FacetJoint> a, Set<FacetJoint> b) {
    Set<FacetJoint> s = set(a);
    s.retainAll(b);
    return s;
  }

  private static Set<FacetJoint> union(Set<FacetJoint> a, Set<FacetJoint> b) {
    Set<FacetJoint> s = set(a);
    s.addAll(b);
    return s;
  }

  private static Set<FacetJoint> difference(Set<FacetJoint> a, Set<FacetJoint> b) {
    Set<FacetJoint> s = set(a);
    s.removeAll(b);
    return s;
  }
}
