package org.facetclaims.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.spark_partition_id;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.facetclaims.core.audit.CarrierLine;

/**
 * What one pass over the input tells before the audit: its records per partition (so that each
 * record gets its number in input order without a second sort) and the first and last date of
 * service, read as the core reads dates (the first is where known history starts, the same date
 * every engine passes). The pass reads the date column alone.
 */
final class InputStats implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final StructType PARTITION = new StructType()
      .add("partition", DataTypes.IntegerType, false)
      .add("records", DataTypes.LongType, false)
      .add("first", DataTypes.StringType, true)
      .add("last", DataTypes.StringType, true);

  private final long[] offsets;
  private final long records;
  private final LocalDate first;
  private final LocalDate last;

  private InputStats(long[] offsets, long records, LocalDate first, LocalDate last) {
    this.offsets = offsets;
    this.records = records;
    this.first = first;
    this.last = last;
  }

  /** Counts the records of each partition of {@code input} and finds its dates of service. */
  static InputStats of(Dataset<Row> input, Column dateText) {
    List<Row> parts = input.select(dateText.as("d")).as(Encoders.STRING())
        .mapPartitions((MapPartitionsFunction<String, Row>) InputStats::partition,
            Encoders.row(PARTITION))
        .collectAsList();
    int n = 0;
    for (Row r : parts) {
      n = Math.max(n, r.getInt(0) + 1);
    }
    long[] counts = new long[n];
    LocalDate first = null;
    LocalDate last = null;
    for (Row r : parts) {
      counts[r.getInt(0)] += r.getLong(1);
      if (!r.isNullAt(2)) {
        LocalDate f = LocalDate.parse(r.getString(2));
        LocalDate l = LocalDate.parse(r.getString(3));
        first = first == null || f.isBefore(first) ? f : first;
        last = last == null || l.isAfter(last) ? l : last;
      }
    }
    long[] offsets = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      offsets[i] = total;
      total += counts[i];
    }
    return new InputStats(offsets, total, first, last);
  }

  private static Iterator<Row> partition(Iterator<String> dates) {
    long n = 0;
    LocalDate first = null;
    LocalDate last = null;
    while (dates.hasNext()) {
      n++;
      LocalDate d = CarrierLine.readDate(dates.next()).orElse(null);
      if (d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    List<Row> out = new ArrayList<>(1);
    out.add(RowFactory.create(TaskContext.getPartitionId(), n,
        first == null ? null : first.toString(), last == null ? null : last.toString()));
    return out.iterator();
  }

  /** Records in the input. */
  long records() {
    return records;
  }

  /** The first readable date of service; null when none is readable. */
  LocalDate first() {
    return first;
  }

  /** The last readable date of service; null when none is readable. */
  LocalDate last() {
    return last;
  }

  /**
   * Each record's number in input order, counted from {@code base}: the records before its
   * partition, plus its position in the partition. Valid in a projection straight over the
   * same input (its partitions are those counted: a file or table scan gives the same ones
   * every time).
   */
  Column recordNumber(long base) {
    Column pid = spark_partition_id();
    Column inPartition = monotonically_increasing_id()
        .minus(shiftleft(pid.cast(DataTypes.LongType), 33));
    return element_at(lit(offsets), pid.plus(lit(1))).plus(inPartition).plus(lit(base));
  }

  static Column text(String column) {
    return col(SparkClaimsAudit.quote(column)).cast(DataTypes.StringType);
  }
}
