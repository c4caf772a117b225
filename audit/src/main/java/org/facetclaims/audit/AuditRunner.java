package org.facetclaims.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.audit.AuditFinding;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.BeneficiaryAudit;
import org.facetclaims.core.audit.CarrierLine;
import org.facetclaims.core.audit.ClaimsAudit;
import org.facetclaims.core.audit.LineVerdict;
import org.facetclaims.core.audit.RifColumn;
import org.facetclaims.audit.report.ReportPage;

/**
 * The audit on one machine. DuckDB loads the input into a database file in the temporary folder
 * (every column as text, in file order), groups the lines by beneficiary with a sort that spills
 * to disk under its memory limit, and streams them to Java one beneficiary at a time; core's
 * {@link ClaimsAudit} judges each group; the verdicts go back to DuckDB through its appender, and
 * DuckDB writes lines.csv (every input column, in input order, plus the three audit columns).
 * Java holds one beneficiary's lines at a time, so its memory does not grow with the input.
 *
 * <pre>{@code
 * AuditResult r = AuditRunner.run(AuditOptions.builder(input, outputDir).build());
 * }</pre>
 */
public final class AuditRunner {
  /** The files of the output folder. */
  public static final String LINES = "lines.csv";
  public static final String FINDINGS = "findings.csv";
  public static final String SUMMARY = "summary.json";
  public static final String REPORT = "report.html";

  private static final String[] FINDING_HEADER = {"BENE_ID", "CLM_ID", "LINE_NUM",
      "SESSION_DATE", "FINDING_ID", "SEVERITY", "RULE_SOURCE", "MESSAGE", "UNITS", "AMOUNT",
      "INPUT_ROW"};

  private AuditRunner() {}

  /**
   * Runs the audit and writes lines.csv, findings.csv, summary.json and report.html into the
   * output folder.
   *
   * @throws AuditInputException when the input cannot be audited at all (exit 2)
   * @throws IOException when the output cannot be written
   */
  public static AuditResult run(AuditOptions o) throws AuditInputException, IOException {
    long start = System.nanoTime();
    if (!Files.isRegularFile(o.input())) {
      throw new AuditInputException("cannot read " + o.input() + ": "
          + (Files.exists(o.input()) ? "not a file" : "no such file"));
    }
    InputFormat format = o.format() != null ? o.format() : InputFormat.detect(o.input());
    Files.createDirectories(o.output());
    Path tmp = o.tempDirectory() != null ? o.tempDirectory()
        : o.output().resolve(".audit-tmp");
    Files.createDirectories(tmp);
    Path db = Files.createTempFile(tmp, "audit-", ".duckdb");
    Files.delete(db);
    Progress progress = new Progress(o.progress());
    try {
      return run(o, format, db, tmp, progress, start);
    } finally {
      deleteQuietly(db, tmp, o.tempDirectory() == null);
    }
  }

  private static AuditResult run(AuditOptions o, InputFormat format, Path db, Path tmp,
      Progress progress, long start) throws AuditInputException, IOException {
    Properties props = new Properties();
    props.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(),
        props); Statement s = conn.createStatement()) {
      s.execute("SET memory_limit = " + DuckDbInput.literal(o.memoryLimit()));
      s.execute("SET threads = " + o.threads());
      s.execute("SET temp_directory = " + DuckDbInput.literal(tmp.toAbsolutePath().toString()));
      s.execute("SET preserve_insertion_order = true");
      DuckDbInput in;
      try {
        in = DuckDbInput.load(s, o.input(), format);
      } catch (SQLException e) {
        throw new AuditInputException("cannot read " + o.input().getFileName() + " as "
            + format.code() + ": " + DuckDbInput.describe(e));
      }
      long rows = count(s);
      progress.say("read " + rows + " lines (" + format.code() + ") in "
          + seconds(start) + " s");
      if (!in.missingOptional().isEmpty()) {
        progress.say("columns missing (their rules are not judged): "
            + names(in.missingOptional()));
      }
      LocalDate[] period = period(s, in);
      LocalDate historyFrom = o.historyFrom() != null ? o.historyFrom() : period[0];
      ClaimsAudit audit = ClaimsAudit.builder().historyFrom(historyFrom).build();
      AuditTotals totals = new AuditTotals(audit.policies());
      long unreadableRecords = 0;
      try (Writer fw = Files.newBufferedWriter(o.output().resolve(FINDINGS),
          StandardCharsets.UTF_8)) {
        Csv.row(fw, FINDING_HEADER);
        if (format == InputFormat.EOB_NDJSON) {
          Map<Long, String> bad = DuckDbInput.unreadableRecords(s);
          unreadableRecords = bad.size();
          for (Map.Entry<Long, String> e : bad.entrySet()) {
            writeFinding(fw, new AuditFinding(e.getKey(), "", "", "", null,
                FindingCode.AUDIT_RECORD_UNREADABLE, "audit: input", "Line " + e.getKey()
                + " " + e.getValue() + "; no claim line from it.", 0, BigDecimal.ZERO.setScale(2)));
          }
        }
        s.execute("CREATE TABLE verdicts (rid BIGINT, UNITS_NOT_COVERED INTEGER,"
            + " AMOUNT_AT_RISK VARCHAR, FINDINGS VARCHAR)");
        judge(conn, in, audit, totals, fw, progress, rows);
      }
      progress.say("judged " + rows + " lines in " + seconds(start) + " s; writing " + LINES);
      writeLines(s, in, o.output().resolve(LINES));
      AuditResult result = new AuditResult(o.input().getFileName().toString(), format, totals,
          in.missingOptional(), unreadableRecords, historyFrom, period[1],
          Duration.ofNanos(System.nanoTime() - start));
      SummaryJson.write(o.output().resolve(SUMMARY), result);
      ReportPage.write(o.output().resolve(REPORT), result);
      progress.say("done in " + seconds(start) + " s: " + totals.linesFlagged()
          + " lines with units not covered, " + totals.amountAtRisk() + " at risk");
      return result;
    } catch (SQLException e) {
      throw new AuditInputException("cannot audit " + o.input().getFileName() + ": "
          + DuckDbInput.describe(e));
    }
  }

  private static long count(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM claims")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The first and last readable date of service, read exactly as the rules read dates. */
  private static LocalDate[] period(Statement s, DuckDbInput in) throws SQLException {
    LocalDate first = null;
    LocalDate last = null;
    try (ResultSet r = s.executeQuery("SELECT DISTINCT " + in.sql(RifColumn.LINE_1ST_EXPNS_DT)
        + " FROM claims")) {
      while (r.next()) {
        LocalDate d = CarrierLine.readDate(r.getString(1)).orElse(null);
        if (d != null) {
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
        }
      }
    }
    return new LocalDate[] {first, last};
  }

  /** Streams the lines grouped by beneficiary, audits each group, appends the verdicts. */
  private static void judge(Connection conn, DuckDbInput in, ClaimsAudit audit,
      AuditTotals totals, Writer findings, Progress progress, long rows)
      throws SQLException, IOException {
    StringBuilder sql = new StringBuilder("SELECT rowid, ").append(in.rowExpression)
        .append(", coalesce(trim(").append(in.sql(RifColumn.BENE_ID)).append("), '') AS k");
    RifColumn[] cols = RifColumn.values();
    for (RifColumn c : cols) {
      sql.append(", ").append(in.sql(c));
    }
    sql.append(" FROM claims ORDER BY k");
    DuckDBConnection appendConn = ((DuckDBConnection) conn).duplicate();
    try (Statement q = conn.createStatement();
        ResultSet r = q.executeQuery(sql.toString());
        DuckDBAppender ap = appendConn.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
            "verdicts")) {
      List<CarrierLine> group = new ArrayList<>();
      List<Long> rids = new ArrayList<>();
      String key = null;
      long done = 0;
      while (r.next()) {
        String k = r.getString(3);
        if (key != null && !k.equals(key)) {
          flush(audit, group, rids, totals, findings, ap);
          done += group.size();
          group.clear();
          rids.clear();
          progress.tick(done, rows);
        }
        key = k;
        String[] v = new String[cols.length];
        for (int i = 0; i < cols.length; i++) {
          v[i] = r.getString(4 + i);
        }
        rids.add(r.getLong(1));
        group.add(CarrierLine.fromRif(r.getLong(2), v));
      }
      if (!group.isEmpty()) {
        flush(audit, group, rids, totals, findings, ap);
      }
    } finally {
      appendConn.close();
    }
  }

  private static void flush(ClaimsAudit audit, List<CarrierLine> group, List<Long> rids,
      AuditTotals totals, Writer findings, DuckDBAppender ap) throws SQLException, IOException {
    BeneficiaryAudit a = audit.audit(group);
    totals.add(a);
    List<LineVerdict> vs = a.verdicts();
    for (int i = 0; i < vs.size(); i++) {
      LineVerdict v = vs.get(i);
      ap.beginRow();
      ap.append(rids.get(i).longValue());
      ap.append(v.unitsNotCovered());
      ap.append(v.amountText());
      String ids = v.findingIds();
      ap.append(ids.isEmpty() ? null : ids);
      ap.endRow();
    }
    for (AuditFinding f : a.findings()) {
      writeFinding(findings, f);
    }
  }

  private static void writeFinding(Writer w, AuditFinding f) throws IOException {
    Csv.row(w, f.beneficiary(), f.claimId(), f.lineNumber(),
        f.sessionDate() == null ? "" : f.sessionDate().toString(), f.id(),
        f.severity().label(), f.source(), f.message(), Integer.toString(f.units()),
        f.amount().toPlainString(), Long.toString(f.row()));
  }

  private static void writeLines(Statement s, DuckDbInput in, Path file) throws SQLException {
    String cols = in.format == InputFormat.EOB_NDJSON
        ? "c.* EXCLUDE (" + DuckDbInput.ROW_COLUMN + ")" : "c.*";
    s.execute("COPY (SELECT " + cols + ", v.UNITS_NOT_COVERED, v.AMOUNT_AT_RISK, v.FINDINGS"
        + " FROM claims c POSITIONAL JOIN (SELECT * FROM verdicts ORDER BY rid) v) TO "
        + DuckDbInput.literal(file.toAbsolutePath().toString())
        + " (FORMAT csv, HEADER true)");
  }

  private static String names(List<RifColumn> cs) {
    List<String> w = new ArrayList<>();
    for (RifColumn c : cs) {
      w.add(c.name());
    }
    return String.join(", ", w);
  }

  private static String seconds(long start) {
    return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
  }

  private static void deleteQuietly(Path db, Path tmp, boolean ownTmp) {
    try {
      Files.deleteIfExists(db);
      Files.deleteIfExists(Path.of(db + ".wal"));
      if (ownTmp) {
        try (Stream<Path> all = Files.walk(tmp)) {
          all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (NoSuchFileException e) {
      // already gone
    } catch (IOException e) {
      // a leftover temporary file is not worth failing a finished audit
    }
  }

  /** Progress lines, at most one every two seconds while judging. */
  private static final class Progress {
    private final java.util.function.Consumer<String> sink;
    private long last = System.nanoTime();

    Progress(java.util.function.Consumer<String> sink) {
      this.sink = sink;
    }

    void say(String s) {
      if (sink != null) {
        sink.accept("audit: " + s);
      }
    }

    void tick(long done, long total) {
      long now = System.nanoTime();
      if (sink != null && now - last > 2_000_000_000L) {
        last = now;
        say(done + " of " + total + " lines judged (" + (total == 0 ? 100 : done * 100 / total)
            + "%)");
      }
    }
  }
}
