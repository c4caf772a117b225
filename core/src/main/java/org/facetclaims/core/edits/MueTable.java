package org.facetclaims.core.edits;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
  private final ImmutableListMultimap<String, MueEntry> byCode;

  private MueTable(List<MueEntry> entries) {
    ImmutableListMultimap.Builder<String, MueEntry> b = ImmutableListMultimap.builder();
    for (MueEntry e : entries) {
      b.put(e.code(), e);
    }
    this.byCode = b.build();
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
    CmsTableReader.read(reader, sourceName, row -> {
      LocalDate start = row.date(4);
      LocalDate end = row.date(5);
      String source = row.cell(6);
      entries.add(new MueEntry(row.cell(0), row.leadingInt(1),
          row.cell(2).isEmpty() ? 0 : row.leadingInt(2), row.cell(3),
          start == null ? from : start, end == null ? through : end,
          source.isEmpty() ? sourceName : source));
    });
    return new MueTable(entries.build());
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
