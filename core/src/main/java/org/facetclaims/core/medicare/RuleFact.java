package org.facetclaims.core.medicare;

import java.util.Objects;
import org.facetclaims.core.coverage.Confidence;

/**
 * One rule of a policy text as the catalog's data states it: the text ("2021", "2024", or "*"
 * for every text), the rule's key, its value as written, its confidence and its source. The
 * documentation's table of rules is made of these.
 *
 * @param text the policy text the rule belongs to
 * @param rule the rule's key, for example {@code levels-per-session}
 * @param value the value as written, for example {@code 2 non-covered}
 * @param confidence how well the rule is sourced
 * @param source the source
 */
public record RuleFact(String text, String rule, String value,
    Confidence confidence, String source) {
  public RuleFact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
  }
}
