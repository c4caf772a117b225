package org.facetclaims.fhir;

import java.util.List;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.coverage.CoverageAssessment;
import org.facetclaims.core.payer.PayerProfile;

/**
 * One session coded and checked, before its Claim is written: everything a Claim is made of.
 * {@link ClaimWriter} builds the HAPI Claim from it; {@link ResultJsonWriter} writes the same
 * Claim's JSON straight from it (the bulk coder's path).
 */
final class CodedSession {
  /** The session key (patient, date, performer), which names the Claim's id. */
  final String key;
  final CodingResult result;
  final PayerProfile profile;
  /** The procedures coded, at most {@code CodingSession.MAX_PROCEDURES}. */
  final List<ReadProcedure> procedures;
  final ClaimWriter.Parties parties;
  /** Patient, provider and coverage all known: an active Claim; otherwise a draft. */
  final boolean complete;
  /** The Medicare coverage checks' result (its GA/GZ go on the lines), or null. */
  final CoverageAssessment coverage;

  CodedSession(String key, CodingResult result, PayerProfile profile,
      List<ReadProcedure> procedures, ClaimWriter.Parties parties, boolean complete,
      CoverageAssessment coverage) {
    this.key = key;
    this.result = result;
    this.profile = profile;
    this.procedures = procedures;
    this.parties = parties;
    this.complete = complete;
    this.coverage = coverage;
  }
}
