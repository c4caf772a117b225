package org.facetclaims.fhir.bulk;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;

/**
 * The output files of a bulk run, written so that they cannot lie: each is written to a new
 * hidden file in the output folder ({@code .Claim.ndjson.<random>.part}), created exclusively
 * (an existing file or symbolic link of that name is never opened, so no link is followed) with
 * the given permissions (owner read and write only by default: the output is patient data), and
 * renamed over the final name only by {@link #commit()}, after the whole run was written and
 * flushed. A run that fails or is killed leaves the previous output as it was (and, when killed,
 * a {@code .part} file that no reader takes for the output). A rename replaces a symbolic link at
 * the final name; it never writes through it. The files are not synced to the disk (that would
 * cost seconds on a large run): a rename is safe against a killed process, not a power cut.
 *
 * <p>Write failures (a full disk, a closed pipe) are thrown as {@link OutputException} naming the
 * file and the system's reason.
 */
final class OutputFiles implements Closeable {
  /** Owner read and write: the default mode of the output files. */
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final Part claims;
  private final Part outcomes;
  private boolean committed;

  /**
   * Creates the two hidden files.
   *
   * @param permissions the files' permissions (POSIX file systems; ignored on others)
   * @param gzip compress both (the names should end in {@code .gz})
   * @throws OutputException when a file cannot be created
   */
  OutputFiles(Path claims, Path outcomes, Set<PosixFilePermission> permissions, boolean gzip)
      throws IOException {
    this.claims = new Part(claims, permissions, gzip);
    try {
      this.outcomes = new Part(outcomes, permissions, gzip);
    } catch (IOException | RuntimeException e) {
      this.claims.discard();
      throw e;
    }
  }

  /** The Claims' lines. */
  LineSink claims() {
    return LineSink.of(() -> claims.out);
  }

  /** The OperationOutcomes' lines. */
  LineSink outcomes() {
    return LineSink.of(() -> outcomes.out);
  }

  /**
   * Finishes both files (flushed, closed) and renames them into place, the outcomes
   * first, so that a Claim.ndjson of this run never stands beside the outcomes of another.
   *
   * @throws OutputException when a file cannot be finished or renamed (the previous output is
   *     then still in place, unless the claims' rename itself failed after the outcomes')
   */
  void commit() throws IOException {
    claims.finish();
    outcomes.finish();
    outcomes.rename();
    claims.rename();
    committed = true;
  }

  /** Without {@link #commit()}: closes and deletes the hidden files. */
  @Override
  public void close() {
    if (!committed) {
      claims.discard();
      outcomes.discard();
    }
  }

  /** One output file being written. */
  private static final class Part {
    final Path target;
    final Path temp;
    final FileChannel channel;
    final OutputStream out;
    final GZIPOutputStream gzip;

    Part(Path target, Set<PosixFilePermission> permissions, boolean gzip) throws IOException {
      this.target = target;
      Path dir = target.toAbsolutePath().getParent();
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new OutputException(OutputException.Kind.NOT_CREATED, target + ": a folder of"
            + " that name is in the way", null);
      }
      boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
      FileChannel c = null;
      Path t = null;
      for (int attempt = 0; c == null; attempt++) {
        t = dir.resolve("." + target.getFileName() + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
        try {
          Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          c = posix ? FileChannel.open(t, options, PosixFilePermissions.asFileAttribute(
              permissions)) : FileChannel.open(t, options, new FileAttribute<?>[0]);
        } catch (FileAlreadyExistsException e) {
          if (attempt > 8) {
            throw new OutputException(OutputException.Kind.NOT_CREATED, target + ": "
                + OutputException.reason(e), e);
          }
        } catch (IOException e) {
          throw new OutputException(OutputException.Kind.NOT_CREATED, target + ": "
              + OutputException.reason(e), e);
        }
      }
      this.temp = t;
      this.channel = c;
      try {
        if (posix) {
          // The mode asked for, whatever the umask took from it at creation.
          Files.setPosixFilePermissions(t, permissions);
        }
        OutputStream s = new BufferedOutputStream(Channels.newOutputStream(c), 1 << 16);
        this.gzip = gzip ? new GZIPOutputStream(s, 1 << 16) : null;
        this.out = new Reporting(this.gzip != null ? this.gzip : s, target);
      } catch (IOException e) {
        discard();
        throw new OutputException(OutputException.Kind.NOT_CREATED, target + ": "
            + OutputException.reason(e), e);
      } catch (RuntimeException e) {
        discard();
        throw e;
      }
    }

    void finish() throws IOException {
      try {
        if (gzip != null) {
          gzip.finish();
        }
        out.flush();
        channel.close();
      } catch (OutputException e) {
        throw e;
      } catch (IOException e) {
        throw new OutputException(OutputException.Kind.WRITE_FAILED, target + ": "
            + OutputException.reason(e), e);
      }
    }

    void rename() throws IOException {
      try {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new OutputException(OutputException.Kind.WRITE_FAILED, target + ": "
            + OutputException.reason(e), e);
      }
    }

    /** Closes and deletes the hidden file; never throws (a failure is being reported). */
    void discard() {
      try {
        channel.close();
      } catch (IOException | RuntimeException | Error e) {
        // already failing
      }
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException e) {
        // already failing
      }
    }
  }

  /** Turns a write's IOException into an {@link OutputException} naming the file. */
  private static final class Reporting extends OutputStream {
    private final OutputStream out;
    private final Path target;

    Reporting(OutputStream out, Path target) {
      this.out = out;
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    private OutputException failed(IOException e) {
      return e instanceof OutputException o ? o : new OutputException(
          OutputException.Kind.WRITE_FAILED, target + ": " + OutputException.reason(e), e);
    }
  }
}
