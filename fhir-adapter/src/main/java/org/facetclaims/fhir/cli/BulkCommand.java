package org.facetclaims.fhir.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.ClaimSelection;
import org.facetclaims.fhir.CodingOptions;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.facetclaims.fhir.bulk.BulkSummary;
import org.hl7.fhir.r4.model.Reference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulk --input Procedure.ndjson --output DIR [--threads N]}. */
@Command(name = "bulk", mixinStandardHelpOptions = true,
    description = "Codes Bulk Data NDJSON (one Procedure or Bundle a line) into DIR/Claim.ndjson"
        + " and DIR/OperationOutcome.ndjson, streaming, on all cores.",
    footer = {"", "Exit codes: 0 finished (bad lines are findings in OperationOutcome.ndjson);"
        + " 2 the input cannot be read at all or the output cannot be written."})
final class BulkCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "NDJSON input.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--window", paramLabel = "LINES", defaultValue = "1000",
      description = "Lines a session may span (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "medicare-physician",
      description = "Payer profile (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--coverage", paramLabel = "REFERENCE",
      description = "A Coverage reference to put on every Claim, e.g. Coverage/123.")
  String coverage;

  @Option(names = "--hapi-parser",
      description = "Parse and encode with HAPI alone instead of the fast decoder and encoder"
          + " (same output, slower; for comparison).")
  boolean hapiParser;

  @Option(names = "--remembered-texts", paramLabel = "N", defaultValue = "8192",
      description = "Readings of recent clinical texts kept so that a repeated procedure name or"
          + " note template is read once (default: ${DEFAULT-VALUE}; 0 turns it off; the output"
          + " is the same).")
  int rememberedTexts;

  @CommandLine.Mixin
  CoverageFlags coverageFlags;

  @CommandLine.Mixin
  FacilityFlags facilityFlags;

  @Option(names = "--quiet", description = "No progress lines.")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PayerProfile p = PayerProfile.byName(profile).orElse(null);
    if (p == null) {
      err.println("facet-claims: unknown profile '" + profile + "'; use one of "
          + String.join(", ", PayerProfile.standardProfiles().keySet()));
      return Main.EXIT_UNREADABLE;
    }
    if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
      err.println("facet-claims: cannot read " + input + ": not a readable file");
      return Main.EXIT_UNREADABLE;
    }
    BulkCoder.Builder b;
    try {
      FacetClaims facet = rememberedTexts == 0 ? FacetClaims.create()
          : FacetClaims.builder().rememberedTexts(rememberedTexts).build();
      b = BulkCoder.builder(facet).window(window).profile(p).hapi(hapiParser)
          .coverageChecks(coverageFlags.resolve(p));
      // Checked here, where a wrong value is a usage error, then applied to every session.
      CodingOptions check = facilityFlags.apply(CodingOptions.of(p),
          coverageFlags.placeOfService);
      if (check.claims() != ClaimSelection.PROFESSIONAL
          || check.expectedPayment() || facilityFlags.discontinued != null) {
        b.options(o -> facilityFlags.apply(o, coverageFlags.placeOfService));
      }
      if (threads != null) {
        b.threads(threads);
      }
    } catch (IllegalArgumentException e) {
      err.println("facet-claims: " + e.getMessage());
      return Main.EXIT_UNREADABLE;
    }
    if (coverage != null) {
      b.coverage(new Reference(coverage));
    }
    if (!quiet) {
      b.progress(line -> {
        err.println("facet-claims: " + line);
        err.flush();
      });
    }
    try {
      BulkSummary s = b.build().run(input, output);
      if (!quiet) {
        err.println("facet-claims: " + s);
      }
      return 0;
    } catch (NoSuchFileException e) {
      err.println("facet-claims: cannot read or write " + e.getFile() + ": no such file or folder");
      return Main.EXIT_UNREADABLE;
    } catch (IOException e) {
      err.println("facet-claims: input or output failed: " + e.getClass().getSimpleName());
      return Main.EXIT_UNREADABLE;
    }
  }
}
