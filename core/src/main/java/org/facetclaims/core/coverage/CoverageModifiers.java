package org.facetclaims.core.coverage;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.payer.PayerProfile;

/**
 * The coverage modifier rule of coding-rules §6 as a pure function: when the profile asks for
 * coverage modifiers and a line is expected to be denied, append GA if an ABN is on file, GZ if
 * none is, and nothing (with a warning) if the caller did not say. Nothing changes for a covered
 * line, for a profile without coverage modifiers, or for a line that already carries GA or GZ.
 *
 * <pre>{@code
 * CoverageModifiers.Decision d = CoverageModifiers.decide(line, true, AbnStatus.NOT_ON_FILE,
 *     PayerProfile.MEDICARE_PHYSICIAN_ABN);
 * d.append();    // [GZ]
 * }</pre>
 */
public final class CoverageModifiers {
  private CoverageModifiers() {}

  /** What to append to one line, and the finding that explains it (if any). Immutable. */
  public static final class Decision {
    private static final Decision NOTHING = new Decision(ImmutableList.of(), null);

    private final ImmutableList<Modifier> append;
    private final Finding finding;

    private Decision(ImmutableList<Modifier> append, Finding finding) {
      this.append = append;
      this.finding = finding;
    }

    /** Nothing to append and no finding. */
    static Decision none() {
      return NOTHING;
    }

    /** The modifiers to append after the line's own, in order; usually empty. */
    public ImmutableList<Modifier> append() {
      return append;
    }

    /** FC-616 when a modifier is appended, FC-615 when the ABN status is unknown. */
    public Optional<Finding> finding() {
      return Optional.ofNullable(finding);
    }

    @Override
    public String toString() {
      return append + (finding == null ? "" : " " + finding);
    }
  }

  /**
   * Decides the coverage modifiers of one line.
   *
   * @param line the coded line (its code and modifiers are not changed)
   * @param nonCovered whether the coverage checks expect the line to be denied
   * @param abn whether an ABN is on file
   * @param profile the payer profile; nothing is appended unless it asks for coverage modifiers
   */
  public static Decision decide(ClaimLine line, boolean nonCovered, AbnStatus abn,
      PayerProfile profile) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(profile, "profile");
    return decide(line.modifiers().contains(Modifier.ABN_ON_FILE)
        || line.modifiers().contains(Modifier.NO_ABN), line.notation(), nonCovered, abn,
        profile.coverageModifiers());
  }

  /**
   * The same rule for a line known by its notation: {@code hasCoverageModifier} says whether it
   * already carries GA or GZ, {@code wanted} whether the profile asks for coverage modifiers.
   */
  static Decision decide(boolean hasCoverageModifier, String notation, boolean nonCovered,
      AbnStatus abn, boolean wanted) {
    Objects.requireNonNull(abn, "abn");
    if (!nonCovered || !wanted || hasCoverageModifier) {
      return Decision.NOTHING;
    }
    switch (abn) {
      case ON_FILE:
        return new Decision(ImmutableList.of(Modifier.ABN_ON_FILE), Finding.of(
            FindingCode.COVERAGE_MODIFIER_APPENDED, "GA appended to " + notation
                + ": the line is expected to be denied and an ABN is on file."));
      case NOT_ON_FILE:
        return new Decision(ImmutableList.of(Modifier.NO_ABN), Finding.of(
            FindingCode.COVERAGE_MODIFIER_APPENDED, "GZ appended to " + notation
                + ": the line is expected to be denied and no ABN is on file."));
      default:
        return new Decision(ImmutableList.of(), Finding.of(
            FindingCode.COVERAGE_MODIFIER_ABN_UNKNOWN, notation + " is expected to be"
                + " denied, but whether an ABN is on file was not supplied; neither GA nor GZ"
                + " was added."));
    }
  }
}
