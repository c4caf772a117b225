package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.facetclaims.fhir.text.TextReading;

/**
 * Coverage-guided fuzzing of everything that reads outside input. In a normal build these run in
 * regression mode over the committed corpus (src/test/resources/.../ReaderFuzzTestInputs); with
 * {@code JAZZER_FUZZ=1} they fuzz for the given time. The property: any input either codes (with
 * findings) or fails with an {@link InputException}; nothing else escapes.
 */
class ReaderFuzzTest {
  private static final FacetClaims FACET = FacetClaims.create();
  private static final ClinicalTextGrammar GRAMMAR = ClinicalTextGrammar.standard();

  @FuzzTest(maxDuration = "60s")
  void grammarNeverThrows(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    TextReading r = GRAMMAR.read(text);
    assertThat(r).isNotNull();
    assertThat(r.sites().size()).isLessThanOrEqualTo(Math.max(1, text.length()) * 4);
    TextReading.techniqueOf(java.util.List.of(r));
    TextReading.imagingOf(java.util.List.of(r));
  }

  @FuzzTest(maxDuration = "60s")
  void procedureJsonCodesOrIsRefused(FuzzedDataProvider data) {
    // A valid Procedure skeleton with fuzzed texts, and sometimes fuzzed raw JSON.
    boolean raw = data.consumeBoolean();
    String json;
    if (raw) {
      json = data.consumeRemainingAsString();
    } else {
      String status = data.pickValue(new String[] {"completed", "not-done", "in-progress"});
      String date = data.pickValue(new String[] {"2026-02-02", "2010-09-09", "2006-01-01",
          "2099-01-01", "2026-02", "2026-02-02T23:59:59+14:00"});
      json = "{\"resourceType\":\"Procedure\",\"id\":\"f\",\"status\":\"" + status + "\","
          + "\"subject\":{\"reference\":\"Patient/1\"},\"performedDateTime\":\"" + date + "\","
          + "\"code\":{\"text\":" + quote(data.consumeString(200)) + "},"
          + "\"bodySite\":[{\"text\":" + quote(data.consumeString(200)) + "}],"
          + "\"note\":[{\"text\":" + quote(data.consumeRemainingAsString()) + "}]}";
    }
    try {
      CodingOutput out = FACET.code(FACET.parse(json.getBytes(StandardCharsets.UTF_8)),
          PayerProfile.MEDICARE_PHYSICIAN);
      assertThat(out.outcome().getIssue()).isNotEmpty();
      out.toBundle();
    } catch (InputException expected) {
      assertThat(expected.getMessage()).startsWith("FCA-");
    }
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
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
}
