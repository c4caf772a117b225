package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.NeedleTarget;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every worked example stated in coding-rules.md and examples/README.md, as a named test. */
class SpecExamplesTest {
  static final FacetCodingEngine ENGINE = Fixtures.ENGINE;
  static final LocalDate CURRENT = Fixtures.CURRENT;
  static final LocalDate LEGACY = Fixtures.LEGACY;

  static List<String> lines(CodingResult r) {
    return Fixtures.lines(r);
  }

  static List<String> ids(CodingResult r) {
    return Fixtures.ids(r);
  }

  static DocumentedProcedure.Builder rf() {
    return Fixtures.rf();
  }

  static CodingResult code(LocalDate date, PayerProfile profile, DocumentedProcedure... ps) {
    return Fixtures.code(date, profile, ps);
  }

  static CodingResult code(DocumentedProcedure... ps) {
    return code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN, ps);
  }

  @Test
  @DisplayName("§2 legacy: left L3 and L4 medial branches = 64622 + 64623")
  void legacyLeftL3L4Nerves() {
    CodingResult r = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        rf().nerves(Laterality.LEFT, Nerve.L3, Nerve.L4).build());
    assertThat(lines(r)).containsExactly("64622-LT x1", "64623-LT x1", "77003 x1");
  }

  @Test
  @DisplayName("§2 legacy: right C4-C5 joint = C4 + C5 nerves = 64626 + 64627")
  void legacyRightC4C5Joint() {
    CodingResult r = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("C4-C5", Laterality.RIGHT).build());
    assertThat(lines(r)).containsExactly("64626-RT x1", "64627-RT x1", "77003 x1");
  }

  @Test
  @DisplayName("§3 legacy: right L4-L5 and L5-S1 joints = L3, L4, L5 DR = 3 units")
  void legacySharedNerveCountsOnce() {
    CodingResult r = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.RIGHT).joint("L5-S1", Laterality.RIGHT).build());
    assertThat(lines(r)).containsExactly("64622-RT x1", "64623-RT x2", "77003 x1");
  }

  @Test
  @DisplayName("§2 dates before 2007: error finding, no lines")
  void before2007() {
    CodingResult r = code(LocalDate.of(2006, 12, 31), PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.LEFT).build());
    assertThat(r.lines()).isEmpty();
    assertThat(ids(r)).containsExactly("FC-101");
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  @DisplayName("§3 N contiguous nerves = N-1 joints: L3, L4, L5 DR -> L4-L5 and L5-S1")
  void contiguousNerves() {
    CodingResult r = code(rf().nerves(Laterality.RIGHT, Nerve.L3, Nerve.L4,
        Nerve.L5_DORSAL_RAMUS).build());
    assertThat(lines(r)).containsExactly("64635-RT x1", "64636-RT x1");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  @DisplayName("§3 the TON alone completes C2-C3")
  void thirdOccipitalNerveAlone() {
    CodingResult r = code(rf().nerves(Laterality.LEFT, Nerve.THIRD_OCCIPITAL).build());
    assertThat(lines(r)).containsExactly("64633-LT x1");
  }

  @Test
  @DisplayName("§3 a lone L4 medial branch: error with a physician question, no line")
  void loneNerve() {
    CodingResult r = code(rf().nerves(Laterality.LEFT, Nerve.L4).build());
    assertThat(r.lines()).isEmpty();
    assertThat(ids(r)).containsExactly("FC-203");
    assertThat(r.findings().get(0).physicianQuestion()).isPresent();
  }

  @Test
  @DisplayName("§3 non-contiguous L2 and L4: error, no line")
  void nonContiguousNerves() {
    CodingResult r = code(rf().nerves(Laterality.LEFT, Nerve.L2, Nerve.L4).build());
    assertThat(r.lines()).isEmpty();
    assertThat(ids(r)).containsExactly("FC-203");
  }

  @Test
  @DisplayName("§3 legacy: a lone nerve is simply one unit")
  void legacyLoneNerve() {
    CodingResult r = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        rf().nerves(Laterality.LEFT, Nerve.L4).build());
    assertThat(lines(r)).containsExactly("64622-LT x1", "77003 x1");
  }

  @Test
  @DisplayName("§3 needles at L4 and L5 transverse processes and the sacral ala = L3, L4 MB + L5 DR")
  void needleTargets() {
    CodingResult r = code(rf()
        .site(TreatedSite.needleTarget(NeedleTarget.L4_TRANSVERSE_PROCESS, Laterality.LEFT))
        .site(TreatedSite.needleTarget(NeedleTarget.L5_TRANSVERSE_PROCESS, Laterality.LEFT))
        .site(TreatedSite.needleTarget(NeedleTarget.SACRAL_ALA, Laterality.LEFT))
        .build());
    assertThat(lines(r)).containsExactly("64635-LT x1", "64636-LT x1");
  }

  @Test
  @DisplayName("§3 levels L4, L5 and S1: vertebral reading only (S1 names no nerve), warning")
  void levelsWithS1() {
    CodingResult r = code(rf().levels(Laterality.RIGHT, Vertebra.L4, Vertebra.L5, Vertebra.S1)
        .build());
    assertThat(lines(r)).containsExactly("64635-RT x1", "64636-RT x1");
    assertThat(ids(r)).containsExactly("FC-205");
  }

  @Test
  @DisplayName("§3 levels T12, L1, L2: readings differ (64633 + 64635 vs 64635 + 64636): error, no lines")
  void levelsAmbiguous() {
    CodingResult r = code(rf().levels(Laterality.RIGHT, Vertebra.T12, Vertebra.L1, Vertebra.L2)
        .build());
    assertThat(r.lines()).isEmpty();
    assertThat(ids(r)).contains("FC-206", "FC-205");
    Finding ambiguous = r.findings().stream().filter(f -> f.id().equals("FC-206")).findFirst()
        .orElseThrow();
    assertThat(ambiguous.physicianQuestion()).isPresent();
    assertThat(ambiguous.message()).contains("64633-RT x1").contains("64636-RT x1");
  }

  @Test
  @DisplayName("§3 levels L3, L4, L5: both readings give the same lines, the warning suffices")
  void levelsSameLines() {
    CodingResult r = code(rf().levels(Laterality.BILATERAL, Vertebra.L3, Vertebra.L4, Vertebra.L5)
        .build());
    assertThat(lines(r)).containsExactly("64635-50 x1", "64636-50 x1");
    assertThat(ids(r)).containsExactly("FC-205");
  }

  @Test
  @DisplayName("§4 modifier-50: bilateral L4-L5 + L5-S1 -> 64635-50 x1, 64636-50 x1")
  void modifier50Bilateral() {
    CodingResult r = code(rf().joint("L4-L5", Laterality.BILATERAL)
        .joint("L5-S1", Laterality.BILATERAL).build());
    assertThat(lines(r)).containsExactly("64635-50 x1", "64636-50 x1");
  }

  @Test
  @DisplayName("§4 modifier-50: bilateral L4-L5, right L5-S1 -> 64635-50 x1, 64636-RT x1")
  void modifier50Mixed() {
    CodingResult r = code(rf().joint("L4-L5", Laterality.BILATERAL)
        .joint("L5-S1", Laterality.RIGHT).build());
    assertThat(lines(r)).containsExactly("64635-50 x1", "64636-RT x1");
  }

  @Test
  @DisplayName("§4 modifier-50: right L3-L4, left L4-L5 -> 64635-RT x1, 64636-LT x1")
  void modifier50Asymmetric() {
    CodingResult r = code(rf().joint("L3-L4", Laterality.RIGHT)
        .joint("L4-L5", Laterality.LEFT).build());
    assertThat(lines(r)).containsExactly("64635-RT x1", "64636-LT x1");
  }

  @Test
  @DisplayName("§4 rt-lt-lines: bilateral L4-L5 + L5-S1 -> 64635-RT, 64635-LT, 64636-RT, 64636-LT")
  void rtLtLines() {
    CodingResult r = code(CURRENT, PayerProfile.RT_LT_LINES,
        rf().joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL).build());
    assertThat(lines(r)).containsExactly("64635-RT x1", "64635-LT x1", "64636-RT x1",
        "64636-LT x1");
  }

  @Test
  @DisplayName("§4 single-line-units: bilateral L4-L5 + L5-S1 -> 64635-RT-LT x2, 64636-RT-LT x2")
  void singleLineUnits() {
    CodingResult r = code(CURRENT, PayerProfile.SINGLE_LINE_UNITS,
        rf().joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL).build());
    assertThat(lines(r)).containsExactly("64635-RT-LT x2", "64636-RT-LT x2");
  }

  @Test
  @DisplayName("§4 a left and a right procedure of L4-L5 on one day are one bilateral line")
  void twoProceduresOneSession() {
    CodingResult r = code(rf().joint("L4-L5", Laterality.LEFT).build(),
        rf().joint("L4-L5", Laterality.RIGHT).build());
    assertThat(lines(r)).containsExactly("64635-50 x1");
  }

  @Test
  @DisplayName("§4 side not documented: one joint without a side modifier, warning")
  void sideUnknown() {
    CodingResult r = code(rf().joint("L4-L5", Laterality.UNKNOWN).build());
    assertThat(lines(r)).containsExactly("64635 x1");
    assertThat(ids(r)).containsExactly("FC-202");
  }

  @Test
  @DisplayName("§4 unsided joints are add-ons without modifier when the family has a sided joint")
  void unsidedWithSided() {
    CodingResult r = code(rf().joint("L4-L5", Laterality.LEFT)
        .joint("L5-S1", Laterality.UNKNOWN).build());
    assertThat(lines(r)).containsExactly("64635-LT x1", "64636 x1");
  }

  @Test
  @DisplayName("§2 methods: phenol on 2026 date -> 64999 with comparator 64635-RT (example 4)")
  void chemicalToUnlisted() {
    CodingResult r = code(DocumentedProcedure.builder(Technique.chemical(NeurolyticAgent.PHENOL))
        .imaging(Imaging.FLUOROSCOPY).nerves(Laterality.RIGHT, Nerve.L2, Nerve.L3).build());
    assertThat(lines(r)).containsExactly("64999 x1");
    ClaimLine l = r.lines().get(0);
    assertThat(l.comparator()).extracting(ClaimLine::notation).containsExactly("64635-RT x1");
    assertThat(l.description()).contains("phenol").contains("right L3-L4").contains("64635-RT");
    assertThat(ids(r)).containsExactly("FC-302");
  }

  @Test
  @DisplayName("§2 methods: chemical agent in the legacy edition -> destruction codes")
  void chemicalLegacy() {
    CodingResult r = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        DocumentedProcedure.builder(Technique.chemical(NeurolyticAgent.ETHYL_ALCOHOL))
            .imaging(Imaging.FLUOROSCOPY).nerves(Laterality.RIGHT, Nerve.L2, Nerve.L3).build());
    assertThat(lines(r)).containsExactly("64622-RT x1", "64623-RT x1", "77003 x1");
  }

  @Test
  @DisplayName("§2 methods: thermal RF below 80 °C -> 64999 (current), destruction (legacy)")
  void lowTemperature() {
    DocumentedProcedure p = DocumentedProcedure.builder(Technique.thermalRf(60))
        .imaging(Imaging.FLUOROSCOPY).joint("L4-L5", Laterality.LEFT).build();
    assertThat(lines(code(p))).containsExactly("64999 x1");
    assertThat(lines(code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN, p)))
        .containsExactly("64622-LT x1", "64623-LT x1", "77003 x1");
  }

  @Test
  @DisplayName("§2 methods: cooled RF at 60 °C is still a destruction code")
  void cooledRf() {
    DocumentedProcedure p = DocumentedProcedure.builder(
            Technique.of(org.facetclaims.core.technique.NeurolyticMethod.COOLED_RF)
                .withTemperature(60))
        .imaging(Imaging.FLUOROSCOPY).joint("L4-L5", Laterality.LEFT).build();
    assertThat(lines(code(p))).containsExactly("64635-LT x1");
  }

  @Test
  @DisplayName("§2 methods: pulsed RF -> 64999 in both editions")
  void pulsed() {
    DocumentedProcedure p = DocumentedProcedure.builder(
            Technique.of(org.facetclaims.core.technique.NeurolyticMethod.PULSED_RF))
        .imaging(Imaging.FLUOROSCOPY).joint("L4-L5", Laterality.LEFT).build();
    assertThat(lines(code(p))).containsExactly("64999 x1");
    assertThat(lines(code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN, p)))
        .containsExactly("64999 x1", "77003 x1");
  }

  @Test
  @DisplayName("§2 imaging: ultrasound -> 64999; not documented -> coded with a warning")
  void imaging() {
    DocumentedProcedure us = DocumentedProcedure.builder(Technique.thermalRf())
        .imaging(Imaging.ULTRASOUND).joint("C5-C6", Laterality.RIGHT).build();
    assertThat(lines(code(us))).containsExactly("64999 x1");
    DocumentedProcedure unknown = DocumentedProcedure.builder(Technique.thermalRf())
        .joint("C5-C6", Laterality.RIGHT).build();
    CodingResult r = code(unknown);
    assertThat(lines(r)).containsExactly("64633-RT x1");
    assertThat(ids(r)).containsExactly("FC-306");
  }

  @Test
  @DisplayName("§2 legacy imaging: CT -> one 77012; ultrasound -> nothing extra")
  void legacyImaging() {
    DocumentedProcedure ct = DocumentedProcedure.builder(Technique.thermalRf())
        .imaging(Imaging.CT).joint("C5-C6", Laterality.RIGHT).build();
    assertThat(lines(code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN, ct)))
        .containsExactly("64626-RT x1", "64627-RT x1", "77012 x1");
    DocumentedProcedure us = DocumentedProcedure.builder(Technique.thermalRf())
        .imaging(Imaging.ULTRASOUND).joint("C5-C6", Laterality.RIGHT).build();
    assertThat(lines(code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN, us)))
        .containsExactly("64626-RT x1", "64627-RT x1");
  }

  @Test
  @DisplayName("§3 C1-C2 is not reportable: 64999 with a review finding")
  void atlantoAxial() {
    CodingResult r = code(rf().joint(FacetJoint.C1_C2, Laterality.RIGHT).build());
    assertThat(lines(r)).containsExactly("64999 x1");
    assertThat(ids(r)).containsExactly("FC-204");
    assertThat(r.lines().get(0).description()).contains("C1-C2");
  }

  @Test
  @DisplayName("§3 T12-L1 is cervical/thoracic: bilateral T12-L1 + L1-L2 -> 64633-50, 64635-50")
  void thoracolumbarJunctionDefault() {
    CodingResult r = code(rf().joint("T12-L1", Laterality.BILATERAL)
        .joint("L1-L2", Laterality.BILATERAL).build());
    assertThat(lines(r)).containsExactly("64633-50 x1", "64635-50 x1");
  }

  @Test
  @DisplayName("§3 payer option: contiguous T12-L1 + L1-L2 -> 64633 + 64636")
  void thoracolumbarJunctionOption() {
    CodingResult r = code(CURRENT, PayerProfile.MEDICARE_THORACOLUMBAR,
        rf().joint("T12-L1", Laterality.RIGHT).joint("L1-L2", Laterality.RIGHT).build());
    assertThat(lines(r)).containsExactly("64633-RT x1", "64636-RT x1");
    assertThat(ids(r)).containsExactly("FC-307");
  }

  @Test
  @DisplayName("examples/ex5: 2010 right T10 and T11 medial branches -> 64626-RT, 64627-RT, 77003")
  void example5() {
    CodingResult r = code(LEGACY, PayerProfile.MEDICARE_PHYSICIAN,
        rf().nerves(Laterality.RIGHT, Nerve.T10, Nerve.T11).build());
    assertThat(lines(r)).containsExactly("64626-RT x1", "64627-RT x1", "77003 x1");
    assertThat(ids(r)).containsExactly("FC-103");
  }

  @Test
  @DisplayName("§5 MUE: five right lumbar joints exceed 64636's MUE of 4: warning, lines stay")
  void mue() {
    CodingResult r = code(rf().joint("L1-L2", Laterality.RIGHT).joint("L2-L3", Laterality.RIGHT)
        .joint("L3-L4", Laterality.RIGHT).joint("L4-L5", Laterality.RIGHT)
        .joint("L5-S1", Laterality.RIGHT).joint("L1-L2", Laterality.LEFT).build());
    assertThat(lines(r)).containsExactly("64635-50 x1", "64636-RT x4");
    assertThat(ids(r)).isEmpty();
    CodingResult over = code(rf().joint("L1-L2", Laterality.RIGHT)
        .joint("L2-L3", Laterality.RIGHT).joint("L3-L4", Laterality.RIGHT)
        .joint("L4-L5", Laterality.BILATERAL).joint("L5-S1", Laterality.BILATERAL).build());
    assertThat(lines(over)).containsExactly("64635-50 x1", "64636-50 x1", "64636-RT x3");
    assertThat(ids(over)).isEmpty();
  }

  @Test
  @DisplayName("§5 PTP: a 77003 already on the claim is bundled into 64635")
  void ptpWithOtherLines() {
    CodingSession s = CodingSession.on(CURRENT)
        .add(rf().joint("L4-L5", Laterality.LEFT).build())
        .otherLine(OtherClaimLine.of("77003", 1))
        .build();
    CodingResult r = ENGINE.code(s, PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(lines(r)).containsExactly("64635-LT x1");
    assertThat(ids(r)).containsExactly("FC-402");
    assertThat(r.findings().get(0).message()).contains("77003").contains("64635");
  }
}
