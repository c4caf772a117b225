package org.facetclaims.fhir.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes realistic synthetic Procedure NDJSON, what {@code generate} writes, for benchmarks, bulk
 * tests and the bulk command's warm-up: invented patients and clinicians, no real patient data. Deterministic for a seed. Most records are lumbar or
 * cervical thermal RF under fluoroscopy with joints in bodySite text; some name nerves or needle
 * targets in notes, some use coded sites with an mCODE laterality, some are pulsed RF, phenol,
 * ultrasound, not completed, or a medial branch block.
 */
public final class SyntheticProcedures {
  private static final String[] LUMBAR = {"L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"};
  private static final String[] CERVICAL = {"C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7"};
  private static final String[] SIDES = {"Left", "Right", "Bilateral"};

  private SyntheticProcedures() {}

  /**
   * Writes {@code count} Procedures, one JSON object a line. {@code perSession} consecutive
   * records share patient, date and performer (1: every record is its own session).
   */
  public static void write(Writer out, int count, long seed, int perSession) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    String patient = null;
    String performer = null;
    LocalDate date = null;
    for (int i = 0; i < count; i++) {
      if (i % Math.max(1, perSession) == 0) {
        patient = "Patient/syn-" + Long.toHexString(rnd.nextLong() & 0xffffffffffL);
        performer = "Practitioner/syn-md-" + rnd.nextInt(500);
        date = LocalDate.of(2012, 1, 1).plusDays(rnd.nextInt(5300));
      }
      out.write(record(rnd, i, patient, performer, date));
      out.write('\n');
    }
  }

  private static String record(SplittableRandom rnd, int i, String patient, String performer,
      LocalDate date) {
    boolean lumbar = rnd.nextInt(10) < 7;
    String[] joints = lumbar ? LUMBAR : CERVICAL;
    int first = rnd.nextInt(joints.length - 1);
    int n = 1 + rnd.nextInt(Math.min(3, joints.length - first));
    String side = SIDES[rnd.nextInt(SIDES.length)];
    int kind = rnd.nextInt(100);
    String status = kind < 97 ? "completed" : "not-done";
    String method = kind < 85 ? "Radiofrequency ablation" : kind < 90 ? "Pulsed radiofrequency"
        : kind < 93 ? "Chemical neurolysis with 6% phenol" : "Radiofrequency neurotomy";
    String imaging = kind >= 93 && kind < 95 ? "ultrasound guidance" : "fluoroscopic guidance";
    String region = lumbar ? "lumbar" : "cervical";
    StringBuilder sb = new StringBuilder(900);
    sb.append("{\"resourceType\":\"Procedure\",\"id\":\"syn-").append(i)
        .append("\",\"meta\":{\"lastUpdated\":\"2026-11-01T10:00:00Z\"},")
        .append("\"status\":\"").append(status).append("\",")
        .append("\"category\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"387713003\",")
        .append("\"display\":\"Surgical procedure\"}]},")
        .append("\"code\":{\"text\":\"").append(side).append(' ').append(region).append(' ')
        .append(method.toLowerCase(Locale.ROOT)).append(" of facet joint nerves under ")
        .append(imaging).append("\"},")
        .append("\"subject\":{\"reference\":\"").append(patient).append("\"},")
        .append("\"encounter\":{\"reference\":\"Encounter/syn-enc-").append(i).append("\"},")
        .append("\"performedDateTime\":\"").append(date).append("T0").append(7 + rnd.nextInt(3))
        .append(":").append(10 + rnd.nextInt(50)).append(":00-05:00\",")
        .append("\"performer\":[{\"actor\":{\"reference\":\"").append(performer).append("\"}}],")
        .append("\"location\":{\"reference\":\"Location/syn-asc-").append(rnd.nextInt(40))
        .append("\"},")
        .append("\"reasonCode\":[{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",")
        .append("\"code\":\"").append(lumbar ? "M47.816" : "M47.812").append("\"}]}],");
    int form = rnd.nextInt(10);
    if (form < 6) {
      sb.append("\"bodySite\":[");
      for (int k = 0; k < n; k++) {
        sb.append(k == 0 ? "" : ",").append("{\"text\":\"").append(side).append(' ')
            .append(joints[first + k]).append(" facet joint\"}");
      }
      sb.append("],");
    } else if (form < 8) {
      String[] lvl = joints[first].split("-");
      sb.append("\"bodySite\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",")
          .append("\"code\":\"1179156007\",\"display\":\"Structure of ").append(lvl[0]).append('/')
          .append(lvl[1]).append(" facet joint\"}],\"extension\":[{\"url\":")
          .append("\"http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier\",")
          .append("\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",")
          .append("\"code\":\"").append(side.equals("Left") ? "7771000" : side.equals("Right")
              ? "24028007" : "51440002").append("\"}]}}]}],");
    } else {
      String upper = joints[first].split("-")[0];
      sb.append("\"note\":[{\"text\":\"Patient positioned prone. Skin prepped with chlorhexidine.")
          .append(" After two diagnostic medial branch blocks with 80% relief, ")
          .append(joints[first]).append(" medial branches were lesioned at 80 C for 90 seconds")
          .append(" at each of the target levels (").append(upper).append(").\"}],");
    }
    sb.append("\"note\":[{\"text\":\"No complications. Estimated blood loss minimal.\"}]}");
    // Two "note" keys would be invalid JSON for strict readers: keep the first one only.
    String s = sb.toString();
    int firstNote = s.indexOf("\"note\":");
    int lastNote = s.lastIndexOf("\"note\":");
    if (firstNote != lastNote) {
      s = s.substring(0, lastNote - 1) + "}";
    }
    return s;
  }
}
