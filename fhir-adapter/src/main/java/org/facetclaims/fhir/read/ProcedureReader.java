package org.facetclaims.fhir.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.facetclaims.fhir.InputLimits;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.facetclaims.fhir.text.TextReading;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads one Procedure into a core {@link DocumentedProcedure}, following the mapping spec's table
 * "where the adapter looks", in these steps:
 * <ol>
 *   <li>the Claim's facts: parties ({@link Parties}), CPT codes, diagnoses ({@link Diagnoses}),
 *       the date of service ({@link PerformedDate});
 *   <li>the status: only a completed Procedure is coded (and a stopped one, read as
 *       discontinued, when the caller asks: {@link ProcedureStop});
 *   <li>its texts, each read once by the one {@link ClinicalTextGrammar} ({@link TextCollector});
 *   <li>the sites a sacroiliac procedure named in any text takes ({@link SacroiliacClaims});
 *   <li>the scope: facet joint nerve destruction or not ({@link ScopeCheck});
 *   <li>the technique and imaging;
 *   <li>the sites and their sides, all texts as one statement ({@link SitesAndSides});
 *   <li>per-lesion temperatures: the sites split by the technique they were treated with
 *       ({@link LesionSplit});
 *   <li>what the grammar asks or could not place, as findings ({@link TextFindings}).
 * </ol>
 * Thread-safe (stateless apart from its configuration).
 */
public final class ProcedureReader {
  private final InputLimits limits;
  private final TextCollector texts;
  private final ScopeCheck scope;
  private final SitesAndSides sites;
  private final CodeSetEditions editions;

  /**
   * @param grammar reads every text
   * @param limits the sites and findings kept per Procedure
   * @param editions the code-set editions whose codes name facet joint nerve destruction
   */
  public ProcedureReader(ClinicalTextGrammar grammar, InputLimits limits,
      CodeSetEditions editions) {
    this.limits = limits;
    this.texts = new TextCollector(grammar);
    this.scope = new ScopeCheck(FacetCodes.of(editions));
    this.sites = new SitesAndSides(limits.maxSitesPerProcedure());
    this.editions = editions;
  }

  /**
   * Reads a Procedure found at {@code path} of an input whose resources {@code index} holds.
   * At most {@link InputLimits#maxFindingsPerProcedure()} findings are listed: a record of a
   * million unreadable notes must not give a million findings.
   */
  public ReadProcedure read(Procedure p, String path, ResourceIndex index) {
    return read(p, path, index, false);
  }

  /**
   * Reads a Procedure; with {@code readStopped}, one of status {@code stopped} is read like a
   * completed one and carries its {@link ProcedureStop} (the session is then coded as
   * discontinued); without, it is not coded (FC-503), as the mapping spec has it.
   */
  public ReadProcedure read(Procedure p, String path, ResourceIndex index, boolean readStopped) {
    String id = p.getIdElement().getIdPart();
    String label = p.getIdElement().hasIdPart() ? "Procedure/" + id : path;
    FindingList findings = new FindingList(limits.maxFindingsPerProcedure());
    Reference patient = Parties.patient(p, index);
    Reference performer = Parties.performer(p, index);
    Reference encounter = Parties.encounter(p, index);
    List<String> hints = Codings.cptCodes(p.getCode());
    List<Coding> diagnoses = Diagnoses.of(p, index, path, findings);
    LocalDate date = PerformedDate.of(p, path, findings);
    ProcedureStop stop = readStopped ? ProcedureStop.of(p, path) : null;
    List<DocumentedProcedure> parts = documented(p, path, label, index, hints, date,
        stop != null, findings);
    findings.close(label, path);
    return new ReadProcedure(id, path, label, date, patient, performer, encounter,
        parts.isEmpty() ? null : parts.get(0), hints, diagnoses, findings,
        parts.size() > 1 ? List.copyOf(parts.subList(1, parts.size())) : List.of(),
        parts.isEmpty() ? null : stop, ServiceContext.NONE);
  }

  /**
   * The core input: one procedure, or one per technique when the texts tie lesions to
   * temperatures the code set routes differently; empty when the Procedure is not coded
   * (status, scope, date).
   */
  private List<DocumentedProcedure> documented(Procedure p, String path, String label,
      ResourceIndex index, List<String> hints, LocalDate date, boolean stopped,
      List<Finding> findings) {
    if (!stopped && !completed(p, path, label, findings)) {
      return List.of();
    }
    ProcedureTexts all = texts.collect(p, path, label, index, findings);
    List<ReadText> everything = all.all();
    reportTruncation(everything, label, findings);
    SacroiliacClaims si = SacroiliacClaims.of(everything);
    ScopeCheck.Scope s = scope.check(everything, si, hints, label, path, findings);
    if (!s.inScope() || date == null) {
      return List.of();
    }
    si.report(label, findings);
    List<TextReading> readings = ProcedureTexts.readings(everything);
    Technique t = technique(readings, s.byCode(), hints, label, path, findings);
    Imaging imaging = TextReading.imagingOf(readings).orElse(Imaging.UNKNOWN);
    List<TreatedSite> treated = sites.sites(all, si, label, path, findings);
    List<ReadText> siteTexts = all.siteTexts();
    TextFindings.report(siteTexts, findings);
    List<LesionSplit.Part> split = LesionSplit.split(t, treated, siteTexts, editions, date);
    List<DocumentedProcedure> out = new ArrayList<>(split.size());
    for (LesionSplit.Part part : split) {
      DocumentedProcedure.Builder b = DocumentedProcedure.builder(part.technique())
          .imaging(imaging).reference(path);
      for (TreatedSite site : part.sites()) {
        b.site(site);
      }
      out.add(b.build());
    }
    return out;
  }

  /** Only completed procedures are coded (FC-503 otherwise). */
  private static boolean completed(Procedure p, String path, String label,
      List<Finding> findings) {
    Procedure.ProcedureStatus status = p.getStatus();
    if (status == Procedure.ProcedureStatus.COMPLETED) {
      return true;
    }
    findings.add(Finding.of(FindingCode.STATUS_NOT_CODED, label + " has status "
        + (status == null || status == Procedure.ProcedureStatus.NULL ? "(none)" : status.toCode())
        + "; only completed procedures are coded.").at(path + ".status"));
    return false;
  }

  /** The technique the texts name; none named: thermal RF with warning FC-506. */
  private static Technique technique(List<TextReading> readings, boolean byCode,
      List<String> hints, String label, String path, List<Finding> findings) {
    Optional<Technique> technique = TextReading.techniqueOf(readings);
    if (technique.isPresent()) {
      return technique.get();
    }
    findings.add(Finding.of(FindingCode.METHOD_ASSUMED, label + " names no method or agent"
        + (byCode ? "; its CPT code " + String.join(", ", hints) : "; its wording")
        + " was taken to mean thermal radiofrequency.").at(path + ".code"));
    return Technique.thermalRf();
  }

  /** One finding for the first text cut at the grammar's limit, naming its element. */
  private static void reportTruncation(List<ReadText> texts, String label,
      List<Finding> findings) {
    for (ReadText t : texts) {
      if (t.reading().truncated()) {
        findings.add(Finding.of(FindingCode.INPUT_LIMIT, "A text of " + label + " is longer than "
            + ClinicalTextGrammar.MAX_TEXT_LENGTH + " characters; only the first "
            + ClinicalTextGrammar.MAX_TEXT_LENGTH + " were read.").at(t.path()));
        return;
      }
    }
  }

}
