package org.facetclaims.fhir.server;

import ca.uhn.fhir.model.api.annotation.Description;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.rest.annotation.Initialize;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.facetclaims.core.coverage.AbnStatus;
import org.facetclaims.core.coverage.PlaceOfService;
import org.facetclaims.core.coverage.TypeOfBill;
import org.facetclaims.core.Discontinuation;
import org.facetclaims.core.payer.OffCampusDepartment;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.ClaimSelection;
import org.facetclaims.fhir.FacilityOptions;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.history.CoverageOptions;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * The {@code $facet-claims} operation as a plain HAPI provider: register it in any
 * {@code RestfulServer} with {@code registerProvider(new FacetClaimsOperationProvider())}.
 *
 * <p>{@code POST [base]/$facet-claims} with a Parameters body: {@code resource} (1..*, Procedure
 * or Bundle) and optional {@code profile} (code, default {@code medicare-physician}). The answer
 * is the same Bundle as the {@code code} command: the Claims and the OperationOutcome of
 * findings. Thread-safe: one instance serves all requests.
 */
public final class FacetClaimsOperationProvider {
  /** The operation name. */
  public static final String OPERATION = "$facet-claims";

  private final FacetClaims facet;
  /** Profiles requests may name beside the standard ones (from profile files), by name. */
  private final ImmutableMap<String, PayerProfile> profiles;

  /** A provider using {@link FacetClaims#create()}. */
  public FacetClaimsOperationProvider() {
    this(FacetClaims.create());
  }

  /** A provider using the given adapter (for a custom engine, clock or limits). */
  public FacetClaimsOperationProvider(FacetClaims facet) {
    this(facet, List.of());
  }

  /**
   * A provider using the given adapter whose requests may also name {@code profiles} (for
   * example read with {@code ProfileFile.parse}) in the {@code profile} and
   * {@code facilityProfile} parameters, by their names.
   *
   * @throws IllegalArgumentException when two profiles share a name, or one has the name of a
   *     standard profile (a request naming {@code medicare-physician} always gets the standard
   *     one)
   */
  public FacetClaimsOperationProvider(FacetClaims facet, Collection<PayerProfile> profiles) {
    this.facet = Objects.requireNonNull(facet, "facet");
    this.profiles = byName(profiles);
  }

  /** Profiles by name, checked as the constructor says. */
  static ImmutableMap<String, PayerProfile> byName(Collection<PayerProfile> profiles) {
    Map<String, PayerProfile> byName = new LinkedHashMap<>();
    for (PayerProfile p : profiles) {
      if (PayerProfile.standardProfiles().containsKey(p.name())) {
        throw new IllegalArgumentException("profile '" + p.name() + "' has the name of a"
            + " standard profile; give it a name of its own");
      }
      if (byName.put(p.name(), p) != null) {
        throw new IllegalArgumentException("two profiles are named '" + p.name() + "'");
      }
    }
    return ImmutableMap.copyOf(byName);
  }

  /**
   * Called by the {@code RestfulServer} this provider is registered in, when it initialises its
   * providers: registers the interceptor that serves the operation's OperationDefinition with a
   * proper id ({@code OperationDefinition/facet-claims}) and {@code affectsState: false}, so that
   * an integrator's own server needs nothing else. Registering it twice does nothing more.
   */
  @Initialize
  public void registerOperationDefinition(RestfulServer server) {
    IInterceptorService interceptors = server.getInterceptorService();
    for (Object registered : interceptors.getAllRegisteredInterceptors()) {
      if (registered instanceof OperationDefinitionInterceptor) {
        return;
      }
    }
    interceptors.registerInterceptor(new OperationDefinitionInterceptor());
  }

  /**
   * The operation without the off-campus department (not said), for callers in Java.
   */
  public Bundle facetClaims(List<IBaseResource> resources, CodeType profile,
      BooleanType coverageChecks, CodeType abn, CodeType placeOfService, StringType state,
      StringType utn, BooleanType priorAuthorizationExempt, CodeType claims, Reference facility,
      CodeType revenueCode, BooleanType expectedPayment, CodeType facilityProfile,
      CodeType discontinued) {
    return facetClaims(resources, profile, coverageChecks, abn, placeOfService, state, utn,
        priorAuthorizationExempt, claims, facility, revenueCode, expectedPayment, facilityProfile,
        discontinued, null, null, null);
  }

  /**
   * The operation without the ABN's date, for callers in Java.
   */
  public Bundle facetClaims(List<IBaseResource> resources, CodeType profile,
      BooleanType coverageChecks, CodeType abn, CodeType placeOfService, StringType state,
      StringType utn, BooleanType priorAuthorizationExempt, CodeType claims, Reference facility,
      CodeType revenueCode, BooleanType expectedPayment, CodeType facilityProfile,
      CodeType discontinued, CodeType offCampusDepartment) {
    return facetClaims(resources, profile, coverageChecks, abn, placeOfService, state, utn,
        priorAuthorizationExempt, claims, facility, revenueCode, expectedPayment, facilityProfile,
        discontinued, offCampusDepartment, null, null);
  }

  /**
   * The operation without the type of bill (the input's Claim gives it, or none), for callers in
   * Java.
   */
  public Bundle facetClaims(List<IBaseResource> resources, CodeType profile,
      BooleanType coverageChecks, CodeType abn, CodeType placeOfService, StringType state,
      StringType utn, BooleanType priorAuthorizationExempt, CodeType claims, Reference facility,
      CodeType revenueCode, BooleanType expectedPayment, CodeType facilityProfile,
      CodeType discontinued, CodeType offCampusDepartment, DateType abnDate) {
    return facetClaims(resources, profile, coverageChecks, abn, placeOfService, state, utn,
        priorAuthorizationExempt, claims, facility, revenueCode, expectedPayment, facilityProfile,
        discontinued, offCampusDepartment, abnDate, null);
  }

  /**
   * Codes the given Procedures and Bundles, together, into Claims.
   *
   * @throws InvalidRequestException (400) for a resource that is neither a Procedure nor a
   *     Bundle, or an unknown profile
   * @throws PayloadTooLargeException (413) when the resources hold more Bundle entries than
   *     the adapter's limit
   */
  @Operation(name = OPERATION, idempotent = false)
  @Description(shortDefinition = "Codes facet joint nerve destruction into CPT-coded Claims",
      value = "Reads Procedures (alone or in Bundles with the resources they reference) and returns"
          + " a Bundle (type collection) of one Claim per session (patient, date, performer) and"
          + " an OperationOutcome of findings with stable ids.")
  public Bundle facetClaims(
      @OperationParam(name = "resource", min = 1, max = OperationParam.MAX_UNLIMITED)
      @Description(shortDefinition = "A Procedure, or a Bundle with Procedures and what they reference")
          List<IBaseResource> resources,
      @OperationParam(name = "profile", min = 0, max = 1)
      @Description(shortDefinition = "Payer profile: medicare-physician (default), rt-lt-lines,"
          + " single-line-units, medicare-thoracolumbar, or a profile the server loaded from a"
          + " file, by name")
          CodeType profile,
      @OperationParam(name = "coverageChecks", min = 0, max = 1)
      @Description(shortDefinition = "Add Medicare coverage findings (the facet LCD of the"
          + " contractor and date of service)")
          BooleanType coverageChecks,
      @OperationParam(name = "abn", min = 0, max = 1)
      @Description(shortDefinition = "With coverageChecks: on-file, none or unknown")
          CodeType abn,
      @OperationParam(name = "placeOfService", min = 0, max = 1)
      @Description(shortDefinition = "CMS place-of-service code (11 office, 19/22 hospital"
          + " outpatient, 24 ASC), for coverageChecks and facility claims")
          CodeType placeOfService,
      @OperationParam(name = "state", min = 0, max = 1)
      @Description(shortDefinition = "With coverageChecks: the state of service (USPS code or"
          + " name), over the input's Location address")
          StringType state,
      @OperationParam(name = "utn", min = 0, max = 1)
      @Description(shortDefinition = "The hospital outpatient prior authorization unique tracking"
          + " number, for the coverage checks and the hospital outpatient claim")
          StringType utn,
      @OperationParam(name = "priorAuthorizationExempt", min = 0, max = 1)
      @Description(shortDefinition = "The hospital is exempt from outpatient prior authorization"
          + " this cycle")
          BooleanType priorAuthorizationExempt,
      @OperationParam(name = "claims", min = 0, max = 1)
      @Description(shortDefinition = "professional (default), facility or both")
          CodeType claims,
      @OperationParam(name = "facility", min = 0, max = 1)
      @Description(shortDefinition = "The facility billing the facility claim (Organization)")
          Reference facility,
      @OperationParam(name = "revenueCode", min = 0, max = 1)
      @Description(shortDefinition = "Revenue code of the institutional claim's lines (4 digits)")
          CodeType revenueCode,
      @OperationParam(name = "expectedPayment", min = 0, max = 1)
      @Description(shortDefinition = "Write expected payments (default: with facility claims)")
          BooleanType expectedPayment,
      @OperationParam(name = "facilityProfile", min = 0, max = 1)
      @Description(shortDefinition = "The facility claim's profile (default: Medicare's for the"
          + " setting)")
          CodeType facilityProfile,
      @OperationParam(name = "discontinued", min = 0, max = 1)
      @Description(shortDefinition = "before-anesthesia or after-anesthesia: the session was"
          + " stopped before completion")
          CodeType discontinued,
      @OperationParam(name = "offCampusDepartment", min = 0, max = 1)
      @Description(shortDefinition = "At place of service 19: excepted (PO) or non-excepted (PN)"
          + " off-campus provider-based department")
          CodeType offCampusDepartment,
      @OperationParam(name = "abnDate", min = 0, max = 1)
      @Description(shortDefinition = "The date the beneficiary signed the facility's ABN"
          + " (occurrence code 32 on an institutional claim with GA lines)")
          DateType abnDate,
      @OperationParam(name = "typeOfBill", min = 0, max = 1)
      @Description(shortDefinition = "With coverageChecks: the NUBC type of bill of the"
          + " hospital's claim (0131 or 131), over the input's Claim")
          CodeType typeOfBill) {
    PayerProfile p = profile(profile);
    IBaseResource input = input(resources);
    CoverageOptions checks = coverageChecks(p, coverageChecks, abn, placeOfService);
    if (checks != null) {
      checks = checks.withTypeOfBill(typeOfBill(typeOfBill)).withState(value(state), "state")
          .withPriorAuthorizationUtn(value(utn))
          .withPriorAuthorizationExempt(priorAuthorizationExempt != null
              && Boolean.TRUE.equals(priorAuthorizationExempt.getValue()));
    }
    CodingOptions options = CodingOptions.of(p).withCoverageChecks(checks);
    options = facilityClaims(options, placeOfService, claims, facility, utn, revenueCode,
        expectedPayment);
    options = facilityDetails(options, facilityProfile, priorAuthorizationExempt, discontinued);
    if (offCampusDepartment != null && offCampusDepartment.getValue() != null) {
      options = options.withFacility(options.facility().withOffCampusDepartment(
          OffCampusDepartment.fromId(offCampusDepartment.getValue()).orElseThrow(
              () -> new InvalidRequestException("FCS-007: offCampusDepartment must be excepted"
                  + " or non-excepted"))));
    }
    if (abnDate != null && abnDate.getValue() != null) {
      if (abnDate.getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
        throw new InvalidRequestException("FCS-007: abnDate must be a full date, YYYY-MM-DD");
      }
      options = options.withFacility(options.facility().withAbnDate(java.time.LocalDate.of(
          abnDate.getYear(), abnDate.getMonth() + 1, abnDate.getDay())));
    }
    try {
      CodingOutput out = facet.code(input, options);
      return out.toBundle();
    } catch (InputException e) {
      if (e.kind() == InputException.Kind.TOO_MANY_RESOURCES
          || e.kind() == InputException.Kind.TOO_LARGE) {
        throw new PayloadTooLargeException("FCS-413: " + e.getMessage());
      }
      throw new InvalidRequestException("FCS-003: " + e.getMessage());
    }
  }

  /**
   * The operation without the state, prior authorization and facility-claim parameters (the
   * input's state, no tracking number, not exempt, the physician's claims only), for callers in
   * Java; HAPI binds the annotated method.
   */
  public Bundle facetClaims(List<IBaseResource> resources, CodeType profile,
      BooleanType coverageChecks, CodeType abn, CodeType placeOfService) {
    return facetClaims(resources, profile, coverageChecks, abn, placeOfService, null, null, null,
        null, null, null, null, null, null, null, null, null);
  }

  /**
   * The profile parameter: medicare-physician when absent; a standard profile or one given to
   * the constructor by name; another name is FCS-002.
   */
  private PayerProfile profile(CodeType profile) {
    if (profile == null || profile.getValue() == null) {
      return PayerProfile.MEDICARE_PHYSICIAN;
    }
    PayerProfile p = PayerProfile.byName(profile.getValue())
        .orElseGet(() -> profiles.get(profile.getValue()));
    if (p == null) {
      // The value is not repeated: error messages also go to the server log, and the log gets
      // nothing from a request body.
      throw new InvalidRequestException("FCS-002: unknown profile; use one of "
          + String.join(", ", PayerProfile.standardProfiles().keySet())
          + (profiles.isEmpty() ? "" : ", " + String.join(", ", profiles.keySet())));
    }
    return p;
  }

  /** One resource as it is; several joined into one collection Bundle (FCS-001, FCS-004). */
  private static IBaseResource input(List<IBaseResource> resources) {
    if (resources == null || resources.isEmpty()) {
      throw new InvalidRequestException("FCS-001: the parameter 'resource' is required");
    }
    if (resources.size() == 1) {
      checkType(resources.get(0), 0);
      return resources.get(0);
    }
    Bundle all = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (int i = 0; i < resources.size(); i++) {
      IBaseResource r = resources.get(i);
      checkType(r, i);
      if (r instanceof Bundle) {
        for (Bundle.BundleEntryComponent e : ((Bundle) r).getEntry()) {
          all.addEntry(e.copy());
        }
      } else {
        Resource res = (Resource) r;
        all.addEntry().setFullUrl(res.getIdElement().hasIdPart()
            ? res.fhirType() + "/" + res.getIdElement().getIdPart() : null).setResource(res);
      }
    }
    return all;
  }

  /**
   * The coverage checks, or null for none. As on the command line: on by default for the
   * Medicare profiles, and abn and placeOfService apply whenever the checks run (not only when
   * coverageChecks is sent); an abn that is not one of its values is FCS-006.
   */
  private static CoverageOptions coverageChecks(PayerProfile p, BooleanType coverageChecks,
      CodeType abn, CodeType placeOfService) {
    AbnStatus status = abn == null || abn.getValue() == null ? AbnStatus.UNKNOWN
        : AbnStatus.byCode(abn.getValue()).orElseThrow(() -> new InvalidRequestException(
            "FCS-006: abn must be on-file, none or unknown"));
    String pos = placeOfService == null ? null : placeOfService.getValue();
    if (pos != null && !PlaceOfService.isValid(pos)) {
      throw new InvalidRequestException("FCS-007: placeOfService must be a code of the CMS"
          + " place-of-service code set (two digits, such as 11, 22 or 24)");
    }
    boolean checks = coverageChecks != null && coverageChecks.getValue() != null
        ? coverageChecks.getValue() : p.medicareCoverage();
    return !checks ? null : CoverageOptions.standard().withAbn(status)
        .withPlaceOfService(pos);
  }

  /** The typeOfBill parameter's value, or null; not a type of bill: FCS-007. */
  private static String typeOfBill(CodeType typeOfBill) {
    String v = typeOfBill == null ? null : typeOfBill.getValue();
    if (v != null && !TypeOfBill.isValid(v)) {
      throw new InvalidRequestException("FCS-007: typeOfBill is not a type of bill: "
          + CoverageOptions.TYPE_OF_BILL_FORM);
    }
    return v;
  }

  /** A string parameter's value, or null. */
  private static String value(StringType t) {
    return t == null ? null : t.getValue();
  }

  /**
   * The facility-claim parameters: claims (FCS-007 when not one of its values), the setting from
   * placeOfService, the facility, the UTN, one revenue code (FCS-008 when not four digits).
   */
  private static CodingOptions facilityClaims(CodingOptions o, CodeType placeOfService,
      CodeType claims, Reference facility, StringType utn, CodeType revenueCode,
      BooleanType expectedPayment) {
    ClaimSelection selection = claims == null || claims.getValue() == null
        ? ClaimSelection.PROFESSIONAL : ClaimSelection.fromId(claims.getValue()).orElseThrow(
            () -> new InvalidRequestException("FCS-007: claims must be professional, facility"
                + " or both"));
    FacilityOptions f = FacilityOptions.standard()
        .withUtn(utn == null ? null : utn.getValue());
    if (facility != null && !facility.isEmpty()) {
      f = f.withFacility(facility);
    }
    if (revenueCode != null && revenueCode.getValue() != null) {
      try {
        f = f.withRevenueCode(revenueCode.getValue());
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("FCS-008: revenueCode must be four digits");
      }
    }
    o = o.withClaims(selection).withFacility(f).withSetting(CareSetting.fromPlaceOfService(
        placeOfService == null ? null : placeOfService.getValue()).orElse(null));
    if (expectedPayment != null && expectedPayment.getValue() != null) {
      o = o.withExpectedPayment(expectedPayment.getValue());
    }
    return o;
  }

  /**
   * The facility claim's profile (an unknown name is FCS-002, as for profile), the exemption,
   * and a discontinued session (FCS-007 when not one of its values).
   */
  private CodingOptions facilityDetails(CodingOptions o, CodeType facilityProfile,
      BooleanType exempt, CodeType discontinued) {
    FacilityOptions f = o.facility();
    if (facilityProfile != null && facilityProfile.getValue() != null) {
      f = f.withProfile(profile(facilityProfile));
    }
    if (exempt != null && exempt.getValue() != null) {
      f = f.withPriorAuthorizationExempt(exempt.getValue());
    }
    o = o.withFacility(f);
    if (discontinued != null && discontinued.getValue() != null) {
      o = o.withDiscontinued(Discontinuation.fromId(discontinued.getValue())
          .filter(Discontinuation::timed).orElseThrow(() -> new InvalidRequestException(
              "FCS-007: discontinued must be before-anesthesia or after-anesthesia")));
    }
    return o;
  }

  private static void checkType(IBaseResource r, int index) {
    if (!(r instanceof Procedure) && !(r instanceof Bundle)) {
      throw new InvalidRequestException("FCS-004: parameter 'resource' #" + (index + 1) + " is a "
          + (r == null ? "nothing" : r.fhirType()) + "; expected a Procedure or a Bundle");
    }
  }
}
