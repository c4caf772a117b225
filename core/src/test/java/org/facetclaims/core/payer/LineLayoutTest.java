package org.facetclaims.core.payer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.codeset.UnitSet;
import org.junit.jupiter.api.Test;

/**
 * Each billing convention's layout on its own, over units per side (coding-rules §4): the spec's
 * examples, and properties that hold under every convention. Lines are written as a coder would
 * ("primary-50 x1"), with the units they cover.
 */
class LineLayoutTest {
  private static final UnitSet NONE = UnitSet.none(UnitOfService.JOINT);

  /** A line as the layout made it. */
  record Line(boolean primary, ImmutableList<Modifier> modifiers, int quantity,
      SidedUnits covers) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(primary ? "primary" : "add-on");
      modifiers.forEach(m -> sb.append('-').append(m.code()));
      return sb.append(" x").append(quantity).toString();
    }
  }

  /** Records the lines a layout makes. */
  static final class Recorder implements LineLayout.Lines {
    final List<Line> lines = new ArrayList<>();

    @Override
    public void primary(ImmutableList<Modifier> modifiers, int quantity, SidedUnits covers) {
      lines.add(new Line(true, modifiers, quantity, covers));
    }

    @Override
    public void addOn(ImmutableList<Modifier> modifiers, int quantity, SidedUnits covers) {
      lines.add(new Line(false, modifiers, quantity, covers));
    }

    List<String> notations() {
      return lines.stream().map(Line::toString).collect(Collectors.toList());
    }
  }

  private static UnitSet joints(String... notations) {
    List<FacetJoint> js = new ArrayList<>();
    for (String n : notations) {
      js.add(FacetJoint.parse(n));
    }
    return UnitSet.ofJoints(js);
  }

  private static List<String> layOut(BillingConvention c, UnitSet right, UnitSet left) {
    Recorder r = new Recorder();
    c.layout().layOut(right, left, true, r);
    return r.notations();
  }

  @Test
  void theSpecsExamples() {
    UnitSet both = joints("L4-L5", "L5-S1");
    assertThat(layOut(BillingConvention.MODIFIER_50, both, both))
        .containsExactly("primary-50 x1", "add-on-50 x1");
    assertThat(layOut(BillingConvention.RT_LT_LINES, both, both))
        .containsExactly("primary-RT x1", "primary-LT x1", "add-on-RT x1", "add-on-LT x1");
    assertThat(layOut(BillingConvention.SINGLE_LINE_UNITS, both, both))
        .containsExactly("primary-RT-LT x2", "add-on-RT-LT x2");
    // bilateral L4-L5, right L5-S1
    assertThat(layOut(BillingConvention.MODIFIER_50, both, joints("L4-L5")))
        .containsExactly("primary-50 x1", "add-on-RT x1");
    // right L3-L4, left L4-L5: no pair, the right on a tie
    assertThat(layOut(BillingConvention.MODIFIER_50, joints("L3-L4"), joints("L4-L5")))
        .containsExactly("primary-RT x1", "add-on-LT x1");
  }

  /** The facility layouts (facility-claims spec §2.3, §3.4). */
  @Test
  void theFacilityLayouts() {
    UnitSet both = joints("L4-L5", "L5-S1");
    UnitSet three = joints("L3-L4", "L4-L5", "L5-S1");
    // OPPS: one unit per modifier-50 line (I/OCE edit 74)
    assertThat(layOut(BillingConvention.MODIFIER_50_PER_LINE, both, both))
        .containsExactly("primary-50 x1", "add-on-50 x1");
    assertThat(layOut(BillingConvention.MODIFIER_50_PER_LINE, three, three))
        .containsExactly("primary-50 x1", "add-on-50 x1", "add-on-50 x1");
    assertThat(layOut(BillingConvention.MODIFIER_50, three, three))
        .containsExactly("primary-50 x1", "add-on-50 x2");
    // 50 on the second line: the plain line is the right side, the 50 line the left
    Recorder r = new Recorder();
    BillingConvention.FIFTY_ON_SECOND_LINE.layout().layOut(both, both, true, r);
    assertThat(r.notations()).containsExactly("primary x1", "primary-50 x1", "add-on x1",
        "add-on-50 x1");
    assertThat(r.lines.get(0).covers()).isEqualTo(SidedUnits.right(joints("L4-L5")));
    assertThat(r.lines.get(1).covers()).isEqualTo(SidedUnits.left(joints("L4-L5")));
    // one-sided joints as under modifier 50
    assertThat(layOut(BillingConvention.FIFTY_ON_SECOND_LINE, joints("L3-L4"), joints("L4-L5")))
        .containsExactly("primary-RT x1", "add-on-LT x1");
    assertThat(layOut(BillingConvention.FIFTY_ON_SECOND_LINE, both, joints("L4-L5")))
        .containsExactly("primary x1", "primary-50 x1", "add-on-RT x1");
  }

  /**
   * The lines as a reader of modifiers sees them: under a layout that splits a bilateral level
   * into a plain line (its right side) and a 50 line (its left side) of the same role and
   * quantity, each such pair is read as the one bilateral line it stands for (see {@link
   * LineLayout#splitsBilateralIntoPlainAnd50Lines()}); nothing else is merged, so a plain line
   * without its 50 line, or covering anything else, still fails the checks.
   */
  static List<Line> readAsPairs(LineLayout layout, List<Line> lines) {
    if (!layout.splitsBilateralIntoPlainAnd50Lines()) {
      return lines;
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line a = lines.get(i);
      Line b = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (b != null && a.modifiers().isEmpty() && b.modifiers().equals(List.of(Modifier.BILATERAL))
          && a.primary() == b.primary() && a.quantity() == b.quantity()
          && a.covers().left().isEmpty() && b.covers().right().isEmpty()
          && a.covers().right().equals(b.covers().left())) {
        out.add(new Line(a.primary(), b.modifiers(), a.quantity(),
            SidedUnits.bilateral(a.covers().right())));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  @Test
  void withoutAPrimaryEveryUnitIsAnAddOn() {
    UnitSet both = joints("L4-L5", "L5-S1");
    Recorder r = new Recorder();
    BillingConvention.MODIFIER_50.layout().layOut(both, both, false, r);
    assertThat(r.notations()).containsExactly("add-on-50 x2");
  }

  /**
   * Line-level non-coverage (units beyond two levels of a region on lines of their own, so that
   * GA or GZ can mark them alone) is two calls: the covered units with the primary, the others
   * without it. Three bilateral levels under modifier 50: 64635-50 x1, 64636-50 x1, and
   * 64636-50 x1 for the third level.
   */
  @Test
  void coveredAndNotCoveredUnitsLaidOutApart() {
    UnitSet covered = joints("L3-L4", "L4-L5");
    UnitSet beyond = joints("L5-S1");
    for (BillingConvention c : BillingConvention.values()) {
      Recorder r = new Recorder();
      c.layout().layOut(covered, covered, true, r);
      int coveredLines = r.lines.size();
      c.layout().layOut(beyond, beyond, false, r);
      List<String> expected = switch (c) {
        case MODIFIER_50 -> List.of("primary-50 x1", "add-on-50 x1", "add-on-50 x1");
        case RT_LT_LINES -> List.of("primary-RT x1", "primary-LT x1", "add-on-RT x1",
            "add-on-LT x1", "add-on-RT x1", "add-on-LT x1");
        case SINGLE_LINE_UNITS -> List.of("primary-RT-LT x2", "add-on-RT-LT x2",
            "add-on-RT-LT x2");
        case MODIFIER_50_PER_LINE -> List.of("primary-50 x1", "add-on-50 x1", "add-on-50 x1");
        case FIFTY_ON_SECOND_LINE -> List.of("primary x1", "primary-50 x1", "add-on x1",
            "add-on-50 x1", "add-on x1", "add-on-50 x1");
      };
      assertThat(r.notations()).as(c.id()).containsExactlyElementsOf(expected);
      assertThat(r.lines.subList(coveredLines, r.lines.size()))
          .allMatch(l -> l.covers().anySide().equals(beyond));
    }
  }

  @Provide
  Arbitrary<Set<FacetJoint>> sides() {
    return Arbitraries.of(List.copyOf(FacetJoint.reportable())).set().ofMaxSize(6);
  }

  @Provide
  Arbitrary<BillingConvention> conventions() {
    return Arbitraries.of(BillingConvention.class);
  }

  /**
   * Under every convention: each unit of each side is on exactly one line; a line's quantity is
   * its units (a modifier-50 line: its levels); its side modifiers name exactly the sides it
   * covers; the primary is the first line, once (RT/LT lines: once per side), and only when
   * available. Under {@code 50-second-line} these hold of its plain-and-50 pairs read as one
   * line ({@link #readAsPairs}), the one exception a layout declares.
   */
  @Property
  void everyUnitOnceWithTheModifiersOfItsSides(@ForAll("sides") Set<FacetJoint> right,
      @ForAll("sides") Set<FacetJoint> left, @ForAll boolean primaryAvailable,
      @ForAll("conventions") BillingConvention c) {
    UnitSet r = UnitSet.ofJoints(right);
    UnitSet l = UnitSet.ofJoints(left);
    Recorder rec = new Recorder();
    c.layout().layOut(r, l, primaryAvailable, rec);
    List<Line> lines = readAsPairs(c.layout(), rec.lines);
    UnitSet coveredRight = NONE;
    UnitSet coveredLeft = NONE;
    int primaries = 0;
    for (Line line : lines) {
      UnitSet lr = line.covers().right();
      UnitSet ll = line.covers().left();
      assertThat(line.covers().unsided().isEmpty()).isTrue();
      assertThat(coveredRight.and(lr).isEmpty()).as("right unit twice: %s", rec.lines).isTrue();
      assertThat(coveredLeft.and(ll).isEmpty()).as("left unit twice: %s", rec.lines).isTrue();
      coveredRight = coveredRight.or(lr);
      coveredLeft = coveredLeft.or(ll);
      Set<Modifier> mods = EnumSet.noneOf(Modifier.class);
      mods.addAll(line.modifiers());
      if (mods.contains(Modifier.BILATERAL)) {
        assertThat(lr).isEqualTo(ll);
        assertThat(line.quantity()).isEqualTo(lr.size());
      } else {
        assertThat(line.quantity()).isEqualTo(lr.size() + ll.size());
        assertThat(mods.contains(Modifier.RIGHT)).isEqualTo(!lr.isEmpty());
        assertThat(mods.contains(Modifier.LEFT)).isEqualTo(!ll.isEmpty());
      }
      assertThat(line.quantity()).isPositive();
      if (line.primary()) {
        primaries++;
        assertThat(primaryAvailable).isTrue();
        assertThat(line.covers().anySide().size()).isEqualTo(1);
      }
    }
    assertThat(coveredRight).isEqualTo(r);
    assertThat(coveredLeft).isEqualTo(l);
    boolean any = !right.isEmpty() || !left.isEmpty();
    if (primaryAvailable && any) {
      assertThat(lines.get(0).primary()).as("%s", rec.lines).isTrue();
      int expectedPrimaries = c == BillingConvention.RT_LT_LINES
          ? (right.isEmpty() ? 0 : 1) + (left.isEmpty() ? 0 : 1) : 1;
      assertThat(primaries).isEqualTo(expectedPrimaries);
      assertThat(lines.subList(0, primaries)).allMatch(Line::primary);
    } else {
      assertThat(primaries).isZero();
    }
  }
}
