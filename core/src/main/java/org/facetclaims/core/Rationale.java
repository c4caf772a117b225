package org.facetclaims.core;

import com.google.common.collect.ImmutableList;

/**
 * Why a line is what it is: the joints or nerves (with sides) it covers, and the rules that
 * produced it. Immutable.
 */
public final class Rationale {
  private final ImmutableList<String> covered;
  private final ImmutableList<String> rules;

  Rationale(ImmutableList<String> covered, ImmutableList<String> rules) {
    this.covered = covered;
    this.rules = rules;
  }

  /** What the line's units are, for example {@code ["right L4-L5", "left L4-L5"]}. */
  public ImmutableList<String> covered() {
    return covered;
  }

  /** The rules applied, in order, each naming its source. */
  public ImmutableList<String> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "covers " + String.join(", ", covered) + "; " + String.join("; ", rules);
  }
}
