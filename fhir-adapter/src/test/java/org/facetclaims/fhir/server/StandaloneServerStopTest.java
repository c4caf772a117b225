package org.facetclaims.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Stopping the server while a client holds a request open. */
class StandaloneServerStopTest {
  @Test
  void stopsWhenAClientHoldsARequestOpen() throws Exception {
    StandaloneServer server = StandaloneServer.builder().port(0).build().start();
    int port = server.port();
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream o = s.getOutputStream();
      // Headers promising a body that never comes: the request stays in flight.
      o.write(("POST /fhir/$facet-claims HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/fhir+json\r\nContent-Length: 1000\r\n\r\n{\"resour")
          .getBytes(StandardCharsets.US_ASCII));
      o.flush();
      Thread.sleep(200);
      server.stop();   // waits out the grace period, then closes; must not throw
    }
    assertThatThrownBy(() -> {
      try (Socket again = new Socket()) {
        again.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      }
    }).isInstanceOf(IOException.class);
    server.stop();   // stopping a stopped server is harmless
    assertThat(port).isPositive();
  }
}
