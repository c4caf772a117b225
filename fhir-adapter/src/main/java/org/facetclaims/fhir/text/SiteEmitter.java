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
  /** For each site, the token where its element starts (for per-site temperatures). */
  final List<Integer> positions = new ArrayList<>();
  final List<String> unplaced = new ArrayList<>();
  /** Unplaced fragments that name only sacral levels or L4/L5 with them (sacroiliac targets). */
  Set<String> sacralFragments = Set.of();
  /** Questions the lists raised; empty (and not allocated) when there are none. */
  List<TextQuestion> questions = List.of();
  boolean sacroiliac;
  /** The token of the element being emitted. */
  private int at;

  /**
   * What one list gave: its sites (indices [firstSite, endSite) into {@link #sites}), whether
   * every element was a needle target (transverse process, SAP, ala, "Targets:"), whether every
   * element was a joint notation read as a joint, and its elements.
   */
  record ListResult(int firstSite, int endSite, boolean targets, boolean joints,
      List<Element> elements) {}

  SiteEmitter(String text, Token[] tok) {
    this.text = text;
    this.tok = tok;
  }

  ListResult resolve(List<Element> els, NounMatch prefix) {
    int firstSite = sites.size();
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
    NounKind p = prefix == null ? null : prefix.kind();
    boolean ton = false;
    for (Element e : els) {
      ton |= e.type == ElementType.TON;
    }
    for (Element e : els) {
      if (ton && e.type == ElementType.LEVEL && e.effective == null) {
        // "TON and C3": a level named with the third occipital nerve is a nerve too.
        e.effective = new NounMatch(NounKind.NERVE, e.end, false, false);
      }
      if (p == NounKind.NOISE || p == NounKind.HISTORY) {
        e.effective = prefix;
      } else if (e.effective == null) {
        e.effective = prefix;
      } else if (e.effective.kind() == NounKind.LEVEL && p != null && p != NounKind.LEVEL
          && p != NounKind.LESION) {
        // A weak "levels" yields to a stronger prefix, but "lesions at the T12, L1 and L2
        // levels" stays the ambiguous level list of coding-rules §3.
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
    if (sacroiliacList(els)) {
      sacroiliac = true;
    }
    boolean targets = true;
    boolean joints = true;
    for (Element e : els) {
      NounKind kind = e.effective == null ? null : e.effective.kind();
      boolean target = e.type == ElementType.ALA || kind == NounKind.TRANSVERSE_PROCESS
          || kind == NounKind.ARTICULAR_PROCESS || kind == NounKind.ALA
          || kind == NounKind.TARGET && !isJointShaped(e);
      targets &= target;
      joints &= isJointShaped(e) && e.type != ElementType.VERTEBRAL_RANGE
          && (kind == null || kind == NounKind.JOINT || kind == NounKind.LEVEL
              || kind == NounKind.TARGET);
    }
    return new ListResult(firstSite, sites.size(), targets && sites.size() > firstSite,
        joints, els);
  }

  void question(TextQuestion q) {
    if (questions.isEmpty()) {
      questions = new ArrayList<>(2);
    }
    questions.add(q);
  }

  private void sacralFragment(String fragment) {
    if (sacralFragments.isEmpty()) {
      sacralFragments = new LinkedHashSet<>();
    }
    sacralFragments.add(fragment);
  }

  /** Removes the sites [from, to) and their positions. */
  void remove(int from, int to) {
    sites.subList(from, to).clear();
    positions.subList(from, to).clear();
  }

  /**
   * A list that reaches below S1 ("S2", "S1-S3", "S13") with a nerve or lateral-branch noun, or
   * with the L4/L5 dorsal rami or the ala beside it ("L5 dorsal ramus, S1, S2, S3", "left L4,
   * L5, S1, S2, S3 and SA"): the sacral lateral branches of a sacroiliac procedure.
   */
  private static boolean sacroiliacList(List<Element> els) {
    boolean belowS1 = false;
    boolean siNeighbour = false;
    for (Element e : els) {
      NounKind kind = e.effective == null ? null : e.effective.kind();
      if (kind == NounKind.NOISE || kind == NounKind.HISTORY) {
        return false;
      }
      Element a = e.type == ElementType.RANGE ? e.from : e;
      Element b = e.type == ElementType.RANGE ? e.to : e;
      char lowRegion = b.lowerRegion != 0 ? b.lowerRegion : b.region;
      int lowNumber = b.lowerRegion != 0 ? b.lowerNumber : b.number;
      belowS1 |= lowRegion == 'S' && lowNumber >= 2;
      siNeighbour |= kind == NounKind.NERVE || kind == NounKind.LATERAL_BRANCH
          || e.type == ElementType.ALA || a.region == 'L' && a.number >= 4;
    }
    return belowS1 && siNeighbour;
  }

  private void add(TreatedSite s) {
    sites.add(s);
    positions.add(at);
  }

  private void addAll(List<TreatedSite> all) {
    for (TreatedSite s : all) {
      add(s);
    }
  }

  private static boolean isJointShaped(Element e) {
    Element x = e.type == ElementType.RANGE ? e.from : e;
    return x.type == ElementType.JOINT || x.type == ElementType.BAD_JOINT
        || x.type == ElementType.VERTEBRAL_RANGE;
  }

  private static boolean levelListKind(Element e) {
    NounKind kind = e.effective == null ? null : e.effective.kind();
    return kind == null || kind == NounKind.LEVEL || kind == NounKind.JOINT;
  }

  private static Laterality side(Element e) {
    return e.side == null ? Laterality.UNKNOWN : e.side;
  }

  private void emitLevels(List<Element> els, int from, int to) {
    at = els.get(from).start;
    List<Vertebra> levels = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Element e = els.get(k);
      if (e.type == ElementType.LEVEL) {
        Optional<Vertebra> v = vertebra(e);
        if (v.isEmpty()) {
          unplaced(els.get(from).start, els.get(to - 1).fragmentEnd());
          boolean sacral = true;
          for (int m = from; m < to; m++) {
            sacral &= sacralOnly(els.get(m)) || els.get(m).region == 'L'
                && els.get(m).number >= 4;
          }
          if (sacral) {
            sacralFragment(unplaced.get(unplaced.size() - 1));
          }
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
    add(TreatedSite.levels(side(els.get(from)), levels.toArray(new Vertebra[0])));
  }

  private static Optional<Vertebra> vertebra(Element e) {
    if (e.type != ElementType.LEVEL || e.region == 'C' && e.number == 0) {
      return Optional.empty();
    }
    return Vertebra.of(e.region, e.number);
  }

  private void emit(Element e) {
    NounKind kind = e.effective == null ? null : e.effective.kind();
    if (kind == NounKind.NOISE || kind == NounKind.HISTORY) {
      return;
    }
    at = e.start;
    Laterality side = side(e);
    switch (e.type) {
      case VERTEBRAL_RANGE:
        emitVertebralRange(e, kind, side);
        return;
      case JOINT:
        if (kind == null || kind == NounKind.JOINT || kind == NounKind.LEVEL
            || kind == NounKind.TARGET || kind == NounKind.LESION) {
          add(TreatedSite.joint(e.joint, side));
        } else if (kind == NounKind.NERVE && !e.joint.nerves().isEmpty()) {
          for (Nerve nerve : e.joint.nerves()) {
            add(TreatedSite.nerve(nerve, side));
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
        add(TreatedSite.nerve(Nerve.THIRD_OCCIPITAL, side));
        return;
      case ALA:
        add(TreatedSite.needleTarget(NeedleTarget.SACRAL_ALA, side));
        return;
      case LEVEL: {
        List<TreatedSite> read = readLevel(e, e, kind, side);
        if (read == null) {
          if (!(kind == NounKind.LATERAL_BRANCH && e.region == 'S')) {
            unplaced(e);
          }
        } else {
          addAll(read);
        }
        return;
      }
      default:
        emitRange(e, kind, side);
    }
  }

  /**
   * A hyphenated range of vertebrae ("L2-L4", "C2-6", "L3-S1"). With a joint noun ("L3-L5 facet
   * joints") it names the joints between the vertebrae; with a needle-target noun, the target
   * of each vertebra; otherwise (no noun, "levels", or a nerve noun, "C2-C5 medial branches")
   * it is ambiguous, as a list of single levels is: one level-list site, whose vertebral and
   * nerve readings the core compares (coding-rules §3), and a question with both readings.
   */
  private void emitVertebralRange(Element e, NounKind kind, Laterality side) {
    List<Vertebra> vs = new ArrayList<>();
    for (int o = e.upper.ordinal(); o <= e.lower.ordinal(); o++) {
      vs.add(Vertebra.values()[o]);
    }
    if (kind == null || kind == NounKind.LEVEL || kind == NounKind.NERVE
        || kind == NounKind.LESION) {
      add(TreatedSite.levels(side, vs.toArray(new Vertebra[0])));
      question(rangeQuestion(text.substring(tok[e.start].start, tok[e.end - 1].end), vs));
      return;
    }
    if (kind == NounKind.JOINT) {
      for (int k = 1; k < vs.size(); k++) {
        add(TreatedSite.joint(FacetJoint.between(vs.get(k - 1), vs.get(k)), side));
      }
      return;
    }
    if (kind == NounKind.LATERAL_BRANCH && e.lowerRegion == 'S') {
      sacroiliac = true;
      return;
    }
    List<TreatedSite> all = new ArrayList<>();
    for (Vertebra v : vs) {
      Element one = ListElements.level(v.name().charAt(0), v.number(), e.start, e.end);
      List<TreatedSite> read = readLevel(one, e, kind, side);
      if (read == null) {
        unplaced(e);
        return;
      }
      all.addAll(read);
    }
    addAll(all);
  }

  /** The question about a hyphenated vertebral range, with its two readings. */
  static TextQuestion rangeQuestion(String fragment, List<Vertebra> vs) {
    Set<FacetJoint> asVertebrae = new LinkedHashSet<>();
    for (int k = 1; k < vs.size(); k++) {
      asVertebrae.add(FacetJoint.between(vs.get(k - 1), vs.get(k)));
    }
    Set<Nerve> nerves = new LinkedHashSet<>();
    boolean nerveReading = true;
    for (Vertebra v : vs) {
      Optional<Nerve> nerve = Nerve.atLevel(v);
      nerveReading &= nerve.isPresent();
      nerve.ifPresent(nerves::add);
    }
    Set<FacetJoint> asNerves = new LinkedHashSet<>();
    if (nerveReading) {
      for (FacetJoint j : FacetJoint.reportable()) {
        if (!j.nerves().isEmpty() && nerves.containsAll(j.nerves())) {
          asNerves.add(j);
        }
      }
    }
    String levels = words(vs);
    String message;
    String question;
    if (nerveReading) {
      message = "\"" + fragment + "\" is a range of vertebrae: read as the vertebrae " + levels
          + " it names the joints " + joints(asVertebrae) + "; read as the " + levels
          + " medial-branch nerves it names " + (asNerves.isEmpty() ? "no joint"
              : "the joints " + joints(asNerves)) + ".";
      question = "Does \"" + fragment + "\" mean the vertebrae " + levels + " (joints "
          + joints(asVertebrae) + ") or the " + levels + " medial branches ("
          + (asNerves.isEmpty() ? "no complete joint" : "joints " + joints(asNerves)) + ")?";
    } else {
      List<Vertebra> none = new ArrayList<>();
      for (Vertebra v : vs) {
        if (Nerve.atLevel(v).isEmpty()) {
          none.add(v);
        }
      }
      message = "\"" + fragment + "\" is a range of vertebrae, read as the joints between them ("
          + joints(asVertebrae) + "); " + words(none) + (none.size() == 1 ? " names" : " name")
          + " no facet nerve, so there is no nerve reading.";
      question = "Were the joints " + joints(asVertebrae) + " treated (\"" + fragment + "\")?";
    }
    return new TextQuestion(TextQuestion.Kind.HYPHENATED_RANGE, fragment,
        org.facetclaims.core.FindingCode.LEVELS_READ_AS_VERTEBRAE, message, question,
        nerveReading ? List.of(asVertebrae, asNerves) : List.of(asVertebrae));
  }

  private static String words(List<Vertebra> vs) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < vs.size(); k++) {
      sb.append(k == 0 ? "" : k == vs.size() - 1 ? " and " : ", ").append(vs.get(k));
    }
    return sb.toString();
  }

  static String joints(Set<FacetJoint> joints) {
    StringBuilder sb = new StringBuilder();
    for (FacetJoint j : joints) {
      sb.append(sb.length() == 0 ? "" : ", ").append(j.notation());
    }
    return sb.toString();
  }

  /** A single level read with a nerve, needle-target or lateral-branch noun; null if unplaced. */
  private List<TreatedSite> readLevel(Element e, Element nounHolder, NounKind kind,
      Laterality side) {
    switch (kind) {
      case NERVE:
      case LESION: {
        Optional<Nerve> nerve = nerve(e);
        if (nerve.isPresent() && nounHolder.effective.superficial()) {
          nerve = nerve.get() == Nerve.C3 ? Optional.of(Nerve.THIRD_OCCIPITAL) : Optional.empty();
        }
        return nerve.map(value -> List.of(TreatedSite.nerve(value, side))).orElse(null);
      }
      case TRANSVERSE_PROCESS:
      case TARGET:
      case ARTICULAR_PROCESS:
      case ALA: {
        Optional<Vertebra> v = vertebra(e);
        if (v.isEmpty()) {
          return null;
        }
        if (v.get() == Vertebra.S1 && kind != NounKind.TRANSVERSE_PROCESS
            && kind != NounKind.TARGET) {
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
      if (kind == NounKind.NERVE || kind == NounKind.LESION) {
        Optional<Nerve> x = nerve(a);
        Optional<Nerve> y = nerve(b);
        if (x.isPresent() && y.isPresent() && x.get().ordinal() <= y.get().ordinal()
            && x.get() != Nerve.THIRD_OCCIPITAL) {
          for (int o = x.get().ordinal(); o <= y.get().ordinal(); o++) {
            add(TreatedSite.nerve(Nerve.values()[o], side));
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
            addAll(all);
            return;
          }
        }
      }
    } else if (a.type == ElementType.JOINT && b.type == ElementType.JOINT
        && a.joint.ordinal() <= b.joint.ordinal()) {
      FacetJoint[] joints = FacetJoint.values();
      if (kind == null || kind == NounKind.JOINT || kind == NounKind.LEVEL
          || kind == NounKind.TARGET || kind == NounKind.LESION) {
        for (int o = a.joint.ordinal(); o <= b.joint.ordinal(); o++) {
          add(TreatedSite.joint(joints[o], side));
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
            add(TreatedSite.nerve(nerve, side));
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
    if (sacralOnly(e)) {
      sacralFragment(unplaced.get(unplaced.size() - 1));
    }
  }

  /**
   * An element that names only sacral levels, or L4/L5 down into the sacrum ("S2", "S1-S3",
   * "L4-S3 primary dorsal rami"): in a sacroiliac procedure these are its targets.
   */
  private static boolean sacralOnly(Element e) {
    Element a = e.type == ElementType.RANGE ? e.from : e;
    Element b = e.type == ElementType.RANGE ? e.to : e;
    char lower = b.lowerRegion != 0 ? b.lowerRegion : b.region;
    return lower == 'S' && (a.region == 'S' || a.region == 'L' && a.number >= 4);
  }

  private void unplaced(int fromToken, int toToken) {
    unplaced.add(text.substring(tok[fromToken].start, tok[toToken - 1].end));
  }
}
