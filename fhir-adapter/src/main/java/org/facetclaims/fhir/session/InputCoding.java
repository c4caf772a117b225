package org.facetclaims.fhir.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.InputLimits;
import org.facetclaims.fhir.read.FindingList;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ResourceIndex;
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
    for (ResourceIndex.Located l : index.ofType("Procedure")) {
      ReadProcedure r = reader.read((Procedure) l.resource(), l.path(), index);
      read.add(r);
      findings.addAll(r.findings());
    }
    if (read.isEmpty()) {
      findings.add(Finding.of(FindingCode.NOT_FACET_DESTRUCTION,
          "The input holds no Procedure; nothing to code."));
    }
    Map<String, List<ReadProcedure>> sessions = group(read);
    List<CodedSession> coded = new ArrayList<>(sessions.size());
    for (Map.Entry<String, List<ReadProcedure>> e : sessions.entrySet()) {
      Reference coverage = CoverageLookup.find(index, e.getValue().get(0).patient(), options);
      CodedSession s = coding.code(e.getKey(), e.getValue(), options, coverage, findings, input);
      if (s != null) {
        coded.add(s);
      }
    }
    findings.close("this input", null);
    String seed = options.profile().name() + "|" + String.join(",", sessions.keySet()) + "|"
        + read.size();
    return new CodedInput(coded, read, findings, seed);
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
