package org.facetclaims.fhir.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.Finding;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.claim.ClaimMapping;
import org.facetclaims.fhir.claim.OutcomeMapping;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ResourceIndex;
import org.facetclaims.fhir.session.CodedSession;
import org.facetclaims.fhir.session.InputCoding;
import org.facetclaims.fhir.session.SessionCoding;
import org.facetclaims.fhir.session.SessionKey;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * Proves for one line that the fast path changes nothing: whenever {@link FastProcedureDecoder}
 * decodes it, HAPI (through SafeParser) accepts it too and the reading is the same (documented
 * procedure with site elements, findings with messages, parties, hints, diagnoses), and so are
 * the coded Claims and OperationOutcome; whenever it does not, the line goes to HAPI, so the
 * answer is HAPI's by construction. Every Claim and OperationOutcome made on the way is also
 * checked by {@link RendererCheck}. Used by {@code FastDecoderDifferentialTest} and the fuzz
 * target {@code FastDecoderFuzzTest}. Not thread-safe.
 */
public final class DecoderCheck {
  static final FastProcedureDecoder DECODER =
      new FastProcedureDecoder(TestInputs.FACET.limits());
  static final CodingOptions OPTIONS = CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN);

  private final ProcedureReader reader = new ProcedureReader(TestInputs.FACET.textGrammar(),
      TestInputs.FACET.limits(), TestInputs.FACET.engine().editions());
  private final SessionCoding sessions = new SessionCoding(TestInputs.FACET.engine());
  private final InputCoding inputs = new InputCoding(reader, sessions, TestInputs.FACET.limits());
  private final ClaimMapping claims = new ClaimMapping(TestInputs.FACET.clock());
  final RendererCheck renderers = new RendererCheck();
  int decoded;
  int fellBack;

  /** Checks one line; returns true when the fast decoder decoded it. */
  public boolean same(String line) {
    String hapi = viaHapi(line);
    Procedure fast;
    try {
      fast = DECODER.decode(line);
    } catch (FastProcedureDecoder.Fallback e) {
      fellBack++;
      try { // the same line's bytes may be decoded (a long line): then as HAPI reads them
        Procedure fromBytes = DECODER.decode(line.getBytes(StandardCharsets.UTF_8));
        assertThat(describe(fromBytes)).as("fast decoding of the bytes of %s", line)
            .isEqualTo(hapi);
      } catch (FastProcedureDecoder.Fallback again) {
        // both go to SafeParser
      }
      return false; // the bulk coder hands it to SafeParser: HAPI's answer
    }
    decoded++;
    assertThat(describe(fast)).as("fast decoding of %s", line).isEqualTo(hapi);
    // From the line's UTF-8 bytes (a file's lines), the same result.
    Procedure fromBytes;
    try {
      fromBytes = DECODER.decode(line.getBytes(StandardCharsets.UTF_8));
    } catch (FastProcedureDecoder.Fallback e) {
      throw new AssertionError("decoded from text but not from bytes: " + line);
    }
    assertThat(describe(fromBytes)).as("fast decoding of the bytes of %s", line).isEqualTo(hapi);
    return true;
  }

  /** What HAPI makes of a line: a refusal, or the reading and coding of its Procedure. */
  private String viaHapi(String line) {
    IBaseResource r;
    try {
      r = TestInputs.FACET.parse(line.getBytes(StandardCharsets.UTF_8));
    } catch (InputException e) {
      return "refused: " + e.getMessage();
    }
    if (!(r instanceof Procedure)) {
      return "not a Procedure: " + r.fhirType();
    }
    return describe((Procedure) r);
  }

  /** The reading, the input's Claims and outcome, and the bulk coder's one-line session. */
  String describe(Procedure p) {
    ReadProcedure r = reader.read(p, "Procedure", new ResourceIndex(p, 1000));
    StringBuilder sb = new StringBuilder();
    sb.append("label=").append(r.label()).append("\npath=").append(r.path())
        .append("\ndate=").append(r.date())
        .append("\npatient=").append(ref(r.patient()))
        .append("\nperformer=").append(ref(r.performer()))
        .append("\nencounter=").append(ref(r.encounter()))
        .append("\nhints=").append(r.cptHints())
        .append("\nstop=").append(reader.read(p, "Procedure", new ResourceIndex(p, 1000), true)
            .stop())
        .append("\ndiagnoses=").append(r.diagnoses().stream()
            .map(c -> c.getSystem() + "|" + c.getCode() + "|" + c.getDisplay())
            .collect(Collectors.toList()));
    if (r.documented() != null) {
      sb.append("\ndocumented=").append(r.documented()).append(" @")
          .append(r.documented().reference());
      for (TreatedSite s : r.documented().sites()) {
        sb.append("\n  site ").append(s).append(" @").append(s.element().orElse("-"));
      }
    }
    for (Finding f : r.findings()) {
      sb.append("\nfinding ").append(f).append(" q=").append(f.physicianQuestion().orElse("-"))
          .append(" src=").append(f.source());
    }
    InputCoding.CodedInput in = inputs.code(p, OPTIONS);
    for (CodedSession s : in.sessions()) {
      sb.append("\nclaim ").append(renderers.claim(claims.claim(s)));
    }
    sb.append("\noutcome ").append(renderers.outcome(OutcomeMapping.outcome(in.findings(),
        in.procedures(), in.outcomeSeed(), null)));
    sb.append(asBulkSession(r));
    return sb.toString();
  }

  /** The reading coded as the bulk coder codes a one-Procedure session. */
  private String asBulkSession(ReadProcedure r) {
    StringBuilder sb = new StringBuilder();
    List<Finding> findings = new ArrayList<>(r.findings());
    if (r.codable()) {
      CodedSession s = sessions.code(SessionKey.of(r), List.of(r), OPTIONS,
          new Reference("Coverage/c1"), findings, null);
      if (s != null) {
        sb.append("\nbulk claim ").append(renderers.claim(claims.claim(s)));
      }
    }
    for (String tag : new String[] {null, "line 7"}) {
      sb.append("\nbulk outcome ").append(renderers.outcome(
          OutcomeMapping.outcome(findings, List.of(r), "seed", tag)));
    }
    return sb.toString();
  }

  private static String ref(Reference r) {
    if (r == null) {
      return "-";
    }
    return r.getReference() + "|" + r.getDisplay() + "|" + r.getType() + "|"
        + (r.hasIdentifier() ? r.getIdentifier().getSystem() + "|" + r.getIdentifier().getValue()
            + "|" + r.getIdentifier().getUse() : "-");
  }
}
