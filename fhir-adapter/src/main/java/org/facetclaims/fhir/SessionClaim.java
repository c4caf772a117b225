package org.facetclaims.fhir;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.facetclaims.core.CodingResult;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PositiveIntType;

/**
 * One coded session: the core {@link CodingResult} and the FHIR {@link Claim} built from it, with
 * the references of the Procedures it codes.
 */
public final class SessionClaim {
  private final CodingResult result;
  private final Claim claim;
  private final ImmutableList<String> procedures;

  SessionClaim(CodingResult result, Claim claim, List<String> procedures) {
    this.result = result;
    this.claim = claim;
    this.procedures = ImmutableList.copyOf(procedures);
  }

  /** The core result: lines with their rationale, findings, trace. */
  public CodingResult result() {
    return result;
  }

  /** The Claim. It is yours: change or copy it as you like (it is not shared). */
  public Claim claim() {
    return claim;
  }

  /** The Procedures coded in this session ({@code Procedure/id} or their path in the input). */
  public ImmutableList<String> procedures() {
    return procedures;
  }

  /**
   * Adds this session's items to a Claim the caller builds, with the diagnosis, procedure and
   * care-team entries they point at. Sequences are renumbered to follow the target's; a diagnosis
   * the target already has (same system and code) is reused rather than repeated.
   *
   * @return {@code target}, for chaining
   */
  public Claim appendTo(Claim target) {
    Map<Integer, Integer> diag = new HashMap<>();
    for (Claim.DiagnosisComponent d : claim.getDiagnosis()) {
      Coding c = d.getDiagnosisCodeableConcept().getCodingFirstRep();
      Integer existing = null;
      for (Claim.DiagnosisComponent t : target.getDiagnosis()) {
        if (t.hasDiagnosisCodeableConcept()) {
          Coding tc = t.getDiagnosisCodeableConcept().getCodingFirstRep();
          if (c.getCode() != null && c.getCode().equals(tc.getCode())
              && java.util.Objects.equals(c.getSystem(), tc.getSystem())) {
            existing = t.getSequence();
          }
        }
      }
      if (existing == null) {
        existing = nextSequence(target.getDiagnosis().stream().mapToInt(
            Claim.DiagnosisComponent::getSequence).max().orElse(0));
        Claim.DiagnosisComponent copy = d.copy();
        copy.setSequence(existing);
        target.addDiagnosis(copy);
      }
      diag.put(d.getSequence(), existing);
    }
    Map<Integer, Integer> proc = new HashMap<>();
    for (Claim.ProcedureComponent p : claim.getProcedure()) {
      int seq = nextSequence(target.getProcedure().stream().mapToInt(
          Claim.ProcedureComponent::getSequence).max().orElse(0));
      Claim.ProcedureComponent copy = p.copy();
      copy.setSequence(seq);
      target.addProcedure(copy);
      proc.put(p.getSequence(), seq);
    }
    Map<Integer, Integer> team = new HashMap<>();
    for (Claim.CareTeamComponent c : claim.getCareTeam()) {
      Integer existing = null;
      for (Claim.CareTeamComponent t : target.getCareTeam()) {
        if (c.getProvider().getReference() != null
            && c.getProvider().getReference().equals(t.getProvider().getReference())) {
          existing = t.getSequence();
        }
      }
      if (existing == null) {
        existing = nextSequence(target.getCareTeam().stream().mapToInt(
            Claim.CareTeamComponent::getSequence).max().orElse(0));
        Claim.CareTeamComponent copy = c.copy();
        copy.setSequence(existing);
        target.addCareTeam(copy);
      }
      team.put(c.getSequence(), existing);
    }
    int next = target.getItem().stream().mapToInt(Claim.ItemComponent::getSequence).max()
        .orElse(0);
    for (Claim.ItemComponent item : claim.getItem()) {
      Claim.ItemComponent copy = item.copy();
      copy.setSequence(++next);
      remap(copy.getDiagnosisSequence(), diag);
      remap(copy.getProcedureSequence(), proc);
      remap(copy.getCareTeamSequence(), team);
      target.addItem(copy);
    }
    return target;
  }

  private static int nextSequence(int max) {
    return max + 1;
  }

  private static void remap(List<PositiveIntType> seqs, Map<Integer, Integer> map) {
    for (PositiveIntType s : seqs) {
      Integer to = map.get(s.getValue());
      if (to != null) {
        s.setValue(to);
      }
    }
  }
}
