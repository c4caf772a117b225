package org.facetclaims.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What an audit run reads and writes, and the bounds of the embedded engine. Immutable; build
 * with {@link #builder(Path, Path)}.
 *
 * @param input the input file
 * @param format its format; null to detect it from the file
 * @param output the output folder (created when missing)
 * @param memoryLimit DuckDB's memory_limit, for example "512MB"
 * @param threads DuckDB's threads
 * @param tempDirectory where DuckDB keeps its database and spills (removed at the end); null for
 *     a folder inside the output folder
 * @param historyFrom the first date the data covers; null for the earliest date in the input
 * @param progress where progress lines go (standard error on the command line); null for none
 */
public record AuditOptions(Path input, InputFormat format, Path output, String memoryLimit,
    int threads, Path tempDirectory, LocalDate historyFrom, Consumer<String> progress) {

  /** DuckDB memory_limit when none is given: with -Xmx512m the process stays under 1.5 GB. */
  public static final String DEFAULT_MEMORY_LIMIT = "512MB";

  public AuditOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(memoryLimit, "memoryLimit");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  public static Builder builder(Path input, Path output) {
    return new Builder(input, output);
  }

  /** Builds {@link AuditOptions}. */
  public static final class Builder {
    private final Path input;
    private final Path output;
    private InputFormat format;
    private String memoryLimit = DEFAULT_MEMORY_LIMIT;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path tempDirectory;
    private LocalDate historyFrom;
    private Consumer<String> progress;

    private Builder(Path input, Path output) {
      this.input = input;
      this.output = output;
    }

    public Builder format(InputFormat format) {
      this.format = format;
      return this;
    }

    public Builder memoryLimit(String memoryLimit) {
      this.memoryLimit = memoryLimit;
      return this;
    }

    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    public Builder tempDirectory(Path tempDirectory) {
      this.tempDirectory = tempDirectory;
      return this;
    }

    public Builder historyFrom(LocalDate historyFrom) {
      this.historyFrom = historyFrom;
      return this;
    }

    public Builder progress(Consumer<String> progress) {
      this.progress = progress;
      return this;
    }

    public AuditOptions build() {
      return new AuditOptions(input, format, output, memoryLimit, threads, tempDirectory,
          historyFrom, progress);
    }
  }
}
