package org.facetclaims.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.facetclaims.fhir.FacetClaims;
import org.facetclaims.fhir.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk progress lines as people read them: the share read, the time left, the end at 100 %. */
class BulkProgressTest {
  private static final Pattern PERCENT = Pattern.compile("^(\\d+)%, ");

  @TempDir
  Path dir;

  @Test
  void durationsForPeople() {
    assertThat(BulkRun.duration(0.4)).isEqualTo("0 s");
    assertThat(BulkRun.duration(45)).isEqualTo("45 s");
    assertThat(BulkRun.duration(200)).isEqualTo("3 min 20 s");
    assertThat(BulkRun.duration(7500)).isEqualTo("2 h 05 min");
  }

  /**
   * A real run on a generated file with progress on: the percent only grows, the time left is
   * said while the input is read, and the last line is 100 %. The lines are asked for as often
   * as the run can say them (instead of once a second), so the test does not depend on the
   * machine's speed and asserts no time.
   */
  @Test
  void aRealRunReportsItsPercentUpTo100() throws Exception {
    Path in = dir.resolve("Procedure.ndjson");
    StringWriter err = new StringWriter();
    assertThat(Main.run(new String[] {"generate", "--count", "3000", "--seed", "11", "--output",
        in.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err))).as(
        err.toString()).isZero();
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    BulkSummary s = BulkCoder.builder(FacetClaims.create()).threads(2).progress(lines::add)
        .progressEvery(Duration.ZERO).build().run(in, dir.resolve("out"));
    assertThat(s.lines()).isEqualTo(3000);

    List<Integer> percents = new ArrayList<>();
    for (String line : lines) {
      Matcher m = PERCENT.matcher(line);
      assertThat(m.find()).as(line).isTrue();
      percents.add(Integer.parseInt(m.group(1)));
    }
    assertThat(percents).isSorted();
    assertThat(percents.get(percents.size() - 1)).isEqualTo(100);
    assertThat(percents.stream().distinct().count()).as("distinct percents")
        .isGreaterThan(5);
    assertThat(percents.get(0)).isLessThan(50);
    // every line before the last: the time left at the rate so far; the last: the input read
    assertThat(lines.subList(0, lines.size() - 1))
        .allMatch(l -> l.matches("\\d+%, about \\d+ (s|min \\d+ s) left, [\\d,]+ lines read, "
            + "[\\d,]+ lines/s, [\\d,]+ claims written"));
    assertThat(lines.get(lines.size() - 1)).matches("100%, input read, 3,000 lines read, "
        + "[\\d,]+ lines/s, [\\d,]+ claims written");
  }

  /** A run that said no progress line (short, or quiet) does not end with one either. */
  @Test
  void aShortRunSaysOnlyItsSummary() throws Exception {
    Path in = dir.resolve("few.ndjson");
    Main.run(new String[] {"generate", "--count", "20", "--output", in.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    BulkCoder.builder(FacetClaims.create()).threads(1).progress(lines::add).build()
        .run(in, dir.resolve("few-out"));
    assertThat(lines).isEmpty();
  }
}
