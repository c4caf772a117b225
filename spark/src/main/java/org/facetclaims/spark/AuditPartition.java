package org.facetclaims.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.facetclaims.core.audit.AuditFinding;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.BeneficiaryAudit;
import org.facetclaims.core.audit.CarrierLine;
import org.facetclaims.core.audit.ClaimsAudit;
import org.facetclaims.core.audit.LineVerdict;
import org.facetclaims.core.audit.RifColumn;

/**
 * The audit of one partition of claim lines that Spark has put together by beneficiary and
 * sorted by beneficiary, then input order: consecutive records of one beneficiary are one group,
 * read into {@link CarrierLine}s and given to the core's {@link ClaimsAudit}, unchanged. Out come
 * rows of three kinds in one schema ({@link #schema}): a line with its verdict, a finding, and
 * at the end of the partition its {@link AuditTotals} as bytes. One group is in memory at a
 * time (the sort before spills to disk), so a beneficiary with many lines needs only its own.
 */
final class AuditPartition implements MapPartitionsFunction<Row, Row>, Serializable {
  private static final long serialVersionUID = 1L;

  static final byte LINE = 0;
  static final byte FINDING = 1;
  static final byte TOTALS = 2;

  static final DecimalType MONEY = DataTypes.createDecimalType(38, 2);

  static final String KIND = "_facet_kind";
  static final String UNITS = "_facet_units";
  static final String AMOUNT = "_facet_amount";
  static final String IDS = "_facet_findings";
  static final String TOTALS_BYTES = "_facet_totals";
  /** The finding columns, in findings.csv's order, with the types of the findings table. */
  static final String[] FINDING_FIELDS = {"_facet_f_bene", "_facet_f_claim", "_facet_f_line",
      "_facet_f_date", "_facet_f_id", "_facet_f_severity", "_facet_f_source", "_facet_f_message",
      "_facet_f_units", "_facet_f_amount", "_facet_f_row"};

  private final int keyIndex;
  private final int rowIndex;
  private final int[] rifText;
  private final int[] carried;
  private final LocalDate historyFrom;
  private transient ClaimsAudit audit;

  /**
   * @param keyIndex the field with the beneficiary key the input is grouped and sorted by
   * @param rowIndex the field with the record's number in the input (a long)
   * @param rifText for each {@link RifColumn}, the field with its text; -1 when missing
   * @param carried the input fields carried to the lines, in order
   * @param historyFrom where known history starts (the same for every partition)
   */
  AuditPartition(int keyIndex, int rowIndex, int[] rifText, int[] carried,
      LocalDate historyFrom) {
    this.keyIndex = keyIndex;
    this.rowIndex = rowIndex;
    this.rifText = rifText.clone();
    this.carried = carried.clone();
    this.historyFrom = historyFrom;
  }

  ClaimsAudit audit() {
    if (audit == null) {
      audit = ClaimsAudit.builder().historyFrom(historyFrom).build();
    }
    return audit;
  }

  /** The schema of the rows out: kind, the carried columns, the verdict, a finding, totals. */
  static StructType schema(StructType input, int[] carried) {
    StructType s = new StructType().add(KIND, DataTypes.ByteType, false);
    for (int i : carried) {
      StructField f = input.fields()[i];
      s = s.add(f.name(), f.dataType(), true, f.metadata());
    }
    s = s.add(UNITS, DataTypes.IntegerType, true).add(AMOUNT, MONEY, true)
        .add(IDS, DataTypes.StringType, true);
    for (int i = 0; i < FINDING_FIELDS.length; i++) {
      s = s.add(FINDING_FIELDS[i], i == 8 ? DataTypes.IntegerType : i == 9 ? MONEY
          : i == 10 ? DataTypes.LongType : DataTypes.StringType, true);
    }
    return s.add(TOTALS_BYTES, DataTypes.BinaryType, true);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    return new Groups(input);
  }

  /** Reads, audits and emits one beneficiary at a time; the partition's totals last. */
  private final class Groups implements Iterator<Row> {
    private final Iterator<Row> in;
    private final ClaimsAudit audit = audit();
    private final AuditTotals totals = new AuditTotals(audit.policies());
    private final List<Row> out = new ArrayList<>();
    private final String[] values = new String[RifColumn.values().length];
    private int next;
    private Row pending;
    private boolean any;
    private boolean done;

    Groups(Iterator<Row> in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      while (next >= out.size()) {
        if (done) {
          return false;
        }
        out.clear();
        next = 0;
        fill();
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return out.get(next++);
    }

    /** The rows of the next beneficiary, or the totals when the input is used up. */
    private void fill() {
      if (pending == null && !in.hasNext()) {
        done = true;
        if (any) {
          out.add(totalsRow(TotalsCodec.encode(totals, audit), width()));
        }
        return;
      }
      List<Row> group = new ArrayList<>();
      Row first = pending != null ? pending : in.next();
      pending = null;
      Object key = first.get(keyIndex);
      group.add(first);
      while (in.hasNext()) {
        Row r = in.next();
        if (!java.util.Objects.equals(key, r.get(keyIndex))) {
          pending = r;
          break;
        }
        group.add(r);
      }
      any = true;
      judge(group);
    }

    private void judge(List<Row> group) {
      List<CarrierLine> lines = new ArrayList<>(group.size());
      for (Row r : group) {
        for (int c = 0; c < values.length; c++) {
          int i = rifText[c];
          values[c] = i < 0 || r.isNullAt(i) ? null : r.getString(i);
        }
        lines.add(CarrierLine.fromRif(r.getLong(rowIndex), values));
      }
      BeneficiaryAudit a = audit.audit(lines);
      totals.add(a);
      int width = width();
      List<LineVerdict> verdicts = a.verdicts();
      for (int g = 0; g < group.size(); g++) {
        Row r = group.get(g);
        LineVerdict v = verdicts.get(g);
        Object[] o = new Object[width];
        o[0] = LINE;
        for (int c = 0; c < carried.length; c++) {
          o[1 + c] = r.get(carried[c]);
        }
        int at = 1 + carried.length;
        o[at] = v.unitsNotCovered();
        o[at + 1] = v.amountAtRisk();
        o[at + 2] = v.findingIds();
        out.add(RowFactory.create(o));
      }
      for (AuditFinding f : a.findings()) {
        out.add(findingRow(f, carried.length, width));
      }
    }

    private int width() {
      return 1 + carried.length + 3 + FINDING_FIELDS.length + 1;
    }
  }

  /** A finding as a row of {@link #schema}: the fields findings.csv writes. */
  static Row findingRow(AuditFinding f, int carriedCount, int width) {
    Object[] o = new Object[width];
    o[0] = FINDING;
    int at = 1 + carriedCount + 3;
    o[at] = f.beneficiary();
    o[at + 1] = f.claimId();
    o[at + 2] = f.lineNumber();
    o[at + 3] = f.sessionDate() == null ? null : f.sessionDate().toString();
    o[at + 4] = f.id();
    o[at + 5] = f.severity().label();
    o[at + 6] = f.source();
    o[at + 7] = f.message();
    o[at + 8] = f.units();
    o[at + 9] = f.amount();
    o[at + 10] = f.row();
    return RowFactory.create(o);
  }

  private static Row totalsRow(byte[] totals, int width) {
    Object[] o = new Object[width];
    o[0] = TOTALS;
    o[width - 1] = totals;
    return RowFactory.create(o);
  }

  static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
