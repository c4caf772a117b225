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
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.payer.ClaimType;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.read.FhirIds;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.session.CodedSession;
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
 * date. Thread-safe.
 */
public final class ClaimMapping {
  /** The claim-type code system. */
  public static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
  /** The process-priority code system. */
  public static final String PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";
  /** Each item points at the Claim's first four diagnoses at most. */
  static final int ITEM_DIAGNOSES = 4;

  private static final ConceptValue NORMAL = ConceptValue.of(PRIORITY, "normal", "Normal");
  /** The claim type of each {@link ClaimType}, and a modifier's concept: the same every time. */
  private static final Map<ClaimType, ConceptValue> TYPES = new EnumMap<>(ClaimType.class);
  private static final Map<Modifier, ConceptValue> MODIFIERS = new EnumMap<>(Modifier.class);

  static {
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

  /** @param clock dates {@code Claim.created} */
  public ClaimMapping(Clock clock) {
    this.clock = clock;
  }

  /** The Claim of a coded session. */
  public ClaimDocument claim(CodedSession s) {
    PayerProfile profile = s.profile();
    SessionParties parties = s.parties();
    ReferenceValue provider = reference(parties.provider());
    ClaimDocument.Builder c = ClaimDocument.builder(
            Ids.nameUuid("claim|" + profile.name() + "|" + s.key()))
        .status(s.complete() ? "active" : "draft")
        .type(TYPES.get(profile.claimType()))
        .use("claim")
        .patient(party(reference(parties.patient()), "patient not supplied"))
        .created(Instant.ofEpochMilli(clock.millis())) // HAPI keeps milliseconds (a Date)
        .provider(party(provider, "provider not supplied"))
        .priority(NORMAL)
        .insurance(new ClaimDocument.Insurance(1, true,
            party(reference(parties.coverage()), "coverage not supplied"), List.of()));
    if (provider != null) {
      c.careTeam(new ClaimDocument.CareTeam(1, provider, null));
    }
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
    c.item(item(s, lines.get(0), 0, provider != null, itemDiagnoses, encounter));
    for (int i = 1; i < lines.size(); i++) {
      c.item(item(s, lines.get(i), i, provider != null, itemDiagnoses, encounter));
    }
    return c.build();
  }

  private ClaimDocument.Item item(CodedSession s, ClaimLine line, int index,
      boolean careTeam, int diagnoses, ReferenceValue encounter) {
    ClaimDocument.ItemBuilder item = ClaimDocument.Item.builder(index + 1);
    if (careTeam) {
      item.careTeamSequence(1);
    }
    for (int d = 1; d <= diagnoses; d++) {
      item.diagnosisSequence(d);
    }
    for (int p : line.procedureIndexes()) {
      item.procedureSequence(p + 1);
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
    if (encounter != null) {
      item.encounter(encounter);
    }
    return item.build();
  }

  /**
   * The line's code with its description. The same for every line of that code and edition: made
   * once and kept (codes of the library's editions only, a few dozen). The first description
   * seen for a code stays: an unlisted code's line describes its own procedure, so a
   * description that differs is made for its line and not kept (replacing the kept one made
   * every such line a map write).
   */
  private ConceptValue product(ClaimLine line) {
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

  private static ConceptValue modifier(Modifier m) {
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
  private static ReferenceValue procedureReference(ReadProcedure p) {
    return p.id() != null && FhirIds.valid(p.id()) ? ReferenceValue.to("Procedure/" + p.id())
        : ReferenceValue.display(p.label());
  }

  /** A party, or a display saying it is missing. */
  private static ReferenceValue party(ReferenceValue r, String missing) {
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
