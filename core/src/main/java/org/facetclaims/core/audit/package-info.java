/**
 * The payment-integrity audit of facet claims: claim lines in, non-covered units, amounts at risk
 * and findings (FC-8xx) out, judged from the claims alone.
 *
 * <p>Engine-neutral by design. An engine (the DuckDB runner of the command line, a Spark job)
 * reads the input, reads each line's text into a {@link org.facetclaims.core.audit.CarrierLine}
 * (all value reading is here, so every engine reads alike), groups the lines by beneficiary, and
 * gives each group to one shared {@link org.facetclaims.core.audit.ClaimsAudit}. The result is a
 * {@link org.facetclaims.core.audit.LineVerdict} per line and the
 * {@link org.facetclaims.core.audit.AuditFinding findings}; {@link
 * org.facetclaims.core.audit.AuditTotals} adds them up for the summary and merges across parts.
 *
 * <pre>{@code
 * ClaimsAudit audit = ClaimsAudit.builder().historyFrom(firstDateInTheData).build();
 * AuditTotals totals = new AuditTotals(audit.policies());
 * for (List<CarrierLine> beneficiary : groups) {        // grouped by BENE_ID, any order inside
 *   BeneficiaryAudit a = audit.audit(beneficiary);
 *   totals.add(a);
 *   for (LineVerdict v : a.verdicts()) {
 *     write(v.line(), v.unitsNotCovered(), v.amountText(), v.findingIds());
 *   }
 * }
 * }</pre>
 *
 * <p>Which policy judges a line (2021 LCD or the contractor's 2024 revision, by state and date)
 * is asked of {@link org.facetclaims.core.audit.PolicyDirectory}, which reads the Medicare {@link
 * org.facetclaims.core.medicare.PolicyCatalog} and holds no data of its own; the chosen version's
 * {@link org.facetclaims.core.coverage.CoveragePolicy} gives every limit, date and list, and the
 * rules are the coverage package's shared functions ({@link
 * org.facetclaims.core.coverage.LevelCount}, {@link org.facetclaims.core.coverage.RepeatRule},
 * ...). What is the audit's own is the reading of claims: sessions by rendering provider, sides
 * from modifiers, KX blocks, the look-back and unknown history. Inside, {@code BeneficiaryRun}
 * builds one beneficiary's sessions and judges them, {@code ClaimRules} the diagnoses and blocks,
 * {@code LineFlags} collects the findings per line, {@code AuditOrder} orders lines and findings.
 */
package org.facetclaims.core.audit;
