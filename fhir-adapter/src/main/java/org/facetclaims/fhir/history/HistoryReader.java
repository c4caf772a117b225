package org.facetclaims.fhir.history;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.coverage.DiagnosticBlock;
import org.facetclaims.core.coverage.FunctionalImprovement;
import org.facetclaims.core.coverage.PatientHistory;
import org.facetclaims.core.coverage.PriorRfSession;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.fhir.read.ResourceIndex;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.facetclaims.fhir.text.OutOfScopeTarget;
import org.facetclaims.fhir.text.TextReading;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Builds a {@link PatientHistory} from the Bundle around the Procedures being coded: the same
 * patient's completed facet Procedures dated before the date of service. Stateless and
 * thread-safe.
 *
 * <h2>What counts</h2>
 *
 * <ul>
 *   <li><b>RF session</b>: a Procedure coded with a facet destruction code of either edition
 *       (from the core's code sets), or whose name ({@code code.text}, coding displays) or, when
 *       the name says nothing, notes name a destruction by radiofrequency or a lesion word
 *       (radiofrequency, RF(A), RFTC, neurotomy, rhizotomy, denervation, ablation...) together
 *       with a facet target, in the words of the clinical text grammar (one vocabulary). Records
 *       naming the sacroiliac joint, genicular, intercostal or other peripheral nerves are not
 *       facet procedures; cryo, laser or chemical destruction alone is not an RF session.
 *   <li><b>diagnostic block</b>: a Procedure coded 64490-64495, or 0213T-0218T (under ultrasound
 *       guidance, which the LCDs do not cover: it does not count toward an initial RF), or whose
 *       name (or notes) names a
 *       medial branch block ("MBB", "medial branch nerve blocks"); a name that says both block
 *       and RF is a block.
 *   <li><b>region</b>: the joints in {@code bodySite} (text and coding display), else in the name,
 *       else in the notes; else the CPT code's family; else the region words the grammar reads
 *       (cervical, thoracic, neck; lumbar, lumbosacral, low back) when they name one family. A record whose region cannot be placed is left out with FC-617.
 *   <li><b>relief</b>: Observations whose {@code partOf} or {@code focus} references the
 *       Procedure ({@code valueQuantity} with unit % or months/years, {@code valueInteger} when
 *       the Observation's name says percent, {@code valueString}, {@code valueCodeableConcept},
 *       notes), then {@code Procedure.outcome}, then {@code Procedure.note}, all text read by the
 *       {@link ReliefGrammar}. Sources that disagree leave the value unknown, with FC-617.
 *   <li><b>functional improvement</b> (an RF session): scores on a functional scale (ODI, NDI,
 *       Roland-Morris, PROMIS Physical Function, by the Observation's name) in Observations
 *       that refer to it, a baseline dated on or before the session and a follow-up after it;
 *       else a statement in its notes or Observations that function or ADLs improved, and
 *       whether on the same scale ({@code FunctionalReader}).
 * </ul>
 *
 * Only Bundle entries are read (not contained resources). Same-day records are not earlier
 * sessions. The history is {@link PatientHistory#isComplete() complete} only when the caller
 * says the Bundle holds the patient's whole facet history; a Bundle without any facet history
 * gives {@link PatientHistory#unknown()} unless the caller says it is complete.
 */
public final class HistoryReader {
  private static final HistoryReader STANDARD = new HistoryReader(ReliefGrammar.standard());

  /** The one clinical text grammar: its vocabulary decides what an earlier record was. */
  private static final ClinicalTextGrammar GRAMMAR = ClinicalTextGrammar.standard();
  /** Methods that make a destruction an RF session (not cryo, laser or chemical alone). */
  private static final Set<NeurolyticMethod> RF_METHODS = EnumSet.of(NeurolyticMethod.THERMAL_RF,
      NeurolyticMethod.COOLED_RF, NeurolyticMethod.PULSED_RF, NeurolyticMethod.ELECTRICAL_HEAT);

  private final ReliefGrammar grammar;

  private HistoryReader(ReliefGrammar grammar) {
    this.grammar = grammar;
  }

  /** The reader with the standard relief grammar. */
  public static HistoryReader standard() {
    return STANDARD;
  }

  /**
   * Reads the history of {@code patient} before {@code dateOfService} from {@code input}.
   *
   * @param input a Bundle (anything else gives an unknown history)
   * @param patient the coded session's patient; without a reference the history is unknown
   * @param dateOfService only records dated before it count
   * @param complete whether the caller says the Bundle holds the patient's whole facet history
   */
  public HistoryReading read(IBaseResource input, Reference patient, LocalDate dateOfService,
      boolean complete) {
    if (!(input instanceof Bundle) || patient == null || !patient.hasReference()
        || dateOfService == null) {
      return new HistoryReading(PatientHistory.unknown(), ImmutableList.of());
    }
    Bundle bundle = (Bundle) input;
    List<Finding> findings = new ArrayList<>();
    PatientHistory.Builder h = PatientHistory.builder().complete(complete);
    int count = 0;
    SessionReasons reasons = new SessionReasons(bundle, patient, dateOfService);
    List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      if (!(r instanceof Procedure)) {
        continue;
      }
      Procedure p = (Procedure) r;
      if (p.getStatus() != Procedure.ProcedureStatus.COMPLETED
          || !samePatient(p.getSubject(), patient)) {
        continue;
      }
      String path = "Bundle.entry[" + i + "].resource";
      count += readProcedure(bundle, entries.get(i), p, path, dateOfService, h, findings,
          reasons);
    }
    PatientHistory history = count > 0 ? h.build()
        : complete ? PatientHistory.none() : PatientHistory.unknown();
    return new HistoryReading(history, ImmutableList.copyOf(findings));
  }

  enum Kind {
    RF, BLOCK
  }

  /** Adds the entries of one Procedure; returns how many were added. */
  private int readProcedure(Bundle bundle, Bundle.BundleEntryComponent entry, Procedure p,
      String path, LocalDate dos, PatientHistory.Builder h, List<Finding> findings,
      SessionReasons reasons) {
    Set<String> cpt = new LinkedHashSet<>();
    for (Coding c : p.getCode().getCoding()) {
      String code = c.getCode(); // a value: hasCode() is true for extensions alone
      if (code != null && !code.isBlank() && Modifier.CPT_SYSTEM.equals(c.getSystem())) {
        cpt.add(code.strip());
      }
    }
    String name = conceptText(p.getCode());
    String notes = notes(p.getNote());
    Kind kind = kindOf(cpt, name, notes);
    if (kind == null) {
      return 0;
    }
    String label = entry.hasFullUrl() ? entry.getFullUrl()
        : p.getIdElement().hasIdPart() ? "Procedure/" + p.getIdElement().getIdPart() : path;
    LocalDate date = date(p);
    if (date == null) {
      findings.add(Finding.of(FindingCode.HISTORY_NOT_READ, "The earlier "
          + (kind == Kind.RF ? "RF session " : "diagnostic block ") + label + " has no readable"
          + " performed date; it is left out of the history.").at(path + ".performed"));
      return 0;
    }
    if (!date.isBefore(dos)) {
      String namedAt = date.isAfter(dos) ? reasons.naming(p) : null;
      if (namedAt != null) {
        // A later record is history only where the session names it: then its date is wrong.
        findings.add(Finding.of(FindingCode.HISTORY_AFTER_SESSION, "The "
            + (kind == Kind.RF ? "RF session " : "diagnostic block ") + label + " of " + date
            + ", which the session names as its reason (" + namedAt + "), is dated after the"
            + " date of service " + dos + "; it was left out of the history.").at(namedAt));
      }
      return 0;
    }
    // Region and joints.
    Set<FacetJoint> joints = EnumSet.noneOf(FacetJoint.class);
    StringBuilder sites = new StringBuilder();
    for (CodeableConcept c : p.getBodySite()) {
      sites.append(conceptText(c)).append('\n');
    }
    joints(sites.toString(), joints);
    if (joints.isEmpty()) {
      joints(name, joints);
    }
    if (joints.isEmpty()) {
      joints(notes, joints);
    }
    Map<JointFamily, Set<FacetJoint>> byFamily = new EnumMap<>(JointFamily.class);
    for (FacetJoint j : joints) {
      j.family().ifPresent(f -> byFamily.computeIfAbsent(f,
          k -> EnumSet.noneOf(FacetJoint.class)).add(j));
    }
    if (byFamily.isEmpty()) {
      JointFamily f = familyOf(cpt, sites + "\n" + name + "\n" + notes);
      if (f == null) {
        findings.add(Finding.of(FindingCode.HISTORY_NOT_READ, "The earlier "
            + (kind == Kind.RF ? "RF session " : "diagnostic block ") + label + " of " + date
            + " names no joint, CPT code or spinal region; it is left out of the history.")
            .at(path + ".bodySite"));
        return 0;
      }
      byFamily.put(f, EnumSet.noneOf(FacetJoint.class));
    }
    FunctionalReader function = kind == Kind.RF ? new FunctionalReader(date) : null;
    Relief relief = relief(bundle, entry, p, path, label, kind, function, findings);
    FunctionalImprovement improvement = function == null ? null
        : function.result().orElse(null);
    int added = 0;
    for (Map.Entry<JointFamily, Set<FacetJoint>> e : byFamily.entrySet()) {
      if (kind == Kind.RF) {
        PriorRfSession.Builder b = PriorRfSession.builder(date, e.getKey()).joints(e.getValue())
            .reference(label);
        if (relief.percent != null) {
          b.reliefPercent(relief.percent);
        }
        if (relief.months != null) {
          b.reliefMonths(relief.months);
        }
        if (improvement != null) {
          b.functionalImprovement(improvement);
        }
        h.rfSession(b.build());
      } else {
        DiagnosticBlock.Builder b = DiagnosticBlock.builder(date, e.getKey())
            .joints(e.getValue()).reference(label);
        if (cpt.stream().anyMatch(HistoryReader::ultrasoundBlock)) {
          b.imaging(Imaging.ULTRASOUND);
        }
        if (SpacingReason.stated(p.getNote())) {
          b.spacingExceptionDocumented(true);
        }
        if (relief.percent != null) {
          b.reliefPercent(relief.percent);
        }
        h.diagnosticBlock(b.build());
      }
      added++;
    }
    return added;
  }

  private static Kind kindOf(Set<String> cpt, String name, String notes) {
    HistoryCodes.Known known = HistoryCodes.first(cpt);
    if (known != null) {
      return known.kind();
    }
    Kind k = kindOfText(name);
    return k != null ? k : kindOfText(notes);
  }

  /** 0213T-0218T: a facet injection under ultrasound guidance. */
  private static boolean ultrasoundBlock(String code) {
    HistoryCodes.Known k = HistoryCodes.of(code);
    return k != null && k.ultrasound();
  }

  /**
   * What a record's text says it was, in the clinical text grammar's words: nothing when it
   * names another procedure's target (sacroiliac joint, genicular, intercostal, peripheral
   * nerve); a block when it names a medial branch block (a name that says block and RF is a
   * block); an RF session when it names a destruction by radiofrequency (or by a lesion word
   * alone: "denervation", "rhizotomy") and a facet target.
   */
  private static Kind kindOfText(String text) {
    if (text.isEmpty()) {
      return null;
    }
    TextReading r = GRAMMAR.read(text);
    for (OutOfScopeTarget t : r.outOfScope()) {
      if (t != OutOfScopeTarget.FACET_INJECTION_OR_BLOCK) {
        return null;
      }
    }
    if (r.namesMedialBranchBlock()) {
      return Kind.BLOCK;
    }
    boolean rf = r.methods().isEmpty()
        || !Collections.disjoint(r.methods(), RF_METHODS);
    if (r.namesDestruction() && rf && r.namesFacetTarget()) {
      return Kind.RF;
    }
    return null;
  }

  /**
   * The facet joints a text names, read with the one clinical text grammar: joint notations, and
   * joints whose nerves the text lists in full ("L4-L5 medial branches" names L3 and L4).
   */
  private static void joints(String text, Set<FacetJoint> out) {
    if (text.isEmpty()) {
      return;
    }
    Set<Nerve> nerves = EnumSet.noneOf(Nerve.class);
    for (TreatedSite site : GRAMMAR.read(text).sites()) {
      site.joint().filter(FacetJoint::isReportable).ifPresent(out::add);
      site.nerve().ifPresent(nerves::add);
    }
    for (FacetJoint j : FacetJoint.reportable()) {
      if (nerves.containsAll(j.nerves())) {
        out.add(j);
      }
    }
  }


  private static JointFamily familyOf(Set<String> cpt, String text) {
    HistoryCodes.Known known = HistoryCodes.first(cpt);
    if (known != null) {
      return known.family();
    }
    Set<JointFamily> named = GRAMMAR.read(text).familiesNamed();
    return named.size() == 1 ? named.iterator().next() : null;
  }


  // ---- relief ----

  private static final class Relief {
    Integer percent;
    Integer months;
  }

  /** One value with where it came from. */
  private static final class Value {
    final int value;
    final String where;

    Value(int value, String where) {
      this.value = value;
      this.where = where;
    }
  }

  /**
   * The relief of a record; for an RF session, {@code function} also reads the functional
   * scores and statements (a score Observation is function, not relief: an ODI in % is no
   * relief percentage).
   */
  private Relief relief(Bundle bundle, Bundle.BundleEntryComponent entry, Procedure p,
      String path, String label, Kind kind, FunctionalReader function, List<Finding> findings) {
    List<Value> percents = new ArrayList<>();
    List<Value> months = new ArrayList<>();
    List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource r = entries.get(i).getResource();
      if (r instanceof Observation && refersTo((Observation) r, entry, p)) {
        Observation o = (Observation) r;
        if (o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
            || o.getStatus() == Observation.ObservationStatus.CANCELLED) {
          continue;
        }
        String at = "Bundle.entry[" + i + "].resource";
        if (function != null) {
          if (function.observation(o, at)) {
            continue;
          }
          if (o.hasValueStringType()) {
            function.text(o.getValueStringType().getValue());
          }
          for (Annotation a : o.getNote()) {
            function.text(a.getText());
          }
        }
        observation(o, at, kind, percents, months, findings);
      }
    }
    if (p.hasOutcome()) {
      text(conceptText(p.getOutcome()), path + ".outcome", kind, percents, months, findings);
      if (function != null) {
        function.text(conceptText(p.getOutcome()));
      }
    }
    for (int i = 0; i < p.getNote().size(); i++) {
      Annotation a = p.getNote().get(i);
      if (a.hasText()) {
        text(a.getText(), path + ".note[" + i + "].text", kind, percents, months, findings);
        if (function != null) {
          function.text(a.getText());
        }
      }
    }
    Relief out = new Relief();
    out.percent = agree(percents, "relief percentages", label, path, findings);
    out.months = kind == Kind.RF ? agree(months, "relief durations", label, path, findings)
        : null;
    return out;
  }

  private void observation(Observation o, String path, Kind kind, List<Value> percents,
      List<Value> months, List<Finding> findings) {
    if (o.hasValueQuantity()) {
      Quantity q = o.getValueQuantity();
      String unit = ((q.hasCode() ? q.getCode() : "") + " " + (q.hasUnit() ? q.getUnit() : ""))
          .strip().toLowerCase(Locale.ROOT);
      String where = path + ".valueQuantity";
      if (!q.hasValue()) {
        return;
      }
      double v = q.getValue().doubleValue();
      if (unit.startsWith("%") || unit.contains("percent")) {
        if (v < 0 || v > 100) {
          findings.add(Finding.of(FindingCode.HISTORY_NOT_READ, "A relief of " + v + "% is not a"
              + " percentage; it is left out.").at(where));
        } else {
          percents.add(new Value((int) Math.floor(v), where));
        }
      } else if (unit.equals("mo") || unit.startsWith("mo ") || unit.contains("month")) {
        months.add(new Value((int) Math.floor(v), where));
      } else if (unit.equals("a") || unit.startsWith("a ") || unit.contains("year")) {
        months.add(new Value((int) Math.floor(v * 12), where));
      } else if (kind == Kind.RF) {
        String shown = unit.length() > 20 ? unit.substring(0, 20) + "..." : unit;
        findings.add(Finding.of(FindingCode.HISTORY_NOT_READ, "A relief value in \"" + shown
            + "\" is neither a percentage nor months; it is left out.").at(where));
      }
    } else if (o.hasValueIntegerType() && ReliefGrammar.namesPercent(conceptText(o.getCode()))) {
      int v = o.getValueIntegerType().getValue();
      if (v >= 0 && v <= 100) {
        percents.add(new Value(v, path + ".valueInteger"));
      }
    } else if (o.hasValueStringType()) {
      text(o.getValueStringType().getValue(), path + ".valueString", kind, percents, months,
          findings);
    } else if (o.hasValueCodeableConcept()) {
      text(conceptText(o.getValueCodeableConcept()), path + ".valueCodeableConcept", kind,
          percents, months, findings);
    }
    for (int i = 0; i < o.getNote().size(); i++) {
      if (o.getNote().get(i).hasText()) {
        text(o.getNote().get(i).getText(), path + ".note[" + i + "].text", kind, percents,
            months, findings);
      }
    }
  }

  private void text(String text, String where, Kind kind, List<Value> percents,
      List<Value> months, List<Finding> findings) {
    ReliefReading r = grammar.read(ownClauses(text, kind));
    r.percent().ifPresent(v -> percents.add(new Value(v, where)));
    if (kind == Kind.RF) {
      r.months().ifPresent(v -> months.add(new Value(v, where)));
    }
    List<String> unread = new ArrayList<>(r.unreadPercent());
    if (kind == Kind.RF) {
      unread.addAll(r.unreadDuration());
    }
    for (String u : unread) {
      findings.add(Finding.of(FindingCode.HISTORY_NOT_READ, "Relief not read: " + u + ".")
          .at(where));
    }
  }

  /**
   * The clauses of a text about this kind of procedure only: an RF note that recaps the blocks
   * ("two MBBs gave 90% relief") must not lend the blocks' relief to the RF, and the other way
   * round.
   */
  static String ownClauses(String text, Kind kind) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (String c : ReliefGrammar.clauses(text)) {
      TextReading r = GRAMMAR.read(c);
      boolean other = kind == Kind.RF ? r.namesBlockOrInjection() : r.namesDestruction();
      if (!other) {
        sb.append(c).append(".\n");
      }
    }
    return sb.toString();
  }

  private static Integer agree(List<Value> values, String what, String label, String path,
      List<Finding> findings) {
    if (values.isEmpty()) {
      return null;
    }
    int first = values.get(0).value;
    for (Value v : values) {
      if (v.value != first) {
        List<String> w = new ArrayList<>();
        for (Value x : values) {
          w.add(x.value + " at " + x.where);
        }
        findings.add(Finding.of(FindingCode.HISTORY_NOT_READ, "The " + what + " of " + label
            + " disagree (" + String.join("; ", w) + "); the value is left unknown.").at(path));
        return null;
      }
    }
    return first;
  }

  // ---- references, dates, text ----

  private static boolean refersTo(Observation o, Bundle.BundleEntryComponent entry,
      Procedure p) {
    for (Reference r : o.getPartOf()) {
      if (sameResource(r, entry, p)) {
        return true;
      }
    }
    for (Reference r : o.getFocus()) {
      if (sameResource(r, entry, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameResource(Reference r, Bundle.BundleEntryComponent entry,
      Procedure p) {
    if (!r.hasReference()) {
      return false;
    }
    String ref = r.getReference();
    if (entry.hasFullUrl() && ref.equals(entry.getFullUrl())) {
      return true;
    }
    if (p.getIdElement().hasIdPart()) {
      String local = "Procedure/" + p.getIdElement().getIdPart();
      return ref.equals(local) || ref.endsWith("/" + local);
    }
    return false;
  }

  /**
   * The session's {@code reasonReference} elements (Procedures of the patient on the date of
   * service), resolved on first use: only a record dated after the session asks.
   */
  private static final class SessionReasons {
    private final Bundle bundle;
    private final Reference patient;
    private final LocalDate dos;
    private Map<Resource, String> named;

    SessionReasons(Bundle bundle, Reference patient, LocalDate dos) {
      this.bundle = bundle;
      this.patient = patient;
      this.dos = dos;
    }

    /** The element of the session that names {@code record} as its reason, or null. */
    String naming(Procedure record) {
      if (named == null) {
        named = new java.util.IdentityHashMap<>();
        ResourceIndex index = new ResourceIndex(bundle, Integer.MAX_VALUE);
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
          if (entries.get(i).getResource() instanceof Procedure q
              && samePatient(q.getSubject(), patient) && dos.equals(date(q))) {
            for (int k = 0; k < q.getReasonReference().size(); k++) {
              Resource r = index.resolve(q.getReasonReference().get(k), q);
              if (r != null) {
                named.putIfAbsent(r, "Bundle.entry[" + i + "].resource.reasonReference[" + k
                    + "]");
              }
            }
          }
        }
      }
      return named.get(record);
    }
  }

  private static boolean samePatient(Reference subject, Reference patient) {
    if (subject == null || !subject.hasReference()) {
      return false;
    }
    String a = subject.getReference();
    String b = patient.getReference();
    return a.equals(b) || tail(a).equals(tail(b));
  }

  /** "http://x/fhir/Patient/1/_history/2" and "Patient/1" both give "Patient/1". */
  private static String tail(String ref) {
    String r = ref;
    int h = r.indexOf("/_history/");
    if (h >= 0) {
      r = r.substring(0, h);
    }
    int slash = r.lastIndexOf('/');
    if (slash <= 0) {
      return r;
    }
    int prev = r.lastIndexOf('/', slash - 1);
    return r.substring(prev + 1);
  }

  private static LocalDate date(Procedure p) {
    String raw = null;
    if (p.hasPerformedDateTimeType()) {
      raw = p.getPerformedDateTimeType().getValueAsString();
    } else if (p.hasPerformedPeriod() && p.getPerformedPeriod().hasStart()) {
      raw = p.getPerformedPeriod().getStartElement().getValueAsString();
    }
    return day(raw);
  }

  /** The calendar date a FHIR date or dateTime starts with, as written; null when none. */
  static LocalDate day(String raw) {
    if (raw == null || raw.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(raw.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The coding displays and the text of a concept, one a line. */
  static String conceptText(CodeableConcept c) {
    if (c == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Coding cd : c.getCoding()) {
      if (cd.hasDisplay()) {
        sb.append(cd.getDisplay()).append('\n');
      }
    }
    if (c.hasText()) {
      sb.append(c.getText());
    }
    return sb.toString();
  }

  private static String notes(List<Annotation> notes) {
    StringBuilder sb = new StringBuilder();
    for (Annotation a : notes) {
      if (a.hasText()) {
        sb.append(a.getText()).append('\n');
      }
    }
    return sb.toString();
  }

  /** The CPT codes this reader takes as facet RF sessions (every edition the core knows). */
  public static ImmutableSet<String> rfCodes() {
    return HistoryCodes.codes(Kind.RF, false);
  }

  /**
   * The CPT codes this reader takes as diagnostic blocks under fluoroscopy or CT (64490-64495);
   * the ultrasound-guided injections 0213T-0218T are read as blocks too, which never count
   * toward an initial RF.
   */
  public static ImmutableSet<String> blockCodes() {
    return HistoryCodes.codes(Kind.BLOCK, false);
  }
}
