package org.facetclaims.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ServerCapabilityStatementProvider;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.facetclaims.fhir.FacetClaims;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.OperationDefinition;

/**
 * A ready FHIR server for trying the operation: HAPI's plain {@code RestfulServer} on embedded
 * Jetty 12 (ee10), base path {@code /fhir}, bound to loopback unless told otherwise.
 *
 * <p>What it tells a caller and its log is kept to what the caller sent and needs: request
 * bodies over the limit are refused before they are parsed (413), error answers are
 * OperationOutcomes without stack traces or echoes of the request ({@link SafeErrorsInterceptor},
 * and a plain error answer for paths outside {@code /fhir}), no server or HAPI version is
 * announced, and HAPI's parser does not log the element names of bodies it reads. There is no
 * authentication: see {@code docs/threat-model.md}.
 *
 * <pre>{@code
 * StandaloneServer server = StandaloneServer.builder().port(0).build().start();
 * int port = server.port();    // POST http://127.0.0.1:{port}/fhir/$facet-claims
 * server.stop();
 * }</pre>
 */
public final class StandaloneServer implements AutoCloseable {
  /** The default request body limit: 5 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

  private final Server jetty;
  private final ServerConnector connector;

  private StandaloneServer(Builder b) {
    jetty = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(b.bind);
    connector.setPort(b.port);
    jetty.addConnector(connector);
    jetty.setStopTimeout(2000);
    jetty.setErrorHandler(new PlainErrors());

    // A context of its own: HAPI's default parser error handler logs the names of unknown
    // elements, which are request content; this one reports nothing to the log (the request
    // still fails on invalid values). The adapter's shared context is left as it is.
    FhirContext context = FhirContext.forR4();
    context.setParserErrorHandler(new LenientErrorHandler(false));
    RestfulServer fhir = new RestfulServer(context) {
      private static final long serialVersionUID = 1L;

      @Override
      public void addHeadersToResponse(HttpServletResponse response) {
        // No X-Powered-By header: the HAPI version is nobody's business.
      }
    };
    fhir.setServerName("facet-claims");
    fhir.setServerVersion(FacetClaims.version()); // the CapabilityStatement's software.version
    fhir.setImplementationDescription("facet-claims: CPT coding of facet joint nerve"
        + " destruction from FHIR Procedures");
    fhir.setDefaultPrettyPrint(false);
    fhir.registerProvider(new FacetClaimsOperationProvider(b.facet));
    fhir.setServerConformanceProvider(new OperationDefinitions(fhir));
    fhir.registerInterceptor(new SafeErrorsInterceptor());

    ServletContextHandler servlets = new ServletContextHandler();
    servlets.setContextPath("/");
    servlets.setErrorHandler(new PlainErrors());
    servlets.addServlet(new ServletHolder(fhir), "/fhir/*");
    servlets.addFilter(new FilterHolder(new BodyLimitFilter(b.maxBodyBytes, b.facet)), "/fhir/*",
        EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(servlets);
  }

  /**
   * HAPI's CapabilityStatement and OperationDefinitions, with its id (the one the
   * CapabilityStatement refers to) and {@code affectsState: false} for {@code $facet-claims}: coding changes nothing on the server, but HAPI writes affectsState as
   * "not idempotent", and the operation is POST only (not idempotent in HAPI's sense) because its
   * input is resources, which a GET cannot carry.
   */
  private static final class OperationDefinitions extends ServerCapabilityStatementProvider {
    OperationDefinitions(RestfulServer server) {
      super(server);
    }

    @Override
    public IBaseResource readOperationDefinition(IIdType id, RequestDetails request) {
      IBaseResource r = super.readOperationDefinition(id, request);
      if (r instanceof OperationDefinition od && FacetClaimsOperationProvider.OPERATION
          .equals("$" + od.getCode())) {
        od.setAffectsState(false);
        od.setId(id.getIdPart()); // HAPI leaves it out: the id the CapabilityStatement names
      }
      return r;
    }
  }

  /**
   * Jetty's own error answers (a path outside {@code /fhir}, a request Jetty refuses before any
   * servlet sees it) as a fixed OperationOutcome: no HTML page echoing the URI, no version.
   */
  private static final class PlainErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
        Throwable cause, Callback callback) {
      String json = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
          + "\"error\",\"code\":\"" + (code == 404 ? "not-found" : "processing")
          + "\",\"diagnostics\":\"FCS-" + code + ": " + HttpStatus.getMessage(code)
          + (code == 404 ? "; this server answers POST /fhir/$facet-claims and GET /fhir/metadata"
              : "") + "\"}]}";
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/fhir+json;charset=utf-8");
      response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    }
  }

  /** A builder: port 8080, bind 127.0.0.1, 5 MiB body limit, {@link FacetClaims#create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the server.
   *
   * @throws IllegalStateException when it cannot start (for example the port is taken)
   */
  public StandaloneServer start() {
    try {
      jetty.start();
    } catch (Exception e) {
      try {
        jetty.stop();
      } catch (Exception ignored) {
        // already failing
      }
      throw new IllegalStateException("Cannot start the server on " + connector.getHost() + ":"
          + connector.getPort() + " (" + e.getClass().getSimpleName() + ")", e);
    }
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The address bound. */
  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), port());
  }

  /** The FHIR base URL, for example {@code http://127.0.0.1:8080/fhir}. */
  public String baseUrl() {
    String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port() + "/fhir";
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /**
   * Stops the server: requests in flight get up to 2 seconds to finish, then their connections
   * are closed.
   *
   * @throws IllegalStateException when the server is still running afterwards
   */
  public void stop() {
    try {
      jetty.stop();
    } catch (Exception e) {
      // Jetty reports a grace period that ran out (a client holding a request open) as a
      // TimeoutException after it has closed the connections and stopped anyway.
      if (!timedOut(e) || jetty.isRunning()) {
        throw new IllegalStateException("Cannot stop the server", e);
      }
    }
  }

  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    stop();
  }

  /** Configures a {@link StandaloneServer}. */
  public static final class Builder {
    private int port = 8080;
    private String bind = "127.0.0.1";
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private FacetClaims facet = FacetClaims.create();

    private Builder() {}

    /** The port; 0 picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("Port must be 0-65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The address to bind (default 127.0.0.1: loopback only). */
    public Builder bind(String address) {
      this.bind = Objects.requireNonNull(address, "address");
      return this;
    }

    /** The largest request body accepted, 1 KiB to 1 GiB; larger is 413. */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1024 || bytes > 1 << 30) {
        throw new IllegalArgumentException("The body limit must be between 1024 bytes and 1 GiB");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    public Builder facetClaims(FacetClaims facet) {
      this.facet = Objects.requireNonNull(facet, "facet");
      return this;
    }

    public StandaloneServer build() {
      return new StandaloneServer(this);
    }
  }
}
