package org.facetclaims.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.facetclaims.audit.AuditInputException;
import org.facetclaims.audit.InputFormat;
import org.facetclaims.audit.UnreadableRecord;
import org.facetclaims.core.audit.RifColumn;

/**
 * CARIN Blue Button ExplanationOfBenefit NDJSON as claim lines, with Spark's JSON functions:
 * each line is parsed once into the elements the mapping reads, one claim line per item, the
 * same columns and values as the one-machine audit's mapping (docs/audit.md, "Input"). A line
 * that is not JSON, not an ExplanationOfBenefit, or has no item becomes a finding (FC-817).
 */
final class EobLines {
  private static final String BB = "https://bluebutton.cms.gov/resources/variables/";

  /** The elements of an ExplanationOfBenefit the mapping reads, every value as text. */
  private static final StructType SHAPE = StructType.fromDDL("resourceType STRING, id STRING,"
      + " identifier ARRAY<STRUCT<system: STRING, value: STRING>>,"
      + " patient STRUCT<reference: STRING>, billablePeriod STRUCT<start: STRING>,"
      + " careTeam ARRAY<STRUCT<sequence: STRING,"
      + "   provider: STRUCT<identifier: STRUCT<value: STRING>>>>,"
      + " diagnosis ARRAY<STRUCT<sequence: STRING,"
      + "   diagnosisCodeableConcept: STRUCT<coding: ARRAY<STRUCT<code: STRING>>>>>,"
      + " item ARRAY<STRUCT<sequence: STRING, careTeamSequence: ARRAY<STRING>,"
      + "   diagnosisSequence: ARRAY<STRING>,"
      + "   productOrService: STRUCT<coding: ARRAY<STRUCT<code: STRING>>>,"
      + "   modifier: ARRAY<STRUCT<coding: ARRAY<STRUCT<code: STRING>>>>,"
      + "   servicedDate: STRING, servicedPeriod: STRUCT<start: STRING>,"
      + "   locationCodeableConcept: STRUCT<"
      + "     extension: ARRAY<STRUCT<url: STRING, valueCoding: STRUCT<code: STRING>>>,"
      + "     coding: ARRAY<STRUCT<code: STRING>>>,"
      + "   quantity: STRUCT<value: STRING>,"
      + "   adjudication: ARRAY<STRUCT<category: STRUCT<coding: ARRAY<STRUCT<code: STRING>>>,"
      + "     amount: STRUCT<value: STRING>>>>>");

  private EobLines() {}

  static ClaimsInput read(SparkSession spark, String path) throws AuditInputException {
    Dataset<Row> text = spark.read().text(path);
    InputStats lineNumbers = InputStats.of(text, lit(null).cast(DataTypes.StringType));
    Dataset<Row> numbered = text.select(lineNumbers.recordNumber(1).as("line"), col("value"))
        .withColumn("d", from_json(col("value"), SHAPE))
        .withColumn("json", expr("get_json_object(value, '$') IS NOT NULL"))
        // Parsed once: the first date, the lines and the unreadable records all read it.
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> docs = numbered.filter(expr("json AND d.resourceType = 'ExplanationOfBenefit'"));
    Dataset<Row> items = docs.select(col("line"), col("d"),
        expr("posexplode(d.item) AS (i, it)"));
    List<Column> cols = new ArrayList<>();
    cols.add(expr("regexp_replace(coalesce(d.patient.reference, ''), '^.*Patient/', '')")
        .as(RifColumn.BENE_ID.name()));
    cols.add(expr("coalesce(get(filter(d.identifier, x -> endswith(coalesce(x.system, ''),"
        + " 'clm_id')), 0).value, d.id)").as(RifColumn.CLM_ID.name()));
    cols.add(expr("it.sequence").as(RifColumn.LINE_NUM.name()));
    cols.add(expr("coalesce(it.servicedDate, it.servicedPeriod.start, d.billablePeriod.start)")
        .as(RifColumn.LINE_1ST_EXPNS_DT.name()));
    cols.add(expr("get(it.productOrService.coding, 0).code").as(RifColumn.HCPCS_CD.name()));
    cols.add(expr("get(get(it.modifier, 0).coding, 0).code")
        .as(RifColumn.HCPCS_1ST_MDFR_CD.name()));
    cols.add(expr("get(get(it.modifier, 1).coding, 0).code")
        .as(RifColumn.HCPCS_2ND_MDFR_CD.name()));
    cols.add(expr("it.quantity.value").as(RifColumn.LINE_SRVC_CNT.name()));
    cols.add(expr("get(get(filter(d.diagnosis, x -> x.sequence = get(it.diagnosisSequence, 0)),"
        + " 0).diagnosisCodeableConcept.coding, 0).code").as(RifColumn.LINE_ICD_DGNS_CD.name()));
    cols.add(expr("get(it.locationCodeableConcept.coding, 0).code")
        .as(RifColumn.LINE_PLACE_OF_SRVC_CD.name()));
    cols.add(expr("get(filter(it.locationCodeableConcept.extension, x -> endswith(coalesce(x.url,"
        + " ''), 'prvdr_state_cd')), 0).valueCoding.code").as(RifColumn.PRVDR_STATE_CD.name()));
    cols.add(expr("get(filter(d.careTeam, x -> x.sequence = get(it.careTeamSequence, 0)), 0)"
        + ".provider.identifier.value").as(RifColumn.PRF_PHYSN_NPI.name()));
    cols.add(amount("'" + BB + "line_alowd_chrg_amt', 'eligible'")
        .as(RifColumn.LINE_ALOWD_CHRG_AMT.name()));
    cols.add(amount("'" + BB + "line_nch_pmt_amt', 'benefit', 'paidtoprovider'")
        .as(RifColumn.LINE_NCH_PMT_AMT.name()));
    List<String> columns = new ArrayList<>();
    for (RifColumn c : RifColumn.values()) {
      columns.add(c.name());
    }
    cols.add(col("line").as(SparkClaimsAudit.ROW));
    cols.add(col("i").as(SparkClaimsAudit.ITEM));
    Dataset<Row> lines = items.select(cols.toArray(new Column[0]));
    InputStats stats = InputStats.of(lines,
        InputStats.text(RifColumn.LINE_1ST_EXPNS_DT.name()));
    return ClaimsInput.of(InputFormat.EOB_NDJSON, lines, columns, stats, unreadable(numbered),
        numbered);
  }

  /** The adjudication amount of the first category among {@code codes}, as text to the cent. */
  private static Column amount(String codes) {
    String v = "get(filter(it.adjudication, x -> arrays_overlap(transform(x.category.coding,"
        + " y -> y.code), array(" + codes + "))), 0).amount.value";
    return expr("coalesce(CAST(try_cast(" + v + " AS DECIMAL(18, 2)) AS STRING), " + v + ")");
  }

  /** The lines that gave no claim line, as findings rows in line order. */
  private static Dataset<Row> unreadable(Dataset<Row> numbered) {
    Dataset<Row> bad = numbered.filter(expr("value IS NOT NULL AND trim(value) <> ''"
        + " AND (NOT json OR coalesce(d.resourceType, '') <> 'ExplanationOfBenefit'"
        + " OR coalesce(size(d.item), 0) <= 0)"))
        .select(col("line"), expr("CASE WHEN NOT json THEN '" + UnreadableRecord.NOT_JSON
            + "' WHEN coalesce(d.resourceType, '') <> 'ExplanationOfBenefit' THEN '"
            + UnreadableRecord.NOT_EOB + "' ELSE '" + UnreadableRecord.NO_ITEM + "' END")
            .as("why"));
    StructType union = AuditPartition.schema(new StructType(), new int[0]);
    int width = union.fields().length;
    return bad.map((MapFunction<Row, Row>) r -> AuditPartition.findingRow(
        UnreadableRecord.finding(r.getLong(0), r.getString(1)), 0, width),
        Encoders.row(union)).select(AuditedClaims.findingColumns());
  }
}
