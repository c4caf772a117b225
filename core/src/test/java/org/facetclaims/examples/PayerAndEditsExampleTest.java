package org.facetclaims.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.OtherClaimLine;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueTable;
import org.facetclaims.core.edits.PtpTable;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code samples of the documentation's "Payer profiles and edits" page. The lines between the
 * {@code --8<--} markers are copied into {@code docs/snippets/} by {@code ReferencePages}; the
 * tests below run them.
 */
public class PayerAndEditsExampleTest {
  static final LocalDate DOS = LocalDate.of(2026, 2, 6);

  static CodingSession bilateralL4L5L5S1() {
    return CodingSession.of(DOS, DocumentedProcedure.builder(Technique.thermalRf(85))
        .imaging(Imaging.FLUOROSCOPY)
        .joint("L4-L5", Laterality.BILATERAL)
        .joint("L5-S1", Laterality.BILATERAL)
        .build());
  }

  /** The same session under every standard profile. */
  public static void everyProfile() {
    CodingSession session = bilateralL4L5L5S1();
    // --8<-- [start:profiles]
    FacetCodingEngine engine = FacetCodingEngine.standard();
    for (PayerProfile profile : PayerProfile.standardProfiles().values()) {
      CodingResult result = engine.code(session, profile);
      System.out.println(profile.name() + ": " + result.lines());
    }
    // --8<-- [end:profiles]
  }

  /** A caller's own profile, started from a standard one. */
  public static PayerProfile customProfile() {
    // --8<-- [start:custom-profile]
    PayerProfile ascFacility = PayerProfile.RT_LT_LINES.toBuilder("my-asc")
        .description("Our ASC contract: RT/LT lines, thoracolumbar junction with the lumbar session")
        .thoracolumbarJunctionAsLumbar(true)
        .build();
    PayerProfile byName = PayerProfile.byName("single-line-units").orElseThrow();
    // --8<-- [end:custom-profile]
    assertThat(byName.name()).isEqualTo("single-line-units");
    return ascFacility;
  }

  /** CMS's quarterly MUE and PTP files instead of the bundled tables. */
  public static FacetCodingEngine engineWithCmsFiles(Path mueFile, Path ptpFile)
      throws IOException {
    // --8<-- [start:cms-tables]
    EditTables tables;
    try (Reader mue = Files.newBufferedReader(mueFile, StandardCharsets.UTF_8);
         Reader ptp = Files.newBufferedReader(ptpFile, StandardCharsets.UTF_8)) {
      tables = EditTables.of(
          MueTable.parse(mue, "CMS practitioner MUE 2026Q1",
              LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
          PtpTable.parse(ptp, "NCCI practitioner PTP 2026Q1"));
    }
    FacetCodingEngine engine = FacetCodingEngine.builder().editTables(tables).build();
    // --8<-- [end:cms-tables]
    return engine;
  }

  /** Lines already on the claim are checked against the edits too. */
  public static void otherLinesOnTheClaim() {
    FacetCodingEngine engine = FacetCodingEngine.standard();
    // --8<-- [start:other-lines]
    CodingSession session = CodingSession.on(LocalDate.of(2026, 2, 6))
        .add(DocumentedProcedure.builder(Technique.thermalRf(85))
            .imaging(Imaging.FLUOROSCOPY)
            .joint("L4-L5", Laterality.LEFT)
            .build())
        .otherLine(OtherClaimLine.of("77003", 1))     // already on the claim
        .build();
    CodingResult result = engine.code(session);
    System.out.println(result.lines());
    for (Finding f : result.findings()) {
      System.out.println(f.id() + " " + f.severity().label() + ": " + f.message());
    }
    // --8<-- [end:other-lines]
  }

  @Test
  void everyStandardProfileLaysOutTheSameUnitsDifferently() {
    assertThat(QuickstartExampleTest.printed(PayerAndEditsExampleTest::everyProfile))
        .containsExactly(
            "medicare-physician: [64635-50 x1, 64636-50 x1]",
            "rt-lt-lines: [64635-RT x1, 64635-LT x1, 64636-RT x1, 64636-LT x1]",
            "single-line-units: [64635-RT-LT x2, 64636-RT-LT x2]",
            "medicare-thoracolumbar: [64635-50 x1, 64636-50 x1]",
            "medicare-physician-abn: [64635-50 x1, 64636-50 x1]",
            "medicare-opps: [64635-50 x1, 64636-50 x1]",
            "medicare-asc: [64635-RT x1, 64635-LT x1, 64636-RT x1, 64636-LT x1]",
            "commercial-asc-ub04: [64635 x1, 64635-50 x1, 64636 x1, 64636-50 x1]");
  }

  @Test
  void customProfileKeepsTheConventionAndTurnsOnTheOption() {
    PayerProfile p = customProfile();
    assertThat(p.name()).isEqualTo("my-asc");
    assertThat(p.convention()).isEqualTo(PayerProfile.RT_LT_LINES.convention());
    assertThat(p.thoracolumbarJunctionAsLumbar()).isTrue();
    CodingResult r = FacetCodingEngine.standard().code(CodingSession.of(DOS,
        DocumentedProcedure.builder(Technique.thermalRf(85)).imaging(Imaging.FLUOROSCOPY)
            .joint("T12-L1", Laterality.RIGHT).joint("L1-L2", Laterality.RIGHT).build()), p);
    assertThat(r.lines()).extracting(Object::toString)
        .containsExactly("64633-RT x1", "64636-RT x1");
  }

  @Test
  void cmsFilesReplaceTheBundledTables(@TempDir Path dir) throws IOException {
    Path mue = dir.resolve("mue.txt");
    Files.writeString(mue, String.join("\n",
        "Practitioner Services MUE Table",
        "HCPCS/CPT Code\tPractitioner Services MUE Values\tMUE Adjudication Indicator\tMUE Rationale",
        "64636\t2\t3 Date of Service Edit: Clinical\tClinical: Data", ""));
    Path ptp = dir.resolve("ptp.txt");
    Files.writeString(ptp, String.join("\n",
        "Column 1\tColumn 2\t*\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale",
        "64635\t77003\t\t20120101\t*\t0\tMisuse of column two code with column one code", ""));
    FacetCodingEngine engine = engineWithCmsFiles(mue, ptp);
    CodingResult r = engine.code(CodingSession.of(DOS,
        DocumentedProcedure.builder(Technique.thermalRf(85)).imaging(Imaging.FLUOROSCOPY)
            .joint("L2-L3", Laterality.RIGHT).joint("L3-L4", Laterality.RIGHT)
            .joint("L4-L5", Laterality.RIGHT).joint("L5-S1", Laterality.RIGHT).build()));
    assertThat(r.lines()).extracting(Object::toString)
        .containsExactly("64635-RT x1", "64636-RT x3");
    assertThat(r.findings()).extracting(Finding::id).containsExactly("FC-401");
    assertThat(r.findings().get(0).message()).contains("MUE of 2");
    assertThat(r.findings().get(0).source()).isEqualTo("CMS practitioner MUE 2026Q1");
  }

  @Test
  void imagingAlreadyOnTheClaimIsAPtpFinding() {
    List<String> out = QuickstartExampleTest.printed(PayerAndEditsExampleTest::otherLinesOnTheClaim);
    assertThat(out.get(0)).isEqualTo("[64635-LT x1]");
    assertThat(out.get(1)).startsWith("FC-402 warning: ").contains("77003").contains("64635");
    assertThat(out).hasSize(2);
  }
}
