package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.facetclaims.fhir.FacetClaims;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server on an ephemeral loopback port, called over HTTP. */
class ServerTest {
  static final FhirContext CTX = FhirContext.forR4Cached();
  static final Path EXAMPLES = Path.of("..", "examples");
  static StandaloneServer server;
  static IGenericClient client;
  static HttpClient http;

  @BeforeAll
  static void start() {
    FacetClaims facet = FacetClaims.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
    server = StandaloneServer.builder().port(0).maxBodyBytes(64 * 1024).facetClaims(facet)
        .build().start();
    CTX.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    client = CTX.newRestfulGenericClient(server.baseUrl());
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static Resource example(String name) throws IOException {
    return (Resource) CTX.newJsonParser().parseResource(Files.readString(EXAMPLES.resolve(name)));
  }

  static Bundle call(Parameters in) {
    return client.operation().onServer().named("$facet-claims").withParameters(in)
        .returnResourceType(Bundle.class).execute();
  }

  static List<String> lines(Bundle b) {
    List<String> out = new ArrayList<>();
    for (Bundle.BundleEntryComponent e : b.getEntry()) {
      if (e.getResource() instanceof Claim) {
        for (Claim.ItemComponent item : ((Claim) e.getResource()).getItem()) {
          StringBuilder sb = new StringBuilder(item.getProductOrService().getCodingFirstRep()
              .getCode());
          item.getModifier().forEach(m -> sb.append('-').append(m.getCodingFirstRep().getCode()));
          out.add(sb.append(" x").append(item.getQuantity().getValue().intValue()).toString());
        }
      }
    }
    return out;
  }

  static HttpResponse<String> post(String body, String contentType)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$facet-claims"))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertSafe(String body) {
    assertThat(body).doesNotContain("\tat ").doesNotContain("Exception")
        .doesNotContain("org.facetclaims").doesNotContain("ca.uhn").doesNotContain("java.");
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertThat(StandaloneServer.builder().build().baseUrl()).startsWith("http://127.0.0.1:");
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
  }

  @Test
  void happyPathWithTheGenericClient() throws IOException {
    Parameters in = new Parameters();
    in.addParameter().setName("resource").setResource(example("ex6-bundle-one-session.json"));
    Bundle out = call(in);
    assertThat(lines(out)).containsExactly("64635-50 x1");
    assertThat(out.getEntry()).extracting(e -> e.getResource().fhirType())
        .containsExactly("Claim", "OperationOutcome");
  }

  @Test
  void severalResourcesAndAProfile() throws IOException {
    Parameters in = new Parameters();
    in.addParameter().setName("resource").setResource(example("ex1-text-sites.json"));
    in.addParameter().setName("profile").setValue(new CodeType("rt-lt-lines"));
    assertThat(lines(call(in))).containsExactly("64635-LT x1", "64636-LT x1");
  }

  @Test
  void unknownProfileIs400() throws IOException {
    Parameters in = new Parameters();
    in.addParameter().setName("resource").setResource(example("ex1-text-sites.json"));
    in.addParameter().setName("profile").setValue(new CodeType("no-such-payer"));
    assertThatThrownBy(() -> call(in)).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("FCS-002");
  }

  @Test
  void wrongResourceTypeIs400() throws Exception {
    String body = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\","
        + "\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p\"}}]}";
    HttpResponse<String> r = post(body, "application/fhir+json");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("OperationOutcome").contains("FCS-004");
    assertSafe(r.body());
  }

  @Test
  void malformedBodyIs400WithOutcome() throws Exception {
    for (String body : List.of("{\"resourceType\":\"Parameters\",", "not json at all",
        "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"resource\":5}]}",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<Parameters xmlns=\"http://hl7.org/fhir\"/>")) {
      HttpResponse<String> r = post(body, body.startsWith("<") ? "application/fhir+xml"
          : "application/fhir+json");
      assertThat(r.statusCode()).as(body).isEqualTo(400);
      assertThat(r.body()).as(body).contains("OperationOutcome");
      assertThat(r.body()).doesNotContain("root:x:0:0");
      assertSafe(r.body());
    }
  }

  @Test
  void bodyOverTheLimitIs413() throws Exception {
    String big = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"x\",\"valueString\":\""
        + "a".repeat(70 * 1024) + "\"}]}";
    HttpResponse<String> r = post(big, "application/fhir+json");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("OperationOutcome").contains("FCS-413");
    assertSafe(r.body());
  }

  @Test
  void capabilityStatementListsTheOperation() {
    CapabilityStatement cs = client.capabilities().ofType(CapabilityStatement.class).execute();
    assertThat(cs.getRest().get(0).getOperation())
        .anyMatch(o -> o.getName().equals("facet-claims"));
    String def = cs.getRest().get(0).getOperation().stream()
        .filter(o -> o.getName().equals("facet-claims")).findFirst().orElseThrow()
        .getDefinition();
    assertThat(def).contains("OperationDefinition");
  }

  @Test
  void eightConcurrentClientsGetTheRightAnswers() throws Exception {
    String body = CTX.newJsonParser().encodeResourceToString(new Parameters()
        .addParameter(new Parameters.ParametersParameterComponent().setName("resource")
            .setResource(example("ex6-bundle-one-session.json"))));
    String wrongProfile = body.replace("]}", ",{\"name\":\"profile\",\"valueCode\":\"nope\"}]}");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        boolean bad = i % 10 == 9;
        results.add(pool.submit(() -> {
          HttpResponse<String> r = post(bad ? wrongProfile : body, "application/fhir+json");
          if (bad) {
            return r.statusCode() == 400 && r.body().contains("FCS-002") ? "ok" : "bad " + r.statusCode();
          }
          Bundle b = (Bundle) CTX.newJsonParser().parseResource(r.body());
          return r.statusCode() == 200 && lines(b).equals(List.of("64635-50 x1"))
              && b.getEntry().get(1).getResource() instanceof OperationOutcome ? "ok"
              : "wrong " + r.statusCode() + " " + lines(b);
        }));
      }
      List<String> answers = new ArrayList<>();
      for (Future<String> f : results) {
        answers.add(f.get());
      }
      assertThat(answers.stream().filter(a -> !a.equals("ok")).collect(Collectors.toList()))
          .isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }
}
