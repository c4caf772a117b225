package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;

/**
 * Which texts and sources give a Procedure's sites, and which side each site gets: the one place
 * that decides it (the text grammar's page, "What the FHIR reader does with a reading").
 *
 * <ul>
 *   <li>Sites come from the most trusted source that names any: the {@code bodySite}s, else the
 *       target BodyStructures, else the code text and notes together (the mapping spec's order
 *       of trust). Narrative that names sites the structured source does not is a finding
 *       (FC-517); it is not coded.
 *   <li>The code text and notes are one statement: a site that several of them name is one site
 *       (not double units), and a level list one of whose readings is exactly the joints another
 *       text names is those joints (without FC-205).
 *   <li>A site's side: the side its own words state; else its source's coded laterality; else a
 *       side its own text states for the whole text; else the side another text of the Procedure
 *       states for the same target (the joint, the nerve, or the joint those nerves complete);
 *       else the side the code text and notes state for the whole procedure. Words and a coded
 *       laterality that disagree: no side (FC-511). Two texts that give the same target opposite
 *       sides (right in one, left in the other): no side (FC-511); a structured site keeps its
 *       own side against the narrative (FC-511).
 *   <li>At most {@code maxSites} sites; the rest are a finding (FC-510).
 * </ul>
 *
 * <p>Sites that a sacroiliac procedure named in any text takes ({@link SacroiliacClaims}) are
 * not facet sites and are left out first.
 */
final class SitesAndSides {
  private static final int RIGHT = 1;
  private static final int LEFT = 2;

  private final int maxSites;

  SitesAndSides(int maxSites) {
    this.maxSites = maxSites;
  }

  /** A site as read, with the text it came from (by index) and that text's element. */
  private record Placed(TreatedSite site, int text, String path) {
    Placed withSide(Laterality side) {
      return new Placed(site.withLaterality(side), text, path);
    }
  }

  /** The sites of {@code texts}, each with its side and element, with their findings. */
  List<TreatedSite> sites(ProcedureTexts texts, SacroiliacClaims si, String label, String path,
      List<Finding> findings) {
    List<ReadText> general = texts.general();
    Laterality procedureSide = procedureSide(general, label, path, findings);
    // At most one site more than the limit is read: the comparisons across texts stay small
    // whatever the input, and the one more is where the limit finding points.
    int cap = maxSites + 1;
    List<Placed> narrative = new ArrayList<>();
    for (int i = 0; i < general.size() && narrative.size() < cap; i++) {
      ReadText t = general.get(i);
      Laterality stated = t.reading().statedSide().orElse(Laterality.UNKNOWN);
      for (TreatedSite s : si.sitesOf(t)) {
        if (narrative.size() >= cap) {
          break;
        }
        // A text's own stated side is its sites' side before any other text is asked.
        narrative.add(new Placed(s.laterality() == Laterality.UNKNOWN
            ? s.withLaterality(stated) : s, i, t.path()));
      }
    }
    List<Placed> out = structured(texts.bodySites(), si, narrative, procedureSide, cap,
        findings);
    if (!out.isEmpty()) {
      List<ReadText> others = new ArrayList<>(general);
      for (SiteSource src : texts.structures()) {
        others.addAll(src.texts());
      }
      reportNotCoded(out, others, si, label, findings);
    } else {
      out = structured(texts.structures(), si, narrative, procedureSide, cap, findings);
      if (!out.isEmpty()) {
        reportNotCoded(out, general, si, label, findings);
      } else {
        out = narrative(resolveLevelLists(narrative), procedureSide, label, findings);
      }
    }
    List<TreatedSite> sites = new ArrayList<>(Math.min(out.size(), maxSites));
    for (Placed p : out) {
      if (sites.size() >= maxSites) {
        findings.add(Finding.of(FindingCode.INPUT_LIMIT, label + " names more than "
            + maxSites + " sites; the rest are not read.").at(p.path()));
        break;
      }
      sites.add(p.site().at(p.path()));
    }
    return sites;
  }

  /** The side the code text and notes state for the whole procedure (conflict: FC-511). */
  private static Laterality procedureSide(List<ReadText> general, String label, String path,
      List<Finding> findings) {
    Laterality side = null;
    for (ReadText t : general) {
      if (t.reading().statedSide().isPresent()) {
        Laterality s = t.reading().statedSide().get();
        if (side != null && side != s) {
          findings.add(Finding.of(FindingCode.SIDE_CONFLICT, "The texts of " + label
              + " state different sides for the whole procedure (" + side.label() + ", "
              + s.label() + "); sites that state no side are coded without one.").at(path));
          return Laterality.UNKNOWN;
        }
        side = s;
      }
    }
    return side == null ? Laterality.UNKNOWN : side;
  }

  // ---- structured sources: bodySite, target BodyStructure ----

  /** The sites of each source in turn, their sides completed; empty when they name none. */
  private static List<Placed> structured(List<SiteSource> sources, SacroiliacClaims si,
      List<Placed> narrative, Laterality procedureSide, int cap, List<Finding> findings) {
    List<Placed> out = new ArrayList<>();
    for (int k = 0; k < sources.size() && out.size() < cap; k++) {
      SiteSource src = sources.get(k);
      Laterality sourceSide = null;
      for (ReadText t : src.texts()) {
        if (t.reading().statedSide().isPresent()) {
          sourceSide = t.reading().statedSide().get();
        }
      }
      for (ReadText t : src.texts()) {
        for (TreatedSite site : si.sitesOf(t)) {
          if (out.size() >= cap) {
            break;
          }
          Laterality side = site.laterality();
          if (side != Laterality.UNKNOWN && src.qualifier() != null
              && src.qualifier() != side) {
            findings.add(Finding.of(FindingCode.SIDE_CONFLICT, "The text says "
                + side.label() + " but the laterality qualifier says "
                + src.qualifier().label() + "; coded without a side.")
                .at(src.qualifierPath()));
            side = Laterality.UNKNOWN;
          } else if (side == Laterality.UNKNOWN) {
            side = src.qualifier() != null ? src.qualifier()
                : sourceSide != null ? sourceSide : Laterality.UNKNOWN;
            if (side == Laterality.UNKNOWN) {
              side = lateralityOf(sidesFor(site, -1, narrative));
            }
            if (side == Laterality.UNKNOWN) {
              side = procedureSide;
            }
          }
          if (side != Laterality.UNKNOWN) {
            int told = sidesFor(site, -1, narrative);
            if (told != 0 && (told & bits(side)) == 0) {
              findings.add(Finding.of(FindingCode.SIDE_CONFLICT, "The code text or a note says "
                  + lateralityOf(told).label() + " " + site.withLaterality(Laterality.UNKNOWN)
                  .describe() + ", the structured site says " + side.label() + "; coded as"
                  + " the structured site says.").at(t.path())
                  .withQuestion("On which side was " + site.withLaterality(Laterality.UNKNOWN)
                      .describe() + " treated?"));
            }
          }
          out.add(new Placed(site.withLaterality(side), -1 - k, t.path()));
        }
      }
    }
    return out;
  }

  /**
   * FC-517 for what the code text and notes (and a target BodyStructure below a bodySite) name
   * that the coded structured sites do not: the structured statement is coded, and nothing the
   * other texts document is dropped without a word.
   */
  private static void reportNotCoded(List<Placed> coded, List<ReadText> others,
      SacroiliacClaims si, String label, List<Finding> findings) {
    boolean any = false;
    for (ReadText t : others) {
      any |= !si.sitesOf(t).isEmpty();
    }
    if (!any) {
      return;   // the usual case: the notes name no site
    }
    List<TreatedSite> codedSites = new ArrayList<>(coded.size());
    for (Placed p : coded) {
      codedSites.add(p.site());
    }
    Set<FacetJoint> joints = LevelReadings.named(codedSites);
    Set<Nerve> nerves = EnumSet.noneOf(Nerve.class);
    Set<TreatedSite> levelLists = new LinkedHashSet<>();
    for (TreatedSite s : codedSites) {
      s.nerve().ifPresent(nerves::add);
      if (s.kind() == TreatedSite.Kind.VERTEBRAL_LEVELS) {
        joints.addAll(LevelReadings.asVertebrae(s.levels()));
        joints.addAll(LevelReadings.asNerves(s.levels()));
        levelLists.add(s.withLaterality(Laterality.UNKNOWN));
      }
    }
    for (FacetJoint j : joints) {
      nerves.addAll(j.nerves());
    }
    for (ReadText t : others) {
      Set<String> missing = new LinkedHashSet<>();
      for (TreatedSite site : si.sitesOf(t)) {
        if (!covered(site, joints, nerves, levelLists)) {
          missing.add(site.describe());
        }
      }
      if (!missing.isEmpty()) {
        String all = String.join(", ", missing);
        findings.add(Finding.of(FindingCode.TEXTS_NAME_OTHER_SITES, "This text of " + label
            + " names " + all + ", which the structured sites (bodySite or target"
            + " BodyStructure) do not; only the structured sites were coded.")
            .at(t.path())
            .withQuestion("Was " + all + " treated as well as the sites the bodySite names?"));
      }
    }
  }

  private static boolean covered(TreatedSite s, Set<FacetJoint> joints, Set<Nerve> nerves,
      Set<TreatedSite> levelLists) {
    switch (s.kind()) {
      case JOINT:
        return joints.contains(s.joint().get());
      case NERVE:
        return nerves.contains(s.nerve().get());
      default:
        if (levelLists.contains(s.withLaterality(Laterality.UNKNOWN))) {
          return true;
        }
        Set<FacetJoint> v = LevelReadings.asVertebrae(s.levels());
        Set<FacetJoint> n = LevelReadings.asNerves(s.levels());
        return !v.isEmpty() && joints.containsAll(v) || !n.isEmpty() && joints.containsAll(n);
    }
  }

  // ---- the code text and notes: one statement ----

  /**
   * A level list that another text restates is what that text says, with the list's side: the
   * nerves of its levels when another text names each of them as a nerve ("Right C4, C5 and C6
   * medial branch RFA" and "lesions at 80 °C at C4 and C5"), else the joints of one of its
   * readings when another text names exactly those joints ("Bilateral L2-L4 RFA" and "the L3-4
   * and L4-5 facet joints were lesioned").
   */
  private static List<Placed> resolveLevelLists(List<Placed> narrative) {
    boolean any = false;
    for (Placed p : narrative) {
      any |= p.site().kind() == TreatedSite.Kind.VERTEBRAL_LEVELS;
    }
    if (!any || narrative.get(0).text() == narrative.get(narrative.size() - 1).text()) {
      return narrative;   // the usual case: no level list, or one text
    }
    Map<Integer, List<TreatedSite>> byText = new LinkedHashMap<>();
    for (Placed p : narrative) {
      byText.computeIfAbsent(p.text(), k -> new ArrayList<>()).add(p.site());
    }
    List<Placed> out = new ArrayList<>(narrative.size() + 2);
    for (Placed p : narrative) {
      if (p.site().kind() != TreatedSite.Kind.VERTEBRAL_LEVELS) {
        out.add(p);
        continue;
      }
      List<Nerve> nerves = nervesNamedElsewhere(p, byText);
      if (nerves != null) {
        for (Nerve n : nerves) {
          out.add(new Placed(TreatedSite.nerve(n, p.site().laterality()), p.text(), p.path()));
        }
        continue;
      }
      Set<FacetJoint> reading = readingNamedElsewhere(p, byText);
      if (reading == null) {
        out.add(p);
        continue;
      }
      for (FacetJoint j : reading) {
        out.add(new Placed(TreatedSite.joint(j, p.site().laterality()), p.text(), p.path()));
      }
    }
    return out;
  }

  /** The nerves of the list's levels, when one other text names each as a nerve; else null. */
  private static List<Nerve> nervesNamedElsewhere(Placed levels,
      Map<Integer, List<TreatedSite>> byText) {
    List<Nerve> nerves = new ArrayList<>(levels.site().levels().size());
    for (Vertebra v : levels.site().levels()) {
      Nerve n = Nerve.atLevel(v).orElse(null);
      if (n == null) {
        return null;
      }
      nerves.add(n);
    }
    for (Map.Entry<Integer, List<TreatedSite>> e : byText.entrySet()) {
      if (e.getKey() == levels.text()) {
        continue;
      }
      Set<Nerve> named = EnumSet.noneOf(Nerve.class);
      for (TreatedSite s : e.getValue()) {
        s.nerve().ifPresent(named::add);
      }
      if (named.containsAll(nerves)) {
        return nerves;
      }
    }
    return null;
  }

  private static Set<FacetJoint> readingNamedElsewhere(Placed levels,
      Map<Integer, List<TreatedSite>> byText) {
    Set<FacetJoint> v = LevelReadings.asVertebrae(levels.site().levels());
    Set<FacetJoint> n = LevelReadings.asNerves(levels.site().levels());
    for (Map.Entry<Integer, List<TreatedSite>> e : byText.entrySet()) {
      if (e.getKey() == levels.text()) {
        continue;
      }
      Set<FacetJoint> named = LevelReadings.named(e.getValue());
      if (named.isEmpty()) {
        continue;
      }
      if (named.equals(v)) {
        return v;
      }
      if (named.equals(n)) {
        return n;
      }
    }
    return null;
  }

  /**
   * The narrative's sites with their sides completed across texts, each target once: a site
   * named again in a later text adds its side to the first mention instead of a second site.
   */
  private static List<Placed> narrative(List<Placed> sites, Laterality procedureSide,
      String label, List<Finding> findings) {
    if (sites.isEmpty()) {
      return sites;
    }
    if (sites.get(0).text() == sites.get(sites.size() - 1).text()) {
      // One text names every site (the usual case): nothing to compare across texts.
      List<Placed> out = new ArrayList<>(sites.size());
      for (Placed p : sites) {
        out.add(p.site().laterality() == Laterality.UNKNOWN ? p.withSide(procedureSide) : p);
      }
      return out;
    }
    Set<Object> conflicts = oppositeSides(sites, label, findings);
    List<Placed> out = new ArrayList<>(sites.size());
    Map<TreatedSite, Integer> seen = new HashMap<>();
    Map<TreatedSite, Integer> here = new HashMap<>();
    int text = sites.get(0).text();
    for (Placed p : sites) {
      if (p.text() != text) {
        for (Map.Entry<TreatedSite, Integer> e : here.entrySet()) {
          seen.putIfAbsent(e.getKey(), e.getValue());
        }
        here.clear();
        text = p.text();
      }
      Placed q = p;
      if (q.site().laterality() == Laterality.UNKNOWN) {
        Laterality side = lateralityOf(sidesFor(q.site(), q.text(), sites));
        q = q.withSide(side != Laterality.UNKNOWN ? side : procedureSide);
      }
      TreatedSite key = q.site().withLaterality(Laterality.UNKNOWN);
      Integer first = seen.get(key);
      if (first != null) {   // named in an earlier text: one site, with both texts' sides
        Placed f = out.get(first);
        out.set(first, f.withSide(lateralityOf(bits(f.site().laterality())
            | bits(q.site().laterality()))));
        continue;
      }
      out.add(q);
      here.putIfAbsent(key, out.size() - 1);
    }
    if (!conflicts.isEmpty()) {
      for (int i = 0; i < out.size(); i++) {
        if (inConflict(out.get(i).site(), conflicts)) {
          out.set(i, out.get(i).withSide(Laterality.UNKNOWN));
        }
      }
    }
    return out;
  }

  /** A site whose target two texts give opposite sides: the target, or a nerve of the joint. */
  private static boolean inConflict(TreatedSite s, Set<Object> conflicts) {
    if (s.joint().isPresent()) {
      return conflicts.contains(s.joint().get());
    }
    if (conflicts.contains(s.withLaterality(Laterality.UNKNOWN))) {
      return true;
    }
    if (s.nerve().isPresent()) {
      for (FacetJoint j : s.nerve().get().joints()) {
        if (conflicts.contains(j)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * FC-511 for a target that two texts give opposite sides (right in one, left in another): the
   * same joint, nerve or level list, or a joint that one text names and another completes with
   * its nerves. Returns those targets (joints, or sites without their side): they are coded
   * without a side, as when a text and a coded laterality disagree.
   */
  private static Set<Object> oppositeSides(List<Placed> sites, String label,
      List<Finding> findings) {
    // Per target: where a text named it on the right only, and where on the left only. Two
    // texts contradict each other exactly when one says right only and another left only
    // (bilateral overlaps both), whatever their order.
    Map<Object, String[]> only = new LinkedHashMap<>();
    int i = 0;
    while (i < sites.size()) {
      int text = sites.get(i).text();
      String path = sites.get(i).path();
      Map<Object, Integer> here = new LinkedHashMap<>();
      Map<Nerve, Integer> nerves = new HashMap<>();
      for (; i < sites.size() && sites.get(i).text() == text; i++) {
        TreatedSite site = sites.get(i).site();
        int b = bits(site.laterality());
        if (b == 0) {
          continue;
        }
        here.merge(site.joint().isPresent() ? site.joint().get()
            : site.withLaterality(Laterality.UNKNOWN), b, (x, y) -> x | y);
        site.nerve().ifPresent(n -> nerves.merge(n, b, (x, y) -> x | y));
      }
      for (FacetJoint j : LevelReadings.completed(nerves.keySet())) {
        int b = RIGHT | LEFT;
        for (Nerve n : j.nerves()) {
          b &= nerves.get(n);
        }
        if (b != 0) {
          here.merge(j, b, (x, y) -> x | y);
        }
      }
      for (Map.Entry<Object, Integer> e : here.entrySet()) {
        int b = e.getValue();
        if (b == RIGHT || b == LEFT) {
          String[] at = only.computeIfAbsent(e.getKey(), k -> new String[2]);
          at[b - 1] = at[b - 1] == null ? path : at[b - 1];
        }
      }
    }
    Set<Object> conflicts = new LinkedHashSet<>();
    for (Map.Entry<Object, String[]> e : only.entrySet()) {
      String[] at = e.getValue();
      if (at[0] == null || at[1] == null) {
        continue;
      }
      Object key = e.getKey();
      conflicts.add(key);
      String what = key instanceof FacetJoint ? ((FacetJoint) key).notation()
          : ((TreatedSite) key).describe();
      findings.add(Finding.of(FindingCode.SIDE_CONFLICT, "The texts of " + label + " give "
          + what + " opposite sides (right at " + at[0] + ", left at " + at[1] + "); coded"
          + " without a side.").at(at[1])
          .withQuestion("On which side was " + what + " treated: right, left or both?"));
    }
    return conflicts;
  }

  /**
   * The sides that texts other than {@code text} state for the target of {@code site}: the same
   * joint, nerve or level list, the nerves that complete the joint, the joints the nerve
   * supplies; as bits (1 right, 2 left), 0 when none.
   */
  private static int sidesFor(TreatedSite site, int text, List<Placed> others) {
    int out = 0;
    FacetJoint joint = site.joint().orElse(null);
    Nerve nerve = site.nerve().orElse(null);
    int[] nerveSides = joint == null ? null : new int[joint.nerves().size()];
    for (Placed p : others) {
      if (p.text() == text) {
        continue;
      }
      TreatedSite o = p.site();
      int b = bits(o.laterality());
      if (b == 0) {
        continue;
      }
      if (sameTarget(o, site)) {
        out |= b;
      } else if (joint != null && o.nerve().isPresent()) {
        int k = 0;
        for (Nerve n : joint.nerves()) {
          if (n == o.nerve().get()) {
            nerveSides[k] |= b;
          }
          k++;
        }
      } else if (nerve != null && o.joint().isPresent()
          && o.joint().get().nerves().contains(nerve)) {
        out |= b;
      }
    }
    if (nerveSides != null && nerveSides.length > 0) {
      int all = RIGHT | LEFT;
      for (int s : nerveSides) {
        all &= s;
      }
      out |= all;
    }
    return out;
  }

  /** The same joint, nerve or level list, whatever the sides and elements. */
  private static boolean sameTarget(TreatedSite a, TreatedSite b) {
    return a.kind() == b.kind() && a.joint().equals(b.joint()) && a.nerve().equals(b.nerve())
        && a.levels().equals(b.levels());
  }

  private static int bits(Laterality l) {
    switch (l) {
      case RIGHT:
        return RIGHT;
      case LEFT:
        return LEFT;
      case BILATERAL:
        return RIGHT | LEFT;
      default:
        return 0;
    }
  }

  private static Laterality lateralityOf(int bits) {
    switch (bits) {
      case RIGHT:
        return Laterality.RIGHT;
      case LEFT:
        return Laterality.LEFT;
      case RIGHT | LEFT:
        return Laterality.BILATERAL;
      default:
        return Laterality.UNKNOWN;
    }
  }
}
