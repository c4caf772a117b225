package org.facetclaims.fhir.text;

/**
 * A related procedure target that clinical text names and that is not paravertebral facet joint
 * nerve destruction (coding-rules §1). The grammar only reports the mention; the FHIR reader
 * decides, together with {@link TextReading#namesDestruction()} and
 * {@link TextReading#namesFacetTarget()}, whether a procedure is skipped with a finding.
 *
 * <p>Each value carries the code (or code range) that such a procedure is reported with, so a
 * finding can tell the coder where to look instead.
 */
public enum OutOfScopeTarget {
  /** Sacroiliac joint, "SI joint", sacral (S1-S3) lateral branches: 64625 since 2020. */
  SACROILIAC_JOINT("64625", "sacroiliac joint nerve destruction"),
  /** Genicular nerves of the knee: 64624. */
  GENICULAR("64624", "genicular nerve destruction"),
  /** Intercostal nerves: 64620. */
  INTERCOSTAL("64620", "intercostal nerve destruction"),
  /** Other peripheral nerves: 64640. */
  PERIPHERAL_NERVE("64640", "peripheral nerve destruction"),
  /** Facet joint injection, intra-articular injection, medial branch block (MBB): 64490-64495. */
  FACET_INJECTION_OR_BLOCK("64490-64495", "facet joint injection or medial branch block");

  private final String code;
  private final String label;

  OutOfScopeTarget(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The CPT code or code range of the related procedure, for example "64625" or "64490-64495". */
  public String code() {
    return code;
  }

  /** A coder's name for the related procedure, for example "genicular nerve destruction". */
  public String label() {
    return label;
  }
}
