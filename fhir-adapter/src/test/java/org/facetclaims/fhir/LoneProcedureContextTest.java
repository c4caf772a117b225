package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.fhir.MedicarePolicyTest.FACET;
import static org.facetclaims.fhir.MedicarePolicyTest.NO_ABN;
import static org.facetclaims.fhir.MedicarePolicyTest.claimOn;
import static org.facetclaims.fhir.MedicarePolicyTest.code;
import static org.facetclaims.fhir.MedicarePolicyTest.first;
import static org.facetclaims.fhir.MedicarePolicyTest.ids;
import static org.facetclaims.fhir.MedicarePolicyTest.items;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Procedure on its own (a lone {@code code} input, a bulk NDJSON line) names where it was
 * furnished through its contained resources: the state, place of service, type of bill and UTN
 * are read from them as from a Bundle, and a bulk line gives the same lines and findings as
 * {@code code} on the same Procedure.
 */
class LoneProcedureContextTest {

  @Test
  @DisplayName("a contained Location names Ohio: the 2024 text, the third level on its own line")
  void containedLocation() {
    CodingOutput out = code("lone-contained-location.json", PayerProfile.MEDICARE_PHYSICIAN_ABN,
        NO_ABN);
    assertThat(items(claimOn(out, "2025-03-03")))
        .containsExactly("64635-50 x1", "64636-50 x1", "64636-50-GZ x1");
    assertThat(ids(out)).contains("FC-618").doesNotContain("FC-631", "FC-634", "FC-604");
    assertThat(first(out, "FC-618").source()).contains("L38773");
  }

  @Test
  @DisplayName("a contained Encounter's contained Location and a contained hospital Claim")
  void containedEncounterAndClaim() {
    CodingOutput out = code("lone-contained-encounter.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN);
    // Texas (Novitas), place of service 22: prior authorization, the UTN from the Claim
    assertThat(ids(out)).contains("FC-627").doesNotContain("FC-614", "FC-631", "FC-634",
        "FC-635");
    assertThat(first(out, "FC-627").message()).contains("A1B2C3D4E5F6G7", "0131");
    assertThat(first(out, "FC-627").source()).contains("Novitas");
  }

  @Test
  @DisplayName("a Location display is free text, never read for a state: the unknown-state rule")
  void displayIsNotAnAddress() {
    CodingOutput out = code("lone-location-display.json", PayerProfile.MEDICARE_PHYSICIAN_ABN,
        NO_ABN);
    assertThat(ids(out)).contains("FC-631").doesNotContain("FC-634");
    assertThat(first(out, "FC-618").message()).contains("medicare-2024-state-unknown")
        .doesNotContain("L38773");
  }

  @Test
  @DisplayName("a reference to a Location outside a lone Procedure: FC-634 naming it")
  void externalLocation() {
    String json = text("lone-contained-location.json").replace("\"#loc\"",
        "\"Location/elsewhere\"");
    CodingOutput out = FACET.code(FACET.parse(json.getBytes(StandardCharsets.UTF_8)), CodingOptions.of(
        PayerProfile.MEDICARE_PHYSICIAN_ABN).withCoverageChecks(NO_ABN));
    assertThat(first(out, "FC-634").message()).contains("Location/elsewhere");
    assertThat(ids(out)).contains("FC-631");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"lone-contained-location.json", "lone-contained-encounter.json",
      "lone-location-display.json"})
  @DisplayName("a bulk line gives the lines and findings code gives for the same Procedure")
  void bulkLineAsCode(String name) throws IOException {
    CodingOutput single = code(name, PayerProfile.MEDICARE_PHYSICIAN_ABN, NO_ABN);
    for (boolean hapi : new boolean[] {false, true}) {
      String line = FACET.fhirContext().newJsonParser().setPrettyPrint(false)
          .encodeResourceToString(FACET.parse(text(name).getBytes(StandardCharsets.UTF_8))).strip();
      StringWriter claims = new StringWriter();
      StringWriter outcomes = new StringWriter();
      BulkCoder.builder(FACET).threads(1).hapi(hapi)
          .profile(PayerProfile.MEDICARE_PHYSICIAN_ABN).coverageChecks(NO_ABN)
          .coverage(new Reference("Coverage/bulk")).build()
          .run(new BufferedReader(new StringReader(line + "\n")), claims, outcomes);
      IParser p = FACET.fhirContext().newJsonParser();
      List<String> bulkItems = new ArrayList<>();
      for (String c : claims.toString().split("\n")) {
        bulkItems.addAll(items(p.parseResource(Claim.class, c)));
      }
      assertThat(bulkItems).as("hapi=" + hapi)
          .containsExactlyElementsOf(items(claimOn(single, "2025-03-03")));
      for (String id : ids(single)) {
        if (id.equals("FC-508")) {
          continue; // the bulk run gives the Coverage
        }
        assertThat(outcomes.toString()).as("hapi=" + hapi).contains("\"" + id + "\"");
      }
    }
  }

  @Test
  @DisplayName("Virginia: the Location's county, city or ZIP code chooses Novitas or Palmetto")
  void virginia() {
    CodingOutput arlington = code("virginia-arlington.json",
        PayerProfile.MEDICARE_PHYSICIAN_ABN, NO_ABN);
    assertThat(first(arlington, "FC-618").source()).contains("L34892");
    assertThat(ids(arlington)).doesNotContain("FC-638", "FC-631");
    assertThat(items(claimOn(arlington, "2025-03-03")))
        .containsExactly("64635-50 x1", "64636-50 x1", "64636-50-GZ x1");
    CodingOutput richmond = code("virginia-richmond.json", PayerProfile.MEDICARE_PHYSICIAN_ABN,
        NO_ABN);
    assertThat(first(richmond, "FC-618").source()).contains("L38765");
    assertThat(ids(richmond)).doesNotContain("FC-638", "FC-631");
    // Springfield, no county, no ZIP: not settled; Palmetto assumed, the lines not split
    CodingOutput unsure = code("virginia-state-only.json", PayerProfile.MEDICARE_PHYSICIAN_ABN,
        NO_ABN);
    assertThat(first(unsure, "FC-638").element()).hasValue("Location/loc-va.address.state");
    assertThat(items(claimOn(unsure, "2025-03-03"))).containsExactly("64635-50 x1",
        "64636-50 x2");
    // the caller's --state VA alone: the same finding, naming the flag
    CodingOutput flag = code("virginia-arlington.json", PayerProfile.MEDICARE_PHYSICIAN_ABN,
        NO_ABN.withState("VA", "--state"));
    assertThat(first(flag, "FC-638").element()).hasValue("--state");
  }

  static String text(String name) {
    try (InputStream in = LoneProcedureContextTest.class.getResourceAsStream("/policy/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
