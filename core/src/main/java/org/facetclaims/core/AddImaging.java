package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;

/**
 * Step {@link CodingStep#ADD_IMAGING}: under an edition that reports guidance separately (legacy,
 * 2007-2011), one line per imaging code for the procedures the lines code, 64999 lines included
 * (coding-rules §2); modifier 26 when the profile bills a facility place of service.
 */
final class AddImaging {
  private static final ImmutableList<Modifier> NO_MODIFIERS = ImmutableList.of();
  private static final ImmutableList<Modifier> PROFESSIONAL_COMPONENT =
      ImmutableList.of(Modifier.PROFESSIONAL_COMPONENT);

  private AddImaging() {}

  static ImagingLines apply(List<ClaimLine> lines, CodingSession session,
      CodeSetEdition edition, PayerProfile profile) {
    if (edition.separateImagingCodes().isEmpty() || lines.isEmpty()) {
      return ImagingLines.NONE;
    }
    ProcedureSet coded = ProcedureSet.NONE;
    for (ClaimLine l : lines) {
      coded = coded.or(l.procedures());
    }
    ImmutableList<DocumentedProcedure> ps = session.procedures();
    List<Imaging> modalities = new ArrayList<>(2);
    List<ClaimLine> added = new ArrayList<>(2);
    for (Map.Entry<Imaging, String> e : edition.separateImagingCodes().entrySet()) {
      ProcedureSet with = ProcedureSet.NONE;
      for (int i = 0; i < ps.size(); i++) {
        if (coded.contains(i) && ps.get(i).imaging() == e.getKey()) {
          with = with.with(i);
        }
      }
      if (!with.isEmpty()) {
        modalities.add(e.getKey());
        added.add(ClaimLine.builder(e.getValue(), LineKind.IMAGING)
            .modifiers(profile.facilityPlaceOfService() ? PROFESSIONAL_COMPONENT : NO_MODIFIERS)
            .dateOfService(session.dateOfService())
            .description(edition.describe(e.getValue()))
            .covering(SidedUnits.none(edition.unit()))
            .rules(LineRules.IMAGING)
            .coding(with)
            .build());
      }
    }
    return new ImagingLines(ImmutableList.copyOf(modalities), ImmutableList.copyOf(added));
  }
}
