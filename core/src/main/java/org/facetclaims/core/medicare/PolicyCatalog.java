package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.coverage.CoverageContext.StateInput;
import org.facetclaims.core.coverage.CoveragePolicy;

/**
 * The Medicare facet policies as dated data: the contractors and their jurisdictions, the states
 * each serves (USPS codes, names, SSA codes), each contractor's LCD and billing article versions
 * with the dates they apply to and the rules of their text (2021 or 2024), each rule with its
 * source and confidence, the covered and radiculopathy diagnoses with their ICD-10-CM validity,
 * the prior authorization list, and the codes a coder may confuse. Loaded once into immutable
 * values; thread-safe.
 *
 * <p>{@link #bundled()} is the data shipped with the library; {@link #load(Path)} reads a
 * replacement in the same format (documented at the top of the bundled file, {@code
 * org/facetclaims/core/medicare/facet-policies.tsv}), so that a revised LCD is a data change.
 *
 * <pre>{@code
 * PolicyCatalog catalog = PolicyCatalog.bundled();
 * UsState ohio = catalog.state("Ohio").orElseThrow();          // also "OH"; SSA code "36"
 * PolicySelection s = catalog.select(ohio, LocalDate.of(2025, 3, 3));
 * s.version().get().lcd();                                      // "L38773"
 * s.policy().get().levelsBeyondLimitNonCovered();               // true: the 2024 text
 * }</pre>
 */
public final class PolicyCatalog {
  private static final String BUNDLED_NAME = "facet-policies.tsv";
  private static final PolicyCatalog BUNDLED = loadBundled();

  private final String sourceName;
  private final ImmutableList<Contractor> contractors;
  private final ImmutableList<UsState> states;
  private final ImmutableList<PolicyVersion> versions;
  private final ImmutableMap<String, CoveragePolicy> sharedPolicies;
  private final ImmutableList<RuleFact> rules;
  private final ImmutableMap<String, CodeInfo> codes;
  private final ImmutableMap<String, Contractor> byJurisdiction;
  private final ImmutableMap<String, UsState> byKey;
  private final ImmutableMap<String, UsState> bySsa;
  /** Each jurisdiction's versions by first date (never-applied versions last), made once. */
  private final ImmutableMap<String, ImmutableList<PolicyVersion>> versionsByJurisdiction;
  /** The selections made, by state (or none) and date: see {@link SelectionCache}. */
  private final SelectionCache selections = new SelectionCache();
  /** How a selection is made when it is not kept (made once: a method reference is an object). */
  private final BiFunction<UsState, LocalDate, PolicySelection> makeForState = this::choose;
  private final BiFunction<UsState, LocalDate, PolicySelection> makeForUnknownState =
      (none, date) -> chooseForUnknownState(date);

  PolicyCatalog(String sourceName, ImmutableList<Contractor> contractors,
      ImmutableList<UsState> states, ImmutableList<PolicyVersion> versions,
      Map<String, CoveragePolicy> sharedPolicies, ImmutableList<RuleFact> rules,
      ImmutableList<CodeInfo> codes, Map<String, Contractor> byJurisdiction) {
    this.sourceName = sourceName;
    this.contractors = contractors;
    this.states = states;
    this.versions = versions;
    this.sharedPolicies = ImmutableMap.copyOf(sharedPolicies);
    this.rules = rules;
    Map<String, CodeInfo> c = new LinkedHashMap<>();
    for (CodeInfo i : codes) {
      c.put(i.code(), i);
    }
    this.codes = ImmutableMap.copyOf(c);
    this.byJurisdiction = ImmutableMap.copyOf(byJurisdiction);
    Map<String, UsState> keys = new HashMap<>();
    Map<String, UsState> ssa = new HashMap<>();
    for (UsState s : states) {
      keys.put(key(s.usps()), s);
      keys.put(key(s.name()), s);
      for (String n : s.otherNames()) {
        keys.put(key(n), s);
      }
      ssa.put(s.ssaCode(), s);
    }
    this.byKey = ImmutableMap.copyOf(keys);
    this.bySsa = ImmutableMap.copyOf(ssa);
    Map<String, ImmutableList<PolicyVersion>> vs = new LinkedHashMap<>();
    for (String j : byJurisdiction.keySet()) {
      List<PolicyVersion> out = new ArrayList<>();
      for (PolicyVersion v : versions) {
        if (v.jurisdictions().contains(j)) {
          out.add(v);
        }
      }
      out.sort((a, b) -> a.from().orElse(LocalDate.MAX)
          .compareTo(b.from().orElse(LocalDate.MAX)));
      vs.put(j, ImmutableList.copyOf(out));
    }
    this.versionsByJurisdiction = ImmutableMap.copyOf(vs);
  }

  /** The catalog shipped with the library. */
  public static PolicyCatalog bundled() {
    return BUNDLED;
  }

  /**
   * Reads a catalog file in the bundled format.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it is not a valid catalog (the message names the line)
   */
  public static PolicyCatalog load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.getFileName().toString());
    }
  }

  /**
   * Parses a catalog in the bundled format; {@code sourceName} names it in error messages.
   *
   * @throws IllegalArgumentException when it is not a valid catalog (the message names the line)
   */
  public static PolicyCatalog parse(Reader reader, String sourceName) {
    return PolicyCatalogReader.read(Objects.requireNonNull(reader, "reader"),
        Objects.requireNonNull(sourceName, "sourceName"));
  }

  private static PolicyCatalog loadBundled() {
    InputStream in = PolicyCatalog.class.getResourceAsStream(BUNDLED_NAME);
    if (in == null) {
      throw new IllegalStateException("Bundled policy catalog missing from the jar: "
          + BUNDLED_NAME);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(r, "bundled " + BUNDLED_NAME);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the bundled policy catalog", e);
    }
  }

  /** Where the data came from ("bundled facet-policies.tsv" or the file's name). */
  public String sourceName() {
    return sourceName;
  }

  /** The contractors, in data order. */
  public ImmutableList<Contractor> contractors() {
    return contractors;
  }

  /** The contractor holding an A/B jurisdiction ("J15"). */
  public Optional<Contractor> contractorOf(String jurisdiction) {
    return Optional.ofNullable(byJurisdiction.get(jurisdiction));
  }

  /** The states, DC and territories, in data order. */
  public ImmutableList<UsState> states() {
    return states;
  }

  /**
   * The state named by a USPS code or a name ("OH", "oh", "Ohio", "Washington, D.C."); case,
   * spaces and punctuation are ignored. Anything else, SSA or FIPS numbers included, is not a
   * state: use {@link #stateBySsaCode(String)} for the numeric codes of CMS's files.
   */
  public Optional<UsState> state(String text) {
    if (text == null || text.length() > 64) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(key(text)));
  }

  /** The state with this two-digit SSA state code (CMS research files: "36" is Ohio). */
  public Optional<UsState> stateBySsaCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip();
    if (c.length() == 1 && Character.isDigit(c.charAt(0))) {
      c = "0" + c;
    }
    return Optional.ofNullable(bySsa.get(c));
  }

  /** Every version, in data order. */
  public ImmutableList<PolicyVersion> versions() {
    return versions;
  }

  /** The versions governing a jurisdiction, by first date (never-applied versions last). */
  public ImmutableList<PolicyVersion> versions(String jurisdiction) {
    return versionsByJurisdiction.getOrDefault(jurisdiction, ImmutableList.of());
  }

  /** The version of a jurisdiction applied on a date of service, if any. */
  public Optional<PolicyVersion> version(String jurisdiction, LocalDate dateOfService) {
    for (PolicyVersion v : versions(jurisdiction)) {
      if (v.appliesTo(dateOfService)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * The shared rules of a text ("2021", "2024") without any contractor's own rule, as applied
   * when the state of service is unknown.
   */
  public Optional<CoveragePolicy> sharedPolicy(String text) {
    return Optional.ofNullable(sharedPolicies.get(text));
  }

  /** The rules of every text as the data states them, with sources and confidence. */
  public ImmutableList<RuleFact> rules() {
    return rules;
  }

  /** What the catalog knows about a code (category, region, description, source). */
  public Optional<CodeInfo> code(String code) {
    return code == null ? Optional.empty()
        : Optional.ofNullable(codes.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** Every code the catalog classifies, in data order. */
  public ImmutableList<CodeInfo> codes() {
    return codes.values().asList();
  }

  // ---- choosing the policy ----

  /**
   * The policy for a session from the states its input names: one valid state chooses its
   * contractor's version on the date; no state, none valid, or conflicting states fall back to
   * {@link #selectForUnknownState(LocalDate)}, with a finding naming each element that is not a
   * state and the conflict.
   */
  public PolicySelection select(List<StateInput> inputs, LocalDate dateOfService) {
    Objects.requireNonNull(dateOfService, "dateOfService");
    UsState only = onlyState(inputs);
    if (only != null && !choosesByLocality(only)) {
      // every input names the same state, or none names one: no finding of the inputs' own,
      // so the kept selection is the whole answer (not in Virginia, where the addresses'
      // localities choose the contractor: see selectInState)
      return only == NO_STATE ? selectForUnknownState(dateOfService)
          : select(only, dateOfService);
    }
    List<Finding> findings = new ArrayList<>();
    Map<UsState, List<StateInput>> valid = new LinkedHashMap<>();
    for (StateInput in : inputs) {
      Optional<UsState> s = state(in.value());
      if (s.isPresent()) {
        valid.computeIfAbsent(s.get(), k -> new ArrayList<>()).add(in);
      } else {
        findings.add(Finding.of(FindingCode.STATE_NOT_RECOGNISED, "\"" + shorten(in.value())
            + "\" is not a US state, the District of Columbia or a US territory (USPS code or"
            + " name); the Medicare contractor is not known from it.").at(in.element()));
      }
    }
    if (valid.size() > 1) {
      List<String> named = new ArrayList<>();
      List<String> elements = new ArrayList<>();
      for (Map.Entry<UsState, List<StateInput>> e : valid.entrySet()) {
        for (StateInput in : e.getValue()) {
          named.add(e.getKey().usps() + " (" + in.element() + ")");
          elements.add(in.element());
        }
      }
      findings.add(Finding.of(FindingCode.STATE_CONFLICT, "The input names different states"
          + " of service for one session: " + String.join(", ", named) + "; none was chosen.")
          .at(String.join(", ", elements)));
    }
    PolicySelection chosen = valid.size() == 1
        ? selectInState(valid.entrySet().iterator().next(), dateOfService)
        : selectForUnknownState(dateOfService);
    findings.addAll(chosen.findings());
    return new PolicySelection(chosen.state(), chosen.version(), chosen.policy(),
        ImmutableList.copyOf(findings));
  }

  /** A state whose Part B claims go to two jurisdictions by locality (Virginia). */
  private static boolean choosesByLocality(UsState state) {
    return !state.otherJurisdiction().isEmpty() && "VA".equals(state.usps());
  }

  /** Stands for "no state given" in {@link #onlyState}. */
  private static final UsState NO_STATE = new UsState("", "", ImmutableList.of(), "", "", "",
      "");

  /**
   * The one state every input names ({@link #NO_STATE} when there is no input), or null when an
   * input is not a state or two name different states: those make findings of their own.
   */
  private UsState onlyState(List<StateInput> inputs) {
    UsState only = NO_STATE;
    for (int i = 0; i < inputs.size(); i++) {
      UsState s = state(inputs.get(i).value()).orElse(null);
      if (s == null || (only != NO_STATE && s != only)) {
        return null;
      }
      only = s;
    }
    return only;
  }

  /**
   * The policy for one state named by {@code inputs}: {@link #select(UsState, LocalDate)},
   * except in a state whose Part B claims go to two jurisdictions (Virginia), where the
   * addresses' localities choose ({@link NorthernVirginia}); when they do not settle it, the
   * state's own contractor with an information finding (FC-638), so that nothing rests on a
   * guess (the lines are then not split).
   */
  private PolicySelection selectInState(Map.Entry<UsState, List<StateInput>> named,
      LocalDate dateOfService) {
    UsState state = named.getKey();
    if (!choosesByLocality(state)) {
      return select(state, dateOfService);
    }
    NorthernVirginia.Verdict verdict = null;
    List<String> elements = new ArrayList<>();
    for (StateInput in : named.getValue()) {
      NorthernVirginia.Verdict v = NorthernVirginia.of(in.locality());
      verdict = verdict == null || verdict == v ? v : NorthernVirginia.Verdict.UNKNOWN;
      elements.add(in.element());
    }
    String where = String.join(", ", elements);
    if (verdict == NorthernVirginia.Verdict.REST_OF_VIRGINIA) {
      Optional<PolicyVersion> v = version(state.jurisdiction(), dateOfService);
      return new PolicySelection(Optional.of(state), v, v.map(PolicyVersion::policy),
          ImmutableList.copyOf(uncertainty(state.jurisdiction(), dateOfService, v).stream()
              .iterator()));
    }
    if (verdict == NorthernVirginia.Verdict.JURISDICTION_L) {
      Optional<PolicyVersion> v = version(state.otherJurisdiction(), dateOfService);
      return new PolicySelection(Optional.of(state), v, v.map(PolicyVersion::policy),
          ImmutableList.copyOf(uncertainty(state.otherJurisdiction(), dateOfService, v)
              .stream().iterator()));
    }
    PolicySelection own = select(state, dateOfService);
    List<Finding> findings = new ArrayList<>(own.findings());
    findings.add(0, Finding.of(FindingCode.CONTRACTOR_NOT_SETTLED_BY_STATE, state + ": "
        + state.note() + ". The address (" + where + ") gives no county (Address.district),"
        + " city or ZIP code that settles it, so " + own.version().map(PolicyVersion::describe)
        .orElse("the state's own contractor") + " is assumed and the lines are not split.")
        .at(where).withSource(sourceName + ": states, " + state.usps()
            + "; CMS A/B MAC Jurisdiction L fact sheet"));
    return new PolicySelection(own.state(), own.version(), own.policy(),
        ImmutableList.copyOf(findings));
  }

  /**
   * The policy for a session furnished in {@code state} on {@code dateOfService}: the version of
   * the state's contractor in force on the date, with an information finding when the choice
   * rests on an unconfirmed revision date or when part of the state's claims go to another
   * contractor whose text differs on the date. Empty version and policy when the date is before
   * the contractor's first modelled version.
   */
  public PolicySelection select(UsState state, LocalDate dateOfService) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(dateOfService, "dateOfService");
    return selections.get(state, dateOfService, makeForState);
  }

  /** {@link #select(UsState, LocalDate)} made anew. */
  PolicySelection choose(UsState state, LocalDate dateOfService) {
    List<Finding> findings = new ArrayList<>();
    Optional<PolicyVersion> applied = version(state.jurisdiction(), dateOfService);
    uncertainty(state.jurisdiction(), dateOfService, applied).ifPresent(findings::add);
    if (!state.otherJurisdiction().isEmpty() && applied.isPresent()) {
      Optional<PolicyVersion> other = version(state.otherJurisdiction(), dateOfService);
      if (other.isPresent() && !other.get().text().equals(applied.get().text())) {
        findings.add(Finding.of(FindingCode.COVERAGE_POLICY_ASSUMED, state + ": "
            + state.note() + ". On " + dateOfService + " " + applied.get().describe() + " is"
            + " applied; " + other.get().describe() + " would apply the " + other.get().text()
            + " text.").withSource(sourceName + ": states, " + state.usps()));
      }
    }
    return new PolicySelection(Optional.of(state), applied,
        applied.map(PolicyVersion::policy), ImmutableList.copyOf(findings));
  }

  /**
   * The policy when the state of service is not known: if every jurisdiction applies the same
   * text on the date (and none is in doubt), that text's shared rules, without a finding;
   * otherwise the text applied by the most contractors (the older on a tie), with an
   * information finding naming the assumption and the contractors that differ.
   */
  public PolicySelection selectForUnknownState(LocalDate dateOfService) {
    Objects.requireNonNull(dateOfService, "dateOfService");
    return selections.get(null, dateOfService, makeForUnknownState);
  }

  /** {@link #selectForUnknownState(LocalDate)} made anew. */
  PolicySelection chooseForUnknownState(LocalDate dateOfService) {
    Map<String, Set<String>> contractorsByText = new TreeMap<>();
    List<String> without = new ArrayList<>();
    List<String> doubtful = new ArrayList<>();
    for (Contractor c : contractors) {
      for (String j : c.jurisdictions()) {
        Optional<PolicyVersion> v = version(j, dateOfService);
        if (v.isPresent()) {
          contractorsByText.computeIfAbsent(v.get().text(), k -> new LinkedHashSet<>())
              .add(c.name());
        } else if (!without.contains(c.name())) {
          without.add(c.name());
        }
        if (uncertainty(j, dateOfService, v).isPresent() && !doubtful.contains(c.name())) {
          doubtful.add(c.name());
        }
      }
    }
    if (contractorsByText.isEmpty()) {
      // before every modelled policy: the earliest text, which reports that it is not in force
      Optional<CoveragePolicy> first = sharedPolicies.values().stream()
          .min((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
      return new PolicySelection(Optional.empty(), Optional.empty(), first, ImmutableList.of());
    }
    String text = null;
    int most = -1;
    for (Map.Entry<String, Set<String>> e : contractorsByText.entrySet()) {
      if (e.getValue().size() > most) {
        text = e.getKey();
        most = e.getValue().size();
      }
    }
    Optional<CoveragePolicy> policy = sharedPolicy(text);
    if (contractorsByText.size() == 1 && without.isEmpty() && doubtful.isEmpty()) {
      return new PolicySelection(Optional.empty(), Optional.empty(), policy, ImmutableList.of());
    }
    List<String> others = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : contractorsByText.entrySet()) {
      if (!e.getKey().equals(text)) {
        others.add("the " + e.getKey() + " text for " + String.join(", ", e.getValue()));
      }
    }
    if (!without.isEmpty()) {
      others.add("no modelled policy for " + String.join(", ", without));
    }
    if (!doubtful.isEmpty()) {
      others.add("revision date not confirmed for " + String.join(", ", doubtful));
    }
    Finding f = Finding.of(FindingCode.COVERAGE_POLICY_ASSUMED, "The state of service is"
        + " unknown, and on " + dateOfService + " the contractors' policies differ, so the "
        + text + " text is assumed: it is in force for " + String.join(", ",
        contractorsByText.get(text)) + "; " + String.join("; ", others) + ". Give the state"
        + " of service.")
        .withSource(sourceName + ": versions");
    return new PolicySelection(Optional.empty(), Optional.empty(), policy, ImmutableList.of(f));
  }

  /**
   * FC-631 when a revision of the jurisdiction whose date is not confirmed may already have
   * been in force on the date, while another text is applied.
   */
  private Optional<Finding> uncertainty(String jurisdiction, LocalDate date,
      Optional<PolicyVersion> applied) {
    for (PolicyVersion w : versions(jurisdiction)) {
      if (applied.isPresent() && w == applied.get()) {
        continue;
      }
      if (w.uncertainFrom().isEmpty() || date.isBefore(w.uncertainFrom().get())
          || (w.from().isPresent() && !date.isBefore(w.from().get()))) {
        continue;
      }
      if (applied.isPresent() && applied.get().text().equals(w.text())) {
        continue;
      }
      String used = applied.map(v -> "the " + v.text() + " text (" + v.lcd() + ") is applied")
          .orElse("no modelled policy is applied");
      return Optional.of(Finding.of(FindingCode.COVERAGE_POLICY_ASSUMED, w.contractor().name()
          + ": the date of the " + w.text() + " revision of " + w.lcd() + " is not confirmed ("
          + (w.from().isPresent() ? "the library applies it from " + w.from().get()
          : "no revision date was found") + "). On " + date + " " + used + "; if the revision"
          + " was already in force, its rules apply instead. " + w.note())
          .withSource(w.source() + " [" + w.dateConfidence().mark() + "]"));
    }
    return Optional.empty();
  }

  /** A state name or code without case, spaces and punctuation: "Washington, D.C." -> "WASHINGTONDC". */
  static String key(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  @Override
  public String toString() {
    return "policy catalog " + sourceName + ": " + versions.size() + " versions, "
        + contractors.size() + " contractors";
  }
}
