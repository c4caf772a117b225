package org.facetclaims.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueEntry;
import org.facetclaims.core.edits.MueTable;
import org.facetclaims.core.edits.PtpEdit;
import org.facetclaims.core.edits.PtpTable;
import org.facetclaims.core.payer.PayerProfile;

/**
 * Step {@link CodingStep#APPLY_EDITS}: the units of each code across the session's lines and the
 * lines already on the claim, checked against the MUE table (when the profile asks) and the
 * procedure-to-procedure pairs in force on the date (coding-rules §5): the practitioner tables,
 * or for a hospital outpatient profile the outpatient-hospital ones when loaded (FC-730 when not). Findings only: the lines
 * stay. Immutable.
 */
final class ApplyEdits {
  private final EditTables tables;

  ApplyEdits(EditTables tables) {
    this.tables = tables;
  }

  EditTables tables() {
    return tables;
  }

  CodeUnits apply(List<ClaimLine> lines, CodingSession session, PayerProfile profile,
      Findings findings) {
    if (lines.isEmpty() && session.otherLines().isEmpty()) {
      return CodeUnits.NOT_CHECKED;
    }
    LocalDate date = session.dateOfService();
    CodeUnits units = CodeUnits.of(lines, session.otherLines(), profile);
    MueTable mueTable = tables.mue();
    PtpTable ptpTable = tables.ptp();
    if (profile.outpatientHospitalEdits()) {
      // A hospital claim is edited with CMS's outpatient-hospital data sets, never silently with
      // the practitioner values; what is not loaded is not checked, and said once per claim.
      mueTable = tables.outpatientHospitalMue().orElse(null);
      ptpTable = tables.outpatientHospitalPtp().orElse(null);
      if (mueTable == null || ptpTable == null) {
        String missing = mueTable == null && ptpTable == null
            ? "outpatient-hospital MUE table and hospital PTP edits"
            : mueTable == null ? "outpatient-hospital MUE table" : "hospital PTP edits";
        findings.add(Finding.of(FindingCode.OUTPATIENT_HOSPITAL_EDITS_NOT_LOADED, "The "
            + missing + " (CMS's own data sets for hospital claims) are not loaded: not checked"
            + " on this " + profile.name() + " claim; the practitioner values do not apply to"
            + " it."));
        units = units.notChecked(missing + " not loaded");
      }
    }
    if (profile.mueEdits() && mueTable != null) {
      for (int i = 0; i < units.size(); i++) {
        Optional<MueEntry> mue = mueTable.lookup(units.code(i), date);
        if (mue.isPresent() && units.units(i) > mue.get().maxUnits()) {
          findings.add(Finding.of(FindingCode.MUE_EXCEEDED, units.code(i) + ": " + units.units(i)
              + " units on " + date + " exceed the MUE of " + mue.get().maxUnits() + ".")
              .withSource(mue.get().source()).onLinesOf(units.code(i)));
        }
      }
    }
    if (ptpTable == null) {
      return units;
    }
    for (PtpEdit p : ptpTable.applicable(units.codes(), date)) {
      findings.add(Finding.of(FindingCode.PTP_PAIR, p.column2() + " is not separately"
          + " reportable with " + p.column1() + " on the same date ("
          + (p.modifierIndicator() == PtpEdit.MODIFIER_NOT_ALLOWED
              ? "modifier indicator 0: no modifier allows it"
              : "modifier indicator 1: 59 or XS only for a distinct level or service") + ").")
          .withSource(p.source()).onLinesOf(p.column2()));
    }
    return units;
  }
}
