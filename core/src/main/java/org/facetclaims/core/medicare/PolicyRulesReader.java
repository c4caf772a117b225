package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.Confidence;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.CoverageRule;
import org.facetclaims.core.medicare.CatalogTables.Row;
import org.facetclaims.core.medicare.PolicyCatalogReader.DiagnosisRow;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;

/**
 * The rules of a policy text as the catalog states them ([rules] rows of the text and of "*"),
 * with the version's diagnoses, prior authorization list and contractor rule, into the {@link
 * CoveragePolicy} that both the coverage checks and the claims audit apply. Each rule keeps its
 * source and confidence.
 */
final class PolicyRulesReader {
  private PolicyRulesReader() {}

  /** Rule keys and the coverage rule each gives the source and confidence of. */
  static final Map<String, CoverageRule> RULES = Map.ofEntries(
      Map.entry("effective-date", CoverageRule.EFFECTIVE_DATE),
      Map.entry("non-covered-methods", CoverageRule.METHOD),
      Map.entry("min-thermal-celsius", CoverageRule.METHOD),
      Map.entry("covered-imaging", CoverageRule.IMAGING),
      Map.entry("levels-per-session", CoverageRule.LEVELS_PER_SESSION),
      Map.entry("one-region-per-session", CoverageRule.ONE_REGION_PER_SESSION),
      Map.entry("rf-sessions-per-window", CoverageRule.SESSIONS_PER_WINDOW),
      Map.entry("diagnostic-blocks", CoverageRule.DIAGNOSTIC_BLOCKS),
      Map.entry("repeat-relief", CoverageRule.REPEAT_RELIEF),
      Map.entry("repeat-functional-improvement", CoverageRule.REPEAT_RELIEF),
      Map.entry("diagnostic-block-spacing", CoverageRule.DIAGNOSTIC_BLOCK_SPACING),
      Map.entry("diagnostic-sessions-per-window", CoverageRule.DIAGNOSTIC_SESSIONS_PER_WINDOW),
      Map.entry("rediagnosis-after", CoverageRule.REDIAGNOSIS),
      Map.entry("diagnoses", CoverageRule.DIAGNOSES),
      Map.entry("radiculopathy", CoverageRule.RADICULOPATHY),
      Map.entry("sedation", CoverageRule.SEDATION),
      Map.entry("prior-authorization", CoverageRule.PRIOR_AUTHORIZATION),
      Map.entry("prior-authorization-places", CoverageRule.PRIOR_AUTHORIZATION),
      Map.entry("prior-authorization-bill-types", CoverageRule.PRIOR_AUTHORIZATION),
      Map.entry("coverage-modifiers", CoverageRule.COVERAGE_MODIFIERS));

  static CoveragePolicy policy(String name, String label, String text, LocalDate from,
      Map<String, List<Row>> rules, Map<String, Map<String, DiagnosisRow>> diagnoses,
      String diagnosisList, Map<String, LocalDate> paEnds, LocalDate thoracolumbarFrom,
      String thoracolumbarSource, String versionSource) {
    CoveragePolicy.Builder b = CoveragePolicy.builder(name).effectiveFrom(from);
    EnumMap<CoverageRule, List<String>> sources = new EnumMap<>(CoverageRule.class);
    EnumMap<CoverageRule, Confidence> confidence = new EnumMap<>(CoverageRule.class);
    LocalDate paFrom = null;
    List<String> paPlaces = List.of();
    for (String t : new String[] {"*", text}) {
      for (Row r : rules.getOrDefault(t, List.of())) {
        String key = r.get("rule");
        CoverageRule rule = RULES.get(key);
        apply(b, r, key, diagnoses, diagnosisList);
        if (key.equals("prior-authorization")) {
          paFrom = r.date("value");
          if (paFrom == null) {
            throw r.error("prior-authorization needs a date");
          }
        } else if (key.equals("prior-authorization-places")) {
          paPlaces = r.list("value");
        }
        String source = r.required("source") + " [" + r.confidence("confidence").mark() + "]";
        if (key.equals("effective-date") && !versionSource.isEmpty()) {
          source = versionSource + "; " + source;
        }
        sources.computeIfAbsent(rule, k -> new ArrayList<>()).add(source);
        Confidence c = r.confidence("confidence");
        confidence.merge(rule, c, (x, y) -> x.ordinal() >= y.ordinal() ? x : y);
      }
    }
    if (paFrom != null) {
      b.priorAuthorization(paFrom, paEnds.keySet(), paPlaces);
      for (Map.Entry<String, LocalDate> e : paEnds.entrySet()) {
        b.priorAuthorizationCodeEnd(e.getKey(), e.getValue());
      }
    }
    if (thoracolumbarFrom != null) {
      b.thoracolumbarJunctionFrom(thoracolumbarFrom);
      sources.computeIfAbsent(CoverageRule.THORACOLUMBAR_JUNCTION, k -> new ArrayList<>())
          .add(thoracolumbarSource);
      Confidence c = Confidence.parse(thoracolumbarSource.substring(
          thoracolumbarSource.lastIndexOf('[') + 1, thoracolumbarSource.length() - 1))
          .orElse(Confidence.L);
      confidence.put(CoverageRule.THORACOLUMBAR_JUNCTION, c);
    }
    for (Map.Entry<CoverageRule, List<String>> e : sources.entrySet()) {
      b.source(e.getKey(), label + ": " + String.join("; ", e.getValue()));
      b.confidence(e.getKey(), confidence.get(e.getKey()));
    }
    return b.build();
  }

  private static void apply(CoveragePolicy.Builder b, Row r, String key,
      Map<String, Map<String, DiagnosisRow>> diagnoses, String diagnosisList) {
    List<String> v = r.list("value");
    try {
      switch (key) {
        case "non-covered-methods": {
          List<NeurolyticMethod> ms = new ArrayList<>();
          for (String m : v) {
            ms.add(NeurolyticMethod.valueOf(m));
          }
          b.nonCoveredMethods(ms);
          break;
        }
        case "min-thermal-celsius":
          b.minThermalCelsius(Integer.parseInt(one(r, v)));
          break;
        case "covered-imaging": {
          List<Imaging> is = new ArrayList<>();
          for (String i : v) {
            is.add(Imaging.valueOf(i));
          }
          b.coveredImaging(is);
          break;
        }
        case "levels-per-session":
          if (v.size() != 2 || !(v.get(1).equals("warning") || v.get(1).equals("non-covered"))) {
            throw r.error("levels-per-session is \"N warning\" or \"N non-covered\"");
          }
          b.maxJointLevelsPerSession(Integer.parseInt(v.get(0)));
          b.levelsBeyondLimitNonCovered(v.get(1).equals("non-covered"));
          break;
        case "one-region-per-session":
          b.oneRegionPerSession(yes(r, v));
          break;
        case "rf-sessions-per-window":
          b.maxSessionsPerWindow(Integer.parseInt(two(r, v).get(0)), Period.parse(v.get(1)));
          break;
        case "diagnostic-blocks":
          b.diagnosticBlocks(Integer.parseInt(two(r, v).get(0)), Integer.parseInt(v.get(1)));
          break;
        case "repeat-relief":
          b.repeatRelief(Integer.parseInt(two(r, v).get(0)), Integer.parseInt(v.get(1)));
          break;
        case "repeat-functional-improvement":
          b.repeatFunctionalImprovement(yes(r, v));
          break;
        case "diagnostic-block-spacing":
          b.diagnosticBlockSpacing(Period.parse(one(r, v)));
          break;
        case "diagnostic-sessions-per-window":
          b.maxDiagnosticSessionsPerWindow(Integer.parseInt(two(r, v).get(0)),
              Period.parse(v.get(1)));
          break;
        case "rediagnosis-after":
          b.rediagnosisAfter(Period.parse(one(r, v)));
          break;
        case "diagnoses": {
          Map<String, DiagnosisRow> list = diagnoses.get(diagnosisList);
          if (list == null) {
            throw r.error("unknown diagnosis list \"" + diagnosisList + "\"");
          }
          b.clearCoveredDiagnoses();
          for (DiagnosisRow d : list.values()) {
            if (d.covered()) {
              b.coveredDiagnosis(d.code(), d.regions().toArray(new JointFamily[0]));
              b.diagnosisValidity(d.code(), d.validity());
            }
          }
          break;
        }
        case "radiculopathy": {
          Map<String, DiagnosisRow> list = diagnoses.get(one(r, v));
          if (list == null) {
            throw r.error("unknown diagnosis list \"" + v.get(0) + "\"");
          }
          for (DiagnosisRow d : list.values()) {
            b.radiculopathyDiagnosis(d.code(), d.regions().toArray(new JointFamily[0]));
          }
          break;
        }
        case "sedation":
          b.sedationCodes(ImmutableSet.copyOf(v));
          break;
        case "prior-authorization-bill-types":
          b.priorAuthorizationBillTypes(v);
          break;
        default:
          // effective-date, coverage-modifiers: sources only; prior authorization dates and
          // places are applied together by the caller
          break;
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw r.error("bad value for " + key + ": \"" + r.get("value") + "\"");
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(r.sourceName())) {
        throw e;
      }
      throw r.error("bad value for " + key + ": \"" + r.get("value") + "\" ("
          + e.getMessage() + ")");
    }
  }

  private static String one(Row r, List<String> v) {
    if (v.size() != 1) {
      throw r.error("expected one value, not \"" + r.get("value") + "\"");
    }
    return v.get(0);
  }

  private static List<String> two(Row r, List<String> v) {
    if (v.size() != 2) {
      throw r.error("expected two values, not \"" + r.get("value") + "\"");
    }
    return v;
  }

  private static boolean yes(Row r, List<String> v) {
    String s = one(r, v);
    if (!s.equals("yes") && !s.equals("no")) {
      throw r.error("expected yes or no, not \"" + s + "\"");
    }
    return s.equals("yes");
  }
}
