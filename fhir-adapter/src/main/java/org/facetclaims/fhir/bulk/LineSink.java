package org.facetclaims.fhir.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.facetclaims.fhir.codec.JsonBytes;

/**
 * Where one output file's lines go: batches are made and filled on pool threads and written, in
 * order, on the reading thread.
 */
abstract class LineSink {
  /** An empty batch for this sink (any thread). */
  abstract LineBatch newBatch();

  /** Writes a batch (the reading thread). */
  abstract void write(LineBatch batch) throws IOException;

  abstract void flush() throws IOException;

  /** A stream that may still be opening. */
  interface Stream {
    OutputStream get() throws IOException;
  }

  /** Lines as UTF-8 bytes to a stream (not closed here). */
  static LineSink of(Stream stream) {
    return new Utf8Sink(stream);
  }

  /** Lines as text to a Writer (not closed here). */
  static LineSink of(Writer writer) {
    return new TextSink(writer);
  }

  private static final class Utf8Sink extends LineSink {
    private final Stream stream;
    /**
     * Batch buffers this sink has written, for the coding threads to fill again: a run holds
     * about two per batch in flight instead of allocating a byte[] for every line.
     */
    private final ConcurrentLinkedQueue<JsonBytes> buffers = new ConcurrentLinkedQueue<>();

    Utf8Sink(Stream stream) {
      this.stream = stream;
    }

    @Override
    LineBatch newBatch() {
      JsonBytes b = buffers.poll();
      return LineBatch.utf8(b != null ? b : new JsonBytes(BulkRun.CHUNK * 4096));
    }

    @Override
    void write(LineBatch batch) throws IOException {
      JsonBytes b = batch.bytes();
      b.writeTo(stream.get()); // a batch is larger than the stream's buffer: written, not copied
      if (b.capacity() <= 1 << 20) { // an odd batch past 1 MiB is not kept: memory stays flat
        buffers.offer(b);
      }
    }

    @Override
    void flush() throws IOException {
      stream.get().flush();
    }
  }

  private static final class TextSink extends LineSink {
    private final Writer writer;

    TextSink(Writer writer) {
      this.writer = writer;
    }

    @Override
    LineBatch newBatch() {
      return LineBatch.text();
    }

    @Override
    void write(LineBatch batch) throws IOException {
      writer.append(batch.textLines());
    }

    @Override
    void flush() throws IOException {
      writer.flush();
    }
  }
}
