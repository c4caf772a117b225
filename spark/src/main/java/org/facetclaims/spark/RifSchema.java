package org.facetclaims.spark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.facetclaims.core.audit.RifColumn;

/**
 * Which input column holds each {@link RifColumn}: by name, in any case and with surrounding
 * spaces, the first one when two match (as the one-machine audit reads a header).
 */
final class RifSchema {
  private final Map<RifColumn, String> names = new EnumMap<>(RifColumn.class);

  private RifSchema(StructType schema) {
    for (StructField f : schema.fields()) {
      RifColumn.named(f.name()).ifPresent(c -> names.putIfAbsent(c, f.name()));
    }
  }

  static RifSchema of(StructType schema) {
    return new RifSchema(schema);
  }

  /** The input's name of column {@code c}; null when missing. */
  String name(RifColumn c) {
    return names.get(c);
  }

  /** The required columns missing (a run cannot go on without them). */
  List<RifColumn> missingRequired() {
    List<RifColumn> m = new ArrayList<>();
    for (RifColumn c : RifColumn.values()) {
      if (c.required() && !names.containsKey(c)) {
        m.add(c);
      }
    }
    return m;
  }

  /** Every column missing; the optional ones' rules are not judged. */
  List<RifColumn> missing() {
    List<RifColumn> m = new ArrayList<>();
    for (RifColumn c : RifColumn.values()) {
      if (!names.containsKey(c)) {
        m.add(c);
      }
    }
    return m;
  }

  /** The message when {@link #missingRequired} is not empty. */
  String missingRequiredMessage(String where) {
    List<String> n = new ArrayList<>();
    for (RifColumn c : missingRequired()) {
      n.add(c.name());
    }
    return "missing required column" + (n.size() > 1 ? "s " : " ") + String.join(", ", n)
        + where + "; the columns are those of audit.md (CMS RIF carrier lines)";
  }
}
