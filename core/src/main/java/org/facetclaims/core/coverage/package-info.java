/**
 * Medicare coverage checks for facet joint nerve destruction: a payer-policy layer on top of
 * coding. Coding says what was done; coverage says whether Medicare is expected to pay. The checks
 * add {@link org.facetclaims.core.Finding findings} (ids FC-601 and up) and never change a code,
 * quantity or modifier; the only line change they allow is appending GA or GZ when the {@link
 * org.facetclaims.core.payer.PayerProfile#coverageModifiers() profile asks for coverage
 * modifiers}.
 *
 * <p>The flow: code a session with the engine, describe what is known around it in a {@link
 * org.facetclaims.core.coverage.CoverageContext} (the {@link
 * org.facetclaims.core.coverage.PatientHistory patient's history}, the diagnoses, the place of
 * service, whether an ABN is on file), and give both to a {@link
 * org.facetclaims.core.coverage.CoverageChecker}. The rules and their numbers are data in a
 * {@link org.facetclaims.core.coverage.CoveragePolicy} that a caller can replace; the standard
 * one models the 2021 LCD family "Facet Joint Interventions for Pain Management".
 *
 * <pre>{@code
 * CodingResult result = engine.code(session, PayerProfile.MEDICARE_PHYSICIAN_ABN);
 * CoverageContext context = CoverageContext.builder()
 *     .history(PatientHistory.builder().complete(true)
 *         .diagnosticBlock(DiagnosticBlock.builder(LocalDate.of(2025, 9, 1),
 *             JointFamily.LUMBAR_SACRAL).joints(FacetJoint.L4_L5).reliefPercent(90).build())
 *         .diagnosticBlock(DiagnosticBlock.builder(LocalDate.of(2025, 9, 22),
 *             JointFamily.LUMBAR_SACRAL).joints(FacetJoint.L4_L5).reliefPercent(85).build())
 *         .build())
 *     .diagnosis("M47.816")
 *     .placeOfService("11")
 *     .abn(AbnStatus.NOT_ON_FILE)
 *     .build();
 * CoverageAssessment a = CoverageChecker.standard().assess(result, context);
 * a.findings();                 // what a coder should know about coverage
 * a.appendedModifiers(0);       // [GZ] when line 0 is expected to be denied
 * }</pre>
 *
 * <p>Missing history is never read as "no earlier procedures": {@link
 * org.facetclaims.core.coverage.PatientHistory#unknown()} gives an information finding and no
 * history rule is judged.
 *
 * <p>The rules run over a {@link org.facetclaims.core.coverage.CoverageSession}: the engine's
 * result, or claim lines alone ({@link org.facetclaims.core.coverage.CoverageLine}). A check of
 * one session is its state ({@code CheckState}) under layers of rules, one group each: the
 * session itself (history input, the thoracolumbar junction, technique, one region), levels,
 * diagnoses, authorization and sedation, history.
 *
 * <p>Each rule that claims alone can show is one public function of this package, shared with
 * the claims audit ({@code org.facetclaims.core.audit}), which calls them on millions of lines
 * without building sessions: {@link org.facetclaims.core.coverage.LevelCount} (levels from units
 * and side modifiers), {@link org.facetclaims.core.coverage.RegionChoice} (the region kept),
 * {@link org.facetclaims.core.coverage.RollingWindows} (sessions per rolling window), {@link
 * org.facetclaims.core.coverage.RepeatRule} (the repeat interval and the functional prong),
 * {@link org.facetclaims.core.coverage.BlockSequence} (blocks counted with their spacing), {@link
 * org.facetclaims.core.coverage.DiagnosisSupport} (covered diagnoses by fiscal year, the
 * radiculopathy rule) and {@link org.facetclaims.core.coverage.ThoracolumbarJunction}. Their
 * numbers and lists are always a {@link org.facetclaims.core.coverage.CoveragePolicy}'s. Each line's decision is a {@link
 * org.facetclaims.core.coverage.LineCoverage}: under the 2024 LCD text the units beyond two
 * levels of a region are non-covered while the rest of the line is paid, so a line may be denied
 * in part. Which policy applies is chosen by contractor and date in {@code
 * org.facetclaims.core.medicare}; {@link org.facetclaims.core.coverage.CoverageChecker#standard()}
 * stays the 2021 policy.
 */
package org.facetclaims.core.coverage;
