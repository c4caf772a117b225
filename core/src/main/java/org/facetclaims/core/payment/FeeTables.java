package org.facetclaims.core.payment;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fee tables an estimate chooses from by date of service: the bundled years (listed in the
 * resource {@code fee-tables.txt}), and any a caller adds with {@link #with(FeeTable)} for a year
 * the library does not ship. Immutable and thread-safe.
 *
 * <pre>{@code
 * FeeTables tables = FeeTables.standard().with(FeeTable.read(Path.of("fees-2027.tsv")));
 * }</pre>
 */
public final class FeeTables {
  private static volatile FeeTables standard;

  private final ImmutableList<FeeTable> tables;

  private FeeTables(List<FeeTable> tables) {
    this.tables = ImmutableList.copyOf(tables);
  }

  /** The bundled tables, read once. */
  public static FeeTables standard() {
    FeeTables s = standard;
    if (s == null) {
      s = new FeeTables(readBundled());
      standard = s;
    }
    return s;
  }

  /** These tables and {@code table}, which wins over them on the dates it covers. */
  public FeeTables with(FeeTable table) {
    List<FeeTable> all = new ArrayList<>();
    all.add(Objects.requireNonNull(table, "table"));
    all.addAll(tables);
    return new FeeTables(all);
  }

  /** The table in force on a date of service. */
  public Optional<FeeTable> forDate(LocalDate date) {
    for (FeeTable t : tables) {
      if (t.covers(date)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Every table, the ones added last first. */
  public ImmutableList<FeeTable> tables() {
    return tables;
  }

  private static List<FeeTable> readBundled() {
    List<FeeTable> out = new ArrayList<>();
    try {
      for (String name : lines("fee-tables.txt")) {
        try (InputStream in = resource(name)) {
          out.add(FeeTable.read(name, new InputStreamReader(in, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The bundled fee tables cannot be read", e);
    }
    return out;
  }

  private static List<String> lines(String name) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
    }
    return names;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = FeeTables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name);
    }
    return in;
  }
}
