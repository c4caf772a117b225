package org.facetclaims.fhir.server;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body completely, without a thread, before anything else sees the request.
 * Waiting for a slow client costs a connection and the bytes received so far, never one of the
 * server's threads: a few hundred clients that send a byte every few seconds cannot starve the
 * others. Three limits hold while the body arrives, each answered with an OperationOutcome:
 *
 * <ul>
 *   <li>the body size: over it is 413 {@code FCS-413} (what a client still sends is read and
 *       dropped up to {@link BodyLimitFilter#DRAIN_MAX}, so that it sees the answer; past that
 *       the connection is closed);
 *   <li>a deadline for the whole body: later is 408 {@code FCS-408}, and the connection is
 *       closed;
 *   <li>a budget of body bytes held at once by all requests (received, waiting or being
 *       coded): past it is 503 {@code FCS-503} with {@code Retry-After}.
 * </ul>
 *
 * <p>Then the request goes on with its body in memory, and whoever reads it never waits.
 */
final class BodyReader extends Handler.Wrapper {
  /** Seconds a client is asked to wait in a 503's {@code Retry-After}. */
  static final int RETRY_AFTER_SECONDS = 2;

  private final int maxBytes;
  private final long timeoutMillis;
  private final AtomicLong available;

  /**
   * @param maxBytes the largest body
   * @param timeout the time the whole body may take to arrive
   * @param budget body bytes that may be held at once by all requests
   */
  BodyReader(Handler next, int maxBytes, Duration timeout, long budget) {
    super(next);
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeout.toMillis();
    this.available = new AtomicLong(budget);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    boolean body = HttpMethod.POST.is(method) || HttpMethod.PUT.is(method)
        || HttpMethod.PATCH.is(method) || request.getLength() > 0;
    if (!body || request.getLength() == 0) {
      return super.handle(request, response, callback);
    }
    new Reading(request, response, callback).start();
    return true;
  }

  /** Answers before the body is all read (or instead of reading it). */
  static void reject(Response response, Callback callback, int status, String code,
      String message, boolean close) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorBodies.CONTENT_TYPE);
    if (status == 503) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }
    if (close) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    response.write(true, ByteBuffer.wrap(ErrorBodies.json(code, message)), callback);
  }

  /** One body being read: driven by the demand callbacks, one at a time. */
  private final class Reading implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long declared;
    /** Set once: by the reading when it ends, or by the deadline. */
    private final AtomicBoolean decided = new AtomicBoolean();
    private final AtomicLong reserved = new AtomicLong();
    private byte[] buf;
    private int length;
    private long dropped;
    private boolean over;
    private Scheduler.Task deadline;

    Reading(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.declared = request.getLength();
    }

    void start() {
      Request.addCompletionListener(request, failure -> available.addAndGet(reserved.get()));
      if (declared > maxBytes) {
        over = true;
        if (declared > BodyLimitFilter.DRAIN_MAX) {
          decided.set(true);
          tooLarge(true);
          return;
        }
      }
      if (!over) {
        // Grown as bytes arrive: a client that promises much and sends little holds little.
        int initial = (int) Math.min(maxBytes, declared > 0 ? Math.min(declared, 1 << 16)
            : 1 << 14);
        if (!reserve(initial)) {
          decided.set(true);
          busy();
          return;
        }
        buf = new byte[initial];
      }
      deadline = request.getComponents().getScheduler().schedule(this::expire, timeoutMillis,
          TimeUnit.MILLISECONDS);
      run();
    }

    @Override
    public void run() {
      while (!decided.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          if (decide()) {
            callback.failed(chunk.getFailure());
          }
          return;
        }
        ByteBuffer b = chunk.getByteBuffer();
        int n = b.remaining();
        if (!over && length + n > maxBytes) {
          over = true;
          buf = null;
        }
        if (over) {
          dropped += n;
        } else if (n > 0) {
          if (length + n > buf.length) {
            int capacity = (int) Math.min(maxBytes, Math.max(length + n, 2L * buf.length));
            // The memory is budgeted as it is allocated, not as bytes arrive.
            if (!reserve(capacity - buf.length)) {
              chunk.release();
              if (decide()) {
                busy();
              }
              return;
            }
            buf = Arrays.copyOf(buf, capacity);
          }
          b.get(buf, length, n);
          length += n;
        }
        boolean last = chunk.isLast();
        chunk.release();
        if (over && length + dropped > BodyLimitFilter.DRAIN_MAX) {
          if (decide()) {
            tooLarge(true);
          }
          return;
        }
        if (last) {
          if (decide()) {
            if (over) {
              tooLarge(false);
            } else {
              dispatch();
            }
          }
          return;
        }
      }
    }

    /** Takes the decision (true) unless the deadline took it first. */
    private boolean decide() {
      if (!decided.compareAndSet(false, true)) {
        return false;
      }
      if (deadline != null) {
        deadline.cancel();
      }
      return true;
    }

    private boolean reserve(int n) {
      if (available.addAndGet(-n) < 0) {
        available.addAndGet(n);
        return false;
      }
      reserved.addAndGet(n);
      return true;
    }

    private void busy() {
      reject(response, callback, 503, "transient", "FCS-503: the server is busy (too many"
          + " request bodies held at once); retry in " + RETRY_AFTER_SECONDS + " s", true);
    }

    private void expire() {
      if (decided.compareAndSet(false, true)) {
        reject(response, callback, 408, "timeout", "FCS-408: the request body did not arrive"
            + " within " + (timeoutMillis / 1000.0) + " s", true);
      }
    }

    private void tooLarge(boolean close) {
      String message = declared > maxBytes
          ? "FCS-413: request body of " + declared + " bytes is over the limit of " + maxBytes
              + " bytes"
          : "FCS-413: request body is over the limit of " + maxBytes + " bytes";
      reject(response, callback, 413, "too-costly", message, close);
    }

    private void dispatch() {
      Request buffered = new Buffered(request, ByteBuffer.wrap(buf, 0, length));
      try {
        if (!getHandler().handle(buffered, response, callback)) {
          Response.writeError(buffered, response, callback, 404);
        }
      } catch (Throwable t) {
        callback.failed(t);
      }
    }
  }

  /** The request with its body in memory: every read has its answer at once. */
  private static final class Buffered extends Request.Wrapper {
    private final int length;
    private Content.Chunk body;

    Buffered(Request request, ByteBuffer body) {
      super(request);
      this.length = body.remaining();
      this.body = Content.Chunk.from(body, true);
    }

    @Override
    public long getLength() {
      return length;
    }

    @Override
    public Content.Chunk read() {
      Content.Chunk c = body;
      body = Content.Chunk.EOF;
      return c;
    }

    @Override
    public boolean consumeAvailable() {
      body = Content.Chunk.EOF;
      return true;
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run();
    }
  }
}
