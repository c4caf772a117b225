package org.facetclaims.fhir.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.OtherClaimLine;
import org.facetclaims.core.codeset.Modifier;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The items of a Claim the caller is building, as the lines the edits check together with the
 * coded ones: each item on the session's date of service (or without a date) with a code, its
 * quantity (at least 1) and the modifiers the library knows.
 */
public final class ExistingClaimLines {
  private ExistingClaimLines() {}

  /** The lines of {@code claim} (null: none) that count on {@code date}. */
  public static List<OtherClaimLine> of(Claim claim, LocalDate date) {
    List<OtherClaimLine> out = new ArrayList<>();
    if (claim == null) {
      return out;
    }
    for (Claim.ItemComponent item : claim.getItem()) {
      if (item.hasServicedDateType() && item.getServicedDateType().getValueAsString() != null
          && !item.getServicedDateType().getValueAsString().startsWith(date.toString())) {
        continue;
      }
      for (Coding c : item.getProductOrService().getCoding()) {
        if (Codings.hasCodeValue(c)) {
          int qty = item.hasQuantity() && item.getQuantity().hasValue()
              ? Math.max(1, item.getQuantity().getValue().intValue()) : 1;
          List<Modifier> mods = new ArrayList<>();
          for (CodeableConcept m : item.getModifier()) {
            Modifier.fromCode(m.getCodingFirstRep().getCode()).ifPresent(mods::add);
          }
          out.add(OtherClaimLine.of(c.getCode(), qty, mods.toArray(new Modifier[0])));
          break;
        }
      }
    }
    return out;
  }
}
