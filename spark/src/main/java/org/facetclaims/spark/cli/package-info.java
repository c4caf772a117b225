/**
 * The command line of the Spark audit, {@code facet-claims-spark audit}: from {@code java -jar
 * facet-claims-spark.jar} in local mode, or from {@code spark-submit} with the thin jar.
 */
package org.facetclaims.spark.cli;
