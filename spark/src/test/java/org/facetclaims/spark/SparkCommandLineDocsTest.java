package org.facetclaims.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.facetclaims.spark.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The option table of {@code docs/spark.md} ("On your own machine") against picocli's model of
 * the Spark jar's {@code audit} command: every option and no other, so the docs cannot drift.
 */
class SparkCommandLineDocsTest {
  private static final Path DOC = Path.of("..", "docs", "spark.md");
  private static final Pattern FIRST_CELL = Pattern.compile("^\\| `(--[a-z][a-z0-9-]*)");

  @Test
  void theTableListsEveryOptionOfTheAuditCommand() throws IOException {
    Set<String> model = new TreeSet<>();
    for (OptionSpec o : new CommandLine(new Main()).getSubcommands().get("audit")
        .getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        model.add(o.longestName());
      }
    }
    List<String> lines = Files.readAllLines(DOC);
    int start = lines.indexOf("## On your own machine");
    assertThat(start).isNotNegative();
    Set<String> documented = new TreeSet<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      Matcher m = FIRST_CELL.matcher(lines.get(i));
      if (m.find()) {
        documented.add(m.group(1));
      }
    }
    assertThat(documented).isEqualTo(model);
  }
}
