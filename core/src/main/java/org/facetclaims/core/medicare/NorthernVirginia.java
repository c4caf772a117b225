package org.facetclaims.core.medicare;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.facetclaims.core.coverage.CoverageContext.Locality;

/**
 * Whether a Virginia address is in the part of Northern Virginia whose Medicare Part B claims go
 * to Novitas Solutions (Jurisdiction L) rather than Palmetto GBA (Jurisdiction M): Arlington and
 * Fairfax counties and the independent cities of Alexandria, Falls Church and Fairfax (CMS, A/B
 * MAC Jurisdiction L fact sheet). Other Northern Virginia localities (Loudoun, Prince William,
 * Manassas...) stay with Palmetto.
 *
 * <p>Read from the address, each element on its own, and never guessed:
 * <ul>
 *   <li><b>county</b> ({@code Address.district}): Arlington or Fairfax: Jurisdiction L; any other
 *       named county or city: the rest of Virginia;
 *   <li><b>city</b>: Alexandria, Arlington, Falls Church or Fairfax (every mailing address of
 *       these names lies in Arlington or Fairfax county or the three cities): Jurisdiction L;
 *       another city name says nothing (McLean and Reston are in Fairfax County, Leesburg is
 *       not);
 *   <li><b>ZIP code</b>: 222xx (Arlington) and 223xx (Alexandria and the Fairfax County area
 *       mailed as Alexandria): Jurisdiction L; 201xx, 220xx and 221xx mix Fairfax with Loudoun
 *       and Prince William (22025 and 22191 are Prince William), so they say nothing; any other
 *       Virginia ZIP code (201, 220-246): the rest of Virginia; a ZIP code of another state says
 *       nothing.
 * </ul>
 * Elements that disagree settle nothing. Stateless.
 */
public final class NorthernVirginia {
  /** What an address says. */
  public enum Verdict {
    /** In Arlington or Fairfax county or the cities of Alexandria, Falls Church or Fairfax. */
    JURISDICTION_L,
    /** Elsewhere in Virginia. */
    REST_OF_VIRGINIA,
    /** Not settled: nothing said, or elements that disagree. */
    UNKNOWN
  }

  private static final Set<String> COUNTIES = Set.of("arlington", "fairfax");
  private static final Set<String> CITIES = Set.of("alexandria", "arlington", "falls church",
      "fairfax");
  private static final Set<String> ZIP_L = Set.of("222", "223");
  private static final Set<String> ZIP_MIXED = Set.of("201", "220", "221");

  private NorthernVirginia() {}

  /** What {@code locality} (of a Virginia address) says about the Part B contractor. */
  public static Verdict of(Locality locality) {
    if (locality == null) {
      return Verdict.UNKNOWN;
    }
    Verdict county = county(locality.county());
    Verdict city = city(locality.city());
    Verdict zip = zip(locality.postalCode());
    boolean l = county == Verdict.JURISDICTION_L || city == Verdict.JURISDICTION_L
        || zip == Verdict.JURISDICTION_L;
    boolean rest = county == Verdict.REST_OF_VIRGINIA || zip == Verdict.REST_OF_VIRGINIA;
    if (l == rest) {
      return Verdict.UNKNOWN; // nothing said, or a disagreement
    }
    return l ? Verdict.JURISDICTION_L : Verdict.REST_OF_VIRGINIA;
  }

  private static Verdict county(String county) {
    Optional<String> c = normal(county);
    if (c.isEmpty()) {
      return Verdict.UNKNOWN;
    }
    String n = c.get().replaceFirst("\\s+(county|co)$", "").replaceFirst("^(county|city) of\\s+",
        "").replaceFirst("\\s+city$", "");
    return COUNTIES.contains(n) || CITIES.contains(n) ? Verdict.JURISDICTION_L
        : Verdict.REST_OF_VIRGINIA;
  }

  private static Verdict city(String city) {
    Optional<String> c = normal(city);
    if (c.isEmpty()) {
      return Verdict.UNKNOWN;
    }
    String n = CITY_WORD.matcher(c.get()).replaceAll("");
    return CITIES.contains(n) ? Verdict.JURISDICTION_L : Verdict.UNKNOWN;
  }

  // Compiled once: every Virginia session's address goes through these.
  private static final Pattern CITY_WORD = Pattern.compile("^city of\\s+|\\s+city$");
  private static final Pattern ZIP = Pattern.compile("\\d{5}(-?\\d{4})?");
  private static final Pattern PUNCTUATION = Pattern.compile("[.,]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static Verdict zip(String postalCode) {
    Optional<String> z = normal(postalCode);
    if (z.isEmpty() || !ZIP.matcher(z.get()).matches()) {
      return Verdict.UNKNOWN;
    }
    String p = z.get().substring(0, 3);
    int prefix = Integer.parseInt(p);
    if (prefix != 201 && (prefix < 220 || prefix > 246)) {
      return Verdict.UNKNOWN; // not a Virginia ZIP code: the address is wrong somewhere
    }
    if (ZIP_L.contains(p)) {
      return Verdict.JURISDICTION_L;
    }
    return ZIP_MIXED.contains(p) ? Verdict.UNKNOWN : Verdict.REST_OF_VIRGINIA;
  }

  private static Optional<String> normal(String v) {
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    String t = PUNCTUATION.matcher(v.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    return Optional.of(SPACES.matcher(t).replaceAll(" "));
  }
}
