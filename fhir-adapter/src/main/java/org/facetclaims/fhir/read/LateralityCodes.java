package org.facetclaims.fhir.read;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.facetclaims.core.anatomy.Laterality;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;

/**
 * A side stated by codes rather than words: SNOMED CT laterality qualifiers, an mCODE
 * laterality extension on a bodySite, a post-coordinated SNOMED CT expression, and the location
 * qualifiers of a BodyStructure.
 */
final class LateralityCodes {
  static final String MCODE_LATERALITY =
      "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier";

  private static final Set<String> LEFT_CODES = ImmutableSet.of("7771000", "419161000");
  private static final Set<String> RIGHT_CODES = ImmutableSet.of("24028007", "419465000");
  private static final Set<String> BILATERAL_CODES = ImmutableSet.of("51440002");
  private static final Pattern POST_COORDINATED_LATERALITY =
      Pattern.compile("272741003\\s*\\|?[^=|]*\\|?\\s*=\\s*(\\d{6,18})");

  private LateralityCodes() {}

  /** The laterality a bodySite's codes state, with where: its mCODE extension, else its codes. */
  static SiteSource qualify(java.util.List<ReadText> texts, CodeableConcept site, String path) {
    Laterality q = null;
    String qPath = null;
    for (Extension e : site.getExtensionsByUrl(MCODE_LATERALITY)) {
      if (e.getValue() instanceof CodeableConcept) {
        q = of((CodeableConcept) e.getValue());
        qPath = path + ".extension('" + MCODE_LATERALITY + "')";
      }
    }
    if (q == null) {
      for (int i = 0; i < site.getCoding().size(); i++) {
        Coding c = site.getCoding().get(i);
        if (Codings.hasCodeValue(c) && Codings.SNOMED.equals(c.getSystem())) {
          Matcher m = POST_COORDINATED_LATERALITY.matcher(c.getCode());
          if (m.find()) {
            q = ofCode(m.group(1));
            qPath = path + ".coding[" + i + "].code";
          }
        }
      }
    }
    return new SiteSource(texts, q, qPath);
  }

  /** The side of a BodyStructure's location qualifiers: one side, or bilateral when both. */
  static Laterality ofQualifiers(java.util.List<CodeableConcept> qualifiers) {
    Laterality q = null;
    for (CodeableConcept c : qualifiers) {
      Laterality l = of(c);
      if (l != null) {
        q = q == null || q == l ? l : Laterality.BILATERAL;
      }
    }
    return q;
  }

  /** The side a laterality concept states: by SNOMED CT code, else by its words; or null. */
  static Laterality of(CodeableConcept c) {
    for (Coding cd : c.getCoding()) {
      Laterality l = ofCode(cd.getCode());
      if (l != null) {
        return l;
      }
    }
    String t = c.hasText() ? c.getText() : c.getCodingFirstRep().getDisplay();
    if (t != null) {
      String s = t.toLowerCase(Locale.ROOT);
      if (s.contains("bilateral") || (s.contains("left") && s.contains("right"))) {
        return Laterality.BILATERAL;
      }
      if (s.contains("left")) {
        return Laterality.LEFT;
      }
      if (s.contains("right")) {
        return Laterality.RIGHT;
      }
    }
    return null;
  }

  private static Laterality ofCode(String code) {
    if (code == null) {
      return null;
    }
    if (LEFT_CODES.contains(code)) {
      return Laterality.LEFT;
    }
    if (RIGHT_CODES.contains(code)) {
      return Laterality.RIGHT;
    }
    if (BILATERAL_CODES.contains(code)) {
      return Laterality.BILATERAL;
    }
    return null;
  }
}
