package org.facetclaims.core.edits;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A table of NCCI procedure-to-procedure edits. Immutable and thread-safe.
 *
 * <p>{@link #parse} reads CMS's published column layout: column 1, column 2, "in existence prior
 * to 1996" flag, effective date, deletion date ("*" for none), modifier indicator (0/1/9), PTP edit
 * rationale; this library's files may add a source column. Dates are YYYYMMDD (CMS) or ISO.
 */
public final class PtpTable {
  private final ImmutableListMultimap<String, PtpEdit> byColumn1;
  /** Every column-2 code: a claim with none of them has no pair to look for. */
  private final ImmutableSet<String> column2;

  private PtpTable(List<PtpEdit> edits) {
    ImmutableListMultimap.Builder<String, PtpEdit> b = ImmutableListMultimap.builder();
    ImmutableSet.Builder<String> c2 = ImmutableSet.builder();
    for (PtpEdit e : edits) {
      b.put(e.column1(), e);
      c2.add(e.column2());
    }
    this.byColumn1 = b.build();
    this.column2 = c2.build();
  }

  public static PtpTable of(List<PtpEdit> edits) {
    return new PtpTable(edits);
  }

  public static PtpTable empty() {
    return new PtpTable(ImmutableList.of());
  }

  /**
   * Parses a file in CMS's PTP layout.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static PtpTable parse(Reader reader, String sourceName) {
    ImmutableList.Builder<PtpEdit> edits = ImmutableList.builder();
    CmsTableReader.read(reader, sourceName, row -> {
      if (!CmsTableReader.isCode(row.cell(1))) {
        throw row.error("column 2 is not a code: \"" + row.cell(1) + "\"");
      }
      String source = row.cell(7);
      int indicator = row.leadingInt(5);
      if (indicator != PtpEdit.MODIFIER_NOT_ALLOWED && indicator != PtpEdit.MODIFIER_ALLOWED
          && indicator != PtpEdit.NOT_APPLICABLE) {
        throw row.error("modifier indicator in column 6 must be 0, 1 or 9, not " + indicator);
      }
      edits.add(new PtpEdit(row.cell(0), row.cell(1), row.date(3), row.date(4),
          indicator, row.cell(6), source.isEmpty() ? sourceName : source));
    });
    return new PtpTable(edits.build());
  }

  /** The edits in force on {@code date} whose two codes are both among {@code codes}. */
  public ImmutableList<PtpEdit> applicable(Collection<String> codes, LocalDate date) {
    if (!anyColumn2(codes)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<PtpEdit> out = null;
    for (String c1 : codes) {
      ImmutableList<PtpEdit> pairs = byColumn1.get(c1);
      for (int i = 0; i < pairs.size(); i++) {
        PtpEdit e = pairs.get(i);
        if (codes.contains(e.column2()) && e.appliesTo(date)) {
          if (out == null) {
            out = ImmutableList.builder();
          }
          out.add(e);
        }
      }
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  /**
   * The codes among {@code codes} that are column 1 of edits in this table (other than
   * indicator 9, never in force) of which none is in force on {@code date}: their pairs cannot be
   * checked on that date (a file for another quarter, a date before its rows begin). Empty when
   * none of {@code codes} is a column-2 code, as no pair could apply anyway.
   */
  public ImmutableList<String> notInForce(Collection<String> codes, LocalDate date) {
    if (!anyColumn2(codes)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> out = null;
    for (String c1 : codes) {
      ImmutableList<PtpEdit> pairs = byColumn1.get(c1);
      boolean known = false;
      boolean inForce = false;
      for (int i = 0; i < pairs.size() && !inForce; i++) {
        PtpEdit e = pairs.get(i);
        known |= e.modifierIndicator() != PtpEdit.NOT_APPLICABLE;
        inForce = e.appliesTo(date);
      }
      if (known && !inForce) {
        if (out == null) {
          out = ImmutableList.builder();
        }
        out.add(c1);
      }
    }
    return out == null ? ImmutableList.of() : out.build();
  }

  /** The edits whose column 1 is {@code code}, whatever their dates. */
  public ImmutableList<PtpEdit> edits(String code) {
    return byColumn1.get(code);
  }

  private boolean anyColumn2(Collection<String> codes) {
    for (String c : codes) {
      if (column2.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** Every edit. */
  public ImmutableList<PtpEdit> edits() {
    return byColumn1.values().asList();
  }
}
