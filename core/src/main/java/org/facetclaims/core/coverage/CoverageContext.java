package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the coverage checks need to know beyond the coded session: the {@link PatientHistory}
 * (unknown by default), the ICD-10-CM diagnoses, the place of service (optional) and whether an
 * ABN is on file (unknown by default). Immutable.
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

  private CoverageContext(Builder b) {
    this.history = b.history;
    this.diagnoses = ImmutableList.copyOf(b.diagnoses);
    this.placeOfService = b.placeOfService;
    this.abn = b.abn;
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

  /** A builder starting from this context. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.history = history;
    b.diagnoses.addAll(diagnoses);
    b.placeOfService = placeOfService;
    b.abn = abn;
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

    private Builder() {}

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
