package org.facetclaims.fhir.text;

import java.util.Objects;
import org.facetclaims.core.TreatedSite;

/**
 * A lesion temperature that a text ties to one site ("the C6 lesion was made at 60 °C").
 * Immutable.
 *
 * @param site the site as the text names it, with the side stated for it
 * @param celsius the lesion temperature in °C
 */
public record LesionTemperature(TreatedSite site, int celsius) {
  public LesionTemperature {
    Objects.requireNonNull(site, "site");
  }

  @Override
  public String toString() {
    return site.describe() + " at " + celsius + " °C";
  }
}
