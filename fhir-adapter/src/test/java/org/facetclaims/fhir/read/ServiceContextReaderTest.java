package org.facetclaims.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.facetclaims.core.FindingCode;
import org.facetclaims.core.coverage.CoverageContext.StateInput;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The service context of one Procedure and the Claims around it, source by source. */
class ServiceContextReaderTest {
  static ResourceIndex index(Resource... rs) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (Resource r : rs) {
      b.addEntry().setFullUrl(r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r);
    }
    return new ResourceIndex(b, 1000);
  }

  static Location location(String id, String state, String pos) {
    Location l = new Location();
    l.setId(id);
    if (state != null) {
      l.setAddress(new Address().setState(state));
    }
    if (pos != null) {
      l.addType(new CodeableConcept(new Coding(ServiceContextReader.PLACE_OF_SERVICE, pos, null)));
    }
    return l;
  }

  static Procedure procedure() {
    Procedure p = new Procedure();
    p.setId("p1");
    p.setSubject(new Reference("Patient/pt-1"));
    return p;
  }

  @Test
  @DisplayName("Procedure.location first; its place of service too")
  void procedureLocation() {
    Procedure p = procedure().setLocation(new Reference("Location/l1"));
    p.addPerformer().setActor(new Reference("Organization/o1"));
    Organization o = new Organization();
    o.setId("o1");
    o.addAddress().setState("KY");
    ServiceContext c = ServiceContextReader.read(p, "Bundle.entry[0].resource",
        index(p, location("l1", "OH", "19"), o));
    assertThat(c.states()).containsExactly(new StateInput("OH", "Location/l1.address.state"));
    assertThat(c.placeOfService()).isEqualTo("19");
    assertThat(c.placeOfServiceElement()).isEqualTo("Location/l1.type[0]");
    assertThat(c.findings()).isEmpty();
  }

  @Test
  @DisplayName("else the performer Organization, skipping its billing address")
  void organization() {
    Procedure p = procedure();
    p.addPerformer().setActor(new Reference("Organization/o1"));
    Organization o = new Organization();
    o.setId("o1");
    o.addAddress().setState("NJ").setUse(Address.AddressUse.BILLING);
    o.addAddress().setState("Pennsylvania").setUse(Address.AddressUse.WORK);
    ServiceContext c = ServiceContextReader.read(p, "Procedure", index(p, o));
    assertThat(c.states()).containsExactly(
        new StateInput("Pennsylvania", "Organization/o1.address[1].state"));
  }

  @Test
  @DisplayName("a Location not in the input, or without a state: FC-634 naming it")
  void notFound() {
    Procedure p = procedure().setLocation(new Reference("Location/elsewhere"));
    ServiceContext c = ServiceContextReader.read(p, "Bundle.entry[0].resource", index(p));
    assertThat(c.states()).isEmpty();
    assertThat(c.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.STATE_OF_SERVICE_NOT_FOUND);
      assertThat(f.element()).contains("Bundle.entry[0].resource.location");
      assertThat(f.message()).contains("Location/elsewhere");
    });
    Procedure q = procedure().setLocation(new Reference("Location/l2"));
    ServiceContext d = ServiceContextReader.read(q, "Procedure",
        index(q, location("l2", null, null)));
    assertThat(d.findings()).singleElement()
        .satisfies(f -> assertThat(f.element()).contains("Location/l2.address.state"));
  }

  @Test
  @DisplayName("type of bill, place of service and UTN from a Claim; two places: FC-635, none")
  void claims() {
    Claim claim = new Claim();
    claim.setId("c1");
    claim.setPatient(new Reference("Patient/pt-1"));
    claim.addSupportingInfo().setSequence(1).setCategory(new CodeableConcept(new Coding(
        "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBSupportingInfoType", "typeofbill", null)))
        .setCode(new CodeableConcept(new Coding(ServiceContextReader.TYPE_OF_BILL, "0131", null)));
    claim.addInsurance().setSequence(1).setFocal(true).addPreAuthRef("UTN0000000001");
    claim.addItem().setSequence(1).setLocation(new CodeableConcept(new Coding(
        ServiceContextReader.PLACE_OF_SERVICE, "22", null)));
    Claim other = new Claim();
    other.setId("c2");
    other.setPatient(new Reference("Patient/someone-else"));
    other.addInsurance().setSequence(1).addPreAuthRef("NOT-THIS-ONE");
    ServiceContext c = ServiceContextReader.claims(index(claim, other),
        new Reference("Patient/pt-1"));
    assertThat(c.typeOfBill()).isEqualTo("0131");
    assertThat(c.placeOfService()).isEqualTo("22");
    assertThat(c.priorAuthorizationUtn()).isEqualTo("UTN0000000001");
    assertThat(c.priorAuthorizationUtnElement()).isEqualTo("Claim/c1.insurance[0].preAuthRef[0]");
    Procedure p = procedure().setLocation(new Reference("Location/l1"));
    ServiceContext office = ServiceContextReader.read(p, "Procedure",
        index(p, location("l1", "OH", "11")));
    ServiceContext both = office.and(c);
    assertThat(both.placeOfService()).isNull();
    assertThat(both.typeOfBill()).isEqualTo("0131");
    assertThat(both.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.SERVICE_CONTEXT_CONFLICT);
      assertThat(f.message()).contains("Location/l1.type[0]")
          .contains("Claim/c1.item[0].locationCodeableConcept");
    });
  }

  @Test
  @DisplayName("a type of bill that is not one: FC-636 naming the element, not used")
  void typeOfBillNotRecognised() {
    for (String bad : new String[] {"13", "hospital", "0931", "01311"}) {
      Claim claim = new Claim();
      claim.setId("c1");
      claim.addSupportingInfo().setSequence(1).setCategory(new CodeableConcept(new Coding(
          "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBSupportingInfoType", "typeofbill",
          null))).setCode(new CodeableConcept(new Coding(ServiceContextReader.TYPE_OF_BILL, bad,
          null)));
      ServiceContext c = ServiceContextReader.claim(claim);
      assertThat(c.typeOfBill()).as(bad).isNull();
      assertThat(c.findings()).as(bad).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(FindingCode.TYPE_OF_BILL_NOT_RECOGNISED);
        assertThat(f.element()).contains("Claim/c1.supportingInfo[0].code");
      });
    }
    Claim lower = new Claim();
    lower.addSupportingInfo().setSequence(1).setCategory(new CodeableConcept(new Coding(
        "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBSupportingInfoType", "typeofbill",
        null))).setCode(new CodeableConcept(new Coding(ServiceContextReader.TYPE_OF_BILL, " 13q ",
        null)));
    assertThat(ServiceContextReader.claim(lower).typeOfBill()).isEqualTo("13Q");
  }
}
