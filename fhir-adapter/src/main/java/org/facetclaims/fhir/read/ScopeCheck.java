package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.fhir.text.OutOfScopeTarget;
import org.facetclaims.fhir.text.TextReading;

/**
 * Whether a Procedure is facet joint nerve destruction: a facet destruction CPT code, or texts
 * that name both a destruction method or agent and a facet target. What else it names (a block,
 * the SI joint, genicular nerves...) is reported, and keeps it from being coded when it is all
 * the Procedure is.
 */
final class ScopeCheck {
  /**
   * The verdict.
   *
   * @param inScope the Procedure is coded
   * @param byCode a facet destruction CPT code says so (the method may then be assumed)
   */
  record Scope(boolean inScope, boolean byCode) {}

  private final Set<String> facetCodes;

  /** @param facetCodes the CPT codes of facet joint nerve destruction (from the editions) */
  ScopeCheck(Set<String> facetCodes) {
    this.facetCodes = facetCodes;
  }

  /** The verdict, with its findings (FC-501 not facet destruction, FC-502 out of scope). */
  Scope check(List<ReadText> texts, SacroiliacClaims si, List<String> cptHints, String label,
      String path, List<Finding> findings) {
    boolean destruction = false;
    boolean facet = false;
    Set<OutOfScopeTarget> other = EnumSet.noneOf(OutOfScopeTarget.class);
    for (ReadText t : texts) {
      TextReading r = t.reading();
      destruction |= r.namesDestruction();
      facet |= r.namesFacetTarget();
      other.addAll(r.outOfScope());
    }
    boolean facetCode = false;
    for (String h : cptHints) {
      facetCode |= facetCodes.contains(h);
    }
    if (facet && !facetCode && other.contains(OutOfScopeTarget.SACROILIAC_JOINT)
        && (onlyL5DorsalRamus(texts) || si.tookEverySite(texts))) {
      // SI joint RF lesions the L5 dorsal ramus with the S1-S3 lateral branches (and often the
      // L4 dorsal ramus): targets that a sacroiliac procedure named in any text takes belong to
      // it (64625), not to a facet joint.
      facet = false;
    }
    if (!(facetCode || (destruction && facet))) {
      findings.add(notInScope(destruction, facet, other, label, path));
      return new Scope(false, facetCode);
    }
    Set<OutOfScopeTarget> alsoNamed = EnumSet.noneOf(OutOfScopeTarget.class);
    alsoNamed.addAll(other);
    alsoNamed.remove(OutOfScopeTarget.FACET_INJECTION_OR_BLOCK);
    if (!alsoNamed.isEmpty()) {
      findings.add(Finding.of(FindingCode.OUT_OF_SCOPE, label + " also names "
          + describe(alsoNamed) + "; that part is not coded here.").at(path));
    }
    return new Scope(true, facetCode);
  }

  private static Finding notInScope(boolean destruction, boolean facet,
      Set<OutOfScopeTarget> other, String label, String path) {
    if (!destruction && facet && !other.contains(OutOfScopeTarget.FACET_INJECTION_OR_BLOCK)) {
      return Finding.of(FindingCode.NOT_FACET_DESTRUCTION, label + " names a facet"
          + " target but no destruction method or agent; not coded.").at(path + ".code");
    }
    if (!other.isEmpty()) {
      Set<OutOfScopeTarget> shown = EnumSet.copyOf(other);
      if (destruction && shown.size() > 1) {
        shown.remove(OutOfScopeTarget.FACET_INJECTION_OR_BLOCK);
      }
      return Finding.of(FindingCode.OUT_OF_SCOPE, label + " is " + describe(shown)
          + ", not facet joint nerve destruction; not coded here.").at(path + ".code");
    }
    return Finding.of(FindingCode.NOT_FACET_DESTRUCTION, label + " does not describe"
        + " facet joint nerve destruction; not coded.").at(path + ".code");
  }

  private static boolean onlyL5DorsalRamus(List<ReadText> texts) {
    boolean any = false;
    for (ReadText t : texts) {
      for (TreatedSite site : t.reading().sites()) {
        if (site.nerve().orElse(null) != Nerve.L5_DORSAL_RAMUS) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static String describe(Set<OutOfScopeTarget> targets) {
    List<String> w = new ArrayList<>();
    for (OutOfScopeTarget t : targets) {
      w.add(t.label() + " (" + t.code() + ")");
    }
    return String.join(", ", w);
  }
}
