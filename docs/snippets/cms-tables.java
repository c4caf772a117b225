import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueTable;
import org.facetclaims.core.edits.PtpTable;

EditTables tables;
try (Reader mue = Files.newBufferedReader(mueFile, StandardCharsets.UTF_8);
     Reader ptp = Files.newBufferedReader(ptpFile, StandardCharsets.UTF_8)) {
  tables = EditTables.of(
      MueTable.parse(mue, "CMS practitioner MUE 2026Q1",
          LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
      PtpTable.parse(ptp, "NCCI practitioner PTP 2026Q1"));
}
FacetCodingEngine engine = FacetCodingEngine.builder().editTables(tables).build();
