package org.facetclaims.fhir.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.facetclaims.fhir.codec.DecoderCheck;

/**
 * Coverage-guided fuzzing of the bulk coder's fast Procedure decoder against HAPI: a Procedure
 * around fuzzed values, with a fuzzed member (any name, a string, boolean, number, object or
 * array) spliced into it, or any text. The property: whenever the fast decoder decodes a line,
 * HAPI accepts it too and the reading, Claims and OperationOutcome are the same (and both
 * renderers write the same bytes for each); otherwise the
 * line goes to HAPI. The decoder learns element names and types from the R4 model's generated
 * metadata, so names the model knows but HAPI's JSON parser treats differently are what this
 * looks for. Regression inputs: {@code FastDecoderFuzzTestInputs/}.
 */
class FastDecoderFuzzTest {
  /** The differential check, one per thread (it is not thread-safe). */
  private static final ThreadLocal<DecoderCheck> CHECK = ThreadLocal.withInitial(DecoderCheck::new);

  private static final String[] NAMES = {"performed", "performedString", "performedAge",
      "performedRange", "performedPeriod", "performedBoolean", "statusReason", "identifier",
      "meta", "text", "language", "implicitRules", "category", "note", "usedCode", "outcome",
      "focalDevice", "instantiatesUri", "basedOn", "recorder", "asserter", "report",
      "bodySite", "reasonReference", "extension", "modifierExtension", "contained", "id",
      "_status", "resourceType", "followUp", "complication", "location", "subject"};
  private static final String[] VALUES = {"\"x\"", "true", "1", "1.5", "null", "{}", "[]",
      "[{}]", "[\"x\"]", "{\"text\":\"t\"}", "[{\"text\":\"t\"}]", "{\"value\":\"1\"}",
      "[{\"url\":\"u\",\"valueString\":\"v\"}]", "[{\"url\":\"u\",\"valueFoo\":\"v\"}]",
      "{\"reference\":\"#bs\"}", "[{\"reference\":\"Patient/1\"}]", "\"2026-01-02\"",
      "{\"start\":\"2026-01-02\"}", "{\"status\":\"generated\",\"div\":\"<div/>\"}",
      "{\"versionId\":\"1\",\"lastUpdated\":\"2026-01-02T03:04:05Z\"}",
      "[{\"use\":\"official\",\"value\":\"1\"}]", "[{\"use\":\"bogus\",\"value\":\"1\"}]"};

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"{\"resourceType\":\"Procedure\"", "\"status\":\"completed\"",
      "\"performedDateTime\"", "\"valueCodeableConcept\"", "\"_status\"", "L4-L5"})
  void fastDecodingIsHapisOrNothing(FuzzedDataProvider data) {
    int shape = data.consumeInt(0, 3);
    if (shape == 3) {
      CHECK.get().same(data.consumeRemainingAsString());
      return;
    }
    String base = ReaderFuzzTest.procedureJson(data, "p1", "Patient/1", data.consumeBoolean());
    String name = shape == 0 ? data.pickValue(NAMES) : data.consumeString(24);
    String value = shape == 2 ? data.consumeString(60) : data.pickValue(VALUES);
    // Spliced first (after '{') or last (before the final '}').
    String member = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\":" + value;
    String line = data.consumeBoolean()
        ? "{" + member + "," + base.substring(1)
        : base.substring(0, base.length() - 1) + "," + member + "}";
    CHECK.get().same(line);
  }
}
