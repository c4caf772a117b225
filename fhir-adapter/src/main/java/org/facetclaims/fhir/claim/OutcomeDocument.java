package org.facetclaims.fhir.claim;

import java.util.List;

/**
 * An OperationOutcome as {@link OutcomeMapping} decided it, ready to be rendered without another
 * decision.
 */
public record OutcomeDocument(String id, List<Issue> issue) {
  public OutcomeDocument {
    issue = Lists.copy(issue);
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
