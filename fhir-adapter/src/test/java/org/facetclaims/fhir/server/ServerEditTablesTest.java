package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueTable;
import org.facetclaims.core.edits.PtpTable;
import org.facetclaims.fhir.FacetClaims;
import org.junit.jupiter.api.Test;

/** The server with CMS edit files ({@code serve --mue}): a date they do not cover is said. */
class ServerEditTablesTest {
  @Test
  void aRequestOutsideTheMueFilesQuarterGetsFc403() {
    MueTable q4 = MueTable.parse(new StringReader("64635\t1\t2\tPolicy\n"), "MUE 2025Q4",
        LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
    FacetClaims facet = FacetClaims.builder().engine(FacetCodingEngine.builder()
        .editTables(EditTables.of(q4, PtpTable.empty())).build()).build();
    FacetClaimsOperationProvider op = new FacetClaimsOperationProvider(facet);
    // the procedure is of 2026-02-02, after the file's quarter
    assertThat(OperationCoverageParametersTest.findingIds(op.facetClaims(
        OperationCoverageParametersTest.procedure(), null, null, null, null)))
        .contains("FC-403");
    assertThat(OperationCoverageParametersTest.findingIds(new FacetClaimsOperationProvider()
        .facetClaims(OperationCoverageParametersTest.procedure(), null, null, null, null)))
        .doesNotContain("FC-403");
  }
}
