package org.facetclaims.core.codeset;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.technique.Imaging;

/**
 * One release of the facet destruction code set, valid for a range of dates of service: which
 * codes report each family, what a unit counts, whether imaging is reported separately, and the
 * dated rules that send a technique to the unlisted code 64999.
 *
 * <p>Editions are data. {@link CodeSetEditions#standard()} holds the two that CPT has had
 * (legacy 2007-2011 and current from 2012); a caller can build its own with {@link #builder}.
 * Instances are immutable and thread-safe.
 */
public final class CodeSetEdition {
  private final String id;
  private final String name;
  private final LocalDate effectiveFrom;
  private final LocalDate effectiveThrough;
  private final UnitOfService unit;
  private final ImmutableMap<JointFamily, String> primaryCodes;
  private final ImmutableMap<JointFamily, String> addOnCodes;
  private final ImmutableMap<Imaging, String> separateImagingCodes;
  private final String unlistedCode;
  private final LocalDate chemicalUnlistedFrom;
  private final Integer minimumThermalCelsius;
  private final boolean requiresFluoroscopyOrCt;
  private final ImmutableMap<String, String> descriptions;
  private final String source;

  private CodeSetEdition(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.name = Objects.requireNonNull(b.name, "name");
    this.effectiveFrom = Objects.requireNonNull(b.effectiveFrom, "effectiveFrom");
    this.effectiveThrough = b.effectiveThrough;
    this.unit = Objects.requireNonNull(b.unit, "unit");
    this.primaryCodes = ImmutableMap.copyOf(b.primaryCodes);
    this.addOnCodes = ImmutableMap.copyOf(b.addOnCodes);
    for (JointFamily f : JointFamily.values()) {
      if (!primaryCodes.containsKey(f) || !addOnCodes.containsKey(f)) {
        throw new IllegalArgumentException("Edition " + id + " needs a primary and an add-on code"
            + " for the " + f.label() + " family");
      }
    }
    this.separateImagingCodes = ImmutableMap.copyOf(b.separateImagingCodes);
    this.unlistedCode = Objects.requireNonNull(b.unlistedCode, "unlistedCode");
    this.chemicalUnlistedFrom = b.chemicalUnlistedFrom;
    this.minimumThermalCelsius = b.minimumThermalCelsius;
    this.requiresFluoroscopyOrCt = b.requiresFluoroscopyOrCt;
    this.descriptions = ImmutableMap.copyOf(b.descriptions);
    this.source = b.source == null ? "" : b.source;
    if (effectiveThrough != null && effectiveThrough.isBefore(effectiveFrom)) {
      throw new IllegalArgumentException("Edition " + id + " ends before it starts");
    }
  }

  /** A short stable identifier, for example {@code "current-2012"}. */
  public String id() {
    return id;
  }

  /** A readable name. */
  public String name() {
    return name;
  }

  /** The first date of service the edition applies to. */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** The last date of service the edition applies to, or empty while it is in force. */
  public Optional<LocalDate> effectiveThrough() {
    return Optional.ofNullable(effectiveThrough);
  }

  /** True when {@code date} falls within the edition. */
  public boolean appliesTo(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveThrough == null || !date.isAfter(effectiveThrough));
  }

  /** What a unit counts: a nerve (legacy) or a facet joint (current). */
  public UnitOfService unit() {
    return unit;
  }

  /** The primary ("single level") code of a family. */
  public String primaryCode(JointFamily family) {
    return primaryCodes.get(family);
  }

  /** The add-on ("each additional level") code of a family. */
  public String addOnCode(JointFamily family) {
    return addOnCodes.get(family);
  }

  /** The imaging codes reported separately (legacy: fluoroscopy 77003, CT 77012); empty when included. */
  public ImmutableMap<Imaging, String> separateImagingCodes() {
    return separateImagingCodes;
  }

  /** The unlisted procedure code, 64999. */
  public String unlistedCode() {
    return unlistedCode;
  }

  /** From this date chemical neurolysis is reported with 64999; empty when it never is. */
  public Optional<LocalDate> chemicalUnlistedFrom() {
    return Optional.ofNullable(chemicalUnlistedFrom);
  }

  /** Conventional thermal RF documented below this temperature goes to 64999; empty for no limit. */
  public Optional<Integer> minimumThermalCelsius() {
    return Optional.ofNullable(minimumThermalCelsius);
  }

  /** True when guidance other than fluoroscopy or CT leads to 64999. */
  public boolean requiresFluoroscopyOrCt() {
    return requiresFluoroscopyOrCt;
  }

  /** Every code this edition can emit. */
  public ImmutableSet<String> codes() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    b.addAll(primaryCodes.values()).addAll(addOnCodes.values()).addAll(separateImagingCodes.values());
    return b.add(unlistedCode).build();
  }

  /** The library's own short description of a code (never AMA descriptor text). */
  public String describe(String code) {
    return descriptions.getOrDefault(code, code);
  }

  /** Where the edition's facts come from. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return id;
  }

  /** A builder for a caller-defined edition. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link CodeSetEdition}. Not thread-safe; the edition it builds is. */
  public static final class Builder {
    private final String id;
    private String name;
    private LocalDate effectiveFrom;
    private LocalDate effectiveThrough;
    private UnitOfService unit;
    private final Map<JointFamily, String> primaryCodes = new EnumMap<>(JointFamily.class);
    private final Map<JointFamily, String> addOnCodes = new EnumMap<>(JointFamily.class);
    private final Map<Imaging, String> separateImagingCodes = new EnumMap<>(Imaging.class);
    private String unlistedCode = "64999";
    private LocalDate chemicalUnlistedFrom;
    private Integer minimumThermalCelsius;
    private boolean requiresFluoroscopyOrCt;
    private final Map<String, String> descriptions = new java.util.LinkedHashMap<>();
    private String source;

    private Builder(String id) {
      this.id = id;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Dates of service from {@code from} through {@code through} (null: still in force). */
    public Builder effective(LocalDate from, LocalDate through) {
      this.effectiveFrom = from;
      this.effectiveThrough = through;
      return this;
    }

    public Builder unit(UnitOfService unit) {
      this.unit = unit;
      return this;
    }

    /** The primary and add-on codes of a family, with their short descriptions. */
    public Builder family(JointFamily family, String primary, String primaryDescription,
        String addOn, String addOnDescription) {
      primaryCodes.put(family, primary);
      addOnCodes.put(family, addOn);
      descriptions.put(primary, primaryDescription);
      descriptions.put(addOn, addOnDescription);
      return this;
    }

    /** An imaging code reported separately, one unit per session. */
    public Builder separateImaging(Imaging imaging, String code, String description) {
      separateImagingCodes.put(imaging, code);
      descriptions.put(code, description);
      return this;
    }

    public Builder unlisted(String code, String description) {
      this.unlistedCode = code;
      descriptions.put(code, description);
      return this;
    }

    public Builder chemicalUnlistedFrom(LocalDate date) {
      this.chemicalUnlistedFrom = date;
      return this;
    }

    public Builder minimumThermalCelsius(Integer celsius) {
      this.minimumThermalCelsius = celsius;
      return this;
    }

    public Builder requiresFluoroscopyOrCt(boolean requires) {
      this.requiresFluoroscopyOrCt = requires;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Builds the edition.
     *
     * @throws IllegalArgumentException when a family lacks its codes or the dates are reversed
     * @throws NullPointerException when the name, start date or unit is missing
     */
    public CodeSetEdition build() {
      return new CodeSetEdition(this);
    }
  }
}
