package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.core.Fixtures.CURRENT;
import static org.facetclaims.core.Fixtures.LEGACY;
import static org.facetclaims.core.Fixtures.code;
import static org.facetclaims.core.Fixtures.ids;
import static org.facetclaims.core.Fixtures.lines;
import static org.facetclaims.core.Fixtures.rf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.payer.PayerProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reportable joint on every side, in both editions, under the default profile
 * (modifier-50). The expected lines come from a literal table written from coding-rules §2-4:
 * current edition = the joint's family primary; legacy edition = one unit per nerve of the joint,
 * each nerve in the family of its own vertebral level, plus one 77003 for fluoroscopy.
 */
class JointTableTest {

  /**
   * joint | current primary | legacy codes for the joint's nerves, in claim order (a primary per
   * family, then that family's add-on).
   */
  private static final String[][] TABLE = {
      {"C2-C3", "64633", "64626"},            // TON alone
      {"C3-C4", "64633", "64626 64627"},      // C3 deep + C4
      {"C4-C5", "64633", "64626 64627"},
      {"C5-C6", "64633", "64626 64627"},
      {"C6-C7", "64633", "64626 64627"},
      {"C7-T1", "64633", "64626 64627"},      // C7 + C8
      {"T1-T2", "64633", "64626 64627"},      // C8 + T1
      {"T2-T3", "64633", "64626 64627"},
      {"T3-T4", "64633", "64626 64627"},
      {"T4-T5", "64633", "64626 64627"},
      {"T5-T6", "64633", "64626 64627"},
      {"T6-T7", "64633", "64626 64627"},
      {"T7-T8", "64633", "64626 64627"},
      {"T8-T9", "64633", "64626 64627"},
      {"T9-T10", "64633", "64626 64627"},
      {"T10-T11", "64633", "64626 64627"},
      {"T11-T12", "64633", "64626 64627"},
      {"T12-L1", "64633", "64626 64627"},     // T11 + T12, both cervical/thoracic
      {"L1-L2", "64635", "64626 64622"},      // T12 (cervical/thoracic) + L1 (lumbar)
      {"L2-L3", "64635", "64622 64623"},
      {"L3-L4", "64635", "64622 64623"},
      {"L4-L5", "64635", "64622 64623"},
      {"L5-S1", "64635", "64622 64623"},      // L4 + L5 dorsal ramus
  };

  /** The modifier suffix each side takes on every line (each line is x1 here). */
  private static String suffix(Laterality side) {
    switch (side) {
      case LEFT:
        return "-LT";
      case RIGHT:
        return "-RT";
      case BILATERAL:
        return "-50";
      default:
        return "";
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String[] row : TABLE) {
      for (Laterality side : Laterality.values()) {
        out.add(Arguments.of(row[0], side, row[1], row[2]));
      }
    }
    return out.stream();
  }

  @Test
  void tableCoversAll23Joints() {
    assertThat(TABLE.length).isEqualTo(23);
    assertThat(cases()).hasSize(23 * 4);
  }

  @ParameterizedTest(name = "2026 {1} {0} -> {2}")
  @MethodSource("cases")
  void currentEdition(String joint, Laterality side, String primary, String legacy) {
    CodingResult r = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint(joint, side).build());
    assertThat(lines(r)).containsExactly(primary + suffix(side) + " x1");
    assertThat(r.lines().get(0).kind()).isEqualTo(LineKind.PRIMARY);
    if (side == Laterality.UNKNOWN) {
      assertThat(ids(r)).containsExactly("FC-202");
    } else {
      assertThat(ids(r)).isEmpty();
    }
  }

  @ParameterizedTest(name = "2010 {1} {0} -> {3} + 77003")
  @MethodSource("cases")
  void legacyEdition(String joint, Laterality side, String primary, String legacy) {
    CodingResult r = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint(joint, side).build());
    List<String> expected = new ArrayList<>();
    for (String c : legacy.split(" ")) {
      expected.add(c + suffix(side) + " x1");
    }
    expected.add("77003 x1");
    assertThat(lines(r)).containsExactlyElementsOf(expected);
    if (side == Laterality.UNKNOWN) {
      assertThat(ids(r)).containsExactly("FC-202", "FC-103");
    } else {
      assertThat(ids(r)).containsExactly("FC-103");
    }
  }
}
