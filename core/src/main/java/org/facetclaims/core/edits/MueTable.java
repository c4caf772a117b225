package org.facetclaims.core.edits;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of Medically Unlikely Edits. Immutable and thread-safe.
 *
 * <p>{@link #parse} reads CMS's practitioner (or facility) MUE file layout: HCPCS/CPT code, MUE
 * value, MUE adjudication indicator, MUE rationale; this library's own files may add three more
 * columns, effective date, end date (YYYYMMDD or ISO, "*" or empty for none) and source. The
 * official quarterly file has no dates: pass the quarter's dates to {@link #parse(Reader, String,
 * LocalDate, LocalDate)}.
 */
public final class MueTable {
  /** The value column of CMS's header: "Practitioner Services MUE Values", ... */
  private static final Pattern VALUE_COLUMN =
      Pattern.compile("([A-Za-z][A-Za-z ]*?) Services MUE Values");

  private final ImmutableListMultimap<String, MueEntry> byCode;
  private final String services;

  private MueTable(List<MueEntry> entries) {
    this(entries, null);
  }

  private MueTable(List<MueEntry> entries, String services) {
    ImmutableListMultimap.Builder<String, MueEntry> b = ImmutableListMultimap.builder();
    for (MueEntry e : entries) {
      b.put(e.code(), e);
    }
    this.byCode = b.build();
    this.services = services;
  }

  /** A table of the given entries. */
  public static MueTable of(List<MueEntry> entries) {
    return new MueTable(entries);
  }

  /** An empty table: no MUE checks. */
  public static MueTable empty() {
    return new MueTable(ImmutableList.of());
  }

  /**
   * Parses a file in CMS's MUE layout, using the dates in the optional columns.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static MueTable parse(Reader reader, String sourceName) {
    return parse(reader, sourceName, null, null);
  }

  /**
   * Parses a file in CMS's MUE layout; rows without dates take {@code from} and {@code through}
   * (null for open).
   */
  public static MueTable parse(Reader reader, String sourceName, LocalDate from,
      LocalDate through) {
    ImmutableList.Builder<MueEntry> entries = ImmutableList.builder();
    String[] services = new String[1];
    CmsTableReader.read(reader, sourceName, row -> {
      LocalDate start = row.date(4);
      LocalDate end = row.date(5);
      String source = row.cell(6);
      entries.add(new MueEntry(row.cell(0), row.leadingInt(1),
          row.cell(2).isEmpty() ? 0 : row.leadingInt(2), row.cell(3),
          start == null ? from : start, end == null ? through : end,
          source.isEmpty() ? sourceName : source));
    }, line -> {
      Matcher m = VALUE_COLUMN.matcher(line);
      if (services[0] == null && m.find()) {
        services[0] = m.group(1).strip();
      }
    });
    return new MueTable(entries.build(), services[0]);
  }

  /**
   * Which services the file's header says its values are for: {@code "Practitioner"}, {@code
   * "Outpatient Hospital"} or {@code "DME Supplier"} from CMS's value column ("Outpatient
   * Hospital Services MUE Values"); empty when the file has no such header.
   */
  public Optional<String> services() {
    return Optional.ofNullable(services);
  }

  /** The entry for a code in force on a date, if any. */
  public Optional<MueEntry> lookup(String code, LocalDate date) {
    ImmutableList<MueEntry> entries = byCode.get(code);
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).appliesTo(date)) {
        return Optional.of(entries.get(i));
      }
    }
    return Optional.empty();
  }

  /** The entries of a code, whatever their dates (none: the table does not know the code). */
  public ImmutableList<MueEntry> entries(String code) {
    return byCode.get(code);
  }

  /** Every entry, in file order per code. */
  public ImmutableList<MueEntry> entries() {
    return byCode.values().asList();
  }
}
