package org.facetclaims.core.edits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * coding-rules §5: MUE and PTP tables are data, read from CMS's published layouts, with
 * effective and deletion dates.
 */
class EditTablesTest {
  private static final String T = "\t";

  /** CMS practitioner MUE layout: a title line, a header line, then code/value/MAI/rationale. */
  static final String CMS_MUE = String.join("\n",
      "CPT codes, descriptions and other data only are copyright 2025 American Medical"
          + " Association. All Rights Reserved.",
      "HCPCS/CPT Code" + T + "Practitioner Services MUE Values" + T
          + "MUE Adjudication Indicator" + T + "MUE Rationale",
      "64633" + T + "1" + T + "2 Date of Service Edit: Policy" + T + "Anatomic Consideration",
      "64634" + T + "4" + T + "3 Date of Service Edit: Clinical" + T + "Clinical: Data",
      "64635" + T + "1" + T + "2 Date of Service Edit: Policy" + T + "Anatomic Consideration",
      "64636" + T + "4" + T + "3 Date of Service Edit: Clinical" + T + "Clinical: Data",
      "");

  /**
   * CMS PTP layout: a copyright line, then a header whose quoted cells span several lines, then
   * column 1, column 2, pre-1996 flag, effective date, deletion date ("*" for none), modifier
   * indicator, rationale.
   */
  static final String CMS_PTP = String.join("\n",
      "CPT codes, descriptions and other data only are copyright 2025 American Medical"
          + " Association. All Rights Reserved.",
      "Column 1" + T + "Column 2" + T + "\"*=in existence",
      "prior to 1996\"" + T + "Effective",
      "Date" + T + "Deletion",
      "Date",
      "*=no data" + T + "Modifier",
      "0=not allowed",
      "1=allowed",
      "9=not applicable" + T + "PTP Edit Rationale",
      "64635" + T + "77003" + T + "" + T + "20120101" + T + "*" + T + "0" + T
          + "Misuse of column two code with column one code",
      "64635" + T + "64493" + T + "" + T + "20120101" + T + "20240101" + T + "1" + T
          + "Standards of medical/surgical practice",
      "64635" + T + "64494" + T + "*" + T + "20120101" + T + "*" + T + "9" + T
          + "Mutually exclusive procedures",
      "64633" + T + "77012" + T + "" + T + "20120101" + T + "*" + T + "0" + T
          + "Misuse of column two code with column one code",
      "");

  private static MueTable mue(String text) {
    return MueTable.parse(new StringReader(text), "test MUE");
  }

  private static PtpTable ptp(String text) {
    return PtpTable.parse(new StringReader(text), "test PTP");
  }

  @Test
  void parsesTheCmsMueLayoutWithTheQuartersDates() {
    MueTable t = MueTable.parse(new StringReader(CMS_MUE), "MUE 2026Q1",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    assertThat(t.entries()).extracting(MueEntry::code)
        .containsExactly("64633", "64634", "64635", "64636");
    MueEntry e = t.lookup("64636", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertThat(e.maxUnits()).isEqualTo(4);
    assertThat(e.adjudicationIndicator()).isEqualTo(3);
    assertThat(e.rationale()).isEqualTo("Clinical: Data");
    assertThat(e.source()).isEqualTo("MUE 2026Q1");
    assertThat(t.lookup("64633", LocalDate.of(2026, 2, 2)).orElseThrow().maxUnits()).isEqualTo(1);
    // boundaries: first and last day in force, the days either side not
    assertThat(t.lookup("64636", LocalDate.of(2025, 12, 31))).isEmpty();
    assertThat(t.lookup("64636", LocalDate.of(2026, 3, 31))).isPresent();
    assertThat(t.lookup("64636", LocalDate.of(2026, 4, 1))).isEmpty();
    assertThat(t.lookup("64999", LocalDate.of(2026, 2, 2))).isEmpty();
  }

  @Test
  void mueRowsWithoutDatesAreOpenEnded() {
    MueTable t = mue(CMS_MUE);
    assertThat(t.lookup("64635", LocalDate.of(1990, 1, 1))).isPresent();
    assertThat(t.lookup("64635", LocalDate.of(2099, 1, 1))).isPresent();
  }

  @Test
  void mueDatesPerRowPickTheEntryInForce() {
    MueTable t = mue(String.join("\n",
        "HCPCS/CPT Code,Practitioner Services MUE Values,MAI,Rationale,Effective,End,Source",
        "64636,4,3,Clinical: Data,20120101,20151231,first",
        "64636,2,3,Clinical: Data,2016-01-01,*,second"));
    assertThat(t.lookup("64636", LocalDate.of(2011, 12, 31))).isEmpty();
    assertThat(t.lookup("64636", LocalDate.of(2012, 1, 1)).orElseThrow().maxUnits()).isEqualTo(4);
    assertThat(t.lookup("64636", LocalDate.of(2015, 12, 31)).orElseThrow().source())
        .isEqualTo("first");
    assertThat(t.lookup("64636", LocalDate.of(2016, 1, 1)).orElseThrow().maxUnits()).isEqualTo(2);
    assertThat(t.lookup("64636", LocalDate.of(2030, 1, 1)).orElseThrow().source())
        .isEqualTo("second");
  }

  @Test
  void parsesTheCmsPtpLayout() {
    PtpTable t = ptp(CMS_PTP);
    assertThat(t.edits()).extracting(PtpEdit::toString)
        .containsExactly("64635/77003", "64635/64493", "64635/64494", "64633/77012");
    PtpEdit e = t.edits().get(1);
    assertThat(e.effectiveFrom()).contains(LocalDate.of(2012, 1, 1));
    assertThat(e.deletedOn()).contains(LocalDate.of(2024, 1, 1));
    assertThat(e.modifierIndicator()).isEqualTo(PtpEdit.MODIFIER_ALLOWED);
    assertThat(e.rationale()).isEqualTo("Standards of medical/surgical practice");
    assertThat(e.source()).isEqualTo("test PTP");
    assertThat(t.edits().get(0).deletedOn()).isEmpty();
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "64635 77003, 2011-12-31, ''",
      "64635 77003, 2012-01-01, 64635/77003",
      "64635 77003, 2099-01-01, 64635/77003",
      "64635 64493, 2023-12-31, 64635/64493",
      "64635 64493, 2024-01-01, ''",          // deleted: no longer applies from that date
      "64635 64494, 2020-01-01, ''",          // modifier indicator 9: never applies
      "64635 77012, 2020-01-01, ''",          // no such pair
      "64633 77012, 2020-01-01, 64633/77012",
      "77003 64635, 2020-01-01, 64635/77003",  // order of the codes on the claim does not matter
      "64635 64636 64633, 2020-01-01, ''",     // no column-2 code on the claim
      "77003 77012, 2020-01-01, ''",           // column-2 codes without their column 1
      "64635 64493 77003, 2020-01-01, 64635/77003;64635/64493"})
  void ptpApplicability(String codes, LocalDate date, String expected) {
    List<String> found = ptp(CMS_PTP).applicable(List.of(codes.split(" ")), date).stream()
        .map(PtpEdit::toString).collect(Collectors.toList());
    assertThat(String.join(";", found)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "MUE row \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "64636\tfour\t3\tClinical|column 2",
      "64636\t\t3\tClinical|column 2",
      "64636\t4\t3\tClinical\t20121301|column 5",
      "64636\t4\t3\tClinical\t20120101\t2015-02-30|column 6",
      "64636\t12345678901\t3\tClinical|column 2",
  })
  void malformedMueRowNamesTheLine(String row, String column) {
    String text = CMS_MUE + row + "\n";
    int line = (int) CMS_MUE.chars().filter(c -> c == '\n').count() + 1;
    assertThatThrownBy(() -> mue(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test MUE line " + line + ":")
        .hasMessageContaining(column);
  }

  @ParameterizedTest(name = "PTP row \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "64635\t7700\t\t20120101\t*\t0|column 2 is not a code",
      "64635\t77003\t\t2012011\t*\t0|column 4",
      "64635\t77003\t\t20120101\tnever\t0|column 5",
      "64635\t77003\t\t20120101\t*\t|column 6",
      "64635\t77003\t\t20120101\t*\tx|column 6",
      "64635\t77003\t\t20120101\t*\t5|modifier indicator",
      "64635\t77003\t\t20120101\t*\t2|modifier indicator",
  })
  void malformedPtpRowNamesTheLine(String row, String reason) {
    String text = CMS_PTP + row + "\n";
    int line = (int) CMS_PTP.chars().filter(c -> c == '\n').count() + 1;
    assertThatThrownBy(() -> ptp(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test PTP line " + line + ":")
        .hasMessageContaining(reason);
  }

  @Test
  void commentsBlankLinesAndCommaLayoutAreRead() {
    PtpTable t = ptp("# a comment\n\n"
        + "Column 1,Column 2,*,Effective Date,Deletion Date,Modifier,Rationale,Source\n"
        + "64636,\"64495\",,20120101,*,1,\"Standards, of practice\",\"my source\"\n");
    assertThat(t.edits()).hasSize(1);
    assertThat(t.edits().get(0).rationale()).isEqualTo("Standards, of practice");
    assertThat(t.edits().get(0).source()).isEqualTo("my source");
  }

  @Test
  void bundledTablesHoldTheSpecsRowsAndPairs() {
    EditTables b = EditTables.bundled();
    assertThat(b).isSameAs(EditTables.bundled());
    assertThat(b.mue().entries()).hasSize(4);
    LocalDate d = LocalDate.of(2026, 2, 2);
    assertThat(b.mue().lookup("64633", d).orElseThrow().maxUnits()).isEqualTo(1);
    assertThat(b.mue().lookup("64634", d).orElseThrow().maxUnits()).isEqualTo(4);
    assertThat(b.mue().lookup("64635", d).orElseThrow().maxUnits()).isEqualTo(1);
    assertThat(b.mue().lookup("64636", d).orElseThrow().maxUnits()).isEqualTo(4);
    assertThat(b.mue().lookup("64636", LocalDate.of(2011, 12, 31))).isEmpty();
    for (MueEntry e : b.mue().entries()) {
      assertThat(e.source()).contains("coding-rules §5");
    }

    Set<String> expected = new HashSet<>();
    for (String c1 : List.of("64633", "64634", "64635", "64636")) {
      for (String c2 : List.of("77003", "77012", "64490", "64491", "64492", "64493", "64494",
          "64495")) {
        expected.add(c1 + "/" + c2);
      }
    }
    assertThat(b.ptp().edits()).hasSize(32);
    assertThat(b.ptp().edits().stream().map(PtpEdit::toString).collect(Collectors.toSet()))
        .isEqualTo(expected);
    for (PtpEdit e : b.ptp().edits()) {
      int indicator = e.column2().startsWith("77") ? 0 : 1;
      assertThat(e.modifierIndicator()).as(e.toString()).isEqualTo(indicator);
      assertThat(e.appliesTo(LocalDate.of(2012, 1, 1))).isTrue();
      assertThat(e.appliesTo(LocalDate.of(2011, 12, 31))).isFalse();
      assertThat(e.source()).contains("coding-rules §5");
    }
  }

  @Test
  void noneHasNoEdits() {
    assertThat(EditTables.none().mue().entries()).isEmpty();
    assertThat(EditTables.none().ptp().edits()).isEmpty();
  }
}
