package org.facetclaims.audit.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.facetclaims.audit.AuditResult;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.Severity;
import org.facetclaims.core.audit.AuditTotals;
import org.facetclaims.core.audit.RifColumn;

/**
 * report.html: one self-contained page for an auditor (no script, font or image from anywhere:
 * styles inline, charts as SVG drawn here). Totals first, then amounts at risk by rule, state and
 * provider, each as a bar chart with its table, then how the figures are computed and the rules
 * with their sources.
 */
public final class ReportPage {
  /** Providers in the chart and the table. */
  static final int PROVIDERS_SHOWN = 15;

  private static final String NON_COVERED = "#b3261e";
  private static final String REVIEW = "#7a869a";

  private ReportPage() {}

  public static void write(Path file, AuditResult r) throws IOException {
    Files.writeString(file, html(r), StandardCharsets.UTF_8);
  }

  /** The page. */
  public static String html(AuditResult r) {
    AuditTotals t = r.totals();
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Facet RF claims audit: ").append(esc(r.input())).append("</title>")
        .append("<style>").append(CSS).append("</style></head><body><main>\n");
    h.append("<header><p class=\"kicker\">Payment-integrity audit · facet joint nerve"
        + " destruction (64633-64636, 64622-64627)</p><h1>Facet RF claims audit</h1>")
        .append("<p class=\"meta\">Input <b>").append(esc(r.input())).append("</b> (")
        .append(esc(r.format().code())).append("), dates of service ")
        .append(r.firstDate() == null ? "none readable" : r.firstDate() + " to " + r.lastDate())
        .append(". Produced by facet-claims in ")
        .append(String.format(Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0))
        .append(" s.</p></header>\n");

    BigDecimal pct = t.paidRf().signum() == 0 ? BigDecimal.ZERO : t.amountAtRisk()
        .multiply(BigDecimal.valueOf(100)).divide(t.paidRf(), 1, RoundingMode.HALF_UP);
    h.append("<section class=\"cards\">");
    card(h, "Amount at risk", money(t.amountAtRisk()), pct.toPlainString()
        + " % of " + money(t.paidRf()) + " paid on RF lines", true);
    card(h, "Lines with units not covered", count(t.linesFlagged()),
        count(t.unitsNotCovered()) + " units", false);
    card(h, "RF sessions judged", count(t.sessionsJudged()), "of " + count(t.sessions())
        + " sessions (beneficiary, date, provider, region)", false);
    card(h, "Claim lines read", count(t.lines()), count(t.beneficiaries()) + " beneficiaries, "
        + count(t.unreadableLines() + r.unreadableRecords()) + " unreadable", false);
    h.append("</section>\n");

    if (!r.missingColumns().isEmpty() || t.unreadableLines() > 0 || r.unreadableRecords() > 0) {
      h.append("<div class=\"note\"><b>Input notes.</b> ");
      if (!r.missingColumns().isEmpty()) {
        List<String> n = new ArrayList<>();
        for (RifColumn c : r.missingColumns()) {
          n.add(c.name());
        }
        h.append("Columns missing, so the rules that need them were not judged: ")
            .append(esc(String.join(", ", n))).append(". ");
      }
      if (t.unreadableLines() > 0) {
        h.append(count(t.unreadableLines())).append(" lines could not be read (FC-815; each is"
            + " in lines.csv, with its line number in findings.csv). ");
      }
      if (r.unreadableRecords() > 0) {
        h.append(count(r.unreadableRecords())).append(" input records gave no line (FC-817). ");
      }
      h.append("</div>\n");
    }

    // ---- by rule ----
    h.append("<section><h2>Amount at risk by rule</h2><p class=\"lede\">Each rule counts the"
        + " units it alone makes non-covered; a line under two rules counts under both, so the"
        + " bars add up to more than the total, which counts each line once. Review and"
        + " information findings count no money (grey).</p>");
    List<Bar> bars = new ArrayList<>();
    for (Map.Entry<FindingCode, AuditTotals.Tally> e : t.byRule().entrySet()) {
      FindingCode c = e.getKey();
      bars.add(new Bar(c.id() + " " + chartLabel(c), e.getValue().amount(),
          count(e.getValue().findings()) + (e.getValue().findings() == 1 ? " finding"
          : " findings"), e.getValue().amount().signum() > 0 ? NON_COVERED : REVIEW));
    }
    chart(h, bars, "Amount at risk by rule");
    h.append("<table><thead><tr><th>Rule</th><th>Severity</th><th class=\"n\">Findings</th>"
        + "<th class=\"n\">Lines</th><th class=\"n\">Units not covered</th>"
        + "<th class=\"n\">Amount at risk</th></tr></thead><tbody>");
    for (Map.Entry<FindingCode, AuditTotals.Tally> e : t.byRule().entrySet()) {
      FindingCode c = e.getKey();
      AuditTotals.Tally v = e.getValue();
      h.append("<tr><td><a href=\"#").append(c.id()).append("\">").append(c.id())
          .append("</a> ").append(esc(c.title())).append("</td><td>").append(sev(c.severity()))
          .append("</td><td class=\"n\">").append(count(v.findings()))
          .append("</td><td class=\"n\">").append(count(v.lines()))
          .append("</td><td class=\"n\">").append(count(v.units()))
          .append("</td><td class=\"n\">").append(money(v.amount())).append("</td></tr>");
    }
    if (t.byRule().isEmpty()) {
      h.append("<tr><td colspan=\"6\">No findings.</td></tr>");
    }
    h.append("</tbody></table></section>\n");

    // ---- by state ----
    h.append("<section><h2>By state</h2><p class=\"lede\">The state where the service was"
        + " furnished (PRVDR_STATE_CD, SSA or USPS code) chooses the Medicare contractor and"
        + " so the policy text.</p>");
    bars = new ArrayList<>();
    for (Map.Entry<String, AuditTotals.Tally> e : t.byState().entrySet()) {
      bars.add(new Bar(stateLabel(e.getKey()), e.getValue().amount(), count(e.getValue().lines())
          + " RF lines", NON_COVERED));
    }
    bars.sort((a, b) -> b.value.compareTo(a.value));
    chart(h, bars.subList(0, Math.min(20, bars.size())), "Amount at risk by state");
    List<Map.Entry<String, AuditTotals.Tally>> states = new ArrayList<>();
    for (Map.Entry<String, AuditTotals.Tally> e : t.byState().entrySet()) {
      states.add(Map.entry(stateLabel(e.getKey()), e.getValue()));
    }
    tallyTable(h, "State and contractor", states);
    h.append("</section>\n");

    // ---- by provider ----
    List<Map.Entry<String, AuditTotals.Tally>> top = t.topProviders(PROVIDERS_SHOWN);
    h.append("<section><h2>By rendering provider</h2><p class=\"lede\">The ")
        .append(top.size()).append(" providers (PRF_PHYSN_NPI) with the highest amount at risk,"
        + " of ").append(count(t.providers())).append(" with facet RF lines or findings;"
        + " summary.json lists up to 1,000.</p>");
    bars = new ArrayList<>();
    for (Map.Entry<String, AuditTotals.Tally> e : top) {
      bars.add(new Bar("NPI " + e.getKey(), e.getValue().amount(),
          count(e.getValue().linesFlagged()) + " of " + count(e.getValue().lines()) + " lines",
          NON_COVERED));
    }
    chart(h, bars, "Amount at risk by provider");
    tallyTable(h, "Provider (NPI)", top);
    h.append("</section>\n");

    // ---- method and rules ----
    h.append("<section><h2>How the figures are computed</h2><ul class=\"method\">"
        + "<li>A <b>session</b> is one beneficiary, one date of service, one rendering provider;"
        + " a <b>region</b> is the CPT family (64633/64634 and 64626/64627 cervical/thoracic,"
        + " 64635/64636 and 64622/64623 lumbar/sacral).</li>"
        + "<li><b>Amount at risk</b> of a line = LINE_NCH_PMT_AMT × units not covered ÷"
        + " LINE_SRVC_CNT, half up to the cent. A line's units not covered are the most any one"
        + " rule counts, never the sum.</li>"
        + "<li>The policy text (2021 LCD, or the contractor's 2024 revision) is chosen by the"
        + " provider's state and the date of service.</li>"
        + "<li>What claims cannot show (relief, function, imaging) is never guessed: missing"
        + " diagnostic blocks are a review finding, and history before ")
        .append(r.firstDate() == null ? "the first date in the data" : "<b>" + r.firstDate()
            + "</b>, the first date in the data,")
        .append(" is unknown.</li>"
        + "<li>Per line: lines.csv (every input line, with UNITS_NOT_COVERED, AMOUNT_AT_RISK and"
        + " FINDINGS); per finding: findings.csv (with the message and the rule's source).</li>"
        + "</ul></section>\n");
    h.append("<section><h2>Rules and sources</h2><table class=\"rules\"><thead><tr><th>Id</th>"
        + "<th>Rule</th><th>Source</th></tr></thead><tbody>");
    for (FindingCode c : FindingCode.values()) {
      if (!c.id().startsWith("FC-8")) {
        continue;
      }
      h.append("<tr id=\"").append(c.id()).append("\"><td class=\"id\">").append(c.id())
          .append("<br>").append(sev(c.severity())).append("</td><td><b>")
          .append(esc(c.title())).append("</b><br>").append(esc(c.meaning()))
          .append("</td><td class=\"src\">").append(esc(c.source())).append("</td></tr>");
    }
    h.append("</tbody></table></section>\n");
    h.append("<footer>CPT® is a registered trademark of the American Medical Association."
        + " Findings are for review by a qualified auditor; they are not a payment"
        + " determination.</footer>\n</main></body></html>\n");
    return h.toString();
  }

  private record Bar(String label, BigDecimal value, String note, String color) {}

  /** A horizontal bar chart: label, bar scaled to the largest value, amount and a note. */
  private static void chart(StringBuilder h, List<Bar> bars, String title) {
    if (bars.isEmpty()) {
      return;
    }
    int labelW = 330;
    int barW = 420;
    int rowH = 26;
    int width = 1040;
    int height = bars.size() * rowH + 8;
    BigDecimal max = BigDecimal.ZERO;
    for (Bar b : bars) {
      max = b.value.compareTo(max) > 0 ? b.value : max;
    }
    h.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" aria-label=\"").append(esc(title))
        .append("\"><title>").append(esc(title)).append("</title>");
    int y = 4;
    for (Bar b : bars) {
      double frac = max.signum() == 0 ? 0 : b.value.doubleValue() / max.doubleValue();
      int w = (int) Math.round(frac * barW);
      if (b.value.signum() > 0) {
        w = Math.max(w, 2);
      }
      String label = b.label.length() > 44 ? b.label.substring(0, 43) + "…" : b.label;
      h.append("<text x=\"").append(labelW - 10).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"end\" class=\"lbl\">").append(esc(label)).append("</text>");
      h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 4)
          .append("\" width=\"").append(barW).append("\" height=\"").append(rowH - 8)
          .append("\" fill=\"#eef0f4\"/>");
      h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(w).append("\" height=\"").append(rowH - 8).append("\" fill=\"")
          .append(b.color).append("\"/>");
      h.append("<text x=\"").append(labelW + barW + 10).append("\" y=\"").append(y + 17)
          .append("\" class=\"val\">").append(esc(b.value.signum() == 0 && b.color.equals(REVIEW)
              ? "no amount" : money(b.value))).append("<tspan class=\"nt\">  ")
          .append(esc(b.note)).append("</tspan></text>");
      y += rowH;
    }
    h.append("</svg>");
  }

  private static void tallyTable(StringBuilder h, String what,
      List<Map.Entry<String, AuditTotals.Tally>> rows) {
    h.append("<table><thead><tr><th>").append(esc(what)).append("</th>"
        + "<th class=\"n\">RF lines</th><th class=\"n\">Paid on RF lines</th>"
        + "<th class=\"n\">Findings</th><th class=\"n\">Lines flagged</th>"
        + "<th class=\"n\">Units</th><th class=\"n\">Amount at risk</th></tr></thead><tbody>");
    for (Map.Entry<String, AuditTotals.Tally> e : rows) {
      AuditTotals.Tally v = e.getValue();
      h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">")
          .append(count(v.lines())).append("</td><td class=\"n\">").append(money(v.paid()))
          .append("</td><td class=\"n\">").append(count(v.findings()))
          .append("</td><td class=\"n\">").append(count(v.linesFlagged()))
          .append("</td><td class=\"n\">").append(count(v.units()))
          .append("</td><td class=\"n\">").append(money(v.amount())).append("</td></tr>");
    }
    if (rows.isEmpty()) {
      h.append("<tr><td colspan=\"7\">None.</td></tr>");
    }
    h.append("</tbody></table>");
  }

  private static void card(StringBuilder h, String title, String value, String note,
      boolean key) {
    h.append("<div class=\"card").append(key ? " key" : "").append("\"><div class=\"ct\">")
        .append(esc(title)).append("</div><div class=\"cv\">").append(esc(value))
        .append("</div><div class=\"cn\">").append(esc(note)).append("</div></div>");
  }

  /** "OH · CGS (J15)": the state with its Medicare contractor. */
  private static String stateLabel(String state) {
    return org.facetclaims.core.audit.PolicyDirectory.medicare()
        .resolve(state, java.time.LocalDate.of(2025, 1, 1)).contractorName()
        .map(c -> state + " · " + c).orElse(state);
  }

  /** A rule's name short enough for a chart's label column. */
  private static String chartLabel(FindingCode c) {
    switch (c) {
      case AUDIT_SESSIONS_PER_WINDOW: return "over 2 RF sessions in 12 months";
      case AUDIT_REPEAT_TOO_SOON: return "repeat within 6 months";
      case AUDIT_LEVELS_EXCEEDED: return "levels beyond two";
      case AUDIT_REGIONS_PER_SESSION: return "second region in a session";
      case AUDIT_DIAGNOSIS_NOT_COVERED: return "no covered diagnosis";
      case AUDIT_DIAGNOSIS_OTHER_REGION: return "diagnosis of another region";
      case AUDIT_DIAGNOSIS_MISSING: return "no diagnosis (not judged)";
      case AUDIT_BILATERAL_FORMAT: return "RT and LT lines (review)";
      case AUDIT_BLOCKS_NOT_SEEN: return "no diagnostic blocks (review)";
      case AUDIT_HISTORY_UNKNOWN: return "history unknown";
      case AUDIT_THORACOLUMBAR_ONE_SESSION: return "CGS thoracolumbar session";
      case AUDIT_POLICY_NOT_MODELLED: return "before the 2021 LCD";
      case AUDIT_STATE_UNKNOWN: return "state unknown";
      case AUDIT_CODE_NOT_VALID_ON_DATE: return "code not valid on the date";
      case AUDIT_LINE_UNREADABLE: return "line unreadable";
      case AUDIT_AMOUNT_UNREADABLE: return "amount unreadable";
      case AUDIT_RECORD_UNREADABLE: return "record unreadable";
      default:
        int cut = c.title().indexOf(" (");
        return cut > 0 ? c.title().substring(0, cut) : c.title();
    }
  }

  private static String sev(Severity s) {
    return "<span class=\"sev " + s.label() + "\">" + s.label() + "</span>";
  }

  static String money(BigDecimal b) {
    DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    return f.format(b);
  }

  static String count(long n) {
    return String.format(Locale.US, "%,d", n);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = String.join("",
      "*{box-sizing:border-box}",
      "body{margin:0;background:#f6f7f9;color:#1d2433;",
      "font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}",
      "main{max-width:1100px;margin:0 auto;padding:28px 32px 48px}",
      "header h1{margin:2px 0 6px;font-size:30px;letter-spacing:-.01em}",
      ".kicker{margin:0;color:#5b6578;font-size:13px;text-transform:uppercase;letter-spacing:.06em}",
      ".meta{margin:0 0 22px;color:#3d4659}",
      ".cards{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin-bottom:18px}",
      ".card{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:14px 16px}",
      ".card.key{border-color:#b3261e;box-shadow:inset 4px 0 0 #b3261e}",
      ".ct{color:#5b6578;font-size:13px}.cv{font-size:26px;font-weight:650;margin:2px 0}",
      ".card.key .cv{color:#b3261e}.cn{color:#5b6578;font-size:12.5px}",
      ".note{background:#fff8e5;border:1px solid #f0d48a;border-radius:8px;padding:10px 14px;",
      "margin-bottom:18px;font-size:14px}",
      "section{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:18px 22px;",
      "margin-bottom:18px}",
      "h2{margin:0 0 4px;font-size:19px}.lede{margin:0 0 12px;color:#4a5366;font-size:14px}",
      ".chart{display:block;margin:6px 0 14px;max-width:100%;height:auto}",
      ".lbl{font-size:13px;fill:#1d2433}.val{font-size:13px;font-weight:600;fill:#1d2433}",
      ".nt{font-weight:400;fill:#5b6578}",
      "table{border-collapse:collapse;width:100%;font-size:13.5px}",
      "th{text-align:left;color:#4a5366;font-weight:600;border-bottom:2px solid #dde1e8;",
      "padding:6px 8px}",
      "td{border-bottom:1px solid #eceef2;padding:6px 8px;vertical-align:top}",
      "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "tbody tr:nth-child(even){background:#fafbfc}",
      "a{color:#2849a8;text-decoration:none}",
      ".sev{display:inline-block;font-size:11.5px;padding:0 7px;border-radius:9px;",
      "font-weight:600}",
      ".sev.warning{background:#fde7e4;color:#8c1d15}.sev.error{background:#8c1d15;color:#fff}",
      ".sev.information{background:#e7ecf5;color:#2c3e66}",
      ".rules td.id{white-space:nowrap;font-weight:600}.rules td.src{color:#4a5366;",
      "font-size:12.5px;width:32%}",
      ".method{margin:6px 0 0;padding-left:20px}.method li{margin:4px 0}",
      "footer{color:#6b7385;font-size:12px;margin-top:8px}",
      "@media print{body{background:#fff}section,.card{break-inside:avoid}}");
}
