package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Substance;
import org.hl7.fhir.r4.model.Type;

/**
 * Finds every text of a Procedure where the mapping spec's table "where the adapter looks" says
 * (code, notes, usedCode, usedReference, bodySite, the target BodyStructure) and reads each once
 * with the grammar. Thread-safe when the grammar is.
 */
final class TextCollector {
  static final String TARGET_BODY_STRUCTURE =
      "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure";
  /** SNOMED CT's ethanol, read as the words "ethanol neurolysis". */
  private static final String SNOMED_ETHANOL = "419442005";

  private final ClinicalTextGrammar grammar;

  TextCollector(ClinicalTextGrammar grammar) {
    this.grammar = grammar;
  }

  /** The texts of {@code p}; a reference that does not resolve is a finding (FC-505). */
  ProcedureTexts collect(Procedure p, String path, String label, ResourceIndex index,
      List<Finding> findings) {
    List<ReadText> general = new ArrayList<>();
    concept(p.getCode(), path + ".code", general);
    for (int i = 0; i < p.getNote().size(); i++) {
      Annotation a = p.getNote().get(i);
      if (a.hasText()) {
        text(a.getText(), path + ".note[" + i + "].text", general);
      }
    }
    List<ReadText> used = new ArrayList<>();
    for (int i = 0; i < p.getUsedCode().size(); i++) {
      CodeableConcept c = p.getUsedCode().get(i);
      concept(c, path + ".usedCode[" + i + "]", used);
      for (Coding cd : c.getCoding()) {
        if (Codings.SNOMED.equals(cd.getSystem()) && SNOMED_ETHANOL.equals(cd.getCode())) {
          text("ethanol neurolysis", path + ".usedCode[" + i + "]", used);
        }
      }
    }
    for (int i = 0; i < p.getUsedReference().size(); i++) {
      used(p.getUsedReference().get(i), p, index, path + ".usedReference[" + i + "]", used,
          findings);
    }
    List<SiteSource> bodySites = new ArrayList<>();
    for (int i = 0; i < p.getBodySite().size(); i++) {
      CodeableConcept site = p.getBodySite().get(i);
      String sitePath = path + ".bodySite[" + i + "]";
      List<ReadText> texts = new ArrayList<>();
      concept(site, sitePath, texts);
      bodySites.add(LateralityCodes.qualify(texts, site, sitePath));
    }
    return new ProcedureTexts(general, used, bodySites,
        structures(p, path, label, index, findings));
  }

  private List<SiteSource> structures(Procedure p, String path, String label,
      ResourceIndex index, List<Finding> findings) {
    List<SiteSource> structures = new ArrayList<>();
    for (Extension ext : p.getExtensionsByUrl(TARGET_BODY_STRUCTURE)) {
      Type v = ext.getValue();
      if (v instanceof Reference) {
        String at = path + ".extension('" + TARGET_BODY_STRUCTURE + "')";
        Resource r = index.resolve((Reference) v, p);
        if (r instanceof BodyStructure) {
          structures.add(structure((BodyStructure) r, at));
        } else {
          findings.add(Finding.of(FindingCode.REFERENCE_UNRESOLVED, "The target BodyStructure "
              + "reference of " + label + " does not resolve to a BodyStructure in the input.")
              .at(at + ".valueReference"));
        }
      }
    }
    return structures;
  }

  private SiteSource structure(BodyStructure bs, String path) {
    List<ReadText> texts = new ArrayList<>();
    if (bs.hasLocation()) {
      concept(bs.getLocation(), path + ".resolve().location", texts);
    }
    if (bs.hasDescription()) {
      text(bs.getDescription(), path + ".resolve().description", texts);
    }
    return new SiteSource(texts, LateralityCodes.ofQualifiers(bs.getLocationQualifier()),
        path + ".resolve().locationQualifier");
  }

  private void used(Reference ref, Procedure p, ResourceIndex index, String path,
      List<ReadText> out, List<Finding> findings) {
    Resource r = index.resolve(ref, p);
    if (r == null && !ref.hasDisplay()) {
      findings.add(Finding.of(FindingCode.REFERENCE_UNRESOLVED, "usedReference "
          + "does not resolve to a resource in the input.").at(path));
      return;
    }
    if (ref.hasDisplay()) {
      text(ref.getDisplay(), path + ".display", out);
    }
    if (r instanceof Medication) {
      Medication m = (Medication) r;
      concept(m.getCode(), path + ".resolve().code", out);
      for (int i = 0; i < m.getIngredient().size(); i++) {
        Medication.MedicationIngredientComponent ing = m.getIngredient().get(i);
        if (ing.getItem() instanceof CodeableConcept) {
          concept((CodeableConcept) ing.getItem(), path + ".resolve().ingredient[" + i
              + "].item", out);
        }
      }
    } else if (r instanceof Substance) {
      concept(((Substance) r).getCode(), path + ".resolve().code", out);
      if (((Substance) r).hasDescription()) {
        text(((Substance) r).getDescription(), path + ".resolve().description", out);
      }
    } else if (r instanceof Device) {
      Device d = (Device) r;
      for (int i = 0; i < d.getDeviceName().size(); i++) {
        text(d.getDeviceName().get(i).getName(), path + ".resolve().deviceName[" + i + "].name",
            out);
      }
      concept(d.getType(), path + ".resolve().type", out);
    }
  }

  /** The concept's coding displays, then its text. */
  private void concept(CodeableConcept c, String path, List<ReadText> out) {
    if (c == null) {
      return;
    }
    for (int i = 0; i < c.getCoding().size(); i++) {
      Coding cd = c.getCoding().get(i);
      if (cd.hasDisplay()) {
        text(cd.getDisplay(), path + ".coding[" + i + "].display", out);
      }
    }
    if (c.hasText()) {
      text(c.getText(), path + ".text", out);
    }
  }

  private void text(String text, String path, List<ReadText> out) {
    if (text != null && !text.isBlank()) {
      out.add(new ReadText(grammar.read(text), path));
    }
  }
}
