package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.fhir.text.TextReading;

/**
 * Sacroiliac joint denervation (64625) lesions the L5 dorsal ramus at the sacral ala and often
 * the L4 dorsal ramus: targets that are facet nerves too. The grammar takes them out of the
 * sites of a text that names the sacroiliac procedure; this step does the same across the texts
 * of one Procedure: when any of its texts names a sacroiliac procedure ("Right SI joint RFA" in
 * {@code code.text}), the L5 dorsal ramus, the sacral ala, level lists of L4, L5 and S1 only,
 * and the L4 medial branch (unless the L3 medial branch of its side is named too, when it
 * completes the L4-L5 facet joint) that the other texts name are its targets, not facet sites
 * (FC-502 says which).
 */
final class SacroiliacClaims {
  private static final SacroiliacClaims NONE = new SacroiliacClaims(Map.of(), List.of());

  /** The facet sites left of each text that lost some (by identity); other texts keep all. */
  private final Map<ReadText, List<TreatedSite>> kept;
  /** What was taken, with the element it was named in. */
  private final List<Claimed> claimed;

  private record Claimed(TreatedSite site, String path) {}

  private SacroiliacClaims(Map<ReadText, List<TreatedSite>> kept, List<Claimed> claimed) {
    this.kept = kept;
    this.claimed = claimed;
  }

  /** The claims of a sacroiliac procedure that one of {@code texts} names, if any. */
  static SacroiliacClaims of(List<ReadText> texts) {
    boolean named = false;
    for (ReadText t : texts) {
      named |= t.reading().namesSacroiliacProcedure();
    }
    if (!named) {
      return NONE;   // the usual case
    }
    List<TreatedSite> l3 = new ArrayList<>(2);   // what decides: the L3 medial branches named
    for (ReadText t : texts) {
      for (TreatedSite s : t.reading().sites()) {
        if (s.nerve().orElse(null) == Nerve.L3) {
          l3.add(s);
        }
      }
    }
    Map<ReadText, List<TreatedSite>> kept = new IdentityHashMap<>();
    List<Claimed> claimed = new ArrayList<>();
    for (ReadText t : texts) {
      if (t.reading().namesSacroiliacProcedure()) {
        continue;   // the grammar has already split this one
      }
      List<TreatedSite> facet = new ArrayList<>();
      for (TreatedSite s : t.reading().sites()) {
        if (TextReading.isSacroiliacTarget(s, l3)) {
          claimed.add(new Claimed(s, t.path()));
        } else {
          facet.add(s);
        }
      }
      if (facet.size() < t.reading().sites().size()) {
        kept.put(t, facet);
      }
    }
    return new SacroiliacClaims(kept, claimed);
  }

  /** The facet sites of {@code t}: its reading's sites less what the procedure claims. */
  List<TreatedSite> sitesOf(ReadText t) {
    List<TreatedSite> k = kept.get(t);
    return k != null ? k : t.reading().sites();
  }

  /** True when something was claimed and no text has a facet site left. */
  boolean tookEverySite(List<ReadText> texts) {
    if (claimed.isEmpty()) {
      return false;
    }
    for (ReadText t : texts) {
      if (!sitesOf(t).isEmpty() || !t.reading().unplaced().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** FC-502 for each text that lost sites to the sacroiliac procedure. */
  void report(String label, List<Finding> findings) {
    int i = 0;
    while (i < claimed.size()) {
      String path = claimed.get(i).path();
      List<String> named = new ArrayList<>();
      while (i < claimed.size() && claimed.get(i).path().equals(path)) {
        named.add(claimed.get(i).site().describe());
        i++;
      }
      String all = String.join(", ", named);
      findings.add(Finding.of(FindingCode.OUT_OF_SCOPE, all + (named.size() == 1 ? " is" : " are")
          + " named in a procedure whose texts name sacroiliac joint nerve destruction (64625):"
          + " the sacroiliac procedure's target" + (named.size() == 1 ? "" : "s") + ", not coded"
          + " as facet joint nerve destruction for " + label + ".").at(path)
          .withQuestion("Was a facet joint treated as well as the sacroiliac joint, and if so"
              + " which?"));
    }
  }
}
