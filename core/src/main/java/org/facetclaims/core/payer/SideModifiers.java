package org.facetclaims.core.payer;

import com.google.common.collect.ImmutableList;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.UnitSet;

/** What the layouts share: their side modifiers, and where a one-sided primary goes. */
final class SideModifiers {
  static final ImmutableList<Modifier> BILATERAL = ImmutableList.of(Modifier.BILATERAL);
  static final ImmutableList<Modifier> RIGHT = ImmutableList.of(Modifier.RIGHT);
  static final ImmutableList<Modifier> LEFT = ImmutableList.of(Modifier.LEFT);
  static final ImmutableList<Modifier> RIGHT_AND_LEFT =
      ImmutableList.of(Modifier.RIGHT, Modifier.LEFT);

  private SideModifiers() {}

  /**
   * With no bilateral level, the primary covers a joint of the side with more joints, the right
   * on a tie (coding-rules §4).
   */
  static boolean primaryOnRight(UnitSet right, UnitSet left) {
    return right.size() >= left.size();
  }
}
