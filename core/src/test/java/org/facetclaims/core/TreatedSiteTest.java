package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TreatedSiteTest {
  @ParameterizedTest
  @EnumSource(Laterality.class)
  void withLateralityKeepsWhatTheSiteNamesAndChangesOnlyTheSide(Laterality side) {
    TreatedSite[] sites = {
        TreatedSite.joint(FacetJoint.L4_L5, Laterality.UNKNOWN).at("Procedure.bodySite[0]"),
        TreatedSite.nerve(Nerve.parse("L4 medial branch"), Laterality.LEFT),
        TreatedSite.levels(Laterality.RIGHT, Vertebra.S1, Vertebra.L4, Vertebra.L5)
            .at("Procedure.note[1].text")};
    for (TreatedSite s : sites) {
      Laterality before = s.laterality();
      TreatedSite moved = s.withLaterality(side);
      assertThat(moved.laterality()).isEqualTo(side);
      assertThat(moved.kind()).isEqualTo(s.kind());
      assertThat(moved.joint()).isEqualTo(s.joint());
      assertThat(moved.nerve()).isEqualTo(s.nerve());
      assertThat(moved.levels()).isEqualTo(s.levels());
      assertThat(moved.element()).isEqualTo(s.element());
      assertThat(s.laterality()).isEqualTo(before); // immutable: the original keeps its side
      if (side == before) {
        assertThat(moved).isSameAs(s);
      }
    }
  }

  @Test
  void withLateralityNullIsANullPointerExceptionNamingIt() {
    assertThatThrownBy(() -> TreatedSite.joint(FacetJoint.L4_L5, Laterality.LEFT)
        .withLaterality(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("laterality");
  }
}
