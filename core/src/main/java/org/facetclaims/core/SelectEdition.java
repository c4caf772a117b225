package org.facetclaims.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.Optional;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.codeset.UnitOfService;

/**
 * Step {@link CodingStep#SELECT_EDITION}: the code-set edition of the date of service, or a stop
 * when the date is in the future or before every edition (coding-rules §2). Immutable.
 */
final class SelectEdition {
  private static final int NOT_FIXED = Integer.MIN_VALUE;

  private final CodeSetEditions editions;
  private final Clock clock;
  /** The clock zone's UTC offset in seconds when it never changes, else {@link #NOT_FIXED}. */
  private final int fixedOffsetSeconds;

  SelectEdition(CodeSetEditions editions, Clock clock) {
    this.editions = editions;
    this.clock = clock;
    ZoneRules rules = clock.getZone().getRules();
    this.fixedOffsetSeconds = rules.isFixedOffset()
        ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : NOT_FIXED;
  }

  CodeSetEditions editions() {
    return editions;
  }

  EditionChoice apply(LocalDate date, Findings findings) {
    long latestDay = todayEpochDay() + 1;
    if (date.toEpochDay() > latestDay) {
      LocalDate latest = LocalDate.ofEpochDay(latestDay);
      findings.add(Finding.of(FindingCode.DATE_IN_FUTURE, "Date of service " + date
          + " is after " + latest + "; no lines are coded."));
      return EditionChoice.inFuture(date);
    }
    Optional<CodeSetEdition> e = editions.forDate(date);
    if (e.isEmpty()) {
      findings.add(Finding.of(FindingCode.DATE_BEFORE_EDITIONS, "No code-set edition covers the"
          + " date of service " + date + " (the earliest supported date is "
          + editions.earliestDate() + "); no lines are coded."));
      return EditionChoice.noEdition(date);
    }
    CodeSetEdition edition = e.get();
    if (edition.unit() == UnitOfService.NERVE) {
      findings.add(Finding.of(FindingCode.LEGACY_EDITION, "Date of service " + date
          + " is coded under " + edition.name() + ": one unit per nerve, imaging separately."));
    }
    return EditionChoice.of(date, edition);
  }

  /** Today's date on the clock, as an epoch day, without allocating for fixed-offset zones. */
  private long todayEpochDay() {
    if (fixedOffsetSeconds == NOT_FIXED) {
      return LocalDate.now(clock).toEpochDay();
    }
    return Math.floorDiv(Math.floorDiv(clock.millis(), 1000L) + fixedOffsetSeconds, 86_400L);
  }
}
