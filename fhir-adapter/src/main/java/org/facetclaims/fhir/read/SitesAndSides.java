package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.Laterality;

/**
 * Which texts and sources give a Procedure's sites, and which side each site gets: the one place
 * that decides it.
 *
 * <ul>
 *   <li>Sites come from the most trusted source that names any: the {@code bodySite}s, else the
 *       target BodyStructures, else the code text and notes together (the mapping spec's order
 *       of trust; taking all would count a joint twice when a note repeats the body site).
 *   <li>A site's side: the side its own words state; else its source's coded laterality; else a
 *       side its source's texts state; else the side the code text and notes state for the whole
 *       procedure. Words and a coded laterality that disagree: no side (FC-511).
 *   <li>At most {@code maxSites} sites; the rest are a finding (FC-510).
 * </ul>
 */
final class SitesAndSides {
  private final int maxSites;

  SitesAndSides(int maxSites) {
    this.maxSites = maxSites;
  }

  /** Adds the sites of {@code texts} to {@code b}, with their findings. */
  void addSites(ProcedureTexts texts, DocumentedProcedure.Builder b, String label, String path,
      List<Finding> findings) {
    Laterality procedureSide = procedureSide(texts.general(), label, path, findings);
    int count = add(texts.bodySites(), procedureSide, b, label, findings);
    if (count == 0) {
      count = add(texts.structures(), procedureSide, b, label, findings);
    }
    if (count == 0) {
      List<SiteSource> general = new ArrayList<>(texts.general().size());
      for (ReadText t : texts.general()) {
        general.add(SiteSource.of(t));
      }
      add(general, procedureSide, b, label, findings);
    }
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

  /** Adds the sites of each source in turn; returns how many were added. */
  private int add(List<SiteSource> sources, Laterality procedureSide,
      DocumentedProcedure.Builder b, String label, List<Finding> findings) {
    int count = 0;
    for (SiteSource src : sources) {
      Laterality sourceSide = null;
      for (ReadText t : src.texts()) {
        if (t.reading().statedSide().isPresent()) {
          sourceSide = t.reading().statedSide().get();
        }
      }
      for (ReadText t : src.texts()) {
        for (TreatedSite site : t.reading().sites()) {
          if (count >= maxSites) {
            findings.add(Finding.of(FindingCode.INPUT_LIMIT, label + " names more than "
                + maxSites + " sites; the rest are not read.").at(t.path()));
            return count;
          }
          Laterality side = site.laterality();
          if (side != Laterality.UNKNOWN && src.qualifier() != null && src.qualifier() != side) {
            findings.add(Finding.of(FindingCode.SIDE_CONFLICT, "The text says "
                + side.label() + " but the laterality qualifier says " + src.qualifier().label()
                + "; coded without a side.").at(src.qualifierPath()));
            side = Laterality.UNKNOWN;
          } else if (side == Laterality.UNKNOWN) {
            side = src.qualifier() != null ? src.qualifier()
                : sourceSide != null ? sourceSide : procedureSide;
          }
          b.site(site.withLaterality(side).at(t.path()));
          count++;
        }
      }
    }
    return count;
  }
}
