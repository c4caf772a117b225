package org.facetclaims.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.payer.PayerProfile;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;

/** Builds the Claim of one coded session, as the mapping spec's "Output: Claim" describes. */
final class ClaimWriter {
  static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
  static final String PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";

  private final Clock clock;

  ClaimWriter(Clock clock) {
    this.clock = clock;
  }

  /** Claim parties found for a session; null where unknown. */
  static final class Parties {
    final Reference patient;
    final Reference provider;
    final Reference coverage;
    final Reference encounter;

    Parties(Reference patient, Reference provider, Reference coverage, Reference encounter) {
      this.patient = patient;
      this.provider = provider;
      this.coverage = coverage;
      this.encounter = encounter;
    }
  }

  /**
   * Adds a finding for each Claim party that is not known (FC-508; the Claim is then a draft).
   *
   * @return true when all three are known
   */
  static boolean partyFindings(List<ReadProcedure> procedures, Parties parties,
      List<Finding> findings) {
    boolean complete = true;
    String where = procedures.get(0).path;
    if (parties.patient == null) {
      complete = false;
      findings.add(Finding.of(FindingCode.CLAIM_PARTY_MISSING, "The patient is not known"
          + " (Procedure.subject is missing); the Claim is a draft.").at(where + ".subject"));
    }
    if (parties.provider == null) {
      complete = false;
      findings.add(Finding.of(FindingCode.CLAIM_PARTY_MISSING, "The performing provider is not"
          + " known (Procedure.performer.actor is missing); the Claim is a draft.")
          .at(where + ".performer"));
    }
    if (parties.coverage == null) {
      complete = false;
      findings.add(Finding.of(FindingCode.CLAIM_PARTY_MISSING, "No Coverage for the patient is in"
          + " the input or supplied by the caller; the Claim is a draft.").at(where));
    }
    return complete;
  }

  /**
   * The Claim of a coded session. {@link ResultJsonWriter#claim} writes the same Claim's JSON
   * without building it; a change here must be made there too ({@code FastPathDifferentialTest}
   * compares the two on every test input).
   */
  Claim write(CodedSession s) {
    CodingResult result = s.result;
    PayerProfile profile = s.profile;
    List<ReadProcedure> procedures = s.procedures;
    Parties parties = s.parties;
    CoverageAssessment coverage = s.coverage;
    boolean complete = s.complete;
    Claim c = new Claim();
    c.setId(nameUuid("claim|" + profile.name() + "|" + s.key));
    c.setStatus(complete ? Claim.ClaimStatus.ACTIVE : Claim.ClaimStatus.DRAFT);
    c.setType(new CodeableConcept(new Coding(CLAIM_TYPE, profile.claimType().code(),
        profile.claimType() == org.facetclaims.core.payer.ClaimType.PROFESSIONAL
            ? "Professional" : "Institutional")));
    c.setUse(Claim.Use.CLAIM);
    c.setPatient(parties.patient != null ? copy(parties.patient)
        : new Reference().setDisplay("patient not supplied"));
    c.setCreated(Date.from(clock.instant()));
    c.setProvider(parties.provider != null ? copy(parties.provider)
        : new Reference().setDisplay("provider not supplied"));
    c.setPriority(new CodeableConcept(new Coding(PRIORITY, "normal", "Normal")));
    c.addInsurance().setSequence(1).setFocal(true).setCoverage(parties.coverage != null
        ? copy(parties.coverage) : new Reference().setDisplay("coverage not supplied"));
    if (parties.provider != null) {
      c.addCareTeam().setSequence(1).setProvider(copy(parties.provider));
    }
    List<Coding> diagnoses = distinctDiagnoses(procedures);
    for (int i = 0; i < diagnoses.size(); i++) {
      c.addDiagnosis().setSequence(i + 1).setDiagnosis(new CodeableConcept(diagnoses.get(i)));
    }
    // Procedures: one entry per source Procedure, numbered in order.
    for (int i = 0; i < procedures.size(); i++) {
      ReadProcedure p = procedures.get(i);
      Claim.ProcedureComponent pc = c.addProcedure().setSequence(i + 1)
          .setProcedure(procedureReference(p));
      if (p.date != null) {
        pc.setDateElement(new org.hl7.fhir.r4.model.DateTimeType(p.date.toString()));
      }
    }
    int seq = 0;
    for (ClaimLine line : result.lines()) {
      Claim.ItemComponent item = c.addItem().setSequence(++seq);
      if (parties.provider != null) {
        item.addCareTeamSequence(1);
      }
      for (int d = 1; d <= Math.min(diagnoses.size(), ITEM_DIAGNOSES); d++) {
        item.addDiagnosisSequence(d);
      }
      for (int idx : line.procedureIndexes()) {
        item.addProcedureSequence(idx + 1);
      }
      CodeableConcept product = new CodeableConcept(new Coding(line.codeSystem(), line.code(),
          null));
      product.setText(line.description());
      item.setProductOrService(product);
      for (Modifier m : line.modifiers()) {
        item.addModifier(new CodeableConcept(new Coding(m.system(), m.code(), m.label())));
      }
      if (coverage != null) {   // coverage modifiers (GA/GZ), only when the profile asks
        for (Modifier m : coverage.appendedModifiers(seq - 1)) {
          item.addModifier(new CodeableConcept(new Coding(m.system(), m.code(), m.label())));
        }
      }
      SimpleQuantity q = new SimpleQuantity();
      q.setValue(line.quantity());
      item.setQuantity(q);
      item.setServiced(new DateType(line.dateOfService().toString()));
      if (parties.encounter != null) {
        item.addEncounter(copy(parties.encounter));
      }
    }
    return c;
  }

  /** Each item points at the Claim's first four diagnoses at most. */
  static final int ITEM_DIAGNOSES = 4;

  /**
   * The Claim's diagnoses, numbered from 1 in this order: the distinct ICD-10-CM codes of the
   * procedures (stripped), in order of first appearance, each with its system and display.
   */
  static List<Coding> distinctDiagnoses(List<ReadProcedure> procedures) {
    List<Coding> out = new ArrayList<>(2);
    List<String> codes = new ArrayList<>(2); // as compared: a Coding stores "" as no code
    for (ReadProcedure p : procedures) {
      for (Coding d : p.diagnoses) {
        String code = d.getCode().strip();
        if (!codes.contains(code)) {
          codes.add(code);
          out.add(new Coding(d.getSystem(), code, d.getDisplay()));
        }
      }
    }
    return out;
  }

  private static final ThreadLocal<java.security.MessageDigest> MD5 =
      ThreadLocal.withInitial(() -> {
        try {
          return java.security.MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
      });

  /**
   * {@code UUID.nameUUIDFromBytes(utf8(name)).toString()}, the same value, without looking up
   * the MD5 provider on every call (a bulk run makes one id per Claim and OperationOutcome).
   */
  static String nameUuid(String name) {
    byte[] md5 = MD5.get().digest(name.getBytes(StandardCharsets.UTF_8));
    md5[6] = (byte) ((md5[6] & 0x0f) | 0x30); // version 3
    md5[8] = (byte) ((md5[8] & 0x3f) | 0x80); // IETF variant
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (md5[i] & 0xff);
      lsb = (lsb << 8) | (md5[i + 8] & 0xff);
    }
    return new UUID(msb, lsb).toString();
  }

  private static Reference procedureReference(ReadProcedure p) {
    Reference r = new Reference();
    if (p.sourceId != null) {
      r.setReference("Procedure/" + p.sourceId);
    } else {
      r.setDisplay(p.label);   // the path, or in bulk the line: "(line 7)"
    }
    return r;
  }

  static Reference copy(Reference r) {
    Reference out = new Reference();
    if (r.hasReference()) {
      out.setReference(r.getReference());
    }
    if (r.hasDisplay()) {
      out.setDisplay(r.getDisplay());
    }
    if (r.hasIdentifier()) {
      out.setIdentifier(r.getIdentifier().copy());
    }
    if (r.hasType()) {
      out.setType(r.getType());
    }
    return out;
  }
}
