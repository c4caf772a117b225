/**
 * The claims audit on Apache Spark: the core's audit rules ({@link
 * org.facetclaims.core.audit.ClaimsAudit}) over claim lines where they live, with the results of
 * the one-machine audit line for line.
 *
 * <p>{@link org.facetclaims.spark.SparkClaimsAudit} is the function from a {@code Dataset<Row>}
 * of claim lines to {@link org.facetclaims.spark.AuditedClaims}: the lines with their verdicts,
 * the findings and the totals. Spark hash-partitions the lines by beneficiary and sorts each
 * partition by beneficiary and input order; one pass over each partition cuts it into
 * beneficiaries and gives each to the core, unchanged, so a task holds one beneficiary's lines.
 * Each partition's {@link org.facetclaims.core.audit.AuditTotals} travel to the driver and merge
 * there, for summary.json and the report of the audit module.
 *
 * <p>{@link org.facetclaims.spark.SparkAuditJob} is the {@code audit} command on Spark: it reads
 * RIF CSV, Parquet, a Delta table or ExplanationOfBenefit NDJSON with Spark's readers, numbers
 * the records in input order as the one-machine audit does, and writes the lines and findings
 * tables, summary.json and report.html.
 *
 * <pre>{@code
 * AuditedClaims audited = SparkClaimsAudit.builder().build()
 *     .audit(spark.read().parquet("/lake/carrier_lines")).persist();
 * audited.lines().write().parquet("/lake/audit/lines");
 * audited.findings().write().parquet("/lake/audit/findings");
 * audited.unpersist();
 * }</pre>
 */
package org.facetclaims.spark;
