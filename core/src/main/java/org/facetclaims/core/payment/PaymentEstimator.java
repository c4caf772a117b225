package org.facetclaims.core.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.PaymentSystem;

/**
 * Expected payment of a coded claim from the fee table in force on its date of service, under
 * its profile's payment system (facility-claims spec §6.5):
 * <ul>
 *   <li>MPFS: the facility amount in a hospital outpatient department or an ASC, the
 *       non-facility amount in the office; a modifier-50 line of a code with bilateral
 *       indicator 1 at 150 %, applied before the multiple-procedure rule; procedures with
 *       multiple-procedure indicator 2 sorted by amount, the first at 100 %, the others at
 *       50 %; add-ons (indicator 0) in full, per unit.
 *   <li>OPPS: one payment of the highest-paying J1 line's APC for the whole claim (at 50 % when
 *       that line carries 73), every other line packaged at $0; the complexity-adjusted APC when
 *       the table lists the J1 code with another line's code (Addendum J), and the adjusted
 *       payment as the estimate's {@link PaymentEstimate#alternative() alternative} when the
 *       table says the pair's listing is not known.
 *   <li>ASC: each unit of a discounted line at its rate, the highest at 100 % and the others at
 *       50 %; a line with 73 at 50 % and out of the discount; packaged (N1) and excluded
 *       (Addendum EE) lines at $0.
 * </ul>
 * Amounts are rounded to the cent half-even, line by line. Thread-safe.
 */
public final class PaymentEstimator {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal BILATERAL = new BigDecimal("1.5");

  private final FeeTables tables;

  public PaymentEstimator(FeeTables tables) {
    this.tables = Objects.requireNonNull(tables, "tables");
  }

  /** An estimator over the bundled tables. */
  public static PaymentEstimator standard() {
    return new PaymentEstimator(FeeTables.standard());
  }

  /**
   * The expected payment of {@code result}'s lines; empty when its profile's payment system has
   * no data ({@link PaymentSystem#CONTRACT}), no table covers the date, the table has nothing
   * for the system, the result has no lines, (MPFS) the setting is unknown, or (OPPS) a line
   * carries PN: a non-excepted off-campus department is paid a reduced rate the tables do not
   * model, and no estimate is better than a full OPPS amount that is wrong.
   *
   * @param setting where the service was done (chooses the MPFS facility or non-facility amount);
   *     null when unknown
   */
  public Optional<PaymentEstimate> estimate(CodingResult result, CareSetting setting) {
    PaymentSystem system = result.profile().paymentSystem();
    if (system == PaymentSystem.CONTRACT || result.lines().isEmpty()) {
      return Optional.empty();
    }
    Optional<FeeTable> table = tables.forDate(result.session().dateOfService());
    if (table.isEmpty() || table.get().source(system).isEmpty()) {
      return Optional.empty();
    }
    if (system == PaymentSystem.OPPS && nonExcepted(result)) {
      return Optional.empty();
    }
    FeeTable t = table.get();
    List<String> notes = new ArrayList<>();
    PaymentEstimate.Alternative[] alternative = new PaymentEstimate.Alternative[1];
    List<LinePayment> lines;
    switch (system) {
      case MPFS -> {
        if (setting == null) {
          return Optional.empty();
        }
        lines = mpfs(result.lines(), t, setting.hasFacilityClaim(), notes);
      }
      case OPPS -> lines = opps(result.lines(), t, notes, alternative);
      case ASC -> lines = asc(result.lines(), t, notes);
      default -> throw new IllegalStateException(system.name());
    }
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (LinePayment l : lines) {
      total = l.amount() == null || total == null ? null : total.add(l.amount());
    }
    FeeTable.Source s = t.source(system).get();
    return Optional.of(new PaymentEstimate(system, t.year(), s.text() + " [" + s.confidence()
        + "]", lines, total, notes, alternative[0]));
  }

  /**
   * Why {@link #estimate} gives nothing for {@code result}, in words for a finding; empty when
   * it gives an estimate or when none is expected (a contract payer's profile, no lines).
   */
  public Optional<String> unavailable(CodingResult result, CareSetting setting) {
    PaymentSystem system = result.profile().paymentSystem();
    if (system == PaymentSystem.CONTRACT || result.lines().isEmpty()) {
      return Optional.empty();
    }
    LocalDate dos = result.session().dateOfService();
    Optional<FeeTable> table = tables.forDate(dos);
    if (table.isEmpty()) {
      return Optional.of("no fee table covers " + dos);
    }
    if (table.get().source(system).isEmpty()) {
      return Optional.of("the " + table.get().year() + " fee table (" + table.get().name()
          + ") has no " + system.name() + " data");
    }
    if (system == PaymentSystem.MPFS && setting == null) {
      return Optional.of("the setting is not known, so neither the facility nor the"
          + " non-facility rate applies");
    }
    if (system == PaymentSystem.OPPS && nonExcepted(result)) {
      return Optional.of("its lines carry PN (non-excepted off-campus department), whose reduced"
          + " rate is not modelled");
    }
    return Optional.empty();
  }

  private static boolean nonExcepted(CodingResult result) {
    for (ClaimLine l : result.lines()) {
      if (l.modifiers().contains(Modifier.OFF_CAMPUS_NON_EXCEPTED)) {
        return true;
      }
    }
    return false;
  }

  private static List<LinePayment> mpfs(List<ClaimLine> lines, FeeTable t, boolean facility,
      List<String> notes) {
    String rate = facility ? "facility" : "non-facility";
    BigDecimal[] amounts = new BigDecimal[lines.size()];
    String[] rules = new String[lines.size()];
    List<Integer> reducible = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ClaimLine l = lines.get(i);
      Optional<FeeTable.MpfsRow> row = t.mpfs(l.code());
      if (row.isEmpty()) {
        rules[i] = "no MPFS rate for " + l.code() + " in the table";
        continue;
      }
      BigDecimal fee = t.mpfsAmount(l.code(), facility).get();
      BigDecimal a = fee.multiply(BigDecimal.valueOf(l.quantity()));
      String rule = rate + " amount $" + fee + (l.quantity() > 1 ? " × " + l.quantity() : "");
      if (l.modifiers().contains(Modifier.BILATERAL) && row.get().bilateral() == 1) {
        a = a.multiply(BILATERAL);
        rule += ", bilateral 150 %";
      }
      if (l.modifiers().contains(Modifier.DISCONTINUED)) {
        rule += ", 53: priced by the contractor (not reduced here)";
      }
      amounts[i] = a;
      rules[i] = rule;
      if (row.get().multipleProcedure() == 2) {
        reducible.add(i);
      }
    }
    reducible.sort(Comparator.comparing((Integer i) -> amounts[i]).reversed());
    for (int k = 1; k < reducible.size(); k++) {
      int i = reducible.get(k);
      amounts[i] = amounts[i].multiply(HALF);
      rules[i] += ", multiple procedure 50 %";
    }
    List<LinePayment> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(new LinePayment(lines.get(i), cents(amounts[i]), rules[i]));
    }
    return out;
  }

  private static List<LinePayment> opps(List<ClaimLine> lines, FeeTable t, List<String> notes,
      PaymentEstimate.Alternative[] alternative) {
    int paid = -1;
    BigDecimal best = null;
    String apc = null;
    for (int i = 0; i < lines.size(); i++) {
      Optional<FeeTable.OppsRow> row = t.opps(lines.get(i).code());
      if (row.isPresent() && "J1".equals(row.get().status()) && row.get().apc() != null) {
        BigDecimal rate = t.apcRate(row.get().apc()).get();
        if (best == null || rate.compareTo(best) > 0) {
          best = rate;
          paid = i;
          apc = row.get().apc();
        }
      }
    }
    FeeTable.ComplexityPair adjusted = paid < 0 ? null : complexity(lines, paid, t);
    if (adjusted != null && adjusted.listed() == FeeTable.Listed.YES) {
      apc = adjusted.apc();
      best = t.apcRate(apc).orElse(null);
    } else if (adjusted != null) {
      alternative[0] = new PaymentEstimate.Alternative(adjusted.apc(),
          t.apcRate(adjusted.apc()).map(PaymentEstimator::cents).orElse(null), adjusted.primary()
          + " + " + adjusted.secondary() + " is on the " + t.year() + " complexity-adjustment"
          + " list (Addendum J; not verified)");
    }
    List<LinePayment> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      ClaimLine l = lines.get(i);
      Optional<FeeTable.OppsRow> row = t.opps(l.code());
      if (i == paid && best == null) {
        out.add(new LinePayment(l, null, "APC " + apc + ", complexity-adjusted for "
            + adjusted.primary() + " + " + adjusted.secondary() + ": no rate in the table"));
      } else if (i == paid) {
        BigDecimal a = best;
        String rule = "APC " + apc + " (J1" + (adjusted != null
            && adjusted.listed() == FeeTable.Listed.YES ? ", complexity-adjusted for "
            + adjusted.primary() + " + " + adjusted.secondary() : "")
            + "): one comprehensive payment for the claim";
        if (l.modifiers().contains(Modifier.DISCONTINUED_BEFORE_ANESTHESIA)) {
          a = a.multiply(HALF);
          rule += ", 73: 50 %";
        }
        out.add(new LinePayment(l, cents(a), rule));
      } else if (paid >= 0) {
        out.add(new LinePayment(l, cents(BigDecimal.ZERO), "packaged into the comprehensive APC"
            + (row.isPresent() ? " (status " + row.get().status() + ")" : "")));
      } else {
        out.add(new LinePayment(l, null, row.isPresent() ? "status " + row.get().status()
            + ": no separate payment in the table" : "no OPPS status for " + l.code()
            + " in the table"));
      }
    }
    if (alternative[0] != null) {
      notes.add("APC " + apc + ", or " + alternative[0].label() + " if "
          + alternative[0].condition());
    }
    if (paid >= 0 && lines.get(paid).modifiers().contains(
        Modifier.DISCONTINUED_BEFORE_ANESTHESIA)) {
      notes.add("The comprehensive APC's handling of modifier 73 is not verified; 50 % assumed");
    }
    if (paid < 0) {
      // Without a J1 line nothing is priced: the table's other statuses are packaged or unknown.
      List<LinePayment> unknown = new ArrayList<>(out.size());
      for (LinePayment p : out) {
        unknown.add(new LinePayment(p.line(), null, p.rule()));
      }
      return unknown;
    }
    return out;
  }

  /**
   * The complexity adjustment the table names for the paid J1 line's code with another line's
   * code: one that is listed first, else the first whose listing is not known; null when none.
   */
  private static FeeTable.ComplexityPair complexity(List<ClaimLine> lines, int paid,
      FeeTable t) {
    String primary = lines.get(paid).code();
    FeeTable.ComplexityPair unknown = null;
    for (int i = 0; i < lines.size(); i++) {
      Optional<FeeTable.ComplexityPair> p = i == paid ? Optional.empty()
          : t.complexityAdjustment(primary, lines.get(i).code());
      if (p.isPresent() && p.get().listed() == FeeTable.Listed.YES) {
        return p.get();
      }
      if (p.isPresent() && p.get().listed() == FeeTable.Listed.UNKNOWN && unknown == null) {
        unknown = p.get();
      }
    }
    return unknown;
  }

  private static List<LinePayment> asc(List<ClaimLine> lines, FeeTable t, List<String> notes) {
    record Unit(int line, BigDecimal rate) {}
    BigDecimal[] amounts = new BigDecimal[lines.size()];
    String[] rules = new String[lines.size()];
    List<Unit> discounted = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ClaimLine l = lines.get(i);
      Optional<FeeTable.AscRow> row = t.asc(l.code());
      if (t.ascExcluded(l.code())) {
        amounts[i] = BigDecimal.ZERO;
        rules[i] = l.code() + " is excluded from ASC payment (Addendum EE)";
      } else if (row.isEmpty()) {
        rules[i] = "no ASC payment indicator for " + l.code() + " in the table";
      } else if (row.get().rate().signum() == 0) {
        amounts[i] = BigDecimal.ZERO;
        rules[i] = "payment indicator " + row.get().indicator() + ": packaged";
      } else if (l.modifiers().contains(Modifier.DISCONTINUED_BEFORE_ANESTHESIA)) {
        amounts[i] = row.get().rate().multiply(HALF).multiply(BigDecimal.valueOf(l.quantity()));
        rules[i] = "payment indicator " + row.get().indicator() + " $" + row.get().rate()
            + ", 73: 50 %, no further discount";
      } else if (!row.get().discounted()) {
        amounts[i] = row.get().rate().multiply(BigDecimal.valueOf(l.quantity()));
        rules[i] = "payment indicator " + row.get().indicator() + " $" + row.get().rate();
      } else {
        amounts[i] = BigDecimal.ZERO;
        rules[i] = "payment indicator " + row.get().indicator() + " $" + row.get().rate();
        for (int u = 0; u < l.quantity(); u++) {
          discounted.add(new Unit(i, row.get().rate()));
        }
      }
    }
    discounted.sort(Comparator.comparing(Unit::rate).reversed()); // stable: claim order on a tie
    for (int k = 0; k < discounted.size(); k++) {
      Unit u = discounted.get(k);
      amounts[u.line()] = amounts[u.line()].add(k == 0 ? u.rate() : u.rate().multiply(HALF));
      if (k > 0 && !rules[u.line()].endsWith("50 %")) {
        rules[u.line()] += ", multiple procedure 50 %";
      }
    }
    List<LinePayment> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      out.add(new LinePayment(lines.get(i), cents(amounts[i]), rules[i]));
    }
    return out;
  }

  private static BigDecimal cents(BigDecimal a) {
    return a == null ? null : a.setScale(2, RoundingMode.HALF_EVEN);
  }
}
