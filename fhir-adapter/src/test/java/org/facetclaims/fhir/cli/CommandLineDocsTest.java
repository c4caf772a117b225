package org.facetclaims.fhir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The option tables of {@code docs/command-line.md} against picocli's model of the jar's
 * commands: each command's section lists every option the command has and no other, so that the
 * docs cannot drift from the jar.
 */
class CommandLineDocsTest {
  static final Path DOC = Path.of("..", "docs", "command-line.md");
  private static final Pattern OPTION = Pattern.compile("--(\\[no-\\])?([a-z][a-z0-9-]*)");

  @ParameterizedTest
  @ValueSource(strings = {"code", "bulk", "serve", "generate", "audit", "generate-claims"})
  void theTablesListEveryOptionOfTheCommand(String command) throws IOException {
    assertThat(documented(command)).as("options in the tables of section `%s`", command)
        .isEqualTo(options(command));
  }

  /** Every command of the jar has its section, so that a new one cannot go undocumented. */
  @Test
  void everyCommandHasASection() throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    assertThat(new CommandLine(new Main()).getSubcommands().keySet())
        .allMatch(c -> lines.contains("## `" + c + "`"));
  }

  /** The options of a command in picocli's model, without --help and --version. */
  static Set<String> options(String command) {
    return options(new CommandLine(new Main()).getSubcommands().get(command));
  }

  /** The options of a command line in picocli's model, without --help and --version. */
  static Set<String> options(CommandLine cl) {
    Set<String> out = new TreeSet<>();
    for (OptionSpec o : cl.getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        out.add(o.longestName());
      }
    }
    return out;
  }

  /**
   * The options named in the first column of the tables in the section {@code ## `command`}
   * (up to the next {@code ## } heading), {@code --[no-]x} read as {@code --x}.
   */
  static Set<String> documented(String command) throws IOException {
    List<String> lines = Files.readAllLines(DOC);
    int start = lines.indexOf("## `" + command + "`");
    assertThat(start).as("section ## `%s` in %s", command, DOC).isNotNegative();
    Set<String> out = new TreeSet<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      String line = lines.get(i);
      if (!line.startsWith("| `-")) {
        continue;
      }
      int end = 1;
      while ((end = line.indexOf('|', end)) > 0 && line.charAt(end - 1) == '\\') {
        end++; // an escaped \| inside the cell
      }
      String first = line.substring(1, end);
      Matcher m = OPTION.matcher(first);
      while (m.find()) {
        out.add("--" + m.group(2));
      }
    }
    return out;
  }
}
