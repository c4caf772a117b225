package org.facetclaims.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.facetclaims.audit.OutputColumns;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.ClaimsAudit;
import org.facetclaims.core.audit.RifColumn;

/**
 * The result of {@link SparkClaimsAudit#audit}: the lines with their verdicts, the findings,
 * and the totals, all from one grouping and one judging of the input. Lazy like any Dataset:
 * {@link #persist()} first when more than one of them is used, so that the input is read,
 * grouped and judged once.
 */
public final class AuditedClaims {
  private final Dataset<Row> audited;
  private final List<String> carried;
  private final List<RifColumn> missing;
  private final LocalDate historyFrom;
  private final Dataset<Row> otherFindings;

  AuditedClaims(Dataset<Row> audited, List<String> carried, List<RifColumn> missing,
      LocalDate historyFrom) {
    this(audited, carried, missing, historyFrom, null);
  }

  private AuditedClaims(Dataset<Row> audited, List<String> carried, List<RifColumn> missing,
      LocalDate historyFrom, Dataset<Row> otherFindings) {
    this.audited = audited;
    this.carried = List.copyOf(carried);
    this.missing = List.copyOf(missing);
    this.historyFrom = historyFrom;
    this.otherFindings = otherFindings;
  }

  /** The same, with findings that come from no line (unreadable records) ahead of the rest. */
  AuditedClaims withFindingsFirst(Dataset<Row> findings) {
    return new AuditedClaims(audited, carried, missing, historyFrom, findings);
  }

  /**
   * Every input line with its input columns, then {@code UNITS_NOT_COVERED} (int),
   * {@code AMOUNT_AT_RISK} (decimal(38,2)) and {@code FINDINGS} (the finding ids,
   * space-separated): lines.csv's content. Each partition holds whole beneficiaries in
   * {@code BENE_ID} order, each one's lines in input order.
   */
  public Dataset<Row> lines() {
    List<Column> cols = new ArrayList<>();
    for (String c : carried) {
      cols.add(col(SparkClaimsAudit.quote(c)));
    }
    List<String> v = OutputColumns.LINE_VERDICT;
    cols.add(col(AuditPartition.UNITS).as(v.get(0)));
    cols.add(col(AuditPartition.AMOUNT).as(v.get(1)));
    cols.add(col(AuditPartition.IDS).as(v.get(2)));
    return audited.filter(col(AuditPartition.KIND).equalTo(AuditPartition.LINE))
        .select(cols.toArray(new Column[0]));
  }

  /**
   * One row per finding, findings.csv's columns: {@code BENE_ID, CLM_ID, LINE_NUM} (text),
   * {@code SESSION_DATE} (date), {@code FINDING_ID, SEVERITY, RULE_SOURCE, MESSAGE} (text),
   * {@code UNITS} (int), {@code AMOUNT} (decimal(38,2)), {@code INPUT_ROW} (long). Each
   * beneficiary's findings are together, in date order.
   */
  public Dataset<Row> findings() {
    Dataset<Row> f = audited.filter(col(AuditPartition.KIND).equalTo(AuditPartition.FINDING))
        .select(findingColumns());
    return otherFindings == null ? f : otherFindings.unionByName(f);
  }

  /** The finding fields of the audited rows under findings.csv's names and types. */
  static Column[] findingColumns() {
    List<String> names = OutputColumns.FINDING;
    Column[] cols = new Column[names.size()];
    for (int i = 0; i < cols.length; i++) {
      Column c = col(AuditPartition.FINDING_FIELDS[i]);
      cols[i] = (i == 3 ? c.cast(DataTypes.DateType) : c).as(names.get(i));
    }
    return cols;
  }

  /**
   * The totals of the run (lines, beneficiaries, sessions; findings, units and amounts by
   * rule, provider and state), merged from each partition's: what summary.json and the report
   * show. Runs a job (on the persisted result when {@link #persist()} was called).
   */
  public AuditTotals totals() {
    ClaimsAudit audit = ClaimsAudit.builder().historyFrom(historyFrom).build();
    AuditTotals totals = new AuditTotals(audit.policies());
    List<byte[]> parts = audited.filter(col(AuditPartition.KIND).equalTo(AuditPartition.TOTALS))
        .select(AuditPartition.TOTALS_BYTES).as(Encoders.BINARY()).collectAsList();
    for (byte[] p : parts) {
      totals.merge(TotalsCodec.decode(p, audit));
    }
    return totals;
  }

  /** Keeps the judged rows (memory, then disk) so that lines, findings and totals reuse them. */
  public AuditedClaims persist() {
    audited.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /** Drops what {@link #persist()} kept. */
  public AuditedClaims unpersist() {
    audited.unpersist();
    return this;
  }

  /** The optional RIF columns the input lacks: the rules that need them were not judged. */
  public List<RifColumn> missingColumns() {
    return missing;
  }

  /** Where known history starts: the first date of service, or the one given. */
  public LocalDate historyFrom() {
    return historyFrom;
  }
}
