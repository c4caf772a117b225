package org.facetclaims.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * The floor the bulk command is measured against: plain HAPI on one thread, per line: parse the
 * Procedure, build a one-item Claim with no coding logic, encode it, write it. Prints the wall
 * time in milliseconds.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.facetclaims.bench.BulkFloor IN OUT}
 */
public final class BulkFloor {
  private BulkFloor() {}

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    FhirContext ctx = FhirContext.forR4Cached();
    long start = System.nanoTime();
    long n = 0;
    IParser parser = ctx.newJsonParser();
    IParser encoder = ctx.newJsonParser();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        Procedure p = parser.parseResource(Procedure.class, line);
        Claim c = new Claim();
        c.setStatus(Claim.ClaimStatus.ACTIVE);
        c.setUse(Claim.Use.CLAIM);
        c.setPatient(new Reference(p.getSubject().getReference()));
        c.setCreated(new Date());
        c.addItem().setSequence(1).setProductOrService(new CodeableConcept(
            new Coding("http://www.ama-assn.org/go/cpt", "64635", null)));
        w.write(encoder.encodeResourceToString(c));
        w.write('\n');
        n++;
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println("floor: " + n + " procedures in " + ms + " ms ("
        + (n * 1000 / Math.max(1, ms)) + "/s)");
  }
}
