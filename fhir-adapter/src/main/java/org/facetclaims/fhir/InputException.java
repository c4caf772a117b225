package org.facetclaims.fhir;

/**
 * The input cannot be read as FHIR at all (not JSON, not FHIR, too large, too deep, an XML
 * document type declaration...). The message says what and where (line and column, or the
 * element path) and never repeats the input's content. Each kind has a stable identifier.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kinds of unreadable input, with stable identifiers. */
  public enum Kind {
    EMPTY("FCA-001", "input is empty"),
    TOO_LARGE("FCA-002", "input is larger than the limit"),
    NOT_JSON("FCA-003", "input is not well-formed JSON"),
    NOT_FHIR("FCA-004", "input is not a FHIR resource"),
    WRONG_RESOURCE_TYPE("FCA-005", "input is not a Procedure or a Bundle"),
    INVALID_ELEMENT("FCA-006", "an element has the wrong type or an invalid value"),
    TOO_DEEP("FCA-007", "input is nested deeper than the limit"),
    XML_DOCTYPE("FCA-008", "XML with a document type declaration is refused"),
    NOT_XML("FCA-009", "input is not well-formed FHIR XML"),
    BINARY("FCA-010", "input is binary data, not text"),
    UNREADABLE("FCA-011", "input cannot be read"),
    TOO_MANY_RESOURCES("FCA-012", "the Bundle has more entries than the limit"),
    TOO_MANY_ELEMENTS("FCA-013", "input has more elements than the limit"),
    OUT_OF_MEMORY("FCA-014", "input exhausted the memory or stack available to read it");

    private final String id;
    private final String summary;

    Kind(String id, String summary) {
      this.id = id;
      this.summary = summary;
    }

    /** The stable identifier, for example {@code "FCA-003"}. */
    public String id() {
      return id;
    }

    /** A short summary. */
    public String summary() {
      return summary;
    }
  }

  private final Kind kind;

  /**
   * An exception of a kind; {@code detail} (nullable) says where, never what the input holds.
   */
  public InputException(Kind kind, String detail) {
    super(kind.id() + ": " + kind.summary() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
    this.kind = kind;
  }

  /** What kind of problem it is. */
  public Kind kind() {
    return kind;
  }
}
