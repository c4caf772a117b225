package org.facetclaims.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.FhirVersionEnum;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.ClaimMapping;
import org.facetclaims.fhir.claim.OutcomeMapping;
import org.facetclaims.fhir.claim.ReferenceValue;
import org.facetclaims.fhir.claim.WrittenClaim;
import org.facetclaims.fhir.codec.HapiRenderer;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.SafeParser;
import org.facetclaims.fhir.session.CodedSession;
import org.facetclaims.fhir.session.InputCoding;
import org.facetclaims.fhir.session.SessionCoding;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Claim;

/**
 * The adapter's one context object and factory, like HAPI's {@code FhirContext}: it holds the
 * FHIR context (one per JVM), the coding engine, the text grammar, the clock and the input
 * limits. Immutable and thread-safe: build one and share it.
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
  private final InputCoding coding;
  private final ClaimMapping claims;

  private FacetClaims(Builder b) {
    this.fhir = b.fhir != null ? Suppliers.ofInstance(b.fhir)
        : Suppliers.memoize(FhirContext::forR4Cached);
    this.clock = b.clock;
    this.engine = b.engine != null ? b.engine : FacetCodingEngine.builder().clock(clock).build();
    this.grammar = b.rememberedTexts > 0 ? ClinicalTextGrammar.remembering(b.rememberedTexts)
        : ClinicalTextGrammar.standard();
    this.limits = b.limits;
    this.coding = new InputCoding(new ProcedureReader(grammar, limits, engine.editions()),
        new SessionCoding(engine), limits);
    this.claims = new ClaimMapping(clock);
  }

  /**
   * The library's version as the build wrote it ({@code 0.1.0-SNAPSHOT}): the command line's
   * {@code --version} and the server's CapabilityStatement name it.
   */
  public static String version() {
    return Version.VALUE;
  }

  /** The version, read once from the resource the build filled in. */
  private static final class Version {
    static final String VALUE = read();

    private static String read() {
      java.util.Properties p = new java.util.Properties();
      try (InputStream in = FacetClaims.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (java.io.IOException e) {
        // unknown below
      }
      String v = p.getProperty("version");
      return v == null || v.startsWith("$") ? "unknown" : v;
    }
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

  /**
   * The text grammar every clinical text is read with (remembering recent readings when built
   * with {@link Builder#rememberedTexts}).
   */
  public ClinicalTextGrammar textGrammar() {
    return grammar;
  }

  /** The input limits. */
  public InputLimits limits() {
    return limits;
  }

  /** The clock Claims are dated by ({@code Claim.created}). */
  public Clock clock() {
    return clock;
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
   * JSON syntax, nesting depth and number of elements, XML document type declarations), for
   * callers that parse with their own parser, such as a FHIR server receiving a Parameters body.
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
   * existing Claim to check edits against, coverage checks).
   *
   * @throws InputException when the input is neither a Procedure nor a Bundle, or exceeds limits
   */
  public CodingOutput code(IBaseResource input, CodingOptions options) {
    InputCoding.CodedInput in = coding.code(input, options);
    ImmutableList.Builder<SessionClaim> sessions = ImmutableList.builder();
    List<WrittenClaim> written = new ArrayList<>(in.sessions().size());
    for (CodedSession s : in.sessions()) {
      ImmutableList.Builder<String> labels = ImmutableList.builder();
      for (ReadProcedure r : s.procedures()) {
        labels.add(r.label());
      }
      // The Bundle's entry for a Claim has fullUrl urn:uuid:<id> (CodingOutput.toBundle).
      ImmutableList.Builder<Claim> rendered = ImmutableList.builder();
      List<ClaimDocument> docs = claims.claims(s);
      for (int k = 0; k < docs.size(); k++) {
        ClaimDocument d = docs.get(k);
        written.add(new WrittenClaim(ReferenceValue.to("urn:uuid:" + d.id()), d,
            s.lineFindings(k)));
        rendered.add(HapiRenderer.claim(d));
      }
      if (s.facility() == null) {
        sessions.add(new SessionClaim(s.result(), rendered.build().get(0), labels.build()));
      } else {
        sessions.add(new SessionClaim(s.result(), rendered.build(), labels.build(),
            s.facility()));
      }
    }
    return new CodingOutput(sessions.build(), HapiRenderer.outcome(OutcomeMapping.outcome(
        in.findings(), in.procedures(), in.outcomeSeed(), null, written)),
        ImmutableList.copyOf(in.findings()));
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
      if (fhir.getVersion().getVersion() != FhirVersionEnum.R4) {
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
}
