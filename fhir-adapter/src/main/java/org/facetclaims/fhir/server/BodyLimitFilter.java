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
import java.util.Locale;
import java.util.Set;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.read.SafeParser;

/**
 * Checks a POST body before HAPI sees it: a media type other than FHIR JSON or XML, or a
 * charset other than UTF-8, is 415; over the size limit is 413; a body that fails the adapter's
 * pre-checks (binary, too deep, too many elements, an XML document type declaration, broken
 * JSON) is 400; each answers with an OperationOutcome. Works for chunked bodies too. (In the
 * standalone server the body has been read by {@link BodyReader} already; the size check here
 * holds wherever the filter is used.)
 */
final class BodyLimitFilter implements Filter {
  /**
   * At most this much of a body over the limit is read and dropped before the 413 (beyond it,
   * the connection is closed instead). A client that sends its whole body before it reads the
   * answer (Java's HttpClient does) otherwise has the connection closed under it mid-send and
   * never sees the 413; the cap keeps a caller from making the server read without end.
   */
  static final long DRAIN_MAX = 16L << 20;

  /** The media types of FHIR bodies: JSON and XML, with their generic names. */
  private static final Set<String> MEDIA_TYPES = Set.of("application/fhir+json",
      "application/json", "application/json+fhir", "application/fhir+xml", "application/xml",
      "application/xml+fhir", "text/xml", "text/json");

  private final int maxBytes;
  private final SafeParser precheck;

  BodyLimitFilter(int maxBytes, SafeParser precheck) {
    this.maxBytes = maxBytes;
    this.precheck = precheck;
  }

  /**
   * Null when the content type is a FHIR media type in UTF-8 (FHIR's only encoding: a body
   * decoded otherwise would not be the body the pre-checks read); otherwise the FCS-415
   * message.
   */
  static String unsupported(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "FCS-415: no Content-Type; send application/fhir+json or application/fhir+xml";
    }
    String[] parts = contentType.split(";");
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPES.contains(type)) {
      return "FCS-415: unsupported media type; send application/fhir+json or"
          + " application/fhir+xml";
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
        String charset = p.substring(eq + 1).trim().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
          return "FCS-415: unsupported charset; FHIR bodies are UTF-8";
        }
      }
    }
    return null;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) req;
    HttpServletResponse out = (HttpServletResponse) res;
    String method = http.getMethod();
    if (!"POST".equals(method)) {
      // Nothing else is served with a body: HAPI answers 404 or 405 without reading it (and
      // the body reader has bounded it).
      chain.doFilter(req, res);
      return;
    }
    // The header itself: the servlet API's getContentType() fails on an unknown charset.
    String unsupported = unsupported(http.getHeader("Content-Type"));
    if (unsupported != null) {
      reject(out, 415, "not-supported", unsupported);
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
      precheck.precheck(body);
    } catch (InputException e) {
      boolean costly = e.kind() == InputException.Kind.TOO_LARGE
          || e.kind() == InputException.Kind.TOO_MANY_ELEMENTS;
      reject(out, costly ? 413 : 400, costly ? "too-costly" : "invalid",
          (costly ? "FCS-413: " : "FCS-400: ") + e.getMessage());
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
    out.setContentType(ErrorBodies.CONTENT_TYPE);
    out.getOutputStream().write(ErrorBodies.json(code, message));
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
