package org.facetclaims.core.payer;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a payer asks of a facet destruction claim beyond CPT itself: the {@link BillingConvention},
 * payer options, the claim type and place-of-service facts that change lines. Immutable and
 * thread-safe; build your own with {@link #builder(String)} or start from a standard profile with
 * {@link #toBuilder(String)}.
 *
 * <pre>{@code
 * PayerProfile p = PayerProfile.byName("rt-lt-lines").orElseThrow();
 * PayerProfile cgs = PayerProfile.MEDICARE_PHYSICIAN.toBuilder("my-mac")
 *     .thoracolumbarJunctionAsLumbar(true).build();
 * }</pre>
 */
public final class PayerProfile {
  /** Default: Medicare professional claims, modifier 50 on bilateral levels. */
  public static final PayerProfile MEDICARE_PHYSICIAN = builder("medicare-physician")
      .description("Medicare professional claim: bilateral joint levels with modifier 50")
      .convention(BillingConvention.MODIFIER_50)
      .medicareCoverage(true)
      .paymentSystem(PaymentSystem.MPFS)
      .build();

  /** Each side on its own lines with RT/LT (ASC facility claims, many commercial payers). */
  public static final PayerProfile RT_LT_LINES = builder("rt-lt-lines")
      .description("Each side on its own lines with RT or LT (ASC facility claims, many commercial payers)")
      .convention(BillingConvention.RT_LT_LINES)
      .mueEdits(false)
      .build();

  /** One line per code with all units, RT and LT together (some commercial payers). */
  public static final PayerProfile SINGLE_LINE_UNITS = builder("single-line-units")
      .description("One line per code with all units, RT and LT together (some commercial payers)")
      .convention(BillingConvention.SINGLE_LINE_UNITS)
      .mueEdits(false)
      .build();

  /**
   * Medicare professional claims under a contractor that counts contiguous T12-L1 and L1-L2 as
   * one session (64633 with 64636): the thoracolumbar-junction option on.
   */
  public static final PayerProfile MEDICARE_THORACOLUMBAR = MEDICARE_PHYSICIAN
      .toBuilder("medicare-thoracolumbar")
      .description("Medicare professional claim under a contractor that codes contiguous T12-L1"
          + " and L1-L2 as 64633 + 64636 (CGS A58364, NGS)")
      .thoracolumbarJunctionAsLumbar(true)
      .build();

  /**
   * Medicare professional claims (modifier 50) with coverage modifiers on: a line that the
   * coverage checks find not covered gets GA when the caller says an ABN is on file, GZ when it
   * says none is (coding-rules §6).
   */
  public static final PayerProfile MEDICARE_PHYSICIAN_ABN = MEDICARE_PHYSICIAN
      .toBuilder("medicare-physician-abn")
      .description("Medicare professional claim with coverage modifiers: GA (ABN on file) or GZ"
          + " (no ABN) on lines the LCD coverage checks find not covered")
      .coverageModifiers(true)
      .build();

  /**
   * The hospital outpatient department's own claim to Medicare (OPPS): institutional (type of
   * bill 0131), modifier 50 with quantity 1 on every bilateral line ({@code modifier-50-per-line}),
   * discontinued procedures with 73/74. Its MUEs and PTP pairs are CMS's outpatient-hospital
   * data sets ({@link #outpatientHospitalEdits()}), which are not bundled: loaded by the caller,
   * never the practitioner values (facility-claims spec R-OPH-MUE-1, R-OPH-PTP-1).
   */
  public static final PayerProfile MEDICARE_OPPS = builder("medicare-opps")
      .description("Medicare hospital outpatient (OPPS) facility claim: institutional, type of"
          + " bill 0131, modifier 50 with quantity 1 on every bilateral line")
      .convention(BillingConvention.MODIFIER_50_PER_LINE)
      .claimType(ClaimType.INSTITUTIONAL)
      .facilityClaim(true)
      .paymentSystem(PaymentSystem.OPPS)
      .outpatientHospitalEdits(true)
      .build();

  /**
   * The ambulatory surgical center's own claim to Medicare: professional format with place of
   * service 24, each side of a bilateral code on its own RT or LT line (modifier 50 is not
   * recognised for ASC payment), discontinued procedures with 73/74. MUEs are not checked: the
   * practitioner values assume modifier-50 reporting (facility-claims spec R-ASC-MUE-1).
   */
  public static final PayerProfile MEDICARE_ASC = builder("medicare-asc")
      .description("Medicare ASC facility claim: professional format, POS 24, RT and LT lines")
      .convention(BillingConvention.RT_LT_LINES)
      .facilityClaim(true)
      .paymentSystem(PaymentSystem.ASC)
      .mueEdits(false)
      .build();

  /**
   * An ASC's claim to a commercial payer that wants UB-04 (type of bill 0831, revenue code
   * 0490) with modifier 50 on the second of two lines of a bilateral code.
   */
  public static final PayerProfile COMMERCIAL_ASC_UB04 = builder("commercial-asc-ub04")
      .description("Commercial ASC facility claim on UB-04: type of bill 0831, a bilateral code"
          + " on two lines with 50 on the second")
      .convention(BillingConvention.FIFTY_ON_SECOND_LINE)
      .claimType(ClaimType.INSTITUTIONAL)
      .facilityClaim(true)
      .mueEdits(false)
      .build();

  private static final ImmutableMap<String, PayerProfile> STANDARD;

  static {
    Map<String, PayerProfile> m = new LinkedHashMap<>();
    for (PayerProfile p : new PayerProfile[] {
        MEDICARE_PHYSICIAN, RT_LT_LINES, SINGLE_LINE_UNITS, MEDICARE_THORACOLUMBAR,
        MEDICARE_PHYSICIAN_ABN, MEDICARE_OPPS, MEDICARE_ASC, COMMERCIAL_ASC_UB04}) {
      m.put(p.name(), p);
    }
    STANDARD = ImmutableMap.copyOf(m);
  }

  private final String name;
  private final String description;
  private final BillingConvention convention;
  private final boolean thoracolumbarJunctionAsLumbar;
  private final boolean facilityPlaceOfService;
  private final ClaimType claimType;
  private final boolean mueEdits;
  private final boolean coverageModifiers;
  private final boolean medicareCoverage;
  private final boolean facilityClaim;
  private final PaymentSystem paymentSystem;
  private final boolean outpatientHospitalEdits;

  private PayerProfile(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A profile needs a name");
    }
    this.description = b.description == null ? name : b.description;
    this.convention = Objects.requireNonNull(b.convention, "convention");
    this.thoracolumbarJunctionAsLumbar = b.thoracolumbarJunctionAsLumbar;
    this.facilityPlaceOfService = b.facilityPlaceOfService;
    this.claimType = Objects.requireNonNull(b.claimType, "claimType");
    this.mueEdits = b.mueEdits;
    this.coverageModifiers = b.coverageModifiers;
    this.medicareCoverage = b.medicareCoverage;
    this.facilityClaim = b.facilityClaim;
    this.paymentSystem = Objects.requireNonNull(b.paymentSystem, "paymentSystem");
    this.outpatientHospitalEdits = b.outpatientHospitalEdits;
  }

  /** The standard profile with this name: {@code medicare-physician}, {@code rt-lt-lines}, ... */
  public static Optional<PayerProfile> byName(String name) {
    return Optional.ofNullable(name == null ? null : STANDARD.get(name));
  }

  /** The standard profiles by name, default first. */
  public static ImmutableMap<String, PayerProfile> standardProfiles() {
    return STANDARD;
  }

  /** The profile's stable name. */
  public String name() {
    return name;
  }

  /** What the profile is for. */
  public String description() {
    return description;
  }

  /** How lines are laid out. */
  public BillingConvention convention() {
    return convention;
  }

  /**
   * Payer option, not CPT (off by default): contiguous T12-L1 and L1-L2 are counted as one
   * session, coded 64633 for T12-L1 with the lumbar joints as 64636 add-on units and no 64635.
   */
  public boolean thoracolumbarJunctionAsLumbar() {
    return thoracolumbarJunctionAsLumbar;
  }

  /**
   * True when the claim is for a facility place of service, so that the physician bills only the
   * professional component of separately reported imaging (legacy 77003/77012 take modifier 26).
   */
  public boolean facilityPlaceOfService() {
    return facilityPlaceOfService;
  }

  /** The claim type. */
  public ClaimType claimType() {
    return claimType;
  }

  /**
   * True when the engine's MUE table is checked for this profile. The Medicare practitioner values
   * assume modifier-50 reporting (a bilateral level is one unit); the {@code rt-lt-lines} and
   * {@code single-line-units} layouts report it as two units, so their standard profiles leave
   * the Medicare table off. Procedure-to-procedure pairs are always checked.
   */
  public boolean mueEdits() {
    return mueEdits;
  }

  /**
   * True when lines that the coverage checks ({@code org.facetclaims.core.coverage}) find not
   * covered get a coverage modifier: GA with an ABN on file, GZ without one. Off in every standard
   * profile except {@code medicare-physician-abn}; the codes themselves never change.
   */
  public boolean coverageModifiers() {
    return coverageModifiers;
  }

  /**
   * True when the Medicare coverage checks (the 2021 facet joint intervention LCDs, coding-rules
   * §6) run by default for this profile: on for the Medicare profiles, off for the commercial
   * layouts. A caller can still turn them on or off per call.
   */
  public boolean medicareCoverage() {
    return medicareCoverage;
  }

  /**
   * True for the facility's own claim (a hospital outpatient department's or an ASC's): a
   * discontinued procedure takes 73 or 74 there, 53 on the physician's claim (facility-claims
   * spec R-HOPD-MOD-6, R-PRO-4). False in every physician profile.
   */
  public boolean facilityClaim() {
    return facilityClaim;
  }

  /**
   * How the claim is paid, which chooses the fee data of an expected-payment estimate: MPFS for
   * {@code medicare-physician} and its variants, OPPS and ASC for the Medicare facility
   * profiles, {@link PaymentSystem#CONTRACT} (no estimate) for the commercial layouts.
   */
  public PaymentSystem paymentSystem() {
    return paymentSystem;
  }

  /**
   * True when the claim's units and pairs are checked against CMS's outpatient-hospital data
   * sets (the Outpatient Hospital Services MUE table and the hospital PTP edits, {@code
   * ccioph}) rather than the practitioner ones: the hospital outpatient (OPPS) claim. Those sets
   * are not bundled; without them the claim's MUEs and pairs are not checked and finding FC-730
   * says so. False for physician and ASC claims (ASCs are edited with the practitioner sets).
   */
  public boolean outpatientHospitalEdits() {
    return outpatientHospitalEdits;
  }

  /** A builder starting from this profile's settings, under a new name. */
  public Builder toBuilder(String newName) {
    Builder b = new Builder(newName);
    b.description = description;
    b.convention = convention;
    b.thoracolumbarJunctionAsLumbar = thoracolumbarJunctionAsLumbar;
    b.facilityPlaceOfService = facilityPlaceOfService;
    b.claimType = claimType;
    b.mueEdits = mueEdits;
    b.coverageModifiers = coverageModifiers;
    b.medicareCoverage = medicareCoverage;
    b.facilityClaim = facilityClaim;
    b.paymentSystem = paymentSystem;
    b.outpatientHospitalEdits = outpatientHospitalEdits;
    return b;
  }

  /** A builder for a new profile (convention modifier-50, professional claims by default). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Builds a {@link PayerProfile}. */
  public static final class Builder {
    private final String name;
    private String description;
    private BillingConvention convention = BillingConvention.MODIFIER_50;
    private boolean thoracolumbarJunctionAsLumbar;
    private boolean facilityPlaceOfService;
    private ClaimType claimType = ClaimType.PROFESSIONAL;
    private boolean mueEdits = true;
    private boolean coverageModifiers;
    private boolean medicareCoverage;
    private boolean facilityClaim;
    private PaymentSystem paymentSystem = PaymentSystem.CONTRACT;
    private boolean outpatientHospitalEdits;

    private Builder(String name) {
      this.name = name;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder convention(BillingConvention convention) {
      this.convention = convention;
      return this;
    }

    public Builder thoracolumbarJunctionAsLumbar(boolean on) {
      this.thoracolumbarJunctionAsLumbar = on;
      return this;
    }

    public Builder facilityPlaceOfService(boolean facility) {
      this.facilityPlaceOfService = facility;
      return this;
    }

    public Builder claimType(ClaimType claimType) {
      this.claimType = claimType;
      return this;
    }

    /** Whether the engine's MUE table is checked (default true). */
    public Builder mueEdits(boolean check) {
      this.mueEdits = check;
      return this;
    }

    /**
     * Whether non-covered lines get GA or GZ (default false; coding-rules §6). The coverage
     * checker decides which lines are not covered; the caller says whether an ABN is on file.
     */
    /** Whether the Medicare coverage checks run by default (default false). */
    public Builder medicareCoverage(boolean on) {
      this.medicareCoverage = on;
      return this;
    }

    /** Whether this is the facility's own claim (73/74 rather than 53; default false). */
    public Builder facilityClaim(boolean facility) {
      this.facilityClaim = facility;
      return this;
    }

    /** How the claim is paid (default {@link PaymentSystem#CONTRACT}: no estimate). */
    public Builder paymentSystem(PaymentSystem system) {
      this.paymentSystem = Objects.requireNonNull(system, "system");
      return this;
    }

    /**
     * Whether MUEs and PTP pairs are checked against the outpatient-hospital data sets instead
     * of the practitioner ones (default false).
     */
    public Builder outpatientHospitalEdits(boolean on) {
      this.outpatientHospitalEdits = on;
      return this;
    }

    public Builder coverageModifiers(boolean on) {
      this.coverageModifiers = on;
      return this;
    }

    public PayerProfile build() {
      return new PayerProfile(this);
    }
  }
}
