package org.facetclaims.core.coverage;

/**
 * Whether a signed Advance Beneficiary Notice of Noncoverage (ABN) is on file for the service.
 * It decides the coverage modifier of a line expected to be denied: GA with an ABN, GZ without.
 */
public enum AbnStatus {
  /** A signed ABN is on file: a non-covered line gets GA. */
  ON_FILE("on-file", "ABN on file"),
  /** No ABN: a non-covered line gets GZ. */
  NOT_ON_FILE("none", "no ABN on file"),
  /** The caller did not say: no coverage modifier is added, with a warning. */
  UNKNOWN("unknown", "ABN status unknown");

  private final String code;
  private final String label;

  AbnStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * The status named by its code ({@code on-file}, {@code none} or {@code unknown}), as the
   * command line's {@code --abn} and the operation's {@code abn} parameter take it.
   */
  public static java.util.Optional<AbnStatus> byCode(String code) {
    for (AbnStatus s : values()) {
      if (s.code.equals(code)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }

  /** The code: {@code on-file}, {@code none} or {@code unknown}. */
  public String code() {
    return code;
  }

  /** A plain description. */
  public String label() {
    return label;
  }
}
