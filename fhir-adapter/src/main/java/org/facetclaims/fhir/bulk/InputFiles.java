package org.facetclaims.fhir.bulk;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.facetclaims.fhir.InputException;

/**
 * The input file of a bulk run: plain NDJSON, or gzip-compressed when its name ends in
 * {@code .gz} (as Bulk Data servers and archives often deliver it). Corrupt or cut gzip data
 * is an {@link InputException} (FCA-011) naming the last line read, not an unexplained failure.
 */
final class InputFiles {
  private InputFiles() {}

  /** Whether the file is read as gzip: its name ends in {@code .gz}. */
  static boolean gzip(Path input) {
    Path name = input.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The file's bytes, decompressed when {@link #gzip}. */
  static InputStream open(Path input) throws IOException {
    return open(Files.newInputStream(input), input);
  }

  /** {@code in}, the bytes of {@code input}, decompressed when the name ends in .gz. */
  static InputStream open(InputStream in, Path input) throws IOException {
    if (!gzip(input)) {
      return in;
    }
    try {
      return new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16);
    } catch (ZipException | EOFException e) {
      in.close();
      throw new InputException(InputException.Kind.UNREADABLE, input.getFileName()
          + " is named .gz but is not gzip data");
    }
  }

  /** The lines, with corrupt gzip data reported with the number of the last line read. */
  static BulkRun.LineSource numbered(NdjsonLines lines, Path input) {
    if (!gzip(input)) {
      return lines::next;
    }
    long[] read = {0};
    return () -> {
      try {
        NdjsonLine l = lines.next();
        read[0]++;
        return l;
      } catch (ZipException | EOFException e) {
        throw new InputException(InputException.Kind.UNREADABLE, "the gzip data of "
            + input.getFileName() + " is corrupt or cut after line " + read[0]);
      }
    };
  }
}
