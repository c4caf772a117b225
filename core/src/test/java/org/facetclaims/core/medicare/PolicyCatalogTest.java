package org.facetclaims.core.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.Confidence;
import org.facetclaims.core.coverage.CoverageContext.StateInput;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.CoverageRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled catalog: states, contractors, dated versions and their choice; the loader. */
class PolicyCatalogTest {
  static final PolicyCatalog CATALOG = PolicyCatalog.bundled();

  static UsState state(String s) {
    return CATALOG.state(s).orElseThrow();
  }

  static List<String> ids(List<Finding> fs) {
    return fs.stream().map(Finding::id).collect(Collectors.toList());
  }

  @Nested
  @DisplayName("states")
  class States {
    @Test
    @DisplayName("50 states, DC and 5 territories, each with a contractor")
    void all() {
      assertThat(CATALOG.states()).hasSize(56);
      for (UsState s : CATALOG.states()) {
        assertThat(CATALOG.contractorOf(s.jurisdiction())).as(s.toString()).isPresent();
        assertThat(CATALOG.version(s.jurisdiction(), LocalDate.of(2023, 1, 1))).as(s.toString())
            .isPresent();
      }
    }

    @Test
    @DisplayName("USPS codes and names in any case and punctuation; nothing else")
    void parse() {
      assertThat(state("OH").name()).isEqualTo("Ohio");
      assertThat(state("oh")).isEqualTo(state("Ohio")).isEqualTo(state(" OHIO "));
      assertThat(state("Washington, D.C.").usps()).isEqualTo("DC");
      assertThat(state("District of Columbia").usps()).isEqualTo("DC");
      assertThat(state("U.S. Virgin Islands").usps()).isEqualTo("VI");
      assertThat(state("new york").usps()).isEqualTo("NY");
      for (String bad : new String[] {"", "XX", "36", "39", "Ohio City", "Atlantis", "O",
          "ZZZ", "Mexico"}) {
        assertThat(CATALOG.state(bad)).as(bad).isEmpty();
      }
      assertThat(CATALOG.state(null)).isEmpty();
      assertThat(CATALOG.state("x".repeat(10_000))).isEmpty();
    }

    @Test
    @DisplayName("SSA state codes of CMS files, not FIPS: 36 is Ohio, 39 Pennsylvania")
    void ssa() {
      assertThat(CATALOG.stateBySsaCode("36").map(UsState::usps)).contains("OH");
      assertThat(CATALOG.stateBySsaCode("39").map(UsState::usps)).contains("PA");
      assertThat(CATALOG.stateBySsaCode("01").map(UsState::usps)).contains("AL");
      assertThat(CATALOG.stateBySsaCode("1").map(UsState::usps)).contains("AL");
      assertThat(CATALOG.stateBySsaCode("40").map(UsState::usps)).contains("PR");
      assertThat(CATALOG.stateBySsaCode("48").map(UsState::usps)).contains("VI");
      assertThat(CATALOG.stateBySsaCode("98").map(UsState::usps)).contains("GU");
      assertThat(CATALOG.stateBySsaCode("54")).isEmpty(); // Africa in the SSA table
      assertThat(CATALOG.stateBySsaCode("OH")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("the spec's table of contractors and states")
    @CsvSource({
        "palmetto, AL GA TN NC SC VA WV",
        "wps, IA KS MO NE IN MI",
        "novitas, AR CO LA MS NM OK TX DE DC MD NJ PA",
        "cgs, KY OH",
        "noridian, CA HI NV AS GU MP AK AZ ID MT ND OR SD UT WA WY",
        "ngs, IL MN WI CT ME MA NH NY RI VT",
        "fcso, FL PR VI"})
    void contractors(String contractor, String states) {
      for (String s : states.split(" ")) {
        assertThat(CATALOG.contractorOf(state(s).jurisdiction()).map(Contractor::id))
            .as(s).contains(contractor);
      }
    }
  }

  @Nested
  @DisplayName("versions by contractor and date: the day before and the day of each revision")
  class Versions {
    Optional<PolicyVersion> on(String usps, String date) {
      return CATALOG.select(state(usps), LocalDate.parse(date)).version();
    }

    String text(String usps, String date) {
      return on(usps, date).map(PolicyVersion::text).orElse("none");
    }

    List<String> findings(String usps, String date) {
      return ids(CATALOG.select(state(usps), LocalDate.parse(date)).findings());
    }

    @ParameterizedTest(name = "{0}: {1} is {2}, {3} is {4}")
    @CsvSource({
        "AL, 2024-07-06, 2021, 2024-07-07, 2024, L38765",
        "SC, 2024-07-06, 2021, 2024-07-07, 2024, L38765",
        "IA, 2024-07-13, 2021, 2024-07-14, 2024, L38841",
        "MI, 2024-07-13, 2021, 2024-07-14, 2024, L38841",
        "TX, 2024-08-10, 2021, 2024-08-11, 2024, L34892",
        "PA, 2024-08-10, 2021, 2024-08-11, 2024, L34892",
        "OH, 2024-08-14, 2021, 2024-08-15, 2024, L38773",
        "CA, 2024-12-31, 2021, 2025-01-01, 2024, L38801",
        "AZ, 2024-12-31, 2021, 2025-01-01, 2024, L38803",
        "NY, 2024-12-31, 2021, 2025-01-01, 2024, L35936",
        "IL, 2024-12-31, 2021, 2025-01-01, 2024, L35936"})
    void revisions(String usps, String before, String beforeText, String of, String ofText,
        String lcd) {
      assertThat(text(usps, before)).isEqualTo(beforeText);
      assertThat(text(usps, of)).isEqualTo(ofText);
      assertThat(on(usps, of).get().lcd()).isEqualTo(lcd);
      assertThat(on(usps, before).get().lcd()).isEqualTo(lcd);
      assertThat(on(usps, of).get().policy().levelsBeyondLimitNonCovered()).isTrue();
      assertThat(on(usps, before).get().policy().levelsBeyondLimitNonCovered()).isFalse();
    }

    @Test
    @DisplayName("confirmed MCD dates (Palmetto, WPS, Novitas) give no assumption finding")
    void confirmed() {
      for (String s : new String[] {"AL", "IA", "TX"}) {
        for (String d : new String[] {"2024-07-01", "2024-07-20", "2024-09-01", "2026-02-02"}) {
          assertThat(findings(s, d)).as(s + " " + d).isEmpty();
        }
      }
    }

    @Test
    @DisplayName("CGS: in force by 2024-08-15 (notice); 2024-07-07..08-14 is an assumed window")
    void cgsWindow() {
      assertThat(findings("OH", "2024-07-06")).isEmpty();
      assertThat(findings("OH", "2024-07-07")).containsExactly("FC-631");
      assertThat(findings("KY", "2024-08-14")).containsExactly("FC-631");
      assertThat(findings("OH", "2024-08-15")).isEmpty();
      Finding f = CATALOG.select(state("OH"), LocalDate.of(2024, 8, 1)).findings().get(0);
      assertThat(f.message()).contains("CGS").contains("L38773").contains("2021 text")
          .contains("2024-08-15");
      assertThat(f.source()).contains("CGS notice 2024-08-15").contains("[M]");
    }

    @Test
    @DisplayName("CGS's 2021 version began 2021-05-02; 2021-05-01 has no modelled policy")
    void cgs2021() {
      assertThat(text("OH", "2021-05-01")).isEqualTo("none");
      assertThat(text("OH", "2021-05-02")).isEqualTo("2021");
      assertThat(text("TX", "2021-04-25")).isEqualTo("2021");
      assertThat(text("TX", "2021-04-24")).isEqualTo("none");
    }

    @Test
    @DisplayName("Noridian and NGS: revision dates not found; assumed from 2025-01-01")
    void assumedDates() {
      assertThat(findings("CA", "2024-07-06")).isEmpty();
      assertThat(findings("CA", "2024-07-07")).containsExactly("FC-631");
      assertThat(findings("NY", "2024-12-31")).containsExactly("FC-631");
      assertThat(findings("NY", "2025-01-01")).isEmpty();
      PolicyVersion v = on("NY", "2025-01-01").get();
      assertThat(v.dateConfidence()).isEqualTo(Confidence.L);
      assertThat(v.dateConfirmed()).isFalse();
      assertThat(v.note()).contains("not found");
    }

    @Test
    @DisplayName("First Coast: no 2024 revision confirmed; the 2021 text with a finding")
    void firstCoast() {
      assertThat(text("FL", "2026-02-02")).isEqualTo("2021");
      assertThat(findings("FL", "2024-07-06")).isEmpty();
      assertThat(findings("FL", "2024-07-07")).containsExactly("FC-631");
      assertThat(findings("PR", "2026-02-02")).containsExactly("FC-631");
      assertThat(CATALOG.versions("JN")).extracting(PolicyVersion::from)
          .containsExactly(Optional.of(LocalDate.of(2021, 4, 25)), Optional.empty());
    }

    @Test
    @DisplayName("Noridian JF moves to L38801/A58403 on 2026-04-16 (one secondary source)")
    void noridianJf() {
      assertThat(on("AZ", "2026-04-15").get().lcd()).isEqualTo("L38803");
      assertThat(on("AZ", "2026-04-15").get().article()).isEqualTo("A58405");
      assertThat(on("AZ", "2026-04-16").get().lcd()).isEqualTo("L38801");
      assertThat(on("AZ", "2026-04-16").get().article()).isEqualTo("A58403");
      assertThat(on("AZ", "2026-04-16").get().text()).isEqualTo("2024");
      assertThat(on("CA", "2026-04-15").get().lcd()).isEqualTo("L38801");
    }

    @Test
    @DisplayName("Virginia: Northern Virginia Part B goes to Novitas; a finding when texts differ")
    void virginia() {
      assertThat(findings("VA", "2024-07-06")).isEmpty();
      assertThat(findings("VA", "2024-07-20")).containsExactly("FC-631");
      assertThat(CATALOG.select(state("VA"), LocalDate.of(2024, 7, 20)).findings().get(0)
          .message()).contains("Arlington").contains("Novitas");
      assertThat(findings("VA", "2024-08-11")).isEmpty();
    }

    @Test
    @DisplayName("the CGS thoracolumbar rule is data of CGS's versions only")
    void thoracolumbar() {
      assertThat(on("OH", "2025-01-01").get().policy().thoracolumbarJunctionFrom())
          .contains(LocalDate.of(2025, 1, 1));
      assertThat(on("OH", "2024-08-15").get().policy().thoracolumbarJunctionFrom())
          .contains(LocalDate.of(2025, 1, 1));
      assertThat(on("AL", "2025-01-01").get().policy().thoracolumbarJunctionFrom()).isEmpty();
      assertThat(on("NY", "2025-01-01").get().policy().thoracolumbarJunctionFrom()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the state from the input, and an unknown state")
  class Selection {
    PolicySelection select(String date, StateInput... in) {
      return CATALOG.select(List.of(in), LocalDate.parse(date));
    }

    @Test
    @DisplayName("one state, named twice alike, chooses its contractor")
    void agreeing() {
      PolicySelection s = select("2025-03-03", new StateInput("OH", "Location/a.address.state"),
          new StateInput("Ohio", "Organization/o.address.state"));
      assertThat(s.findings()).isEmpty();
      assertThat(s.version().get().contractor().id()).isEqualTo("cgs");
    }

    @Test
    @DisplayName("a value that is not a state: FC-629 naming the element, then unknown state")
    void notAState() {
      PolicySelection s = select("2023-03-03", new StateInput("Atlantis",
          "Location/loc-1.address.state"));
      assertThat(ids(s.findings())).containsExactly("FC-629");
      assertThat(s.findings().get(0).element()).contains("Location/loc-1.address.state");
      assertThat(s.findings().get(0).message()).contains("Atlantis");
      assertThat(s.state()).isEmpty();
      assertThat(s.policy().get().name()).isEqualTo("medicare-2021-state-unknown");
    }

    @Test
    @DisplayName("an invalid value beside a valid one: the valid state, and FC-629 for the other")
    void invalidBesideValid() {
      PolicySelection s = select("2025-03-03", new StateInput("Z9", "--state"),
          new StateInput("TX", "Location/x.address.state"));
      assertThat(ids(s.findings())).containsExactly("FC-629");
      assertThat(s.state().map(UsState::usps)).contains("TX");
    }

    @Test
    @DisplayName("two different states: FC-630 naming both elements, then unknown state")
    void conflict() {
      PolicySelection s = select("2025-03-03", new StateInput("OH", "Location/a.address.state"),
          new StateInput("TX", "Organization/o.address.state"));
      assertThat(ids(s.findings())).containsExactly("FC-630", "FC-631");
      assertThat(s.findings().get(0).message()).contains("OH").contains("TX");
      assertThat(s.findings().get(0).element().get()).contains("Location/a.address.state")
          .contains("Organization/o.address.state");
      assertThat(s.state()).isEmpty();
    }

    @Test
    @DisplayName("unknown state, every contractor on the same text: that text, no finding")
    void sameEverywhere() {
      PolicySelection s = select("2023-03-03");
      assertThat(s.findings()).isEmpty();
      assertThat(s.policy().get().name()).isEqualTo("medicare-2021-state-unknown");
      assertThat(s.policy().get().levelsBeyondLimitNonCovered()).isFalse();
    }

    @Test
    @DisplayName("unknown state, texts differ: the text of most contractors, with FC-631")
    void differing() {
      PolicySelection early = select("2024-07-10");
      assertThat(ids(early.findings())).containsExactly("FC-631");
      assertThat(early.policy().get().name()).isEqualTo("medicare-2021-state-unknown");
      PolicySelection late = select("2026-02-02");
      assertThat(ids(late.findings())).containsExactly("FC-631");
      assertThat(late.policy().get().name()).isEqualTo("medicare-2024-state-unknown");
      assertThat(late.findings().get(0).message()).contains("First Coast")
          .contains("2024 text is assumed");
      assertThat(late.policy().get().thoracolumbarJunctionFrom()).isEmpty();
    }

    @Test
    @DisplayName("unknown state in CGS's first week of 2021: FC-631 names CGS")
    void cgsFirstWeek() {
      PolicySelection s = select("2021-04-28");
      assertThat(ids(s.findings())).containsExactly("FC-631");
      assertThat(s.findings().get(0).message()).contains("CGS").contains("no modelled policy");
    }

    @Test
    @DisplayName("before every policy: the earliest text, which will report FC-601")
    void beforeAll() {
      PolicySelection s = select("2020-01-01");
      assertThat(s.findings()).isEmpty();
      assertThat(s.policy().get().effectiveFrom()).isEqualTo(LocalDate.of(2021, 4, 25));
    }
  }

  @Nested
  @DisplayName("the rules as data")
  class Rules {
    @Test
    @DisplayName("the catalog's 2021 text has the numbers of the standard 2021 policy")
    void text2021() {
      CoveragePolicy std = CoveragePolicy.medicareLcd2021();
      CoveragePolicy p = CATALOG.version("JJ", LocalDate.of(2023, 1, 1)).get().policy();
      assertThat(p.maxJointLevelsPerSession()).isEqualTo(std.maxJointLevelsPerSession());
      assertThat(p.levelsBeyondLimitNonCovered()).isFalse();
      assertThat(p.maxSessionsPerWindow()).isEqualTo(std.maxSessionsPerWindow());
      assertThat(p.sessionWindow()).isEqualTo(std.sessionWindow());
      assertThat(p.diagnosticBlocksRequired()).isEqualTo(std.diagnosticBlocksRequired());
      assertThat(p.diagnosticBlockReliefPercent()).isEqualTo(std.diagnosticBlockReliefPercent());
      assertThat(p.repeatReliefPercent()).isEqualTo(std.repeatReliefPercent());
      assertThat(p.repeatReliefMonths()).isEqualTo(std.repeatReliefMonths());
      assertThat(p.minThermalCelsius()).isEqualTo(std.minThermalCelsius());
      assertThat(p.nonCoveredMethods()).isEqualTo(std.nonCoveredMethods());
      assertThat(p.coveredImaging()).isEqualTo(std.coveredImaging());
      assertThat(p.coveredDiagnoses()).isEqualTo(std.coveredDiagnoses());
      assertThat(p.priorAuthorizationFrom()).isEqualTo(std.priorAuthorizationFrom());
      assertThat(p.priorAuthorizationPlaces()).isEqualTo(std.priorAuthorizationPlaces());
      assertThat(p.oneRegionPerSession()).isFalse();
      assertThat(p.repeatFunctionalImprovement()).isFalse();
      assertThat(p.sedationCodes()).isEmpty();
      assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2021, 4, 25));
    }

    @Test
    @DisplayName("the 2024 text: each rule on, with its source naming the LCD and confidence")
    void text2024() {
      CoveragePolicy p = CATALOG.version("J15", LocalDate.of(2025, 3, 3)).get().policy();
      assertThat(p.name()).isEqualTo("cgs-L38773-2024");
      assertThat(p.levelsBeyondLimitNonCovered()).isTrue();
      assertThat(p.maxJointLevelsPerSession()).isEqualTo(2);
      assertThat(p.oneRegionPerSession()).isTrue();
      assertThat(p.repeatFunctionalImprovement()).isTrue();
      assertThat(p.diagnosticBlockSpacing()).contains(Period.ofDays(14));
      assertThat(p.maxDiagnosticSessionsPerWindow()).isEqualTo(4);
      assertThat(p.diagnosticSessionWindow()).isEqualTo(Period.ofMonths(12));
      assertThat(p.rediagnosisAfter()).contains(Period.ofYears(2));
      assertThat(p.radiculopathyDiagnoses()).containsKeys("M4716", "M4727", "M5416");
      assertThat(p.radiculopathyDiagnoses().get("M5416"))
          .containsExactly(JointFamily.LUMBAR_SACRAL);
      assertThat(p.sedationCodes()).contains("99152", "99153", "01939", "01940");
      assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2024, 8, 15));
      Map<CoverageRule, Confidence> c = p.confidences();
      assertThat(c.get(CoverageRule.LEVELS_PER_SESSION)).isEqualTo(Confidence.H);
      assertThat(c.get(CoverageRule.ONE_REGION_PER_SESSION)).isEqualTo(Confidence.M);
      assertThat(c.get(CoverageRule.REPEAT_RELIEF)).isEqualTo(Confidence.M);
      assertThat(c.get(CoverageRule.DIAGNOSES)).isEqualTo(Confidence.L);
      assertThat(c.get(CoverageRule.THORACOLUMBAR_JUNCTION)).isEqualTo(Confidence.H);
      assertThat(p.source(CoverageRule.LEVELS_PER_SESSION)).contains("L38773/A58364")
          .contains("Three or four-level").contains("[H]");
      assertThat(p.source(CoverageRule.EFFECTIVE_DATE)).contains("CGS notice 2024-08-15");
      for (CoverageRule r : CoverageRule.values()) {
        assertThat(p.sources()).as(r.name()).containsKey(r);
        assertThat(p.confidence(r)).as(r.name()).isPresent();
      }
    }

    @Test
    @DisplayName("every rule fact has a source and a confidence; 2024 covers every 2021 rule")
    void facts() {
      assertThat(CATALOG.rules()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
      List<String> r2021 = CATALOG.rules().stream().filter(f -> f.text().equals("2021"))
          .map(RuleFact::rule).collect(Collectors.toList());
      List<String> r2024 = CATALOG.rules().stream().filter(f -> f.text().equals("2024"))
          .map(RuleFact::rule).collect(Collectors.toList());
      assertThat(r2024).containsAll(r2021);
    }

    @Test
    @DisplayName("prior authorization: 64492 and 64495 removed from 2024-08-15")
    void priorAuthorization() {
      CoveragePolicy p = CATALOG.version("JJ", LocalDate.of(2025, 1, 1)).get().policy();
      LocalDate last = LocalDate.of(2024, 8, 14);
      assertThat(p.needsPriorAuthorization("64492", last)).isTrue();
      assertThat(p.needsPriorAuthorization("64492", last.plusDays(1))).isFalse();
      assertThat(p.needsPriorAuthorization("64495", last.plusDays(1))).isFalse();
      assertThat(p.needsPriorAuthorization("64493", last.plusDays(1))).isTrue();
      assertThat(p.needsPriorAuthorization("64635", LocalDate.of(2023, 7, 1))).isTrue();
      assertThat(p.needsPriorAuthorization("64635", LocalDate.of(2023, 6, 30))).isFalse();
      assertThat(p.needsPriorAuthorization("64999", last)).isFalse();
      assertThat(p.priorAuthorizationBillTypes()).containsExactly("13");
    }

    @Test
    @DisplayName("codes a coder may confuse, sedation and blocks: categories and regions")
    void codes() {
      assertThat(CATALOG.code("0216T").get().category())
          .isEqualTo(CodeCategory.ULTRASOUND_FACET_INJECTION);
      assertThat(CATALOG.code("0216t").get().regionIfAny()).contains(JointFamily.LUMBAR_SACRAL);
      assertThat(CATALOG.code("64628").get().category()).isEqualTo(CodeCategory.OUT_OF_SCOPE);
      assertThat(CATALOG.code("0441T").get().category()).isEqualTo(CodeCategory.OUT_OF_SCOPE);
      assertThat(CATALOG.code("64625").get().category()).isEqualTo(CodeCategory.OUT_OF_SCOPE);
      assertThat(CATALOG.code("99152").get().category()).isEqualTo(CodeCategory.SEDATION);
      assertThat(CATALOG.code("01940").get().category()).isEqualTo(CodeCategory.ANESTHESIA);
      assertThat(CATALOG.code("64493").get().category()).isEqualTo(CodeCategory.FACET_INJECTION);
      assertThat(CATALOG.code("99213")).isEmpty();
      for (String c : new String[] {"0213T", "0214T", "0215T", "0216T", "0217T", "0218T",
          "64628", "64629", "0440T", "0442T", "64624"}) {
        assertThat(CATALOG.code(c)).as(c).isPresent();
      }
    }
  }

  @Nested
  @DisplayName("the loader")
  class Loader {
    static final String MINIMAL = String.join("\n",
        "[jurisdictions]", "jurisdiction\tcontractor\tcontractor-name", "J15\tcgs\tCGS",
        "[states]", "usps\tname\tother-names\tssa\tjurisdiction\tother-jurisdiction\tnote",
        "OH\tOhio\t\t36\tJ15",
        "[rules]", "text\trule\tvalue\tconfidence\tsource",
        "2024\tlevels-per-session\t3 non-covered\tM\tmy MAC",
        "[versions]", "jurisdictions\tlcd\tarticle\ttext\tfrom\tto\tdate-confidence"
            + "\tuncertain-from\tdiagnoses\tsource\tnote",
        "J15\tL1\tA1\t2024\t2025-01-01\t\tH\t\t\tmy MCD copy",
        "[diagnoses]", "list\tcode\tregions\tkind\tvalid-from\tvalid-to\tconfidence\tsource");

    @Test
    @DisplayName("a replacement file changes a rule without a code change")
    void replace(@TempDir Path dir) throws Exception {
      Path f = dir.resolve("mine.tsv");
      Files.writeString(f, MINIMAL);
      PolicyCatalog c = PolicyCatalog.load(f);
      CoveragePolicy p = c.select(c.state("OH").get(), LocalDate.of(2025, 2, 2)).policy().get();
      assertThat(p.maxJointLevelsPerSession()).isEqualTo(3);
      assertThat(p.source(CoverageRule.LEVELS_PER_SESSION)).contains("my MAC").contains("[M]");
      assertThat(c.sourceName()).isEqualTo("mine.tsv");
    }

    @Test
    @DisplayName("errors name the source and the line")
    void errors() {
      assertThatThrownBy(() -> parse(MINIMAL.replace("2025-01-01", "2025-13-01")))
          .hasMessageContaining("t.tsv line 12").hasMessageContaining("not an ISO date");
      assertThatThrownBy(() -> parse(MINIMAL.replace("levels-per-session", "levels-per-visit")))
          .hasMessageContaining("line 9").hasMessageContaining("unknown rule");
      assertThatThrownBy(() -> parse(MINIMAL.replace("3 non-covered", "3 maybe")))
          .hasMessageContaining("line 9").hasMessageContaining("levels-per-session");
      assertThatThrownBy(() -> parse(MINIMAL.replace("\tM\tmy MAC", "\tQ\tmy MAC")))
          .hasMessageContaining("line 9").hasMessageContaining("confidence");
      assertThatThrownBy(() -> parse(MINIMAL.replace("[rules]", "[rulez]")))
          .hasMessageContaining("unknown section [rulez]");
      assertThatThrownBy(() -> parse(MINIMAL.replace("\t36\t", "\t3x\t")))
          .hasMessageContaining("SSA code");
      assertThatThrownBy(() -> parse(MINIMAL + "\n[versions]\n"))
          .hasMessageContaining("appears twice");
      assertThatThrownBy(() -> parse(MINIMAL.replace("J15\tL1", "J99\tL1")))
          .hasMessageContaining("unknown jurisdiction J99");
      String overlap = MINIMAL.replace("[diagnoses]",
          "J15\tL2\tA2\t2024\t2025-06-01\t\tH\t\t\tx\n[diagnoses]");
      assertThatThrownBy(() -> parse(overlap)).hasMessageContaining("versions overlap");
    }

    PolicyCatalog parse(String text) {
      return PolicyCatalog.parse(new StringReader(text), "t.tsv");
    }
  }
}
