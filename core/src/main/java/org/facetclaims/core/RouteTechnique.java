package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;

/**
 * Step {@link CodingStep#ROUTE_TECHNIQUE}: for each procedure, the destruction codes or 64999,
 * from its method, agent, temperature and image guidance under the edition's dated rules
 * (coding-rules §2).
 */
final class RouteTechnique {
  private RouteTechnique() {}

  static Routing apply(ImmutableList<DocumentedProcedure> procedures, CodeSetEdition edition,
      LocalDate date, Findings findings) {
    UnlistedReasons[] reasons = new UnlistedReasons[procedures.size()];
    for (int i = 0; i < procedures.size(); i++) {
      DocumentedProcedure p = procedures.get(i);
      reasons[i] = route(p, edition, date, findings);
      if (!reasons[i].isEmpty()) {
        report(p, reasons[i], edition, date, findings);
      }
    }
    return new Routing(procedures, edition, reasons);
  }

  private static UnlistedReasons route(DocumentedProcedure p, CodeSetEdition edition,
      LocalDate date, Findings findings) {
    Technique t = p.technique();
    UnlistedReasons reasons = UnlistedReasons.NONE;
    switch (t.method()) {
      case PULSED_RF:
        reasons = reasons.with(UnlistedReason.PULSED_RF);
        break;
      case CRYOABLATION:
      case LASER:
        reasons = reasons.with(UnlistedReason.CRYO_OR_LASER);
        break;
      case CHEMICAL:
        if (edition.chemicalUnlistedFrom().isPresent()
            && !date.isBefore(edition.chemicalUnlistedFrom().get())) {
          reasons = reasons.with(UnlistedReason.CHEMICAL);
        }
        break;
      case THERMAL_RF:
        if (t.temperatureCelsius().isPresent() && edition.minimumThermalCelsius().isPresent()
            && t.temperatureCelsius().getAsInt() < edition.minimumThermalCelsius().get()) {
          reasons = reasons.with(UnlistedReason.LOW_TEMPERATURE);
        }
        break;
      default:
        break;
    }
    Imaging im = p.imaging();
    if (edition.requiresFluoroscopyOrCt()) {
      if (im == Imaging.ULTRASOUND || im == Imaging.MRI || im == Imaging.NONE) {
        reasons = reasons.with(UnlistedReason.IMAGING);
      } else if (im == Imaging.UNKNOWN) {
        findings.add(Finding.of(FindingCode.IMAGING_NOT_DOCUMENTED, "The record does not say"
            + " which imaging guided the needles; " + edition.primaryCode(JointFamily.LUMBAR_SACRAL)
            + " and the other current codes require fluoroscopy or CT.")
            .at(p.referenceOrNull()));
      }
    }
    return reasons;
  }

  private static void report(DocumentedProcedure p, UnlistedReasons reasons,
      CodeSetEdition edition, LocalDate date, Findings findings) {
    String ref = p.referenceOrNull();
    String what = p.technique().describe();
    String unlisted = edition.unlistedCode();
    if (reasons.contains(UnlistedReason.PULSED_RF)) {
      findings.add(Finding.of(FindingCode.UNLISTED_PULSED_RF, "Pulsed radiofrequency is not a"
          + " destruction code service; reported with " + unlisted + ".").at(ref));
    }
    if (reasons.contains(UnlistedReason.CRYO_OR_LASER)) {
      findings.add(Finding.of(FindingCode.UNLISTED_CRYO_OR_LASER, "Facet denervation by " + what
          + " is reported with " + unlisted + " for review.").at(ref));
    }
    if (reasons.contains(UnlistedReason.CHEMICAL)) {
      findings.add(Finding.of(FindingCode.UNLISTED_CHEMICAL, "Chemical facet neurolysis ("
          + what + ") on " + date + " is reported with " + unlisted
          + "; the destruction codes are for thermal denervation from "
          + edition.chemicalUnlistedFrom().get() + ".").at(ref));
    }
    if (reasons.contains(UnlistedReason.LOW_TEMPERATURE)) {
      findings.add(Finding.of(FindingCode.UNLISTED_LOW_TEMPERATURE, "Thermal radiofrequency at "
          + p.technique().temperatureCelsius().getAsInt() + " °C is below "
          + edition.minimumThermalCelsius().get() + " °C; reported with " + unlisted + ".")
          .at(ref));
    }
    if (reasons.contains(UnlistedReason.IMAGING)) {
      findings.add(Finding.of(FindingCode.UNLISTED_IMAGING, "The procedure was done with "
          + p.imaging().label() + "; the destruction codes include fluoroscopic or CT guidance,"
          + " so it is reported with " + unlisted + ".").at(ref));
    }
  }
}
