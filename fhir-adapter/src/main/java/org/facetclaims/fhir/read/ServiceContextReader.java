package org.facetclaims.fhir.read;

import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.coverage.CoverageContext.Locality;
import org.facetclaims.core.coverage.CoverageContext.StateInput;
import org.facetclaims.core.coverage.TypeOfBill;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads a session's {@link ServiceContext} from the input, as medicare-policy-2024 §1 and the
 * mapping spec say, in this order for the state of service (the first source that names a state
 * is used; the later ones are the billing side, not where the service was furnished):
 * <ol>
 *   <li>{@code Procedure.location} → {@code Location.address.state};
 *   <li>{@code Procedure.encounter} → {@code Encounter.location.location} → {@code
 *       Location.address.state};
 *   <li>the performers: a PractitionerRole's {@code location} → {@code Location.address.state},
 *       else its {@code organization}'s, an Organization's own {@code address.state}, and {@code
 *       performer.onBehalfOf}'s (addresses of use {@code billing} or {@code old} are not where
 *       the service was furnished and are skipped).
 * </ol>
 * A Location or Organization that is referenced but not in the input, or has no {@code
 * address.state}, is an information finding (FC-634) naming the element and the resource id,
 * never a guess. The place of service is a CMS place-of-service coding in the same Locations'
 * {@code type}; the type of bill, the place of service and the UTN are also read from a Claim
 * the input carries for the patient ({@code Claim.supportingInfo} of category {@code typeofbill},
 * {@code item.locationCodeableConcept}, {@code insurance.preAuthRef}). The Procedure's Encounter
 * also gives an institutional claim's visit codes ({@link VisitCodes}). Stateless and
 * thread-safe.
 */
public final class ServiceContextReader {
  /** The CMS place-of-service code system. */
  public static final String PLACE_OF_SERVICE =
      "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
  /** The NUBC type-of-bill code system. */
  public static final String TYPE_OF_BILL = "https://www.nubc.org/CodeSystem/TypeOfBill";
  /** The value-length a read code or number is kept to (UTNs are 14 characters). */
  private static final int MAX_VALUE = 64;

  private ServiceContextReader() {}

  /** The context one Procedure at {@code path} names. */
  public static ServiceContext read(Procedure p, String path, ResourceIndex index) {
    Collected c = new Collected();
    if (p.hasLocation()) {
      location(p.getLocation(), p, path + ".location", index, c);
    }
    Resource encounter = p.hasEncounter() ? index.resolve(p.getEncounter(), p) : null;
    if (encounter instanceof Encounter enc) {
      c.visit = VisitCodes.of(enc, label(enc, path + ".encounter"));
    }
    if (c.states.isEmpty() && p.hasEncounter()) {
      Resource e = encounter;
      if (e instanceof Encounter enc) {
        String at = label(enc, path + ".encounter");
        for (int i = 0; i < enc.getLocation().size(); i++) {
          Encounter.EncounterLocationComponent l = enc.getLocation().get(i);
          if (l.hasLocation()) {
            location(l.getLocation(), enc, at + ".location[" + i + "].location", index, c);
          }
        }
      }
    }
    if (c.states.isEmpty()) {
      List<Procedure.ProcedurePerformerComponent> performers = p.getPerformer();
      for (int i = 0; i < performers.size(); i++) {
        Procedure.ProcedurePerformerComponent pc = performers.get(i);
        String at = path + ".performer[" + i + "]";
        if (pc.hasActor()) {
          performer(pc.getActor(), p, at + ".actor", index, c);
        }
        if (pc.hasOnBehalfOf()) {
          organization(pc.getOnBehalfOf(), p, at + ".onBehalfOf", index, c);
        }
      }
    }
    return c.done();
  }

  /**
   * The context a Procedure read on its own names (a lone Procedure input, a bulk NDJSON line):
   * {@link #read}, whose {@code #id} references resolve to the Procedure's contained Location,
   * Encounter, PractitionerRole and Organization, and the type of bill, place of service and
   * UTN of the Claims it contains for its subject. A reference to a resource outside the input is
   * FC-634, as in a Bundle; a reference's {@code display} is never read for a state (it is free
   * text, not an address).
   */
  public static ServiceContext ofProcedure(Procedure p, String path, ResourceIndex index) {
    ServiceContext out = read(p, path, index);
    List<Resource> contained = p.getContained();
    for (int i = 0; i < contained.size(); i++) {
      if (contained.get(i) instanceof Claim claim && samePatient(claim, p.getSubject())) {
        out = out.and(claim(claim, path + ".contained[" + i + "]"));
      }
    }
    return out;
  }

  /**
   * The type of bill, place of service and UTN of the Claims in the input for {@code patient}
   * (a Claim naming another patient is not this session's).
   */
  public static ServiceContext claims(ResourceIndex index, Reference patient) {
    ServiceContext out = ServiceContext.NONE;
    for (ResourceIndex.Located l : index.ofType("Claim")) {
      Claim claim = (Claim) l.resource();
      if (samePatient(claim, patient)) {
        out = out.and(claim(claim, label(claim, l.path())));
      }
    }
    return out;
  }

  /** False only when both name a patient and the references differ. */
  private static boolean samePatient(Claim claim, Reference patient) {
    return patient == null || !patient.hasReference() || !claim.hasPatient()
        || !claim.getPatient().hasReference()
        || patient.getReference().equals(claim.getPatient().getReference());
  }

  /** The type of bill, place of service and UTN of a Claim the caller gave (or null). */
  public static ServiceContext claim(Claim claim) {
    return claim == null ? ServiceContext.NONE : claim(claim, label(claim, "Claim"));
  }

  /** The type of bill, place of service and UTN one Claim carries ({@code at}: its label). */
  public static ServiceContext claim(Claim claim, String at) {
    if (claim == null) {
      return ServiceContext.NONE;
    }
    Collected c = new Collected();
    for (int i = 0; i < claim.getSupportingInfo().size(); i++) {
      Claim.SupportingInformationComponent s = claim.getSupportingInfo().get(i);
      if (hasCode(s.getCategory(), "typeofbill")) {
        String tob = code(s.getCode(), null);
        String element = at + ".supportingInfo[" + i + "].code";
        if (tob != null && TypeOfBill.isValid(tob)) {
          c.typeOfBill(TypeOfBill.normalized(tob).get(), element);
        } else if (tob != null) {
          c.findings.add(Finding.of(FindingCode.TYPE_OF_BILL_NOT_RECOGNISED, "The type of bill"
              + " at " + element + " is not a NUBC type of bill (0131 or 131); it is not"
              + " used.").at(element));
        }
      }
    }
    for (int i = 0; i < claim.getItem().size(); i++) {
      Claim.ItemComponent item = claim.getItem().get(i);
      if (item.hasLocationCodeableConcept()) {
        String pos = code(item.getLocationCodeableConcept(), PLACE_OF_SERVICE);
        if (pos != null) {
          c.placeOfService(pos, at + ".item[" + i + "].locationCodeableConcept");
        }
      }
    }
    for (int i = 0; i < claim.getInsurance().size(); i++) {
      List<StringType> refs = claim.getInsurance().get(i).getPreAuthRef();
      for (int k = 0; k < refs.size(); k++) {
        String v = refs.get(k).getValue();
        if (v != null && !v.isBlank()) {
          c.utn(v.strip(), at + ".insurance[" + i + "].preAuthRef[" + k + "]");
        }
      }
    }
    return c.done();
  }

  // ---- the places ----

  private static void location(Reference ref, DomainResource from, String at,
      ResourceIndex index, Collected c) {
    Resource r = index.resolve(ref, from);
    if (!(r instanceof Location loc)) {
      notFound(ref, at, "Location", c);
      return;
    }
    String label = label(loc, ref, at);
    for (int i = 0; i < loc.getType().size(); i++) {
      String pos = code(loc.getType().get(i), PLACE_OF_SERVICE);
      if (pos != null) {
        c.placeOfService(pos, label + ".type[" + i + "]");
      }
    }
    if (!loc.hasAddress() || !loc.getAddress().hasState()) {
      c.findings.add(Finding.of(FindingCode.STATE_OF_SERVICE_NOT_FOUND, label + (loc.hasAddress()
          ? " has an address without a state" : " has no address") + "; the state of service"
          + " is not known from it.").at(label + ".address.state"));
      return;
    }
    c.state(loc.getAddress().getState(), label + ".address.state", locality(loc.getAddress()));
  }

  private static void performer(Reference ref, DomainResource from, String at,
      ResourceIndex index, Collected c) {
    Resource r = index.resolve(ref, from);
    if (r instanceof PractitionerRole role) {
      String label = label(role, ref, at);
      int before = c.states.size();
      for (int i = 0; i < role.getLocation().size(); i++) {
        location(role.getLocation().get(i), role, label + ".location[" + i + "]", index, c);
      }
      if (c.states.size() == before && role.hasOrganization()) {
        organization(role.getOrganization(), role, label + ".organization", index, c);
      }
    } else if (r instanceof Organization) {
      organization(ref, from, at, index, c);
    }
  }

  private static void organization(Reference ref, DomainResource from, String at,
      ResourceIndex index, Collected c) {
    Resource r = index.resolve(ref, from);
    if (!(r instanceof Organization org)) {
      notFound(ref, at, "Organization", c);
      return;
    }
    String label = label(org, ref, at);
    boolean any = false;
    for (int i = 0; i < org.getAddress().size(); i++) {
      Address a = org.getAddress().get(i);
      if (a.getUse() == Address.AddressUse.BILLING || a.getUse() == Address.AddressUse.OLD) {
        continue;
      }
      if (a.hasState()) {
        c.state(a.getState(), label + ".address[" + i + "].state", locality(a));
        any = true;
      }
    }
    if (!any) {
      c.findings.add(Finding.of(FindingCode.STATE_OF_SERVICE_NOT_FOUND, label + " has no"
          + " address with a state; the state of service is not known from it.")
          .at(label + ".address.state"));
    }
  }

  /**
   * The address's city, county ({@code district}) and postal code, which settle the contractor
   * of a state whose claims go to two (Northern Virginia); null when it gives none.
   */
  private static Locality locality(Address a) {
    Locality l = new Locality(kept(a.getCity()), kept(a.getDistrict()), kept(a.getPostalCode()));
    return l.isEmpty() ? null : l;
  }

  private static String kept(String v) {
    return v == null || v.isBlank() ? null : v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE)
        : v.strip();
  }

  /** FC-634 for a reference to a place that is not in the input (a display alone is nothing). */
  private static void notFound(Reference ref, String at, String type, Collected c) {
    if (ref.hasReference()) {
      String shown = ref.getReference().length() > 80 ? ref.getReference().substring(0, 80)
          + "..." : ref.getReference();
      c.findings.add(Finding.of(FindingCode.STATE_OF_SERVICE_NOT_FOUND, "The " + type + " "
          + shown + " is not in the input; the state of service is not known from it.").at(at));
    }
  }

  /**
   * The element that names a contained resource ({@code #id}: its own id names nothing outside
   * the input), else {@link #label(Resource, String)}.
   */
  private static String label(Resource r, Reference ref, String at) {
    String v = ref.getReference();
    return v != null && v.startsWith("#") ? at : label(r, at);
  }

  /** {@code Location/loc-1} for a resource with an id, else the element that names it. */
  private static String label(Resource r, String at) {
    String id = r.getIdElement().getIdPart();
    return id != null && FhirIds.valid(id) ? r.fhirType() + "/" + id : at;
  }

  private static boolean hasCode(CodeableConcept c, String code) {
    for (Coding cd : c.getCoding()) {
      if (code.equals(cd.getCode())) {
        return true;
      }
    }
    return false;
  }

  /** The first code of {@code system} (any system when null), stripped; null when none. */
  private static String code(CodeableConcept c, String system) {
    for (Coding cd : c.getCoding()) {
      String v = cd.getCode();
      if ((system == null || system.equals(cd.getSystem())) && v != null && !v.isBlank()) {
        v = v.strip();
        return v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v;
      }
    }
    return null;
  }

  /** What one reading found. */
  private static final class Collected {
    final List<StateInput> states = new ArrayList<>(1);
    final List<Finding> findings = new ArrayList<>(0);
    ServiceContext context = ServiceContext.NONE;
    VisitCodes visit = VisitCodes.NONE;

    void state(String value, String element, Locality locality) {
      if (value != null && !value.isBlank()) {
        StateInput in = new StateInput(value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE)
            : value.strip(), element, locality);
        if (!states.contains(in)) {
          states.add(in);
        }
      }
    }

    void placeOfService(String code, String element) {
      context = context.and(new ServiceContext(List.of(), code, element, null, null, null, null,
          List.of(), List.of()));
    }

    void typeOfBill(String code, String element) {
      context = context.and(new ServiceContext(List.of(), null, null, code, element, null, null,
          List.of(), List.of()));
    }

    void utn(String utn, String element) {
      String v = utn.length() > MAX_VALUE ? utn.substring(0, MAX_VALUE) : utn;
      context = context.and(new ServiceContext(List.of(), null, null, null, null, v, element,
          List.of(), List.of()));
    }

    ServiceContext done() {
      return new ServiceContext(states, null, null, null, null, null, null, List.of(), findings,
          visit).and(context);
    }
  }
}
