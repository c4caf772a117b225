/**
 * Codes paravertebral facet joint nerve destruction (radiofrequency ablation and chemical
 * neurolysis of the medial branch nerves) into CPT claim lines, with findings and an explanation
 * for every line. Pure Java: no FHIR, no I/O.
 *
 * <p>The flow: describe what the record documents as {@link
 * org.facetclaims.core.DocumentedProcedure procedures} (technique, imaging, {@link
 * org.facetclaims.core.TreatedSite sites} with sides), group the procedures of one patient, date
 * and performer into a {@link org.facetclaims.core.CodingSession}, and give it to a {@link
 * org.facetclaims.core.FacetCodingEngine} with a {@link org.facetclaims.core.payer.PayerProfile}.
 * The {@link org.facetclaims.core.CodingResult} holds the {@link org.facetclaims.core.ClaimLine
 * lines}, the {@link org.facetclaims.core.Finding findings} (each with a stable {@link
 * org.facetclaims.core.FindingCode id}) and a trace of the named {@link
 * org.facetclaims.core.CodingStep steps}.
 *
 * <pre>{@code
 * CodingResult r = FacetCodingEngine.standard().code(
 *     CodingSession.of(LocalDate.of(2026, 2, 2),
 *         DocumentedProcedure.builder(Technique.thermalRf())
 *             .imaging(Imaging.FLUOROSCOPY)
 *             .joint("L3-L4", Laterality.LEFT)
 *             .joint("L4-L5", Laterality.LEFT)
 *             .build()));
 * // r.lines(): [64635-LT x1, 64636-LT x1]
 * }</pre>
 *
 * <h2>The pipeline</h2>
 *
 * <p>The engine runs one step per {@link org.facetclaims.core.CodingStep}. Each step is a class of
 * this package (package-private) that takes the values the steps before it decided and gives its
 * own as a value; the result keeps those values, and its trace is their record, so explaining a
 * result never codes it again.
 *
 * <pre>
 *  CodingSession (date, procedures: technique, imaging, sites with sides)
 *      │
 *  SELECT_EDITION   SelectEdition    date of service            → EditionChoice
 *      │                                                          (CodeSetEdition, or stop)
 *  ROUTE_TECHNIQUE  RouteTechnique   procedures, edition        → Routing
 *      │                                                          (per procedure: destruction
 *      │                                                          codes, or 64999 and why)
 *  RESOLVE_SITES    ResolveSites     sites, routing, edition    → ResolvedSites
 *      │                                                          (SidedUnits per route: joints,
 *      │                                                          or nerves under the legacy edition)
 *  BUILD_LINES      BuildLines       units per family, profile  → LaidOutLines
 *      │              FamilyLayout     the convention's LineLayout for sided units,
 *      │                               then the units without a side
 *      │              (64999: one line per family, with its comparator)
 *      │            CompareReadings  level lists read as vertebrae and as nerves
 *      │                                                        → ReadingComparison (withheld)
 *  ADD_IMAGING      AddImaging       lines, edition             → ImagingLines (legacy 77003/77012)
 *      │
 *  APPLY_EDITS      ApplyEdits       lines, other claim lines   → CodeUnits (MUE, PTP findings)
 *      │
 *  CodingResult (lines, findings, the recorded steps)
 * </pre>
 *
 * <p>What is data and what is code: an edition is a {@link
 * org.facetclaims.core.codeset.CodeSetEdition} (its codes, unit of service and dated routing rules),
 * so a new edition is data; a billing convention is a {@link
 * org.facetclaims.core.payer.LineLayout} named by its {@link
 * org.facetclaims.core.payer.BillingConvention}, so a new convention is one class. Units travel
 * between the steps as {@link org.facetclaims.core.codeset.SidedUnits} (joints or nerves on the
 * right, on the left, without a side).
 *
 * <p>Sub-packages: {@link org.facetclaims.core.anatomy} (vertebrae, joints, nerves, sides),
 * {@link org.facetclaims.core.technique} (methods, agents, imaging), {@link
 * org.facetclaims.core.codeset} (editions by date, units of service, modifiers), {@link
 * org.facetclaims.core.payer} (profiles, conventions and their layouts), {@link
 * org.facetclaims.core.edits} (MUE and PTP data), {@link org.facetclaims.core.coverage} (Medicare
 * coverage checks on a result).
 */
package org.facetclaims.core;
