package org.facetclaims.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.facetclaims.core.audit.RifColumn;

/**
 * Which of an input's columns holds each {@link RifColumn}: by name, in any case and with
 * surrounding spaces, the first one when two match. The same for every engine, so that an input
 * one engine refuses the other refuses with the same message.
 */
public final class InputColumns {
  private final Map<RifColumn, String> names = new EnumMap<>(RifColumn.class);

  private InputColumns(List<String> columns) {
    for (String c : columns) {
      RifColumn.named(c).ifPresent(rc -> names.putIfAbsent(rc, c));
    }
  }

  /** The RIF columns among {@code columns} (the input's names, in order). */
  public static InputColumns of(List<String> columns) {
    return new InputColumns(columns);
  }

  /** The input's name for each RIF column present, in RIF order. */
  public Map<RifColumn, String> names() {
    return Collections.unmodifiableMap(names);
  }

  /** The input's name of column {@code c}; null when missing. */
  public String name(RifColumn c) {
    return names.get(c);
  }

  /** The RIF columns missing (the optional ones' rules are not judged). */
  public List<RifColumn> missing() {
    List<RifColumn> m = new ArrayList<>();
    for (RifColumn c : RifColumn.values()) {
      if (!names.containsKey(c)) {
        m.add(c);
      }
    }
    return m;
  }

  /**
   * Why a run cannot go on, naming the required columns missing and where the names were
   * looked for (the format read; null for a Dataset); empty when none is missing.
   */
  public String missingRequiredMessage(InputFormat format) {
    List<String> n = new ArrayList<>();
    for (RifColumn c : missing()) {
      if (c.required()) {
        n.add(c.name());
      }
    }
    if (n.isEmpty()) {
      return "";
    }
    String where = format == InputFormat.RIF_CSV ? " in the header (line 1)"
        : format == InputFormat.PARQUET ? " in the Parquet schema"
        : format == InputFormat.DELTA ? " in the Delta table's schema" : "";
    return "missing required column" + (n.size() > 1 ? "s " : " ") + String.join(", ", n)
        + where + "; the columns are those of audit.md (CMS RIF carrier lines)";
  }
}
