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
  EOB_NDJSON("eob-ndjson"),
  /** A Delta Lake table (a folder with {@code _delta_log}): read by the Spark engine only. */
  DELTA("delta");

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
    Optional<InputFormat> byName = byFileName(file.getFileName().toString());
    if (byName.isPresent()) {
      return byName.get();
    }
    byte[] head = new byte[4];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, 4);
    }
    return byFirstBytes(head, read);
  }

  /**
   * The format a file's name says: .parquet, .pq; .ndjson, .jsonl, .json; .csv, .txt (each also
   * compressed, .gz); empty for any other name.
   */
  public static Optional<InputFormat> byFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".parquet") || n.endsWith(".pq")) {
      return Optional.of(PARQUET);
    }
    if (n.endsWith(".ndjson") || n.endsWith(".jsonl") || n.endsWith(".json")) {
      return Optional.of(EOB_NDJSON);
    }
    if (n.endsWith(".csv") || n.endsWith(".txt")) {
      return Optional.of(RIF_CSV);
    }
    return Optional.empty();
  }

  /**
   * The format a file's first bytes say: "PAR1" Parquet, "{" NDJSON, anything else CSV.
   *
   * @param read how many bytes of {@code head} were read
   */
  public static InputFormat byFirstBytes(byte[] head, int read) {
    if (read >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1') {
      return PARQUET;
    }
    return read > 0 && head[0] == '{' ? EOB_NDJSON : RIF_CSV;
  }
}
