/**
 * Patient history and Medicare coverage checks for the FHIR adapter (coding-rules §6 and
 * medicare-policy-2024: the policy chosen by the state and date of service).
 *
 * <p>{@link org.facetclaims.fhir.history.HistoryReader} builds the core's {@link
 * org.facetclaims.core.coverage.PatientHistory} from the Bundle around the Procedures being coded:
 * the same patient's earlier facet RF sessions and diagnostic medial branch blocks, with the relief
 * each gave from {@code Procedure.outcome}, from Observations whose {@code partOf} or {@code focus}
 * references the Procedure, and from notes, read by the small documented {@link
 * org.facetclaims.fhir.history.ReliefGrammar}. What cannot be read becomes a finding (FC-617),
 * never a guess. What a record was (an RF session, a diagnostic block, another procedure) and the
 * region it treated are read with the one {@linkplain org.facetclaims.fhir.text.ClinicalTextGrammar
 * clinical text grammar}; the facet RF codes come from the core's code sets. For an earlier RF
 * session it also reads the functional-improvement prong of the 2024 repeat rule (scores on ODI,
 * NDI, Roland-Morris or PROMIS Physical Function, statements that ADLs improved; {@code
 * FunctionalReader}). {@link org.facetclaims.fhir.history.CoverageOptions} turns the checks on
 * for a coding call ({@code CodingOptions.withCoverageChecks}) and chooses the policy by the
 * session's state and date ({@link org.facetclaims.core.medicare.MedicareCoverage}).
 *
 * <pre>{@code
 * CodingOutput out = FacetClaims.create().code(bundle,
 *     CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN_ABN)
 *         .withCoverageChecks(CoverageOptions.standard()
 *             .withState("OH")
 *             .withPlaceOfService("11")
 *             .withAbn(AbnStatus.NOT_ON_FILE)));
 * }</pre>
 */
package org.facetclaims.fhir.history;
