package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never exits 0 on output it could not write, and says why with an id. */
class OutputErrorsTest {
  static final String EXAMPLE = Path.of("..", "examples", "ex1-text-sites.json").toString();

  @TempDir
  Path dir;

  /** A stream like a full disk: every write fails. */
  static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void codeWithAnUnwritableOutputExits4() {
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"code", EXAMPLE},
        new PrintWriter(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8)),
        new PrintWriter(err, true));
    assertThat(exit).isEqualTo(Main.EXIT_OUTPUT);
    assertThat(err.toString().strip()).startsWith("facet-claims: FCO-002")
        .doesNotContain("Exception");
  }

  @Test
  void codeWithAWritableOutputStillExits0() {
    StringWriter out = new StringWriter();
    int exit = Main.run(new String[] {"code", EXAMPLE}, new PrintWriter(out),
        new PrintWriter(new StringWriter(), true));
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("\"Claim\"");
  }

  static int bulk(StringWriter err, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "bulk";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.run(all, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
  }

  @Test
  void bulkRefusesToOverwriteItsInputWithExit4() throws IOException {
    Path in = dir.resolve("Claim.ndjson");
    StringWriter lines = new StringWriter();
    SyntheticProcedures.write(lines, 5, 1, 1);
    Files.writeString(in, lines.toString());
    StringWriter err = new StringWriter();
    int exit = bulk(err, "--input", in.toString(), "--output", dir.toString(), "--quiet");
    assertThat(exit).isEqualTo(Main.EXIT_OUTPUT);
    assertThat(err.toString()).contains("FCO-001");
    assertThat(Files.readString(in)).isEqualTo(lines.toString());
  }

  @Test
  void bulkOutputModeIsAsked() throws IOException {
    Path in = dir.resolve("in.ndjson");
    StringWriter lines = new StringWriter();
    SyntheticProcedures.write(lines, 5, 1, 1);
    Files.writeString(in, lines.toString());
    StringWriter err = new StringWriter();
    assertThat(bulk(err, "--input", in.toString(), "--output", dir.resolve("o").toString(),
        "--quiet", "--output-mode", "640")).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
        dir.resolve("o").resolve("Claim.ndjson")))).isEqualTo("rw-r-----");
    StringWriter bad = new StringWriter();
    assertThat(bulk(bad, "--input", in.toString(), "--output", dir.resolve("p").toString(),
        "--output-mode", "rw")).isEqualTo(Main.EXIT_UNREADABLE);
    assertThat(bad.toString()).contains("--output-mode takes octal permissions");
  }
}
