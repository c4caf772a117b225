package org.facetclaims.core;

import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.codeset.CodeSetEdition;

/** What {@link SelectEdition} decided: the edition of the date of service, or a stop. */
final class EditionChoice implements StepOutcome {
  private final LocalDate date;
  private final CodeSetEdition edition;
  private final boolean inFuture;

  private EditionChoice(LocalDate date, CodeSetEdition edition, boolean inFuture) {
    this.date = date;
    this.edition = edition;
    this.inFuture = inFuture;
  }

  static EditionChoice of(LocalDate date, CodeSetEdition edition) {
    return new EditionChoice(date, edition, false);
  }

  static EditionChoice inFuture(LocalDate date) {
    return new EditionChoice(date, null, true);
  }

  static EditionChoice noEdition(LocalDate date) {
    return new EditionChoice(date, null, false);
  }

  /** True when no lines can be coded for the date. */
  boolean stops() {
    return edition == null;
  }

  /** The edition; null when the coding {@link #stops()}. */
  CodeSetEdition editionOrNull() {
    return edition;
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    String detail;
    if (inFuture) {
      detail = "date of service " + date + " is in the future: stop";
    } else if (edition == null) {
      detail = "no edition covers " + date + ": stop";
    } else {
      detail = edition.id() + " (" + edition.name() + ") for " + date + "; a unit is one "
          + edition.unit().label() + " per side";
    }
    trace.add(new TraceStep(CodingStep.SELECT_EDITION, detail));
  }
}
