package org.facetclaims.fhir.claim;

import java.util.List;

/**
 * An OperationOutcome as {@link OutcomeMapping} decided it, ready to be rendered without another
 * decision.
 *
 * @param claims the Claims written from the same input, each as the extension
 *     {@link OutcomeMapping#CLAIM_EXTENSION} (a reference), so that a program joins findings to
 *     Claims by reference, not by reading diagnostics
 */
public record OutcomeDocument(String id, List<ReferenceValue> claims, List<Issue> issue) {
  public OutcomeDocument {
    claims = Lists.copy(claims);
    issue = Lists.copy(issue);
  }

  /** An outcome that refers to no Claim. */
  public OutcomeDocument(String id, List<Issue> issue) {
    this(id, List.of(), issue);
  }

  /**
   * One issue: a finding.
   *
   * @param severity the issue severity code ({@code error}, {@code warning}, {@code information})
   * @param code the issue type code ({@code business-rule}, {@code value}...)
   * @param details the finding's id and title as a coding, its message as text; null for none
   * @param diagnostics the text for people, in pieces
   * @param expression the FHIRPath expressions of the elements concerned
   */
  public record Issue(String severity, String code, ConceptValue details, ComposedText diagnostics,
      List<String> expression) {
    public Issue {
      expression = Lists.copy(expression);
    }
  }
}
