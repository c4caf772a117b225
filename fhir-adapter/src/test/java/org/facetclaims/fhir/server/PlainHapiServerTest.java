package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operation in an integrator's own HAPI {@code RestfulServer} that registers only the
 * provider: no conformance provider and no interceptor of this library, HAPI's defaults for the
 * rest. Its CapabilityStatement and OperationDefinition are as in the standalone server.
 */
class PlainHapiServerTest {
  static final FhirContext CTX = FhirContext.forR4Cached();
  static Server jetty;
  static String base;
  static HttpClient http;

  @BeforeAll
  static void start() throws Exception {
    RestfulServer fhir = new RestfulServer(CTX);
    fhir.registerProvider(new FacetClaimsOperationProvider());
    jetty = new Server();
    ServerConnector c = new ServerConnector(jetty);
    c.setHost("127.0.0.1");
    c.setPort(0);
    jetty.addConnector(c);
    ServletContextHandler servlets = new ServletContextHandler();
    servlets.setContextPath("/");
    servlets.addServlet(new ServletHolder(fhir), "/fhir/*");
    jetty.setHandler(servlets);
    jetty.start();
    base = "http://127.0.0.1:" + c.getLocalPort() + "/fhir";
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "application/fhir+json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theCapabilityStatementNamesTheDefinitionByItsProperId() throws Exception {
    CapabilityStatement cs = (CapabilityStatement) CTX.newJsonParser()
        .parseResource(get("/metadata").body());
    assertThat(cs.getRestFirstRep().getOperation())
        .filteredOn(o -> o.getName().equals("facet-claims")).singleElement()
        .extracting(CapabilityStatement.CapabilityStatementRestResourceOperationComponent
            ::getDefinition)
        .isEqualTo(base + "/OperationDefinition/facet-claims");
  }

  @Test
  void theOperationDefinitionHasItsIdAndChangesNothing() throws Exception {
    HttpResponse<String> r = get("/OperationDefinition/facet-claims");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    OperationDefinition od = (OperationDefinition) CTX.newJsonParser().parseResource(r.body());
    assertThat(od.getIdElement().getIdPart()).isEqualTo("facet-claims");
    assertThat(od.getUrl()).isEqualTo(base + "/OperationDefinition/facet-claims");
    assertThat(od.getAffectsState()).isFalse();
    assertThat(od.getCode()).isEqualTo("facet-claims");
    assertThat(od.getSystem()).isTrue();
    assertThat(od.getParameter()).extracting(OperationDefinition
        .OperationDefinitionParameterComponent::getName).contains("resource", "profile");
    // HAPI's generated id still reads the same definition
    HttpResponse<String> hapi = get("/OperationDefinition/" + OperationDefinitionInterceptor
        .HAPI_ID);
    assertThat(hapi.statusCode()).isEqualTo(200);
    assertThat(((OperationDefinition) CTX.newJsonParser().parseResource(hapi.body()))
        .getIdElement().getIdPart()).isEqualTo("facet-claims");
  }

  @Test
  void theOperationStaysPostOnly() throws Exception {
    HttpResponse<String> r = get("/$facet-claims");
    assertThat(r.statusCode()).isEqualTo(405);
  }
}
