package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.payer.BillingConvention;
import org.facetclaims.core.payer.LineLayout;

/**
 * Receives the lines a {@link LineLayout} makes for one family and gives them the family's codes
 * in the edition, the date, the rules of the convention and the procedures coded: claim lines.
 */
final class FamilyLines implements LineLayout.Lines {
  private final CodeSetEdition edition;
  private final JointFamily family;
  private final LocalDate date;
  private final ImmutableList<String> primaryRules;
  private final ImmutableList<String> addOnRules;
  private final ProcedureSet procedures;
  private final List<ClaimLine> out;

  FamilyLines(CodeSetEdition edition, JointFamily family, BillingConvention convention,
      LocalDate date, ProcedureSet procedures, List<ClaimLine> out) {
    this(edition, family, date, LineRules.primary(edition.unit(), convention),
        LineRules.addOn(edition.unit(), convention), procedures, out);
  }

  private FamilyLines(CodeSetEdition edition, JointFamily family, LocalDate date,
      ImmutableList<String> primaryRules, ImmutableList<String> addOnRules,
      ProcedureSet procedures, List<ClaimLine> out) {
    this.edition = edition;
    this.family = family;
    this.date = date;
    this.primaryRules = primaryRules;
    this.addOnRules = addOnRules;
    this.procedures = procedures;
    this.out = out;
  }

  /** The same receiver whose lines also state {@code rule} (why they are lines of their own). */
  FamilyLines withRule(String rule) {
    return new FamilyLines(edition, family, date,
        ImmutableList.<String>builder().addAll(primaryRules).add(rule).build(),
        ImmutableList.<String>builder().addAll(addOnRules).add(rule).build(), procedures, out);
  }

  @Override
  public void primary(ImmutableList<Modifier> modifiers, int quantity, SidedUnits covers) {
    out.add(line(edition.primaryCode(family), LineKind.PRIMARY, modifiers, quantity, covers,
        primaryRules));
  }

  @Override
  public void addOn(ImmutableList<Modifier> modifiers, int quantity, SidedUnits covers) {
    out.add(line(edition.addOnCode(family), LineKind.ADD_ON, modifiers, quantity, covers,
        addOnRules));
  }

  private ClaimLine line(String code, LineKind kind, ImmutableList<Modifier> modifiers,
      int quantity, SidedUnits covers, ImmutableList<String> rules) {
    return ClaimLine.builder(code, kind)
        .family(family)
        .modifiers(modifiers)
        .quantity(quantity)
        .dateOfService(date)
        .description(edition.describe(code))
        .covering(covers)
        .rules(rules)
        .coding(procedures)
        .build();
  }
}
