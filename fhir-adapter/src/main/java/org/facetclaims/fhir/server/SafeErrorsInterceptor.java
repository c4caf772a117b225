package org.facetclaims.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every error answer safe to show a caller: no stack trace, no internal class name, no
 * echo of the request content. The library's own errors (ids {@code FCS-} and {@code FCA-}) pass
 * as they are; HAPI's parse errors become a plain 400, its other 4xx answers a fixed message by
 * status (404, 405, ...); anything unexpected becomes a 500 with an
 * incident id that is logged (with the exception type only) so operators can find it. Register it
 * in any HAPI {@code RestfulServer}.
 */
@Interceptor
public final class SafeErrorsInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(SafeErrorsInterceptor.class);

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException sanitize(RequestDetails request, Throwable exception,
      HttpServletRequest servletRequest, HttpServletResponse servletResponse) {
    if (exception instanceof BaseServerResponseException) {
      BaseServerResponseException e = (BaseServerResponseException) exception;
      String m = e.getMessage() == null ? "" : e.getMessage();
      if (m.startsWith("FCS-") || m.startsWith("FCA-")) {
        return e;
      }
      int status = e.getStatusCode();
      if (status == 400 || status == 422) {
        return new InvalidRequestException("FCS-005: the request body is not a readable FHIR"
            + " Parameters resource with 'resource' parameters");
      }
      if (e instanceof MethodNotAllowedException || status == 405) {
        // Keeps its Allow header, when HAPI knows it (it does not for every path).
        java.util.Set<ca.uhn.fhir.rest.api.RequestTypeEnum> allowed =
            e instanceof MethodNotAllowedException m405 ? m405.getAllowedMethods() : null;
        return allowed == null || allowed.isEmpty()
            ? new MethodNotAllowedException("FCS-405: this HTTP method is not allowed here")
            : new MethodNotAllowedException("FCS-405: this HTTP method is not allowed here",
                allowed.toArray(new ca.uhn.fhir.rest.api.RequestTypeEnum[0]));
      }
      if (status >= 400 && status < 500) {
        // HAPI's own 4xx messages quote the request (an unknown resource type from the path,
        // parameter names): a fixed message by status, which is also what the log gets.
        return new UnclassifiedServerFailureException(status, "FCS-" + status + ": "
            + (status == 404 ? "no such resource type or operation; this server answers POST"
                + " [base]/$facet-claims and GET [base]/metadata"
                : "the request was refused"));
      }
    }
    if (fromParser(exception)) {
      // HAPI's parser fails on some malformed bodies with a runtime exception: still the
      // caller's input, so a 400.
      return new InvalidRequestException("FCS-005: the request body is not a readable FHIR"
          + " Parameters resource with 'resource' parameters");
    }
    String incident = UUID.randomUUID().toString();
    // The log names the exception type and where it happened, never its message: messages can
    // quote request content.
    Throwable root = exception;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StackTraceElement[] frames = root.getStackTrace();
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < Math.min(5, frames.length); i++) {
      where.append(i == 0 ? "" : " < ").append(frames[i].getClassName()).append('.')
          .append(frames[i].getMethodName()).append(':').append(frames[i].getLineNumber());
    }
    LOG.error("Internal error {} ({} at {})", incident, root.getClass().getName(), where);
    return new InternalErrorException("FCS-500: internal error, incident " + incident);
  }

  private static boolean fromParser(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      for (StackTraceElement f : c.getStackTrace()) {
        if (f.getClassName().startsWith("ca.uhn.fhir.parser.")) {
          return true;
        }
      }
    }
    return false;
  }
}
