package org.facetclaims.core;

import java.time.LocalDate;
import java.util.ArrayList;
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
      checkMue(units, mueTable, date, findings);
    }
    if (ptpTable != null) {
      checkPtp(units, ptpTable, date, findings);
    }
    return units;
  }

  /** MUE_EXCEEDED per code over its MUE on the date; FC-403 for codes with no row in force. */
  private static void checkMue(CodeUnits units, MueTable mueTable, LocalDate date,
      Findings findings) {
    List<String> unchecked = null;
    for (int i = 0; i < units.size(); i++) {
      Optional<MueEntry> mue = mueTable.lookup(units.code(i), date);
      if (mue.isPresent() && units.units(i) > mue.get().maxUnits()) {
        findings.add(Finding.of(FindingCode.MUE_EXCEEDED, units.code(i) + ": " + units.units(i)
            + " units on " + date + " exceed the MUE of " + mue.get().maxUnits() + ".")
            .withSource(mue.get().source()).onLinesOf(units.code(i)));
      } else if (mue.isEmpty() && !mueTable.entries(units.code(i)).isEmpty()) {
        unchecked = unchecked == null ? new ArrayList<>() : unchecked;
        unchecked.add(units.code(i));
      }
    }
    if (unchecked != null) {
      List<MueEntry> rows = mueTable.entries(unchecked.get(0));
      LocalDate from = LocalDate.MAX;
      LocalDate through = LocalDate.MIN;
      for (MueEntry e : rows) {
        from = earliest(from, e.effectiveFrom().orElse(LocalDate.MIN));
        through = latest(through, e.effectiveThrough().orElse(LocalDate.MAX));
      }
      findings.add(notInForce(unchecked, "MUE table", "rows", date, from, through,
          "units were not checked against an MUE").withSource(rows.get(0).source()));
    }
  }

  /** PTP_PAIR per pair in force on the date; FC-403 for codes with no edit in force. */
  private static void checkPtp(CodeUnits units, PtpTable ptpTable, LocalDate date,
      Findings findings) {
    for (PtpEdit p : ptpTable.applicable(units.codes(), date)) {
      findings.add(Finding.of(FindingCode.PTP_PAIR, p.column2() + " is not separately"
          + " reportable with " + p.column1() + " on the same date ("
          + (p.modifierIndicator() == PtpEdit.MODIFIER_NOT_ALLOWED
              ? "modifier indicator 0: no modifier allows it"
              : "modifier indicator 1: 59 or XS only for a distinct level or service") + ").")
          .withSource(p.source()).onLinesOf(p.column2()));
    }
    List<String> unpaired = ptpTable.notInForce(units.codes(), date);
    if (!unpaired.isEmpty()) {
      List<PtpEdit> rows = ptpTable.edits(unpaired.get(0));
      LocalDate from = LocalDate.MAX;
      LocalDate until = LocalDate.MIN;
      for (PtpEdit e : rows) {
        if (e.modifierIndicator() != PtpEdit.NOT_APPLICABLE) {
          from = earliest(from, e.effectiveFrom().orElse(LocalDate.MIN));
          until = latest(until, e.deletedOn().map(d -> d.minusDays(1)).orElse(LocalDate.MAX));
        }
      }
      findings.add(notInForce(unpaired, "PTP table", "edits", date, from, until,
          "procedure-to-procedure pairs were not checked").withSource(rows.get(0).source()));
    }
  }

  /**
   * FC-403: a table that knows the codes but has nothing in force on the date checks nothing
   * there, which is said rather than passed as "no edit hit" (a quarterly file used for another
   * quarter).
   */
  private static Finding notInForce(List<String> codes, String table, String rows,
      LocalDate date, LocalDate first, LocalDate last, String what) {
    LocalDate from = first.equals(LocalDate.MIN) ? null : first; // MIN, MAX: open-ended
    LocalDate through = last.equals(LocalDate.MAX) ? null : last;
    return Finding.of(FindingCode.EDIT_TABLE_NOT_IN_FORCE, String.join(", ", codes) + ": the "
        + table + " has " + rows + " for " + (codes.size() == 1 ? "it" : "them") + ", none in"
        + " force on " + date + " (in force " + (from == null ? "through " + through
            : through == null ? "from " + from : from + ".." + through)
        + "); their " + what + ".");
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return b.isBefore(a) ? b : a;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return b.isAfter(a) ? b : a;
  }
}
