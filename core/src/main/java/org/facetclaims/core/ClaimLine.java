package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.codeset.UnitSet;

/**
 * One CPT claim line: code, modifiers, quantity and date of service, with its plain description
 * and its {@link Rationale}. A 64999 line also carries its {@link #comparator() comparator}: the
 * lines a thermal procedure under fluoroscopy would have had, for pricing (information, not
 * billed). Immutable.
 */
public final class ClaimLine {
  private final String code;
  private final LineKind kind;
  private final JointFamily family;
  private final ImmutableList<Modifier> modifiers;
  private final int quantity;
  private final LocalDate dateOfService;
  private final String description;
  private final ImmutableList<ClaimLine> comparator;
  private final SidedUnits units;
  private final ImmutableList<String> rules;
  private final ProcedureSet procedures;
  private volatile Rationale rationale;

  private ClaimLine(Builder b) {
    this.code = b.code;
    this.kind = b.kind;
    this.family = b.family;
    this.modifiers = b.modifiers;
    this.quantity = b.quantity;
    this.dateOfService = b.dateOfService;
    this.description = b.description;
    this.comparator = b.comparator;
    this.units = b.units;
    this.rules = b.rules;
    this.procedures = b.procedures;
  }

  /**
   * A line of {@code code} in the role {@code kind}; the engine's steps build lines, callers
   * read them.
   */
  static Builder builder(String code, LineKind kind) {
    return new Builder(code, kind);
  }

  /** The CPT code, for example {@code "64635"}. */
  public String code() {
    return code;
  }

  /** The CPT code system URI. */
  public String codeSystem() {
    return Modifier.CPT_SYSTEM;
  }

  public LineKind kind() {
    return kind;
  }

  /** The joint family, for facet lines (empty for imaging lines). */
  public Optional<JointFamily> family() {
    return Optional.ofNullable(family);
  }

  /** The modifiers in claim order. */
  public ImmutableList<Modifier> modifiers() {
    return modifiers;
  }

  /** The units of service. */
  public int quantity() {
    return quantity;
  }

  public LocalDate dateOfService() {
    return dateOfService;
  }

  /**
   * A plain description: the library's short description of the code, and for 64999 what was
   * done (method, agent, joints and sides, imaging) and the comparator.
   */
  public String description() {
    return description;
  }

  /** For a 64999 line, the lines that would apply to a thermal procedure under fluoroscopy. */
  public ImmutableList<ClaimLine> comparator() {
    return comparator;
  }

  /**
   * The positions (0-based) of the session's procedures that this line codes, in order; the
   * adapter uses them for {@code procedureSequence}.
   */
  public ImmutableList<Integer> procedureIndexes() {
    return procedures.indexes();
  }

  /** The procedures this line codes, for the engine's own steps. */
  ProcedureSet procedures() {
    return procedures;
  }

  /** Why the line is what it is. */
  public Rationale rationale() {
    Rationale r = rationale;
    if (r == null) {
      ImmutableList.Builder<String> covered = ImmutableList.builder();
      addCovered(covered, units.right(), "right ");
      addCovered(covered, units.left(), "left ");
      addCovered(covered, units.unsided(), "side not documented: ");
      r = new Rationale(covered.build(), rules);
      rationale = r;
    }
    return r;
  }

  private static void addCovered(ImmutableList.Builder<String> out, UnitSet units, String prefix) {
    for (String label : units.labels()) {
      out.add(prefix + label);
    }
  }

  /**
   * The units of service this line covers on each side: facet joints, or nerves for a legacy
   * (2007-2011) line; none for an imaging line. A 64999 line covers the units it describes.
   */
  public SidedUnits units() {
    return units;
  }

  /**
   * The facet joints this line covers on one side: {@link Laterality#RIGHT}, {@link
   * Laterality#LEFT}, or {@link Laterality#UNKNOWN} for joints coded without a side ({@link
   * Laterality#BILATERAL} gives the joints covered on both sides). Empty for lines whose units are
   * nerves (legacy edition) and for imaging lines.
   */
  public ImmutableSet<FacetJoint> joints(Laterality side) {
    return units.side(side).joints();
  }

  /**
   * Every facet joint this line covers, whatever the side (a bilateral joint level once), in
   * spinal order. Empty for nerve-unit (legacy) lines and imaging lines.
   */
  public ImmutableSet<FacetJoint> joints() {
    return units.anySide().joints();
  }

  /**
   * This line with {@code modifier} after its own and {@code rule} after its rules (a
   * discontinued procedure's 53, 73 or 74).
   */
  ClaimLine withModifier(Modifier modifier, String rule) {
    return new Builder(code, kind).family(family)
        .modifiers(ImmutableList.<Modifier>builder().addAll(modifiers).add(modifier).build())
        .quantity(quantity).dateOfService(dateOfService).description(description)
        .comparator(comparator).covering(units)
        .rules(ImmutableList.<String>builder().addAll(rules).add(rule).build())
        .coding(procedures).build();
  }

  /** The line as a coder writes it: {@code 64635-50 x1}. */
  public String notation() {
    StringBuilder sb = new StringBuilder(code);
    for (Modifier m : modifiers) {
      sb.append('-').append(m.code());
    }
    return sb.append(" x").append(quantity).toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ClaimLine)) {
      return false;
    }
    ClaimLine l = (ClaimLine) o;
    return code.equals(l.code) && kind == l.kind && family == l.family
        && modifiers.equals(l.modifiers) && quantity == l.quantity
        && dateOfService.equals(l.dateOfService) && description.equals(l.description)
        && comparator.equals(l.comparator) && units.equals(l.units)
        && procedures.equals(l.procedures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, kind, family, modifiers, quantity, dateOfService, units, procedures);
  }

  @Override
  public String toString() {
    return notation();
  }

  /** Builds a {@link ClaimLine}; every part but the code and kind has a default. */
  static final class Builder {
    private final String code;
    private final LineKind kind;
    private JointFamily family;
    private ImmutableList<Modifier> modifiers = ImmutableList.of();
    private int quantity = 1;
    private LocalDate dateOfService;
    private String description;
    private ImmutableList<ClaimLine> comparator = ImmutableList.of();
    private SidedUnits units = SidedUnits.none(UnitOfService.JOINT);
    private ImmutableList<String> rules = ImmutableList.of();
    private ProcedureSet procedures = ProcedureSet.NONE;

    private Builder(String code, LineKind kind) {
      this.code = code;
      this.kind = kind;
    }

    /** In a code family (none for an imaging line). */
    Builder family(JointFamily family) {
      this.family = family;
      return this;
    }

    Builder modifiers(ImmutableList<Modifier> modifiers) {
      this.modifiers = modifiers;
      return this;
    }

    Builder quantity(int quantity) {
      this.quantity = quantity;
      return this;
    }

    Builder dateOfService(LocalDate date) {
      this.dateOfService = date;
      return this;
    }

    Builder description(String description) {
      this.description = description;
      return this;
    }

    /** For a 64999 line, the lines of the same units as thermal RF under fluoroscopy. */
    Builder comparator(ImmutableList<ClaimLine> comparator) {
      this.comparator = comparator;
      return this;
    }

    /** Covering these units. */
    Builder covering(SidedUnits units) {
      this.units = units;
      return this;
    }

    /** Made by these rules, as the rationale names them. */
    Builder rules(ImmutableList<String> rules) {
      this.rules = rules;
      return this;
    }

    /** Coding these procedures of the session. */
    Builder coding(ProcedureSet procedures) {
      this.procedures = procedures;
      return this;
    }

    ClaimLine build() {
      Objects.requireNonNull(dateOfService, "dateOfService");
      Objects.requireNonNull(description, "description");
      return new ClaimLine(this);
    }
  }
}
