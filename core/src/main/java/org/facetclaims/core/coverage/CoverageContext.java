package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the coverage checks need to know beyond the coded session: the {@link PatientHistory}
 * (unknown by default), the ICD-10-CM diagnoses, the place of service and type of bill
 * (optional), whether an ABN is on file (unknown by default), the state where the service was
 * furnished (it chooses the Medicare contractor and so the policy; see {@code
 * org.facetclaims.core.medicare.MedicareCoverage}), and the hospital outpatient prior
 * authorization tracking number or exemption. Immutable.
 *
 * <pre>{@code
 * CoverageContext c = CoverageContext.builder()
 *     .history(PatientHistory.none())
 *     .diagnosis("M47.816")
 *     .placeOfService("22")
 *     .abn(AbnStatus.ON_FILE)
 *     .build();
 * }</pre>
 */
public final class CoverageContext {
  private static final CoverageContext UNKNOWN = builder().build();

  private final PatientHistory history;
  private final ImmutableList<String> diagnoses;
  private final String placeOfService;
  private final AbnStatus abn;
  private final ImmutableList<StateInput> states;
  private final String typeOfBill;
  private final String priorAuthorizationUtn;
  private final boolean priorAuthorizationExempt;
  private final ImmutableList<String> sameDayCodes;

  private CoverageContext(Builder b) {
    this.history = b.history;
    this.diagnoses = ImmutableList.copyOf(b.diagnoses);
    this.placeOfService = b.placeOfService;
    this.abn = b.abn;
    this.states = ImmutableList.copyOf(b.states);
    this.typeOfBill = b.typeOfBill;
    this.priorAuthorizationUtn = b.priorAuthorizationUtn;
    this.priorAuthorizationExempt = b.priorAuthorizationExempt;
    this.sameDayCodes = ImmutableList.copyOf(b.sameDayCodes);
  }

  /**
   * A state of service as the input gave it, with the element it came from (a FHIR path, a
   * command-line flag, a claim column), so that a finding can name it.
   */
  public record StateInput(String value, String element, Locality locality) {
    public StateInput {
      java.util.Objects.requireNonNull(value, "value");
      java.util.Objects.requireNonNull(element, "element");
    }

    /** A state without the address's locality. */
    public StateInput(String value, String element) {
      this(value, element, null);
    }

    /** The address's city, county and postal code, when the input gave any. */
    public Optional<Locality> localityIfKnown() {
      return Optional.ofNullable(locality);
    }
  }

  /**
   * Where in the state, as the address of the place of service says it: the city, the county
   * (FHIR {@code Address.district}) and the postal code, each null when not given. It settles
   * the contractor where the state alone cannot (Northern Virginia's Part B claims go to
   * another jurisdiction than the rest of Virginia's).
   *
   * @param city the city, or null
   * @param county the county, or null
   * @param postalCode the ZIP code, or null
   */
  public record Locality(String city, String county, String postalCode) {
    /** True when nothing is given. */
    public boolean isEmpty() {
      return blank(city) && blank(county) && blank(postalCode);
    }

    private static boolean blank(String v) {
      return v == null || v.isBlank();
    }
  }

  /** A context where nothing is known: history unknown, no diagnoses, no place, ABN unknown. */
  public static CoverageContext unknown() {
    return UNKNOWN;
  }

  /** A builder; everything starts unknown. */
  public static Builder builder() {
    return new Builder();
  }

  /** The patient's history; {@link PatientHistory#unknown()} when not supplied. */
  public PatientHistory history() {
    return history;
  }

  /** The ICD-10-CM diagnoses as given (with or without the dot), in order. */
  public ImmutableList<String> diagnoses() {
    return diagnoses;
  }

  /** The CMS place-of-service code ("11", "19", "22", ...), if known. */
  public Optional<String> placeOfService() {
    return Optional.ofNullable(placeOfService);
  }

  /** Whether an ABN is on file. */
  public AbnStatus abn() {
    return abn;
  }

  /**
   * The states of service the input gave, in input order (several when several elements name
   * one; they must agree). Empty when unknown.
   */
  public ImmutableList<StateInput> statesOfService() {
    return states;
  }

  /**
   * The type of bill as given ("0131", "131", "13X"), if the session is billed on an
   * institutional claim.
   */
  public Optional<String> typeOfBill() {
    return Optional.ofNullable(typeOfBill);
  }

  /** The prior authorization unique tracking number (UTN), if the input carries one. */
  public Optional<String> priorAuthorizationUtn() {
    return Optional.ofNullable(priorAuthorizationUtn);
  }

  /**
   * True when the caller says the hospital is exempt from OPD prior authorization this cycle
   * (at least 90 % affirmation on at least 10 requests); the library cannot know it.
   */
  public boolean priorAuthorizationExempt() {
    return priorAuthorizationExempt;
  }

  /**
   * CPT or HCPCS codes of other services to the patient on the date of service that are not on
   * the claim's lines (a sedation or anesthesia record), upper case, in input order; the
   * sedation review reads them with the claim's other lines.
   */
  public ImmutableList<String> sameDayCodes() {
    return sameDayCodes;
  }

  /** A builder starting from this context. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.history = history;
    b.diagnoses.addAll(diagnoses);
    b.placeOfService = placeOfService;
    b.abn = abn;
    b.states.addAll(states);
    b.typeOfBill = typeOfBill;
    b.priorAuthorizationUtn = priorAuthorizationUtn;
    b.priorAuthorizationExempt = priorAuthorizationExempt;
    b.sameDayCodes.addAll(sameDayCodes);
    return b;
  }

  @Override
  public String toString() {
    return history + ", diagnoses " + diagnoses + ", place of service "
        + (placeOfService == null ? "unknown" : placeOfService) + ", " + abn.label();
  }

  /** Builds a {@link CoverageContext}. Not thread-safe. */
  public static final class Builder {
    private PatientHistory history = PatientHistory.unknown();
    private final List<String> diagnoses = new ArrayList<>();
    private String placeOfService;
    private AbnStatus abn = AbnStatus.UNKNOWN;
    private final List<StateInput> states = new ArrayList<>(1);
    private String typeOfBill;
    private String priorAuthorizationUtn;
    private boolean priorAuthorizationExempt;
    private final List<String> sameDayCodes = new ArrayList<>(0);

    private Builder() {}

    /**
     * Adds the code of another service to the patient on the date of service that is not on
     * the claim (for example 99152 from a sedation record); blank values are skipped.
     */
    public Builder sameDayCode(String code) {
      if (code != null && !code.isBlank()) {
        sameDayCodes.add(code.strip().toUpperCase(java.util.Locale.ROOT));
      }
      return this;
    }

    /**
     * Adds the state where the service was furnished, as the input gives it (USPS code such as
     * "OH", or a name such as "Ohio"), with the element it came from, for example {@code
     * "Location/loc-1.address.state"}. Blank values are skipped. Call it once per element that
     * names a state: values that disagree give a finding, not a guess.
     */
    public Builder stateOfService(String value, String element) {
      return stateOfService(value, element, null);
    }

    /**
     * {@link #stateOfService(String, String)} with the address's locality (city, county,
     * postal code), which settles the contractor of a state whose claims go to two (Virginia);
     * null or empty: the state alone.
     */
    public Builder stateOfService(String value, String element, Locality locality) {
      if (value != null && !value.isBlank()) {
        states.add(new StateInput(value.strip(), element == null ? "state" : element,
            locality == null || locality.isEmpty() ? null : locality));
      }
      return this;
    }

    /** The type of bill of an institutional claim ("0131" hospital outpatient); null: none. */
    public Builder typeOfBill(String code) {
      this.typeOfBill = code == null || code.isBlank() ? null : code.strip();
      return this;
    }

    /** The prior authorization unique tracking number (UTN); null: none given. */
    public Builder priorAuthorizationUtn(String utn) {
      this.priorAuthorizationUtn = utn == null || utn.isBlank() ? null : utn.strip();
      return this;
    }

    /** Whether the hospital is exempt from OPD prior authorization this cycle (default false). */
    public Builder priorAuthorizationExempt(boolean exempt) {
      this.priorAuthorizationExempt = exempt;
      return this;
    }

    /** The patient's history (default {@link PatientHistory#unknown()}). */
    public Builder history(PatientHistory history) {
      this.history = Objects.requireNonNull(history, "history");
      return this;
    }

    /** Adds ICD-10-CM diagnoses, for example "M47.816" or "M47816". */
    public Builder diagnosis(String... codes) {
      for (String c : codes) {
        diagnoses.add(Objects.requireNonNull(c, "diagnosis"));
      }
      return this;
    }

    /** Adds ICD-10-CM diagnoses. */
    public Builder diagnoses(Collection<String> codes) {
      for (String c : codes) {
        diagnoses.add(Objects.requireNonNull(c, "diagnosis"));
      }
      return this;
    }

    /**
     * The CMS place-of-service code, for example "11" (office), "19" or "22" (hospital
     * outpatient); null for unknown.
     */
    public Builder placeOfService(String code) {
      this.placeOfService = code == null || code.isBlank() ? null : code.strip();
      return this;
    }

    /** Whether an ABN is on file (default {@link AbnStatus#UNKNOWN}). */
    public Builder abn(AbnStatus abn) {
      this.abn = Objects.requireNonNull(abn, "abn");
      return this;
    }

    public CoverageContext build() {
      return new CoverageContext(this);
    }
  }
}
