package org.facetclaims.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.btrim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.facetclaims.audit.InputColumns;
import org.facetclaims.audit.OutputColumns;
import org.facetclaims.core.audit.ClaimsAudit;
import org.facetclaims.core.audit.RifColumn;

/**
 * The claims audit as a function of Spark Datasets: claim lines in (the CMS RIF carrier line
 * columns, any others carried through), the lines with their verdicts and the findings out,
 * judged by the core's {@link ClaimsAudit} per beneficiary, so the results are those of the
 * one-machine audit line for line. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * Dataset<Row> claims = spark.read().format("delta").load("/lake/carrier_lines");
 * AuditedClaims audited = SparkClaimsAudit.builder().build().audit(claims).persist();
 * audited.lines().write().parquet("/lake/audit/lines");        // input columns + verdict
 * audited.findings().write().parquet("/lake/audit/findings");  // one row per finding
 * AuditTotals totals = audited.totals();                        // for summary.json, the report
 * audited.unpersist();
 * }</pre>
 *
 * <p>Spark groups the lines by beneficiary (a hash partitioning on {@code BENE_ID}, then a sort
 * within each partition by beneficiary and input order, spilling to disk as it must) and the
 * core judges one beneficiary at a time: memory holds one beneficiary's lines per task, never
 * a partition.
 */
public final class SparkClaimsAudit {
  /** The column of each record's number in the input, when the engine makes one. */
  static final String ROW = "_facet_row";
  /** The column of an item's position in its record (ExplanationOfBenefit items). */
  static final String ITEM = "_facet_item";
  static final String KEY = "_facet_key";
  private static final String TEXT = "_facet_text_";
  /** What String.trim() removes: the characters up to U+0020. */
  private static final String BLANKS;

  static {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c <= ' '; c++) {
      b.append(c);
    }
    BLANKS = b.toString();
  }

  private final LocalDate historyFrom;
  private final String rowColumn;
  private final int partitions;

  private SparkClaimsAudit(Builder b) {
    this.historyFrom = b.historyFrom;
    this.rowColumn = b.rowColumn;
    this.partitions = b.partitions;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Audits claim lines: {@code lines} needs the required RIF columns ({@code BENE_ID,
   * LINE_1ST_EXPNS_DT, HCPCS_CD, LINE_SRVC_CNT}, any case), of any type (every value is read
   * as text, as the core reads it); the other RIF columns where present. Lazy: nothing runs
   * until an action on the result, except one pass over {@code lines} for the first date of
   * service (unless {@link Builder#historyFrom} is given) and the record numbers (unless
   * {@link Builder#rowColumn} is given).
   *
   * @throws IllegalArgumentException when a required column is missing
   */
  public AuditedClaims audit(Dataset<Row> lines) {
    Objects.requireNonNull(lines, "lines");
    InputColumns rif = InputColumns.of(List.of(lines.columns()));
    String missing = rif.missingRequiredMessage(null);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(missing);
    }
    List<String> carried = new ArrayList<>();
    for (String c : lines.columns()) {
      carried.add(c);
    }
    LocalDate from = historyFrom;
    Dataset<Row> in = lines;
    String row = rowColumn;
    if (from == null || row == null) {
      InputStats stats = InputStats.of(lines,
          InputStats.text(rif.name(RifColumn.LINE_1ST_EXPNS_DT)));
      from = from != null ? from : stats.first();
      if (row == null) {
        in = lines.withColumn(ROW, stats.recordNumber(1));
        row = ROW;
      }
    }
    return audit(in, row, null, carried, from);
  }

  /**
   * The audit of {@code input}: {@code rowColumn} numbers the records in input order,
   * {@code itemColumn} (or null) orders the lines of one record, {@code carried} are the input
   * columns the lines keep.
   */
  AuditedClaims audit(Dataset<Row> input, String rowColumn, String itemColumn,
      List<String> carried, LocalDate from) {
    InputColumns rif = InputColumns.of(List.of(input.columns()));
    String missing = rif.missingRequiredMessage(null);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(missing);
    }
    List<String> kept = new ArrayList<>();
    for (String c : carried) {
      if (!OutputColumns.LINE_VERDICT.contains(c.trim().toUpperCase(Locale.ROOT))) {
        kept.add(c);
      }
    }
    // The prepared records: the carried columns as they are, then the beneficiary key, the
    // record number, the item, and the text of every RIF column that is not text already.
    List<Column> select = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String c : kept) {
      select.add(col(quote(c)));
      names.add(c);
    }
    // The beneficiary as the core trims it (characters up to U+0020 at both ends).
    select.add(btrim(coalesce(InputStats.text(rif.name(RifColumn.BENE_ID)), lit("")),
        lit(BLANKS)).as(KEY));
    names.add(KEY);
    select.add(col(quote(rowColumn)).cast(DataTypes.LongType).as(ROW + "_"));
    names.add(ROW + "_");
    if (itemColumn != null) {
      select.add(col(quote(itemColumn)).as(ITEM + "_"));
      names.add(ITEM + "_");
    }
    int[] rifText = new int[RifColumn.values().length];
    StructType schema = input.schema();
    for (RifColumn c : RifColumn.values()) {
      String name = rif.name(c);
      if (name == null) {
        rifText[c.ordinal()] = -1;
        continue;
      }
      StructField f = schema.apply(name);
      int at = names.indexOf(name);
      if (f.dataType() != DataTypes.StringType || at < 0) {
        select.add(InputStats.text(name).as(TEXT + c.ordinal()));
        names.add(TEXT + c.ordinal());
        at = names.size() - 1;
      }
      rifText[c.ordinal()] = at;
    }
    Dataset<Row> prepared = input.select(select.toArray(new Column[0]));
    Dataset<Row> grouped = partitions > 0
        ? prepared.repartition(partitions, col(KEY)) : prepared.repartition(col(KEY));
    grouped = itemColumn == null ? grouped.sortWithinPartitions(KEY, ROW + "_")
        : grouped.sortWithinPartitions(KEY, ROW + "_", ITEM + "_");
    int[] carriedIndex = new int[kept.size()];
    for (int i = 0; i < carriedIndex.length; i++) {
      carriedIndex[i] = i;
    }
    StructType out = AuditPartition.schema(prepared.schema(), carriedIndex);
    AuditPartition judge = new AuditPartition(names.indexOf(KEY), names.indexOf(ROW + "_"),
        rifText, carriedIndex, from);
    Dataset<Row> audited = grouped.mapPartitions(judge, Encoders.row(out));
    return new AuditedClaims(audited, kept, rif.missing(), from);
  }

  /** A column name as Spark SQL reads it, whatever characters it holds. */
  static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** Builds a {@link SparkClaimsAudit}. Not thread-safe. */
  public static final class Builder {
    private LocalDate historyFrom;
    private String rowColumn;
    private int partitions;

    private Builder() {}

    /**
     * The first date the data covers (default: the earliest date of service in the input,
     * found by one pass over it): a look-back before it is unknown history.
     */
    public Builder historyFrom(LocalDate date) {
      this.historyFrom = date;
      return this;
    }

    /**
     * A column holding each line's number in the input (a whole number), for messages, for
     * findings' {@code INPUT_ROW} and for the order of a beneficiary's lines. Default: the
     * lines are numbered from 1 in the Dataset's partition order, which is stable for a file
     * or table scan; name a column when the Dataset comes out of a shuffle.
     */
    public Builder rowColumn(String column) {
      this.rowColumn = column;
      return this;
    }

    /**
     * Partitions of the grouping by beneficiary (default: Spark's {@code
     * spark.sql.shuffle.partitions}, coalesced by adaptive execution).
     */
    public Builder partitions(int partitions) {
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must not be negative: " + partitions);
      }
      this.partitions = partitions;
      return this;
    }

    public SparkClaimsAudit build() {
      return new SparkClaimsAudit(this);
    }
  }
}
