package org.facetclaims.fhir.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.server.StandaloneServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve [--port 8080] [--bind 127.0.0.1] [--max-body-mb 5] [--body-timeout 30]
 * [--max-concurrent N] [--max-connections 512] [--profile FILE]... [--mue FILE] [--ptp FILE]}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Runs a FHIR server (base path /fhir) with POST [base]/$facet-claims.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String bind;

  @Option(names = "--max-body-mb", defaultValue = "5",
      description = "Largest request body in MiB; larger is 413 (default: ${DEFAULT-VALUE}).")
  int maxBodyMb;

  @Option(names = "--body-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Time a whole request body may take to arrive; later is 408"
          + " (default: ${DEFAULT-VALUE}).")
  int bodyTimeoutSeconds;

  @Option(names = "--max-concurrent", paramLabel = "N",
      description = "Requests worked on at once (default: the cores, at least 2); others wait"
          + " up to 10 s, then 503 with Retry-After.")
  Integer maxConcurrent;

  @Option(names = "--max-connections", paramLabel = "N", defaultValue = "512",
      description = "Open connections; more wait to be accepted (default: ${DEFAULT-VALUE}).")
  int maxConnections;

  @CommandLine.Mixin
  DataFlags dataFlags;

  @Option(names = "--profile", paramLabel = "FILE",
      description = "A profile file whose profile requests may name in the profile parameter,"
          + " beside the standard profiles (repeatable).")
  List<Path> profileFiles;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (maxBodyMb < 1 || maxBodyMb > 1024) {
      err.println("facet-claims: FCC-004: --max-body-mb must be between 1 and 1024");
      return Main.EXIT_UNREADABLE;
    }
    StandaloneServer server;
    List<String> profileNames = new ArrayList<>();
    try {
      StandaloneServer.Builder b = StandaloneServer.builder().port(port).bind(bind)
          .maxBodyBytes(maxBodyMb * 1024 * 1024)
          .bodyTimeout(java.time.Duration.ofSeconds(bodyTimeoutSeconds))
          .maxConnections(maxConnections);
      if (maxConcurrent != null) {
        b.maxConcurrentRequests(maxConcurrent);
      }
      List<PayerProfile> profiles = new ArrayList<>();
      for (Path file : profileFiles == null ? List.<Path>of() : profileFiles) {
        if (PayerProfile.byName(file.toString()).isPresent()) {
          throw new IllegalArgumentException("FCC-003: serve --profile takes a profile file;"
              + " the standard profile '" + file + "' is always there for requests to name");
        }
        profiles.add(DataFlags.profileFile(file));
        profileNames.add(profiles.get(profiles.size() - 1).name());
      }
      try {
        b.profiles(profiles);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("FCC-010: --profile: " + e.getMessage(), e);
      }
      FacetCodingEngine engine = dataFlags.engine(); // --mue, --ptp
      if (engine != null) {
        b.facetClaims(FacetClaims.builder().engine(engine).build());
      }
      server = b.build().start();
    } catch (IllegalArgumentException e) {
      err.println("facet-claims: " + Main.usage(e));
      return Main.EXIT_UNREADABLE;
    } catch (IllegalStateException e) {
      err.println("facet-claims: FCC-012: " + e.getMessage());
      return Main.EXIT_UNREADABLE;
    }
    err.println("facet-claims: serving " + server.baseUrl() + " (POST "
        + server.baseUrl() + "/$facet-claims)" + (profileFiles == null ? ""
            : "; profiles from files: " + String.join(", ", profileNames)) + "; Ctrl-C to stop");
    err.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    server.join();
    return 0;
  }
}
