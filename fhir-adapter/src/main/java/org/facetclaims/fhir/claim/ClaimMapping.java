package org.facetclaims.fhir.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.Rationale;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.payer.ClaimType;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.read.FhirIds;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.session.CodedSession;
import org.facetclaims.fhir.session.FacilityPart;
import org.facetclaims.fhir.session.SessionParties;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * Every decision of the Claim of one coded session, made once into a {@link ClaimDocument}, as
 * the mapping spec's "Output: Claim" describes: the id (named after the profile and the session
 * key), the status (active when patient, provider and coverage are known, else draft), the type
 * from the profile, the parties (copied: reference, type, identifier and display; a missing one
 * says so in a display), the diagnoses (distinct ICD-10-CM codes in order of first appearance),
 * one procedure entry per source Procedure, one item per coded line with its pointers,
 * modifiers (the line's, then the coverage checks' GA/GZ when the profile asks), quantity and
 * date, and its rationale: body sites and a note ({@code supportingInfo}, pointed at by the
 * item's {@code informationSequence}) saying what it covers and which rules made it.
 * Thread-safe.
 */
public final class ClaimMapping {
  /** The claim-type code system. */
  public static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
  /** The process-priority code system. */
  public static final String PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";
  /** Each item points at the Claim's first four diagnoses at most. */
  static final int ITEM_DIAGNOSES = 4;

  /** The claim information category code system ({@code supportingInfo.category}). */
  public static final String INFORMATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/claiminformationcategory";
  /** The library's code system of supporting information: {@code line-rationale}. */
  public static final String INFORMATION_CODES =
      "https://facetclaims.org/fhir/CodeSystem/claim-information";

  static final ConceptValue NORMAL = ConceptValue.of(PRIORITY, "normal", "Normal");
  private static final ConceptValue INFO = ConceptValue.of(INFORMATION_CATEGORY, "info",
      "Information");
  private static final ConceptValue LINE_RATIONALE = ConceptValue.of(INFORMATION_CODES,
      "line-rationale", "Rationale of a claim line");
  /** The claim type of each {@link ClaimType}, and a modifier's concept: the same every time. */
  static final Map<ClaimType, ConceptValue> TYPES = new EnumMap<>(ClaimType.class);
  private static final Map<Modifier, ConceptValue> MODIFIERS = new EnumMap<>(Modifier.class);

  /** The body site of each code family's lines: its facet joints, or their nerves (legacy). */
  private static final Map<JointFamily, ConceptValue> JOINT_SITES =
      new EnumMap<>(JointFamily.class);
  private static final Map<JointFamily, ConceptValue> NERVE_SITES =
      new EnumMap<>(JointFamily.class);

  static {
    for (JointFamily f : JointFamily.values()) {
      JOINT_SITES.put(f, new ConceptValue(List.of(), "Paravertebral facet joints, " + f.label()));
      NERVE_SITES.put(f, new ConceptValue(List.of(),
          "Paravertebral facet joint nerves, " + f.label()));
    }
    for (ClaimType t : ClaimType.values()) {
      TYPES.put(t, ConceptValue.of(CLAIM_TYPE, t.code(),
          t == ClaimType.PROFESSIONAL ? "Professional" : "Institutional"));
    }
    for (Modifier m : Modifier.values()) {
      MODIFIERS.put(m, ConceptValue.of(m.system(), m.code(), m.label()));
    }
  }

  private final Clock clock;
  private final Map<String, ConceptValue> products = new ConcurrentHashMap<>();
  /**
   * The rationale notes made, by what a line covers and the rules that made it: a bulk run
   * writes the same few hundred notes (the same joints and sides under the same rules) on
   * millions of lines, and a note is some 300 characters put together from a dozen strings.
   * Bounded: beyond {@link #NOTES_KEPT} a note is made and not kept.
   */
  private final Map<NoteKey, String> notes = new ConcurrentHashMap<>();
  private static final int NOTES_KEPT = 4096;

  /** A note's key: the rationale's lists, compared by content. */
  private record NoteKey(List<String> covered, List<String> rules) {}

  /** @param clock dates {@code Claim.created} */
  public ClaimMapping(Clock clock) {
    this.clock = clock;
  }

  /** {@code Claim.created}: now on the mapping's clock, to the millisecond as HAPI keeps it. */
  Instant created() {
    return Instant.ofEpochMilli(clock.millis());
  }

  /** The Claim of a coded session: the physician's, as when only it is asked for. */
  public ClaimDocument claim(CodedSession s) {
    return claim(s, null);
  }

  /**
   * The Claims of a coded session: the physician's alone, or as its facility side asks
   * ({@link FacilityClaims}: the physician's and the facility's, linked by {@code related}, or
   * the facility's alone). Empty when only a facility claim was asked for and the setting has
   * none (finding FC-706 says so).
   */
  public List<ClaimDocument> claims(CodedSession s) {
    FacilityPart f = s.facility();
    if (f == null) {
      return List.of(claim(s, null));
    }
    String professionalId = professionalId(s);
    String facilityId = f.facility() == null ? null : FacilityClaims.id(s);
    List<ClaimDocument> out = new ArrayList<>(2);
    if (f.claims().professional()) {
      out.add(claim(s, new FacilityClaims.Extras(f, facilityId)));
    }
    if (f.facility() != null) {
      out.add(FacilityClaims.claim(s, facilityId,
          f.claims().professional() ? professionalId : null, this));
    }
    return out;
  }

  private static String professionalId(CodedSession s) {
    return Ids.nameUuid("claim|" + s.profile().name() + "|" + s.key());
  }

  private ClaimDocument claim(CodedSession s, FacilityClaims.Extras x) {
    PayerProfile profile = s.profile();
    SessionParties parties = s.parties();
    ReferenceValue provider = reference(parties.provider());
    ClaimDocument.Builder c = ClaimDocument.builder(professionalId(s))
        .status(s.complete() ? "active" : "draft")
        .type(TYPES.get(profile.claimType()))
        .use("claim")
        .patient(party(reference(parties.patient()), "patient not supplied"))
        .created(Instant.ofEpochMilli(clock.millis())) // HAPI keeps milliseconds (a Date)
        .provider(party(provider, "provider not supplied"))
        .priority(NORMAL)
        .insurance(new ClaimDocument.Insurance(1, true,
            party(reference(parties.coverage()), "coverage not supplied"), List.of()));
    if (x != null) {
      x.header(c);
    }
    if (provider != null) {
      c.careTeam(new ClaimDocument.CareTeam(1, provider, null));
    }
    int info = x != null ? x.supportingInfo(c) : 0; // supportingInfo sequences so far
    List<CodingValue> diagnoses = distinctDiagnoses(s.procedures());
    for (int i = 0; i < diagnoses.size(); i++) {
      c.diagnosis(new ClaimDocument.Diagnosis(i + 1,
          new ConceptValue(List.of(diagnoses.get(i)), null), List.of()));
    }
    List<ReadProcedure> procedures = s.procedures();
    for (int i = 0; i < procedures.size(); i++) {
      ReadProcedure p = procedures.get(i);
      c.procedure(new ClaimDocument.ProcedureEntry(i + 1, p.date(), procedureReference(p)));
    }
    ReferenceValue encounter = reference(parties.encounter());
    int itemDiagnoses = Math.min(diagnoses.size(), ITEM_DIAGNOSES);
    List<ClaimLine> lines = s.result().lines(); // a coded session has at least one
    // The first line outside the loop: with all of them in it, C2's profiled loop predicates
    // (one line in most sessions) made this method deoptimize and compile again in every run.
    // one rationale note per line that has one, in supportingInfo
    String note = note(lines.get(0));
    if (note != null) {
      c.supportingInfo(new ClaimDocument.SupportingInfo(++info, INFO, LINE_RATIONALE, note, null));
    }
    c.item(item(s, lines.get(0), 0, provider != null, diagnoses, itemDiagnoses,
        encounter, note != null ? info : 0, x));
    for (int i = 1; i < lines.size(); i++) {
      note = note(lines.get(i));
      if (note != null) {
        c.supportingInfo(new ClaimDocument.SupportingInfo(++info, INFO, LINE_RATIONALE, note,
            null));
      }
      c.item(item(s, lines.get(i), i, provider != null, diagnoses,
          itemDiagnoses, encounter, note != null ? info : 0, x));
    }
    if (x != null) {
      x.total(c);
    }
    return c.build();
  }

  private ClaimDocument.Item item(CodedSession s, ClaimLine line, int index,
      boolean careTeam, List<CodingValue> claimDiagnoses, int diagnoses,
      ReferenceValue encounter, int rationaleInfo, FacilityClaims.Extras x) {
    ClaimDocument.ItemBuilder item = ClaimDocument.Item.builder(index + 1);
    if (careTeam) {
      item.careTeamSequence(1);
    }
    diagnosisPointers(s, index, claimDiagnoses, diagnoses, item);
    int previous = -1;
    for (int p : line.procedureIndexes()) {   // in order; the parts of one Procedure are adjacent
      int sequence = s.procedureOf(p) + 1;
      if (sequence != previous) {
        item.procedureSequence(sequence);
        previous = sequence;
      }
    }
    if (rationaleInfo > 0) {
      item.informationSequence(rationaleInfo);
    }
    item.productOrService(product(line));
    for (Modifier m : line.modifiers()) {
      item.modifier(modifier(m));
    }
    if (s.coverage() != null) { // coverage modifiers (GA/GZ), only when the profile asks
      for (Modifier m : s.coverage().appendedModifiers(index)) {
        item.modifier(modifier(m));
      }
    }
    item.servicedDate(line.dateOfService()).quantity(line.quantity());
    sites(item, line);
    if (x != null) {
      x.item(item, index);
    }
    if (encounter != null) {
      item.encounter(encounter);
    }
    return item.build();
  }

  /** {@link #rationaleNote}, the one kept for the same rationale if any. */
  private String note(ClaimLine line) {
    Rationale r = line.rationale();
    if (r.covered().isEmpty() && r.rules().isEmpty()) {
      return null;
    }
    NoteKey key = new NoteKey(r.covered(), r.rules());
    String note = notes.get(key);
    if (note == null) {
      note = rationaleNote(r);
      if (notes.size() < NOTES_KEPT) {
        notes.putIfAbsent(key, note);
      }
    }
    return note;
  }

  /**
   * The line's rationale as the text of its note: what it covers and the rules that made it
   * (not both empty).
   */
  static String rationaleNote(Rationale r) {
    StringBuilder sb = new StringBuilder();
    if (!r.covered().isEmpty()) {
      sb.append("Covers ").append(String.join(", ", r.covered())).append('.');
    }
    for (String rule : r.rules()) {
      sb.append(sb.length() == 0 ? "" : " ").append(rule.endsWith(".") ? rule : rule + ".");
    }
    return sb.toString();
  }

  /**
   * The line's body sites: its code family's facet joints (or their nerves, for per-nerve
   * legacy lines) as {@code bodySite}, and each unit it covers with its side as a
   * {@code subSite}, as text: no SNOMED CT concept names a facet joint level with its side, so
   * text says it exactly. None for an imaging line.
   */
  private static void sites(ClaimDocument.ItemBuilder item, ClaimLine line) {
    if (line.family().isEmpty()) {
      return;
    }
    item.bodySite((line.units().unit() == UnitOfService.NERVE ? NERVE_SITES : JOINT_SITES)
        .get(line.family().get()));
    for (String unit : line.rationale().covered()) {
      item.subSite(new ConceptValue(List.of(), unit));
    }
  }

  /**
   * The line's code with its description. The same for every line of that code and edition: made
   * once and kept (codes of the library's editions only, a few dozen). The first description
   * seen for a code stays: an unlisted code's line describes its own procedure, so a
   * description that differs is made for its line and not kept (replacing the kept one made
   * every such line a map write).
   */
  ConceptValue product(ClaimLine line) {
    ConceptValue c = products.get(line.code());
    if (c != null && Objects.equals(c.text(), line.description())
        && Objects.equals(c.coding().get(0).system(), line.codeSystem())) {
      return c;
    }
    return newProduct(line, c == null);
  }

  private ConceptValue newProduct(ClaimLine line, boolean keep) {
    ConceptValue c = new ConceptValue(
        List.of(new CodingValue(line.codeSystem(), line.code(), null)), line.description());
    if (keep && products.size() < 256) {
      products.putIfAbsent(line.code(), c);
    }
    return c;
  }

  /**
   * The item's diagnosis pointers: with the coverage checks, the Claim's diagnoses that support
   * the line's region under the policy applied (covered for the region, valid in the fiscal
   * year), at most four, in the Claim's order; otherwise, and when none does (the coverage
   * findings say so), the Claim's first four, as a claim line needs a pointer.
   */
  private static void diagnosisPointers(CodedSession s, int index,
      List<CodingValue> claimDiagnoses, int first, ClaimDocument.ItemBuilder item) {
    List<Integer> supporting = s.coverage() == null ? List.of()
        : s.coverage().diagnosisPointers(index);
    if (!supporting.isEmpty()) {
      // the positions are those of the session's diagnosis codings in order, as the checks got
      // them; the Claim's diagnoses are the distinct codes of the same codings
      List<String> codes = new ArrayList<>(4);
      for (ReadProcedure p : s.procedures()) {
        for (Coding d : p.diagnoses()) {
          String code = d.getCode();
          if (code != null && !code.isBlank()) {
            codes.add(code.strip());
          }
        }
      }
      List<Integer> sequences = new ArrayList<>(4);
      for (int k : supporting) {
        if (k < codes.size()) {
          for (int c = 0; c < claimDiagnoses.size(); c++) {
            if (claimDiagnoses.get(c).code().equals(codes.get(k)) && !sequences.contains(c + 1)) {
              sequences.add(c + 1);
            }
          }
        }
      }
      sequences.sort(null);
      if (!sequences.isEmpty()) {
        for (int i = 0; i < Math.min(sequences.size(), ITEM_DIAGNOSES); i++) {
          item.diagnosisSequence(sequences.get(i));
        }
        return;
      }
    }
    for (int d = 1; d <= first; d++) {
      item.diagnosisSequence(d);
    }
  }

  static ConceptValue modifier(Modifier m) {
    return MODIFIERS.get(m);
  }

  /**
   * The Claim's diagnoses, numbered from 1 in this order: the distinct ICD-10-CM codes of the
   * procedures (stripped), in order of first appearance, each with its system and display.
   */
  static List<CodingValue> distinctDiagnoses(List<ReadProcedure> procedures) {
    List<CodingValue> out = new ArrayList<>(2);
    for (ReadProcedure p : procedures) {
      for (Coding d : p.diagnoses()) {
        String code = d.getCode().strip();
        boolean seen = false;
        for (CodingValue c : out) {
          seen |= c.code().equals(code);
        }
        if (!seen) {
          out.add(new CodingValue(text(d.getSystem()), code, text(d.getDisplay())));
        }
      }
    }
    return out;
  }

  /**
   * The Claim's entry for a source Procedure: {@code Procedure/id}, or its label as a display
   * when its id is not a FHIR id ({@code #o1}, which HAPI's parser lets through, would dangle).
   */
  static ReferenceValue procedureReference(ReadProcedure p) {
    return p.id() != null && FhirIds.valid(p.id()) ? ReferenceValue.to("Procedure/" + p.id())
        : ReferenceValue.display(p.label());
  }

  /** A party, or a display saying it is missing. */
  static ReferenceValue party(ReferenceValue r, String missing) {
    return r != null ? r : ReferenceValue.display(missing);
  }

  /**
   * A party as the input names it: its reference, type, identifier and display; not its element
   * ids or extensions, which describe the sender's record, not the Claim's party. Null when
   * nothing of it is left.
   */
  static ReferenceValue reference(Reference r) {
    if (r == null) {
      return null;
    }
    // Values rather than hasReference() and the like: HAPI's emptiness walks behind them cost a
    // quarter of writing a Claim; a blank value counts as none, as HAPI's encoder has it.
    String reference = text(r.getReference());
    String type = text(r.getType());
    IdentifierValue identifier = r.hasIdentifier() ? identifier(r.getIdentifier()) : null;
    String display = text(r.getDisplay());
    if (reference == null && type == null && identifier == null && display == null) {
      return null;
    }
    return new ReferenceValue(reference, type, identifier, display);
  }

  private static IdentifierValue identifier(Identifier i) {
    String use = i.hasUse() ? i.getUseElement().getValueAsString() : null;
    ConceptValue type = i.hasType() ? concept(i.getType()) : null;
    String system = text(i.getSystem());
    String value = text(i.getValue());
    PeriodValue period = i.hasPeriod() ? period(i.getPeriod()) : null;
    ReferenceValue assigner = i.hasAssigner() ? reference(i.getAssigner()) : null;
    if (use == null && type == null && system == null && value == null && period == null
        && assigner == null) {
      return null;
    }
    return new IdentifierValue(use, type, system, value, period, assigner);
  }

  private static ConceptValue concept(CodeableConcept c) {
    List<CodingValue> codings = new ArrayList<>(c.getCoding().size());
    for (Coding cd : c.getCoding()) {
      CodingValue v = new CodingValue(text(cd.getSystem()), text(cd.getCode()),
          text(cd.getDisplay()));
      if (v.system() != null || v.code() != null || v.display() != null) {
        codings.add(v);
      }
    }
    String text = text(c.getText());
    return codings.isEmpty() && text == null ? null : new ConceptValue(codings, text);
  }

  private static PeriodValue period(Period p) {
    String start = p.hasStart() ? p.getStartElement().getValueAsString() : null;
    String end = p.hasEnd() ? p.getEndElement().getValueAsString() : null;
    return start == null && end == null ? null : new PeriodValue(start, end);
  }

  /** A text of the input: null or blank is none (HAPI leaves a blank value out). */
  private static String text(String s) {
    if (s == null) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return s;
      }
    }
    return null;
  }
}
