package org.facetclaims.core.coverage;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;

/**
 * The standard policy's data: the 2021 LCD family as coding-rules §6 states it. The dated
 * policies of every contractor are the {@code org.facetclaims.core.medicare} catalog's data; this
 * one stays for {@link CoveragePolicy#medicareLcd2021()} and {@link CoverageChecker#standard()}.
 */
final class MedicareLcd2021 {
  private static final String FAMILY = CoveragePolicy.LCD_FAMILY;

  private MedicareLcd2021() {}

  static CoveragePolicy.Builder builder() {
    CoveragePolicy.Builder b = CoveragePolicy.builder("medicare-lcd-2021")
        .effectiveFrom(LocalDate.of(2021, 4, 25))
        .nonCoveredMethods(EnumSet.of(NeurolyticMethod.CHEMICAL, NeurolyticMethod.PULSED_RF,
            NeurolyticMethod.CRYOABLATION, NeurolyticMethod.LASER))
        .minThermalCelsius(80)
        .coveredImaging(EnumSet.of(Imaging.FLUOROSCOPY, Imaging.CT))
        .maxJointLevelsPerSession(2)
        .maxSessionsPerWindow(2, Period.ofMonths(12))
        .diagnosticBlocks(2, 80)
        .repeatRelief(50, 6)
        .priorAuthorization(LocalDate.of(2023, 7, 1), Set.of("64633", "64634", "64635", "64636"),
            Set.of("19", "22"));
    // ICD-10-CM 6th character: 2 cervical, 3 cervicothoracic, 4 thoracic, 5 thoracolumbar,
    // 6 lumbar, 7 lumbosacral.
    for (String stem : new String[] {"M47.81", "M47.89", "M48.1"}) {
      b.coveredDiagnosis(stem + "2", JointFamily.CERVICAL_THORACIC);
      b.coveredDiagnosis(stem + "3", JointFamily.CERVICAL_THORACIC);
      b.coveredDiagnosis(stem + "4", JointFamily.CERVICAL_THORACIC);
      b.coveredDiagnosis(stem + "5", JointFamily.CERVICAL_THORACIC, JointFamily.LUMBAR_SACRAL);
      b.coveredDiagnosis(stem + "6", JointFamily.LUMBAR_SACRAL);
      b.coveredDiagnosis(stem + "7", JointFamily.LUMBAR_SACRAL);
    }
    String h = " [H]";
    b.source(CoverageRule.EFFECTIVE_DATE, FAMILY + ": effective for services from 2021-04-25"
        + h);
    b.source(CoverageRule.METHOD, FAMILY + ": chemical, pulsed, low-grade thermal"
        + " (< 80 °C), cryo and laser denervation not covered" + h);
    b.source(CoverageRule.IMAGING, FAMILY + ": fluoroscopic or CT guidance required" + h);
    b.source(CoverageRule.LEVELS_PER_SESSION, FAMILY + ": at most 2 joint levels"
        + " (unilateral or bilateral) per session" + h);
    b.source(CoverageRule.SESSIONS_PER_WINDOW, FAMILY + ": at most 2 RF sessions per"
        + " rolling 12 months per region" + h);
    b.source(CoverageRule.DIAGNOSTIC_BLOCKS, FAMILY + ": initial RF after two diagnostic"
        + " medial branch blocks, each with at least 80% relief" + h);
    b.source(CoverageRule.REPEAT_RELIEF, FAMILY + ": repeat RF at the same site after at"
        + " least 50% relief lasting at least 6 months" + h);
    b.source(CoverageRule.DIAGNOSES, "Noridian billing and coding article A58403, ICD-10-CM"
        + " group 1 as listed in coding-rules §6 [M]");
    b.source(CoverageRule.PRIOR_AUTHORIZATION, "CMS hospital OPD prior authorization"
        + " (CY 2023 OPPS final rule CMS-1772-FC; MAC notices): 64633-64636 at place of service"
        + " 19 or 22 from 2023-07-01" + h);
    b.source(CoverageRule.COVERAGE_MODIFIERS, "coding-rules §6; HCPCS modifiers GA (waiver of"
        + " liability statement on file) and GZ (expected denial, no ABN)");
    for (CoverageRule r : CoverageRule.values()) {
      if (b.sources.containsKey(r)) {
        b.confidence(r, r == CoverageRule.DIAGNOSES ? Confidence.M : Confidence.H);
      }
    }
    return b;
  }
}
