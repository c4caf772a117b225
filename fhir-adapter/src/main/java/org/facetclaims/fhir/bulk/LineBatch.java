package org.facetclaims.fhir.bulk;

import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.OutcomeDocument;
import org.facetclaims.fhir.codec.JsonBytes;
import org.facetclaims.fhir.codec.JsonRenderer;

/**
 * One batch's lines for one output file, filled on a pool thread and written by the reading
 * thread: UTF-8 bytes for a file (each line rendered straight into the batch's buffer), or text
 * for a {@code Writer} (which must get HAPI's text as it is, also where UTF-8 could not hold it).
 */
final class LineBatch {
  /** The lines as UTF-8, for a file; null for a Writer. */
  private final JsonBytes bytes;
  /** The lines as text, for a Writer; null for a file. */
  private final StringBuilder text;
  /** A Writer's batch: where a line is rendered before it becomes text. */
  private final JsonBytes scratch;

  private LineBatch(JsonBytes bytes, StringBuilder text) {
    this.bytes = bytes;
    this.text = text;
    this.scratch = text == null ? null : new JsonBytes(4096);
  }

  /** A batch of UTF-8 lines in {@code buffer} (cleared). */
  static LineBatch utf8(JsonBytes buffer) {
    buffer.clear();
    return new LineBatch(buffer, null);
  }

  /** A batch of text lines. */
  static LineBatch text() {
    return new LineBatch(null, new StringBuilder(8192));
  }

  /** The UTF-8 lines (a file's batch). */
  JsonBytes bytes() {
    return bytes;
  }

  /** The text lines (a Writer's batch). */
  CharSequence textLines() {
    return text;
  }

  /** Where the lines end now, for {@link #reset}. */
  int mark() {
    return bytes != null ? bytes.length() : text.length();
  }

  /** Forgets the lines added since {@code mark}. */
  void reset(int mark) {
    if (bytes != null) {
      bytes.truncate(mark);
    } else {
      text.setLength(mark);
    }
  }

  /** Adds a line of JSON text (HAPI's). */
  void add(String json) {
    if (bytes != null) {
      bytes.text(json).raw('\n');
    } else {
      text.append(json).append('\n');
    }
  }

  /** Adds the Claim's line as the renderer writes it; false, nothing added, when it declines. */
  boolean add(JsonRenderer renderer, ClaimDocument claim) {
    if (bytes != null) {
      return renderer.appendClaim(claim, bytes);
    }
    scratch.clear();
    return renderer.appendClaim(claim, scratch) && appendScratch();
  }

  /** Adds the outcome's line as the renderer writes it; false, nothing added, on a decline. */
  boolean add(JsonRenderer renderer, OutcomeDocument outcome) {
    if (bytes != null) {
      return renderer.appendOutcome(outcome, bytes);
    }
    scratch.clear();
    return renderer.appendOutcome(outcome, scratch) && appendScratch();
  }

  private boolean appendScratch() {
    text.append(scratch.toString()); // the renderer declines text UTF-8 cannot hold
    return true;
  }
}
