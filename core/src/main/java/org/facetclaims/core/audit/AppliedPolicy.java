package org.facetclaims.core.audit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy that judges one session: the text in force ({@link PolicyText}), the contractor and
 * its LCD and billing article, the date that text took effect for it, and the confidence of that
 * date. When the state was unknown, {@link #assumption()} says what was assumed. Immutable.
 *
 * @param text the text in force
 * @param contractor the Medicare Administrative Contractor, for example "CGS (J15)"; empty when
 *     the state is unknown
 * @param state the USPS state code, empty when unknown
 * @param documents the LCD and billing article, for example "L38773/A58364"
 * @param inForceFrom the first date of service of that text for the contractor (null when the
 *     text is {@link PolicyText#NOT_MODELLED})
 * @param confidence the confidence mark of that date: "[H]", "[M]" or "[L]"
 * @param assumption what was assumed because the state is unknown, or null
 */
public record AppliedPolicy(PolicyText text, String contractor, String state, String documents,
    LocalDate inForceFrom, String confidence, String assumption) {

  public AppliedPolicy {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(confidence, "confidence");
  }

  /** The contractor, if the state is known. */
  public Optional<String> contractorName() {
    return Optional.ofNullable(contractor);
  }

  /** What was assumed because the state was unknown, if anything. */
  public Optional<String> assumptionMade() {
    return Optional.ofNullable(assumption);
  }

  /** True for CGS (J15), whose thoracolumbar billing rule applies from 2025-01-01. */
  public boolean isCgs() {
    return contractor != null && contractor.startsWith("CGS");
  }

  /** A source string naming the text, contractor and documents, as findings carry it. */
  public String describe() {
    String who = contractor == null ? "contractor unknown" : contractor;
    return text.label() + ", " + who + ", " + documents
        + (inForceFrom == null ? "" : ", in force from " + inForceFrom + " " + confidence);
  }
}
