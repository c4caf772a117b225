package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs are patient records: the command line, the bulk path and the server, run as the real
 * jar with its own logging (slf4j-simple on standard error), are given a distinctive fake patient
 * (name, identifier, birth date) in valid records and in every place a broken record can put it
 * (an unknown element's name, an invalid value, a resource type, a URL path, a truncated string,
 * XML). Standard error and the server log must never contain it, nor may an error answer or a
 * finding; only a successful answer may, where it returns the caller's own data (the Claim's
 * patient reference).
 */
class PrivacyIT {
  static final String FAMILY = "Zanzibarova";
  static final String GIVEN = "Quillon";
  static final String MRN = "MRN-7731-ZQX";

  @TempDir
  Path dir;

  static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"pt-1\",\"name\":[{\"family\":\""
      + FAMILY + "\",\"given\":[\"" + GIVEN + "\"]}],\"identifier\":[{\"system\":\"urn:mrn\","
      + "\"value\":\"" + MRN + "\"}],\"birthDate\":\"1961-04-09\"}";

  static String procedure(String id, String extra) {
    return "{\"resourceType\":\"Procedure\",\"id\":\"" + id + "\",\"status\":\"completed\","
        + "\"subject\":{\"reference\":\"Patient/pt-1\",\"display\":\"" + GIVEN + " " + FAMILY
        + "\",\"identifier\":{\"system\":\"urn:mrn\",\"value\":\"" + MRN + "\"}},"
        + "\"performedDateTime\":\"2026-02-02\",\"code\":{\"text\":\"Radiofrequency ablation"
        + " under fluoroscopy\"},\"bodySite\":[{\"text\":\"Left L4-L5 facet joint\"}]" + extra
        + "}";
  }

  static final String VALID_BUNDLE = "{\"resourceType\":\"Bundle\",\"type\":\"collection\","
      + "\"entry\":[{\"fullUrl\":\"Patient/pt-1\",\"resource\":" + PATIENT + "},{\"resource\":"
      + procedure("p1", "") + "}]}";

  /** Broken records with the patient where a parser's message might quote it. */
  static List<String> broken() {
    return List.of(
        // An unknown element named after the patient.
        procedure("p2", ",\"" + FAMILY + "\":\"x\""),
        // An invalid value: a date that is the patient's name.
        procedure("p3", "").replace("\"2026-02-02\"", "\"" + FAMILY + "\""),
        // A wrong type holding the identifier.
        procedure("p4", ",\"note\":\"" + MRN + "\""),
        // A resource type that is the patient's name.
        "{\"resourceType\":\"" + FAMILY + "\",\"id\":\"x\"}",
        // A Patient where a Procedure is expected.
        PATIENT,
        // Truncated inside the patient's name.
        procedure("p5", "").substring(0, procedure("p5", "").indexOf(FAMILY) + 4),
        // Not JSON at all, starting with the name.
        GIVEN + " " + FAMILY + " " + MRN,
        // XML: an unknown element and an invalid value.
        "<Procedure xmlns=\"http://hl7.org/fhir\"><status value=\"" + FAMILY + "\"/><"
            + FAMILY + "/></Procedure>",
        // XML with a document type declaration naming the patient.
        "<?xml version=\"1.0\"?><!DOCTYPE " + FAMILY + " [<!ENTITY e \"" + MRN + "\">]>"
            + "<Procedure xmlns=\"http://hl7.org/fhir\"><status value=\"completed\"/></Procedure>");
  }

  static void assertNoPatient(String what, String text) {
    assertThat(text).as(what).doesNotContain(FAMILY).doesNotContain(GIVEN)
        .doesNotContain("7731").doesNotContain("1961-04-09");
  }

  @Test
  void theCommandLineNeverWritesThePatientToStandardError() throws Exception {
    Path valid = dir.resolve("valid.json");
    Files.writeString(valid, VALID_BUNDLE);
    JarProcess ok = JarProcess.run(null, 60, "code", "--fail-on", "error", valid.toString());
    assertThat(ok.exit).as(ok.err).isIn(0, 3);
    assertThat(ok.err).isEmpty();
    assertThat(ok.out).contains("\"resourceType\": \"Claim\"");
    int i = 0;
    for (String input : broken()) {
      Path p = dir.resolve("broken-" + i++ + ".in");
      Files.writeString(p, input);
      JarProcess r = JarProcess.run(null, 60, "code", p.toString());
      assertNoPatient("standard error for " + input, r.err);
      if (r.exit == 0) {
        assertNoPatient("findings for " + input, findingsOf(r.out));
      } else {
        assertThat(r.exit).as(r.err).isEqualTo(2);
        assertThat(r.out).isEmpty();
      }
      // The same from standard input.
      JarProcess stdin = JarProcess.run(p, 60, "code", "-");
      assertNoPatient("standard error for " + input + " on standard input", stdin.err);
    }
  }

  /** The OperationOutcome part of a pretty-printed output Bundle. */
  static String findingsOf(String bundle) {
    int at = bundle.indexOf("\"resourceType\": \"OperationOutcome\"");
    return at < 0 ? "" : bundle.substring(at);
  }

  @Test
  void theBulkPathNeverWritesThePatientToStandardErrorOrFindings() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(procedure("b1", ""));
    lines.add(VALID_BUNDLE);
    for (String b : broken()) {
      if (!b.startsWith("<")) {
        lines.add(b);
      }
    }
    lines.add(procedure("b2", ",\"note\":[{\"text\":\"Right L5-S1 pulsed RF\"}]"));
    Path in = dir.resolve("Procedure.ndjson");
    Files.writeString(in, String.join("\n", lines) + "\n");
    Path out = dir.resolve("out");
    JarProcess r = JarProcess.run(null, 120, "bulk", "--input", in.toString(), "--output",
        out.toString(), "--threads", "2");
    assertThat(r.exit).as(r.err).isEqualTo(0);
    assertThat(r.err).contains("done:");
    assertNoPatient("bulk standard error", r.err);
    String outcomes = Files.readString(out.resolve("OperationOutcome.ndjson"));
    assertThat(outcomes).contains("FC-512");
    assertNoPatient("bulk findings", outcomes);
    assertThat(Files.readString(out.resolve("Claim.ndjson"))).contains("\"resourceType\":\"Claim\"");
  }

  @Test
  void theServerNeverLogsThePatientNorEchoesItInAnError() throws Exception {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", JarProcess.JAR.toAbsolutePath().toString(), "serve", "--port", "0",
        "--max-body-mb", "1");
    Path log = dir.resolve("server.log");
    Process server = new ProcessBuilder(cmd).directory(JarProcess.REPO.toFile())
        .redirectOutput(dir.resolve("server.out").toFile()).redirectError(log.toFile()).start();
    try {
      String base = awaitBaseUrl(log, server);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

      HttpResponse<String> ok = post(http, base + "/$facet-claims", parameters(VALID_BUNDLE));
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      // The caller's own data comes back in a successful answer (the Claim's patient).
      assertThat(ok.body()).contains("\"resourceType\":\"Claim\"");
      assertNoPatient("the findings of a successful answer", ok.body().substring(
          ok.body().indexOf("\"resourceType\":\"OperationOutcome\"")));

      List<String> bodies = new ArrayList<>();
      for (String b : broken()) {
        if (!b.startsWith("<")) {
          bodies.add(parameters(b));
        }
      }
      // An unknown element in the Parameters itself; an unknown parameter; not JSON.
      bodies.add("{\"resourceType\":\"Parameters\",\"" + FAMILY + "\":1,\"parameter\":[]}");
      bodies.add("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"" + MRN
          + "\",\"valueString\":\"" + GIVEN + "\"}]}");
      bodies.add("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"profile\","
          + "\"valueCode\":\"" + FAMILY + "\"}]}");
      bodies.add("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\","
          + "\"resource\":" + procedure("s1", "") + "},{\"name\":\"profile\",\"valueCode\":\""
          + FAMILY + "\"}]}");
      for (String body : bodies) {
        HttpResponse<String> r = post(http, base + "/$facet-claims", body);
        if (r.statusCode() != 200) {
          assertNoPatient("error answer " + r.statusCode() + " to " + body, r.body());
        } else {
          assertNoPatient("findings answering " + body, r.body().substring(
              r.body().indexOf("\"resourceType\":\"OperationOutcome\"")));
        }
      }
      String xml = "<Parameters xmlns=\"http://hl7.org/fhir\"><" + FAMILY + " value=\"" + MRN
          + "\"/></Parameters>";
      HttpResponse<String> x = http.send(HttpRequest.newBuilder(URI.create(base
          + "/$facet-claims")).header("Content-Type", "application/fhir+xml")
          .POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertNoPatient("XML error answer", x.body());
      for (String path : List.of("/" + FAMILY + "/" + MRN, "/Patient?name=" + FAMILY,
          "/Patient/" + MRN)) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
        assertNoPatient("answer to GET " + path, r.body());
      }
      HttpResponse<String> outside = http.send(HttpRequest.newBuilder(URI.create(
          base.replace("/fhir", "/" + FAMILY))).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertNoPatient("answer outside /fhir", outside.body());
      HttpResponse<String> big = post(http, base + "/$facet-claims",
          parameters(procedure("big", ",\"note\":[{\"text\":\"" + (FAMILY + " ").repeat(100_000)
              + "\"}]")));
      assertThat(big.statusCode()).isEqualTo(413);
      assertNoPatient("413 answer", big.body());
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    String logged = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(logged).contains("serving http://127.0.0.1:");
    assertNoPatient("the server log", logged);
    assertThat(logged).doesNotContain("\tat ");
  }

  static String parameters(String resource) {
    return "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"resource\":"
        + resource + "}]}";
  }

  static HttpResponse<String> post(HttpClient http, String url, String body)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/fhir+json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String awaitBaseUrl(Path log, Process server) throws Exception {
    Pattern serving = Pattern.compile("serving (http://\\S+/fhir) ");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new AssertionError("the server exited: " + Files.readString(log));
      }
      Matcher m = serving.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the server did not start in 60 s");
  }
}
