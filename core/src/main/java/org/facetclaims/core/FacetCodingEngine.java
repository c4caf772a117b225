package org.facetclaims.core;

import java.time.Clock;
import java.util.Objects;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.payer.PayerProfile;

/**
 * Codes facet joint nerve destruction sessions into CPT claim lines. The engine holds its data
 * (code-set editions, edit tables) and a clock; it is immutable and safe to share across threads:
 * build one and keep it.
 *
 * <pre>{@code
 * FacetCodingEngine engine = FacetCodingEngine.standard();
 * CodingSession session = CodingSession.of(LocalDate.of(2026, 2, 2),
 *     DocumentedProcedure.builder(Technique.thermalRf(80))
 *         .imaging(Imaging.FLUOROSCOPY)
 *         .joint("L4-L5", Laterality.BILATERAL)
 *         .joint("L5-S1", Laterality.BILATERAL)
 *         .build());
 * CodingResult result = engine.code(session, PayerProfile.MEDICARE_PHYSICIAN);
 * result.lines();      // [64635-50 x1, 64636-50 x1]
 * result.findings();   // []
 * result.explain();    // lines with their rationale, findings, steps
 * }</pre>
 */
public final class FacetCodingEngine {
  private static final FacetCodingEngine STANDARD = builder().build();

  private final CodingPipeline pipeline;
  private final PayerProfile defaultProfile;

  private FacetCodingEngine(Builder b) {
    this.pipeline = new CodingPipeline(b.editions, b.editTables, b.clock);
    this.defaultProfile = b.defaultProfile;
  }

  /** An engine with the standard editions, the bundled edit tables and the system clock (UTC). */
  public static FacetCodingEngine standard() {
    return STANDARD;
  }

  /** A builder to configure editions, edit tables, the clock and the default profile. */
  public static Builder builder() {
    return new Builder();
  }

  /** Codes a session under the engine's default profile ({@code medicare-physician} unless set). */
  public CodingResult code(CodingSession session) {
    return code(session, defaultProfile);
  }

  /**
   * Codes a session under a payer profile. Never throws for clinical content: what cannot be
   * coded becomes a {@link Finding}.
   *
   * @throws NullPointerException when the session or profile is null
   */
  public CodingResult code(CodingSession session, PayerProfile profile) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(profile, "profile");
    return pipeline.code(session, profile);
  }

  /** The code-set editions the engine chooses from. */
  public CodeSetEditions editions() {
    return pipeline.editions();
  }

  /** The edit tables the engine checks. */
  public EditTables editTables() {
    return pipeline.edits();
  }

  /** The profile used by {@link #code(CodingSession)}. */
  public PayerProfile defaultProfile() {
    return defaultProfile;
  }

  /** Configures a {@link FacetCodingEngine}. Not thread-safe; the engine it builds is. */
  public static final class Builder {
    private CodeSetEditions editions = CodeSetEditions.standard();
    private EditTables editTables = EditTables.bundled();
    private Clock clock = Clock.systemUTC();
    private PayerProfile defaultProfile = PayerProfile.MEDICARE_PHYSICIAN;

    private Builder() {}

    /** The editions to choose from by date of service (default: the standard two). */
    public Builder editions(CodeSetEditions editions) {
      this.editions = Objects.requireNonNull(editions, "editions");
      return this;
    }

    /** The MUE and PTP tables (default: the bundled ones; use CMS's quarterly files here). */
    public Builder editTables(EditTables editTables) {
      this.editTables = Objects.requireNonNull(editTables, "editTables");
      return this;
    }

    /** The clock that decides what "in the future" means (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The profile used when none is given (default: {@code medicare-physician}). */
    public Builder defaultProfile(PayerProfile profile) {
      this.defaultProfile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    public FacetCodingEngine build() {
      return new FacetCodingEngine(this);
    }
  }
}
