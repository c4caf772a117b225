package org.facetclaims.core.docs;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the generated documentation in step with the code. Fails when a committed page under
 * {@code docs/} differs from what {@link ReferencePages} generates, or a file in
 * {@code docs/snippets/} is no longer generated; with {@code -Ddocs.update=true} it rewrites the
 * pages (and removes such files) instead.
 */
class GeneratedDocsTest {
  /** The core module's directory: Maven runs the tests there and also passes it as basedir. */
  static Path coreBasedir() {
    return Paths.get(System.getProperty("basedir", "")).toAbsolutePath();
  }

  static Path docsDir() {
    return coreBasedir().resolve("../docs").normalize();
  }

  @Test
  void committedPagesMatchTheCode() throws IOException {
    Map<String, String> pages = ReferencePages.generate(coreBasedir());
    Path docs = docsDir();
    List<String> orphans = orphanSnippets(docs, pages);
    if (Boolean.getBoolean("docs.update")) {
      for (Map.Entry<String, String> e : pages.entrySet()) {
        Path p = docs.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
      for (String orphan : orphans) {
        Files.delete(docs.resolve(orphan));
      }
      return;
    }
    List<String> stale = new ArrayList<>();
    for (String orphan : orphans) {
      stale.add("docs/" + orphan + ": no longer generated (remove it)");
    }
    for (Map.Entry<String, String> e : pages.entrySet()) {
      Path p = docs.resolve(e.getKey());
      if (!Files.exists(p)) {
        stale.add("docs/" + e.getKey() + ": missing");
        continue;
      }
      String committed = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (!committed.equals(e.getValue())) {
        stale.add("docs/" + e.getKey() + ": " + firstDifference(committed, e.getValue()));
      }
    }
    if (!stale.isEmpty()) {
      fail("The generated documentation is out of date with the code; run "
          + ReferencePages.UPDATE_COMMAND + " and commit the pages.\n  "
          + String.join("\n  ", stale));
    }
  }

  /** Files under docs/snippets/ that the generator no longer writes. */
  static List<String> orphanSnippets(Path docs, Map<String, String> pages) throws IOException {
    Path dir = docs.resolve("snippets");
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.map(f -> "snippets/" + f.getFileName()).filter(f -> !pages.containsKey(f)).sorted()
          .forEach(out::add);
    }
    return out;
  }

  static String firstDifference(String committed, String generated) {
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "(end of file)";
      String y = i < b.length ? b[i] : "(end of file)";
      if (!x.equals(y)) {
        return "line " + (i + 1) + " is\n      " + abbreviate(x) + "\n    the code generates\n      "
            + abbreviate(y);
      }
    }
    return "differs";
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }
}
