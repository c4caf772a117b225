package org.facetclaims.audit.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Realistic synthetic carrier claim lines (invented people, providers and amounts) with planted
 * violations and clean look-alikes, deterministic by seed, for the audit's tests and benchmark.
 * Every beneficiary follows one scenario: a clean pattern that resembles a violation (bilateral on
 * one line with 50, one side with RT or LT, a staged bilateral, repeats seven months apart, two
 * regions on different dates, a CGS thoracolumbar session) or a planted violation (a third
 * session in 12 months, a repeat within 6 months (a review under the 2024 text), three levels
 * (a review under the 2021 text), no covered diagnosis, two
 * regions in one session under the 2024 text, RT and LT primary lines, no diagnostic blocks, a
 * deleted code). Diagnostic blocks carry KX and come weeks before the first RF; E/M visits sit
 * on the block and RF dates.
 *
 * <p>Beside the lines it writes the truth: for each line (CLM_ID, LINE_NUM) the finding ids and
 * the units not covered the audit must report.
 */
public final class SyntheticClaims {
  /** The header of the RIF CSV written. */
  public static final String[] COLUMNS = {"BENE_ID", "CLM_ID", "LINE_NUM", "LINE_1ST_EXPNS_DT",
      "HCPCS_CD", "HCPCS_1ST_MDFR_CD", "HCPCS_2ND_MDFR_CD", "LINE_SRVC_CNT",
      "LINE_ICD_DGNS_CD", "LINE_PLACE_OF_SRVC_CD", "PRVDR_STATE_CD", "PRF_PHYSN_NPI",
      "LINE_ALOWD_CHRG_AMT", "LINE_NCH_PMT_AMT"};

  /** The first date of service in every generated file (an office visit of the first person). */
  public static final LocalDate DATA_START = LocalDate.of(2021, 1, 4);

  /**
   * Palmetto GBA's 2024 revision (L38765, CMS MCD): before it every contractor applies the 2021
   * text, so the generator knows which text judges a planted case without asking the library.
   */
  private static final LocalDate PALMETTO_2024 = LocalDate.of(2024, 7, 7);

  private static final DateTimeFormatter RIF_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** States with SSA codes, by contractor: most of the volume, a CGS state, a First Coast one. */
  private static final String[][] STATES = {{"36", "OH"}, {"18", "KY"}, {"45", "TX"},
      {"44", "TN"}, {"05", "CA"}, {"33", "NY"}, {"10", "FL"}, {"14", "IL"}, {"39", "PA"},
      {"23", "MI"}};

  /** One generated claim line, with what the audit must say about it. */
  public record Line(String bene, String claim, int lineNum, LocalDate date, String code,
      String mod1, String mod2, int units, String dx, String pos, String ssaState, String npi,
      BigDecimal allowed, BigDecimal paid, int expectedUnits, TreeSet<String> expected) {}

  private final Random random;
  private final boolean isoDates;
  private int beneCount;
  private int claimCount;
  private final List<String[]> providers = new ArrayList<>();

  private SyntheticClaims(long seed, boolean isoDates) {
    this.random = new Random(seed);
    this.isoDates = isoDates;
    for (int i = 0; i < 400; i++) {
      String[] st = STATES[i % STATES.length];
      providers.add(new String[] {String.valueOf(1_003_000_000L + i * 7919L), st[0], st[1]});
    }
  }

  /**
   * Writes about {@code lines} lines (whole beneficiaries) as RIF CSV and, when {@code truth} is
   * not null, the expected findings per line.
   *
   * @param isoDates dates as YYYY-MM-DD instead of the RIF's YYYYMMDD
   * @return the number of lines written
   */
  public static long writeCsv(Path csv, Path truth, long lines, long seed, boolean isoDates)
      throws IOException {
    SyntheticClaims g = new SyntheticClaims(seed, isoDates);
    long n = 0;
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        Writer t = truth == null ? Writer.nullWriter()
            : Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
      w.write(String.join(",", COLUMNS));
      w.write('\n');
      t.write("CLM_ID,LINE_NUM,EXPECTED_UNITS_NOT_COVERED,EXPECTED_FINDINGS\n");
      while (n < lines) {
        for (Line l : g.nextBeneficiary()) {
          g.csvLine(w, l);
          t.write(l.claim + "," + l.lineNum + "," + l.expectedUnits + ","
              + String.join(" ", l.expected) + "\n");
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Writes the same lines as {@link #writeCsv} (same seed, same count) as CARIN Blue Button
   * ExplanationOfBenefit NDJSON: one EOB per claim, one item per line.
   */
  public static long writeEob(Path ndjson, long lines, long seed) throws IOException {
    SyntheticClaims g = new SyntheticClaims(seed, true);
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(ndjson, StandardCharsets.UTF_8)) {
      while (n < lines) {
        List<Line> b = g.nextBeneficiary();
        int i = 0;
        while (i < b.size()) {
          int j = i;
          while (j < b.size() && b.get(j).claim.equals(b.get(i).claim)) {
            j++;
          }
          EobWriter.write(w, b.subList(i, j));
          w.write('\n');
          n += j - i;
          i = j;
        }
      }
    }
    return n;
  }

  /**
   * Converts a RIF CSV written here to Parquet with the types a data lake would use (DATE,
   * INTEGER, DECIMAL(10,2), text), through DuckDB.
   */
  public static void csvToParquet(Path csv, Path parquet) throws IOException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      s.execute("COPY (SELECT BENE_ID, CLM_ID, LINE_NUM::INTEGER AS LINE_NUM,"
          + " coalesce(try_strptime(LINE_1ST_EXPNS_DT, '%Y%m%d'),"
          + " try_strptime(LINE_1ST_EXPNS_DT, '%Y-%m-%d'))::DATE AS LINE_1ST_EXPNS_DT,"
          + " HCPCS_CD, HCPCS_1ST_MDFR_CD, HCPCS_2ND_MDFR_CD,"
          + " LINE_SRVC_CNT::INTEGER AS LINE_SRVC_CNT, LINE_ICD_DGNS_CD, LINE_PLACE_OF_SRVC_CD,"
          + " PRVDR_STATE_CD, PRF_PHYSN_NPI,"
          + " LINE_ALOWD_CHRG_AMT::DECIMAL(10, 2) AS LINE_ALOWD_CHRG_AMT,"
          + " LINE_NCH_PMT_AMT::DECIMAL(10, 2) AS LINE_NCH_PMT_AMT"
          + " FROM read_csv('" + csv.toAbsolutePath().toString().replace("'", "''")
          + "', header = true, all_varchar = true)) TO '"
          + parquet.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
    } catch (java.sql.SQLException e) {
      throw new IOException("cannot write " + parquet.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private void csvLine(Writer w, Line l) throws IOException {
    String d = isoDates ? l.date.toString() : l.date.format(RIF_DATE);
    w.write(l.bene + "," + l.claim + "," + l.lineNum + "," + d + "," + l.code + ","
        + l.mod1 + "," + l.mod2 + "," + l.units + "," + l.dx + "," + l.pos + "," + l.ssaState
        + "," + l.npi + "," + l.allowed.toPlainString() + "," + l.paid.toPlainString() + "\n");
  }

  // ------------------------------------------------------------------ scenarios

  /** The lines of the next beneficiary, claim by claim. */
  List<Line> nextBeneficiary() {
    Person p = new Person();
    if (beneCount == 1) {
      p.visit(DATA_START);
    }
    int s = random.nextInt(100);
    // RF dates from 2022-02 so that every block look-back is inside the data.
    LocalDate d = LocalDate.of(2022, 2, 1).plusDays(random.nextInt(1_000));
    if (s < 14) { // clean: bilateral on one line with 50, two levels
      p.blocks(d, "LS");
      p.session(d, "M47816", rf("64635", "50", 1, 0), rf("64636", "50", 1, 0));
    } else if (s < 26) { // clean: one side with RT or LT
      String side = random.nextBoolean() ? "RT" : "LT";
      p.blocks(d, "LS");
      p.session(d, "M47816", rf("64635", side, 1, 0), rf("64636", side, 1, 0));
    } else if (s < 36) { // clean: staged bilateral, RT then LT two to four weeks later
      p.blocks(d, "LS");
      p.session(d, "M47817", rf("64635", "RT", 1, 0));
      p.session(d.plusDays(14 + random.nextInt(15)), "M47817", rf("64635", "LT", 1, 0));
    } else if (s < 46) { // clean: repeat seven months later
      p.blocks(d, "LS");
      p.session(d, "M47816", rf("64635", "50", 1, 0));
      p.session(d.plusMonths(7), "M47816", rf("64635", "50", 1, 0));
    } else if (s < 54) { // clean: two regions on different dates
      p.blocks(d, "CT");
      p.blocks(d.plusDays(5), "LS");
      p.session(d, "M47812", rf("64633", "50", 1, 0));
      p.session(d.plusDays(35), "M47816", rf("64635", "50", 1, 0));
    } else if (s < 58) { // look-alike: CGS thoracolumbar session (Ohio, 2025)
      p.state("36", "OH");
      LocalDate c = LocalDate.of(2025, 2, 3).plusDays(random.nextInt(300));
      p.blocks(c, "LS");
      p.session(c, "M47815", rf("64633", "50", 1, 0, "FC-811"), rf("64636", "50", 1, 0));
    } else if (s < 64) { // violation: third session of a region in 12 months
      p.blocks(d, "LS");
      p.session(d, "M47816", rf("64635", "RT", 1, 0));
      p.session(d.plusDays(30), "M47816", rf("64635", "LT", 1, 0));
      p.session(d.plusMonths(8), "M47816", rf("64635", "50", 1, 1, "FC-801"),
          rf("64636", "50", 1, 1, "FC-801"));
    } else if (s < 70) { // violation: repeat on the same side within 6 months
      // Under a 2024 revision (Tennessee, the same dates) it is a review (FC-818): the 2024
      // text's functional prong has no duration.
      boolean text2024 = !d.plusMonths(4).isBefore(PALMETTO_2024);
      if (text2024) {
        p.state("44", "TN");
      }
      p.blocks(d, "LS");
      p.session(d, "M47816", rf("64635", "RT", 1, 0));
      p.session(d.plusMonths(4), "M47816", text2024 ? rf("64635", "RT", 1, 0, "FC-818")
          : rf("64635", "RT", 1, 1, "FC-802"));
    } else if (s < 76) { // violation: three levels in one session
      // Non-covered under a 2024 revision (Tennessee); under the 2021 text a review (FC-819).
      boolean text2024 = !d.isBefore(PALMETTO_2024);
      if (text2024) {
        p.state("44", "TN");
      }
      p.blocks(d, "LS");
      p.session(d, "M47816", rf("64635", "50", 1, 0), text2024
          ? rf("64636", "50", 2, 1, "FC-803") : rf("64636", "50", 2, 0, "FC-819"));
    } else if (s < 81) { // violation: no covered diagnosis (radiculopathy, low back pain)
      p.blocks(d, "LS");
      String dx = random.nextBoolean() ? "M5416" : "M545";
      p.session(d, dx, rf("64635", "RT", 1, 1, "FC-805"));
    } else if (s < 85) { // violation: two regions in one session, 2024 text (Tennessee)
      p.state("44", "TN");
      LocalDate c = LocalDate.of(2024, 8, 1).plusDays(random.nextInt(400));
      p.blocks(c, "CT");
      p.blocks(c.plusDays(2), "LS");
      p.session(c, "M47815", rf("64633", "RT", 1, 1, "FC-804"), rf("64635", "50", 1, 0),
          rf("64636", "50", 1, 0));
    } else if (s < 89) { // review: RT and LT lines of the same primary on one date
      p.blocks(d, "LS");
      p.session(d, "M47816", rf("64635", "RT", 1, 0, "FC-808"),
          rf("64635", "LT", 1, 0, "FC-808"));
    } else if (s < 92) { // review: initial RF without diagnostic blocks
      p.session(d, "M47816", rf("64635", "50", 1, 0, "FC-809"));
    } else if (s < 94) { // violation: a code deleted in 2012
      p.blocks(d, "LS");
      p.session(d, "M47816", rf("64622", "RT", 2, 2, "FC-814"));
    } else { // visits only (E/M) and blocks without an RF
      p.visit(d);
      p.blocks(d.plusDays(40), "LS");
    }
    return p.lines;
  }

  private record Rf(String code, String mod, int units, int expectedUnits, String[] expected) {}

  private static Rf rf(String code, String mod, int units, int expectedUnits, String... exp) {
    return new Rf(code, mod, units, expectedUnits, exp);
  }

  /** One beneficiary being written. */
  private final class Person {
    final String bene = String.format("S%010d", ++beneCount);
    final List<Line> lines = new ArrayList<>();
    String[] provider = providers.get(random.nextInt(providers.size()));

    void state(String ssa, String usps) {
      for (String[] p : providers) {
        if (p[2].equals(usps)) {
          provider = p;
          return;
        }
      }
    }

    void visit(LocalDate d) {
      String claim = claim();
      add(claim, 1, d, random.nextBoolean() ? "99213" : "99214", "", "", 1, "M545",
          price(75, 130), 0);
    }

    /**
     * Two KX diagnostic blocks of a region, four to seven weeks and one to two weeks before the
     * RF (so at least two weeks apart, as the 2024 text wants).
     */
    void blocks(LocalDate rf, String region) {
      String code = region.equals("CT") ? "64490" : "64493";
      String dx = region.equals("CT") ? "M47812" : "M47816";
      LocalDate first = rf.minusDays(28 + random.nextInt(21));
      LocalDate second = rf.minusDays(7 + random.nextInt(7));
      for (LocalDate d : new LocalDate[] {first, second}) {
        String claim = claim();
        add(claim, 1, d, "99213", "25", "", 1, dx, price(70, 110), 0);
        add(claim, 2, d, code, "KX", random.nextInt(4) == 0 ? "50" : "", 1, dx,
            price(120, 190), 0);
      }
    }

    void session(LocalDate d, String dx, Rf... rfs) {
      String claim = claim();
      int n = 1;
      if (random.nextInt(3) == 0) {
        add(claim, n++, d, "99213", "25", "", 1, dx, price(70, 110), 0);
      }
      for (Rf r : rfs) {
        BigDecimal fee = r.code.equals("64636") || r.code.equals("64634") ? price(140, 240)
            : price(320, 560);
        Line l = add(claim, n++, d, r.code, r.mod, "", r.units, dx,
            fee.multiply(BigDecimal.valueOf(r.units)), r.expectedUnits);
        for (String e : r.expected) {
          l.expected.add(e);
        }
      }
    }

    Line add(String claim, int num, LocalDate d, String code, String m1, String m2, int units,
        String dx, BigDecimal paid, int expUnits) {
      BigDecimal allowed = paid.multiply(BigDecimal.valueOf(125))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
      String pos = random.nextInt(5) == 0 ? "22" : "11";
      Line l = new Line(bene, claim, num, d, code, m1, m2, units, dx, pos, provider[1],
          provider[0], allowed, paid, expUnits, new TreeSet<>());
      lines.add(l);
      return l;
    }

    String claim() {
      return String.format("%012d", 700_000_000_000L + (++claimCount));
    }

    BigDecimal price(int low, int high) {
      return BigDecimal.valueOf(low * 100L + random.nextInt((high - low) * 100), 2);
    }
  }
}
