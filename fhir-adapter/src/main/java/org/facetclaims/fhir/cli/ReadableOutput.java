package org.facetclaims.fhir.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.Finding;
import org.facetclaims.core.Severity;
import org.facetclaims.core.TraceStep;
import org.facetclaims.core.payment.LinePayment;
import org.facetclaims.core.payment.PaymentEstimate;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.SessionClaim;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;

/**
 * The {@code text} and {@code csv} formats of {@code code}: what a coder reads and what a script
 * loads, from the same {@link CodingOutput} as the FHIR Bundle. The codes, modifiers (GA/GZ
 * included) and quantities are the Claim's items; what each line covers and the rules that made
 * it are the engine's rationale for that line. Nothing here decides: it only writes.
 */
final class ReadableOutput {
  /** The csv header: one row per Claim item. */
  static final String CSV_HEADER = "input,claim,status,date,item,code,modifiers,quantity,covers,"
      + "description,findings";

  private ReadableOutput() {}

  /**
   * The csv columns added when expected payments are asked for: the line's expected payment,
   * the claim's, the payment system, the fee table's year and source, and the other payment the
   * claim may get when the data cannot say which (an unverified complexity adjustment).
   */
  static final String CSV_PAYMENT_COLUMNS = ",payment,claim_payment,payment_system,fee_year,"
      + "fee_source,payment_alternative";

  /** One written Claim with the coding its lines came from and its expected payment. */
  private record WrittenClaim(Claim claim, CodingResult result, PaymentEstimate payment,
      SessionClaim session) {}

  /**
   * Every Claim of the output in order: per session the physician's, then the facility's (the
   * last of a session's Claims when its facility side was coded).
   */
  private static List<WrittenClaim> claims(CodingOutput output) {
    List<WrittenClaim> out = new ArrayList<>();
    for (SessionClaim s : output.sessions()) {
      List<Claim> cs = s.claims();
      for (int i = 0; i < cs.size(); i++) {
        boolean facility = s.facilityResult().isPresent() && i == cs.size() - 1;
        out.add(facility
            ? new WrittenClaim(cs.get(i), s.facilityResult().get(),
                s.facilityPayment().orElse(null), s)
            : new WrittenClaim(cs.get(i), s.result(), s.professionalPayment().orElse(null), s));
      }
    }
    return out;
  }

  /**
   * The text of one input's output: per Claim its status, date, profile, edition, parties and
   * lines with what each covers and its rules, and when asked for its expected payment per line
   * and in total with the fee data's year and source; then the findings, each with its question
   * for the physician; with {@code explain}, the engine's steps per Claim.
   *
   * @param heading a first line naming the input, or null
   */
  static void text(PrintWriter out, String heading, CodingOutput output, boolean explain) {
    if (heading != null) {
      out.println("== " + heading + " ==");
    }
    List<WrittenClaim> claims = claims(output);
    if (claims.isEmpty()) {
      out.println("No claim: no line could be coded (see the findings).");
    }
    for (int n = 0; n < claims.size(); n++) {
      WrittenClaim w = claims.get(n);
      CodingResult r = w.result();
      Claim c = w.claim();
      out.println("Claim " + (n + 1) + " of " + claims.size() + ": " + c.getStatus().toCode()
          + ", date of service " + r.session().dateOfService() + ", profile "
          + r.profile().name() + ", edition " + r.edition().map(e -> e.id()).orElse("none"));
      out.println("  patient " + party(c.getPatient()) + "; provider " + party(c.getProvider())
          + "; coverage " + party(c.getInsuranceFirstRep().getCoverage()));
      out.println("  procedures " + String.join(", ", w.session().procedures()));
      List<Claim.ItemComponent> items = c.getItem();
      for (int i = 0; i < items.size(); i++) {
        Claim.ItemComponent item = items.get(i);
        out.println("  " + item.getSequence() + ". " + notation(item) + "  "
            + item.getProductOrService().getText());
        ClaimLine line = i < r.lines().size() ? r.lines().get(i) : null;
        if (line == null) {
          continue;
        }
        if (!line.rationale().covered().isEmpty()) {
          out.println("       covers: " + String.join(", ", line.rationale().covered()));
        }
        for (String rule : line.rationale().rules()) {
          out.println("       rule: " + rule);
        }
        LinePayment lp = linePayment(w.payment(), i);
        if (lp != null) {
          out.println("       expected: " + (lp.amount() == null ? "not priced"
              : PaymentEstimate.money(lp.amount())) + " (" + lp.rule() + ")");
        }
      }
      if (w.payment() != null) {
        out.println("  expected payment: " + w.payment().summary());
      }
      if (explain) {
        out.println("  steps:");
        for (TraceStep t : r.trace()) {
          out.println("    " + t);
        }
      }
    }
    List<Finding> findings = output.findings();
    out.println("Findings: " + (findings.isEmpty() ? "none" : counts(findings)));
    for (Finding f : findings) {
      out.println("  " + f.severity().label() + " " + f.id() + ": " + f.message()
          + f.element().map(e -> " [" + e + "]").orElse(""));
      f.physicianQuestion().ifPresent(q -> out.println("      ask the physician: " + q));
    }
  }

  private static LinePayment linePayment(PaymentEstimate e, int index) {
    return e == null || index >= e.lines().size() ? null : e.lines().get(index);
  }

  /**
   * The csv rows of one input's output: one per Claim item, with the input's name, the Claim's
   * id, status and date of service, the item's sequence, code, modifiers (space-separated),
   * quantity, what it covers ({@code ; }-separated), description, and the distinct ids of the
   * input's findings (space-separated; the OperationOutcome has them in full). With {@code
   * payments}, the columns of {@link #CSV_PAYMENT_COLUMNS} follow (empty on a Claim without an
   * estimate). An input without a Claim has no row.
   */
  static void csv(PrintWriter out, String input, CodingOutput output, boolean payments) {
    List<String> findingIds = new ArrayList<>();
    for (Finding f : output.findings()) {
      if (!findingIds.contains(f.id())) {
        findingIds.add(f.id());
      }
    }
    for (WrittenClaim w : claims(output)) {
      CodingResult r = w.result();
      Claim c = w.claim();
      List<Claim.ItemComponent> items = c.getItem();
      for (int i = 0; i < items.size(); i++) {
        Claim.ItemComponent item = items.get(i);
        ClaimLine line = i < r.lines().size() ? r.lines().get(i) : null;
        String row = String.join(",", csvField(input), csvField(c.getIdElement().getIdPart()),
            c.getStatus().toCode(), String.valueOf(r.session().dateOfService()),
            String.valueOf(item.getSequence()), csvField(item.getProductOrService()
                .getCodingFirstRep().getCode()), csvField(modifiers(item, " ")),
            String.valueOf(item.getQuantity().getValue().intValue()),
            csvField(line == null ? "" : String.join("; ", line.rationale().covered())),
            csvField(item.getProductOrService().getText()),
            csvField(String.join(" ", findingIds)));
        out.println(payments ? row + paymentFields(w.payment(), i) : row);
      }
    }
  }

  /** The payment columns of one item, each after a comma. */
  private static String paymentFields(PaymentEstimate e, int index) {
    if (e == null) {
      return ",,,,,";
    }
    LinePayment lp = linePayment(e, index);
    return "," + (lp == null || lp.amount() == null ? "" : lp.amount().toPlainString())
        + "," + (e.total() == null ? "" : e.total().toPlainString())
        + "," + e.system().name() + "," + e.year() + "," + csvField(e.source())
        + "," + csvField(e.alternativeIfAny().map(a -> a.label() + " if " + a.condition())
            .orElse(""));
  }

  /** The engine's explanation of every Claim of one input (for {@code --explain} off text). */
  static void explain(PrintWriter err, String heading, CodingOutput output) {
    for (WrittenClaim w : claims(output)) {
      err.print((heading == null ? "" : heading + ": ") + w.result().explain());
    }
  }

  /** An item as a coder writes it: {@code 64635-50-GA x1}. */
  static String notation(Claim.ItemComponent item) {
    String mods = modifiers(item, "-");
    return item.getProductOrService().getCodingFirstRep().getCode()
        + (mods.isEmpty() ? "" : "-" + mods) + " x" + item.getQuantity().getValue().intValue();
  }

  private static String modifiers(Claim.ItemComponent item, String separator) {
    List<String> codes = new ArrayList<>();
    for (var m : item.getModifier()) {
      for (Coding cd : m.getCoding()) {
        codes.add(cd.getCode());
      }
    }
    return String.join(separator, codes);
  }

  private static String party(Reference r) {
    if (r.hasReference()) {
      return r.getReference();
    }
    if (r.hasIdentifier() && r.getIdentifier().hasValue()) {
      return (r.hasType() ? r.getType() + " " : "") + "identifier "
          + (r.getIdentifier().hasSystem() ? r.getIdentifier().getSystem() + "|" : "")
          + r.getIdentifier().getValue();
    }
    return r.hasDisplay() ? "(" + r.getDisplay() + ")" : "(none)";
  }

  private static String counts(List<Finding> findings) {
    int[] n = new int[Severity.values().length];
    for (Finding f : findings) {
      n[f.severity().ordinal()]++;
    }
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      if (n[s.ordinal()] > 0) {
        parts.add(n[s.ordinal()] + " " + s.label());
      }
    }
    return findings.size() + " (" + String.join(", ", parts) + ")";
  }

  /** A csv field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
  static String csvField(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0
        && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
