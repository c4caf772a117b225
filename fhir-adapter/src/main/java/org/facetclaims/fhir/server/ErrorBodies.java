package org.facetclaims.fhir.server;

import java.nio.charset.StandardCharsets;

/**
 * The fixed OperationOutcome of an error answered before HAPI sees a request (by the body
 * reader, the body filter, Jetty's error handler): one issue with a code and an {@code FCS-}
 * message, built without HAPI so that it costs nothing when the server is busiest.
 */
final class ErrorBodies {
  /** The content type of every error answer. */
  static final String CONTENT_TYPE = "application/fhir+json;charset=utf-8";

  private ErrorBodies() {}

  /** An OperationOutcome with one error issue; {@code message} quotes nothing of a request. */
  static byte[] json(String code, String message) {
    return ("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
        + code + "\",\"diagnostics\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"}]}").getBytes(StandardCharsets.UTF_8);
  }
}
