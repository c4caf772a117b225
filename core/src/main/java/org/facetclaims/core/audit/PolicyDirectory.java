package org.facetclaims.core.audit;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.CoveragePolicy;

/**
 * Which Medicare policy judges a claim line: state (SSA or USPS code, or name) to contractor,
 * contractor and date of service to the LCD text in force, and the covered diagnoses. The audit
 * asks this class and nothing else about policy data.
 *
 * <p><b>Seam.</b> The dated policy data (contractors, states, LCD versions by date, covered
 * diagnoses per article version) belongs to {@code org.facetclaims.core.coverage}; until that
 * data is there, this class holds the minimum the audit needs, taken from
 * medicare-policy-2024.md §1 and coding-rules §6, with the confidence of each date. When the
 * coverage package publishes its dated policies, only the bodies of {@link #resolve}, {@link
 * #usps} and {@link #coveredRegions} change to delegate to it; the rules in {@link ClaimsAudit}
 * do not change. With the catalog under way ({@code org.facetclaims.core.medicare}): {@code
 * usps} becomes {@code PolicyCatalog.state(text)} (SSA codes, USPS codes and names); {@code
 * resolve} becomes {@code PolicyCatalog.select(state, date)} or {@code
 * selectForUnknownState(date)}, its {@code PolicyVersion} giving the text, contractor, LCD and
 * article, first date and date confidence of {@link AppliedPolicy}; {@code coveredRegions}
 * becomes the selected {@code CoveragePolicy.regionsOf}. Immutable and thread-safe.
 */
public final class PolicyDirectory {
  private static final LocalDate LCD_2021_START = LocalDate.of(2021, 4, 25);

  /** USPS code to SSA two-digit state code (RIF PRVDR_STATE_CD), and the state names. */
  private static final String[][] STATES = {
      {"AL", "01", "Alabama"}, {"AK", "02", "Alaska"}, {"AZ", "03", "Arizona"},
      {"AR", "04", "Arkansas"}, {"CA", "05", "California"}, {"CO", "06", "Colorado"},
      {"CT", "07", "Connecticut"}, {"DE", "08", "Delaware"}, {"DC", "09", "District of Columbia"},
      {"FL", "10", "Florida"}, {"GA", "11", "Georgia"}, {"HI", "12", "Hawaii"},
      {"ID", "13", "Idaho"}, {"IL", "14", "Illinois"}, {"IN", "15", "Indiana"},
      {"IA", "16", "Iowa"}, {"KS", "17", "Kansas"}, {"KY", "18", "Kentucky"},
      {"LA", "19", "Louisiana"}, {"ME", "20", "Maine"}, {"MD", "21", "Maryland"},
      {"MA", "22", "Massachusetts"}, {"MI", "23", "Michigan"}, {"MN", "24", "Minnesota"},
      {"MS", "25", "Mississippi"}, {"MO", "26", "Missouri"}, {"MT", "27", "Montana"},
      {"NE", "28", "Nebraska"}, {"NV", "29", "Nevada"}, {"NH", "30", "New Hampshire"},
      {"NJ", "31", "New Jersey"}, {"NM", "32", "New Mexico"}, {"NY", "33", "New York"},
      {"NC", "34", "North Carolina"}, {"ND", "35", "North Dakota"}, {"OH", "36", "Ohio"},
      {"OK", "37", "Oklahoma"}, {"OR", "38", "Oregon"}, {"PA", "39", "Pennsylvania"},
      {"PR", "40", "Puerto Rico"}, {"RI", "41", "Rhode Island"}, {"SC", "42", "South Carolina"},
      {"SD", "43", "South Dakota"}, {"TN", "44", "Tennessee"}, {"TX", "45", "Texas"},
      {"UT", "46", "Utah"}, {"VT", "47", "Vermont"}, {"VI", "48", "Virgin Islands"},
      {"VA", "49", "Virginia"}, {"WA", "50", "Washington"}, {"WV", "51", "West Virginia"},
      {"WI", "52", "Wisconsin"}, {"WY", "53", "Wyoming"},
      {"MP", "97", "Northern Mariana Islands"}, {"GU", "98", "Guam"},
      {"AS", "99", "American Samoa"}};

  /**
   * Contractor, states, documents, 2021 start, 2024 revision date (null: not confirmed, the 2021
   * text stays), and the confidence of the 2024 date. medicare-policy-2024.md §1.
   */
  private static final Object[][] CONTRACTORS = {
      {"Palmetto GBA (JJ, JM)", "AL GA TN NC SC VA WV", "L38765/A58350", LCD_2021_START,
          LocalDate.of(2024, 7, 7), "[H]"},
      {"WPS (J5, J8)", "IA KS MO NE IN MI", "L38841/A58477", LCD_2021_START,
          LocalDate.of(2024, 7, 14), "[H]"},
      {"Novitas (JH, JL)", "AR CO LA MS NM OK TX DE DC MD NJ PA", "L34892/A56670",
          LCD_2021_START, LocalDate.of(2024, 8, 11), "[H]"},
      // The 2024 revision's exact date is still to be found; in force by the CGS notice of
      // 2024-08-15, so the 2024 text is applied from that date (later, never earlier).
      {"CGS (J15)", "KY OH", "L38773/A58364", LocalDate.of(2021, 5, 2),
          LocalDate.of(2024, 8, 15), "[L: in force by the CGS notice of 2024-08-15]"},
      // A 2024 revision whose date is still to be found: applied from 2025-01-01, when it was
      // certainly in force.
      {"Noridian (JE, JF)", "CA HI NV AS GU MP AK AZ ID MT ND OR SD UT WA WY",
          "L38801, L38803/A58403, A58405", LCD_2021_START, LocalDate.of(2025, 1, 1),
          "[L: 2024 revision, date to find]"},
      {"NGS (J6, JK)", "IL MN WI CT ME MA NH NY RI VT", "L35936/A57826", LCD_2021_START,
          LocalDate.of(2025, 1, 1), "[L: 2024 revision, date to find]"},
      {"First Coast (JN)", "FL PR VI", "L33930/A57787", LCD_2021_START, null,
          "[M: 2024 revision not confirmed]"}};

  // After the tables: the constructor reads them.
  private static final PolicyDirectory MEDICARE = new PolicyDirectory();

  private final ImmutableMap<String, String> uspsByKey;
  private final ImmutableMap<String, Object[]> contractorByState;
  private final ImmutableSet<String> ssaCodes;
  private final CoveragePolicy diagnoses = CoveragePolicy.medicareLcd2021();

  private PolicyDirectory() {
    Map<String, String> keys = new HashMap<>();
    ImmutableSet.Builder<String> ssa = ImmutableSet.builder();
    for (String[] s : STATES) {
      keys.put(s[0], s[0]);
      keys.put(s[1], s[0]);
      keys.put(s[2].toUpperCase(Locale.ROOT), s[0]);
      ssa.add(s[1]);
    }
    this.uspsByKey = ImmutableMap.copyOf(keys);
    this.ssaCodes = ssa.build();
    Map<String, Object[]> byState = new HashMap<>();
    for (Object[] c : CONTRACTORS) {
      for (String st : ((String) c[1]).split(" ")) {
        byState.put(st, c);
      }
    }
    this.contractorByState = ImmutableMap.copyOf(byState);
  }

  /** The Medicare directory (the contractors of medicare-policy-2024.md §1). */
  public static PolicyDirectory medicare() {
    return MEDICARE;
  }

  /**
   * The USPS code of a state given as a USPS code ("OH"), an SSA code of the RIF ("36", also
   * "6" for "06") or a name ("Ohio"), any case; empty when it names no state.
   */
  public Optional<String> usps(String state) {
    if (state == null) {
      return Optional.empty();
    }
    String k = state.trim().toUpperCase(Locale.ROOT);
    if (k.length() == 1 && Character.isDigit(k.charAt(0))) {
      k = "0" + k;
    }
    return Optional.ofNullable(uspsByKey.get(k));
  }

  /** True for the SSA two-digit codes of states and territories (not the foreign codes 54-63). */
  public boolean isSsaCode(String code) {
    return code != null && ssaCodes.contains(code.trim());
  }

  /**
   * The policy that judges a service furnished in {@code state} (any form {@link #usps} reads,
   * or null) on {@code date}.
   */
  public AppliedPolicy resolve(String state, LocalDate date) {
    String st = usps(state).orElse(null);
    Object[] c = st == null ? null : contractorByState.get(st);
    if (c == null) {
      return unknownState(state, st, date);
    }
    String name = (String) c[0];
    String docs = (String) c[2];
    LocalDate from2021 = (LocalDate) c[3];
    LocalDate from2024 = (LocalDate) c[4];
    if (date.isBefore(from2021)) {
      return new AppliedPolicy(PolicyText.NOT_MODELLED, name, st, docs, null, "[H]", null);
    }
    if (from2024 != null && !date.isBefore(from2024)) {
      return new AppliedPolicy(PolicyText.LCD_2024, name, st, docs, from2024, (String) c[5], null);
    }
    return new AppliedPolicy(PolicyText.LCD_2021, name, st, docs, from2021,
        from2021.equals(LCD_2021_START) ? "[H]" : "[M]", null);
  }

  private AppliedPolicy unknownState(String raw, String usps, LocalDate date) {
    String what = raw == null || raw.isBlank() ? "no provider state"
        : usps == null ? "'" + raw.trim() + "' is not a state code"
        : usps + " has no Medicare contractor in the table";
    if (date.isBefore(LCD_2021_START)) {
      return new AppliedPolicy(PolicyText.NOT_MODELLED, null, usps, "2021 LCD family", null,
          "[H]", what + "; before 2021-04-25 no contractor's 2021 LCD was in force");
    }
    // The 2024 text applies without a state only when every contractor's revision is in force;
    // First Coast's is not confirmed, so the shared 2021 text is assumed.
    return new AppliedPolicy(PolicyText.LCD_2021, null, usps, "2021 LCD family", LCD_2021_START,
        "[H]", what + "; the 2021 text shared by every contractor is assumed (the 2024 revisions"
        + " are not all in force, or not all confirmed, on " + date + ")");
  }

  /**
   * The regions a diagnosis is covered for under the text in force; empty when it is not covered.
   * Today one list serves every contractor and version (Noridian A58403, coding-rules §6 [M]).
   */
  public Optional<ImmutableSet<JointFamily>> coveredRegions(String icd10cm, AppliedPolicy policy) {
    return diagnoses.regionsOf(icd10cm);
  }

  /** The source of the covered-diagnosis list applied. */
  public String diagnosisSource(AppliedPolicy policy) {
    return "Covered ICD-10-CM list of Noridian A58403 (coding-rules §6 [M]), applied to "
        + policy.describe();
  }
}
