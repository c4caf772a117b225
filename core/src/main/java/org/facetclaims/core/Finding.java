package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a coder should know about a result: a {@link FindingCode stable code} with its
 * severity, a message that names the specifics, the input element it came from, the rule's
 * source, and where a physician must clarify, the question to ask. Immutable.
 */
public final class Finding {
  private final FindingCode code;
  private final String message;
  private final String element;
  private final String question;
  private final String source;
  private final String lineCode;
  private final ImmutableList<Integer> lines;

  private Finding(FindingCode code, String message, String element, String question,
      String source, String lineCode) {
    this(code, message, element, question, source, lineCode, ImmutableList.of());
  }

  private Finding(FindingCode code, String message, String element, String question,
      String source, String lineCode, ImmutableList<Integer> lines) {
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.element = element;
    this.question = question;
    this.source = source == null ? code.source() : source;
    this.lineCode = lineCode;
    this.lines = lines;
  }

  /** A finding of {@code code} with a specific message. */
  public static Finding of(FindingCode code, String message) {
    return new Finding(code, message, null, null, null, null);
  }

  /** This finding, naming the input element it came from (for example a FHIR path). */
  public Finding at(String element) {
    return new Finding(code, message, element, question, source, lineCode, lines);
  }

  /** This finding with a question for the physician. */
  public Finding withQuestion(String question) {
    return new Finding(code, message, element, question, source, lineCode, lines);
  }

  /** This finding with a more specific source than its code's. */
  public Finding withSource(String source) {
    return new Finding(code, message, element, question, source, lineCode, lines);
  }

  /**
   * This finding, concerning the session's claim lines of a CPT code (an edit on the units of
   * {@code 64636}): the adapter points it at those Claim items.
   */
  public Finding onLinesOf(String cptCode) {
    return new Finding(code, message, element, question, source, cptCode, lines);
  }

  /**
   * This finding, concerning the session's claim lines at these positions (0-based, in claim
   * order: a coverage rule that marks lines non-covered, appends GA or GZ, or needs prior
   * authorization for them): the adapter points it at those Claim items.
   */
  public Finding onLines(Collection<Integer> lineIndexes) {
    return new Finding(code, message, element, question, source, lineCode,
        ImmutableList.sortedCopyOf(lineIndexes));
  }

  /** The positions (0-based, ascending) of the session's claim lines it concerns, if any. */
  public List<Integer> lines() {
    return lines;
  }

  public FindingCode code() {
    return code;
  }

  /** The stable identifier, for example {@code "FC-203"}. */
  public String id() {
    return code.id();
  }

  public Severity severity() {
    return code.severity();
  }

  /** The message, naming the joints, nerves, codes or values concerned. */
  public String message() {
    return message;
  }

  /** The input element the finding is about, if known. */
  public Optional<String> element() {
    return Optional.ofNullable(element);
  }

  /** A question to ask the physician, where one must clarify. */
  public Optional<String> physicianQuestion() {
    return Optional.ofNullable(question);
  }

  /** The rule's source. */
  public String source() {
    return source;
  }

  /** The CPT code of the session's claim lines this finding concerns, if it concerns lines. */
  public Optional<String> lineCode() {
    return Optional.ofNullable(lineCode);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return code == f.code && message.equals(f.message) && Objects.equals(element, f.element)
        && Objects.equals(question, f.question) && source.equals(f.source)
        && Objects.equals(lineCode, f.lineCode) && lines.equals(f.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, element, question, source);
  }

  @Override
  public String toString() {
    return code.id() + " " + code.severity().label() + ": " + message
        + (element == null ? "" : " [" + element + "]");
  }
}
