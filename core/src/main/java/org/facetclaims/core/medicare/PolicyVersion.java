package org.facetclaims.core.medicare;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.coverage.Confidence;
import org.facetclaims.core.coverage.CoveragePolicy;

/**
 * One dated version of a contractor's facet LCD and billing article: the jurisdictions it
 * governs, the LCD and article ids, the policy text it carries (the 2021 or the 2024 text), the
 * dates of service it is applied to, how well its first date is confirmed, and the {@link
 * CoveragePolicy} (the rules with their sources) built from the catalog's data. Immutable.
 *
 * <p>A version whose first date could not be confirmed says so: {@link #dateConfidence()} is
 * below {@link Confidence#H}, {@link #uncertainFrom()} gives the earliest date it may already
 * have been in force (on dates between that and {@link #from()} the previous version is applied,
 * with an information finding), and a version never confirmed at all has no {@link #from()} and
 * is never applied.
 */
public final class PolicyVersion {
  private final Contractor contractor;
  private final ImmutableList<String> jurisdictions;
  private final String lcd;
  private final String article;
  private final String text;
  private final LocalDate from;
  private final LocalDate to;
  private final Confidence dateConfidence;
  private final LocalDate uncertainFrom;
  private final String diagnosisList;
  private final String source;
  private final String note;
  private final CoveragePolicy policy;

  PolicyVersion(Contractor contractor, ImmutableList<String> jurisdictions, String lcd,
      String article, String text, LocalDate from, LocalDate to, Confidence dateConfidence,
      LocalDate uncertainFrom, String diagnosisList, String source, String note,
      CoveragePolicy policy) {
    this.contractor = Objects.requireNonNull(contractor, "contractor");
    this.jurisdictions = jurisdictions;
    this.lcd = lcd;
    this.article = article;
    this.text = text;
    this.from = from;
    this.to = to;
    this.dateConfidence = dateConfidence;
    this.uncertainFrom = uncertainFrom;
    this.diagnosisList = diagnosisList;
    this.source = source;
    this.note = note;
    this.policy = policy;
  }

  public Contractor contractor() {
    return contractor;
  }

  /** The A/B jurisdictions this version governs. */
  public ImmutableList<String> jurisdictions() {
    return jurisdictions;
  }

  /** The LCD id, for example {@code "L38773"}. */
  public String lcd() {
    return lcd;
  }

  /** The billing and coding article id, for example {@code "A58364"}. */
  public String article() {
    return article;
  }

  /** The policy text: {@code "2021"} or {@code "2024"}. */
  public String text() {
    return text;
  }

  /**
   * The first date of service the library applies this version to; empty for a revision that
   * could not be confirmed at all (it is then never applied).
   */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /** The last date of service of this version, if a later one replaced it. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /** How well {@link #from()} is confirmed ({@link Confidence#H}: the MCD's revision date). */
  public Confidence dateConfidence() {
    return dateConfidence;
  }

  /** True when {@link #from()} is the MCD's own revision date (confidence H). */
  public boolean dateConfirmed() {
    return dateConfidence == Confidence.H && from != null;
  }

  /**
   * For a version whose date is not confirmed, the earliest date it may already have been in
   * force; between this date and {@link #from()} the previous version is applied with an
   * information finding.
   */
  public Optional<LocalDate> uncertainFrom() {
    return Optional.ofNullable(uncertainFrom);
  }

  /** The id of the covered-diagnosis list of this version's article. */
  public String diagnosisList() {
    return diagnosisList;
  }

  /** Where the version's dates and ids come from. */
  public String source() {
    return source;
  }

  /** What is not confirmed, or other remarks; empty when nothing. */
  public String note() {
    return note;
  }

  /** True when {@code date} is a date of service this version is applied to. */
  public boolean appliesTo(LocalDate date) {
    return from != null && !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  /**
   * The rules of this version, with sources naming its LCD and article.
   *
   * @throws IllegalStateException for a version that is never applied (no confirmed date)
   */
  public CoveragePolicy policy() {
    if (policy == null) {
      throw new IllegalStateException(describe() + " is not confirmed and is never applied");
    }
    return policy;
  }

  /** "CGS Administrators L38773/A58364, 2024 text, from 2024-08-15". */
  public String describe() {
    return contractor.name() + " " + lcd + "/" + article + ", " + text + " text, "
        + (from == null ? "date not confirmed" : "from " + from + (to == null ? "" : " to " + to));
  }

  @Override
  public String toString() {
    return describe();
  }
}
