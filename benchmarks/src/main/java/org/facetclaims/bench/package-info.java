/** JMH benchmarks of the core engine, the FHIR adapter and the command line, end to end. */
package org.facetclaims.bench;
