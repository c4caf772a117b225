package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.facetclaims.core.Fixtures.CURRENT;
import static org.facetclaims.core.Fixtures.ENGINE;
import static org.facetclaims.core.Fixtures.TODAY;
import static org.facetclaims.core.Fixtures.code;
import static org.facetclaims.core.Fixtures.ids;
import static org.facetclaims.core.Fixtures.lines;
import static org.facetclaims.core.Fixtures.rf;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the API does with input it cannot code: exceptions for programming errors, findings for content. */
class BadInputTest {
  private static final CodingSession ONE_JOINT =
      CodingSession.of(CURRENT, rf().joint("L4-L5", Laterality.LEFT).build());

  @Test
  void nullSessionOrProfileIsANullPointerExceptionNamingTheArgument() {
    assertThatThrownBy(() -> ENGINE.code(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("session");
    assertThatThrownBy(() -> ENGINE.code(null, PayerProfile.MEDICARE_PHYSICIAN))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("session");
    assertThatThrownBy(() -> ENGINE.code(ONE_JOINT, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("profile");
    assertThatThrownBy(() -> CodingSession.on(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("dateOfService");
    assertThatThrownBy(() -> DocumentedProcedure.builder(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("technique");
    assertThatThrownBy(() -> TreatedSite.joint(null, Laterality.LEFT))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("joint");
    assertThatThrownBy(() -> TreatedSite.joint(FacetJoint.L4_L5, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("laterality");
    assertThatThrownBy(() -> rf().site(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("site");
  }

  @Test
  void emptySessionIsRejected() {
    assertThatThrownBy(() -> CodingSession.on(CURRENT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one documented procedure");
  }

  @Test
  void l5L6IsRejectedNamingL6() {
    assertThatThrownBy(() -> rf().joint("L5-L6", Laterality.LEFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("L6");
  }

  @Test
  void farFutureDateIsAnErrorWithoutLines() {
    CodingResult r = code(LocalDate.of(2099, 1, 1), PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.LEFT).build());
    assertThat(r.lines()).isEmpty();
    assertThat(ids(r)).containsExactly("FC-102");
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.edition()).isEmpty();
    assertThat(r.findings().get(0).message()).contains("2099-01-01");
  }

  @Test
  void tomorrowIsAcceptedTheDayAfterIsNot() {
    // The engine allows "tomorrow" on its clock (time zones), nothing later.
    DocumentedProcedure p = rf().joint("L4-L5", Laterality.LEFT).build();
    assertThat(lines(code(TODAY, PayerProfile.MEDICARE_PHYSICIAN, p)))
        .containsExactly("64635-LT x1");
    assertThat(lines(code(TODAY.plusDays(1), PayerProfile.MEDICARE_PHYSICIAN, p)))
        .containsExactly("64635-LT x1");
    CodingResult later = code(TODAY.plusDays(2), PayerProfile.MEDICARE_PHYSICIAN, p);
    assertThat(later.lines()).isEmpty();
    assertThat(ids(later)).containsExactly("FC-102");
  }

  /** "Today" is the clock's date in the clock's zone, for fixed offsets and region zones alike. */
  @ParameterizedTest(name = "{0} in {1}: {2} codes, {3} is in the future")
  @CsvSource({
      "2026-11-27T23:30:00Z, Z,                2026-11-28, 2026-11-29",
      "2026-11-27T23:30:00Z, +02:00,           2026-11-29, 2026-11-30",
      "2026-11-27T00:30:00Z, -05:00,           2026-11-27, 2026-11-28",
      "2026-11-27T02:00:00Z, America/New_York, 2026-11-27, 2026-11-28",
      "2026-07-01T22:30:00Z, Europe/Berlin,    2026-07-03, 2026-07-04",
      "1969-12-31T23:59:59Z, Z,                1970-01-01, 1970-01-02"})
  void futureIsJudgedInTheClocksZone(java.time.Instant now, java.time.ZoneId zone,
      LocalDate lastAccepted, LocalDate firstRejected) {
    FacetCodingEngine engine = FacetCodingEngine.builder()
        .clock(java.time.Clock.fixed(now, zone)).build();
    DocumentedProcedure p = rf().joint("L4-L5", Laterality.LEFT).build();
    assertThat(ids(engine.code(CodingSession.of(lastAccepted, p))))
        .doesNotContain("FC-102");
    CodingResult rejected = engine.code(CodingSession.of(firstRejected, p));
    assertThat(ids(rejected)).contains("FC-102");
    assertThat(rejected.findings().get(0).message()).contains("after " + lastAccepted);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2006-01-01, FC-101, ''",
      "2006-12-31, FC-101, ''",
      "2007-01-01, FC-103, 64622-LT x1;64623-LT x1;77003 x1",
      "2011-12-31, FC-103, 64622-LT x1;64623-LT x1;77003 x1",
      "2012-01-01, '', 64635-LT x1"})
  void editionBoundaries(LocalDate date, String finding, String expectedLines) {
    CodingResult r = code(date, PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.LEFT).build());
    assertThat(String.join(";", lines(r))).isEqualTo(expectedLines);
    assertThat(String.join(";", ids(r))).isEqualTo(finding);
  }

  @Test
  void before2007NamesTheEarliestDate() {
    CodingResult r = code(LocalDate.of(2006, 6, 1), PayerProfile.MEDICARE_PHYSICIAN,
        rf().joint("L4-L5", Laterality.LEFT).build());
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.findings().get(0).message()).contains("2006-06-01").contains("2007-01-01");
  }

  @Test
  void procedureWithoutSitesIsAnErrorAndOthersStillCode() {
    DocumentedProcedure empty = rf().reference("Procedure/empty").build();
    CodingResult alone = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN, empty);
    assertThat(alone.lines()).isEmpty();
    assertThat(ids(alone)).containsExactly("FC-201");
    Finding f = alone.findings().get(0);
    assertThat(f.element()).contains("Procedure/empty");
    assertThat(f.physicianQuestion()).isPresent();

    CodingResult withOther = code(CURRENT, PayerProfile.MEDICARE_PHYSICIAN, empty,
        rf().joint("L4-L5", Laterality.RIGHT).build());
    assertThat(lines(withOther)).containsExactly("64635-RT x1");
    assertThat(ids(withOther)).containsExactly("FC-201");
    assertThat(withOther.lines().get(0).procedureIndexes()).containsExactly(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {5000, 201, -201, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void implausibleTemperatureIsRejected(int celsius) {
    assertThatThrownBy(() -> Technique.thermalRf().withTemperature(celsius))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Integer.toString(celsius));
    assertThatThrownBy(() -> Technique.thermalRf(celsius))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plausibleTemperatureLimitsAreKept() {
    assertThat(Technique.thermalRf(200).temperatureCelsius()).hasValue(200);
    assertThat(Technique.thermalRf(-200).temperatureCelsius()).hasValue(-200);
    assertThat(Technique.thermalRf().temperatureCelsius()).isEmpty();
  }

  @Test
  void moreThanMaxProceduresIsRejected() {
    CodingSession.Builder b = CodingSession.on(CURRENT);
    for (int i = 0; i < CodingSession.MAX_PROCEDURES; i++) {
      b.add(rf().joint("L4-L5", i % 2 == 0 ? Laterality.LEFT : Laterality.RIGHT).build());
    }
    assertThatThrownBy(() -> b.add(rf().joint("L5-S1", Laterality.LEFT).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Integer.toString(CodingSession.MAX_PROCEDURES));
    // exactly the maximum still codes, and every procedure is traced to the line
    CodingResult r = ENGINE.code(b.build(), PayerProfile.MEDICARE_PHYSICIAN);
    assertThat(lines(r)).containsExactly("64635-50 x1");
    assertThat(r.lines().get(0).procedureIndexes()).containsExactlyElementsOf(
        IntStream.range(0, CodingSession.MAX_PROCEDURES).boxed().collect(Collectors.toList()));
    assertThat(ids(r)).containsOnly("FC-208");
  }

  @Test
  void moreThanMaxSitesIsRejected() {
    DocumentedProcedure.Builder b = rf();
    for (int i = 0; i < DocumentedProcedure.MAX_SITES; i++) {
      b.joint(FacetJoint.L4_L5, Laterality.LEFT);
    }
    assertThatThrownBy(() -> b.joint(FacetJoint.L4_L5, Laterality.LEFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Integer.toString(DocumentedProcedure.MAX_SITES));
  }

  @Test
  void otherBadArguments() {
    assertThatThrownBy(() -> TreatedSite.levels(Laterality.LEFT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OtherClaimLine.of(" ", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> OtherClaimLine.of("64493", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }
}
