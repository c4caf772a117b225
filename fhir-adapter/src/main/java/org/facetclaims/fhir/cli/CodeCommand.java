package org.facetclaims.fhir.cli;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.CodingOutput;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code code [--profile NAME] [--fail-on error] INPUT|-}. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Reads a JSON (or XML) Procedure or Bundle and writes a Bundle (type collection)"
        + " of the Claims and the OperationOutcome to standard output.",
    footer = {"", "Exit codes: 0 processed (findings are in the output); 2 input unreadable or"
        + " not FHIR; 3 --fail-on error and an error finding exists."})
final class CodeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT|-", description = "A file, or - for standard input.")
  String input;

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "medicare-physician",
      description = "Payer profile: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = Profiles.class)
  String profile;

  @Option(names = "--fail-on", paramLabel = "error",
      description = "Exit 3 when a finding of this severity exists (only 'error').")
  String failOn;

  @Option(names = "--max-input-mb", paramLabel = "N", defaultValue = "16",
      description = "Largest input accepted, in MiB (default: ${DEFAULT-VALUE}).")
  int maxInputMb;

  @CommandLine.Mixin
  CoverageFlags coverageFlags;

  @CommandLine.Mixin
  FacilityFlags facilityFlags;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    PayerProfile p = PayerProfile.byName(profile).orElse(null);
    if (p == null) {
      err.println("facet-claims: unknown profile '" + profile + "'; use one of "
          + String.join(", ", PayerProfile.standardProfiles().keySet()));
      return Main.EXIT_UNREADABLE;
    }
    if (failOn != null && !failOn.equals("error")) {
      err.println("facet-claims: --fail-on takes 'error'");
      return Main.EXIT_UNREADABLE;
    }
    if (maxInputMb < 1 || maxInputMb > 1024) {
      err.println("facet-claims: --max-input-mb must be between 1 and 1024");
      return Main.EXIT_UNREADABLE;
    }
    FacetClaims facet = maxInputMb == 16 ? FacetClaims.create() : FacetClaims.builder()
        .limits(FacetClaims.create().limits().withMaxBytes(maxInputMb * 1024 * 1024)).build();
    CodingOptions options = CodingOptions.of(p);
    try {
      options = options.withCoverageChecks(coverageFlags.resolve(p));
      options = facilityFlags.apply(options, coverageFlags.placeOfService);
    } catch (IllegalArgumentException e) {
      err.println("facet-claims: " + e.getMessage());
      return Main.EXIT_UNREADABLE;
    }
    CodingOutput output;
    try (InputStream in = open(input)) {
      output = facet.code(facet.parse(in), options);
    } catch (NoSuchFileException e) {
      err.println("facet-claims: cannot read " + input + ": no such file");
      return Main.EXIT_UNREADABLE;
    } catch (IOException e) {
      err.println("facet-claims: cannot read " + input + ": " + e.getClass().getSimpleName());
      return Main.EXIT_UNREADABLE;
    } catch (InputException e) {
      err.println("facet-claims: " + ("-".equals(input) ? "standard input" : input) + ": "
          + e.getMessage());
      return Main.EXIT_UNREADABLE;
    }
    IParser json = facet.fhirContext().newJsonParser().setPrettyPrint(true);
    out.println(json.encodeResourceToString(output.toBundle()));
    out.flush();
    if ("error".equals(failOn) && output.hasErrors()) {
      return Main.EXIT_ERROR_FINDING;
    }
    return 0;
  }

  private static InputStream open(String input) throws IOException {
    if ("-".equals(input)) {
      return System.in;
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      throw new IOException("a directory");
    }
    return Files.newInputStream(path);
  }

  /** The profile names, for help and completion. */
  static final class Profiles implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return PayerProfile.standardProfiles().keySet().iterator();
    }
  }
}
