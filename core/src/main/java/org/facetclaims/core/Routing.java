package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.facetclaims.core.codeset.CodeSetEdition;

/** What {@link RouteTechnique} decided: each procedure's route, with the reasons for 64999. */
final class Routing implements StepOutcome {
  private final ImmutableList<DocumentedProcedure> procedures;
  private final CodeSetEdition edition;
  private final UnlistedReasons[] reasons;

  Routing(ImmutableList<DocumentedProcedure> procedures, CodeSetEdition edition,
      UnlistedReasons[] reasons) {
    this.procedures = procedures;
    this.edition = edition;
    this.reasons = reasons;
  }

  /** The route of the procedure at {@code index}. */
  Route route(int index) {
    return reasons[index].route();
  }

  /** Why the procedure at {@code index} goes to 64999; none for the destruction codes. */
  UnlistedReasons reasons(int index) {
    return reasons[index];
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    for (int i = 0; i < procedures.size(); i++) {
      DocumentedProcedure p = procedures.get(i);
      trace.add(new TraceStep(CodingStep.ROUTE_TECHNIQUE, "procedure " + (i + 1) + " ("
          + p.technique().describe() + ", " + p.imaging().label() + "): "
          + (reasons[i].isEmpty() ? "destruction codes"
              : edition.unlistedCode() + " (" + reasons[i].words(edition) + ")")));
    }
  }
}
