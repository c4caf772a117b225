package org.facetclaims.fhir.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.fhir.fuzz.FuzzSupport.CANARY_ID;
import static org.facetclaims.fhir.fuzz.FuzzSupport.CANARY_NAME;
import static org.facetclaims.fhir.fuzz.FuzzSupport.json;
import static org.facetclaims.fhir.fuzz.FuzzSupport.text;
import static org.facetclaims.fhir.fuzz.FuzzSupport.xmlAttr;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.SessionClaim;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Coverage-guided fuzzing of the FHIR reader: Procedure JSON, Bundle JSON (with the resources a
 * Procedure references, patient history and a Coverage) and Procedure XML, each built around
 * fuzzed values, and raw fuzzed bytes. The property: any input either codes (with findings) or
 * fails with an {@link InputException}; nothing else escapes, and neither an error message nor a
 * finding names the patient.
 *
 * <p>One fuzz target per class: Jazzer fuzzes one target per JVM, so CI can fuzz every class in
 * one Maven run with a fresh fork per class (see {@code .ci/run}). In a normal build this runs in
 * regression mode over the committed inputs in {@code ReaderFuzzTestInputs/}.
 */
class ReaderFuzzTest {
  private static final FacetClaims FACET = FacetClaims.create();
  private static final PayerProfile[] PROFILES =
      PayerProfile.standardProfiles().values().toArray(new PayerProfile[0]);

  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"\"resourceType\"", "\"Procedure\"", "\"Bundle\"", "\"entry\"",
      "\"bodySite\"", "\"note\"", "\"text\"", "\"coding\"", "\"reference\"", "\"contained\"",
      "\"extension\"", "\"valueReference\"", "#bs", "urn:uuid:", "<Procedure", "value=\"",
      "http://hl7.org/fhir", "L4-L5", "medial branch", "radiofrequency", "fluoroscopy",
      "64635", "http://www.ama-assn.org/go/cpt", "272741003 = 24028007", "relief",
      "SI joint", "dorsal ramus", "lesion at 60 C", "80 \u00b0C", "L__-L__", "[level]",
      "right/left", "Bilateral", "L2-L4"})
  void fhirInputCodesOrIsRefused(FuzzedDataProvider data) {
    int shape = data.consumeInt(0, 3);
    PayerProfile profile = data.pickValue(PROFILES);
    byte[] input;
    switch (shape) {
      case 0:
        input = procedureJson(data, "p1", "Patient/1", true).getBytes(StandardCharsets.UTF_8);
        break;
      case 1:
        input = bundleJson(data).getBytes(StandardCharsets.UTF_8);
        break;
      case 2:
        input = procedureXml(data).getBytes(StandardCharsets.UTF_8);
        break;
      default:
        input = data.consumeRemainingAsBytes();
    }
    try {
      CodingOutput out = FACET.code(FACET.parse(input), profile);
      assertThat(out.outcome().getIssue()).isNotEmpty();
      out.findings().forEach(FuzzSupport::checkFinding);
      Bundle b = out.toBundle();
      String encoded = FACET.fhirContext().newJsonParser().encodeResourceToString(b);
      assertThat(encoded).startsWith("{");
      for (SessionClaim s : out.sessions()) {
        assertThat(s.claim().getItem()).isNotEmpty();
        assertThat(s.result().lines()).isNotEmpty();
      }
    } catch (InputException refused) {
      FuzzSupport.checkRefusal(refused);
    }
  }

  /** A Procedure around fuzzed values: texts, codings, sites, references, dates, status. */
  static String procedureJson(FuzzedDataProvider data, String id, String patient,
      boolean withContained) {
    StringBuilder sb = new StringBuilder("{\"resourceType\":\"Procedure\",\"id\":")
        .append(json(id)).append(",\"status\":")
        .append(json(text(data, 12, FuzzSupport.STATUSES)));
    if (data.consumeBoolean()) {
      sb.append(",\"subject\":{\"reference\":").append(json(patient)).append(",\"display\":")
          .append(json(CANARY_NAME)).append('}');
    } else if (data.consumeBoolean()) {
      sb.append(",\"subject\":{\"identifier\":{\"system\":\"urn:mrn\",\"value\":")
          .append(json(CANARY_ID)).append("},\"display\":").append(json(CANARY_NAME)).append('}');
    }
    if (data.consumeBoolean()) {
      sb.append(",\"performedDateTime\":").append(json(text(data, 30, FuzzSupport.DATES)));
    } else if (data.consumeBoolean()) {
      sb.append(",\"performedPeriod\":{\"start\":").append(json(text(data, 30, FuzzSupport.DATES)))
          .append('}');
    }
    if (data.consumeBoolean()) {
      sb.append(",\"performer\":[{\"actor\":{\"reference\":")
          .append(json(text(data, 20, "Practitioner/9", "#bs", ""))).append("}}]");
    }
    sb.append(",\"code\":{\"coding\":[{\"system\":")
        .append(json(text(data, 40, "http://www.ama-assn.org/go/cpt", "http://snomed.info/sct")))
        .append(",\"code\":").append(json(text(data, 10, "64635", "64633", "64999", "64625")))
        .append(",\"display\":").append(json(text(data, 60, FuzzSupport.TEXTS)))
        .append("}],\"text\":").append(json(text(data, 200, FuzzSupport.TEXTS))).append('}');
    int sites = data.consumeInt(0, 3);
    if (sites > 0) {
      sb.append(",\"bodySite\":[");
      for (int i = 0; i < sites; i++) {
        sb.append(i == 0 ? "" : ",").append("{\"text\":").append(json(text(data, 120,
            FuzzSupport.SITES)));
        if (data.consumeBoolean()) {
          sb.append(",\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":")
              .append(json(text(data, 60, "24136001 : 272741003 = 7771000", "7771000")))
              .append(",\"display\":").append(json(text(data, 60, FuzzSupport.SITES)))
              .append("}]");
        }
        if (data.consumeBoolean()) {
          sb.append(",\"extension\":[{\"url\":\"http://hl7.org/fhir/us/mcode/StructureDefinition/"
              + "mcode-laterality-qualifier\",\"valueCodeableConcept\":{\"coding\":[{\"system\":"
              + "\"http://snomed.info/sct\",\"code\":")
              .append(json(text(data, 12, "7771000", "24028007", "51440002"))).append("}]}}]");
        }
        sb.append('}');
      }
      sb.append(']');
    }
    int notes = data.consumeInt(0, 2);
    if (notes > 0) {
      sb.append(",\"note\":[");
      for (int i = 0; i < notes; i++) {
        sb.append(i == 0 ? "" : ",").append("{\"text\":")
            .append(json(text(data, 300, FuzzSupport.TEXTS))).append('}');
      }
      sb.append(']');
    }
    if (withContained && data.consumeBoolean()) {
      sb.append(",\"contained\":[{\"resourceType\":\"BodyStructure\",\"id\":\"bs\",\"description\":")
          .append(json(text(data, 100, FuzzSupport.SITES)))
          .append(",\"patient\":{\"reference\":\"Patient/1\"}},{\"resourceType\":\"Medication\","
              + "\"id\":\"m\",\"code\":{\"text\":")
          .append(json(text(data, 60, "phenol 6%", "dehydrated alcohol", "glycerol")))
          .append("}}],\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/"
              + "procedure-targetBodyStructure\",\"valueReference\":{\"reference\":")
          .append(json(text(data, 10, "#bs", "#m", "#nothing"))).append("}}]")
          .append(",\"usedReference\":[{\"reference\":")
          .append(json(text(data, 10, "#m", "#bs", "Medication/x"))).append("}]");
    }
    if (data.consumeBoolean()) {
      sb.append(",\"reasonCode\":[{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\","
          + "\"code\":").append(json(text(data, 10, "M47.816", "M47.812", "M54.5"))).append("}]}]");
    }
    return sb.append('}').toString();
  }

  /** A Bundle: a Patient (the canary), Procedures of one or more sessions, history, Coverage. */
  static String bundleJson(FuzzedDataProvider data) {
    List<String> entries = new ArrayList<>();
    entries.add("{\"fullUrl\":\"urn:uuid:pat\",\"resource\":{\"resourceType\":\"Patient\","
        + "\"id\":\"1\",\"name\":[{\"text\":" + json(CANARY_NAME) + "}],\"identifier\":[{\"value\":"
        + json(CANARY_ID) + "}]}}");
    int procedures = data.consumeInt(1, 4);
    for (int i = 0; i < procedures; i++) {
      entries.add("{\"fullUrl\":" + json(text(data, 20, "urn:uuid:p" + i, "Procedure/p" + i))
          + ",\"resource\":" + procedureJson(data, "p" + i,
              text(data, 20, "Patient/1", "urn:uuid:pat", "Patient/2"), data.consumeBoolean())
          + "}");
    }
    if (data.consumeBoolean()) {
      entries.add("{\"fullUrl\":\"urn:uuid:obs\",\"resource\":{\"resourceType\":\"Observation\","
          + "\"status\":\"final\",\"subject\":{\"reference\":\"Patient/1\"},\"effectiveDateTime\":"
          + json(text(data, 30, FuzzSupport.DATES)) + ",\"code\":{\"text\":\"pain relief\"},"
          + "\"valueString\":" + json(text(data, 200, FuzzSupport.TEXTS)) + "}}");
    }
    if (data.consumeBoolean()) {
      entries.add("{\"fullUrl\":\"urn:uuid:cov\",\"resource\":{\"resourceType\":\"Coverage\","
          + "\"status\":\"active\",\"beneficiary\":{\"reference\":"
          + json(text(data, 20, "Patient/1", "urn:uuid:pat")) + "},\"payor\":[{\"display\":"
          + "\"Medicare\"}]}}");
    }
    if (data.consumeBoolean() && entries.size() > 2) {
      // Entry order must not matter to the reader; let the fuzzer try others.
      int a = data.consumeInt(0, entries.size() - 1);
      int b = data.consumeInt(0, entries.size() - 1);
      String t = entries.get(a);
      entries.set(a, entries.get(b));
      entries.set(b, t);
    }
    return "{\"resourceType\":\"Bundle\",\"type\":" + json(text(data, 12, "collection",
        "transaction", "searchset")) + ",\"entry\":[" + String.join(",", entries) + "]}";
  }

  /** A Procedure in XML around fuzzed values. */
  static String procedureXml(FuzzedDataProvider data) {
    StringBuilder sb = new StringBuilder("<Procedure xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/>")
        .append("<status value=\"").append(xmlAttr(text(data, 12, FuzzSupport.STATUSES)))
        .append("\"/><code><text value=\"").append(xmlAttr(text(data, 100, FuzzSupport.TEXTS)))
        .append("\"/></code><subject><reference value=\"Patient/1\"/><display value=\"")
        .append(CANARY_NAME).append("\"/></subject><performedDateTime value=\"")
        .append(xmlAttr(text(data, 30, FuzzSupport.DATES))).append("\"/>");
    int sites = data.consumeInt(0, 2);
    for (int i = 0; i < sites; i++) {
      sb.append("<bodySite><text value=\"").append(xmlAttr(text(data, 100, FuzzSupport.SITES)))
          .append("\"/></bodySite>");
    }
    if (data.consumeBoolean()) {
      sb.append("<note><text value=\"").append(xmlAttr(data.consumeString(200)))
          .append("\"/></note>");
    }
    sb.append("</Procedure>");
    if (data.consumeBoolean()) {
      // Raw bytes spliced in: broken markup, entities, comments, processing instructions.
      int at = data.consumeInt(0, sb.length());
      sb.insert(at, data.consumeString(60));
    }
    return sb.toString();
  }
}
