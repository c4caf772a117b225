package org.facetclaims.fhir.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;

/**
 * Reads a request body up to a limit before HAPI sees it: over the limit is 413, a body that
 * fails the adapter's pre-checks (binary, too deep, an XML document type declaration, broken
 * JSON) is 400; both answer with an OperationOutcome. Works for chunked bodies too.
 */
final class BodyLimitFilter implements Filter {
  /**
   * At most this much of a body over the limit is read and dropped before the 413 (beyond it,
   * the connection is closed instead). A client that sends its whole body before it reads the
   * answer (Java's HttpClient does) otherwise has the connection closed under it mid-send and
   * never sees the 413; the cap keeps a caller from making the server read without end.
   */
  static final long DRAIN_MAX = 16L << 20;

  private final int maxBytes;
  private final FacetClaims facet;

  BodyLimitFilter(int maxBytes, FacetClaims facet) {
    this.maxBytes = maxBytes;
    this.facet = facet;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) req;
    HttpServletResponse out = (HttpServletResponse) res;
    String method = http.getMethod();
    if (!"POST".equals(method) && !"PUT".equals(method)) {
      chain.doFilter(req, res);
      return;
    }
    long declared = http.getContentLengthLong();
    if (declared > maxBytes) {
      drain(http, out, declared);
      reject(out, 413, "too-costly", "FCS-413: request body of " + declared + " bytes is over"
          + " the limit of " + maxBytes + " bytes");
      return;
    }
    byte[] body;
    try (InputStream in = http.getInputStream()) {
      body = in.readNBytes(maxBytes + 1);
      if (body.length > maxBytes) {
        drain(http, out, -1);
        reject(out, 413, "too-costly", "FCS-413: request body is over the limit of " + maxBytes
            + " bytes");
        return;
      }
    }
    try {
      facet.precheck(body);
    } catch (InputException e) {
      reject(out, e.kind() == InputException.Kind.TOO_LARGE ? 413 : 400, "invalid",
          "FCS-400: " + e.getMessage());
      return;
    }
    chain.doFilter(new Buffered(http, body), res);
  }

  /**
   * Reads and drops the rest of a body over the limit, up to {@link #DRAIN_MAX} in all; a
   * longer one (declared or found) gets {@code Connection: close} instead.
   */
  private static void drain(HttpServletRequest http, HttpServletResponse out, long declared)
      throws IOException {
    if (declared > DRAIN_MAX) {
      out.setHeader("Connection", "close");
      return;
    }
    byte[] skip = new byte[16384];
    long read = 0;
    try {
      InputStream in = http.getInputStream();
      int n;
      while ((n = in.read(skip)) >= 0) {
        read += n;
        if (read > DRAIN_MAX) {
          out.setHeader("Connection", "close");
          return;
        }
      }
    } catch (IOException e) {
      // The client gave up sending: the answer is all that is left to try.
    }
  }

  private static void reject(HttpServletResponse out, int status, String code, String message)
      throws IOException {
    out.setStatus(status);
    out.setContentType("application/fhir+json;charset=utf-8");
    String json = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
        + "\"code\":\"" + code + "\",\"diagnostics\":\"" + message.replace("\\", "\\\\")
        .replace("\"", "\\\"") + "\"}]}";
    out.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The request with its body already read. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
