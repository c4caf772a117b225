package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facetclaims.fhir.MedicarePolicyTest.NO_ABN;
import static org.facetclaims.fhir.MedicarePolicyTest.code;
import static org.facetclaims.fhir.MedicarePolicyTest.first;
import static org.facetclaims.fhir.MedicarePolicyTest.ids;

import org.facetclaims.core.payer.PayerProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * History records of the 2024 text read from the Bundles of {@code policy/}: ultrasound-guided
 * facet injections (0213T-0218T) as blocks that do not qualify, the reason for a block sooner
 * than two weeks read from its note, and a record the session names that is dated after it.
 * Each fixture is a Bundle with the history complete (Ohio, CGS, 2025).
 */
class PolicyHistoryTest {

  @Test
  @DisplayName("0216T blocks are history blocks under ultrasound guidance: they do not qualify")
  void ultrasoundBlocks() {
    CodingOutput out = code("ultrasound-blocks.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    assertThat(ids(out)).contains("FC-607").doesNotContain("FC-617", "FC-606");
    assertThat(first(out, "FC-607").message()).contains("2024-12-02 L4-L5 90%"
        + " ultrasound guidance (not covered guidance: does not count)");
    // the same history coded 64493 (fluoroscopy) qualifies: the blocks are what changed
    CodingOutput fluoro = code("ohio-three-levels.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN);
    assertThat(ids(fluoro)).doesNotContain("FC-607");
  }

  @Test
  @DisplayName("a block one week after the first with the reason in its note: counts, review")
  void spacingExceptionFromTheNote() {
    CodingOutput out = code("block-spacing-exception.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN);
    assertThat(ids(out)).contains("FC-637").doesNotContain("FC-622", "FC-607");
    assertThat(first(out, "FC-637").message()).contains("2024-12-09").contains("counts only"
        + " because the record documents the reason");
    assertThat(first(out, "FC-637").element()).hasValueSatisfying(
        e -> assertThat(e).contains("Procedure/mbb-2"));
  }

  @Test
  @DisplayName("the same block without a reason does not count: FC-622 and FC-607")
  void spacingWithoutAReason() {
    CodingOutput out = code("block-spacing-too-soon.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN);
    assertThat(ids(out)).contains("FC-622", "FC-607").doesNotContain("FC-637");
    // the 2021 text has no spacing rule: Florida (First Coast) counts both blocks
    CodingOutput florida = code("block-spacing-too-soon.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN.withState("FL"));
    assertThat(ids(florida)).doesNotContain("FC-622", "FC-607", "FC-637");
  }

  @Test
  @DisplayName("a block the session names as its reason, dated after it: FC-632 at the reference")
  void historyAfterTheSession() {
    CodingOutput out = code("history-after-session.json", PayerProfile.MEDICARE_PHYSICIAN,
        NO_ABN);
    assertThat(ids(out)).contains("FC-632", "FC-607");
    assertThat(first(out, "FC-632").message()).contains("Procedure/mbb-2", "2025-03-24",
        "2025-03-03");
    assertThat(first(out, "FC-632").element())
        .hasValue("Bundle.entry[5].resource.reasonReference[1]");
    // a later record the session does not name is another session's affair: no finding
    CodingOutput repeat = code("repeat-rf-odi.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    assertThat(ids(repeat)).doesNotContain("FC-632");
  }

  @Test
  @DisplayName("ODI scores coded LOINC 97909-6 under a name that says no scale: read as ODI")
  void odiByLoinc() {
    CodingOutput out = code("repeat-rf-odi-loinc.json", PayerProfile.MEDICARE_PHYSICIAN, NO_ABN);
    assertThat(MedicarePolicyTest.today(out, "FC-608")).isEmpty();
    // the same Bundle without the LOINC coding: no scale, the functional prong unread
    String json = LoneProcedureContextTest.text("repeat-rf-odi-loinc.json")
        .replace("\"code\": \"97909-6\"", "\"code\": \"00000-0\"");
    CodingOutput uncoded = MedicarePolicyTest.FACET.code(MedicarePolicyTest.FACET.parse(
        json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), CodingOptions.of(
        PayerProfile.MEDICARE_PHYSICIAN).withCoverageChecks(NO_ABN));
    assertThat(MedicarePolicyTest.today(uncoded, "FC-608")).isNotEmpty();
  }
}
