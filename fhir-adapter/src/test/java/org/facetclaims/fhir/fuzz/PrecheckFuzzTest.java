package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.InputLimits;

/**
 * Coverage-guided fuzzing of the checks every body passes before a FHIR parser sees it
 * ({@link FacetClaims#precheck}, which the server's body filter calls): size, binary content,
 * JSON syntax, depth and elements, XML document type declarations. Small limits (4 KiB, depth
 * 8, 1,000 elements) so the fuzzer reaches them. The properties: a body either passes or fails
 * with an {@link InputException}; a body over the size limit never passes, nor a JSON body with
 * more elements than the limit (counted by Jackson alone); a body that passes is also handled
 * cleanly by the full parse (a resource or an InputException, nothing else); a DOCTYPE never
 * passes. Regression inputs: {@code PrecheckFuzzTestInputs/}.
 */
class PrecheckFuzzTest {
  private static final InputLimits SMALL = InputLimits.of(4096, 8, 10, 4)
      .withMaxElements(InputLimits.MIN_ELEMENTS);
  private static final FacetClaims FACET = FacetClaims.builder().limits(SMALL).build();

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"{", "}", "[", "]", "\"resourceType\"", ":", ",", "\"Parameters\"",
      "\"parameter\"", "<?xml version=\"1.0\"?>", "<!DOCTYPE", "<!ENTITY", "SYSTEM",
      "\"file:///etc/passwd\"", "<![CDATA[", "<!--", "-->", "<Procedure xmlns=\"http://hl7.org/fhir\">",
      "/>", "1e999999"})
  void precheckPassesOrRefuses(FuzzedDataProvider data) {
    byte[] body;
    int shape = data.consumeInt(0, 2);
    if (shape == 0) {
      body = data.consumeRemainingAsBytes();
    } else {
      // Nesting built by the fuzzer, around a valid-looking head.
      String head = shape == 1 ? "{\"resourceType\":\"Procedure\",\"x\":" : "<Procedure xmlns=\""
          + "http://hl7.org/fhir\">";
      int depth = data.consumeInt(0, 12);
      String open = shape == 1 ? "[" : "<a>";
      String close = shape == 1 ? "]" : "</a>";
      body = (head + open.repeat(depth) + data.consumeString(64) + close.repeat(depth)
          + data.consumeRemainingAsString()).getBytes(StandardCharsets.UTF_8);
    }
    boolean passed;
    try {
      FACET.precheck(body);
      passed = true;
    } catch (InputException e) {
      FuzzSupport.checkRefusal(e);
      passed = false;
    }
    if (body.length > SMALL.maxBytes()) {
      assertThat(passed).as("over the size limit").isFalse();
    }
    String text = new String(body, StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT);
    if (text.strip().startsWith("<") && text.contains("<!DOCTYPE")) {
      // XML only: inside JSON, "<!DOCTYPE" is just a string (the fuzzer's first finding was
      // this oracle forgetting that).
      assertThat(passed).as("an XML DOCTYPE").isFalse();
    }
    if (passed && text.strip().startsWith("{")) {
      assertThat(jsonElements(body)).as("elements of a JSON body that passed")
          .isLessThanOrEqualTo(SMALL.maxElements());
    }
    if (passed) {
      try {
        assertThat(FACET.parse(body)).isNotNull();
      } catch (InputException e) {
        FuzzSupport.checkRefusal(e);
      }
    }
  }

  /** Objects, arrays and values of a JSON body, counted by Jackson on its own. */
  private static int jsonElements(byte[] body) {
    int n = 0;
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory()
        .createParser(body)) {
      com.fasterxml.jackson.core.JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != com.fasterxml.jackson.core.JsonToken.FIELD_NAME
            && t != com.fasterxml.jackson.core.JsonToken.END_OBJECT
            && t != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
          n++;
        }
      }
    } catch (java.io.IOException e) {
      // counted up to where Jackson stops; the pre-check passed the same text
    }
    return n;
  }
}
