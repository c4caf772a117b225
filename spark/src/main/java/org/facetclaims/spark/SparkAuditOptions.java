package org.facetclaims.spark;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.facetclaims.audit.InputFormat;

/**
 * What a Spark audit run reads and writes. Immutable; build with {@link #builder}.
 *
 * @param input the input: a file or folder (RIF CSV, Parquet, EOB NDJSON) or a Delta table, on
 *     any file system Spark reaches (a local path, hdfs://, s3a://, dbfs:/, abfss://)
 * @param output the output folder: {@code lines/} and {@code findings/} (Spark's part files),
 *     {@code summary.json}, {@code report.html}
 * @param format the input's format; null to detect it
 * @param tables the format of the lines and findings tables
 * @param partitions partitions of the grouping by beneficiary; 0 for Spark's default
 * @param historyFrom where known history starts; null for the first date in the input
 * @param progress where progress lines go; null for none
 */
public record SparkAuditOptions(String input, String output, InputFormat format,
    TableFormat tables, int partitions, LocalDate historyFrom, Consumer<String> progress) {

  /** How the lines and findings tables are written. */
  public enum TableFormat {
    /** CSV part files with a header, written as lines.csv and findings.csv are. */
    CSV,
    /** Parquet part files, with the types of {@link AuditedClaims#lines()}. */
    PARQUET;

    /** The table format named {@code name} (csv, parquet), any case. */
    public static TableFormat byName(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  public SparkAuditOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(tables, "tables");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative: " + partitions);
    }
  }

  public static Builder builder(String input, String output) {
    return new Builder(input, output);
  }

  /** Builds {@link SparkAuditOptions}. */
  public static final class Builder {
    private final String input;
    private final String output;
    private InputFormat format;
    private TableFormat tables = TableFormat.CSV;
    private int partitions;
    private LocalDate historyFrom;
    private Consumer<String> progress;

    private Builder(String input, String output) {
      this.input = input;
      this.output = output;
    }

    public Builder format(InputFormat format) {
      this.format = format;
      return this;
    }

    public Builder tables(TableFormat tables) {
      this.tables = tables;
      return this;
    }

    public Builder partitions(int partitions) {
      this.partitions = partitions;
      return this;
    }

    public Builder historyFrom(LocalDate historyFrom) {
      this.historyFrom = historyFrom;
      return this;
    }

    public Builder progress(Consumer<String> progress) {
      this.progress = progress;
      return this;
    }

    public SparkAuditOptions build() {
      return new SparkAuditOptions(input, output, format, tables, partitions, historyFrom,
          progress);
    }
  }
}
