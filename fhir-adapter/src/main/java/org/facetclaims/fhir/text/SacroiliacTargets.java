package org.facetclaims.fhir.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;

/**
 * Sacroiliac joint denervation names some of the facet nerves' targets: the L5 dorsal ramus (at
 * the sacral ala) and often the L4 dorsal ramus, together with the S1-S3 lateral branches. In a
 * text that names a sacroiliac procedure (sacral lateral branches, or "SI joint" with a
 * destruction word), those sites are the sacroiliac procedure's (64625), not facet sites:
 * the L5 dorsal ramus always, the L4 medial branch unless the L3 medial branch of the same side
 * is named too (then it completes the L4-L5 facet joint), and level lists of L4, L5, S1 only.
 * Joint notations and other nerves stay facet sites. Unplaced fragments that name only sacral
 * levels ("S2", "L4-S3 primary dorsal rami") are the procedure's targets too.
 */
final class SacroiliacTargets {
  private static final Set<Vertebra> SI_LEVELS = EnumSet.of(Vertebra.L4, Vertebra.L5,
      Vertebra.S1);

  final List<TreatedSite> facetSites = new ArrayList<>();
  final List<TreatedSite> targets = new ArrayList<>();
  final List<String> unplaced = new ArrayList<>();
  private final List<String> sacralFragments = new ArrayList<>();

  private SacroiliacTargets() {}

  static SacroiliacTargets split(List<TreatedSite> sites, List<String> unplaced,
      Set<String> sacral) {
    SacroiliacTargets out = new SacroiliacTargets();
    Set<Laterality> l3 = l3Sides(sites);
    for (TreatedSite s : sites) {
      if (isTarget(s, l3)) {
        out.targets.add(s);
      } else {
        out.facetSites.add(s);
      }
    }
    for (String u : unplaced) {
      if (sacral.contains(u)) {
        out.sacralFragments.add(u);
      } else {
        out.unplaced.add(u);
      }
    }
    return out;
  }

  /** The sides on which {@code sites} name the L3 medial branch. */
  static Set<Laterality> l3Sides(Iterable<TreatedSite> sites) {
    Set<Laterality> l3 = EnumSet.noneOf(Laterality.class);
    for (TreatedSite s : sites) {
      if (s.nerve().orElse(null) == Nerve.L3) {
        l3.add(s.laterality());
      }
    }
    return l3;
  }

  static boolean isTarget(TreatedSite s, Set<Laterality> l3Sides) {
    if (s.kind() == TreatedSite.Kind.VERTEBRAL_LEVELS) {
      return SI_LEVELS.containsAll(s.levels());
    }
    Nerve n = s.nerve().orElse(null);
    if (n == Nerve.L5_DORSAL_RAMUS) {
      return true;
    }
    if (n != Nerve.L4) {
      return false;
    }
    // The L3 medial branch of the same side (or of an unknown side, or both) completes L4-L5
    // with it.
    return !(l3Sides.contains(s.laterality()) || l3Sides.contains(Laterality.UNKNOWN)
        || l3Sides.contains(Laterality.BILATERAL)
        || !s.laterality().isSingleSide() && !l3Sides.isEmpty());
  }

  /** The question naming what was taken as the sacroiliac procedure's, if anything was. */
  Optional<TextQuestion> question() {
    if (targets.isEmpty() && sacralFragments.isEmpty()) {
      return Optional.empty();
    }
    List<String> named = new ArrayList<>();
    for (TreatedSite t : targets) {
      named.add(t.describe());
    }
    named.addAll(sacralFragments);
    String all = String.join(", ", named);
    return Optional.of(new TextQuestion(TextQuestion.Kind.SACROILIAC_TARGETS, all,
        FindingCode.OUT_OF_SCOPE,
        all + (named.size() == 1 ? " is named" : " are named") + " with the sacroiliac joint:"
            + " sacroiliac joint nerve destruction (64625), not a facet joint; not coded as"
            + " facet joint nerve destruction.",
        "Was a facet joint treated as well as the sacroiliac joint, and if so which?",
        List.of()));
  }
}
