package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.facetclaims.core.Finding;
import org.facetclaims.fhir.InputException;

/**
 * Shared pieces of the fuzz targets: JSON and XML quoting of fuzzed text, and the privacy canary.
 *
 * <p>The canary is a fake patient name and identifier that the targets put only where a patient
 * record keeps them (Patient.name, Patient.identifier, subject.display, subject.identifier). No
 * error message and no finding may ever repeat it: findings may quote the clinical text they
 * could not read, but never who the patient is.
 */
final class FuzzSupport {
  static final String CANARY_NAME = "Quillon Zanzibarova";
  static final String CANARY_ID = "MRN-7731-ZQX";

  private FuzzSupport() {}

  /** A JSON string literal. */
  static String json(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** An XML attribute value (without the quotes); characters XML 1.0 cannot carry are dropped. */
  static String xmlAttr(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&') {
        sb.append("&amp;");
      } else if (c == '<') {
        sb.append("&lt;");
      } else if (c == '"') {
        sb.append("&quot;");
      } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A short fuzzed text, sometimes one of the given realistic ones. */
  static String text(FuzzedDataProvider data, int max, String... realistic) {
    if (realistic.length > 0 && data.consumeBoolean()) {
      return data.pickValue(realistic);
    }
    return data.consumeString(max);
  }

  /** What an InputException may say: a stable id first, and never the patient. */
  static void checkRefusal(InputException e) {
    assertThat(e.getMessage()).startsWith("FCA-");
    assertThat(e.kind()).isNotNull();
    assertNoCanary(e.getMessage());
  }

  static void assertNoCanary(String s) {
    assertThat(s).doesNotContain("Zanzibarova").doesNotContain("7731-ZQX");
  }

  static void checkFinding(Finding f) {
    assertThat(f.id()).startsWith("FC-");
    assertNoCanary(f.message());
    f.physicianQuestion().ifPresent(FuzzSupport::assertNoCanary);
  }

  static final String[] SITES = {"Left L4-L5 facet joint", "L5-S1", "right L3 and L4 medial "
      + "branches", "bilateral C3/4", "T12-L1", "L5 dorsal ramus", "L9-L10", "at the L4, L5 and "
      + "S1 levels", "transverse process of L4 and L5 and the sacral ala", "SI joint",
      "third occipital nerve", "C1-C2", "L3-4 through L5-S1", ""};
  static final String[] TEXTS = {"Radiofrequency ablation under fluoroscopy", "pulsed RF 42 C",
      "phenol 6% neurolysis", "cryoablation", "medial branch block", "RF neurotomy at 60 °C",
      "ultrasound guided lesioning", "genicular nerve RFA", "85% relief lasting 7 months",
      "proceed if 80% relief", "no relief", "relief 70-80% for 3 weeks", ""};
  static final String[] DATES = {"2026-02-02", "2010-09-09", "2006-01-01", "2099-01-01",
      "2026-02", "2026-02-02T23:59:59+14:00", "2012-01-01", "2011-12-31", "2021-04-25"};
  static final String[] STATUSES = {"completed", "not-done", "in-progress", "entered-in-error",
      "unknown"};
}
