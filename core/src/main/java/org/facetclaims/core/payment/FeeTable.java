package org.facetclaims.core.payment;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.facetclaims.core.payer.PaymentSystem;

/**
 * One year's fee data for expected payments: the physician fee schedule's RVUs and conversion
 * factor, the OPPS status indicators and APC rates, the ASC payment indicators and rates, each
 * with its source and confidence. Read from a tab-separated file (the layout is in the bundled
 * {@code fees-2026.tsv}); immutable and thread-safe.
 */
public final class FeeTable {
  /** One system's source: what the numbers were taken from, and the confidence mark. */
  public record Source(PaymentSystem system, String text, String confidence) {}

  /** A physician fee schedule row. */
  public record MpfsRow(String code, BigDecimal rvuNonFacility, BigDecimal rvuFacility,
      int multipleProcedure, int bilateral) {}

  /** An OPPS row: the code's status indicator and APC (null when it has none). */
  public record OppsRow(String code, String status, String apc) {}

  /** An ASC row: the payment indicator, the rate, and whether the multiple-procedure discount applies. */
  public record AscRow(String code, String indicator, BigDecimal rate, boolean discounted) {}

  /** Whether a code pair is on the OPPS complexity-adjustment list (Addendum J) of its year. */
  public enum Listed {
    /** On the list: the claim is paid at the adjusted APC. */
    YES,
    /** Verified not on the list. */
    NO,
    /** Not verified: the estimate shows both payments. */
    UNKNOWN
  }

  /**
   * A comprehensive-APC complexity adjustment: a J1 primary code reported with a secondary code
   * is paid at the next-higher APC of its family when the pair is on that year's list.
   *
   * @param apc the APC the pair is paid at when adjusted
   * @param listed whether the pair is on the list, or not known
   */
  public record ComplexityPair(String primary, String secondary, String apc, Listed listed) {}

  private final String name;
  private final int year;
  private final LocalDate from;
  private final LocalDate to;
  private final ImmutableMap<PaymentSystem, Source> sources;
  private final BigDecimal conversionFactor;
  private final ImmutableMap<String, MpfsRow> mpfs;
  private final ImmutableMap<String, BigDecimal> apcRates;
  private final ImmutableMap<String, OppsRow> opps;
  private final ImmutableMap<String, AscRow> asc;
  private final ImmutableSet<String> ascExcluded;
  private final ImmutableMap<String, ComplexityPair> complexity;

  private FeeTable(String name, int year, LocalDate from, LocalDate to,
      Map<PaymentSystem, Source> sources, BigDecimal conversionFactor, Map<String, MpfsRow> mpfs,
      Map<String, BigDecimal> apcRates, Map<String, OppsRow> opps, Map<String, AscRow> asc,
      Set<String> ascExcluded, Map<String, ComplexityPair> complexity) {
    this.name = name;
    this.year = year;
    this.from = from;
    this.to = to;
    this.sources = ImmutableMap.copyOf(sources);
    this.conversionFactor = conversionFactor;
    this.mpfs = ImmutableMap.copyOf(mpfs);
    this.apcRates = ImmutableMap.copyOf(apcRates);
    this.opps = ImmutableMap.copyOf(opps);
    this.asc = ImmutableMap.copyOf(asc);
    this.ascExcluded = ImmutableSet.copyOf(ascExcluded);
    this.complexity = ImmutableMap.copyOf(complexity);
  }

  /**
   * Reads a fee table file.
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException when a line is not of the layout (naming the line)
   */
  public static FeeTable read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.getFileName().toString(), r);
    }
  }

  /**
   * Reads a fee table from {@code in} (not closed), named {@code name} in errors.
   *
   * @throws IllegalArgumentException when a line is not of the layout (naming the line)
   */
  public static FeeTable read(String name, Reader in) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    Integer year = null;
    LocalDate from = null;
    LocalDate to = null;
    Map<PaymentSystem, Source> sources = new EnumMap<>(PaymentSystem.class);
    BigDecimal cf = null;
    Map<String, MpfsRow> mpfs = new HashMap<>();
    Map<String, BigDecimal> apc = new HashMap<>();
    Map<String, OppsRow> opps = new HashMap<>();
    Map<String, AscRow> asc = new HashMap<>();
    Set<String> excluded = new HashSet<>();
    Map<String, ComplexityPair> complexity = new HashMap<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        switch (f[0]) {
          case "year" -> year = Integer.parseInt(field(f, 1));
          case "effective" -> {
            from = LocalDate.parse(field(f, 1));
            to = LocalDate.parse(field(f, 2));
          }
          case "source" -> {
            PaymentSystem s = PaymentSystem.valueOf(field(f, 1));
            sources.put(s, new Source(s, field(f, 2), field(f, 3)));
          }
          case "mpfs-cf" -> cf = new BigDecimal(field(f, 1));
          case "mpfs" -> mpfs.put(field(f, 1), new MpfsRow(field(f, 1),
              new BigDecimal(field(f, 2)), new BigDecimal(field(f, 3)),
              Integer.parseInt(field(f, 4)), Integer.parseInt(field(f, 5))));
          case "apc" -> apc.put(field(f, 1), new BigDecimal(field(f, 3)));
          case "opps" -> opps.put(field(f, 1), new OppsRow(field(f, 1), field(f, 2),
              "-".equals(field(f, 3)) ? null : field(f, 3)));
          case "asc" -> asc.put(field(f, 1), new AscRow(field(f, 1), field(f, 2),
              new BigDecimal(field(f, 3)), "Y".equals(field(f, 4))));
          case "asc-excluded" -> excluded.add(field(f, 1));
          case "capc-pair" -> complexity.put(field(f, 1) + "|" + field(f, 2), new ComplexityPair(
              field(f, 1), field(f, 2), field(f, 3), listed(field(f, 4))));
          default -> throw new IllegalArgumentException("unknown record '" + f[0] + "'");
        }
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new IllegalArgumentException(name + " line " + n + ": not a number or date", e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + n + ": " + e.getMessage(), e);
      }
    }
    if (year == null || from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException(name + ": needs a year and an effective period");
    }
    if (!mpfs.isEmpty() && cf == null) {
      throw new IllegalArgumentException(name + ": MPFS rows need an mpfs-cf line");
    }
    for (OppsRow o : opps.values()) {
      if (o.apc() != null && !apc.containsKey(o.apc())) {
        throw new IllegalArgumentException(name + ": " + o.code() + " names APC " + o.apc()
            + ", which has no apc line");
      }
    }
    return new FeeTable(name, year, from, to, sources, cf, mpfs, apc, opps, asc, excluded,
        complexity);
  }

  private static Listed listed(String v) {
    return switch (v) {
      case "Y" -> Listed.YES;
      case "N" -> Listed.NO;
      case "?" -> Listed.UNKNOWN;
      default -> throw new IllegalArgumentException("complexity-adjustment listing is Y, N or ?,"
          + " not '" + v + "'");
    };
  }

  private static String field(String[] f, int i) {
    if (i >= f.length || f[i].isBlank()) {
      throw new IllegalArgumentException("field " + (i + 1) + " missing");
    }
    return f[i].strip();
  }

  /** The file's name, for explanations. */
  public String name() {
    return name;
  }

  /** The data's year. */
  public int year() {
    return year;
  }

  /** True when the date of service falls in the table's effective period. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** The first day the table applies to. */
  public LocalDate effectiveFrom() {
    return from;
  }

  /** The source of one system's numbers, if the table has them. */
  public Optional<Source> source(PaymentSystem system) {
    return Optional.ofNullable(sources.get(system));
  }

  /** The physician fee schedule row of a code. */
  public Optional<MpfsRow> mpfs(String code) {
    return Optional.ofNullable(mpfs.get(code));
  }

  /**
   * The physician fee schedule amount of a code, facility or non-facility: total RVUs × the
   * conversion factor, to the cent (the amount CMS's look-up shows).
   */
  public Optional<BigDecimal> mpfsAmount(String code, boolean facility) {
    MpfsRow row = mpfs.get(code);
    if (row == null) {
      return Optional.empty();
    }
    BigDecimal rvu = facility ? row.rvuFacility() : row.rvuNonFacility();
    return Optional.of(rvu.multiply(conversionFactor).setScale(2, RoundingMode.HALF_EVEN));
  }

  /** The OPPS row of a code. */
  public Optional<OppsRow> opps(String code) {
    return Optional.ofNullable(opps.get(code));
  }

  /** The national payment of an APC. */
  public Optional<BigDecimal> apcRate(String apc) {
    return Optional.ofNullable(apcRates.get(apc));
  }

  /** The ASC row of a code. */
  public Optional<AscRow> asc(String code) {
    return Optional.ofNullable(asc.get(code));
  }

  /**
   * The complexity adjustment of a J1 primary code reported with a secondary code, when the
   * table names the pair (listed, not listed, or not known).
   */
  public Optional<ComplexityPair> complexityAdjustment(String primary, String secondary) {
    return Optional.ofNullable(complexity.get(primary + "|" + secondary));
  }

  /** True when the code is excluded from ASC payment (Addendum EE). */
  public boolean ascExcluded(String code) {
    return ascExcluded.contains(code);
  }

  @Override
  public String toString() {
    return name + " (" + year + ")";
  }
}
