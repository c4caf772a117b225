package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.Finding;
import org.facetclaims.core.coverage.CoveragePolicy;

/**
 * The policy chosen for one session: the state and contractor as resolved from the input, the
 * version applied (or none, when no modelled policy covers the date), the rules to apply, and
 * the findings that explain the choice (a state that is not a state, conflicting states, an
 * assumed text or date). Immutable.
 *
 * @param state the state of service, when the input named exactly one valid state
 * @param version the contractor's version applied, when the state is known and a version
 *     covers the date
 * @param policy the rules to apply; empty when no modelled policy covers the date
 * @param findings why the choice is what it is (FC-629, FC-630, FC-631), in order
 */
public record PolicySelection(Optional<UsState> state, Optional<PolicyVersion> version,
    Optional<CoveragePolicy> policy, ImmutableList<Finding> findings) {
  public PolicySelection {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(findings, "findings");
  }
}
