package org.facetclaims.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;

/** Shared test fixtures: an engine on a fixed clock, standard dates, small helpers. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final FacetCodingEngine ENGINE = FacetCodingEngine.builder().clock(CLOCK).build();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final LocalDate CURRENT = LocalDate.of(2026, 2, 2);
  static final LocalDate LEGACY = LocalDate.of(2010, 9, 9);

  private Fixtures() {}

  static List<String> lines(CodingResult r) {
    return r.lines().stream().map(ClaimLine::notation).collect(Collectors.toList());
  }

  static List<String> ids(CodingResult r) {
    return r.findings().stream().map(Finding::id).collect(Collectors.toList());
  }

  /** Thermal RF at 80 °C under fluoroscopy. */
  static DocumentedProcedure.Builder rf() {
    return DocumentedProcedure.builder(Technique.thermalRf(80)).imaging(Imaging.FLUOROSCOPY);
  }

  static CodingResult code(LocalDate date, PayerProfile profile, DocumentedProcedure... ps) {
    CodingSession.Builder b = CodingSession.on(date);
    for (DocumentedProcedure p : ps) {
      b.add(p);
    }
    return ENGINE.code(b.build(), profile);
  }
}
