package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * A US state, the District of Columbia or a US territory, as Medicare claims name it: its USPS
 * code, its name (and other names records use), its two-digit SSA state code (the code of CMS's
 * research files: 36 is Ohio, not the FIPS 39) and the A/B MAC jurisdiction that processes
 * professional claims for services furnished there. Parse one with {@link
 * PolicyCatalog#state(String)}; the table is data of the {@link PolicyCatalog}.
 *
 * @param usps the USPS code, for example {@code "OH"}
 * @param name the name, for example {@code "Ohio"}
 * @param otherNames other names the parser accepts ("Washington DC", "US Virgin Islands")
 * @param ssaCode the two-digit SSA state code, for example {@code "36"}
 * @param jurisdiction the A/B MAC jurisdiction, for example {@code "J15"}
 * @param otherJurisdiction another jurisdiction that processes some of the state's claims
 *     (Novitas JL for Part B services in Northern Virginia), or empty
 * @param note what the state-to-contractor table cannot say, if anything (for example the
 *     Northern Virginia counties whose Part B claims go to another jurisdiction)
 */
public record UsState(String usps, String name, ImmutableList<String> otherNames, String ssaCode,
    String jurisdiction, String otherJurisdiction, String note) {

  public UsState {
    Objects.requireNonNull(usps, "usps");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(otherNames, "otherNames");
    Objects.requireNonNull(ssaCode, "ssaCode");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(otherJurisdiction, "otherJurisdiction");
    Objects.requireNonNull(note, "note");
  }

  /** "Ohio (OH)". */
  @Override
  public String toString() {
    return name + " (" + usps + ")";
  }
}
