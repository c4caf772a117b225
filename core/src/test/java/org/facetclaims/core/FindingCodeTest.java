package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** coding-rules §7: findings have stable, unique identifiers and say what to do. */
class FindingCodeTest {

  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (FindingCode c : FindingCode.values()) {
      assertThat(c.id()).as(c.name()).matches("FC-\\d{3}");
      assertThat(seen.add(c.id())).as("duplicate id " + c.id()).isTrue();
      assertThat(FindingCode.fromId(c.id())).contains(c);
    }
    assertThat(FindingCode.fromId("FC-999")).isEmpty();
    assertThat(FindingCode.fromId(null)).isEmpty();
  }

  @Test
  void everyCodeExplainsItself() {
    for (FindingCode c : FindingCode.values()) {
      assertThat(c.severity()).as(c.id()).isNotNull();
      assertThat(c.title()).as(c.id()).isNotBlank();
      assertThat(c.meaning()).as(c.id()).isNotBlank();
      assertThat(c.action()).as(c.id()).isNotBlank();
      assertThat(c.source()).as(c.id()).isNotBlank();
    }
  }

  @Test
  void theTextsResourceHoldsExactlyTheCodesIdentifiers() {
    Set<String> ids = Arrays.stream(FindingCode.values()).map(FindingCode::id)
        .collect(Collectors.toSet());
    assertThat(FindingTexts.all().keySet()).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void theTextsFormatRefusesWhatItCannotRead() throws Exception {
    String ok = "# c\n[FC-001]\ntitle: T\nmeaning: M\naction: A\nsource: S\n";
    assertThat(parse(ok).get("FC-001").meaning()).isEqualTo("M");
    assertThatThrownBy(() -> parse("[FC-001]\ntitle: T\n"))
        .hasMessageContaining("FC-001 has no meaning");
    assertThatThrownBy(() -> parse(ok + "colour: red\n")).hasMessageContaining("line 7");
    assertThatThrownBy(() -> parse(ok + ok)).hasMessageContaining("FC-001 twice");
    assertThatThrownBy(() -> parse("title: T\n")).hasMessageContaining("line 1");
  }

  private static java.util.Map<String, FindingTexts.Texts> parse(String text) throws Exception {
    return FindingTexts.parse(new StringReader(text));
  }

  @Test
  void idHundredsGroupTheCatalogue() {
    // 1xx dates, 2xx sites, 3xx methods and imaging, 4xx edits, 5xx reading the input
    assertThat(FindingCode.DATE_IN_FUTURE.id()).startsWith("FC-1");
    assertThat(FindingCode.NERVES_COMPLETE_NO_JOINT.id()).startsWith("FC-2");
    assertThat(FindingCode.UNLISTED_CHEMICAL.id()).startsWith("FC-3");
    assertThat(FindingCode.MUE_EXCEEDED.id()).startsWith("FC-4");
    assertThat(FindingCode.MALFORMED_RECORD.id()).startsWith("FC-5");
  }

  @Test
  void findingCarriesItsCodesSeverityAndSource() {
    Finding f = Finding.of(FindingCode.MUE_EXCEEDED, "64636: 5 units").at("Procedure/1")
        .withQuestion("q?");
    assertThat(f.id()).isEqualTo("FC-401");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.source()).isEqualTo(FindingCode.MUE_EXCEEDED.source());
    assertThat(f.withSource("CMS 2026Q1").source()).isEqualTo("CMS 2026Q1");
    assertThat(f.element()).contains("Procedure/1");
    assertThat(f.physicianQuestion()).contains("q?");
    assertThat(f.toString()).startsWith("FC-401 warning: 64636: 5 units");
  }
}
