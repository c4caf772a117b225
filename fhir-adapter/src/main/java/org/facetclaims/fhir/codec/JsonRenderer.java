package org.facetclaims.fhir.codec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.CodingValue;
import org.facetclaims.fhir.claim.ComposedText;
import org.facetclaims.fhir.claim.ConceptValue;
import org.facetclaims.fhir.claim.IdentifierValue;
import org.facetclaims.fhir.claim.MoneyValue;
import org.facetclaims.fhir.claim.OutcomeDocument;
import org.facetclaims.fhir.claim.OutcomeMapping;
import org.facetclaims.fhir.claim.PeriodValue;
import org.facetclaims.fhir.claim.ReferenceValue;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * Renders the documents of {@code org.facetclaims.fhir.claim} as compact JSON, UTF-8 bytes, for
 * NDJSON output: byte for byte what HAPI's JSON parser writes for the resources
 * {@link HapiRenderer} makes of the same document (element order, string escapes, numbers,
 * dates), without building them: building HAPI objects and walking them again to encode was
 * about half of a bulk record's CPU time. {@code JsonRendererTest} checks the bytes against
 * HAPI's on every test input and on documents with every element filled.
 *
 * <p>It makes no decision about what a resource holds. Where HAPI would write a value otherwise
 * than as it is (a blank string, which HAPI leaves out; a reference HAPI rewrites, such as a
 * versioned or {@code #} one; an identifier's period or assigner; an empty element; text with an
 * unpaired surrogate, which UTF-8 cannot hold, so that a caller taking the JSON as a String must
 * get HAPI's text), it <b>declines</b>: it writes nothing and returns false, and the caller
 * renders with HAPI instead. So the output never depends on which renderer ran.
 *
 * <p>Not thread-safe (it caches {@code Claim.created}): one per thread.
 */
public final class JsonRenderer {
  /** Thrown inside when a value is one HAPI would not write as it is. */
  private static final class Decline extends Exception {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  private static final Decline DECLINE = new Decline();

  /** HAPI's dateTime of precision seconds: {@code +00:00}, not {@code Z}, for UTC. */
  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  /** The escaped bytes of long texts written again and again. */
  private final EscapedTexts texts = new EscapedTexts();
  /** Where the writing methods write, while a resource is appended. */
  private JsonBytes out;
  /** The escaped bytes of the last string written: {@code out[quotedFrom, quotedTo)}. */
  private int quotedFrom;
  private int quotedTo;
  /** Claim.created, formatted once a second (the value has a precision of seconds). */
  private long createdSecond = Long.MIN_VALUE;
  private String created;

  /**
   * Appends the JSON of {@code d} and a newline to {@code to}, an NDJSON line; false, with
   * {@code to} as it was, when declined. A bug that throws also leaves {@code to} as it was.
   */
  public boolean appendClaim(ClaimDocument d, JsonBytes to) {
    int mark = start(to);
    try {
      claim(d);
    } catch (Decline e) {
      return takeBack(to, mark);
    } catch (RuntimeException e) {
      takeBack(to, mark);
      throw e;
    }
    return keep(to, mark);
  }

  /** Appends the JSON of {@code d} and a newline to {@code to}, as {@link #appendClaim}. */
  public boolean appendOutcome(OutcomeDocument d, JsonBytes to) {
    int mark = start(to);
    try {
      outcome(d);
    } catch (Decline e) {
      return takeBack(to, mark);
    } catch (RuntimeException e) {
      takeBack(to, mark);
      throw e;
    }
    return keep(to, mark);
  }

  private int start(JsonBytes to) {
    out = to;
    to.clearLossy();
    return to.length();
  }

  /** Ends the line started at {@code mark} with a newline; a lossy one is taken back. */
  private boolean keep(JsonBytes to, int mark) {
    if (to.lossy()) {
      return takeBack(to, mark);
    }
    out = null;
    to.raw('\n');
    return true;
  }

  private boolean takeBack(JsonBytes to, int mark) {
    out = null;
    to.truncate(mark);
    to.clearLossy();
    return false;
  }

  // ---- Claim, in the element order of the FHIR R4 Claim ----

  private void claim(ClaimDocument d) throws Decline {
    out.raw("{\"resourceType\":\"Claim\"");
    string("id", d.id());
    string("status", d.status());
    concept("type", d.type());
    concept("subType", d.subType());
    string("use", d.use());
    reference("patient", d.patient());
    period("billablePeriod", d.billablePeriod());
    if (d.created() != null) {
      out.raw(",\"created\":\"").raw(created(d.created())).raw('"');
    }
    reference("provider", d.provider());
    concept("priority", d.priority());
    objects("related", d.related(), relatedMembers);
    objects("careTeam", d.careTeam(), careTeamMembers);
    objects("supportingInfo", d.supportingInfo(), supportingInfoMembers);
    objects("diagnosis", d.diagnosis(), diagnosisMembers);
    objects("procedure", d.procedure(), procedureMembers);
    objects("insurance", d.insurance(), insuranceMembers);
    objects("item", d.item(), itemMembers);
    money("total", d.total());
    out.raw('}');
  }

  private void related(ClaimDocument.Related r) throws Decline {
    reference("claim", r.claim());
    concept("relationship", r.relationship());
  }

  private void careTeam(ClaimDocument.CareTeam t) throws Decline {
    number("sequence", t.sequence());
    reference("provider", t.provider());
    concept("role", t.role());
  }

  private void supportingInfo(ClaimDocument.SupportingInfo s) throws Decline {
    number("sequence", s.sequence());
    concept("category", s.category());
    concept("code", s.code());
    date("timingDate", s.timingDate());
    string("valueString", s.valueString());
    reference("valueReference", s.valueReference());
  }

  private void diagnosis(ClaimDocument.Diagnosis g) throws Decline {
    number("sequence", g.sequence());
    concept("diagnosisCodeableConcept", g.diagnosis());
    concepts("type", g.type());
  }

  private void procedure(ClaimDocument.ProcedureEntry p) throws Decline {
    number("sequence", p.sequence());
    date("date", p.date());
    reference("procedureReference", p.procedure());
  }

  private void insurance(ClaimDocument.Insurance n) throws Decline {
    number("sequence", n.sequence());
    out.raw(n.focal() ? ",\"focal\":true" : ",\"focal\":false");
    reference("coverage", n.coverage());
    strings("preAuthRef", n.preAuthRef());
  }

  private void item(ClaimDocument.Item i) throws Decline {
    number("sequence", i.sequence());
    numbers("careTeamSequence", i.careTeamSequence());
    numbers("diagnosisSequence", i.diagnosisSequence());
    numbers("procedureSequence", i.procedureSequence());
    numbers("informationSequence", i.informationSequence());
    concept("revenue", i.revenue());
    concept("productOrService", i.productOrService());
    concepts("modifier", i.modifier());
    date("servicedDate", i.servicedDate());
    concept("locationCodeableConcept", i.location());
    out.raw(",\"quantity\":{\"value\":").number(i.quantity()).raw('}');
    money("net", i.net());
    concept("bodySite", i.bodySite());
    concepts("subSite", i.subSite());
    references("encounter", i.encounter());
  }

  // ---- OperationOutcome ----

  private void outcome(OutcomeDocument d) throws Decline {
    out.raw("{\"resourceType\":\"OperationOutcome\"");
    string("id", d.id());
    objects("extension", d.claims(), claimExtension);
    objects("issue", d.issue(), issueMembers);
    out.raw('}');
  }

  /** An outcome's extension referencing a Claim of the same input. */
  private void claimExtension(ReferenceValue claim) throws Decline {
    string("url", OutcomeMapping.CLAIM_EXTENSION);
    reference("valueReference", claim);
  }

  private void issue(OutcomeDocument.Issue issue) throws Decline {
    string("severity", issue.severity());
    string("code", issue.code());
    concept("details", issue.details());
    diagnostics(issue);
    strings("expression", issue.expression());
  }

  // The writers of the members of each of the resources' arrays of objects, made once per
  // renderer: a lambda made in a method that runs for every line would be an object for every
  // line. The arrays of an item and of a concept, written many times per resource, have plain
  // loops of their own below: a call through one of many lambdas cannot be inlined, and C2
  // compiles each target apart.
  private final Part<ClaimDocument.Related> relatedMembers = this::related;
  private final Part<ClaimDocument.CareTeam> careTeamMembers = this::careTeam;
  private final Part<ClaimDocument.SupportingInfo> supportingInfoMembers = this::supportingInfo;
  private final Part<ClaimDocument.Diagnosis> diagnosisMembers = this::diagnosis;
  private final Part<ClaimDocument.ProcedureEntry> procedureMembers = this::procedure;
  private final Part<ClaimDocument.Insurance> insuranceMembers = this::insurance;
  private final Part<ClaimDocument.Item> itemMembers = this::item;
  private final Part<OutcomeDocument.Issue> issueMembers = this::issue;
  private final Part<ReferenceValue> claimExtension = this::claimExtension;

  // ---- pieces ----
  // A member is written as ,"name":value, without the comma when it is its object's first
  // (member). An object in an array starts with element() and ends with end().

  /** Writes one value of a document into {@link #out}. */
  private interface Part<T> {
    void write(T value) throws Decline;
  }

  /** Array {@code name} of objects, the members of each written by {@code members}. */
  private <T> void objects(String name, List<T> values, Part<T> members) throws Decline {
    for (int k = 0; k < values.size(); k++) {
      int at = element(name, k == 0);
      members.write(values.get(k));
      end(at);
    }
    endArray(values);
  }

  /** Array {@code name} of numbers; nothing when empty. */
  private void numbers(String name, List<Integer> values) {
    for (int k = 0; k < values.size(); k++) {
      open(name, k);
      out.number(values.get(k));
    }
    endArray(values);
  }

  /** Array {@code name} of strings; nothing when empty. */
  private void strings(String name, List<String> values) throws Decline {
    for (int k = 0; k < values.size(); k++) {
      open(name, k);
      quoted(values.get(k));
    }
    endArray(values);
  }

  /** Array {@code name} of CodeableConcepts; nothing when empty. */
  private void concepts(String name, List<ConceptValue> values) throws Decline {
    for (int k = 0; k < values.size(); k++) {
      open(name, k);
      conceptBody(values.get(k));
    }
    endArray(values);
  }

  /** Array {@code name} of References; nothing when empty. */
  private void references(String name, List<ReferenceValue> values) throws Decline {
    for (int k = 0; k < values.size(); k++) {
      open(name, k);
      referenceBody(values.get(k));
    }
    endArray(values);
  }

  /** Before value {@code k} of array {@code name}: the member and {@code [} for the first. */
  private void open(String name, int k) {
    if (k == 0) {
      member(name);
      out.raw('[');
    } else {
      out.raw(',');
    }
  }

  /**
   * Starts an object in array {@code name} (opening the array for the first), and returns where
   * its members start.
   */
  private int element(String name, boolean first) {
    if (first) {
      member(name);
      out.raw("[{");
    } else {
      out.raw(",{");
    }
    return out.length();
  }

  /** Ends an object begun at {@code at}; an empty one HAPI would leave out: declined. */
  private void end(int at) throws Decline {
    if (out.length() == at) {
      throw DECLINE;
    }
    out.raw('}');
  }

  private void endArray(List<?> list) {
    if (!list.isEmpty()) {
      out.raw(']');
    }
  }

  /** Starts member {@code name}: a comma unless it is the object's first, then the name. */
  private void member(String name) {
    if (out.last() != '{') {
      out.raw(',');
    }
    out.raw('"').raw(name).raw("\":");
  }

  /** A string member, unless null; blank: declined (HAPI leaves it out). */
  private void string(String name, String value) throws Decline {
    if (value != null) {
      member(name);
      quoted(value);
    }
  }

  private void quoted(String value) throws Decline {
    if (JsonText.isBlank(value)) {
      throw DECLINE;
    }
    quotedFrom = out.raw('"').length();
    texts.write(value, out);
    quotedTo = out.length();
    out.raw('"');
  }

  /**
   * An issue's diagnostics, piece by piece. When the first piece is the details' text (a
   * finding's message, as the mapping writes them), its bytes, just written, are copied rather
   * than escaped again.
   */
  private void diagnostics(OutcomeDocument.Issue issue) throws Decline {
    ComposedText diagnostics = issue.diagnostics();
    if (diagnostics == null) {
      return;
    }
    if (diagnostics.isBlank()) {
      throw DECLINE; // HAPI leaves a blank value out
    }
    String text = issue.details() == null ? null : issue.details().text();
    List<String> pieces = diagnostics.pieces();
    member("diagnostics");
    out.raw('"');
    int k = 0;
    if (text != null && pieces.get(0).equals(text)) {
      // text was the last string written (the details' last member)
      out.again(quotedFrom, quotedTo);
      k = 1;
    }
    for (; k < pieces.size(); k++) {
      texts.write(pieces.get(k), out);
    }
    out.raw('"');
  }

  private void number(String name, int value) {
    member(name);
    out.number(value);
  }

  /** A date as HAPI's date types write a day: YYYY-MM-DD (other years: declined). */
  private void date(String name, LocalDate d) throws Decline {
    if (d != null) {
      member(name);
      out.raw('"');
      if (!out.date(d)) {
        throw DECLINE;
      }
      out.raw('"');
    }
  }

  private void concept(String name, ConceptValue c) throws Decline {
    if (c != null) {
      member(name);
      conceptBody(c);
    }
  }

  private void conceptBody(ConceptValue c) throws Decline {
    out.raw('{');
    int at = out.length();
    List<CodingValue> codings = c.coding();
    for (int k = 0; k < codings.size(); k++) {
      int codingAt = element("coding", k == 0);
      coding(codings.get(k));
      end(codingAt);
    }
    endArray(codings);
    string("text", c.text());
    end(at);
  }

  private void coding(CodingValue cd) throws Decline {
    string("system", cd.system());
    string("code", cd.code());
    string("display", cd.display());
  }

  private void reference(String name, ReferenceValue r) throws Decline {
    if (r != null) {
      member(name);
      referenceBody(r);
    }
  }

  private void referenceBody(ReferenceValue r) throws Decline {
    out.raw('{');
    int at = out.length();
    String ref = r.reference();
    if (ref != null && (ref.indexOf('#') >= 0 || !JsonText.hapiWritesReferenceAsIs(ref))) {
      throw DECLINE; // a local or versioned reference, or one HAPI would rewrite
    }
    string("reference", ref);
    string("type", r.type());
    IdentifierValue i = r.identifier();
    if (i != null) {
      if (i.period() != null || i.assigner() != null) {
        throw DECLINE;
      }
      member("identifier");
      out.raw('{');
      int iAt = out.length();
      string("use", i.use());
      concept("type", i.type());
      string("system", i.system());
      string("value", i.value());
      end(iAt);
    }
    string("display", r.display());
    end(at);
  }

  private void period(String name, PeriodValue p) throws Decline {
    if (p != null) {
      member(name);
      out.raw('{');
      int at = out.length();
      string("start", p.start());
      string("end", p.end());
      end(at);
    }
  }

  private void money(String name, MoneyValue m) throws Decline {
    if (m != null) {
      member(name);
      out.raw('{');
      int at = out.length();
      if (m.value() != null) {
        member("value");
        out.raw(m.value().toString());
      }
      string("currency", m.currency());
      end(at);
    }
  }

  /** Claim.created as HAPI writes {@code setCreated(Date)}: seconds, the JVM's time zone. */
  private String created(Instant at) {
    long second = at.getEpochSecond();
    if (second != createdSecond || created == null) {
      created = createdText(second, ZoneId.systemDefault());
      if (created == null) {
        DateTimeType t = new DateTimeType();
        t.setValue(Date.from(at));
        created = t.getValueAsString();
      }
      createdSecond = second;
    }
    return created;
  }

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
}
