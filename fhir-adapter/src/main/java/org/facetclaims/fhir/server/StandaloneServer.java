package org.facetclaims.fhir.server;

import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.DispatcherType;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.facetclaims.fhir.FacetClaims;

/**
 * A ready FHIR server for trying the operation: HAPI's plain {@code RestfulServer} on embedded
 * Jetty 12 (ee10), base path {@code /fhir}, bound to loopback unless told otherwise.
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
    connector = new ServerConnector(jetty);
    connector.setHost(b.bind);
    connector.setPort(b.port);
    jetty.addConnector(connector);
    jetty.setStopTimeout(2000);

    RestfulServer fhir = new RestfulServer(b.facet.fhirContext());
    fhir.setServerName("facet-claims");
    fhir.setDefaultPrettyPrint(false);
    fhir.registerProvider(new FacetClaimsOperationProvider(b.facet));
    fhir.registerInterceptor(new SafeErrorsInterceptor());

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(fhir), "/fhir/*");
    context.addFilter(new FilterHolder(new BodyLimitFilter(b.maxBodyBytes, b.facet)), "/fhir/*",
        EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(context);
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

  /** Stops the server. */
  public void stop() {
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot stop the server", e);
    }
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

    /** The largest request body accepted; larger is 413. */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("The body limit must be at least 1024 bytes");
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
