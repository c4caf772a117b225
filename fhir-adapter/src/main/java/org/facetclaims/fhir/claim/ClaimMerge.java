package org.facetclaims.fhir.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PositiveIntType;

/**
 * Adds a coded session's items to a Claim the caller builds, with the diagnosis, procedure and
 * care-team entries they point at: sequences are renumbered to follow the target's; a diagnosis
 * the target already has (same system and code) and a care-team member it already has (same
 * provider reference) are reused rather than repeated.
 */
public final class ClaimMerge {
  private ClaimMerge() {}

  /** Adds {@code source}'s items to {@code target}; returns {@code target}. */
  public static Claim appendTo(Claim source, Claim target) {
    Map<Integer, Integer> diag = diagnoses(source, target);
    Map<Integer, Integer> proc = new HashMap<>();
    for (Claim.ProcedureComponent p : source.getProcedure()) {
      int seq = next(target.getProcedure().stream().mapToInt(
          Claim.ProcedureComponent::getSequence).max().orElse(0));
      Claim.ProcedureComponent copy = p.copy();
      copy.setSequence(seq);
      target.addProcedure(copy);
      proc.put(p.getSequence(), seq);
    }
    Map<Integer, Integer> team = careTeam(source, target);
    int last = target.getItem().stream().mapToInt(Claim.ItemComponent::getSequence).max()
        .orElse(0);
    for (Claim.ItemComponent item : source.getItem()) {
      Claim.ItemComponent copy = item.copy();
      copy.setSequence(++last);
      remap(copy.getDiagnosisSequence(), diag);
      remap(copy.getProcedureSequence(), proc);
      remap(copy.getCareTeamSequence(), team);
      target.addItem(copy);
    }
    return target;
  }

  private static Map<Integer, Integer> diagnoses(Claim source, Claim target) {
    Map<Integer, Integer> diag = new HashMap<>();
    for (Claim.DiagnosisComponent d : source.getDiagnosis()) {
      Coding c = d.getDiagnosisCodeableConcept().getCodingFirstRep();
      Integer existing = null;
      for (Claim.DiagnosisComponent t : target.getDiagnosis()) {
        if (t.hasDiagnosisCodeableConcept()) {
          Coding tc = t.getDiagnosisCodeableConcept().getCodingFirstRep();
          if (c.getCode() != null && c.getCode().equals(tc.getCode())
              && Objects.equals(c.getSystem(), tc.getSystem())) {
            existing = t.getSequence();
          }
        }
      }
      if (existing == null) {
        existing = next(target.getDiagnosis().stream().mapToInt(
            Claim.DiagnosisComponent::getSequence).max().orElse(0));
        Claim.DiagnosisComponent copy = d.copy();
        copy.setSequence(existing);
        target.addDiagnosis(copy);
      }
      diag.put(d.getSequence(), existing);
    }
    return diag;
  }

  private static Map<Integer, Integer> careTeam(Claim source, Claim target) {
    Map<Integer, Integer> team = new HashMap<>();
    for (Claim.CareTeamComponent c : source.getCareTeam()) {
      Integer existing = null;
      for (Claim.CareTeamComponent t : target.getCareTeam()) {
        if (c.getProvider().getReference() != null
            && c.getProvider().getReference().equals(t.getProvider().getReference())) {
          existing = t.getSequence();
        }
      }
      if (existing == null) {
        existing = next(target.getCareTeam().stream().mapToInt(
            Claim.CareTeamComponent::getSequence).max().orElse(0));
        Claim.CareTeamComponent copy = c.copy();
        copy.setSequence(existing);
        target.addCareTeam(copy);
      }
      team.put(c.getSequence(), existing);
    }
    return team;
  }

  private static int next(int max) {
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
