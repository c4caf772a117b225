package org.facetclaims.fhir;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Encodes the Claims {@link ClaimWriter} builds and the OperationOutcomes {@link OutcomeWriter}
 * builds as compact JSON, byte for byte what HAPI's JSON parser writes for them, with a Jackson
 * generator and no reflection. It knows those two shapes only: a resource with anything else in
 * it (an element id or extension, a field those writers never set, a blank string, a versioned
 * reference, which HAPI would rewrite) is handed to HAPI's encoder instead, so the output never
 * depends on which encoder ran. Not thread-safe (it holds a HAPI parser): one per thread or task.
 */
final class FastResourceEncoder {
  private static final JsonFactory JSON = new JsonFactory();

  /** Thrown inside when a resource is not of the known shape. */
  private static final class Unknown extends Exception {
    private static final long serialVersionUID = 1L;

    Unknown() {
      super(null, null, false, false);
    }
  }

  private static final Unknown UNKNOWN = new Unknown();

  private final IParser hapi;
  /** Reused for every resource this encoder writes. */
  private final StringWriter buffer = new StringWriter(2048);

  /** @param hapi a compact HAPI JSON parser, used for what this encoder does not know */
  FastResourceEncoder(IParser hapi) {
    this.hapi = hapi;
  }

  /** The resource as compact JSON: fast for known shapes, HAPI for anything else. */
  String encode(IBaseResource resource) {
    String s = encodeFast(resource);
    return s != null ? s : hapi.encodeResourceToString(resource);
  }

  /** The resource as compact JSON, or null when it is not of a shape this encoder knows. */
  String encodeFast(IBaseResource resource) {
    try {
      if (resource instanceof Claim) {
        return write((Claim) resource);
      }
      if (resource instanceof OperationOutcome) {
        return write((OperationOutcome) resource);
      }
      return null;
    } catch (Unknown e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- Claim ----

  private String write(Claim c) throws IOException, Unknown {
    checkResource(c);
    if (c.hasIdentifier() || c.hasSubType() || c.hasBillablePeriod() || c.hasEnterer()
        || c.hasInsurer() || c.hasFundsReserve() || c.hasRelated() || c.hasPrescription()
        || c.hasOriginalPrescription() || c.hasPayee() || c.hasReferral() || c.hasFacility()
        || c.hasSupportingInfo() || c.hasAccident() || c.hasTotal()) {
      throw UNKNOWN;
    }
    buffer.getBuffer().setLength(0);
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      g.writeStartObject();
      g.writeStringField("resourceType", "Claim");
      id(g, c);
      primitive(g, "status", c.getStatusElement());
      concept(g, "type", c.hasType() ? c.getType() : null);
      primitive(g, "use", c.getUseElement());
      reference(g, "patient", c.hasPatient() ? c.getPatient() : null);
      primitive(g, "created", c.getCreatedElement());
      reference(g, "provider", c.hasProvider() ? c.getProvider() : null);
      concept(g, "priority", c.hasPriority() ? c.getPriority() : null);
      if (c.hasCareTeam()) {
        g.writeArrayFieldStart("careTeam");
        for (Claim.CareTeamComponent t : c.getCareTeam()) {
          check(t);
          if (t.hasResponsible() || t.hasRole() || t.hasQualification()) {
            throw UNKNOWN;
          }
          g.writeStartObject();
          positiveInt(g, "sequence", t.getSequenceElement());
          reference(g, "provider", t.hasProvider() ? t.getProvider() : null);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (c.hasDiagnosis()) {
        g.writeArrayFieldStart("diagnosis");
        for (Claim.DiagnosisComponent d : c.getDiagnosis()) {
          check(d);
          if (d.hasType() || d.hasOnAdmission() || d.hasPackageCode()
              || !(d.getDiagnosis() instanceof CodeableConcept)) {
            throw UNKNOWN;
          }
          g.writeStartObject();
          positiveInt(g, "sequence", d.getSequenceElement());
          concept(g, "diagnosisCodeableConcept", (CodeableConcept) d.getDiagnosis());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (c.hasProcedure()) {
        g.writeArrayFieldStart("procedure");
        for (Claim.ProcedureComponent pc : c.getProcedure()) {
          check(pc);
          if (pc.hasType() || pc.hasUdi() || !(pc.getProcedure() instanceof Reference)) {
            throw UNKNOWN;
          }
          g.writeStartObject();
          positiveInt(g, "sequence", pc.getSequenceElement());
          primitive(g, "date", pc.getDateElement());
          reference(g, "procedureReference", (Reference) pc.getProcedure());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (c.hasInsurance()) {
        g.writeArrayFieldStart("insurance");
        for (Claim.InsuranceComponent i : c.getInsurance()) {
          check(i);
          if (i.hasIdentifier() || i.hasBusinessArrangement() || i.hasPreAuthRef()
              || i.hasClaimResponse()) {
            throw UNKNOWN;
          }
          g.writeStartObject();
          positiveInt(g, "sequence", i.getSequenceElement());
          if (i.hasFocalElement()) {
            check(i.getFocalElement());
            g.writeBooleanField("focal", i.getFocal());
          }
          reference(g, "coverage", i.hasCoverage() ? i.getCoverage() : null);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (c.hasItem()) {
        g.writeArrayFieldStart("item");
        for (Claim.ItemComponent it : c.getItem()) {
          item(g, it);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return buffer.toString();
  }

  private void item(JsonGenerator g, Claim.ItemComponent it) throws IOException, Unknown {
    check(it);
    if (it.hasInformationSequence() || it.hasRevenue() || it.hasCategory()
        || it.hasProgramCode() || it.hasLocation() || it.hasUnitPrice() || it.hasFactor()
        || it.hasNet() || it.hasUdi() || it.hasBodySite() || it.hasSubSite() || it.hasDetail()
        || (it.hasServiced() && !(it.getServiced() instanceof org.hl7.fhir.r4.model.DateType))) {
      throw UNKNOWN;
    }
    g.writeStartObject();
    positiveInt(g, "sequence", it.getSequenceElement());
    positiveInts(g, "careTeamSequence", it.getCareTeamSequence());
    positiveInts(g, "diagnosisSequence", it.getDiagnosisSequence());
    positiveInts(g, "procedureSequence", it.getProcedureSequence());
    concept(g, "productOrService", it.hasProductOrService() ? it.getProductOrService() : null);
    if (it.hasModifier()) {
      g.writeArrayFieldStart("modifier");
      for (CodeableConcept m : it.getModifier()) {
        if (m.isEmpty()) {
          throw UNKNOWN;
        }
        conceptBody(g, m);
      }
      g.writeEndArray();
    }
    if (it.hasServiced()) {
      primitive(g, "servicedDate", (PrimitiveType<?>) it.getServiced());
    }
    if (it.hasQuantity()) {
      Quantity q = it.getQuantity();
      check(q);
      if (q.hasComparator() || q.hasUnit() || q.hasSystem() || q.hasCode()) {
        throw UNKNOWN;
      }
      g.writeObjectFieldStart("quantity");
      if (q.hasValue()) {
        check(q.getValueElement());
        g.writeNumberField("value", q.getValue());
      }
      g.writeEndObject();
    }
    if (it.hasEncounter()) {
      g.writeArrayFieldStart("encounter");
      for (Reference r : it.getEncounter()) {
        if (r.isEmpty()) {
          throw UNKNOWN;
        }
        referenceBody(g, r);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  // ---- OperationOutcome ----

  private String write(OperationOutcome oo) throws IOException, Unknown {
    checkResource(oo);
    buffer.getBuffer().setLength(0);
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      g.writeStartObject();
      g.writeStringField("resourceType", "OperationOutcome");
      id(g, oo);
      if (oo.hasIssue()) {
        g.writeArrayFieldStart("issue");
        for (OperationOutcome.OperationOutcomeIssueComponent i : oo.getIssue()) {
          check(i);
          if (i.hasLocation()) {
            throw UNKNOWN;
          }
          g.writeStartObject();
          primitive(g, "severity", i.getSeverityElement());
          primitive(g, "code", i.getCodeElement());
          concept(g, "details", i.hasDetails() ? i.getDetails() : null);
          primitive(g, "diagnostics", i.getDiagnosticsElement());
          if (i.hasExpression()) {
            g.writeArrayFieldStart("expression");
            for (StringType e : i.getExpression()) {
              check(e);
              if (!e.hasValue() || isBlank(e.getValue())) {
                throw UNKNOWN;
              }
              g.writeString(e.getValue());
            }
            g.writeEndArray();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return buffer.toString();
  }

  // ---- pieces ----

  private static void checkResource(Resource r) throws Unknown {
    if (r.hasMeta() || r.hasImplicitRules() || r.hasLanguage()
        || (r instanceof org.hl7.fhir.r4.model.DomainResource
            && (((org.hl7.fhir.r4.model.DomainResource) r).hasText()
                || ((org.hl7.fhir.r4.model.DomainResource) r).hasContained()
                || ((org.hl7.fhir.r4.model.DomainResource) r).hasExtension()
                || ((org.hl7.fhir.r4.model.DomainResource) r).hasModifierExtension()))) {
      throw UNKNOWN;
    }
    if (r.getIdElement().hasVersionIdPart() || r.getIdElement().hasBaseUrl()) {
      throw UNKNOWN;
    }
  }

  private static void id(JsonGenerator g, Resource r) throws IOException, Unknown {
    String id = r.getIdElement().getIdPart();
    if (id != null) {
      if (isBlank(id)) {
        throw UNKNOWN;
      }
      g.writeStringField("id", id);
    }
  }

  /** No element id or extension (HAPI would write them; these writers never set them). */
  private static void check(Element e) throws Unknown {
    if (e.hasId() || e.hasExtension()) {
      throw UNKNOWN;
    }
    if (e instanceof org.hl7.fhir.r4.model.BackboneElement
        && ((org.hl7.fhir.r4.model.BackboneElement) e).hasModifierExtension()) {
      throw UNKNOWN;
    }
  }

  private static void primitive(JsonGenerator g, String name, PrimitiveType<?> p)
      throws IOException, Unknown {
    if (p == null) {
      return;
    }
    check(p);
    String v = p.getValueAsString();
    if (v == null) {
      return;
    }
    if (isBlank(v)) {
      throw UNKNOWN; // HAPI treats a blank value as empty; not a shape these writers make
    }
    g.writeStringField(name, v);
  }

  private static void positiveInt(JsonGenerator g, String name, PositiveIntType p)
      throws IOException, Unknown {
    if (p == null || p.getValue() == null) {
      return;
    }
    check(p);
    g.writeNumberField(name, p.getValue().intValue());
  }

  private static void positiveInts(JsonGenerator g, String name, List<PositiveIntType> list)
      throws IOException, Unknown {
    if (list.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (PositiveIntType p : list) {
      check(p);
      if (p.getValue() == null) {
        throw UNKNOWN;
      }
      g.writeNumber(p.getValue().intValue());
    }
    g.writeEndArray();
  }

  private static void string(JsonGenerator g, String name, String v) throws IOException, Unknown {
    if (v == null) {
      return;
    }
    if (isBlank(v)) {
      throw UNKNOWN;
    }
    g.writeStringField(name, v);
  }

  private static void concept(JsonGenerator g, String name, CodeableConcept c)
      throws IOException, Unknown {
    if (c == null) {
      return;
    }
    if (c.isEmpty()) {
      throw UNKNOWN;
    }
    g.writeFieldName(name);
    conceptBody(g, c);
  }

  private static void conceptBody(JsonGenerator g, CodeableConcept c) throws IOException, Unknown {
    check(c);
    g.writeStartObject();
    if (c.hasCoding()) {
      g.writeArrayFieldStart("coding");
      for (Coding cd : c.getCoding()) {
        check(cd);
        if (cd.isEmpty() || cd.hasVersion() || cd.hasUserSelected()) {
          throw UNKNOWN;
        }
        g.writeStartObject();
        primitive(g, "system", cd.getSystemElement());
        primitive(g, "code", cd.getCodeElement());
        primitive(g, "display", cd.getDisplayElement());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    primitive(g, "text", c.getTextElement());
    g.writeEndObject();
  }

  private static void reference(JsonGenerator g, String name, Reference r)
      throws IOException, Unknown {
    if (r == null) {
      return;
    }
    if (r.isEmpty()) {
      throw UNKNOWN;
    }
    g.writeFieldName(name);
    referenceBody(g, r);
  }

  private static void referenceBody(JsonGenerator g, Reference r) throws IOException, Unknown {
    check(r);
    if (r.getResource() != null) {
      throw UNKNOWN; // HAPI may write a contained or resolved reference
    }
    g.writeStartObject();
    if (r.hasReferenceElement()) {
      check(r.getReferenceElement_());
      String ref = r.getReference();
      // HAPI drops a version (…/_history/n) from references and treats '#' as a pointer to a
      // contained resource; leave such values to it.
      if (ref.contains("_history") || ref.indexOf('#') >= 0) {
        throw UNKNOWN;
      }
      string(g, "reference", ref);
    }
    if (r.hasTypeElement()) {
      primitive(g, "type", r.getTypeElement());
    }
    if (r.hasIdentifier()) {
      Identifier i = r.getIdentifier();
      check(i);
      if (i.hasType() || i.hasPeriod() || i.hasAssigner() || i.isEmpty()) {
        throw UNKNOWN;
      }
      g.writeObjectFieldStart("identifier");
      primitive(g, "use", i.getUseElement());
      primitive(g, "system", i.getSystemElement());
      primitive(g, "value", i.getValueElement());
      g.writeEndObject();
    }
    if (r.hasDisplayElement()) {
      primitive(g, "display", r.getDisplayElement());
    }
    g.writeEndObject();
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
