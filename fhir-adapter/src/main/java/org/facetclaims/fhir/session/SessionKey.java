package org.facetclaims.fhir.session;

import org.facetclaims.fhir.read.ReadProcedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * Which Procedures are one session, coded together into one Claim: one patient, one date of
 * service, one performer. A Procedure without a known patient is a session of its own: nothing
 * says two such procedures belong to one person.
 */
public final class SessionKey {
  private static final String ALONE = "procedure:";

  private SessionKey() {}

  /** The key of a codable Procedure's session. */
  public static String of(ReadProcedure r) {
    String patient = r.patient() == null ? null : refKey(r.patient());
    if (patient == null) {
      return ALONE + r.path();
    }
    return patient + "|" + r.date() + "|" + (r.performer() == null ? "" : refKey(r.performer()));
  }

  /** True when the key is of a Procedure that is a session of its own (no patient). */
  public static boolean alone(String key) {
    return key.startsWith(ALONE);
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
}
