package org.facetclaims.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputLimits;
import org.facetclaims.fhir.read.SafeParser;

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

  /** How long a connection may be silent (no byte in or out) before it is closed: 30 s. */
  public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The default time a whole request body may take to arrive: 30 s. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
  /** The default number of open connections: 512; more wait to be accepted. */
  public static final int DEFAULT_MAX_CONNECTIONS = 512;
  /** Requests that may wait for a worker; more are answered 503 at once. */
  static final int QUEUE = 256;
  /** How long a request may wait for a worker before its 503. */
  static final Duration QUEUE_WAIT = Duration.ofSeconds(10);

  private final Server jetty;
  private final ServerConnector connector;
  private final InputLimits limits;

  private StandaloneServer(Builder b) {
    jetty = new Server();
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(b.bind);
    connector.setPort(b.port);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    jetty.addConnector(connector);
    // Connections past the limit wait in the kernel's accept queue instead of costing memory.
    jetty.addBean(new NetworkConnectionLimit(b.maxConnections, connector));
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
    fhir.registerProvider(new FacetClaimsOperationProvider(b.facet, b.profiles));
    fhir.registerInterceptor(new SafeErrorsInterceptor());

    ServletContextHandler servlets = new ServletContextHandler();
    servlets.setContextPath("/");
    servlets.setErrorHandler(new PlainErrors());
    servlets.addServlet(new ServletHolder(fhir), "/fhir/*");
    // The pre-check's element budget is shared by the requests coded at once.
    InputLimits limits = b.facet.limits();
    limits = limits.withMaxElements(Math.min(limits.maxElements(),
        InputLimits.elementsFor(Runtime.getRuntime().maxMemory() / b.maxConcurrentRequests)));
    this.limits = limits;
    servlets.addFilter(new FilterHolder(new BodyLimitFilter(b.maxBodyBytes,
        new SafeParser(b.facet::fhirContext, limits))), "/fhir/*",
        EnumSet.of(DispatcherType.REQUEST));

    // Requests past the limit wait without a thread (at most QUEUE of them, for at most
    // QUEUE_WAIT), then get 503 with Retry-After: memory and CPU go to the requests in work.
    QoSHandler qos = new QoSHandler(servlets);
    qos.setMaxRequestCount(b.maxConcurrentRequests);
    qos.setMaxSuspendedRequestCount(b.queue);
    qos.setMaxSuspend(b.queueWait);
    // Bodies are read first, without a thread, against a deadline and a memory budget.
    long budget = Math.max(Runtime.getRuntime().maxMemory() / 4, 2L * b.maxBodyBytes);
    jetty.setHandler(new BodyReader(qos, b.maxBodyBytes, b.bodyTimeout, budget));
  }

  /** The limits the server's pre-check applies (the element limit shared by its workers). */
  public InputLimits limits() {
    return limits;
  }

  /**
   * Jetty's own error answers (a path outside {@code /fhir}, a request Jetty refuses before any
   * servlet sees it) as a fixed OperationOutcome: no HTML page echoing the URI, no version.
   */
  private static final class PlainErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
        Throwable cause, Callback callback) {
      String issue = code == 404 ? "not-found" : code == 503 ? "transient"
          : code == 408 ? "timeout" : "processing";
      String diagnostics = "FCS-" + code + ": " + HttpStatus.getMessage(code)
          + (code == 404 ? "; this server answers POST /fhir/$facet-claims and GET /fhir/metadata"
              : code == 503 ? "; the server is busy, retry in " + BodyReader.RETRY_AFTER_SECONDS
                  + " s" : "");
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorBodies.CONTENT_TYPE);
      if (code == 503) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER,
            Integer.toString(BodyReader.RETRY_AFTER_SECONDS));
      }
      response.write(true, ByteBuffer.wrap(ErrorBodies.json(issue, diagnostics)), callback);
    }
  }

  /** The default number of requests worked on at once: the cores, at least 2. */
  static int defaultConcurrentRequests() {
    return Math.max(2, Math.min(256, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * A builder: port 8080, bind 127.0.0.1, 5 MiB body limit, 30 s body deadline, one request
   * worked on per core (at least 2), 512 connections, {@link FacetClaims#create()}.
   */
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
          + connector.getPort() + " (" + (e instanceof java.net.BindException
              || e.getCause() instanceof java.net.BindException
              ? "the port is taken, or the address is not this machine's"
              : e.getClass().getSimpleName()) + ")", e);
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
    private List<PayerProfile> profiles = List.of();
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private int maxConcurrentRequests = defaultConcurrentRequests();
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private int queue = QUEUE;
    private Duration queueWait = QUEUE_WAIT;

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

    /**
     * The time a whole request body may take to arrive, 1 s to 10 min (default 30 s); later is
     * 408 and the connection is closed. A slow client costs a connection meanwhile, not a
     * thread.
     */
    public Builder bodyTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.compareTo(Duration.ofSeconds(1)) < 0
          || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("The body timeout must be between 1 s and 10 min");
      }
      this.bodyTimeout = timeout;
      return this;
    }

    /**
     * Requests worked on at once, 1 to 256 (default: the number of cores, at least 2); others
     * wait, without a thread, up to 10 s, then get 503 with {@code Retry-After}. The element
     * limit of the pre-check is the heap's share for one of them.
     */
    public Builder maxConcurrentRequests(int requests) {
      if (requests < 1 || requests > 256) {
        throw new IllegalArgumentException("Concurrent requests must be 1-256, not " + requests);
      }
      this.maxConcurrentRequests = requests;
      return this;
    }

    /** Open connections, 1 to 100,000 (default 512); more wait to be accepted. */
    public Builder maxConnections(int connections) {
      if (connections < 1 || connections > 100_000) {
        throw new IllegalArgumentException("Connections must be 1-100000, not " + connections);
      }
      this.maxConnections = connections;
      return this;
    }

    /** How many requests may wait for a worker, and for how long (tests). */
    Builder queue(int waiting, Duration wait) {
      this.queue = waiting;
      this.queueWait = wait;
      return this;
    }

    public Builder facetClaims(FacetClaims facet) {
      this.facet = Objects.requireNonNull(facet, "facet");
      return this;
    }

    /**
     * Profiles requests may name in the {@code profile} parameter beside the standard ones (for
     * example read with {@code ProfileFile.parse}); names must be their own (see
     * {@link FacetClaimsOperationProvider#FacetClaimsOperationProvider(FacetClaims,
     * java.util.Collection)}).
     *
     * @throws IllegalArgumentException when two profiles share a name or one has a standard
     *     profile's name
     */
    public Builder profiles(Collection<PayerProfile> profiles) {
      FacetClaimsOperationProvider.byName(profiles); // checked here, where the caller is
      this.profiles = List.copyOf(profiles);
      return this;
    }

    public StandaloneServer build() {
      return new StandaloneServer(this);
    }
  }
}
