package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;

/**
 * Ties lesion temperatures to sites when a text gives different sites different temperatures
 * ("lesions at 80 °C at C4 and C5; the C6 lesion was made at 60 °C"; "L3 nerve lesioning at
 * 80 degree C ... while L4 nerve lesioning was done at 44 degrees").
 *
 * <p>A text is cut into clauses at sentence ends and at "while", "whereas", "but", "however".
 * A clause that names sites and exactly one heat temperature gives that temperature to its
 * sites. Only when two or more different temperatures are tied to sites this way is anything
 * reported: one temperature for the whole text stays {@link TextReading#temperatureCelsius()},
 * and several temperatures in one clause are a ramp or a range, not per-site values.
 */
final class LesionTemperatures {
  private LesionTemperatures() {}

  private static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "but", "however");

  /** No temperature tied to a site. */
  static final int NONE = Integer.MIN_VALUE;

  /**
   * The temperature of each site's clause (sites given by the token where each starts), or
   * {@link #NONE}; all {@link #NONE} when the text states fewer than two temperatures.
   */
  static int[] assign(Token[] tok, List<Integer> positions, List<int[]> heat) {
    int[] out = new int[positions.size()];
    java.util.Arrays.fill(out, NONE);
    if (heat.size() < 2 || positions.isEmpty()) {
      return out;
    }
    int[] clause = new int[tok.length];
    int c = 0;
    for (int i = 0; i < tok.length; i++) {
      if (i > 0 && (tok[i].sentence != tok[i - 1].sentence
          || tok[i].type == Token.Type.WORD && CLAUSE_WORDS.contains(tok[i].text))) {
        c++;
      }
      clause[i] = c;
    }
    int[] value = new int[c + 1];
    java.util.Arrays.fill(value, NONE);
    boolean[] several = new boolean[c + 1];
    for (int[] h : heat) {
      int k = clause[h[0]];
      if (value[k] != NONE && value[k] != h[1]) {
        several[k] = true;
      }
      value[k] = h[1];
    }
    for (int k = 0; k < positions.size(); k++) {
      int cl = clause[positions.get(k)];
      if (!several[cl]) {
        out[k] = value[cl];
      }
    }
    return out;
  }

  /** The per-site temperatures, or an empty list when fewer than two values differ. */
  static List<LesionTemperature> of(List<TreatedSite> sites, List<Integer> temperatures) {
    ImmutableList.Builder<LesionTemperature> out = ImmutableList.builder();
    Set<Integer> distinct = new LinkedHashSet<>();
    for (int k = 0; k < sites.size(); k++) {
      int t = temperatures.get(k);
      if (t != NONE) {
        out.add(new LesionTemperature(sites.get(k), t));
        distinct.add(t);
      }
    }
    return distinct.size() >= 2 ? out.build() : List.of();
  }

  /** The question for temperatures that differ between sites. */
  static TextQuestion question(List<LesionTemperature> temperatures) {
    StringBuilder sb = new StringBuilder();
    int lowest = Integer.MAX_VALUE;
    for (LesionTemperature t : temperatures) {
      sb.append(sb.length() == 0 ? "" : "; ").append(t);
      lowest = Math.min(lowest, t.celsius());
    }
    String all = sb.toString();
    return new TextQuestion(TextQuestion.Kind.LESION_TEMPERATURES_DIFFER, all,
        FindingCode.LESION_TEMPERATURES_DIFFER,
        "The text gives different lesion temperatures for different sites (" + all + "); each"
            + " site is coded with its own temperature, so that no lesion (the lowest was at "
            + lowest + " °C) is folded into a higher temperature.",
        "At what temperature was each lesion made (" + all + ")?", List.of());
  }
}
