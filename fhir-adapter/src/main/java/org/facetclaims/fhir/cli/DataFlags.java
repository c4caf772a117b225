package org.facetclaims.fhir.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueTable;
import org.facetclaims.core.edits.PtpEdit;
import org.facetclaims.core.edits.PtpTable;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.ProfileFile;
import picocli.CommandLine.Option;

/**
 * CMS data from files, the same for {@code code}, {@code bulk} and {@code serve}: the quarterly
 * MUE and PTP files in CMS's layouts instead of the bundled tables, CMS's outpatient-hospital
 * MUE and PTP files for the hospital outpatient claim (none bundled), and a payer profile from a
 * file ({@link ProfileFile}) wherever a profile name is taken. A date of service outside the
 * files' dates is finding FC-403 in that session's outcome, the same in every command.
 */
final class DataFlags {
  private static final String OUTPATIENT_HOSPITAL = "Outpatient Hospital";
  /** The effective date in a CMS MUE file's name: {@code ..._Eff_10-01-2026.csv}. */
  private static final Pattern EFFECTIVE = Pattern.compile("Eff_(\\d{2})-(\\d{2})-(\\d{4})");

  @Option(names = "--mue", paramLabel = "FILE",
      description = "A CMS MUE file (practitioner or facility layout, tab- or comma-separated)"
          + " instead of the bundled table.")
  Path mue;

  @Option(names = "--mue-dates", paramLabel = "FROM..THROUGH",
      description = "With --mue: the dates its rows are in force when they carry none (CMS's"
          + " quarterly files do not), e.g. 2026-01-01..2026-03-31.")
  String mueDates;

  @Option(names = "--ptp", paramLabel = "FILE",
      description = "A CMS NCCI procedure-to-procedure file (practitioner or hospital layout)"
          + " instead of the bundled table.")
  Path ptp;

  @Option(names = "--oph-mue", paramLabel = "FILE",
      description = "CMS's Outpatient Hospital Services MUE file"
          + " (MCR_MUE_OutpatientHospitalServices_Eff_<date>.csv): the hospital outpatient"
          + " (medicare-opps) claim's MUEs. Not bundled; without it they are not checked (FC-730).")
  Path ophMue;

  @Option(names = "--oph-mue-dates", paramLabel = "FROM..THROUGH",
      description = "With --oph-mue: the dates its rows are in force (default: from the date in"
          + " the file's name, Eff_MM-DD-YYYY, open-ended).")
  String ophMueDates;

  @Option(names = "--oph-ptp", paramLabel = "FILE",
      description = "CMS's hospital NCCI PTP file (ccioph-...-f1 to f4; repeat for each part):"
          + " the hospital outpatient claim's pairs. Not bundled; without it they are not"
          + " checked (FC-730).")
  List<Path> ophPtp;

  /**
   * The engine with the files' tables, or null when no file is given (the standard engine).
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  FacetCodingEngine engine() {
    if (ophMueDates != null && ophMue == null) {
      throw new IllegalArgumentException("FCC-010: --oph-mue-dates needs --oph-mue");
    }
    if (mue == null && ptp == null && ophMue == null && ophPtp == null) {
      if (mueDates != null) {
        throw new IllegalArgumentException("FCC-010: --mue-dates needs --mue");
      }
      return null;
    }
    if (mueDates != null && mue == null) {
      throw new IllegalArgumentException("FCC-010: --mue-dates needs --mue");
    }
    LocalDate[] dates = dates("--mue-dates", mueDates);
    LocalDate from = dates[0];
    LocalDate through = dates[1];
    EditTables bundled = EditTables.bundled();
    MueTable mueTable = bundled.mue();
    PtpTable ptpTable = bundled.ptp();
    if (mue != null) {
      LocalDate f = from;
      LocalDate t = through;
      mueTable = read(mue, "--mue", r -> MueTable.parse(r, mue.getFileName().toString(), f, t));
      if (mueTable.entries().isEmpty()) {
        throw new IllegalArgumentException("FCC-009: --mue " + mue + ": no MUE row (a row starts with a"
            + " five-character HCPCS/CPT code); is it the CMS MUE file?");
      }
    }
    if (ptp != null) {
      ptpTable = read(ptp, "--ptp", r -> PtpTable.parse(r, ptp.getFileName().toString()));
      if (ptpTable.edits().isEmpty()) {
        throw new IllegalArgumentException("FCC-009: --ptp " + ptp + ": no PTP row (a row starts with a"
            + " five-character HCPCS/CPT code); is it the CMS NCCI PTP file?");
      }
    }
    EditTables tables = EditTables.of(mueTable, ptpTable);
    if (ophMue != null || ophPtp != null) {
      tables = tables.withOutpatientHospital(hospitalMue(), hospitalPtp());
    }
    return FacetCodingEngine.builder().editTables(tables).build();
  }

  /** The {@code --oph-mue} table, or null; its header must name outpatient hospital services. */
  private MueTable hospitalMue() {
    if (ophMue == null) {
      return null;
    }
    LocalDate[] dates = ophMueDates != null ? dates("--oph-mue-dates", ophMueDates)
        : new LocalDate[] {effectiveInName(ophMue.getFileName().toString()), null};
    MueTable t = read(ophMue, "--oph-mue", r -> MueTable.parse(r,
        ophMue.getFileName().toString(), dates[0], dates[1]));
    if (t.entries().isEmpty()) {
      throw new IllegalArgumentException("FCC-009: --oph-mue " + ophMue + ": no MUE row (a row starts"
          + " with a five-character HCPCS/CPT code); is it the CMS MUE file?");
    }
    if (t.services().isPresent() && !t.services().get().equalsIgnoreCase(OUTPATIENT_HOSPITAL)) {
      throw new IllegalArgumentException("FCC-009: --oph-mue " + ophMue + ": its header is for "
          + t.services().get() + " Services, not Outpatient Hospital Services; give"
          + " MCR_MUE_OutpatientHospitalServices_Eff_<date>.csv");
    }
    return t;
  }

  /** The {@code --oph-ptp} files as one table, or null; practitioner files are refused. */
  private PtpTable hospitalPtp() {
    if (ophPtp == null) {
      return null;
    }
    List<PtpEdit> edits = new ArrayList<>();
    for (Path file : ophPtp) {
      String name = file.getFileName().toString();
      if (name.toLowerCase(Locale.ROOT).startsWith("ccipra")) {
        throw new IllegalArgumentException("FCC-009: --oph-ptp " + file + ": a practitioner PTP file"
            + " (ccipra); the hospital edits are the ccioph files");
      }
      PtpTable t = read(file, "--oph-ptp", r -> PtpTable.parse(r, name));
      if (t.edits().isEmpty()) {
        throw new IllegalArgumentException("FCC-009: --oph-ptp " + file + ": no PTP row (a row starts"
            + " with a five-character HCPCS/CPT code); is it the CMS NCCI PTP file?");
      }
      edits.addAll(t.edits());
    }
    return PtpTable.of(edits);
  }

  /** The date in a CMS MUE file's name ({@code ..._Eff_10-01-2026.csv}), or null. */
  static LocalDate effectiveInName(String name) {
    Matcher m = EFFECTIVE.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** FROM..THROUGH of a dates option (either may be empty); {null, null} when not given. */
  private static LocalDate[] dates(String option, String value) {
    if (value == null) {
      return new LocalDate[2];
    }
    String[] parts = value.split("\\.\\.", -1);
    LocalDate from;
    LocalDate through;
    try {
      if (parts.length != 2) {
        throw new DateTimeParseException("", value, 0);
      }
      from = parts[0].isBlank() ? null : LocalDate.parse(parts[0].strip());
      through = parts[1].isBlank() ? null : LocalDate.parse(parts[1].strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("FCC-003: " + option + " takes FROM..THROUGH as ISO dates"
          + " (2026-01-01..2026-03-31; either may be empty), not '" + value + "'");
    }
    if (from != null && through != null && through.isBefore(from)) {
      throw new IllegalArgumentException("FCC-003: " + option + ": " + through + " is before " + from);
    }
    return new LocalDate[] {from, through};
  }

  /** What a command codes with: the profile, and the engine of the files (null: standard). */
  record Setup(PayerProfile profile, FacetCodingEngine engine) {}

  /**
   * The profile (a standard name or a profile file) and the engine of the files given.
   *
   * @throws IllegalArgumentException naming what is wrong, for the command's error line
   */
  Setup setup(String profile) {
    return new Setup(profile(profile), engine());
  }

  /**
   * A profile by standard name or from a profile file.
   *
   * @throws IllegalArgumentException when it is neither, or the file is wrong
   */
  static PayerProfile profile(String value) {
    PayerProfile p = PayerProfile.byName(value).orElse(null);
    if (p != null) {
      return p;
    }
    Path file = Path.of(value);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("FCC-006: unknown profile '" + value + "'; use one of "
          + String.join(", ", PayerProfile.standardProfiles().keySet())
          + ", or a profile file (docs: Payer profiles and edits)");
    }
    return profileFile(file);
  }

  /**
   * A profile file's profile.
   *
   * @throws IllegalArgumentException when it cannot be read or is not a profile file
   */
  static PayerProfile profileFile(Path file) {
    return read(file, "--profile", r -> ProfileFile.parse(r, file.getFileName().toString()));
  }

  private interface Parse<T> {
    T parse(Reader r);
  }

  private static <T> T read(Path file, String option, Parse<T> parse) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse.parse(r);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("FCC-008: " + option + " " + file + ": no such file");
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("FCC-008: " + option + " " + file
          + ": cannot be read as UTF-8 text");
    } catch (IllegalArgumentException e) {
      // The loaders name the file, line and what is wrong; the id says which kind of file.
      throw new IllegalArgumentException(("--profile".equals(option) ? "FCC-007: " : "FCC-009: ")
          + e.getMessage(), e);
    }
  }
}
