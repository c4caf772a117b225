package org.facetclaims.fhir;

import java.time.Clock;
import java.util.Date;
import java.util.List;
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
  private final StringBuilder sb = new StringBuilder(4096);
  /** Claim.created, computed once a second (the value has a precision of seconds). */
  private long createdSecond = Long.MIN_VALUE;
  private String created;

  ResultJsonWriter(Clock clock) {
    this.clock = clock;
  }

  /** The Claim {@link ClaimWriter#write} builds for {@code s}, as JSON; null when declined. */
  String claim(CodedSession s) {
    sb.setLength(0);
    try {
      writeClaim(s);
      return sb.toString();
    } catch (Decline e) {
      return null;
    }
  }

  /**
   * The OperationOutcome {@link OutcomeWriter#write(List, List, String, String)} builds, as
   * JSON; null when declined.
   */
  String outcome(List<Finding> findings, List<ReadProcedure> procedures, String idSeed,
      String lineTag) {
    sb.setLength(0);
    try {
      writeOutcome(findings, procedures, idSeed, lineTag);
      return sb.toString();
    } catch (Decline e) {
      return null;
    }
  }

  // ---- Claim, in the element order of the FHIR R4 Claim ----

  private void writeClaim(CodedSession s) throws Decline {
    ClaimWriter.Parties parties = s.parties;
    sb.append("{\"resourceType\":\"Claim\",\"id\":\"")
        .append(ClaimWriter.nameUuid("claim|" + s.profile.name() + "|" + s.key))
        .append("\",\"status\":\"").append(s.complete ? "active" : "draft")
        .append("\",\"type\":{\"coding\":[{\"system\":\"").append(ClaimWriter.CLAIM_TYPE)
        .append("\",\"code\":");
    JsonText.appendString(sb, s.profile.claimType().code());
    sb.append(",\"display\":\"").append(s.profile.claimType() == ClaimType.PROFESSIONAL
        ? "Professional" : "Institutional").append("\"}]},\"use\":\"claim\",\"patient\":");
    party(parties.patient, "patient not supplied");
    sb.append(",\"created\":\"").append(created()).append("\",\"provider\":");
    party(parties.provider, "provider not supplied");
    sb.append(",\"priority\":{\"coding\":[{\"system\":\"").append(ClaimWriter.PRIORITY)
        .append("\",\"code\":\"normal\",\"display\":\"Normal\"}]}");
    if (parties.provider != null) {
      sb.append(",\"careTeam\":[{\"sequence\":1,\"provider\":");
      copiedReference(parties.provider);
      sb.append("}]");
    }
    List<Coding> diagnoses = ClaimWriter.distinctDiagnoses(s.procedures);
    for (int i = 0; i < diagnoses.size(); i++) {
      Coding d = diagnoses.get(i);
      sb.append(i == 0 ? ",\"diagnosis\":[" : ",").append("{\"sequence\":").append(i + 1)
          .append(",\"diagnosisCodeableConcept\":{\"coding\":[{");
      int at = sb.length();
      optional("system", d.getSystem(), at);
      optional("code", d.getCode(), at);
      optional("display", d.getDisplay(), at);
      if (sb.length() == at) {
        throw DECLINE; // an empty Coding, which HAPI leaves out
      }
      sb.append("}]}}");
    }
    if (!diagnoses.isEmpty()) {
      sb.append(']');
    }
    List<ReadProcedure> procedures = s.procedures;
    sb.append(",\"procedure\":[");
    for (int i = 0; i < procedures.size(); i++) {
      ReadProcedure p = procedures.get(i);
      sb.append(i == 0 ? "{" : ",{").append("\"sequence\":").append(i + 1);
      if (p.date != null) {
        sb.append(",\"date\":\"").append(isoDate(p.date)).append('"');
      }
      sb.append(",\"procedureReference\":{");
      if (p.sourceId != null) {
        sb.append("\"reference\":\"Procedure/").append(p.sourceId).append('"');
      } else {
        optional("display", p.label, sb.length());
        if (sb.charAt(sb.length() - 1) == '{') {
          throw DECLINE; // an empty Reference
        }
      }
      sb.append("}}");
    }
    sb.append("],\"insurance\":[{\"sequence\":1,\"focal\":true,\"coverage\":");
    party(parties.coverage, "coverage not supplied");
    sb.append("}],\"item\":[");
    List<ClaimLine> lines = s.result.lines();
    for (int n = 0; n < lines.size(); n++) {
      item(s, lines.get(n), n, Math.min(diagnoses.size(), ClaimWriter.ITEM_DIAGNOSES));
    }
    sb.append("]}");
  }

  private void item(CodedSession s, ClaimLine line, int index, int diagnoses) throws Decline {
    sb.append(index == 0 ? "{" : ",{").append("\"sequence\":").append(index + 1);
    if (s.parties.provider != null) {
      sb.append(",\"careTeamSequence\":[1]");
    }
    for (int d = 1; d <= diagnoses; d++) {
      sb.append(d == 1 ? ",\"diagnosisSequence\":[" : ",").append(d);
    }
    if (diagnoses > 0) {
      sb.append(']');
    }
    List<Integer> procs = line.procedureIndexes();
    for (int i = 0; i < procs.size(); i++) {
      sb.append(i == 0 ? ",\"procedureSequence\":[" : ",").append(procs.get(i) + 1);
    }
    if (!procs.isEmpty()) {
      sb.append(']');
    }
    sb.append(",\"productOrService\":{");
    int at = sb.length();
    int coding = sb.append("\"coding\":[{").length();
    optional("system", line.codeSystem(), coding);
    optional("code", line.code(), coding);
    if (sb.length() == coding) {
      throw DECLINE;
    }
    sb.append("}]");
    optional("text", line.description(), at);
    sb.append('}');
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
      sb.append(']');
    }
    sb.append(",\"servicedDate\":\"").append(isoDate(line.dateOfService()))
        .append("\",\"quantity\":{\"value\":").append(line.quantity()).append('}');
    if (s.parties.encounter != null) {
      sb.append(",\"encounter\":[");
      copiedReference(s.parties.encounter);
      sb.append(']');
    }
    sb.append('}');
  }

  private boolean modifier(Modifier m, boolean first) {
    sb.append(first ? ",\"modifier\":[" : ",").append("{\"coding\":[{\"system\":\"")
        .append(m.system()).append("\",\"code\":\"").append(m.code()).append("\",\"display\":\"")
        .append(m.label()).append("\"}]}");
    return false;
  }

  /** A party as {@link ClaimWriter#copy} copies it, or a display saying it is missing. */
  private void party(Reference r, String missing) throws Decline {
    if (r == null) {
      sb.append("{\"display\":\"").append(missing).append("\"}");
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
    sb.append('{');
    int at = sb.length();
    if (r.hasReference()) {
      String ref = r.getReference();
      if (ref != null && (ref.indexOf('#') >= 0 || !JsonText.hapiWritesReferenceAsIs(ref))) {
        throw DECLINE; // a local or versioned reference, or one HAPI would rewrite
      }
      optional("reference", ref, at);
    }
    if (r.hasType()) {
      optional("type", r.getType(), at);
    }
    if (r.hasIdentifier()) {
      Identifier i = r.getIdentifier();
      if (i.hasId() || i.hasExtension() || i.hasType() || i.hasPeriod() || i.hasAssigner()) {
        throw DECLINE;
      }
      comma(at);
      sb.append("\"identifier\":{");
      int iAt = sb.length();
      plain(i, "use", iAt);
      plain(i, "system", iAt);
      plain(i, "value", iAt);
      if (sb.length() == iAt) {
        throw DECLINE;
      }
      sb.append('}');
    }
    if (r.hasDisplay()) {
      optional("display", r.getDisplay(), at);
    }
    if (sb.length() == at) {
      throw DECLINE;
    }
    sb.append('}');
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
    if (value == null || value.isEmpty()) {
      return;
    }
    if (JsonText.isBlank(value)) {
      throw DECLINE;
    }
    comma(at);
    sb.append('"').append(name).append("\":");
    JsonText.appendString(sb, value);
  }

  /** A comma unless the object opened at {@code at} is still empty. */
  private void comma(int at) {
    if (sb.length() != at) {
      sb.append(',');
    }
  }

  /** A date as HAPI's date types write a day: YYYY-MM-DD (other years: declined). */
  private static String isoDate(java.time.LocalDate d) throws Decline {
    String s = d.toString();
    if (s.length() != 10 || d.getYear() < 1000) {
      throw DECLINE;
    }
    return s;
  }

  /** Claim.created as HAPI writes {@code setCreated(Date)}: seconds, the JVM's time zone. */
  private String created() {
    long now = clock.millis();
    long second = Math.floorDiv(now, 1000);
    if (second != createdSecond || created == null) {
      DateTimeType t = new DateTimeType();
      t.setValue(new Date(now));
      created = t.getValueAsString();
      createdSecond = second;
    }
    return created;
  }

  // ---- OperationOutcome ----

  private void writeOutcome(List<Finding> findings, List<ReadProcedure> procedures,
      String idSeed, String lineTag) throws Decline {
    sb.append("{\"resourceType\":\"OperationOutcome\",\"id\":\"")
        .append(ClaimWriter.nameUuid("outcome|" + idSeed)).append("\",\"issue\":[");
    if (findings.isEmpty()) {
      sb.append("{\"severity\":\"information\",\"code\":\"informational\","
          + "\"diagnostics\":\"No findings.\"}]}");
      return;
    }
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      sb.append(i == 0 ? "{" : ",{").append("\"severity\":\"")
          .append(OutcomeWriter.severity(f).toCode()).append("\",\"code\":\"")
          .append(OutcomeWriter.type(f).toCode()).append("\",\"details\":{\"coding\":[{");
      int at = sb.length();
      optional("system", OutcomeWriter.FINDING_SYSTEM, at);
      optional("code", f.id(), at);
      optional("display", f.code().title(), at);
      sb.append("}]");
      optional("text", f.message(), at);
      sb.append('}');
      optional("diagnostics", OutcomeWriter.diagnostics(f, procedures, lineTag), at);
      if (f.element().isPresent()) {
        String e = f.element().get();
        if (JsonText.isBlank(e)) {
          throw DECLINE;
        }
        sb.append(",\"expression\":[");
        JsonText.appendString(sb, e);
        sb.append(']');
      }
      sb.append('}');
    }
    sb.append("]}");
  }
}
