package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.fhir.text.TextReading;

/**
 * Every text of one Procedure, each read once by the grammar, grouped by where it came from.
 *
 * @param general {@code code} (coding displays, then text) and the notes
 * @param used what was used: {@code usedCode} and the resources of {@code usedReference}
 *     (Medication, Substance, Device)
 * @param bodySites one source per {@code bodySite}
 * @param structures one source per target BodyStructure
 */
record ProcedureTexts(List<ReadText> general, List<ReadText> used, List<SiteSource> bodySites,
    List<SiteSource> structures) {

  /** All the texts, in the order above. */
  List<ReadText> all() {
    List<ReadText> all = new ArrayList<>(general.size() + used.size() + 2);
    all.addAll(general);
    all.addAll(used);
    for (SiteSource s : bodySites) {
      all.addAll(s.texts());
    }
    for (SiteSource s : structures) {
      all.addAll(s.texts());
    }
    return all;
  }

  /** The texts that may name sites: the general ones, then the body sites and structures. */
  List<ReadText> siteTexts() {
    List<ReadText> out = new ArrayList<>(general.size() + bodySites.size() + 1);
    out.addAll(general);
    for (SiteSource s : bodySites) {
      out.addAll(s.texts());
    }
    for (SiteSource s : structures) {
      out.addAll(s.texts());
    }
    return out;
  }

  /** The readings of {@code texts}. */
  static List<TextReading> readings(List<ReadText> texts) {
    List<TextReading> out = new ArrayList<>(texts.size());
    for (ReadText t : texts) {
      out.add(t.reading());
    }
    return out;
  }
}
