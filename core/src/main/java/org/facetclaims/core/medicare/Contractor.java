package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A Medicare Administrative Contractor and the A/B jurisdictions it holds (Palmetto GBA: JJ and
 * JM). Each contractor publishes its own LCD and billing article; the texts are coordinated but
 * revised on each contractor's own dates.
 *
 * @param id the catalog's short id, for example {@code "cgs"}
 * @param name the contractor's name, for example {@code "CGS Administrators"}
 * @param jurisdictions its A/B MAC jurisdictions, for example {@code [J15]}
 */
public record Contractor(String id, String name, ImmutableList<String> jurisdictions) {
  public Contractor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jurisdictions, "jurisdictions");
  }

  @Override
  public String toString() {
    return name + " (" + String.join(", ", jurisdictions) + ")";
  }
}
