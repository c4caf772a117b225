package org.facetclaims.audit.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the lines of one claim as a CARIN Blue Button carrier ExplanationOfBenefit on one line,
 * shaped as Medicare's Blue Button API exports it: the beneficiary in {@code patient}, CLM_ID in
 * an identifier, the performing NPI in {@code careTeam}, and per item the HCPCS code, modifiers,
 * quantity, servicedDate, place of service with the SSA state code extension, the diagnosis
 * pointer and the allowed and paid adjudication amounts.
 */
final class EobWriter {
  private static final String BB = "https://bluebutton.cms.gov/resources/variables/";
  private static final String ADJ = "https://bluebutton.cms.gov/resources/codesystem/adjudication";

  private EobWriter() {}

  static void write(Writer w, List<SyntheticClaims.Line> lines) throws IOException {
    SyntheticClaims.Line f = lines.get(0);
    StringBuilder j = new StringBuilder(2048);
    j.append("{\"resourceType\":\"ExplanationOfBenefit\",\"id\":\"carrier-").append(f.claim())
        .append("\",\"meta\":{\"profile\":[\"http://hl7.org/fhir/us/carin-bb/StructureDefinition/"
            + "C4BB-ExplanationOfBenefit-Professional-NonClinician\"]},")
        .append("\"identifier\":[{\"system\":\"").append(BB).append("clm_id\",\"value\":\"")
        .append(f.claim()).append("\"}],\"status\":\"active\",\"type\":{\"coding\":[{\"system\":"
            + "\"http://terminology.hl7.org/CodeSystem/claim-type\",\"code\":\"professional\"}]},")
        .append("\"use\":\"claim\",\"patient\":{\"reference\":\"Patient/").append(f.bene())
        .append("\"},\"billablePeriod\":{\"start\":\"").append(f.date()).append("\"},")
        .append("\"outcome\":\"complete\",\"careTeam\":[{\"sequence\":1,\"provider\":{"
            + "\"identifier\":{\"system\":\"http://hl7.org/fhir/sid/us-npi\",\"value\":\"")
        .append(f.npi()).append("\"}},\"role\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/"
            + "us/carin-bb/CodeSystem/C4BBClaimCareTeamRole\",\"code\":\"performing\"}]}}],");
    j.append("\"diagnosis\":[");
    for (int i = 0; i < lines.size(); i++) {
      j.append(i == 0 ? "" : ",").append("{\"sequence\":").append(i + 1)
          .append(",\"diagnosisCodeableConcept\":{\"coding\":[{\"system\":"
              + "\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"")
          .append(lines.get(i).dx()).append("\"}]}}");
    }
    j.append("],\"item\":[");
    for (int i = 0; i < lines.size(); i++) {
      SyntheticClaims.Line l = lines.get(i);
      j.append(i == 0 ? "" : ",").append("{\"sequence\":").append(l.lineNum())
          .append(",\"careTeamSequence\":[1],\"diagnosisSequence\":[").append(i + 1)
          .append("],\"productOrService\":{\"coding\":[{\"system\":\"https://bluebutton.cms.gov/"
              + "resources/codesystem/hcpcs\",\"code\":\"").append(l.code()).append("\"}]}");
      if (!l.mod1().isEmpty()) {
        j.append(",\"modifier\":[").append(modifier(l.mod1()));
        if (!l.mod2().isEmpty()) {
          j.append(',').append(modifier(l.mod2()));
        }
        j.append(']');
      }
      j.append(",\"servicedDate\":\"").append(l.date()).append("\",\"locationCodeableConcept\":{"
              + "\"extension\":[{\"url\":\"").append(BB).append("prvdr_state_cd\","
              + "\"valueCoding\":{\"system\":\"").append(BB).append("prvdr_state_cd\",\"code\":\"")
          .append(l.ssaState()).append("\"}}],\"coding\":[{\"system\":\"").append(BB)
          .append("line_place_of_srvc_cd\",\"code\":\"").append(l.pos()).append("\"}]},")
          .append("\"quantity\":{\"value\":").append(l.units()).append("},\"adjudication\":[")
          .append(adjudication("line_alowd_chrg_amt", "eligible", l.allowed().toPlainString()))
          .append(',')
          .append(adjudication("line_nch_pmt_amt", "benefit", l.paid().toPlainString()))
          .append("]}");
    }
    j.append("]}");
    w.write(j.toString());
  }

  private static String modifier(String m) {
    return "{\"coding\":[{\"system\":\"https://bluebutton.cms.gov/resources/codesystem/hcpcs\","
        + "\"code\":\"" + m + "\"}]}";
  }

  private static String adjudication(String bbCode, String hl7Code, String amount) {
    return "{\"category\":{\"coding\":[{\"system\":\"" + ADJ + "\",\"code\":\"" + BB + bbCode
        + "\"},{\"system\":\"http://terminology.hl7.org/CodeSystem/adjudication\",\"code\":\""
        + hl7Code + "\"}]},\"amount\":{\"value\":" + amount + ",\"currency\":\"USD\"}}";
  }
}
