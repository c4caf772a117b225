package org.facetclaims.fhir.codec;

import java.util.Date;
import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.CodingValue;
import org.facetclaims.fhir.claim.ConceptValue;
import org.facetclaims.fhir.claim.IdentifierValue;
import org.facetclaims.fhir.claim.MoneyValue;
import org.facetclaims.fhir.claim.OutcomeDocument;
import org.facetclaims.fhir.claim.OutcomeMapping;
import org.facetclaims.fhir.claim.PeriodValue;
import org.facetclaims.fhir.claim.ReferenceValue;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.StringType;

/**
 * Renders the documents of {@code org.facetclaims.fhir.claim} as HAPI R4 resources: each value
 * set on the element of the same name, nothing added, nothing left out. The resources are new
 * on every call and belong to the caller.
 */
public final class HapiRenderer {
  private HapiRenderer() {}

  /** The Claim of a document. */
  public static Claim claim(ClaimDocument d) {
    Claim c = new Claim();
    c.setId(d.id());
    c.setStatus(Claim.ClaimStatus.fromCode(d.status()));
    c.setType(concept(d.type()));
    c.setSubType(concept(d.subType()));
    c.setUse(Claim.Use.fromCode(d.use()));
    c.setPatient(reference(d.patient()));
    c.setBillablePeriod(period(d.billablePeriod()));
    c.setCreated(d.created() == null ? null : Date.from(d.created()));
    c.setProvider(reference(d.provider()));
    c.setPriority(concept(d.priority()));
    for (ClaimDocument.Related r : d.related()) {
      c.addRelated().setClaim(reference(r.claim())).setRelationship(concept(r.relationship()));
    }
    for (ClaimDocument.CareTeam t : d.careTeam()) {
      c.addCareTeam().setSequence(t.sequence()).setProvider(reference(t.provider()))
          .setRole(concept(t.role()));
    }
    for (ClaimDocument.SupportingInfo s : d.supportingInfo()) {
      Claim.SupportingInformationComponent info = c.addSupportingInfo()
          .setSequence(s.sequence()).setCategory(concept(s.category())).setCode(concept(s.code()));
      if (s.timingDate() != null) {
        info.setTiming(new DateType(s.timingDate().toString()));
      }
      if (s.valueString() != null) {
        info.setValue(new StringType(s.valueString()));
      } else if (s.valueReference() != null) {
        info.setValue(reference(s.valueReference()));
      }
    }
    for (ClaimDocument.Diagnosis g : d.diagnosis()) {
      Claim.DiagnosisComponent dc = c.addDiagnosis().setSequence(g.sequence())
          .setDiagnosis(concept(g.diagnosis()));
      for (ConceptValue t : g.type()) {
        dc.addType(concept(t));
      }
    }
    for (ClaimDocument.ProcedureEntry p : d.procedure()) {
      Claim.ProcedureComponent pc = c.addProcedure().setSequence(p.sequence())
          .setProcedure(reference(p.procedure()));
      if (p.date() != null) {
        pc.setDateElement(new DateTimeType(p.date().toString()));
      }
    }
    for (ClaimDocument.Insurance i : d.insurance()) {
      Claim.InsuranceComponent ic = c.addInsurance().setSequence(i.sequence())
          .setFocal(i.focal()).setCoverage(reference(i.coverage()));
      for (String ref : i.preAuthRef()) {
        ic.addPreAuthRef(ref);
      }
    }
    for (ClaimDocument.Item i : d.item()) {
      c.addItem(item(i));
    }
    c.setTotal(money(d.total()));
    return c;
  }

  private static Claim.ItemComponent item(ClaimDocument.Item i) {
    Claim.ItemComponent item = new Claim.ItemComponent().setSequence(i.sequence());
    i.careTeamSequence().forEach(item::addCareTeamSequence);
    i.diagnosisSequence().forEach(item::addDiagnosisSequence);
    i.procedureSequence().forEach(item::addProcedureSequence);
    i.informationSequence().forEach(item::addInformationSequence);
    item.setRevenue(concept(i.revenue()));
    item.setProductOrService(concept(i.productOrService()));
    for (ConceptValue m : i.modifier()) {
      item.addModifier(concept(m));
    }
    if (i.servicedDate() != null) {
      item.setServiced(new DateType(i.servicedDate().toString()));
    }
    item.setLocation(concept(i.location()));
    SimpleQuantity q = new SimpleQuantity();
    q.setValue(i.quantity());
    item.setQuantity(q);
    item.setNet(money(i.net()));
    item.setBodySite(concept(i.bodySite()));
    for (ConceptValue s : i.subSite()) {
      item.addSubSite(concept(s));
    }
    for (ReferenceValue e : i.encounter()) {
      item.addEncounter(reference(e));
    }
    return item;
  }

  /** The OperationOutcome of a document. */
  public static OperationOutcome outcome(OutcomeDocument d) {
    OperationOutcome oo = new OperationOutcome();
    oo.setId(d.id());
    for (ReferenceValue c : d.claims()) {
      oo.addExtension(OutcomeMapping.CLAIM_EXTENSION, reference(c));
    }
    for (OutcomeDocument.Issue i : d.issue()) {
      OperationOutcome.OperationOutcomeIssueComponent issue = oo.addIssue()
          .setSeverity(OperationOutcome.IssueSeverity.fromCode(i.severity()))
          .setCode(OperationOutcome.IssueType.fromCode(i.code()))
          .setDetails(concept(i.details()))
          .setDiagnostics(i.diagnostics() == null ? null : i.diagnostics().text());
      i.expression().forEach(issue::addExpression);
    }
    return oo;
  }

  private static CodeableConcept concept(ConceptValue v) {
    if (v == null) {
      return null;
    }
    CodeableConcept c = new CodeableConcept();
    for (CodingValue cd : v.coding()) {
      c.addCoding(new Coding(cd.system(), cd.code(), cd.display()));
    }
    return c.setText(v.text());
  }

  private static Reference reference(ReferenceValue v) {
    if (v == null) {
      return null;
    }
    return new Reference().setReference(v.reference()).setType(v.type())
        .setIdentifier(identifier(v.identifier())).setDisplay(v.display());
  }

  private static Identifier identifier(IdentifierValue v) {
    if (v == null) {
      return null;
    }
    return new Identifier()
        .setUse(v.use() == null ? null : Identifier.IdentifierUse.fromCode(v.use()))
        .setType(concept(v.type())).setSystem(v.system()).setValue(v.value())
        .setPeriod(period(v.period())).setAssigner(reference(v.assigner()));
  }

  private static Period period(PeriodValue v) {
    if (v == null) {
      return null;
    }
    Period p = new Period();
    if (v.start() != null) {
      p.setStartElement(new DateTimeType(v.start()));
    }
    if (v.end() != null) {
      p.setEndElement(new DateTimeType(v.end()));
    }
    return p;
  }

  private static Money money(MoneyValue v) {
    if (v == null) {
      return null;
    }
    Money m = new Money();
    m.setValue(v.value());
    m.setCurrency(v.currency());
    return m;
  }
}
