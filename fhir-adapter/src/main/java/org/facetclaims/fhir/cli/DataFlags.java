package org.facetclaims.fhir.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.edits.EditTables;
import org.facetclaims.core.edits.MueTable;
import org.facetclaims.core.edits.PtpTable;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.ProfileFile;
import picocli.CommandLine.Option;

/**
 * CMS data from files, the same for {@code code}, {@code bulk} and {@code serve}: the quarterly
 * MUE and PTP files in CMS's layouts instead of the bundled tables, and a payer profile from a
 * file ({@link ProfileFile}) wherever a profile name is taken. A date of service outside the
 * files' dates is finding FC-403 in that session's outcome, the same in every command.
 */
final class DataFlags {
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

  /**
   * The engine with the files' tables, or null when no file is given (the standard engine).
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  FacetCodingEngine engine() {
    if (mue == null && ptp == null) {
      if (mueDates != null) {
        throw new IllegalArgumentException("FCC-010: --mue-dates needs --mue");
      }
      return null;
    }
    LocalDate from = null;
    LocalDate through = null;
    if (mueDates != null) {
      if (mue == null) {
        throw new IllegalArgumentException("FCC-010: --mue-dates needs --mue");
      }
      String[] parts = mueDates.split("\\.\\.", -1);
      try {
        if (parts.length != 2) {
          throw new DateTimeParseException("", mueDates, 0);
        }
        from = parts[0].isBlank() ? null : LocalDate.parse(parts[0].strip());
        through = parts[1].isBlank() ? null : LocalDate.parse(parts[1].strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("FCC-003: --mue-dates takes FROM..THROUGH as ISO dates"
            + " (2026-01-01..2026-03-31; either may be empty), not '" + mueDates + "'");
      }
      if (from != null && through != null && through.isBefore(from)) {
        throw new IllegalArgumentException("FCC-003: --mue-dates: " + through + " is before "
            + from);
      }
    }
    EditTables bundled = EditTables.bundled();
    MueTable mueTable = bundled.mue();
    PtpTable ptpTable = bundled.ptp();
    if (mue != null) {
      LocalDate f = from;
      LocalDate t = through;
      mueTable = read(mue, "--mue", r -> MueTable.parse(r, mue.getFileName().toString(), f, t));
      if (mueTable.entries().isEmpty()) {
        throw new IllegalArgumentException("FCC-009: --mue " + mue + ": no MUE row (a row starts"
            + " with a five-character HCPCS/CPT code); is it the CMS MUE file?");
      }
    }
    if (ptp != null) {
      ptpTable = read(ptp, "--ptp", r -> PtpTable.parse(r, ptp.getFileName().toString()));
      if (ptpTable.edits().isEmpty()) {
        throw new IllegalArgumentException("FCC-009: --ptp " + ptp + ": no PTP row (a row starts"
            + " with a five-character HCPCS/CPT code); is it the CMS NCCI PTP file?");
      }
    }
    return FacetCodingEngine.builder().editTables(EditTables.of(mueTable, ptpTable)).build();
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
