package org.facetclaims.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats of the audit (audit.md "Input"). */
public enum InputFormat {
  /** CMS RIF carrier claim lines, CSV with a header. */
  RIF_CSV("rif-csv"),
  /** The same columns in Parquet. */
  PARQUET("parquet"),
  /** CARIN Blue Button ExplanationOfBenefit resources, one per line. */
  EOB_NDJSON("eob-ndjson");

  private final String code;

  InputFormat(String code) {
    this.code = code;
  }

  /** The name the command line takes: rif-csv, parquet, eob-ndjson. */
  public String code() {
    return code;
  }

  /** The format named {@code code}. */
  public static Optional<InputFormat> byCode(String code) {
    for (InputFormat f : values()) {
      if (f.code.equalsIgnoreCase(code)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The format of a file: by its name (.parquet; .ndjson, .jsonl, .json; .csv, .txt, also
   * compressed .gz), else by its first bytes ("PAR1" Parquet, "{" NDJSON, else CSV).
   *
   * @throws IOException when the file cannot be read
   */
  public static InputFormat detect(Path file) throws IOException {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".parquet") || n.endsWith(".pq")) {
      return PARQUET;
    }
    if (n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".json")) {
      return EOB_NDJSON;
    }
    if (n.endsWith(".csv") || n.endsWith(".txt")) {
      return RIF_CSV;
    }
    byte[] head = new byte[4];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, 4);
    }
    if (read == 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') {
      return PARQUET;
    }
    return read > 0 && head[0] == '{' ? EOB_NDJSON : RIF_CSV;
  }
}
