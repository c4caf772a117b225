package org.facetclaims.fhir;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.payer.ClaimType;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;

/**
 * Writes the Claim of a {@link CodedSession} and the OperationOutcome of a list of findings as
 * compact JSON straight from the coding result, without building HAPI's model objects: the bulk
 * coder's output path. The bytes are those HAPI's JSON parser writes for the resources
 * {@link ClaimWriter} and {@link OutcomeWriter} build from the same input (field order, escapes,
 * numbers, dates); {@code FastPathDifferentialTest} checks that on every golden input, the spec
 * examples, thousands of synthetic records and odd variants of them.
 *
 * <p>The mapping is written twice on purpose: building a HAPI Claim and encoding it costs about
 * half of a bulk record's CPU time (in a short run, mostly in compiling those large methods).
 * When a value is one HAPI would rewrite or leave out (a blank string; a versioned, {@code #} or
 * other reference HAPI would write otherwise; an identifier with more than use, system and
 * value; an element id or extension), the writer declines (returns null) and the caller builds
 * the resource and hands it to HAPI's encoder, so the output never depends on which writer ran.
 * It also declines text with an unpaired surrogate (only input has one): UTF-8 cannot hold it,
 * and a caller that takes the JSON as a String ({@code BulkCoder.run} with Writers) must get
 * HAPI's text, not the text of the bytes.
 *
 * <p>Not thread-safe (it reuses a buffer): one per thread.
 */
final class ResultJsonWriter {
  /** Thrown inside when a value is not one this writer writes as HAPI would. */
  private static final class Decline extends Exception {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  private final Clock clock;
  /** This writer's own buffer, for {@link #claim} and {@link #outcome}. */
  private final JsonBytes own = new JsonBytes(4096);
  /** Where the writing methods write: {@link #own}, or a caller's buffer while appending. */
  private JsonBytes out = own;
  /**
   * The escaped bytes of the library's own texts (code descriptions, finding titles and sources,
   * code systems), which recur on nearly every record: each is scanned and escaped once, not
   * once a record. Only texts of the library go here, never input; the bound keeps a source
   * that is composed per record (a rare edit's) from growing it.
   */
  private final HashMap<String, byte[]> known = new HashMap<>();
  private static final int KNOWN_MAX = 1024;
  /** Claim.created, computed once a second (the value has a precision of seconds). */
  private long createdSecond = Long.MIN_VALUE;
  private String created;

  ResultJsonWriter(Clock clock) {
    this.clock = clock;
  }

  /**
   * The Claim {@link ClaimWriter#write} builds for {@code s}, as the UTF-8 bytes of its JSON
   * (those of HAPI's JSON text); null when declined.
   */
  byte[] claim(CodedSession s) {
    own.clear();
    return appendClaim(s, own) ? line(own) : null;
  }

  /** The one line in {@code b}, without its newline. */
  private static byte[] line(JsonBytes b) {
    b.truncate(b.length() - 1);
    return b.copyOf(0);
  }

  /**
   * Appends the JSON of {@link #claim} and a newline to {@code to}, the UTF-8 bytes of an NDJSON
   * line; false, with {@code to} as it was, when declined (also when a bug throws).
   */
  boolean appendClaim(CodedSession s, JsonBytes to) {
    return append(to, () -> writeClaim(s));
  }

  /** What one line writes into {@link #out}. */
  private interface Line {
    void write() throws Decline;
  }

  /** Writes {@code line} into {@code to} and keeps it with a newline, or takes it back. */
  private boolean append(JsonBytes to, Line line) {
    int mark = to.length();
    out = to;
    to.clearLossy();
    try {
      line.write();
      return keep(to, mark);
    } catch (Decline e) {
      to.truncate(mark);
      return false;
    } catch (RuntimeException e) {
      to.truncate(mark);
      throw e;
    } finally {
      out = own;
      to.clearLossy();
    }
  }

  /** Ends the line started at {@code mark} with a newline; a lossy one is taken back. */
  private static boolean keep(JsonBytes to, int mark) {
    if (to.lossy()) {
      to.truncate(mark);
      return false;
    }
    to.raw('\n');
    return true;
  }

  /**
   * The OperationOutcome {@link OutcomeWriter#write(List, List, String, String)} builds, as the
   * UTF-8 bytes of its JSON; null when declined.
   */
  byte[] outcome(List<Finding> findings, List<ReadProcedure> procedures, String idSeed,
      String lineTag) {
    own.clear();
    return appendOutcome(findings, procedures, idSeed, lineTag, own) ? line(own) : null;
  }

  /** Appends the JSON of {@link #outcome} and a newline to {@code to}, as {@link #appendClaim}. */
  boolean appendOutcome(List<Finding> findings, List<ReadProcedure> procedures, String idSeed,
      String lineTag, JsonBytes to) {
    return append(to, () -> writeOutcome(findings, procedures, idSeed, lineTag));
  }

  // ---- Claim, in the element order of the FHIR R4 Claim ----

  private void writeClaim(CodedSession s) throws Decline {
    ClaimWriter.Parties parties = s.parties;
    // raw: literals, and values ASCII by construction (a name-based UUID, a date-time).
    out.raw("{\"resourceType\":\"Claim\",\"id\":\"")
        .raw(ClaimWriter.nameUuid("claim|" + s.profile.name() + "|" + s.key))
        .raw(s.complete ? "\",\"status\":\"active" : "\",\"status\":\"draft")
        .raw("\",\"type\":{\"coding\":[{\"system\":\"").text(ClaimWriter.CLAIM_TYPE)
        .raw("\",\"code\":").string(s.profile.claimType().code())
        .raw(s.profile.claimType() == ClaimType.PROFESSIONAL ? ",\"display\":\"Professional"
            : ",\"display\":\"Institutional").raw("\"}]},\"use\":\"claim\",\"patient\":");
    party(parties.patient, "patient not supplied");
    out.raw(",\"created\":\"").raw(created()).raw("\",\"provider\":");
    party(parties.provider, "provider not supplied");
    out.raw(",\"priority\":{\"coding\":[{\"system\":\"").text(ClaimWriter.PRIORITY)
        .raw("\",\"code\":\"normal\",\"display\":\"Normal\"}]}");
    if (parties.provider != null) {
      out.raw(",\"careTeam\":[{\"sequence\":1,\"provider\":");
      copiedReference(parties.provider);
      out.raw("}]");
    }
    List<Coding> diagnoses = ClaimWriter.distinctDiagnoses(s.procedures);
    for (int i = 0; i < diagnoses.size(); i++) {
      Coding d = diagnoses.get(i);
      out.raw(i == 0 ? ",\"diagnosis\":[{\"sequence\":" : ",{\"sequence\":").number(i + 1)
          .raw(",\"diagnosisCodeableConcept\":{\"coding\":[{");
      int at = out.length();
      optional("system", d.getSystem(), at);
      optional("code", d.getCode(), at);
      optional("display", d.getDisplay(), at);
      if (out.length() == at) {
        throw DECLINE; // an empty Coding, which HAPI leaves out
      }
      out.raw("}]}}");
    }
    if (!diagnoses.isEmpty()) {
      out.raw(']');
    }
    List<ReadProcedure> procedures = s.procedures;
    out.raw(",\"procedure\":[");
    for (int i = 0; i < procedures.size(); i++) {
      ReadProcedure p = procedures.get(i);
      out.raw(i == 0 ? "{\"sequence\":" : ",{\"sequence\":").number(i + 1);
      if (p.date != null) {
        out.raw(",\"date\":\"");
        isoDate(p.date);
        out.raw('"');
      }
      out.raw(",\"procedureReference\":{");
      if (p.sourceId != null) {
        out.raw("\"reference\":\"Procedure/").text(p.sourceId).raw('"');
      } else {
        optional("display", p.label, out.length());
        if (out.last() == '{') {
          throw DECLINE; // an empty Reference
        }
      }
      out.raw("}}");
    }
    out.raw("],\"insurance\":[{\"sequence\":1,\"focal\":true,\"coverage\":");
    party(parties.coverage, "coverage not supplied");
    out.raw("}],\"item\":[");
    int itemDiagnoses = Math.min(diagnoses.size(), ClaimWriter.ITEM_DIAGNOSES);
    List<ClaimLine> lines = s.result.lines();
    if (lines.isEmpty()) {
      throw DECLINE; // not made by FacetClaims.codeForClaim
    }
    // The first line outside the loop: C2's profiled loop predicates on the loop this was
    // made writeClaim deoptimize and compile again (0.09 s) in every run.
    item(s, lines.get(0), 0, itemDiagnoses);
    for (int n = 1; n < lines.size(); n++) {
      item(s, lines.get(n), n, itemDiagnoses);
    }
    out.raw("]}");
  }

  private void item(CodedSession s, ClaimLine line, int index, int diagnoses) throws Decline {
    out.raw(index == 0 ? "{\"sequence\":" : ",{\"sequence\":").number(index + 1);
    if (s.parties.provider != null) {
      out.raw(",\"careTeamSequence\":[1]");
    }
    for (int d = 1; d <= diagnoses; d++) {
      out.raw(d == 1 ? ",\"diagnosisSequence\":[" : ",").number(d);
    }
    if (diagnoses > 0) {
      out.raw(']');
    }
    List<Integer> procs = line.procedureIndexes();
    for (int i = 0; i < procs.size(); i++) {
      out.raw(i == 0 ? ",\"procedureSequence\":[" : ",").number(procs.get(i) + 1);
    }
    if (!procs.isEmpty()) {
      out.raw(']');
    }
    out.raw(",\"productOrService\":{");
    int at = out.length();
    int coding = out.raw("\"coding\":[{").length();
    known("system", line.codeSystem(), coding);
    known("code", line.code(), coding);
    if (out.length() == coding) {
      throw DECLINE;
    }
    out.raw("}]");
    known("text", line.description(), at);
    out.raw('}');
    boolean first = true;
    for (Modifier m : line.modifiers()) {
      first = modifier(m, first);
    }
    if (s.coverage != null) { // coverage modifiers (GA/GZ), only when the profile asks
      for (Modifier m : s.coverage.appendedModifiers(index)) {
        first = modifier(m, first);
      }
    }
    if (!first) {
      out.raw(']');
    }
    out.raw(",\"servicedDate\":\"");
    isoDate(line.dateOfService());
    out.raw("\",\"quantity\":{\"value\":").number(line.quantity()).raw('}');
    if (s.parties.encounter != null) {
      out.raw(",\"encounter\":[");
      copiedReference(s.parties.encounter);
      out.raw(']');
    }
    out.raw('}');
  }

  private boolean modifier(Modifier m, boolean first) {
    out.raw(first ? ",\"modifier\":[{\"coding\":[{\"system\":\"" : ",{\"coding\":[{\"system\":\"")
        .text(m.system()).raw("\",\"code\":\"").text(m.code()).raw("\",\"display\":\"")
        .text(m.label()).raw("\"}]}");
    return false;
  }

  /** A party as {@link ClaimWriter#copy} copies it, or a display saying it is missing. */
  private void party(Reference r, String missing) throws Decline {
    if (r == null) {
      out.raw("{\"display\":\"").raw(missing).raw("\"}");
    } else {
      copiedReference(r);
    }
  }

  /**
   * The JSON of {@code ClaimWriter.copy(r)}: its reference, type, identifier and display. A
   * versioned or {@code #} reference (HAPI rewrites them), an identifier with more than use,
   * system and value, or an empty result: declined.
   */
  private void copiedReference(Reference r) throws Decline {
    out.raw('{');
    int at = out.length();
    // The values, not hasReference() and the like: HAPI's generic emptiness walk behind them
    // was a quarter of writing a Claim. Where they differ (a blank value, which copy() leaves
    // out and optional() declines), the Claim goes through HAPI.
    String ref = r.getReference();
    if (ref != null && !ref.isEmpty()) {
      if (ref.indexOf('#') >= 0 || !JsonText.hapiWritesReferenceAsIs(ref)) {
        throw DECLINE; // a local or versioned reference, or one HAPI would rewrite
      }
      optional("reference", ref, at);
    }
    optional("type", r.getType(), at);
    if (r.hasIdentifier()) {
      Identifier i = r.getIdentifier();
      if (i.hasId() || i.hasExtension() || i.hasType() || i.hasPeriod() || i.hasAssigner()) {
        throw DECLINE;
      }
      comma(at);
      out.raw("\"identifier\":{");
      int iAt = out.length();
      plain(i, "use", iAt);
      plain(i, "system", iAt);
      plain(i, "value", iAt);
      if (out.length() == iAt) {
        throw DECLINE;
      }
      out.raw('}');
    }
    optional("display", r.getDisplay(), at);
    if (out.length() == at) {
      throw DECLINE;
    }
    out.raw('}');
  }

  /** A primitive child of an input element, as it is: no id, no extension, not blank. */
  private void plain(Base owner, String name, int at) throws Decline {
    Base[] v = owner.getProperty(name.hashCode(), name, false);
    if (v.length == 0 || v[0] == null) {
      return;
    }
    PrimitiveType<?> p = (PrimitiveType<?>) v[0];
    if (((Element) p).hasId() || p.hasExtension()) {
      throw DECLINE;
    }
    String value = p.getValueAsString();
    if (value != null && value.isEmpty()) {
      throw DECLINE; // an element with an empty value: HAPI's to judge
    }
    optional(name, value, at);
  }

  /**
   * An optional string as the R4 model's setters store it: null or empty is no element; a blank
   * one (which HAPI would leave out) is declined.
   */
  private void optional(String name, String value, int at) throws Decline {
    if (member(name, value, at)) {
      out.string(value);
    }
  }

  /** Like {@link #optional}, for a text of the library (see {@link #known}). */
  private void known(String name, String value, int at) throws Decline {
    if (member(name, value, at)) {
      out.raw('"').raw(escapedKnown(value)).raw('"');
    }
  }

  /**
   * Starts member {@code name} of the object opened at {@code at} when {@code value} is an
   * element (see {@link #optional}); false when it is none.
   */
  private boolean member(String name, String value, int at) throws Decline {
    if (value == null || value.isEmpty()) {
      return false;
    }
    if (JsonText.isBlank(value)) {
      throw DECLINE;
    }
    comma(at);
    out.raw('"').raw(name).raw("\":");
    return true;
  }

  /** A text of the library, escaped (without quotes), from {@link #known} or put there. */
  private byte[] escapedKnown(String text) {
    byte[] b = known.get(text);
    if (b == null) {
      int from = out.length();
      b = out.escaped(text).copyOf(from);
      out.truncate(from);
      if (known.size() < KNOWN_MAX) {
        known.put(text, b);
      }
    }
    return b;
  }

  /** A comma unless the object opened at {@code at} is still empty. */
  private void comma(int at) {
    if (out.length() != at) {
      out.raw(',');
    }
  }

  /** A date as HAPI's date types write a day: YYYY-MM-DD (other years: declined). */
  private void isoDate(java.time.LocalDate d) throws Decline {
    if (!out.date(d)) {
      throw DECLINE;
    }
  }

  /** Claim.created as HAPI writes {@code setCreated(Date)}: seconds, the JVM's time zone. */
  private String created() {
    long now = clock.millis();
    long second = Math.floorDiv(now, 1000);
    if (second != createdSecond || created == null) {
      created = createdText(second, ZoneId.systemDefault());
      if (created == null) {
        DateTimeType t = new DateTimeType();
        t.setValue(new Date(now));
        created = t.getValueAsString();
      }
      createdSecond = second;
    }
    return created;
  }

  /** HAPI's dateTime of precision seconds: {@code +00:00}, not {@code Z}, for UTC. */
  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  /**
   * {@code epochSecond} as HAPI writes a dateTime of precision seconds in {@code zone}
   * ({@code YYYY-MM-DDThh:mm:ss+hh:mm}), with java.time: HAPI's way builds a GregorianCalendar,
   * whose first use (calendar and locale data) took 40 ms of CPU at the start of each bulk run.
   * Null for a year outside 1000-9999 or an offset with seconds (no current zone has one): HAPI
   * formats those.
   */
  static String createdText(long epochSecond, ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond));
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, offset);
    if (offset.getTotalSeconds() % 60 != 0 || t.getYear() < 1000 || t.getYear() > 9999) {
      return null;
    }
    return CREATED.format(t.atOffset(offset));
  }

  // ---- OperationOutcome ----

  private void writeOutcome(List<Finding> findings, List<ReadProcedure> procedures,
      String idSeed, String lineTag) throws Decline {
    out.raw("{\"resourceType\":\"OperationOutcome\",\"id\":\"")
        .raw(ClaimWriter.nameUuid("outcome|" + idSeed)).raw("\",\"issue\":[");
    if (findings.isEmpty()) {
      out.raw("{\"severity\":\"information\",\"code\":\"informational\","
          + "\"diagnostics\":\"No findings.\"}]}");
      return;
    }
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.raw(i == 0 ? "{\"severity\":\"" : ",{\"severity\":\"")
          .text(OutcomeWriter.severity(f).toCode()).raw("\",\"code\":\"")
          .text(OutcomeWriter.type(f).toCode()).raw("\",\"details\":{\"coding\":[{");
      int at = out.length();
      known("system", OutcomeWriter.FINDING_SYSTEM, at);
      known("code", f.id(), at);
      known("display", f.code().title(), at);
      out.raw("}]");
      // The message, as optional() writes it; where it is kept, as diagnostics begins with it.
      int messageAt = -1;
      int messageEnd = -1;
      if (member("text", f.message(), at)) {
        messageAt = out.raw('"').length();
        messageEnd = out.escaped(f.message()).length();
        out.raw('"');
      }
      out.raw('}');
      if (lineTag == null) {
        diagnostics(f, procedures, messageAt, messageEnd);
      } else { // a line that gave no Procedure: rare, and the tag's placement is the writer's
        optional("diagnostics", OutcomeWriter.diagnostics(f, procedures, lineTag), at);
      }
      if (f.element().isPresent()) {
        String e = f.element().get();
        if (JsonText.isBlank(e)) {
          throw DECLINE;
        }
        out.raw(",\"expression\":[").string(e).raw(']');
      }
      out.raw('}');
    }
    out.raw("]}");
  }

  /**
   * The text {@link OutcomeWriter#diagnostics} builds (without a line tag), escaped into the
   * output as it is composed instead of built as a String first: the same pieces in the same
   * order, which {@code FastPathDifferentialTest} checks against HAPI's bytes. It is never
   * blank: it always ends with the source.
   */
  private void diagnostics(Finding f, List<ReadProcedure> procedures, int messageAt,
      int messageEnd) {
    String message = f.message();
    out.raw(",\"diagnostics\":\"");
    if (messageAt >= 0) {
      out.again(messageAt, messageEnd); // the message as details.text has it, escaped once
    } else {
      out.escaped(message);
    }
    String label = OutcomeWriter.labelFor(f, procedures);
    if (label != null && !message.contains(label)) {
      out.raw(" [").escaped(label).raw(']');
    }
    if (f.physicianQuestion().isPresent()) {
      out.raw(" Ask the physician: ").escaped(f.physicianQuestion().get());
    }
    out.raw(" Source: ").raw(escapedKnown(f.source())).raw(".\"");
  }
}
