package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.facetclaims.fhir.FacetClaims;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the server says of itself: software and version, and the operation's definition. */
class ServerCapabilitiesTest {
  static final FhirContext CTX = FhirContext.forR4Cached();
  static StandaloneServer server;
  static HttpClient http;

  @BeforeAll
  static void start() {
    server = StandaloneServer.builder().port(0).build().start();
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Accept", "application/fhir+json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theCapabilityStatementNamesThisSoftwareAndItsVersion() throws Exception {
    CapabilityStatement cs = (CapabilityStatement) CTX.newJsonParser()
        .parseResource(get("/metadata").body());
    assertThat(cs.getSoftware().getName()).isEqualTo("facet-claims");
    assertThat(cs.getSoftware().getVersion()).isEqualTo(FacetClaims.version())
        .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(cs.getImplementation().getDescription()).startsWith("facet-claims");
  }

  @Test
  void theOperationDefinitionSaysItChangesNothing() throws Exception {
    CapabilityStatement cs = (CapabilityStatement) CTX.newJsonParser()
        .parseResource(get("/metadata").body());
    String definition = cs.getRestFirstRep().getOperation().stream()
        .filter(o -> o.getName().equals("facet-claims")).findFirst().orElseThrow()
        .getDefinition();
    String id = definition.substring(definition.lastIndexOf('/') + 1);
    assertThat(id).isEqualTo("facet-claims");
    HttpResponse<String> r = get("/OperationDefinition/" + id);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    OperationDefinition od = (OperationDefinition) CTX.newJsonParser().parseResource(r.body());
    assertThat(od.getAffectsState()).isFalse();
    assertThat(od.getCode()).isEqualTo("facet-claims");
    assertThat(od.getSystem()).isTrue();
    assertThat(od.getIdElement().getIdPart()).isEqualTo(id);
  }
}
