/**
 * Bulk coding of NDJSON exports: {@link org.facetclaims.fhir.bulk.BulkCoder} (the public entry,
 * with its builder), {@link org.facetclaims.fhir.bulk.BulkSummary} (what a run did) and
 * {@link org.facetclaims.fhir.bulk.OutputException} (an output that cannot be written, with a
 * stable {@code FCO-} id).
 *
 * <p>Inside, one run ({@code BulkRun}) reads lines ({@code NdjsonLines} from a file's bytes, or a
 * {@code Reader}'s lines held to a limit), has a pool parse and read them ({@code LineParsing}),
 * groups the readings into sessions within a window of lines ({@code SessionWindow}), has the
 * pool code and render each batch of units ({@code UnitCoding}) into line batches, and writes
 * them in order ({@code LineSink}) to hidden files renamed into place only when the run
 * succeeded ({@code OutputFiles}); {@code InputFiles} opens plain or gzip input. Output bytes do
 * not depend on the thread count.
 */
package org.facetclaims.fhir.bulk;
