package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.PaymentSystem;

/**
 * The coding steps of {@link CodingStep}, composed. Each step takes the values the steps before it
 * decided and gives its own as a value ({@link StepOutcome}); the {@link StepRecord} of those
 * values is the result's trace. Immutable and thread-safe: every call works on its own values.
 *
 * <pre>
 * SelectEdition    date of service          → EditionChoice (edition, or stop)
 * RouteTechnique   procedures, edition      → Routing (per procedure: destruction codes or 64999, why)
 * ResolveSites     sites, routing, edition  → ResolvedSites (units per route and side, procedures)
 * BuildLines       resolved sites, profile  → LaidOutLines (per family: convention's layout, 64999)
 * CompareReadings  both level-list readings → ReadingComparison (families withheld)
 * ReportDiscontinued lines, discontinuation → the first line with 53/73/74 (stopped sessions)
 * AddImaging       lines, edition           → ImagingLines (legacy 77003/77012)
 * MarkDepartment   lines, department        → PO/PN on every line (off-campus OPPS claims)
 * ApplyEdits       lines, other lines       → CodeUnits (MUE and PTP findings)
 * </pre>
 */
final class CodingPipeline {
  private final SelectEdition selectEdition;
  private final ApplyEdits applyEdits;

  CodingPipeline(CodeSetEditions editions, EditTables edits, Clock clock) {
    this.selectEdition = new SelectEdition(editions, clock);
    this.applyEdits = new ApplyEdits(edits);
  }

  CodeSetEditions editions() {
    return selectEdition.editions();
  }

  EditTables edits() {
    return applyEdits.tables();
  }

  CodingResult code(CodingSession session, PayerProfile profile) {
    Findings findings = Findings.kept();
    StepRecord record = new StepRecord();
    EditionChoice choice = record.add(selectEdition.apply(session.dateOfService(), findings));
    CodeSetEdition edition = choice.editionOrNull();
    if (choice.stops()) {
      return new CodingResult(session, profile, null, ImmutableList.of(),
          findings.inResultOrder(), record);
    }
    ImmutableList<DocumentedProcedure> procedures = session.procedures();
    Routing routing = record.add(
        RouteTechnique.apply(procedures, edition, session.dateOfService(), findings));
    ResolvedSites sites = record.add(ResolveSites.apply(procedures, routing, edition,
        LevelListReading.AS_VERTEBRAE, findings));
    BuildLines buildLines = new BuildLines(session, edition, profile, routing);
    LaidOutLines laidOut = record.add(buildLines.apply(sites, findings));
    if (sites.levelListsNameNerves()) {
      // The other reading only decides what is withheld: its findings would repeat or confuse.
      ResolvedSites asNerves = record.add(ResolveSites.apply(procedures, routing, edition,
          LevelListReading.AS_NERVES, Findings.DISCARDED));
      LaidOutLines otherLines = record.add(buildLines.apply(asNerves, Findings.DISCARDED));
      laidOut = record.add(CompareReadings.apply(procedures, laidOut, otherLines, findings)).kept();
    }
    List<ClaimLine> lines = laidOut.all();
    if (session.discontinuation() != Discontinuation.NONE && !lines.isEmpty()) {
      lines = new ArrayList<>(record.add(ReportDiscontinued.apply(lines,
          session.discontinuation(), profile)).lines());
      findings.add(Finding.of(FindingCode.DISCONTINUED_REPORTED, "The session was stopped "
          + session.discontinuation().describe() + ": only "
          + lines.get(0).notation() + " is reported under profile " + profile.name() + "."));
      if (session.discontinuation() == Discontinuation.UNSTATED && profile.facilityClaim()) {
        findings.add(Finding.of(FindingCode.DISCONTINUED_TIMING_UNSTATED, "The record does not"
            + " say whether the session was stopped before or after anesthesia: "
            + lines.get(0).notation() + " with 73 (50 % of the facility payment) on the"
            + " facility claim; 74 if anesthesia had been given or the procedure had started."));
      }
    }
    lines.addAll(record.add(AddImaging.apply(lines, session, edition, profile)).lines());
    if (session.offCampusDepartment().isPresent()
        && profile.paymentSystem() == PaymentSystem.OPPS && !lines.isEmpty()) {
      lines = new ArrayList<>(record.add(MarkDepartment.apply(lines,
          session.offCampusDepartment().get())).lines());
    }
    record.add(applyEdits.apply(lines, session, profile, findings));
    return new CodingResult(session, profile, edition, ImmutableList.copyOf(lines),
        findings.inResultOrder(), record);
  }
}
