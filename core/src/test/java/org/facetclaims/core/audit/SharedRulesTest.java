package org.facetclaims.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.facetclaims.core.Finding;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.coverage.CoverageContext;
import org.facetclaims.core.coverage.CoverageLine;
import org.facetclaims.core.coverage.CoverageSession;
import org.facetclaims.core.coverage.DiagnosticBlock;
import org.facetclaims.core.coverage.PatientHistory;
import org.facetclaims.core.medicare.MedicareCoverage;
import org.facetclaims.core.medicare.PolicyCatalog;
import org.junit.jupiter.api.Test;

/**
 * One source of truth: the claims audit and the coverage checks read the same policy catalog and
 * apply the same rules, so the same claim lines get the same non-covered units from both, and a
 * replaced catalog changes both alike.
 */
class SharedRulesTest {
  static final LocalDate DOS = LocalDate.of(2025, 3, 3);
  static final String STATE = "OH";

  /** One claim line of a session: code, modifiers, units. */
  record Line(String code, String mods, int units) {}

  // ---- the same lines, the same verdicts ----

  @Property(tries = 300)
  void theAuditAndTheCoverageChecksDenyTheSameUnits(@ForAll("sessions") List<Line> session) {
    assertSameUnits(MedicareCoverage.standard(), ClaimsAudit.builder()
        .historyFrom(LocalDate.of(2024, 1, 1)).build(), session);
  }

  @Provide
  Arbitrary<List<Line>> sessions() {
    Arbitrary<Line> line = Combinators.combine(
        Arbitraries.of("64633", "64634", "64635", "64636"),
        Arbitraries.of("50", "RT", "LT", "RT-LT", ""),
        Arbitraries.integers().between(1, 4))
        .as(Line::new);
    return line.list().ofMinSize(1).ofMaxSize(5);
  }

  // ---- a replaced catalog changes both ----

  @Test
  void aLevelLimitOfThreeInTheCatalogChangesBoth() {
    List<Line> threeLevels = List.of(new Line("64635", "50", 1), new Line("64636", "50", 2));
    List<Line> fourLevels = List.of(new Line("64635", "50", 1), new Line("64636", "50", 3));
    // The bundled catalog: the third level is non-covered (2024 text, CGS).
    assertThat(units(audit(bundled()), threeLevels)).containsExactly(0, 1);
    assertThat(units(coverage(bundled()), threeLevels)).containsExactly(0, 1);
    PolicyCatalog three = replaced("2024\tlevels-per-session\t2 non-covered",
        "2024\tlevels-per-session\t3 non-covered");
    assertThat(units(audit(three), threeLevels)).containsExactly(0, 0);
    assertThat(units(coverage(three), threeLevels)).containsExactly(0, 0);
    assertThat(units(audit(three), fourLevels)).containsExactly(0, 1);
    assertThat(units(coverage(three), fourLevels)).containsExactly(0, 1);
  }

  @Test
  void aDiagnosisTakenOffTheListChangesBoth() {
    List<Line> session = List.of(new Line("64635", "50", 1));
    assertThat(units(audit(bundled()), session)).containsExactly(0);
    assertThat(units(coverage(bundled()), session)).containsExactly(0);
    PolicyCatalog without = replaced("lcd-2024\tM47.815\tCT LS\tcovered", "# removed");
    assertThat(units(audit(without), session)).containsExactly(1);
    assertThat(units(coverage(without), session)).containsExactly(1);
    assertThat(auditIds(without, session)).contains("FC-805");
  }

  @Test
  void aLaterRevisionDateChangesBoth() {
    // Two regions on 2024-09-02 in Ohio: one region is non-covered under CGS's 2024 text (from
    // 2024-08-15 in the bundled data); with the revision moved to 2024-10-01, both apply the
    // 2021 text on that date and deny nothing.
    LocalDate date = LocalDate.of(2024, 9, 2);
    List<Line> twoRegions = List.of(new Line("64633", "RT", 1), new Line("64635", "50", 1),
        new Line("64636", "50", 1));
    assertThat(units(audit(bundled()), twoRegions, date)).containsExactly(1, 0, 0);
    assertThat(units(coverage(bundled()), twoRegions, date)).containsExactly(1, 0, 0);
    PolicyCatalog later = replaced(
        "J15\tL38773\tA58364\t2021\t2021-05-02\t2024-08-14", "J15\tL38773\tA58364\t2021\t"
        + "2021-05-02\t2024-09-30",
        "J15\tL38773\tA58364\t2024\t2024-08-15", "J15\tL38773\tA58364\t2024\t2024-10-01");
    assertThat(units(audit(later), twoRegions, date)).containsExactly(0, 0, 0);
    assertThat(units(coverage(later), twoRegions, date)).containsExactly(0, 0, 0);
  }

  @Test
  void theStatesOfTheAuditAreTheCatalogs() {
    PolicyDirectory d = PolicyDirectory.medicare();
    assertThat(d.catalog()).isSameAs(PolicyCatalog.bundled());
    for (var s : PolicyCatalog.bundled().states()) {
      assertThat(d.usps(s.ssaCode())).contains(s.usps());
      assertThat(d.usps(s.name())).contains(s.usps());
      assertThat(d.isSsaCode(s.ssaCode())).isTrue();
    }
    assertThat(d.usps("54")).isEmpty(); // a foreign SSA code
    assertThat(d.resolve("36", DOS).contractor()).isEqualTo(PolicyCatalog.bundled()
        .contractorOf("J15").orElseThrow().toString());
  }

  @Test
  void anUnknownStateIsJudgedAsTheCoverageChecksJudgeIt() {
    PolicyDirectory d = PolicyDirectory.medicare();
    for (LocalDate date : List.of(LocalDate.of(2021, 4, 1), LocalDate.of(2023, 6, 1),
        LocalDate.of(2024, 9, 2), LocalDate.of(2025, 3, 3))) {
      var chosen = PolicyCatalog.bundled().selectForUnknownState(date).policy();
      PolicyDirectory.Resolution r = d.resolution("", date);
      if (date.isBefore(LocalDate.of(2021, 4, 25))) {
        assertThat(r.rules()).as(date.toString()).isNull();
        assertThat(r.applied().text()).isEqualTo(PolicyText.NOT_MODELLED);
      } else {
        assertThat(r.rules()).as(date.toString()).isSameAs(chosen.orElseThrow());
        assertThat(r.applied().assumption()).startsWith("no provider state");
      }
    }
    assertThat(d.resolve("ZZ", LocalDate.of(2025, 3, 3)).text()).isEqualTo(PolicyText.LCD_2024);
    assertThat(d.resolve(null, LocalDate.of(2023, 6, 1)).text()).isEqualTo(PolicyText.LCD_2021);
  }

  // ---- helpers ----

  interface Judge {
    List<Integer> units(List<Line> lines, LocalDate date);
  }

  static PolicyCatalog bundled() {
    return PolicyCatalog.bundled();
  }

  /** The bundled catalog with each {@code from, to} pair of texts replaced (each must occur). */
  static PolicyCatalog replaced(String... fromTo) {
    String text;
    try (InputStream in = PolicyCatalog.class.getResourceAsStream("facet-policies.tsv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (int i = 0; i < fromTo.length; i += 2) {
      assertThat(text).contains(fromTo[i]);
      text = text.replace(fromTo[i], fromTo[i + 1]);
    }
    return PolicyCatalog.parse(new StringReader(text), "replaced catalog");
  }

  static Judge audit(PolicyCatalog catalog) {
    return (lines, date) -> {
      ClaimsAudit a = ClaimsAudit.builder().catalog(catalog)
          .historyFrom(date.minusYears(1)).build();
      List<CarrierLine> in = carrierLines(lines, date);
      List<Integer> out = new ArrayList<>();
      BeneficiaryAudit r = a.audit(in);
      for (LineVerdict v : r.verdicts().subList(4, r.verdicts().size())) {
        out.add(v.unitsNotCovered());
      }
      return out;
    };
  }

  static Judge coverage(PolicyCatalog catalog) {
    return (lines, date) -> {
      CoverageAssessment a = MedicareCoverage.of(catalog).assess(session(lines, date),
          context(date));
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        out.add(a.nonCoveredUnits(i));
      }
      return out;
    };
  }

  static List<Integer> units(Judge j, List<Line> lines) {
    return j.units(lines, DOS);
  }

  static List<Integer> units(Judge j, List<Line> lines, LocalDate date) {
    return j.units(lines, date);
  }

  static List<String> auditIds(PolicyCatalog catalog, List<Line> lines) {
    ClaimsAudit a = ClaimsAudit.builder().catalog(catalog).historyFrom(DOS.minusYears(1)).build();
    List<String> ids = new ArrayList<>();
    for (AuditFinding f : a.audit(carrierLines(lines, DOS)).findings()) {
      ids.add(f.id());
    }
    return ids;
  }

  static void assertSameUnits(MedicareCoverage coverage, ClaimsAudit audit, List<Line> lines) {
    CoverageAssessment a = coverage.assess(session(lines, DOS), context(DOS));
    BeneficiaryAudit r = audit.audit(carrierLines(lines, DOS));
    Statistics.collect(r.verdicts().stream()
        .anyMatch(v -> v.unitsNotCovered() > 0) ? "some units denied" : "none denied");
    for (int i = 0; i < lines.size(); i++) {
      LineVerdict v = r.verdicts().get(4 + i);
      assertThat(v.unitsNotCovered()).as("line " + i + " of " + lines + "; audit "
          + v.findings() + "; coverage " + a.findings().stream().map(Finding::message).toList())
          .isEqualTo(a.nonCoveredUnits(i));
    }
  }

  /** Two KX blocks of each region weeks before, then the session's lines. */
  static List<CarrierLine> carrierLines(List<Line> lines, LocalDate date) {
    List<CarrierLine> out = new ArrayList<>();
    int row = 1;
    for (String block : new String[] {"64490", "64493"}) {
      for (int weeks : new int[] {6, 3}) {
        out.add(line(row++, date.minusWeeks(weeks), block, "KX", 1));
      }
    }
    for (Line l : lines) {
      out.add(line(row++, date, l.code(), l.mods(), l.units()));
    }
    return out;
  }

  static CarrierLine line(int row, LocalDate date, String code, String mods, int units) {
    String[] m = mods.isEmpty() ? new String[0] : mods.split("-");
    String[] v = new String[RifColumn.values().length];
    v[RifColumn.BENE_ID.ordinal()] = "B1";
    v[RifColumn.CLM_ID.ordinal()] = "C" + date;
    v[RifColumn.LINE_NUM.ordinal()] = String.valueOf(row);
    v[RifColumn.LINE_1ST_EXPNS_DT.ordinal()] = date.toString();
    v[RifColumn.HCPCS_CD.ordinal()] = code;
    v[RifColumn.HCPCS_1ST_MDFR_CD.ordinal()] = m.length > 0 ? m[0] : "";
    v[RifColumn.HCPCS_2ND_MDFR_CD.ordinal()] = m.length > 1 ? m[1] : "";
    v[RifColumn.LINE_SRVC_CNT.ordinal()] = String.valueOf(units);
    v[RifColumn.LINE_ICD_DGNS_CD.ordinal()] = "M47815";
    v[RifColumn.LINE_PLACE_OF_SRVC_CD.ordinal()] = "11";
    v[RifColumn.PRVDR_STATE_CD.ordinal()] = STATE;
    v[RifColumn.PRF_PHYSN_NPI.ordinal()] = "1111111111";
    v[RifColumn.LINE_ALOWD_CHRG_AMT.ordinal()] = "100.00";
    v[RifColumn.LINE_NCH_PMT_AMT.ordinal()] = "80.00";
    return CarrierLine.fromRif(row, v);
  }

  static CoverageSession session(List<Line> lines, LocalDate date) {
    CoverageSession.Builder b = CoverageSession.builder(date);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      b.line(CoverageLine.builder(i, l.code(), l.units())
          .modifiers(l.mods().isEmpty() ? new String[0] : l.mods().split("-")).build());
    }
    return b.build();
  }

  static CoverageContext context(LocalDate date) {
    PatientHistory.Builder h = PatientHistory.builder().complete(true);
    for (JointFamily f : JointFamily.values()) {
      for (int weeks : new int[] {6, 3}) {
        h.diagnosticBlock(DiagnosticBlock.builder(date.minusWeeks(weeks), f).reliefPercent(90)
            .build());
      }
    }
    return CoverageContext.builder().stateOfService(STATE, "test").history(h.build())
        .diagnosis("M47.815").placeOfService("11").build();
  }
}
