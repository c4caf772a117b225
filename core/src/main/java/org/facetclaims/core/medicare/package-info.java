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
 * <p>A claims audit uses the same rules from claim lines alone: build a {@link
 * org.facetclaims.core.coverage.CoverageSession} from the lines of one beneficiary, date and
 * provider, and the beneficiary's earlier sessions as a {@link
 * org.facetclaims.core.coverage.PatientHistory}; {@link
 * org.facetclaims.core.medicare.PolicyCatalog#stateBySsaCode(String)} reads the SSA state codes
 * of CMS's files.
 */
package org.facetclaims.core.medicare;
