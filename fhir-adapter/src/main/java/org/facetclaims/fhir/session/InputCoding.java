package org.facetclaims.fhir.session;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.fhir.ClaimSelection;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.InputLimits;
import org.facetclaims.fhir.read.FindingList;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ResourceIndex;
import org.facetclaims.fhir.read.ServiceContext;
import org.facetclaims.fhir.read.ServiceContextReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * Codes one input, a Procedure or a Bundle: reads every Procedure, groups the codable ones into
 * sessions ({@link SessionKey}) in input order, and codes each session. Thread-safe.
 */
public final class InputCoding {
  /**
   * What one input gave.
   *
   * @param sessions the coded sessions with a line, in input order
   * @param procedures every Procedure read
   * @param findings every finding, of reading and of coding, within the input's limit
   * @param outcomeSeed what names the OperationOutcome's id
   */
  public record CodedInput(List<CodedSession> sessions, List<ReadProcedure> procedures,
      List<Finding> findings, String outcomeSeed) {}

  private final ProcedureReader reader;
  private final SessionCoding coding;
  private final InputLimits limits;

  public InputCoding(ProcedureReader reader, SessionCoding coding, InputLimits limits) {
    this.reader = reader;
    this.coding = coding;
    this.limits = limits;
  }

  /**
   * Codes {@code input}.
   *
   * @throws InputException when it is neither a Procedure nor a Bundle, or exceeds the limits
   */
  public CodedInput code(IBaseResource input, CodingOptions options) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    if (!(input instanceof Procedure) && !(input instanceof Bundle)) {
      throw new InputException(InputException.Kind.WRONG_RESOURCE_TYPE,
          "got " + input.fhirType());
    }
    ResourceIndex index = new ResourceIndex(input, limits.maxResources());
    List<ReadProcedure> read = new ArrayList<>();
    FindingList findings = new FindingList(limits.maxFindings());
    // Read when the coverage checks, a facility claim or an expected payment will use it (place
    // of service, UTN; the place of service also chooses the physician's rate); a lone Procedure
    // names it through its contained resources, as a bulk line does.
    boolean service = readsService(options);
    Map<ReadProcedure, ServiceContext> contexts = service ? new IdentityHashMap<>() : Map.of();
    List<ReadProcedure> sameDay = new ArrayList<>(0);
    for (ResourceIndex.Located l : index.ofType("Procedure")) {
      ReadProcedure r = reader.read((Procedure) l.resource(), l.path(), index,
          readsStopped(options));
      read.add(r);
      findings.addAll(r.findings());
      if (service && r.codable()) {
        contexts.put(r, ServiceContextReader.ofProcedure((Procedure) l.resource(), l.path(),
            index));
      } else if (service && r.date() != null && !r.cptHints().isEmpty()
          && ((Procedure) l.resource()).getStatus() == Procedure.ProcedureStatus.COMPLETED) {
        sameDay.add(r); // a record the session does not code: sedation, anesthesia
      }
    }
    if (read.isEmpty()) {
      findings.add(Finding.of(FindingCode.NOT_FACET_DESTRUCTION,
          "The input holds no Procedure; nothing to code."));
    }
    Map<String, List<ReadProcedure>> sessions = group(read);
    List<CodedSession> coded = new ArrayList<>(sessions.size());
    for (Map.Entry<String, List<ReadProcedure>> e : sessions.entrySet()) {
      Reference patient = e.getValue().get(0).patient();
      Reference coverage = CoverageLookup.find(index, patient, options);
      ServiceContext svc = ServiceContext.NONE;
      if (service) {
        for (ReadProcedure r : e.getValue()) {
          svc = svc.and(contexts.getOrDefault(r, ServiceContext.NONE));
        }
        svc = svc.and(ServiceContextReader.claims(index, patient))
            .and(ServiceContext.sameDay(sameDayCodes(sameDay, e.getValue().get(0))));
      }
      CodedSession s = coding.code(e.getKey(), e.getValue(), options, coverage, findings, input,
          svc);
      if (s != null) {
        coded.add(s);
      }
    }
    findings.close("this input", null);
    String seed = options.profile().name() + "|" + String.join(",", sessions.keySet()) + "|"
        + read.size();
    return new CodedInput(coded, read, findings, seed);
  }

  /**
   * Whether a Procedure of status {@code stopped} is read as a discontinued procedure: when
   * facility claims are written or the caller gave a discontinuation. With the physician's claim
   * alone and nothing said, it is not coded (FC-503), as the mapping spec has it and as before.
   */
  public static boolean readsStopped(CodingOptions options) {
    return options.claims() != ClaimSelection.PROFESSIONAL
        || options.discontinuation() != org.facetclaims.core.Discontinuation.NONE;
  }

  /**
   * True when the coding will use the service context (state, place of service, type of bill,
   * UTN): the coverage checks, a facility claim, or an expected payment (the place of service
   * chooses the physician's rate).
   */
  public static boolean readsService(CodingOptions options) {
    return options.coverageChecks() != null || options.claims() != ClaimSelection.PROFESSIONAL
        || options.expectedPayment();
  }

  /** The CPT codes of the records not coded that are the session's patient's on its date. */
  private static List<String> sameDayCodes(List<ReadProcedure> others, ReadProcedure first) {
    if (others.isEmpty() || first.patient() == null || !first.patient().hasReference()) {
      return List.of();
    }
    List<String> codes = new ArrayList<>(2);
    for (ReadProcedure o : others) {
      if (o.patient() != null && first.patient().getReference().equals(o.patient().getReference())
          && first.date().equals(o.date())) {
        codes.addAll(o.cptHints());
      }
    }
    return codes;
  }

  /** The codable procedures by session, in input order. */
  private static Map<String, List<ReadProcedure>> group(List<ReadProcedure> read) {
    Map<String, List<ReadProcedure>> sessions = new LinkedHashMap<>();
    for (ReadProcedure r : read) {
      if (r.codable()) {
        sessions.computeIfAbsent(SessionKey.of(r), k -> new ArrayList<>()).add(r);
      }
    }
    return sessions;
  }
}
