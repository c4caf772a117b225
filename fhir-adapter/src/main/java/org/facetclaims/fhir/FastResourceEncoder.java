package org.facetclaims.fhir;

import ca.uhn.fhir.parser.IParser;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BackboneElement;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Encodes the Claims {@link ClaimWriter} builds and the OperationOutcomes {@link OutcomeWriter}
 * builds as compact JSON, byte for byte what HAPI's JSON parser writes for them (field order,
 * numbers, and the string escapes of the Jackson generator HAPI uses), straight into a
 * StringBuilder: no reflection, no generic tree walk. It knows those two shapes only. A resource
 * with anything else in it (an element id or extension, a field those writers never set, an
 * empty element or blank string, which HAPI leaves out, a versioned or {@code #} reference, which
 * HAPI rewrites) is handed to HAPI's encoder instead, so the output never depends on which
 * encoder ran. Not thread-safe (it holds a HAPI parser and a buffer): one per thread or task.
 */
final class FastResourceEncoder {
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
  private final StringBuilder sb = new StringBuilder(2048);

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
    sb.setLength(0);
    try {
      if (resource instanceof Claim) {
        write((Claim) resource);
      } else if (resource instanceof OperationOutcome) {
        write((OperationOutcome) resource);
      } else {
        return null;
      }
      return sb.toString();
    } catch (Unknown e) {
      return null;
    }
  }

  // ---- Claim ----

  private void write(Claim c) throws Unknown {
    resource(c, "Claim");
    if (c.hasIdentifier() || c.hasSubType() || c.hasBillablePeriod() || c.hasEnterer()
        || c.hasInsurer() || c.hasFundsReserve() || c.hasRelated() || c.hasPrescription()
        || c.hasOriginalPrescription() || c.hasPayee() || c.hasReferral() || c.hasFacility()
        || c.hasSupportingInfo() || c.hasAccident() || c.hasTotal()) {
      throw UNKNOWN;
    }
    primitive("status", raw(c, "status"));
    concept("type", raw(c, "type"));
    primitive("use", raw(c, "use"));
    reference("patient", raw(c, "patient"));
    primitive("created", raw(c, "created"));
    reference("provider", raw(c, "provider"));
    concept("priority", raw(c, "priority"));
    List<Claim.CareTeamComponent> team = c.getCareTeam();
    if (!team.isEmpty()) {
      array("careTeam");
      for (Claim.CareTeamComponent t : team) {
        check(t);
        if (t.hasResponsible() || t.hasRole() || t.hasQualification()) {
          throw UNKNOWN;
        }
        int at = begin();
        positiveInt("sequence", raw(t, "sequence"));
        reference("provider", raw(t, "provider"));
        end(at);
      }
      sb.append(']');
    }
    List<Claim.DiagnosisComponent> diagnoses = c.getDiagnosis();
    if (!diagnoses.isEmpty()) {
      array("diagnosis");
      for (Claim.DiagnosisComponent d : diagnoses) {
        check(d);
        if (d.hasType() || d.hasOnAdmission() || d.hasPackageCode()
            || !(raw(d, "diagnosis") instanceof CodeableConcept)) {
          throw UNKNOWN;
        }
        int at = begin();
        positiveInt("sequence", raw(d, "sequence"));
        concept("diagnosisCodeableConcept", raw(d, "diagnosis"));
        end(at);
      }
      sb.append(']');
    }
    List<Claim.ProcedureComponent> procedures = c.getProcedure();
    if (!procedures.isEmpty()) {
      array("procedure");
      for (Claim.ProcedureComponent pc : procedures) {
        check(pc);
        if (pc.hasType() || pc.hasUdi() || !(raw(pc, "procedure") instanceof Reference)) {
          throw UNKNOWN;
        }
        int at = begin();
        positiveInt("sequence", raw(pc, "sequence"));
        primitive("date", raw(pc, "date"));
        reference("procedureReference", raw(pc, "procedure"));
        end(at);
      }
      sb.append(']');
    }
    List<Claim.InsuranceComponent> insurance = c.getInsurance();
    if (!insurance.isEmpty()) {
      array("insurance");
      for (Claim.InsuranceComponent i : insurance) {
        check(i);
        if (i.hasIdentifier() || i.hasBusinessArrangement() || i.hasPreAuthRef()
            || i.hasClaimResponse()) {
          throw UNKNOWN;
        }
        int at = begin();
        positiveInt("sequence", raw(i, "sequence"));
        org.hl7.fhir.r4.model.BooleanType focal = raw(i, "focal");
        if (focal != null && focal.getValue() != null) {
          check(focal);
          name("focal");
          sb.append(focal.getValue() ? "true" : "false");
        }
        reference("coverage", raw(i, "coverage"));
        end(at);
      }
      sb.append(']');
    }
    List<Claim.ItemComponent> items = c.getItem();
    if (!items.isEmpty()) {
      array("item");
      for (Claim.ItemComponent it : items) {
        item(it);
      }
      sb.append(']');
    }
    sb.append('}');
  }

  private void item(Claim.ItemComponent it) throws Unknown {
    check(it);
    if (it.hasInformationSequence() || it.hasRevenue() || it.hasCategory()
        || it.hasProgramCode() || it.hasLocation() || it.hasUnitPrice() || it.hasFactor()
        || it.hasNet() || it.hasUdi() || it.hasBodySite() || it.hasSubSite() || it.hasDetail()
        || (raw(it, "serviced") != null && !(raw(it, "serviced") instanceof DateType))) {
      throw UNKNOWN;
    }
    int at = begin();
    positiveInt("sequence", raw(it, "sequence"));
    positiveInts("careTeamSequence", it.getCareTeamSequence());
    positiveInts("diagnosisSequence", it.getDiagnosisSequence());
    positiveInts("procedureSequence", it.getProcedureSequence());
    concept("productOrService", raw(it, "productOrService"));
    List<CodeableConcept> modifiers = it.getModifier();
    if (!modifiers.isEmpty()) {
      array("modifier");
      for (CodeableConcept m : modifiers) {
        conceptBody(m);
      }
      sb.append(']');
    }
    primitive("servicedDate", raw(it, "serviced"));
    Quantity q = raw(it, "quantity");
    if (q != null) {
      check(q);
      if (q.hasComparator() || q.hasUnit() || q.hasSystem() || q.hasCode()) {
        throw UNKNOWN;
      }
      name("quantity");
      int qAt = begin();
      org.hl7.fhir.r4.model.DecimalType value = raw(q, "value");
      if (value != null && value.getValue() != null) {
        check(value);
        name("value");
        // As Jackson writes the BigDecimal HAPI hands it.
        sb.append(value.getValue().toString());
      }
      end(qAt);
    }
    List<Reference> encounters = it.getEncounter();
    if (!encounters.isEmpty()) {
      array("encounter");
      for (Reference r : encounters) {
        referenceBody(r);
      }
      sb.append(']');
    }
    end(at);
  }

  // ---- OperationOutcome ----

  private void write(OperationOutcome oo) throws Unknown {
    resource(oo, "OperationOutcome");
    List<OperationOutcome.OperationOutcomeIssueComponent> issues = oo.getIssue();
    if (!issues.isEmpty()) {
      array("issue");
      for (OperationOutcome.OperationOutcomeIssueComponent i : issues) {
        check(i);
        if (i.hasLocation()) {
          throw UNKNOWN;
        }
        int at = begin();
        primitive("severity", raw(i, "severity"));
        primitive("code", raw(i, "code"));
        concept("details", raw(i, "details"));
        primitive("diagnostics", raw(i, "diagnostics"));
        List<StringType> expressions = i.getExpression();
        if (!expressions.isEmpty()) {
          array("expression");
          for (StringType e : expressions) {
            check(e);
            if (e.getValue() == null || JsonText.isBlank(e.getValue())) {
              throw UNKNOWN;
            }
            comma();
            string(e.getValue());
          }
          sb.append(']');
        }
        end(at);
      }
      sb.append(']');
    }
    sb.append('}');
  }

  // ---- pieces ----

  /** {"resourceType":..., "id":...; refuses what these writers never put on a resource. */
  private void resource(DomainResource r, String type) throws Unknown {
    if (r.hasMeta() || r.hasImplicitRules() || r.hasLanguage() || r.hasText()
        || r.hasContained() || r.hasExtension() || r.hasModifierExtension()
        || r.getIdElement().hasVersionIdPart() || r.getIdElement().hasBaseUrl()) {
      throw UNKNOWN;
    }
    sb.append("{\"resourceType\":\"").append(type).append('"');
    String id = r.getIdElement().getIdPart();
    if (id != null) {
      if (JsonText.isBlank(id)) {
        throw UNKNOWN;
      }
      name("id");
      string(id);
    }
  }

  /**
   * A single-valued child as it is, or null: HAPI's getters create missing children (and so
   * change the resource), {@code hasX()} walks the whole subtree; this does neither.
   */
  @SuppressWarnings("unchecked")
  private static <T extends org.hl7.fhir.r4.model.Base> T raw(org.hl7.fhir.r4.model.Base e,
      String name) throws Unknown {
    org.hl7.fhir.r4.model.Base[] v = e.getProperty(name.hashCode(), name, false);
    if (v.length > 1) {
      throw UNKNOWN;
    }
    return v.length == 0 ? null : (T) v[0];
  }

  /** No element id or extension (HAPI would write them; these writers never set them). */
  private static void check(Element e) throws Unknown {
    if (e.hasId() || e.hasExtension()
        || (e instanceof BackboneElement && ((BackboneElement) e).hasModifierExtension())) {
      throw UNKNOWN;
    }
  }

  private void comma() {
    char last = sb.charAt(sb.length() - 1);
    if (last != '{' && last != '[' && last != ':') {
      sb.append(',');
    }
  }

  private void name(String name) {
    comma();
    sb.append('"').append(name).append("\":");
  }

  private void array(String name) {
    name(name);
    sb.append('[');
  }

  /** Opens an object; returns where, for {@link #end}. */
  private int begin() {
    comma();
    sb.append('{');
    return sb.length();
  }

  /** Closes an object; an empty one is left out by HAPI, so it is not this encoder's shape. */
  private void end(int at) throws Unknown {
    if (sb.length() == at) {
      throw UNKNOWN;
    }
    sb.append('}');
  }

  private void primitive(String name, PrimitiveType<?> p) throws Unknown {
    if (p == null) {
      return;
    }
    check(p);
    String v = p.getValueAsString();
    if (v == null) {
      return;
    }
    if (JsonText.isBlank(v)) {
      throw UNKNOWN; // HAPI treats a blank value as empty and leaves it out
    }
    name(name);
    string(v);
  }

  private void positiveInt(String name, PositiveIntType p) throws Unknown {
    if (p == null || p.getValue() == null) {
      return;
    }
    check(p);
    name(name);
    sb.append(p.getValue().intValue());
  }

  private void positiveInts(String name, List<PositiveIntType> list) throws Unknown {
    if (list.isEmpty()) {
      return;
    }
    array(name);
    for (PositiveIntType p : list) {
      check(p);
      if (p.getValue() == null) {
        throw UNKNOWN;
      }
      comma();
      sb.append(p.getValue().intValue());
    }
    sb.append(']');
  }

  private void concept(String name, CodeableConcept c) throws Unknown {
    if (c == null) {
      return;
    }
    name(name);
    conceptBody(c);
  }

  private void conceptBody(CodeableConcept c) throws Unknown {
    check(c);
    int at = begin();
    List<Coding> codings = c.getCoding();
    if (!codings.isEmpty()) {
      array("coding");
      for (Coding cd : codings) {
        check(cd);
        if (cd.hasVersion() || cd.hasUserSelected()) {
          throw UNKNOWN;
        }
        int cAt = begin();
        primitive("system", raw(cd, "system"));
        primitive("code", raw(cd, "code"));
        primitive("display", raw(cd, "display"));
        end(cAt);
      }
      sb.append(']');
    }
    primitive("text", raw(c, "text"));
    end(at);
  }

  private void reference(String name, Reference r) throws Unknown {
    if (r == null) {
      return;
    }
    name(name);
    referenceBody(r);
  }

  private void referenceBody(Reference r) throws Unknown {
    check(r);
    if (r.getResource() != null) {
      throw UNKNOWN; // HAPI may write a contained or resolved reference
    }
    int at = begin();
    StringType refElement = raw(r, "reference");
    if (refElement != null && refElement.getValue() != null) {
      String ref = refElement.getValue();
      // HAPI rewrites some references (drops a version …/_history/n, reads the value as an id)
      // and treats '#' as a pointer to a contained resource; leave such values to it.
      if (ref.indexOf('#') >= 0 || !JsonText.hapiWritesReferenceAsIs(ref)) {
        throw UNKNOWN;
      }
      primitive("reference", refElement);
    }
    primitive("type", raw(r, "type"));
    Identifier i = raw(r, "identifier");
    if (i != null) {
      check(i);
      if (i.hasType() || i.hasPeriod() || i.hasAssigner()) {
        throw UNKNOWN;
      }
      name("identifier");
      int iAt = begin();
      primitive("use", raw(i, "use"));
      primitive("system", raw(i, "system"));
      primitive("value", raw(i, "value"));
      end(iAt);
    }
    primitive("display", raw(r, "display"));
    end(at);
  }

  private void string(String s) {
    JsonText.appendString(sb, s);
  }
}
