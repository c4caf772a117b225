package org.facetclaims.core.medicare;

import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.coverage.Confidence;

/**
 * What the catalog knows about a code a coder or an auditor may meet beside facet nerve
 * destruction: its category, the region it concerns (for blocks and destruction codes), the
 * library's own short description (never CPT descriptor text), and its source.
 *
 * @param code the CPT/HCPCS code
 * @param category what the code means here
 * @param region the spinal region (joint family), or null when the code has none
 * @param description a short description
 * @param confidence how well the classification is sourced
 * @param source where it comes from
 */
public record CodeInfo(String code, CodeCategory category, JointFamily region,
    String description, Confidence confidence, String source) {
  public CodeInfo {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
  }

  /** The region, when the code concerns one. */
  public Optional<JointFamily> regionIfAny() {
    return Optional.ofNullable(region);
  }
}
