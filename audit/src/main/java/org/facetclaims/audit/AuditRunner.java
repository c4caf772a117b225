package org.facetclaims.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import org.duckdb.DuckDBDriver;
import org.facetclaims.core.audit.AuditFinding;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.BeneficiaryAudit;
import org.facetclaims.core.audit.CarrierLine;
import org.facetclaims.core.audit.ClaimsAudit;
import org.facetclaims.core.audit.LineVerdict;
import org.facetclaims.core.audit.RifColumn;
import org.facetclaims.audit.report.ReportPage;

/**
 * The audit on one machine. DuckDB reads the input where it lies, sorts its records by
 * beneficiary (spilling to the temporary folder beyond its memory limit) and streams them to
 * Java, each record as one text of all its columns; core's {@link ClaimsAudit} judges one
 * beneficiary at a time, and Java writes each line to lines.csv (every input column, then the
 * three audit columns) and its findings to findings.csv as it goes. Java holds one beneficiary's
 * lines at a time, so its memory does not grow with the input.
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

  private static final String[] FINDING_HEADER = OutputColumns.FINDING.toArray(new String[0]);

  /** The dates of service the data covers, and its number of records. */
  private record Span(LocalDate first, LocalDate last, long rows) {}

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
      throw new AuditInputException(AuditInputException.Kind.NO_SUCH_INPUT, "cannot read "
          + o.input() + ": " + (Files.exists(o.input()) ? "not a file" : "no such file"));
    }
    InputFormat format = o.format() != null ? o.format() : InputFormat.detect(o.input());
    if (format == InputFormat.DELTA) {
      throw new AuditInputException(AuditInputException.Kind.NOT_AUDITED_HERE, "cannot read "
          + o.input().getFileName() + ": a Delta table"
          + " is audited on Spark (facet-claims-spark), not on one machine");
    }
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
    try (java.sql.Connection conn = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(),
        props); Statement s = conn.createStatement()) {
      s.execute("SET memory_limit = " + DuckDbInput.literal(o.memoryLimit()));
      s.execute("SET threads = " + o.threads());
      s.execute("SET temp_directory = " + DuckDbInput.literal(tmp.toAbsolutePath().toString()));
      s.execute("SET preserve_insertion_order = true");
      DuckDbInput in;
      Span period;
      try {
        in = DuckDbInput.open(s, o.input(), format);
        period = period(s, in);
      } catch (SQLException e) {
        throw new AuditInputException(AuditInputException.Kind.UNREADABLE, "cannot read "
            + o.input().getFileName() + " as "
            + format.code() + ": " + DuckDbInput.describe(e));
      }
      long rows = period.rows();
      progress.say("found " + rows + " lines (" + format.code() + ") in " + seconds(start)
          + " s");
      if (!in.missingOptional().isEmpty()) {
        progress.say("columns missing (their rules are not judged): "
            + names(in.missingOptional()));
      }
      LocalDate historyFrom = o.historyFrom() != null ? o.historyFrom() : period.first();
      ClaimsAudit audit = ClaimsAudit.builder().historyFrom(historyFrom).build();
      AuditTotals totals = new AuditTotals(audit.policies());
      long unreadableRecords = 0;
      try (Writer fw = Files.newBufferedWriter(o.output().resolve(FINDINGS),
          StandardCharsets.UTF_8);
          Writer lw = Files.newBufferedWriter(o.output().resolve(LINES), StandardCharsets.UTF_8,
              java.nio.file.StandardOpenOption.CREATE,
              java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
              java.nio.file.StandardOpenOption.WRITE)) {
        Csv.row(fw, FINDING_HEADER);
        List<String> header = new ArrayList<>(in.columns);
        header.addAll(OutputColumns.LINE_VERDICT);
        Csv.row(lw, header.toArray(new String[0]));
        if (format == InputFormat.EOB_NDJSON) {
          Map<Long, String> bad = DuckDbInput.unreadableRecords(s);
          unreadableRecords = bad.size();
          for (Map.Entry<Long, String> e : bad.entrySet()) {
            writeFinding(fw, UnreadableRecord.finding(e.getKey(), e.getValue()));
          }
        }
        try {
          judge(s, in, audit, totals, fw, lw, progress, rows);
        } catch (SQLException e) {
          throw new AuditInputException(AuditInputException.Kind.UNREADABLE, "cannot read "
            + o.input().getFileName() + " as "
              + format.code() + ": " + DuckDbInput.describe(e));
        }
      }
      AuditResult result = new AuditResult(o.input().getFileName().toString(), format, totals,
          in.missingOptional(), unreadableRecords, historyFrom, period.last(),
          Duration.ofNanos(System.nanoTime() - start));
      SummaryJson.write(o.output().resolve(SUMMARY), result);
      ReportPage.write(o.output().resolve(REPORT), result);
      progress.say("done in " + seconds(start) + " s: " + totals.linesFlagged()
          + " lines with units not covered, " + totals.amountAtRisk() + " at risk");
      return result;
    } catch (SQLException e) {
      throw new AuditInputException(AuditInputException.Kind.FAILED, "cannot audit "
          + o.input().getFileName() + ": "
          + DuckDbInput.describe(e));
    }
  }

  /** The first and last readable date of service, read as the rules read dates; the records. */
  private static Span period(Statement s, DuckDbInput in) throws SQLException {
    LocalDate first = null;
    LocalDate last = null;
    long n = 0;
    try (ResultSet r = s.executeQuery(in.datesQuery())) {
      while (r.next()) {
        n += r.getLong(2);
        LocalDate d = CarrierLine.readDate(r.getString(1)).orElse(null);
        if (d != null) {
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
        }
      }
    }
    return new Span(first, last, n);
  }

  /** Beneficiaries' lines handed from the reading thread to the judging thread. */
  private record Batch(List<List<CarrierLine>> groups, List<List<String>> records) {}

  private static final Batch END = new Batch(List.of(), List.of());
  /** Lines per batch handed over (bounded: the queue holds at most a few batches). */
  private static final int BATCH_LINES = 4096;

  /**
   * Streams the lines grouped by beneficiary and judges them on a second thread: this thread
   * fetches and reads the records (DuckDB's JDBC fetch is the larger half), the other audits
   * each beneficiary and writes lines.csv and findings.csv in the order read. The queue between
   * them is bounded, so memory stays a few thousand lines plus the largest beneficiary.
   */
  private static void judge(Statement s, DuckDbInput in, ClaimsAudit audit, AuditTotals totals,
      Writer findings, Writer lines, Progress progress, long rows)
      throws SQLException, IOException {
    int n = in.columns.size();
    RifColumn[] rifCols = RifColumn.values();
    int[] rifIndex = new int[rifCols.length];
    for (int i = 0; i < rifCols.length; i++) {
      String name = in.rif.get(rifCols[i]);
      rifIndex[i] = name == null ? -1 : in.columns.indexOf(name);
    }
    java.util.concurrent.BlockingQueue<Batch> queue =
        new java.util.concurrent.ArrayBlockingQueue<>(4);
    java.util.concurrent.atomic.AtomicReference<Throwable> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread judge = new Thread(() -> {
      try {
        long done = 0;
        for (Batch b = queue.take(); b != END; b = queue.take()) {
          for (int g = 0; g < b.groups().size(); g++) {
            flush(audit, b.groups().get(g), b.records().get(g), totals, findings, lines);
            done += b.groups().get(g).size();
          }
          progress.tick(done, rows);
        }
      } catch (Throwable t) {
        failure.set(t);
        queue.clear();
      }
    }, "facet-audit-judge");
    judge.setDaemon(true);
    judge.start();
    try (ResultSet r = s.executeQuery(in.groupedQuery())) {
      List<List<CarrierLine>> groups = new ArrayList<>();
      List<List<String>> records = new ArrayList<>();
      List<CarrierLine> group = new ArrayList<>();
      List<String> recs = new ArrayList<>();
      String key = null;
      int batched = 0;
      String[] v = new String[rifCols.length];
      while (r.next() && failure.get() == null) {
        String joined = r.getString(2);
        String[] f = split(joined, n);
        for (int i = 0; i < v.length; i++) {
          v[i] = rifIndex[i] < 0 ? null : f[rifIndex[i]];
        }
        CarrierLine line = CarrierLine.fromRif(r.getLong(1), v);
        if (key != null && !line.beneficiary().equals(key)) {
          groups.add(group);
          records.add(recs);
          batched += group.size();
          group = new ArrayList<>();
          recs = new ArrayList<>();
          if (batched >= BATCH_LINES) {
            put(queue, new Batch(groups, records), failure);
            groups = new ArrayList<>();
            records = new ArrayList<>();
            batched = 0;
          }
        }
        key = line.beneficiary();
        group.add(line);
        recs.add(joined);
      }
      if (!group.isEmpty()) {
        groups.add(group);
        records.add(recs);
      }
      if (!groups.isEmpty()) {
        put(queue, new Batch(groups, records), failure);
      }
    } finally {
      put(queue, END, failure);
      try {
        judge.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Throwable t = failure.get();
    if (t instanceof IOException e) {
      throw e;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  private static void put(java.util.concurrent.BlockingQueue<Batch> q, Batch b,
      java.util.concurrent.atomic.AtomicReference<Throwable> failure) {
    try {
      while (failure.get() == null && !q.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        // the judging thread is busy; wait unless it failed
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The fields of one record joined by the unit separator (exactly {@code n} of them). */
  static String[] split(String joined, int n) {
    String[] f = new String[n];
    int from = 0;
    for (int i = 0; i < n - 1; i++) {
      int to = joined.indexOf('\u001f', from);
      if (to < 0) {
        f[i] = joined.substring(from);
        from = joined.length();
        for (int j = i + 1; j < n; j++) {
          f[j] = "";
        }
        return f;
      }
      f[i] = joined.substring(from, to);
      from = to + 1;
    }
    f[n - 1] = joined.substring(Math.min(from, joined.length()));
    return f;
  }

  private static void flush(ClaimsAudit audit, List<CarrierLine> group, List<String> records,
      AuditTotals totals, Writer findings, Writer lines) throws IOException {
    BeneficiaryAudit a = audit.audit(group);
    totals.add(a);
    List<LineVerdict> vs = a.verdicts();
    for (int i = 0; i < vs.size(); i++) {
      LineVerdict v = vs.get(i);
      writeRecord(lines, records.get(i));
      lines.write(',');
      lines.write(Integer.toString(v.unitsNotCovered()));
      lines.write(',');
      lines.write(v.amountText());
      lines.write(',');
      lines.write(v.findingIds());
      lines.write('\n');
    }
    for (AuditFinding f : a.findings()) {
      writeFinding(findings, f);
    }
  }

  /** The input columns of one record as CSV fields (quoted only where a field needs it). */
  private static void writeRecord(Writer w, String joined) throws IOException {
    boolean plain = true;
    for (int i = 0; i < joined.length() && plain; i++) {
      char c = joined.charAt(i);
      plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    if (plain) {
      w.write(joined.replace('\u001f', ','));
      return;
    }
    int from = 0;
    while (true) {
      int to = joined.indexOf('\u001f', from);
      Csv.field(w, to < 0 ? joined.substring(from) : joined.substring(from, to));
      if (to < 0) {
        return;
      }
      w.write(',');
      from = to + 1;
    }
  }

  private static void writeFinding(Writer w, AuditFinding f) throws IOException {
    Csv.row(w, f.beneficiary(), f.claimId(), f.lineNumber(),
        f.sessionDate() == null ? "" : f.sessionDate().toString(), f.id(),
        f.severity().label(), f.source(), f.message(), Integer.toString(f.units()),
        f.amount().toPlainString(), Long.toString(f.row()));
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
