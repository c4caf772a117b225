package org.facetclaims.fhir.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.core.technique.Technique;
import org.facetclaims.fhir.text.LesionTemperature;
import org.facetclaims.fhir.text.TextReading;

/**
 * Per-lesion temperatures: when a text ties different lesion temperatures to different sites
 * ("lesions at 80 °C at C4 and C5; the C6 lesion was made at 60 °C"), each site is coded with
 * its own temperature instead of one temperature for all. The sites are split into the lesions
 * below the edition's minimum for thermal destruction (80 °C for the current codes, which then
 * go to the unlisted code) and the others; a site without a temperature of its own takes its
 * text's temperature. A joint counts when all its nerves are lesioned, so a joint with one
 * nerve below the minimum goes with the low part, and a nerve it shares with a joint above the
 * minimum is in both parts (C5 in the example: C4-C5 is coded with the destruction codes, C5-C6
 * with the unlisted code).
 */
final class LesionSplit {
  private LesionSplit() {}

  /**
   * One part of a Procedure: a technique and its sites.
   *
   * @param technique the technique of these sites
   * @param sites the sites, in the order read
   */
  record Part(Technique technique, List<TreatedSite> sites) {}

  /**
   * The parts of a Procedure coded with {@code technique}; one part (all sites) unless the texts
   * tie temperatures on both sides of {@code minimum} to its sites.
   *
   * @param texts the texts the sites were read from (their elements are the sites' elements)
   * @param editions the code-set editions; the one of {@code date} gives the minimum
   */
  static List<Part> split(Technique technique, List<TreatedSite> sites, List<ReadText> texts,
      CodeSetEditions editions, LocalDate date) {
    if (technique.method() != NeurolyticMethod.THERMAL_RF || sites.isEmpty()) {
      return List.of(new Part(technique, sites));
    }
    Map<TreatedSite, Integer> tied = null;
    int highest = Integer.MIN_VALUE;
    for (ReadText t : texts) {
      TextReading r = t.reading();
      OptionalInt c = r.temperatureCelsius();
      if (c.isPresent() && c.getAsInt() > 0) {
        highest = Math.max(highest, c.getAsInt());
      }
      for (LesionTemperature lt : r.lesionTemperatures()) {
        if (tied == null) {
          tied = new HashMap<>();
        }
        tied.merge(lt.site().withLaterality(Laterality.UNKNOWN), lt.celsius(), Math::min);
        for (Vertebra v : lt.site().levels()) {
          // A level list's temperature is its levels' nerves' too, should another text restate
          // the list as those nerves.
          Nerve n = Nerve.atLevel(v).orElse(null);
          if (n != null) {
            tied.merge(TreatedSite.nerve(n, Laterality.UNKNOWN), lt.celsius(), Math::min);
          }
        }
      }
    }
    Integer minimum = tied == null ? null
        : editions.forDate(date).flatMap(CodeSetEdition::minimumThermalCelsius).orElse(null);
    if (minimum == null) {
      return List.of(new Part(technique, sites));   // the usual case: no per-site temperature
    }
    Map<String, Integer> textTemperature = new HashMap<>();
    for (ReadText t : texts) {
      OptionalInt c = t.reading().temperatureCelsius();
      if (c.isPresent() && c.getAsInt() > 0) {
        textTemperature.put(t.path(), c.getAsInt());
      }
    }
    boolean[] low = new boolean[sites.size()];
    int lowest = Integer.MAX_VALUE;
    boolean anyLow = false;
    boolean anyHigh = false;
    for (int i = 0; i < sites.size(); i++) {
      TreatedSite s = sites.get(i);
      Integer c = tied.get(s.withLaterality(Laterality.UNKNOWN).at(null));
      if (c == null) {
        c = textTemperature.get(s.element().orElse(""));
      }
      if (c == null && highest != Integer.MIN_VALUE) {
        c = highest;
      }
      low[i] = c != null && c < minimum;
      if (low[i]) {
        lowest = Math.min(lowest, c);
      }
      anyLow |= low[i];
      anyHigh |= !low[i];
    }
    if (!anyLow || !anyHigh) {
      return List.of(new Part(technique, sites));
    }
    // Joints completed by nerves on each side, and whether one of their nerves is low.
    boolean[] inLow = low.clone();
    boolean[] inHigh = new boolean[sites.size()];
    boolean[] inJoint = new boolean[sites.size()];
    for (int side : new int[] {1, 2, 0}) {
      Map<Nerve, List<Integer>> nerves = new HashMap<>();
      for (int i = 0; i < sites.size(); i++) {
        Nerve n = sites.get(i).nerve().orElse(null);
        if (n != null && covers(sites.get(i).laterality(), side)) {
          nerves.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
        }
      }
      if (nerves.isEmpty()) {
        continue;
      }
      Set<Nerve> named = EnumSet.copyOf(nerves.keySet());
      for (FacetJoint j : LevelReadings.completed(named)) {
        boolean lowJoint = false;
        for (Nerve n : j.nerves()) {
          for (int i : nerves.get(n)) {
            lowJoint |= low[i];
          }
        }
        for (Nerve n : j.nerves()) {
          for (int i : nerves.get(n)) {
            inJoint[i] = true;
            if (lowJoint) {
              inLow[i] = true;
            } else if (!low[i]) {
              inHigh[i] = true;
            }
          }
        }
      }
    }
    List<TreatedSite> highSites = new ArrayList<>();
    List<TreatedSite> lowSites = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      boolean nerve = sites.get(i).kind() == TreatedSite.Kind.NERVE;
      if (inHigh[i] || !low[i] && !(nerve && inJoint[i])) {
        highSites.add(sites.get(i));
      }
      if (inLow[i]) {
        lowSites.add(sites.get(i));
      }
    }
    Technique high = highest >= minimum ? Technique.thermalRf().withTemperature(highest)
        : Technique.thermalRf();
    Technique lowTechnique = Technique.thermalRf().withTemperature(lowest);
    if (highSites.isEmpty()) {
      return List.of(new Part(lowTechnique, lowSites));
    }
    return List.of(new Part(high, highSites), new Part(lowTechnique, lowSites));
  }

  /** Whether a site on {@code side} is lesioned on side 1 (right), 2 (left) or 0 (unknown). */
  private static boolean covers(Laterality side, int s) {
    switch (side) {
      case RIGHT:
        return s == 1;
      case LEFT:
        return s == 2;
      case BILATERAL:
        return s == 1 || s == 2;
      default:
        return s == 0;
    }
  }
}
