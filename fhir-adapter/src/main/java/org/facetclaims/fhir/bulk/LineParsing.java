package org.facetclaims.fhir.bulk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.InputLimits;
import org.facetclaims.fhir.codec.FastProcedureDecoder;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ResourceIndex;
import org.facetclaims.fhir.read.SafeParser;
import org.facetclaims.fhir.read.ServiceContextReader;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Procedure;

/**
 * Parses and reads a chunk of lines, on a pool thread: an ordinary Procedure line with the fast
 * decoder, every other line (and every line with the fast path off) with SafeParser, which
 * refuses what is not readable with its usual message; then the reader. Thread-safe.
 */
final class LineParsing {
  /** Null when HAPI parses every line. */
  private final FastProcedureDecoder decoder;
  private final SafeParser parser;
  private final ProcedureReader reader;
  private final InputLimits limits;
  /** A stopped Procedure is read as discontinued ({@code InputCoding.readsStopped}). */
  private final boolean readStopped;
  /** Read each codable Procedure's service context (the coverage checks or a facility claim). */
  private final boolean service;

  LineParsing(FastProcedureDecoder decoder, SafeParser parser, ProcedureReader reader,
      InputLimits limits, boolean readStopped, boolean service) {
    this.readStopped = readStopped;
    this.decoder = decoder;
    this.parser = parser;
    this.reader = reader;
    this.limits = limits;
    this.service = service;
  }

  /** The readings of the lines of {@code chunk}, numbered from {@code firstLine}; no blanks. */
  List<Units.LineResult> parse(List<NdjsonLine> chunk, long firstLine) {
    List<Units.LineResult> out = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      NdjsonLine line = chunk.get(i);
      if (!line.isBlank()) {
        out.add(read(line, firstLine + i));
      }
    }
    return out;
  }

  private Units.LineResult read(NdjsonLine line, long n) {
    try {
      IBaseResource r = parse(line);
      if (r instanceof Procedure p) {
        ResourceIndex index = new ResourceIndex(p, limits.maxResources());
        ReadProcedure rp = reader.read(p, "Procedure", index, readStopped);
        if (service && rp.codable()) {
          // As code reads a lone Procedure: its contained Location, Encounter, Claim...
          rp = rp.withService(ServiceContextReader.ofProcedure(p, "Procedure", index));
        }
        String label = (p.getIdElement().hasIdPart() ? "Procedure/"
            + p.getIdElement().getIdPart() + " " : "") + "(line " + n + ")";
        return new Units.ProcedureLine(n, rp.withLabel(label));
      }
      return new Units.BundleLine(n, r);
    } catch (InputException e) {
      return new Units.MalformedLine(n, e.getMessage());
    } catch (RuntimeException e) {
      return new Units.MalformedLine(n, "unreadable (" + e.getClass().getSimpleName() + ")");
    } catch (StackOverflowError | OutOfMemoryError e) {
      // One line that exhausts the stack or the heap (the element limit set too high for the
      // heap) is that line's finding; what it allocated is garbage now, and the run goes on.
      return new Units.MalformedLine(n, new InputException(InputException.Kind.OUT_OF_MEMORY,
          e instanceof StackOverflowError ? "the stack" : "the heap").getMessage());
    }
  }

  /**
   * The fast decoder for an ordinary Procedure line; SafeParser (HAPI) for everything else. Both
   * give the same result (see {@link FastProcedureDecoder}).
   *
   * @throws InputException when SafeParser refuses the line
   */
  private IBaseResource parse(NdjsonLine line) {
    if (line instanceof NdjsonLine.Utf8 u) {
      if (decoder != null) {
        try {
          return decoder.decode(u.bytes());
        } catch (FastProcedureDecoder.Fallback e) {
          // outside its subset: HAPI decides
        }
      }
      return parser.parse(u.bytes());
    }
    if (line instanceof NdjsonLine.Text t) {
      if (decoder != null) {
        try {
          return decoder.decode(t.text());
        } catch (FastProcedureDecoder.Fallback e) {
          // outside its subset: HAPI decides
        }
      }
      return parser.parse(t.text().getBytes(StandardCharsets.UTF_8));
    }
    return parser.parse(((NdjsonLine.Refused) line).bytes());
  }
}
