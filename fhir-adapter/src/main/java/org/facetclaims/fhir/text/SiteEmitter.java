package org.facetclaims.fhir.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.NeedleTarget;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.SpinalRegion;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.fhir.text.ListElements.Element;
import org.facetclaims.fhir.text.ListElements.ElementType;
import org.facetclaims.fhir.text.NounPhrases.NounKind;
import org.facetclaims.fhir.text.NounPhrases.NounMatch;

/**
 * Reads one parsed site list: gives every element its effective noun (its own, the next one of
 * its shape to the right, the prefix, or the default) and turns it into sites, or into an
 * unplaced fragment when it cannot be placed.
 */
final class SiteEmitter {
  private final String text;
  private final Token[] tok;
  final List<TreatedSite> sites = new ArrayList<>();
  final List<String> unplaced = new ArrayList<>();
  boolean sacroiliac;

  SiteEmitter(String text, Token[] tok) {
    this.text = text;
    this.tok = tok;
  }

  void resolve(List<Element> els, NounMatch prefix) {
    // A noun reaches back over the elements of its own shape: "L3 and L4 medial branches",
    // "L4-5 and L5-S1 facet joints"; a noun after single levels does not turn joint notations
    // earlier in the list into nerves ("left L4-5 and right L3 through L5 medial branches").
    NounMatch carryJoint = null;
    NounMatch carryLevel = null;
    for (int k = els.size() - 1; k >= 0; k--) {
      Element e = els.get(k);
      boolean jointShape = isJointShaped(e);
      if (e.noun != null) {
        if (jointShape) {
          carryJoint = e.noun;
        } else {
          carryLevel = e.noun;
        }
      }
      e.effective = e.noun != null ? e.noun : jointShape ? carryJoint : carryLevel;
    }
    NounKind p = prefix == null ? null : prefix.kind;
    for (Element e : els) {
      if (p == NounKind.NOISE || p == NounKind.HISTORY) {
        e.effective = prefix;
      } else if (e.effective == null) {
        e.effective = prefix;
      } else if (e.effective.kind == NounKind.LEVEL && p != null && p != NounKind.LEVEL) {
        e.effective = prefix;
      }
    }
    int k = 0;
    while (k < els.size()) {
      Element e = els.get(k);
      if (e.isLevels() && levelListKind(e)) {
        int j = k + 1;
        while (j < els.size() && els.get(j).isLevels() && levelListKind(els.get(j))
            && els.get(j).side == e.side) {
          j++;
        }
        emitLevels(els, k, j);
        k = j;
        continue;
      }
      emit(e);
      k++;
    }
  }

  private static boolean isJointShaped(Element e) {
    Element x = e.type == ElementType.RANGE ? e.from : e;
    return x.type == ElementType.JOINT || x.type == ElementType.BAD_JOINT;
  }

  private static boolean levelListKind(Element e) {
    NounKind kind = e.effective == null ? null : e.effective.kind;
    return kind == null || kind == NounKind.LEVEL || kind == NounKind.JOINT;
  }

  private static Laterality side(Element e) {
    return e.side == null ? Laterality.UNKNOWN : e.side;
  }

  private void emitLevels(List<Element> els, int from, int to) {
    List<Vertebra> levels = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Element e = els.get(k);
      if (e.type == ElementType.LEVEL) {
        Optional<Vertebra> v = vertebra(e);
        if (v.isEmpty()) {
          unplaced(els.get(from).start, els.get(to - 1).fragmentEnd());
          return;
        }
        levels.add(v.get());
      } else {
        Optional<Vertebra> a = vertebra(e.from);
        Optional<Vertebra> b = vertebra(e.to);
        if (a.isEmpty() || b.isEmpty() || a.get().ordinal() > b.get().ordinal()) {
          unplaced(els.get(from).start, els.get(to - 1).fragmentEnd());
          return;
        }
        for (int o = a.get().ordinal(); o <= b.get().ordinal(); o++) {
          levels.add(Vertebra.values()[o]);
        }
      }
    }
    sites.add(TreatedSite.levels(side(els.get(from)), levels.toArray(new Vertebra[0])));
  }

  private static Optional<Vertebra> vertebra(Element e) {
    if (e.type != ElementType.LEVEL || e.region == 'C' && e.number == 0) {
      return Optional.empty();
    }
    return Vertebra.of(e.region, e.number);
  }

  private void emit(Element e) {
    NounKind kind = e.effective == null ? null : e.effective.kind;
    if (kind == NounKind.NOISE || kind == NounKind.HISTORY) {
      return;
    }
    Laterality side = side(e);
    switch (e.type) {
      case JOINT:
        if (kind == null || kind == NounKind.JOINT || kind == NounKind.LEVEL) {
          sites.add(TreatedSite.joint(e.joint, side));
        } else if (kind == NounKind.NERVE && !e.joint.nerves().isEmpty()) {
          for (Nerve nerve : e.joint.nerves()) {
            sites.add(TreatedSite.nerve(nerve, side));
          }
        } else {
          unplaced(e);
        }
        return;
      case BAD_JOINT:
        if (kind == NounKind.LATERAL_BRANCH && e.allSacral) {
          sacroiliac = true;
        } else {
          unplaced(e);
        }
        return;
      case TON:
        sites.add(TreatedSite.nerve(Nerve.THIRD_OCCIPITAL, side));
        return;
      case ALA:
        sites.add(TreatedSite.needleTarget(NeedleTarget.SACRAL_ALA, side));
        return;
      case LEVEL: {
        List<TreatedSite> read = readLevel(e, e, kind, side);
        if (read == null) {
          if (!(kind == NounKind.LATERAL_BRANCH && e.region == 'S')) {
            unplaced(e);
          }
        } else {
          sites.addAll(read);
        }
        return;
      }
      default:
        emitRange(e, kind, side);
    }
  }

  /** A single level read with a nerve, needle-target or lateral-branch noun; null if unplaced. */
  private List<TreatedSite> readLevel(Element e, Element nounHolder, NounKind kind,
      Laterality side) {
    switch (kind) {
      case NERVE: {
        Optional<Nerve> nerve = nerve(e);
        if (nerve.isPresent() && nounHolder.effective.superficial) {
          nerve = nerve.get() == Nerve.C3 ? Optional.of(Nerve.THIRD_OCCIPITAL) : Optional.empty();
        }
        return nerve.map(value -> List.of(TreatedSite.nerve(value, side))).orElse(null);
      }
      case TRANSVERSE_PROCESS:
      case ARTICULAR_PROCESS:
      case ALA: {
        Optional<Vertebra> v = vertebra(e);
        if (v.isEmpty()) {
          return null;
        }
        if (v.get() == Vertebra.S1 && kind != NounKind.TRANSVERSE_PROCESS) {
          return List.of(TreatedSite.needleTarget(NeedleTarget.SACRAL_ALA, side));
        }
        if (kind == NounKind.ALA || v.get().region() != SpinalRegion.LUMBAR) {
          return null;
        }
        return List.of(TreatedSite.needleTarget(
            NeedleTarget.transverseProcessOf(v.get()).orElseThrow(), side));
      }
      case LATERAL_BRANCH:
        if (e.region == 'S') {
          sacroiliac = true;
          return List.of();
        }
        return null;
      default:
        return null;
    }
  }

  private static Optional<Nerve> nerve(Element e) {
    if (e.type != ElementType.LEVEL || e.number < 0 || e.number > 99) {
      return Optional.empty();
    }
    return Nerve.tryParse(String.valueOf(e.region) + e.number);
  }

  private void emitRange(Element e, NounKind kind, Laterality side) {
    Element a = e.from;
    Element b = e.to;
    if (a.type == ElementType.LEVEL && b.type == ElementType.LEVEL) {
      if (kind == NounKind.NERVE) {
        Optional<Nerve> x = nerve(a);
        Optional<Nerve> y = nerve(b);
        if (x.isPresent() && y.isPresent() && x.get().ordinal() <= y.get().ordinal()
            && x.get() != Nerve.THIRD_OCCIPITAL) {
          for (int o = x.get().ordinal(); o <= y.get().ordinal(); o++) {
            sites.add(TreatedSite.nerve(Nerve.values()[o], side));
          }
          return;
        }
      } else if (kind == NounKind.LATERAL_BRANCH && a.region == 'S' && b.region == 'S') {
        sacroiliac = true;
        return;
      } else {
        Optional<Vertebra> x = vertebra(a);
        Optional<Vertebra> y = vertebra(b);
        if (x.isPresent() && y.isPresent() && x.get().ordinal() <= y.get().ordinal()) {
          List<TreatedSite> all = new ArrayList<>();
          for (int o = x.get().ordinal(); o <= y.get().ordinal() && all != null; o++) {
            Element one = ListElements.level(Vertebra.values()[o].name().charAt(0),
                Vertebra.values()[o].number(), a.start, a.end);
            List<TreatedSite> read = readLevel(one, e, kind, side);
            if (read == null) {
              all = null;
            } else {
              all.addAll(read);
            }
          }
          if (all != null) {
            sites.addAll(all);
            return;
          }
        }
      }
    } else if (a.type == ElementType.JOINT && b.type == ElementType.JOINT
        && a.joint.ordinal() <= b.joint.ordinal()) {
      FacetJoint[] joints = FacetJoint.values();
      if (kind == null || kind == NounKind.JOINT || kind == NounKind.LEVEL) {
        for (int o = a.joint.ordinal(); o <= b.joint.ordinal(); o++) {
          sites.add(TreatedSite.joint(joints[o], side));
        }
        return;
      }
      if (kind == NounKind.NERVE) {
        Set<Nerve> nerves = new LinkedHashSet<>();
        boolean complete = true;
        for (int o = a.joint.ordinal(); o <= b.joint.ordinal(); o++) {
          complete &= !joints[o].nerves().isEmpty();
          nerves.addAll(joints[o].nerves());
        }
        if (complete) {
          for (Nerve nerve : nerves) {
            sites.add(TreatedSite.nerve(nerve, side));
          }
          return;
        }
      }
    } else if (kind == NounKind.LATERAL_BRANCH && a.region == 'S' && b.region == 'S') {
      sacroiliac = true;
      return;
    }
    unplaced(e);
  }

  private void unplaced(Element e) {
    unplaced(e.start, e.fragmentEnd());
  }

  private void unplaced(int fromToken, int toToken) {
    unplaced.add(text.substring(tok[fromToken].start, tok[toToken - 1].end));
  }
}
