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
 * <p>Sub-packages: {@link org.facetclaims.core.anatomy} (vertebrae, joints, nerves, sides),
 * {@link org.facetclaims.core.technique} (methods, agents, imaging), {@link
 * org.facetclaims.core.codeset} (editions by date, modifiers), {@link
 * org.facetclaims.core.payer} (profiles, conventions), {@link org.facetclaims.core.edits} (MUE and
 * PTP data).
 */
package org.facetclaims.core;
