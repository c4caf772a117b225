/**
 * Medicare's facet policies chosen by contractor and date of service. Medicare Part B claims go
 * to the Medicare Administrative Contractor of the state where the service was furnished, and
 * each contractor revised its "Facet Joint Interventions for Pain Management" LCD on its own date
 * in 2024, so the rules that judge a session depend on (state, date), never on one national
 * policy.
 *
 * <p>The {@link org.facetclaims.core.medicare.PolicyCatalog} is that knowledge as data, loaded
 * once from a documented text file (replaceable with {@link
 * org.facetclaims.core.medicare.PolicyCatalog#load(java.nio.file.Path)}): {@link
 * org.facetclaims.core.medicare.Contractor contractors} and {@link
 * org.facetclaims.core.medicare.UsState states} (USPS codes, names, SSA codes), each
 * contractor's {@link org.facetclaims.core.medicare.PolicyVersion versions} (LCD and article
 * ids, the 2021 or 2024 text, dates, how well each date is confirmed), the {@link
 * org.facetclaims.core.medicare.RuleFact rules} of each text with source and confidence, the
 * diagnoses by article, the prior authorization list, and the {@link
 * org.facetclaims.core.medicare.CodeInfo codes} a coder may confuse. {@link
 * org.facetclaims.core.medicare.MedicareCoverage} applies the chosen version's rules with the
 * {@link org.facetclaims.core.coverage.CoverageChecker}.
 *
 * <pre>{@code
 * CoverageAssessment a = MedicareCoverage.standard().assess(result, CoverageContext.builder()
 *     .stateOfService("KY", "Location/loc-1.address.state")
 *     .diagnosis("M47.816")
 *     .build());
 * }</pre>
 *
 * <p>The claims audit ({@link org.facetclaims.core.audit.ClaimsAudit}) reads this catalog and
 * nothing else for its states (SSA codes included, {@link
 * org.facetclaims.core.medicare.PolicyCatalog#stateBySsaCode(String)}), contractors, versions and
 * rules, so a replaced catalog changes the coverage checks and the audit alike. A caller with a
 * few claim lines can also build a {@link org.facetclaims.core.coverage.CoverageSession} from the
 * lines of one beneficiary, date and provider, with the earlier sessions as a {@link
 * org.facetclaims.core.coverage.PatientHistory}. Inside, {@code PolicyCatalogReader} reads the
 * file's tables ({@code CatalogTables}) and turns each text's rules into a policy ({@code
 * PolicyRulesReader}).
 */
package org.facetclaims.core.medicare;
