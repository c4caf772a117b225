package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class-data-sharing archive the package step makes ({@code target/facet-claims.jsa}) is
 * usable with the jar it was made for ({@code -Xshare:on} fails the JVM otherwise), changes no
 * output, and with the documented logging options a stale archive never writes to standard
 * output (where {@code code} writes its Bundle).
 */
class ClassDataSharingIT {
  private static final Path ARCHIVE = Path.of("target", "facet-claims.jsa").toAbsolutePath();
  private static final String EXAMPLE = "examples/ex6-bundle-one-session.json";

  private static String withoutCreated(String json) {
    return json.replaceAll("\"created\": \"[^\"]*\"", "\"created\": \"\"");
  }

  @Test
  void theArchiveIsUsedAndChangesNothing() throws Exception {
    JarProcess plain = JarProcess.run(null, 120, "code", EXAMPLE);
    JarProcess shared = JarProcess.run(List.of("-Xshare:on",
        "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:disable", "-Xlog:all=warning:stderr"),
        null, 120, "code", EXAMPLE);
    assertThat(plain.exit).as(plain.err).isZero();
    assertThat(shared.exit).as(shared.err).isZero();
    assertThat(shared.err).isEmpty();
    assertThat(withoutCreated(shared.out)).isEqualTo(withoutCreated(plain.out))
        .contains("\"code\": \"64635\"");
  }

  @Test
  void anArchiveThatDoesNotFitIsAWarningOnStandardErrorOnly() throws Exception {
    // Another JVM's, or another jar's: here a file that is no archive at all.
    Path notAnArchive = Path.of("..", EXAMPLE).toAbsolutePath();
    JarProcess r = JarProcess.run(List.of("-XX:SharedArchiveFile=" + notAnArchive,
        "-Xlog:disable", "-Xlog:all=warning:stderr"), null, 120, "code", EXAMPLE);
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).startsWith("{");
  }
}
