package org.facetclaims.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.cli.SyntheticProcedures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot lie: the bulk files are new files (never through a symbolic link), owner
 * only unless asked, renamed into place only when the run succeeded; the input is never
 * overwritten; gzip in and out.
 */
class BulkOutputFilesTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();

  @TempDir
  Path dir;

  static String synthetic(int count) throws IOException {
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, count, 42, 1);
    return w.toString();
  }

  Path input(int count) throws IOException {
    Path in = dir.resolve("Procedure.ndjson");
    Files.writeString(in, synthetic(count));
    return in;
  }

  static BulkCoder coder() {
    return BulkCoder.builder(FACET).threads(2).build();
  }

  static List<String> leftovers(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
    }
  }

  @Test
  void outputFilesAreOwnerOnlyUnlessAskedOtherwise() throws IOException {
    Path in = input(20);
    Path out = dir.resolve("out");
    coder().run(in, out);
    for (String name : new String[] {"Claim.ndjson", "OperationOutcome.ndjson"}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(name))))
          .as(name).isEqualTo("rw-------");
    }
    BulkCoder.builder(FACET).threads(1)
        .outputPermissions(PosixFilePermissions.fromString("rw-r-----")).build().run(in, out);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
        out.resolve("Claim.ndjson")))).isEqualTo("rw-r-----");
  }

  @Test
  void aSymbolicLinkAtAnOutputNameIsReplacedNotFollowed() throws IOException {
    Path in = input(20);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "precious");
    Files.createSymbolicLink(out.resolve("Claim.ndjson"), victim);
    Files.createSymbolicLink(out.resolve("OperationOutcome.ndjson"), victim);
    coder().run(in, out);
    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(Files.isSymbolicLink(out.resolve("Claim.ndjson"))).isFalse();
    assertThat(Files.isRegularFile(out.resolve("Claim.ndjson"), LinkOption.NOFOLLOW_LINKS))
        .isTrue();
    assertThat(Files.readString(out.resolve("Claim.ndjson"))).contains("\"Claim\"");
  }

  @Test
  void anInputThatIsAnOutputFileIsRefusedAndKept() throws IOException {
    Path out = Files.createDirectories(dir.resolve("d"));
    Path in = out.resolve("Claim.ndjson");
    String text = synthetic(10);
    Files.writeString(in, text);
    assertThatThrownBy(() -> coder().run(in, out)).isInstanceOf(OutputException.class)
        .hasMessageStartingWith("FCO-001")
        .satisfies(e -> assertThat(((OutputException) e).kind())
            .isEqualTo(OutputException.Kind.OVERWRITES_INPUT));
    assertThat(Files.readString(in)).isEqualTo(text);
    // The same file through another name (a link) is the same file.
    Path other = dir.resolve("link.ndjson");
    Files.createSymbolicLink(other, in);
    assertThatThrownBy(() -> coder().run(other, out)).hasMessageStartingWith("FCO-001");
    assertThat(Files.readString(in)).isEqualTo(text);
  }

  @Test
  void aFailedRunLeavesThePreviousOutputAsItWas() throws IOException {
    Path out = dir.resolve("out");
    coder().run(input(30), out);
    String claims = Files.readString(out.resolve("Claim.ndjson"));
    String outcomes = Files.readString(out.resolve("OperationOutcome.ndjson"));
    // A gzip input cut in the middle: the run fails after writing some lines.
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(gz)) {
      z.write(synthetic(3000).getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = gz.toByteArray();
    Path cut = dir.resolve("cut.ndjson.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    assertThatThrownBy(() -> coder().run(cut, out)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("FCA-011").hasMessageContaining("corrupt or cut after line");
    assertThat(Files.readString(out.resolve("Claim.ndjson"))).isEqualTo(claims);
    assertThat(Files.readString(out.resolve("OperationOutcome.ndjson"))).isEqualTo(outcomes);
    assertThat(leftovers(out)).isEmpty();
  }

  @Test
  void gzipInAndOutGiveTheSameLinesAsPlainFiles() throws IOException {
    Path plain = input(200);
    Path plainOut = dir.resolve("plain");
    coder().run(plain, plainOut);
    Path gz = dir.resolve("Procedure.ndjson.gz");
    try (OutputStream z = new GZIPOutputStream(Files.newOutputStream(gz))) {
      z.write(Files.readAllBytes(plain));
    }
    Path gzOut = dir.resolve("gz");
    BulkCoder.builder(FACET).threads(2).gzipOutput(true).build().run(gz, gzOut);
    for (String name : new String[] {"Claim.ndjson", "OperationOutcome.ndjson"}) {
      try (InputStream z = new GZIPInputStream(Files.newInputStream(gzOut.resolve(name + ".gz")))) {
        assertThat(new String(z.readAllBytes(), StandardCharsets.UTF_8)).as(name)
            .isEqualTo(Files.readString(plainOut.resolve(name)));
      }
    }
    assertThat(leftovers(gzOut)).isEmpty();
  }

  @Test
  void aFileNamedGzThatIsNotGzipIsAClearError() throws IOException {
    Path fake = dir.resolve("fake.ndjson.gz");
    Files.writeString(fake, synthetic(3));
    assertThatThrownBy(() -> coder().run(fake, dir.resolve("out")))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-011")
        .hasMessageContaining("not gzip");
  }

  @Test
  void aFolderInTheWayIsAnOutputError() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("Claim.ndjson"));
    assertThatThrownBy(() -> coder().run(input(3), out)).isInstanceOf(OutputException.class)
        .hasMessageStartingWith("FCO-003");
    assertThat(leftovers(out)).isEmpty();
  }
}
