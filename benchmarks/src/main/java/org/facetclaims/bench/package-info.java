/**
 * Benchmarks of the core engine, the FHIR adapter and the command line, through the library's
 * public API only (what a user's code can call): {@code CoreBenchmark} (the engine, JMH),
 * {@code AdapterBenchmark} and {@code BulkBenchmark} (the adapter and the bulk coder's per-record
 * path, JMH), {@code BulkStepsCpu} (the same steps in CPU time), {@code BulkFloor} (plain HAPI,
 * the floor {@code run-bulk.sh} measures the bulk command against) and {@code ServerLoad}
 * (latency of the operation under concurrent clients). Where time goes inside a step is found
 * with a profiler on these public paths (JFR: see docs/performance.md), not by benchmarking
 * internals.
 */
package org.facetclaims.bench;
