package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.Confidence;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.CoverageRule;
import org.facetclaims.core.coverage.DateRange;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticMethod;

/**
 * Reads the catalog's text format (sections of tab-separated tables; the bundled file's header
 * documents it) into a {@link PolicyCatalog}. Strict: an unknown section, column, rule key,
 * code or date is an error naming the source and line, so that a replaced file that does not
 * say what its author meant fails at load, not at a claim.
 */
final class PolicyCatalogReader {
  /** Longest line accepted. */
  private static final int MAX_LINE = 8192;
  /** Most lines accepted: the bundled file has a few hundred. */
  private static final int MAX_LINES = 100_000;

  private static final Set<String> SECTIONS = Set.of("jurisdictions", "states", "texts",
      "rules", "versions", "payer-rules", "prior-authorization-codes", "diagnoses", "codes");

  private final String sourceName;
  private final Map<String, Table> tables = new LinkedHashMap<>();

  private PolicyCatalogReader(String sourceName) {
    this.sourceName = sourceName;
  }

  static PolicyCatalog read(Reader reader, String sourceName) {
    PolicyCatalogReader r = new PolicyCatalogReader(sourceName);
    r.split(reader);
    return r.build();
  }

  // ---- tables ----

  /** One row: its line number and its cells by column name. */
  private final class Row {
    final int line;
    final Map<String, String> cells;

    Row(int line, Map<String, String> cells) {
      this.line = line;
      this.cells = cells;
    }

    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v;
    }

    String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw error("column \"" + column + "\" is empty");
      }
      return v;
    }

    LocalDate date(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw error("not an ISO date in column \"" + column + "\": \"" + v + "\"");
      }
    }

    Confidence confidence(String column) {
      String v = required(column);
      return Confidence.parse(v).orElseThrow(() -> error("not a confidence mark (H, M-H, M,"
          + " L-M, L) in column \"" + column + "\": \"" + v + "\""));
    }

    List<String> list(String column) {
      String v = get(column);
      return v.isEmpty() ? List.of() : Arrays.asList(v.split("\\s+"));
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(sourceName + " line " + line + ": " + what);
    }
  }

  private static final class Table {
    final List<String> header;
    final List<Row> rows = new ArrayList<>();

    Table(List<String> header) {
      this.header = header;
    }
  }

  private void split(Reader reader) {
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      String section = null;
      Table table = null;
      while ((line = in.readLine()) != null) {
        number++;
        if (number > MAX_LINES) {
          throw new IllegalArgumentException(sourceName + ": more than " + MAX_LINES + " lines");
        }
        if (line.length() > MAX_LINE) {
          throw new IllegalArgumentException(sourceName + " line " + number + ": longer than "
              + MAX_LINE + " characters");
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          String name = line.strip();
          if (!name.endsWith("]")) {
            throw new IllegalArgumentException(sourceName + " line " + number
                + ": a section line is \"[name]\"");
          }
          section = name.substring(1, name.length() - 1).strip();
          if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException(sourceName + " line " + number
                + ": unknown section [" + section + "]; known: " + new java.util.TreeSet<>(
                SECTIONS));
          }
          if (tables.containsKey(section)) {
            throw new IllegalArgumentException(sourceName + " line " + number
                + ": section [" + section + "] appears twice");
          }
          table = null;
          continue;
        }
        if (section == null) {
          throw new IllegalArgumentException(sourceName + " line " + number
              + ": data before the first section");
        }
        List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        cells.replaceAll(String::strip);
        if (table == null) {
          table = new Table(cells);
          tables.put(section, table);
          continue;
        }
        if (cells.size() > table.header.size()) {
          throw new IllegalArgumentException(sourceName + " line " + number + ": "
              + cells.size() + " cells, but [" + section + "] has " + table.header.size()
              + " columns " + table.header);
        }
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          byName.put(table.header.get(i), cells.get(i));
        }
        table.rows.add(new Row(number, byName));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName, e);
    }
  }

  private List<Row> rows(String section, boolean required, String... columns) {
    Table t = tables.get(section);
    if (t == null) {
      if (required) {
        throw new IllegalArgumentException(sourceName + ": section [" + section + "] missing");
      }
      return List.of();
    }
    for (String c : columns) {
      if (!t.header.contains(c)) {
        throw new IllegalArgumentException(sourceName + ": section [" + section
            + "] has no column \"" + c + "\" (columns: " + t.header + ")");
      }
    }
    return t.rows;
  }

  // ---- building ----

  private PolicyCatalog build() {
    Map<String, Contractor> byJurisdiction = contractors();
    List<UsState> states = states(byJurisdiction.keySet());
    Map<String, List<Row>> rules = rules();
    Map<String, Map<String, DiagnosisRow>> diagnoses = diagnoses();
    Map<String, LocalDate> paEnds = new java.util.TreeMap<>();
    Map<String, String> paSources = new LinkedHashMap<>();
    for (Row r : rows("prior-authorization-codes", false, "code", "last", "confidence",
        "source")) {
      String code = r.required("code");
      if (paEnds.containsKey(code) || paSources.containsKey(code)) {
        throw r.error("code " + code + " listed twice");
      }
      r.confidence("confidence");
      paSources.put(code, r.required("source"));
      paEnds.put(code, r.date("last"));
    }
    List<Row> payerRules = rows("payer-rules", false, "rule", "jurisdictions", "from", "to",
        "confidence", "source");
    for (Row r : payerRules) {
      if (!r.required("rule").equals("thoracolumbar-junction")) {
        throw r.error("unknown payer rule \"" + r.get("rule") + "\" (known:"
            + " thoracolumbar-junction)");
      }
      for (String j : r.list("jurisdictions")) {
        if (!byJurisdiction.containsKey(j)) {
          throw r.error("unknown jurisdiction " + j);
        }
      }
      if (r.date("from") == null) {
        throw r.error("a payer rule needs a \"from\" date");
      }
      r.confidence("confidence");
    }
    Map<String, String> textNames = new LinkedHashMap<>();
    for (Row r : rows("texts", false, "text", "name", "source")) {
      textNames.put(r.required("text"), r.required("name"));
    }

    List<PolicyVersion> versions = new ArrayList<>();
    for (Row r : rows("versions", true, "jurisdictions", "lcd", "article", "text", "from", "to",
        "date-confidence", "uncertain-from", "diagnoses", "source", "note")) {
      List<String> js = r.list("jurisdictions");
      if (js.isEmpty()) {
        throw r.error("a version needs its jurisdictions");
      }
      Contractor c = null;
      for (String j : js) {
        Contractor cj = byJurisdiction.get(j);
        if (cj == null) {
          throw r.error("unknown jurisdiction " + j);
        }
        if (c != null && c != cj) {
          throw r.error("jurisdictions of two contractors in one version");
        }
        c = cj;
      }
      String text = r.required("text");
      if (!rules.containsKey(text)) {
        throw r.error("no rules for text \"" + text + "\"");
      }
      boolean unconfirmed = r.get("from").equalsIgnoreCase("unconfirmed");
      LocalDate from = unconfirmed ? null : r.date("from");
      if (from == null && !unconfirmed) {
        throw r.error("\"from\" is a date or \"unconfirmed\"");
      }
      LocalDate to = r.date("to");
      if (from != null && to != null && to.isBefore(from)) {
        throw r.error("\"to\" " + to + " is before \"from\" " + from);
      }
      String list = r.get("diagnoses").isEmpty() ? ruleValue(rules, text, "diagnoses")
          : r.get("diagnoses");
      if (list != null && !diagnoses.containsKey(list)) {
        throw r.error("unknown diagnosis list \"" + list + "\"");
      }
      String lcd = r.required("lcd");
      String article = r.required("article");
      String label = c.name() + " " + lcd + "/" + article + " (" + text + " text)";
      CoveragePolicy policy = unconfirmed ? null : policy(c.id() + "-" + lcd + "-" + text,
          label, text, from, rules, diagnoses, list, paEnds, thoracolumbarFrom(payerRules, js),
          thoracolumbarSource(payerRules, js), r.get("source"));
      versions.add(new PolicyVersion(c, ImmutableList.copyOf(js), lcd, article, text, from,
          to, r.confidence("date-confidence"), r.date("uncertain-from"), list == null ? ""
          : list, r.required("source"), r.get("note"), policy));
    }
    checkOverlaps(versions);

    Map<String, CoveragePolicy> shared = new LinkedHashMap<>();
    for (String text : rules.keySet()) {
      if (text.equals("*")) {
        continue;
      }
      LocalDate first = null;
      for (PolicyVersion v : versions) {
        if (v.text().equals(text) && v.from().isPresent()
            && (first == null || v.from().get().isBefore(first))) {
          first = v.from().get();
        }
      }
      if (first == null) {
        continue;
      }
      String name = textNames.getOrDefault(text, text + " text");
      shared.put(text, policy("medicare-" + text + "-state-unknown", name + " (state of"
          + " service unknown)", text, first, rules, diagnoses, ruleValue(rules, text,
          "diagnoses"), paEnds, null, null, ""));
    }

    List<RuleFact> facts = new ArrayList<>();
    for (List<Row> rs : rules.values()) {
      for (Row r : rs) {
        facts.add(new RuleFact(r.get("text"), r.get("rule"), r.get("value"),
            r.confidence("confidence"), r.required("source")));
      }
    }
    return new PolicyCatalog(sourceName,
        ImmutableList.copyOf(new java.util.LinkedHashSet<>(byJurisdiction.values())),
        ImmutableList.copyOf(states), ImmutableList.copyOf(versions), shared,
        ImmutableList.copyOf(facts), ImmutableList.copyOf(codes()), byJurisdiction);
  }

  private Map<String, Contractor> contractors() {
    Map<String, List<String>> jurisdictionsOf = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    List<Row> rows = rows("jurisdictions", true, "jurisdiction", "contractor", "contractor-name");
    Set<String> seen = new HashSet<>();
    for (Row r : rows) {
      String j = r.required("jurisdiction");
      if (!seen.add(j)) {
        throw r.error("jurisdiction " + j + " listed twice");
      }
      String id = r.required("contractor");
      String name = r.required("contractor-name");
      if (names.containsKey(id) && !names.get(id).equals(name)) {
        throw r.error("contractor " + id + " has two names");
      }
      names.put(id, name);
      jurisdictionsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(j);
    }
    Map<String, Contractor> byJurisdiction = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : jurisdictionsOf.entrySet()) {
      Contractor c = new Contractor(e.getKey(), names.get(e.getKey()),
          ImmutableList.copyOf(e.getValue()));
      for (String j : e.getValue()) {
        byJurisdiction.put(j, c);
      }
    }
    return byJurisdiction;
  }

  private List<UsState> states(Set<String> jurisdictions) {
    List<UsState> out = new ArrayList<>();
    Set<String> usps = new HashSet<>();
    Set<String> ssa = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Row r : rows("states", true, "usps", "name", "other-names", "ssa", "jurisdiction",
        "other-jurisdiction", "note")) {
      String code = r.required("usps").toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}") || !usps.add(code)) {
        throw r.error("USPS code \"" + code + "\" is not two letters or is listed twice");
      }
      String s = r.required("ssa");
      if (!s.matches("[0-9]{2}") || !ssa.add(s)) {
        throw r.error("SSA code \"" + s + "\" is not two digits or is listed twice");
      }
      for (String j : new String[] {r.required("jurisdiction"), r.get("other-jurisdiction")}) {
        if (!j.isEmpty() && !jurisdictions.contains(j)) {
          throw r.error("unknown jurisdiction " + j);
        }
      }
      List<String> other = r.get("other-names").isEmpty() ? List.of()
          : Arrays.asList(r.get("other-names").split("\\|"));
      List<String> all = new ArrayList<>(other);
      all.add(r.required("name"));
      for (String n : all) {
        if (!names.add(PolicyCatalog.key(n))) {
          throw r.error("state name \"" + n + "\" listed twice");
        }
      }
      out.add(new UsState(code, r.required("name"), ImmutableList.copyOf(other), s,
          r.required("jurisdiction"), r.get("other-jurisdiction"), r.get("note")));
    }
    return out;
  }

  /** The rule rows by text ("*" first), validated. */
  private Map<String, List<Row>> rules() {
    Map<String, List<Row>> out = new LinkedHashMap<>();
    for (Row r : rows("rules", true, "text", "rule", "value", "confidence", "source")) {
      String key = r.required("rule");
      if (!RULES.containsKey(key)) {
        throw r.error("unknown rule \"" + key + "\" (known: " + new java.util.TreeSet<>(
            RULES.keySet()) + ")");
      }
      r.confidence("confidence");
      r.required("source");
      List<Row> rs = out.computeIfAbsent(r.required("text"), k -> new ArrayList<>());
      for (Row o : rs) {
        if (o.get("rule").equals(key)) {
          throw r.error("rule " + key + " given twice for text " + r.get("text"));
        }
      }
      rs.add(r);
    }
    return out;
  }

  private static String ruleValue(Map<String, List<Row>> rules, String text, String key) {
    for (String t : new String[] {text, "*"}) {
      for (Row r : rules.getOrDefault(t, List.of())) {
        if (r.get("rule").equals(key)) {
          return r.get("value");
        }
      }
    }
    return null;
  }

  /** One diagnosis row. */
  private record DiagnosisRow(String code, Set<JointFamily> regions, boolean covered,
      DateRange validity) {}

  private Map<String, Map<String, DiagnosisRow>> diagnoses() {
    Map<String, Map<String, DiagnosisRow>> out = new LinkedHashMap<>();
    for (Row r : rows("diagnoses", true, "list", "code", "regions", "kind", "valid-from",
        "valid-to", "confidence", "source")) {
      String code = r.required("code").toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?")) {
        throw r.error("not an ICD-10-CM code: \"" + code + "\"");
      }
      Set<JointFamily> regions = regions(r, r.list("regions"));
      if (regions.isEmpty()) {
        throw r.error("a diagnosis needs its regions (CT, LS)");
      }
      String kind = r.required("kind");
      if (!kind.equals("covered") && !kind.equals("radiculopathy")) {
        throw r.error("kind is covered or radiculopathy, not \"" + kind + "\"");
      }
      DateRange validity;
      try {
        validity = DateRange.of(r.date("valid-from"), r.date("valid-to"));
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
      r.confidence("confidence");
      Map<String, DiagnosisRow> list = out.computeIfAbsent(r.required("list"),
          k -> new LinkedHashMap<>());
      if (list.put(CoveragePolicy.normalizeIcd(code), new DiagnosisRow(code, regions,
          kind.equals("covered"), validity)) != null) {
        throw r.error(code + " listed twice in " + r.get("list"));
      }
    }
    return out;
  }

  private Set<JointFamily> regions(Row r, List<String> words) {
    Set<JointFamily> out = java.util.EnumSet.noneOf(JointFamily.class);
    for (String w : words) {
      switch (w) {
        case "CT":
          out.add(JointFamily.CERVICAL_THORACIC);
          break;
        case "LS":
          out.add(JointFamily.LUMBAR_SACRAL);
          break;
        default:
          throw r.error("a region is CT or LS, not \"" + w + "\"");
      }
    }
    return out;
  }

  private List<CodeInfo> codes() {
    List<CodeInfo> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row r : rows("codes", false, "code", "category", "region", "description", "confidence",
        "source")) {
      String code = r.required("code").toUpperCase(Locale.ROOT);
      if (!seen.add(code)) {
        throw r.error("code " + code + " listed twice");
      }
      CodeCategory category;
      try {
        category = CodeCategory.valueOf(r.required("category"));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown category \"" + r.get("category") + "\" (known: "
            + Arrays.toString(CodeCategory.values()) + ")");
      }
      Set<JointFamily> region = regions(r, r.list("region"));
      if (region.size() > 1) {
        throw r.error("a code names one region at most");
      }
      out.add(new CodeInfo(code, category, region.isEmpty() ? null : region.iterator().next(),
          r.required("description"), r.confidence("confidence"), r.required("source")));
    }
    return out;
  }

  private static LocalDate thoracolumbarFrom(List<Row> payerRules, List<String> js) {
    for (Row r : payerRules) {
      for (String j : r.list("jurisdictions")) {
        if (js.contains(j)) {
          return r.date("from");
        }
      }
    }
    return null;
  }

  private static String thoracolumbarSource(List<Row> payerRules, List<String> js) {
    for (Row r : payerRules) {
      for (String j : r.list("jurisdictions")) {
        if (js.contains(j)) {
          return r.get("source") + " [" + r.get("confidence") + "]";
        }
      }
    }
    return null;
  }

  private void checkOverlaps(List<PolicyVersion> versions) {
    for (int a = 0; a < versions.size(); a++) {
      for (int b = a + 1; b < versions.size(); b++) {
        PolicyVersion x = versions.get(a);
        PolicyVersion y = versions.get(b);
        if (x.from().isEmpty() || y.from().isEmpty()) {
          continue;
        }
        boolean shareJurisdiction = false;
        for (String j : x.jurisdictions()) {
          shareJurisdiction |= y.jurisdictions().contains(j);
        }
        LocalDate xEnd = x.to().orElse(LocalDate.MAX);
        LocalDate yEnd = y.to().orElse(LocalDate.MAX);
        if (shareJurisdiction && !x.from().get().isAfter(yEnd)
            && !y.from().get().isAfter(xEnd)) {
          throw new IllegalArgumentException(sourceName + ": versions overlap: " + x.describe()
              + " and " + y.describe());
        }
      }
    }
  }

  // ---- rules into a policy ----

  /** Rule keys and the coverage rule each gives the source and confidence of. */
  private static final Map<String, CoverageRule> RULES = Map.ofEntries(
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

  private CoveragePolicy policy(String name, String label, String text, LocalDate from,
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

  private void apply(CoveragePolicy.Builder b, Row r, String key,
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
      if (e.getMessage() != null && e.getMessage().startsWith(sourceName)) {
        throw e;
      }
      throw r.error("bad value for " + key + ": \"" + r.get("value") + "\" ("
          + e.getMessage() + ")");
    }
  }

  private String one(Row r, List<String> v) {
    if (v.size() != 1) {
      throw r.error("expected one value, not \"" + r.get("value") + "\"");
    }
    return v.get(0);
  }

  private List<String> two(Row r, List<String> v) {
    if (v.size() != 2) {
      throw r.error("expected two values, not \"" + r.get("value") + "\"");
    }
    return v;
  }

  private boolean yes(Row r, List<String> v) {
    String s = one(r, v);
    if (!s.equals("yes") && !s.equals("no")) {
      throw r.error("expected yes or no, not \"" + s + "\"");
    }
    return s.equals("yes");
  }
}
