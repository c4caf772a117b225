package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableList;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.facetclaims.core.medicare.CatalogTables.Row;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.CoveragePolicy;
import org.facetclaims.core.coverage.DateRange;

/**
 * Reads the catalog's text format (sections of tab-separated tables; the bundled file's header
 * documents it) into a {@link PolicyCatalog}. Strict: an unknown section, column, rule key,
 * code or date is an error naming the source and line, so that a replaced file that does not
 * say what its author meant fails at load, not at a claim.
 */
final class PolicyCatalogReader {
  private final String sourceName;
  private final CatalogTables tables;

  private PolicyCatalogReader(String sourceName) {
    this.sourceName = sourceName;
    this.tables = new CatalogTables(sourceName);
  }

  static PolicyCatalog read(Reader reader, String sourceName) {
    PolicyCatalogReader r = new PolicyCatalogReader(sourceName);
    r.tables.split(reader);
    return r.build();
  }

  private List<Row> rows(String section, boolean required, String... columns) {
    return tables.rows(section, required, columns);
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
      CoveragePolicy policy = unconfirmed ? null : PolicyRulesReader.policy(
          c.id() + "-" + lcd + "-" + text, label, text, from, rules, diagnoses, list, paEnds,
          thoracolumbarFrom(payerRules, js), thoracolumbarSource(payerRules, js),
          r.get("source"));
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
      shared.put(text, PolicyRulesReader.policy("medicare-" + text + "-state-unknown",
          name + " (state of service unknown)", text, first, rules, diagnoses,
          ruleValue(rules, text, "diagnoses"), paEnds, null, null, ""));
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
      if (!PolicyRulesReader.RULES.containsKey(key)) {
        throw r.error("unknown rule \"" + key + "\" (known: " + new java.util.TreeSet<>(
            PolicyRulesReader.RULES.keySet()) + ")");
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
  record DiagnosisRow(String code, Set<JointFamily> regions, boolean covered,
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

}
