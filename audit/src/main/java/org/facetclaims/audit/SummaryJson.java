package org.facetclaims.audit;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.RifColumn;

/** summary.json: the run's totals by rule, provider and state (audit.md "Output"). */
public final class SummaryJson {
  /** Providers listed by name; the rest are counted in "otherProviders". */
  public static final int PROVIDERS_LISTED = 1000;

  private SummaryJson() {}

  static void write(Path file, AuditResult r) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(toJson(r));
    }
  }

  /** The summary as JSON text. */
  public static String toJson(AuditResult r) {
    AuditTotals t = r.totals();
    StringBuilder j = new StringBuilder(4096).append("{\n");
    field(j, "input", str(r.input()));
    field(j, "format", str(r.format().code()));
    field(j, "firstDate", r.firstDate() == null ? "null" : str(r.firstDate().toString()));
    field(j, "lastDate", r.lastDate() == null ? "null" : str(r.lastDate().toString()));
    field(j, "linesRead", t.lines());
    field(j, "linesUnreadable", t.unreadableLines());
    field(j, "recordsUnreadable", r.unreadableRecords());
    field(j, "beneficiaries", t.beneficiaries());
    field(j, "sessions", t.sessions());
    field(j, "sessionsJudged", t.sessionsJudged());
    field(j, "findings", t.findings());
    field(j, "linesWithUnitsNotCovered", t.linesFlagged());
    field(j, "unitsNotCovered", t.unitsNotCovered());
    field(j, "amountAtRisk", t.amountAtRisk().toPlainString());
    field(j, "paidOnRfLines", t.paidRf().toPlainString());
    StringBuilder m = new StringBuilder("[");
    for (RifColumn c : r.missingColumns()) {
      m.append(m.length() > 1 ? ", " : "").append(str(c.name()));
    }
    field(j, "missingColumns", m.append(']').toString());
    j.append("  \"byRule\": [");
    boolean first = true;
    for (Map.Entry<FindingCode, AuditTotals.Tally> e : t.byRule().entrySet()) {
      FindingCode c = e.getKey();
      j.append(first ? "\n" : ",\n").append("    {\"id\": ").append(str(c.id()))
          .append(", \"title\": ").append(str(c.title()))
          .append(", \"severity\": ").append(str(c.severity().label()))
          .append(", \"source\": ").append(str(c.source()));
      tally(j, e.getValue(), false);
      first = false;
    }
    j.append(first ? "],\n" : "\n  ],\n");
    List<Map.Entry<String, AuditTotals.Tally>> top = t.topProviders(PROVIDERS_LISTED);
    field(j, "providers", t.providers());
    field(j, "otherProviders", t.providers() - top.size());
    j.append("  \"byProvider\": [");
    first = true;
    for (Map.Entry<String, AuditTotals.Tally> e : top) {
      j.append(first ? "\n" : ",\n").append("    {\"npi\": ").append(str(e.getKey()));
      tally(j, e.getValue(), true);
      first = false;
    }
    j.append(first ? "],\n" : "\n  ],\n");
    j.append("  \"byState\": [");
    first = true;
    for (Map.Entry<String, AuditTotals.Tally> e : t.byState().entrySet()) {
      j.append(first ? "\n" : ",\n").append("    {\"state\": ").append(str(e.getKey()));
      tally(j, e.getValue(), true);
      first = false;
    }
    j.append(first ? "],\n" : "\n  ],\n");
    j.append("  \"elapsedSeconds\": ").append(String.format(Locale.ROOT, "%.1f",
        r.elapsed().toMillis() / 1000.0)).append("\n}\n");
    return j.toString();
  }

  private static void tally(StringBuilder j, AuditTotals.Tally t, boolean paid) {
    j.append(", \"lines\": ").append(t.lines()).append(", \"findings\": ").append(t.findings())
        .append(", \"linesWithUnitsNotCovered\": ").append(t.linesFlagged())
        .append(", \"unitsNotCovered\": ").append(t.units())
        .append(", \"amountAtRisk\": ").append(num(t.amount()));
    if (paid) {
      j.append(", \"paidOnRfLines\": ").append(num(t.paid()));
    }
    j.append('}');
  }

  private static void field(StringBuilder j, String name, Object value) {
    j.append("  ").append(str(name)).append(": ").append(value).append(",\n");
  }

  private static String num(BigDecimal b) {
    return b.toPlainString();
  }

  static String str(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
