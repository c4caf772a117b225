package org.facetclaims.audit;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.facetclaims.core.audit.RifColumn;

/**
 * An input as a DuckDB query: {@link #source} selects every input column plus {@code __row}, the
 * record's 1-based line (CSV: the header is line 1; NDJSON: the EOB's line) or row (Parquet), and
 * {@code __item} (the item's position within its EOB; 0 otherwise). CSV and Parquet are read
 * where they lie, never copied into a table; EOB NDJSON is mapped once into a table of RIF
 * columns. DuckDB reads CSV, Parquet and JSON itself; nothing here parses a file.
 */
final class DuckDbInput {
  /** The record's line or row number. */
  static final String ROW_COLUMN = "__row";
  /** The item's position in its ExplanationOfBenefit (0 for CSV and Parquet). */
  static final String ITEM_COLUMN = "__item";

  final InputFormat format;
  /** The input's columns as named in the input, in order. */
  final List<String> columns = new ArrayList<>();
  /** The input's name for each RIF column present. */
  final Map<RifColumn, String> rif = new LinkedHashMap<>();
  /** A subquery with {@link #ROW_COLUMN}, {@link #ITEM_COLUMN} and every input column. */
  final String source;

  private DuckDbInput(InputFormat format, String source) {
    this.format = format;
    this.source = source;
  }

  static DuckDbInput open(Statement s, Path file, InputFormat format)
      throws SQLException, AuditInputException {
    String f = literal(file.toAbsolutePath().toString());
    DuckDbInput in;
    switch (format) {
      case RIF_CSV:
        // All text (the core reads every value), short rows padded, long rows kept (strict_mode
        // off) so that no line is lost; quotes doubled inside quoted fields (RFC 4180), never
        // left to the sniffer, which read "M47""816" as M47""816 when a file has few quotes. row_number() OVER () numbers the records in file order:
        // DuckDB preserves the insertion order of a scan (preserve_insertion_order, set by the
        // runner), which the tests check against known line numbers.
        in = new DuckDbInput(format, "(SELECT row_number() OVER () + 1 AS " + ROW_COLUMN
            + ", 0 AS " + ITEM_COLUMN + ", * FROM read_csv(" + f + ", header = true,"
            + " all_varchar = true, null_padding = true, strict_mode = false, quote = '\"',"
            + " escape = '\"'))");
        break;
      case PARQUET:
        in = new DuckDbInput(format, "(SELECT file_row_number + 1 AS " + ROW_COLUMN + ", 0 AS "
            + ITEM_COLUMN + ", * EXCLUDE (file_row_number) FROM read_parquet(" + f
            + ", file_row_number = true))");
        break;
      default:
        loadEob(s, f);
        in = new DuckDbInput(format, "claims");
    }
    try (ResultSet r = s.executeQuery("SELECT column_name FROM (DESCRIBE SELECT * FROM "
        + in.source + ")")) {
      while (r.next()) {
        String c = r.getString(1);
        if (!c.equals(ROW_COLUMN) && !c.equals(ITEM_COLUMN)) {
          in.columns.add(c);
        }
      }
    }
    in.rif.putAll(InputColumns.of(in.columns).names());
    String missing = InputColumns.of(in.columns).missingRequiredMessage(format);
    if (!missing.isEmpty()) {
      throw new AuditInputException(AuditInputException.Kind.MISSING_COLUMNS, missing);
    }
    return in;
  }

  /**
   * The query that streams every record grouped by beneficiary: {@code __row} and one text of
   * all input columns joined by the unit separator (NULL as empty), ordered by the beneficiary
   * as the core trims it (characters up to U+0020 at both ends), then by position in the input.
   */
  String groupedQuery() {
    StringBuilder cat = new StringBuilder("concat_ws(chr(31)");
    for (String c : columns) {
      cat.append(", coalesce(CAST(").append(quote(c)).append(" AS VARCHAR), '')");
    }
    cat.append(')');
    StringBuilder ws = new StringBuilder("' '");
    for (int i = 1; i < 32; i++) {
      ws.append(" || chr(").append(i).append(')');
    }
    return "SELECT " + ROW_COLUMN + ", " + cat + " FROM " + source + " ORDER BY trim(coalesce("
        + "CAST(" + sql(RifColumn.BENE_ID) + " AS VARCHAR), ''), " + ws + "), " + ROW_COLUMN
        + ", " + ITEM_COLUMN;
  }

  /** Each distinct date-of-service text with its number of records. */
  String datesQuery() {
    return "SELECT CAST(" + sql(RifColumn.LINE_1ST_EXPNS_DT) + " AS VARCHAR), count(*) FROM "
        + source + " GROUP BY 1";
  }

  /** The RIF columns missing from the input (optional ones: their rules are not judged). */
  List<RifColumn> missingOptional() {
    return InputColumns.of(columns).missing();
  }

  /** SQL reading RIF column {@code c} as text (NULL when the input lacks it). */
  String sql(RifColumn c) {
    String name = rif.get(c);
    return name == null ? "NULL" : quote(name);
  }

  private static void loadEob(Statement s, String f) throws SQLException {
    // One text column per line (0x1F never occurs in valid JSON), blank lines kept as NULL, so
    // that rowid + 1 is the line number.
    s.execute("CREATE TABLE eob AS SELECT row_number() OVER () AS line_no, j FROM read_csv(" + f
        + ", columns = {'j': 'VARCHAR'}, header = false, delim = E'\\x1f', quote = '',"
        + " escape = '', auto_detect = false, strict_mode = false, null_padding = true,"
        + " max_line_size = 4194304, buffer_size = 8388608)");
    // Each document is parsed once into a STRUCT of the elements the mapping reads (a JSON
    // function per column would parse the whole document again for every column and item).
    s.execute("CREATE TABLE claims AS"
        + " WITH docs AS (SELECT line_no, json_transform(j, " + literal(EOB_SHAPE)
        + ") AS d FROM eob WHERE j IS NOT NULL AND json_valid(j)"
        + "   AND json_extract_string(j, '$.resourceType') = 'ExplanationOfBenefit'),"
        + " items AS (SELECT line_no, d, unnest(d.item) AS it, generate_subscripts(d.item, 1)"
        + "   AS i FROM docs)"
        + " SELECT"
        + "  regexp_replace(coalesce(d.patient.reference, ''), '^.*Patient/', '') AS BENE_ID,"
        + "  coalesce(list_filter(d.identifier, x -> ends_with(coalesce(x.system, ''),"
        + "    'clm_id'))[1].value, d.id) AS CLM_ID,"
        + "  it.sequence AS LINE_NUM,"
        + "  coalesce(it.servicedDate, it.servicedPeriod.start, d.billablePeriod.start)"
        + "    AS LINE_1ST_EXPNS_DT,"
        + "  it.productOrService.coding[1].code AS HCPCS_CD,"
        + "  it.modifier[1].coding[1].code AS HCPCS_1ST_MDFR_CD,"
        + "  it.modifier[2].coding[1].code AS HCPCS_2ND_MDFR_CD,"
        + "  it.quantity.value AS LINE_SRVC_CNT,"
        + "  list_filter(d.diagnosis, x -> x.sequence = it.diagnosisSequence[1])[1]"
        + "    .diagnosisCodeableConcept.coding[1].code AS LINE_ICD_DGNS_CD,"
        + "  it.locationCodeableConcept.coding[1].code AS LINE_PLACE_OF_SRVC_CD,"
        + "  list_filter(it.locationCodeableConcept.extension, x -> ends_with(coalesce(x.url,"
        + "    ''), 'prvdr_state_cd'))[1].valueCoding.code AS PRVDR_STATE_CD,"
        + "  list_filter(d.careTeam, x -> x.sequence = it.careTeamSequence[1])[1]"
        + "    .provider.identifier.value AS PRF_PHYSN_NPI,"
        + "  " + amount("['https://bluebutton.cms.gov/resources/variables/line_alowd_chrg_amt',"
        + " 'eligible']") + " AS LINE_ALOWD_CHRG_AMT,"
        + "  " + amount("['https://bluebutton.cms.gov/resources/variables/line_nch_pmt_amt',"
        + " 'benefit', 'paidtoprovider']") + " AS LINE_NCH_PMT_AMT,"
        + "  line_no AS " + ROW_COLUMN + ", i AS " + ITEM_COLUMN
        + " FROM items");
  }

  /** The adjudication amount of the first category among {@code codes}, as text to the cent. */
  private static String amount(String codes) {
    String v = "list_filter(it.adjudication, x -> list_has_any(list_transform(x.category.coding,"
        + " y -> y.code), " + codes + "))[1].amount.value";
    return "coalesce(try_cast(" + v + " AS DECIMAL(18, 2))::VARCHAR, " + v + ")";
  }

  /** The elements of a CARIN Blue Button ExplanationOfBenefit the mapping reads. */
  private static final String EOB_SHAPE = "{\"id\": \"VARCHAR\","
      + " \"identifier\": [{\"system\": \"VARCHAR\", \"value\": \"VARCHAR\"}],"
      + " \"patient\": {\"reference\": \"VARCHAR\"},"
      + " \"billablePeriod\": {\"start\": \"VARCHAR\"},"
      + " \"careTeam\": [{\"sequence\": \"VARCHAR\","
      + "   \"provider\": {\"identifier\": {\"value\": \"VARCHAR\"}}}],"
      + " \"diagnosis\": [{\"sequence\": \"VARCHAR\","
      + "   \"diagnosisCodeableConcept\": {\"coding\": [{\"code\": \"VARCHAR\"}]}}],"
      + " \"item\": [{\"sequence\": \"VARCHAR\", \"careTeamSequence\": [\"VARCHAR\"],"
      + "   \"diagnosisSequence\": [\"VARCHAR\"],"
      + "   \"productOrService\": {\"coding\": [{\"code\": \"VARCHAR\"}]},"
      + "   \"modifier\": [{\"coding\": [{\"code\": \"VARCHAR\"}]}],"
      + "   \"servicedDate\": \"VARCHAR\", \"servicedPeriod\": {\"start\": \"VARCHAR\"},"
      + "   \"locationCodeableConcept\": {\"extension\": [{\"url\": \"VARCHAR\","
      + "     \"valueCoding\": {\"code\": \"VARCHAR\"}}],"
      + "     \"coding\": [{\"code\": \"VARCHAR\"}]},"
      + "   \"quantity\": {\"value\": \"VARCHAR\"},"
      + "   \"adjudication\": [{\"category\": {\"coding\": [{\"code\": \"VARCHAR\"}]},"
      + "     \"amount\": {\"value\": \"VARCHAR\"}}]}]}";

  /** The NDJSON lines that gave no claim line, with why (EOB input only). */
  static Map<Long, String> unreadableRecords(Statement s) throws SQLException {
    Map<Long, String> out = new LinkedHashMap<>();
    try (ResultSet r = s.executeQuery("SELECT line_no, CASE"
        + " WHEN NOT json_valid(j) THEN " + literal(UnreadableRecord.NOT_JSON)
        + " WHEN coalesce(json_extract_string(j, '$.resourceType'), '') <> 'ExplanationOfBenefit'"
        + "   THEN " + literal(UnreadableRecord.NOT_EOB)
        + " ELSE " + literal(UnreadableRecord.NO_ITEM) + " END"
        + " FROM eob WHERE j IS NOT NULL AND trim(j) <> '' AND (NOT json_valid(j)"
        + "   OR coalesce(json_extract_string(j, '$.resourceType'), '') <> 'ExplanationOfBenefit'"
        + "   OR coalesce(json_array_length(j, '$.item'), 0) = 0)"
        + " ORDER BY line_no LIMIT 100000")) {
      while (r.next()) {
        out.put(r.getLong(1), r.getString(2));
      }
    }
    return out;
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** A DuckDB error as one line without the input's content (no "Original Line" echo). */
  static String describe(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    // A failed streaming query says so first; the cause follows on a line "Error: ...".
    int cause = m.indexOf("\nError: ");
    if (m.startsWith("Invalid Input Error: Attempting to execute an unsuccessful") && cause > 0) {
      m = m.substring(cause + 8);
    }
    int nl = m.indexOf('\n');
    if (nl > 0) {
      m = m.substring(0, nl);
    }
    m = m.replace("java.sql.SQLException: ", "");
    return m.length() > 200 ? m.substring(0, 200) + "…" : m.toLowerCase(Locale.ROOT).isEmpty()
        ? "unknown error" : m;
  }
}
