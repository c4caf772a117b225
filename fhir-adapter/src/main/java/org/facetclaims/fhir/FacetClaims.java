package org.facetclaims.fhir;

import ca.uhn.fhir.context.FhirContext;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.CodingSession;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.OtherClaimLine;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.history.CoverageOptions;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * The adapter's one context object and factory, like HAPI's {@code FhirContext}: it holds the
 * FHIR context (one per JVM), the coding engine, the text grammar and the input limits. Immutable
 * and thread-safe: build one and share it.
 *
 * <pre>{@code
 * FacetClaims facet = FacetClaims.create();
 * CodingOutput out = facet.code(Files.newInputStream(path), PayerProfile.MEDICARE_PHYSICIAN);
 * Bundle bundle = out.toBundle();                      // Claims + OperationOutcome
 * String json = facet.fhirContext().newJsonParser().encodeResourceToString(bundle);
 * }</pre>
 */
public final class FacetClaims {
  private static final FacetClaims DEFAULT = builder().build();

  /**
   * The FHIR context, made on first use: a bulk run of lines the fast decoder reads never needs
   * it, and making HAPI's cached context (its class initialisation, logging) took 40 ms of the
   * start-up every run waits for.
   */
  private final Supplier<FhirContext> fhir;
  private final FacetCodingEngine engine;
  private final ClinicalTextGrammar grammar;
  private final InputLimits limits;
  private final Clock clock;
  private final ProcedureReader reader;
  private final ClaimWriter writer;

  private FacetClaims(Builder b) {
    this.fhir = b.fhir != null ? Suppliers.ofInstance(b.fhir)
        : Suppliers.memoize(FhirContext::forR4Cached);
    this.clock = b.clock;
    this.engine = b.engine != null ? b.engine : FacetCodingEngine.builder().clock(clock).build();
    this.grammar = b.rememberedTexts > 0 ? ClinicalTextGrammar.remembering(b.rememberedTexts)
        : ClinicalTextGrammar.standard();
    this.limits = b.limits;
    this.reader = new ProcedureReader(grammar, limits);
    this.writer = new ClaimWriter(clock);
  }

  /** The default instance: HAPI's cached R4 context, the standard engine, default limits. */
  public static FacetClaims create() {
    return DEFAULT;
  }

  /** A builder to set the engine, clock, limits or FHIR context. */
  public static Builder builder() {
    return new Builder();
  }

  /** The FHIR R4 context (create parsers from it; they are cheap but not thread-safe). */
  public FhirContext fhirContext() {
    return fhir.get();
  }

  /** The core engine. */
  public FacetCodingEngine engine() {
    return engine;
  }

  /** The input limits. */
  public InputLimits limits() {
    return limits;
  }

  /**
   * Parses untrusted JSON or XML into a Procedure or Bundle, within the limits.
   *
   * @throws InputException when it is not readable FHIR; the message names a position or
   *     element, never content
   */
  public IBaseResource parse(InputStream in) {
    return new SafeParser(fhir, limits).parse(in);
  }

  /**
   * The checks {@link #parse} makes before any FHIR parser sees the bytes (size, binary content,
   * JSON syntax and nesting depth, XML document type declarations), for callers that parse with
   * their own parser, such as a FHIR server receiving a Parameters body.
   *
   * @throws InputException when the bytes fail a check
   */
  public void precheck(byte[] bytes) {
    new SafeParser(fhir, limits).precheck(bytes);
  }

  /** Like {@link #parse(InputStream)}, from bytes. */
  public IBaseResource parse(byte[] bytes) {
    return new SafeParser(fhir, limits).parse(bytes);
  }

  /** Parses and codes an input stream under a profile. */
  public CodingOutput code(InputStream in, PayerProfile profile) {
    return code(parse(in), profile);
  }

  /** Codes a Procedure or a Bundle holding Procedures under a profile. */
  public CodingOutput code(IBaseResource input, PayerProfile profile) {
    return code(input, CodingOptions.of(profile));
  }

  /**
   * Codes a Procedure or Bundle with options (profile, a Coverage reference to use, lines of an
   * existing Claim to check edits against).
   *
   * @throws InputException when the input is neither a Procedure nor a Bundle, or exceeds limits
   */
  public CodingOutput code(IBaseResource input, CodingOptions options) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    if (!(input instanceof Procedure) && !(input instanceof org.hl7.fhir.r4.model.Bundle)) {
      throw new InputException(InputException.Kind.WRONG_RESOURCE_TYPE,
          "got " + input.fhirType());
    }
    ResourceIndex index = new ResourceIndex(input, limits.maxResources());
    List<ReadProcedure> read = new ArrayList<>();
    FindingList findings = new FindingList(limits.maxFindings());
    for (ResourceIndex.Located l : index.ofType("Procedure")) {
      ReadProcedure r = reader.read((Procedure) l.resource, l.path, index);
      read.add(r);
      findings.addAll(r.findings);
    }
    if (read.isEmpty()) {
      findings.add(Finding.of(FindingCode.NOT_FACET_DESTRUCTION,
          "The input holds no Procedure; nothing to code."));
    }
    // Sessions: one patient, one date of service, one performer.
    Map<String, List<ReadProcedure>> sessions = new LinkedHashMap<>();
    for (ReadProcedure r : read) {
      if (r.documented == null || r.date == null) {
        continue;
      }
      sessions.computeIfAbsent(sessionKey(r), k -> new ArrayList<>()).add(r);
    }
    ImmutableList.Builder<SessionClaim> out = ImmutableList.builder();
    for (Map.Entry<String, List<ReadProcedure>> e : sessions.entrySet()) {
      Reference cov = coverage(index, e.getValue().get(0).patient, options);
      SessionClaim sc = codeSession(e.getKey(), e.getValue(), options, cov, findings, input);
      if (sc != null) {
        out.add(sc);
      }
    }
    ImmutableList<SessionClaim> claims = out.build();
    findings.close("this input", null);
    String seed = options.profile().name() + "|" + String.join(",", sessions.keySet()) + "|"
        + read.size();
    return new CodingOutput(claims, OutcomeWriter.write(findings, read, seed),
        ImmutableList.copyOf(findings));
  }

  /**
   * Codes one session's procedures and writes its Claim; adds every finding to {@code findings}.
   * Null when the session has no line (nothing billable; the findings say why).
   */
  SessionClaim codeSession(String key, List<ReadProcedure> procedures, CodingOptions options,
      Reference coverage, List<Finding> findings) {
    return codeSession(key, procedures, options, coverage, findings, null);
  }

  /** Like above; {@code input} (the Bundle, if any) is where coverage checks read history. */
  SessionClaim codeSession(String key, List<ReadProcedure> procedures, CodingOptions options,
      Reference coverage, List<Finding> findings, IBaseResource input) {
    CodedSession s = codeForClaim(key, procedures, options, coverage, findings, input);
    if (s == null) {
      return null;
    }
    Claim claim = writer.write(s);
    List<String> labels = new ArrayList<>(s.procedures.size());
    for (ReadProcedure r : s.procedures) {
      labels.add(r.label);
    }
    return new SessionClaim(s.result, claim, labels);
  }

  /**
   * Codes one session's procedures and runs the checks, up to the Claim: every finding, the
   * Claim's parties among them, is added to {@code findings}. Null when the session has no line.
   * The bulk coder writes the Claim's JSON from this directly; {@link #writeClaim} builds it.
   */
  CodedSession codeForClaim(String key, List<ReadProcedure> procedures, CodingOptions options,
      Reference coverage, List<Finding> findings, IBaseResource input) {
    List<ReadProcedure> ps = procedures;
    if (ps.size() > CodingSession.MAX_PROCEDURES) {
      findings.add(Finding.of(FindingCode.INPUT_LIMIT, "More than "
          + CodingSession.MAX_PROCEDURES + " procedures in one session; the rest are not coded.")
          .at(ps.get(CodingSession.MAX_PROCEDURES).path));
      ps = ps.subList(0, CodingSession.MAX_PROCEDURES);
    }
    CodingSession.Builder sb = CodingSession.on(ps.get(0).date);
    for (ReadProcedure r : ps) {
      sb.add(r.documented);
    }
    for (OtherClaimLine o : options.otherLines(ps.get(0).date)) {
      sb.otherLine(o);
    }
    CodingResult result = engine.code(sb.build(), options.profile());
    findings.addAll(result.findings());
    compareHints(ps, result, findings);
    if (result.lines().isEmpty()) {
      return null;
    }
    // Medicare coverage checks (issue 7): findings only; GA/GZ reach the Claim via the writer.
    CoverageAssessment covered = null;
    if (options.coverageChecks() != null) {
      List<org.hl7.fhir.r4.model.Coding> dx = new ArrayList<>();
      for (ReadProcedure r : ps) {
        dx.addAll(r.diagnoses);
      }
      covered = options.coverageChecks().assess(result, input, ps.get(0).patient, dx, findings);
    }
    ClaimWriter.Parties parties = new ClaimWriter.Parties(ps.get(0).patient,
        ps.get(0).performer, coverage, encounter(ps));
    boolean complete = ClaimWriter.partyFindings(ps, parties, findings);
    return new CodedSession(key, result, options.profile(), ps, parties, complete, covered);
  }

  /** The HAPI Claim of a coded session. */
  Claim writeClaim(CodedSession s) {
    return writer.write(s);
  }

  /** The clock Claims are dated by. */
  Clock clock() {
    return clock;
  }

  /** Reads one Procedure (for the bulk coder, which groups across lines itself). */
  ReadProcedure read(Procedure p, String path, ResourceIndex index) {
    return reader.read(p, path, index);
  }

  SafeParser parser() {
    return new SafeParser(fhir, limits);
  }

  static String sessionKey(ReadProcedure r) {
    String patient = r.patient == null ? null : refKey(r.patient);
    if (patient == null) {
      // Without a patient nothing says two procedures belong together.
      return "procedure:" + r.path;
    }
    return patient + "|" + r.date + "|" + (r.performer == null ? "" : refKey(r.performer));
  }

  private static String refKey(Reference ref) {
    if (ref.hasReference()) {
      return ref.getReference();
    }
    if (ref.hasIdentifier()) {
      return ref.getIdentifier().getSystem() + "|" + ref.getIdentifier().getValue();
    }
    return ref.hasDisplay() ? "display:" + ref.getDisplay() : null;
  }

  private static void compareHints(List<ReadProcedure> ps, CodingResult result,
      List<Finding> findings) {
    for (ReadProcedure r : ps) {
      if (r.cptHints.isEmpty()) {   // the usual case: no set to build
        continue;
      }
      for (String hint : new java.util.LinkedHashSet<>(r.cptHints)) {
        boolean found = false;
        for (ClaimLine l : result.lines()) {
          if (l.code().equals(hint)) {
            found = true;
            break;
          }
        }
        if (!found) {
          // The code is the sender's text: quote a code's length of it, not more.
          String shown = hint.length() > 12 ? hint.substring(0, 12) + "..." : hint;
          findings.add(Finding.of(FindingCode.CPT_HINT_DIFFERS, r.label + " carries CPT " + shown
              + ", which is not among the coded lines " + result.lines() + ".")
              .at(r.path + ".code"));
        }
      }
    }
  }

  private static Reference coverage(ResourceIndex index, Reference patient,
      CodingOptions options) {
    if (options.coverage() != null) {
      return options.coverage();
    }
    List<ResourceIndex.Located> all = index.ofType("Coverage");
    ResourceIndex.Located only = all.size() == 1 ? all.get(0) : null;
    for (ResourceIndex.Located l : all) {
      Coverage c = (Coverage) l.resource;
      if (patient != null && patient.hasReference() && c.hasBeneficiary()
          && patient.getReference().equals(c.getBeneficiary().getReference())) {
        return referenceTo(index, l);
      }
    }
    if (only != null && !((Coverage) only.resource).hasBeneficiary()) {
      return referenceTo(index, only);
    }
    return null;
  }

  private static Reference referenceTo(ResourceIndex index, ResourceIndex.Located l) {
    String fullUrl = index.fullUrlOf(l);
    if (fullUrl != null) {
      return new Reference(fullUrl);
    }
    return new Reference(l.resource.fhirType() + "/" + l.resource.getIdElement().getIdPart());
  }

  private static Reference encounter(List<ReadProcedure> ps) {
    for (ReadProcedure r : ps) {
      if (r.encounter != null) {
        return r.encounter;
      }
    }
    return null;
  }

  /** Options for one coding call. Immutable. */
  public static final class CodingOptions {
    private final PayerProfile profile;
    private final Reference coverage;
    private final Claim existingClaim;
    private final CoverageOptions coverageChecks;

    private CodingOptions(PayerProfile profile, Reference coverage, Claim existingClaim) {
      this(profile, coverage, existingClaim, null);
    }

    private CodingOptions(PayerProfile profile, Reference coverage, Claim existingClaim,
        CoverageOptions coverageChecks) {
      this.profile = Objects.requireNonNull(profile, "profile");
      this.coverage = coverage;
      this.existingClaim = existingClaim;
      this.coverageChecks = coverageChecks;
    }

    /**
     * Options with a profile: the Medicare coverage checks are on when the profile says so
     * ({@link PayerProfile#medicareCoverage()}), with unknown ABN and place of service.
     */
    public static CodingOptions of(PayerProfile profile) {
      return new CodingOptions(profile, null, null,
          profile.medicareCoverage() ? CoverageOptions.standard() : null);
    }

    /** These options with a Coverage to put on the Claims (when the input has none). */
    public CodingOptions withCoverage(Reference coverage) {
      return new CodingOptions(profile, coverage, existingClaim, coverageChecks);
    }

    /**
     * These options with a Claim the caller is building: its items (CPT codes and quantities on
     * the same date of service, or without a date) are checked by the edits together with the
     * coded lines. Add the coded items to it with {@link SessionClaim#appendTo(Claim)}.
     */
    public CodingOptions withExistingClaim(Claim claim) {
      return new CodingOptions(profile, coverage, claim, coverageChecks);
    }

    /**
     * These options with the Medicare coverage checks (coding-rules §6) on: their findings join
     * the output, and when the profile asks for coverage modifiers, non-covered Claim items get
     * GA or GZ. Null turns them off (the default for profiles that are not Medicare's).
     */
    public CodingOptions withCoverageChecks(CoverageOptions checks) {
      return new CodingOptions(profile, coverage, existingClaim, checks);
    }

    /** The coverage checks, or null when off. */
    public CoverageOptions coverageChecks() {
      return coverageChecks;
    }

    public PayerProfile profile() {
      return profile;
    }

    Reference coverage() {
      return coverage;
    }

    List<OtherClaimLine> otherLines(java.time.LocalDate date) {
      List<OtherClaimLine> out = new ArrayList<>();
      if (existingClaim == null) {
        return out;
      }
      for (Claim.ItemComponent item : existingClaim.getItem()) {
        if (item.hasServicedDateType() && item.getServicedDateType().getValueAsString() != null
            && !item.getServicedDateType().getValueAsString().startsWith(date.toString())) {
          continue;
        }
        for (Coding c : item.getProductOrService().getCoding()) {
          if (ProcedureReader.hasCodeValue(c)) {
            int qty = item.hasQuantity() && item.getQuantity().hasValue()
                ? Math.max(1, item.getQuantity().getValue().intValue()) : 1;
            List<Modifier> mods = new ArrayList<>();
            for (org.hl7.fhir.r4.model.CodeableConcept m : item.getModifier()) {
              Modifier.fromCode(m.getCodingFirstRep().getCode()).ifPresent(mods::add);
            }
            out.add(OtherClaimLine.of(c.getCode(), qty, mods.toArray(new Modifier[0])));
            break;
          }
        }
      }
      return out;
    }
  }

  /** Configures a {@link FacetClaims}. */
  public static final class Builder {
    private FhirContext fhir;
    private FacetCodingEngine engine;
    private InputLimits limits = InputLimits.DEFAULT;
    private Clock clock = Clock.systemUTC();
    private int rememberedTexts;

    private Builder() {}

    /**
     * Remember the text grammar's readings of up to this many recent texts (procedure names,
     * note templates, site labels up to {@value ClinicalTextGrammar#MAX_REMEMBERED_LENGTH}
     * characters), so that a text seen again is not read again. The output is the same either
     * way. Default 0: off, so that a long-lived context (a server) keeps no clinical text between
     * requests; the bulk command turns it on. See {@link ClinicalTextGrammar#remembering}.
     */
    public Builder rememberedTexts(int entries) {
      if (entries < 0) {
        throw new IllegalArgumentException("entries must be 0 or more, not " + entries);
      }
      this.rememberedTexts = entries;
      return this;
    }

    /** The FHIR context (default: HAPI's cached R4 context, one per JVM). Must be R4. */
    public Builder fhirContext(FhirContext fhir) {
      if (fhir.getVersion().getVersion() != ca.uhn.fhir.context.FhirVersionEnum.R4) {
        throw new IllegalArgumentException("FacetClaims reads FHIR R4, not "
            + fhir.getVersion().getVersion());
      }
      this.fhir = fhir;
      return this;
    }

    /** The core engine (default: the standard engine on this builder's clock). */
    public Builder engine(FacetCodingEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    public Builder limits(InputLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The clock for Claim.created and the engine's notion of today (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public FacetClaims build() {
      return new FacetClaims(this);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
