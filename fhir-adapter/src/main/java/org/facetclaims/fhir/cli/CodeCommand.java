package org.facetclaims.fhir.cli;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.Finding;
import org.facetclaims.core.Severity;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code code [--format fhir|text|csv] [--explain] [--profile NAME] [--fail-on SEVERITY]
 * INPUT...}: one JVM for any number of inputs (files, folders of {@code .json} and {@code .xml}
 * files, or {@code -}). An input that cannot be read is one line on standard error and the others
 * are still coded.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Reads JSON (or XML) Procedures or Bundles and writes, per input, a Bundle (type"
        + " collection) of the Claims and the OperationOutcome to standard output; or a summary"
        + " for people (--format text) or one row per claim line (--format csv).",
    footer = {"", "Exit codes: 0 processed (findings are in the output); 2 an input unreadable or"
        + " not FHIR, or a wrong option; 3 --fail-on SEVERITY and a finding of that severity or"
        + " worse exists; 4 the output could not be written (FCO-002: a full disk, a closed"
        + " pipe)."})
final class CodeCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { fhir, text, csv }

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files, folders (their .json and .xml files, in name order), or - for"
          + " standard input.")
  List<String> inputs;

  @Option(names = "--format", paramLabel = "fhir|text|csv", defaultValue = "fhir",
      description = "fhir: the Bundle (one input pretty-printed; several inputs one Bundle a line,"
          + " NDJSON); text: lines, what each covers, its rules, and the findings with their"
          + " questions; csv: one row per claim line, with a header (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--explain",
      description = "The engine's named steps and what each decided, per Claim: in the text, or"
          + " on standard error for the fhir and csv formats.")
  boolean explain;

  @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "medicare-physician",
      description = "Payer profile: ${COMPLETION-CANDIDATES}, or a profile file (default:"
          + " ${DEFAULT-VALUE}).",
      completionCandidates = Profiles.class)
  String profile;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 3 when a finding of this severity or worse exists: error, warning or"
          + " information.")
  String failOn;

  @Option(names = "--max-input-mb", paramLabel = "N", defaultValue = "16",
      description = "Largest input accepted, in MiB (default: ${DEFAULT-VALUE}).")
  int maxInputMb;

  @CommandLine.Mixin
  CoverageFlags coverageFlags;

  @CommandLine.Mixin
  DataFlags dataFlags;

  @CommandLine.Mixin
  FacilityFlags facilityFlags;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    DataFlags.Setup setup;
    try {
      setup = dataFlags.setup(profile);
    } catch (IllegalArgumentException e) {
      err.println("facet-claims: " + Main.usage(e));
      return Main.EXIT_UNREADABLE;
    }
    PayerProfile p = setup.profile();
    FacetCodingEngine engine = setup.engine();
    Severity threshold = null;
    if (failOn != null) {
      threshold = severity(failOn);
      if (threshold == null) {
        err.println("facet-claims: FCC-003: --fail-on takes error, warning or information, not '"
            + failOn + "'");
        return Main.EXIT_UNREADABLE;
      }
    }
    if (maxInputMb < 1 || maxInputMb > 1024) {
      err.println("facet-claims: FCC-004: --max-input-mb must be between 1 and 1024");
      return Main.EXIT_UNREADABLE;
    }
    CodingOptions options = CodingOptions.of(p);
    try {
      options = options.withCoverageChecks(coverageFlags.resolve(p));
      options = facilityFlags.apply(options, coverageFlags);
    } catch (IllegalArgumentException e) {
      err.println("facet-claims: " + Main.usage(e));
      return Main.EXIT_UNREADABLE;
    }
    for (String warning : coverageFlags.unused(p)) {
      err.println("facet-claims: warning: " + warning);
    }
    List<String> files = new ArrayList<>();
    int exit = 0;
    for (String input : inputs) {
      try {
        files.addAll(expand(input));
      } catch (IOException e) {
        err.println("facet-claims: FCC-008: cannot read " + input + ": " + reason(e));
        exit = Main.EXIT_UNREADABLE;
      }
    }
    FacetClaims facet = FacetClaims.create();
    if (maxInputMb != 16 || engine != null) {
      FacetClaims.Builder fb = FacetClaims.builder()
          .limits(facet.limits().withMaxBytes(maxInputMb * 1024 * 1024));
      facet = (engine != null ? fb.engine(engine) : fb).build();
    }
    boolean single = files.size() == 1 && inputs.size() == 1 && !isFolder(inputs.get(0));
    IParser json = format == Format.fhir
        ? facet.fhirContext().newJsonParser().setPrettyPrint(single) : null;
    boolean payments = options.expectedPayment();
    if (format == Format.csv) {
      out.println(ReadableOutput.CSV_HEADER + (payments ? ReadableOutput.CSV_PAYMENT_COLUMNS : ""));
    }
    boolean failed = false;
    for (String input : files) {
      String name = "-".equals(input) ? "standard input" : input;
      CodingOutput output;
      try (InputStream in = open(input)) {
        output = facet.code(facet.parse(in), options);
      } catch (IOException e) {
        err.println("facet-claims: FCC-008: cannot read " + name + ": " + reason(e));
        exit = Main.EXIT_UNREADABLE;
        continue;
      } catch (InputException e) {
        err.println("facet-claims: " + name + ": " + e.getMessage());
        exit = Main.EXIT_UNREADABLE;
        continue;
      }
      switch (format) {
        case text -> ReadableOutput.text(out, single ? null : name, output, explain);
        case csv -> ReadableOutput.csv(out, name, output, payments);
        default -> out.println(json.encodeResourceToString(output.toBundle()));
      }
      if (explain && format != Format.text) {
        ReadableOutput.explain(err, single ? null : name, output);
      }
      failed |= threshold != null && reaches(output.findings(), threshold);
      out.flush();
    }
    out.flush();
    err.flush();
    if (out.checkError()) {
      err.println("facet-claims: FCO-002: the output could not be written (standard output:"
          + " the disk may be full or the reader gone)");
      return Main.EXIT_OUTPUT;
    }
    if (exit != 0) {
      return exit;
    }
    return failed ? Main.EXIT_ERROR_FINDING : 0;
  }

  /** The severity an option names, or null. */
  static Severity severity(String name) {
    for (Severity s : Severity.values()) {
      if (s.label().equals(name.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    return null;
  }

  /** True when a finding has {@code threshold}'s severity or a worse one. */
  static boolean reaches(List<Finding> findings, Severity threshold) {
    for (Finding f : findings) {
      if (f.severity().ordinal() <= threshold.ordinal()) { // ERROR first: worst
        return true;
      }
    }
    return false;
  }

  /** An input as the files it names: itself, or a folder's .json and .xml files by name. */
  private static List<String> expand(String input) throws IOException {
    if ("-".equals(input) || !Files.isDirectory(Path.of(input))) {
      return List.of(input);
    }
    List<String> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of(input),
        f -> Files.isRegularFile(f) && (f.getFileName().toString().endsWith(".json")
            || f.getFileName().toString().endsWith(".xml")))) {
      for (Path f : dir) {
        files.add(f.toString());
      }
    }
    if (files.isEmpty()) {
      throw new IOException("a folder without .json or .xml files");
    }
    files.sort(null);
    return files;
  }

  private static boolean isFolder(String input) {
    return !"-".equals(input) && Files.isDirectory(Path.of(input));
  }

  /** Why a file could not be read, in plain words (never only an exception's class). */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + " already exists (and is not a folder where one is needed)";
    }
    if (e instanceof java.nio.file.NotDirectoryException f) {
      return f.getFile() + " is a file where a folder is needed";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason(); // the system's words: "No space left on device"
    }
    if (e.getClass() == IOException.class && e.getMessage() != null
        && e.getMessage().startsWith("a folder")) {
      return e.getMessage();
    }
    return "input/output error (" + e.getClass().getSimpleName() + ")";
  }

  private static InputStream open(String input) throws IOException {
    if ("-".equals(input)) {
      return System.in;
    }
    return Files.newInputStream(Path.of(input));
  }

  /** The profile names, for help and completion. */
  static final class Profiles implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return PayerProfile.standardProfiles().keySet().iterator();
    }
  }
}
