package org.facetclaims.fhir.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.facetclaims.core.coverage.FunctionalImprovement;
import org.facetclaims.core.coverage.FunctionalScale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/**
 * The functional-improvement prong of the 2024 repeat-RF rule, read from what the record says
 * about an earlier RF session: scores on a functional scale in Observations that refer to the
 * session (a baseline dated on or before it, a follow-up after it), else a statement in its
 * notes or Observations ("able to perform ADLs", "activities of daily living improved",
 * "compared with baseline on the same scale", "ODI improved from 46 to 22": a statement naming
 * one scale compares on that scale). The scale is recognised by the Observation's name
 * ({@code code.text} and coding displays): Oswestry / ODI, Neck Disability Index / NDI,
 * Roland-Morris / RMDQ, PROMIS Physical Function. Not thread-safe state: one instance per RF
 * session read.
 */
final class FunctionalReader {
  /** A named scale: a statement about it compares scores on that one scale. */
  private static final Pattern SCALE = Pattern.compile(
      "\\b(odi|oswestry|ndi|neck disability index|roland[- ]morris|rmdq|promis)\\b");
  private static final Pattern FUNCTION = Pattern.compile(
      "\\b(adls?|activities of daily living|daily activities|function(al)?|"
          + "previously painful movements|mobility|odi|oswestry|ndi|neck disability index"
          + "|roland[- ]morris|rmdq|promis)\\b");
  private static final Pattern IMPROVED = Pattern.compile(
      "\\b(improv\\w*|better|able to|regained|resumed|increased)\\b");
  /** "not improved", "no improvement", "unable to": not "able to walk without pain". */
  private static final Pattern NEGATED = Pattern.compile(
      "\\b(not|unable|unchanged|worse|worsened|never|denies)\\b"
          + "|\\b(no|without) (improvement|change|functional)\\b");
  private static final Pattern SAME_SCALE = Pattern.compile(
      "\\bsame (scale|instrument|questionnaire|measure|odi|oswestry|ndi|roland[- ]morris|rmdq"
          + "|promis)\\b");

  /** One score on a scale, with its date. */
  private record Score(FunctionalScale scale, double value, LocalDate date, String where) {}

  private final LocalDate sessionDate;
  private final List<Score> scores = new ArrayList<>(2);
  private String statement;
  private boolean statementImproved;
  private boolean statementSameScale;

  FunctionalReader(LocalDate sessionDate) {
    this.sessionDate = sessionDate;
  }

  /** LOINC's code system. */
  static final String LOINC = "http://loinc.org";

  /**
   * LOINC codes of the scales' total scores, each confirmed on loinc.org: 97909-6 "Oswestry
   * disability index score ODI" (https://loinc.org/97909-6, reported as a percent). The codes
   * for the Neck Disability Index, Roland-Morris and PROMIS Physical Function scores could not
   * be confirmed from loinc.org and are not listed: those are read by name only.
   */
  static final Map<String, FunctionalScale> LOINC_SCALES = Map.of("97909-6",
      FunctionalScale.ODI);

  /**
   * The scale an Observation's code names, if any: a LOINC coding of a listed score first, then
   * the name ({@code text}, coding displays).
   */
  static Optional<FunctionalScale> scaleOf(CodeableConcept code) {
    for (Coding c : code.getCoding()) {
      if (LOINC.equals(c.getSystem()) && c.getCode() != null) {
        FunctionalScale byCode = LOINC_SCALES.get(c.getCode().strip());
        if (byCode != null) {
          return Optional.of(byCode);
        }
      }
    }
    return FunctionalScale.namedIn(HistoryReader.conceptText(code));
  }

  /** Reads an Observation that refers to the session; true when it was a functional score. */
  boolean observation(Observation o, String path) {
    Optional<FunctionalScale> scale = scaleOf(o.getCode());
    if (scale.isEmpty()) {
      return false;
    }
    Double v = null;
    String where = path;
    if (o.hasValueQuantity() && o.getValueQuantity().hasValue()) {
      v = o.getValueQuantity().getValue().doubleValue();
      where = path + ".valueQuantity";
    } else if (o.hasValueIntegerType() && o.getValueIntegerType().getValue() != null) {
      v = o.getValueIntegerType().getValue().doubleValue();
      where = path + ".valueInteger";
    }
    LocalDate date = effective(o);
    if (v != null && date != null) {
      scores.add(new Score(scale.get(), v, date, where));
    }
    return true;
  }

  /** Reads a text of the session (a note, an Observation's text) for a statement. */
  void text(String text) {
    if (text == null || text.isBlank() || statement != null && statementImproved) {
      return;
    }
    for (String clause : ReliefGrammar.clauses(text)) {
      String c = clause.toLowerCase(Locale.ROOT);
      Matcher f = FUNCTION.matcher(c);
      if (!f.find() || !IMPROVED.matcher(c).find()) {
        continue;
      }
      boolean improved = !NEGATED.matcher(c).find();
      boolean same = SAME_SCALE.matcher(c).find() || SCALE.matcher(c).find();
      if (statement == null || improved && !statementImproved) {
        String shown = clause.strip();
        statement = shown.length() > 120 ? shown.substring(0, 120) + "..." : shown;
        statementImproved = improved;
        statementSameScale = same;
      }
    }
    if (statement != null && !statementSameScale
        && SAME_SCALE.matcher(text.toLowerCase(Locale.ROOT)).find()) {
      statementSameScale = true;
    }
  }

  /**
   * What was read: scores give a measurement (the latest baseline on or before the session and
   * the latest follow-up after it); else the statement; else nothing.
   */
  Optional<FunctionalImprovement> result() {
    Score baseline = null;
    Score followUp = null;
    for (Score s : scores) {
      if (!s.date().isAfter(sessionDate)) {
        if (baseline == null || s.date().isAfter(baseline.date())) {
          baseline = s;
        }
      } else if (followUp == null || s.date().isAfter(followUp.date())) {
        followUp = s;
      }
    }
    if (baseline != null && followUp != null) {
      return Optional.of(FunctionalImprovement.measured(baseline.scale(), baseline.value(),
          followUp.scale(), followUp.value()));
    }
    if (statement != null) {
      return Optional.of(FunctionalImprovement.documented(statementImproved, statementSameScale,
          statement));
    }
    return Optional.empty();
  }

  private static LocalDate effective(Observation o) {
    String raw = null;
    if (o.hasEffectiveDateTimeType()) {
      raw = o.getEffectiveDateTimeType().getValueAsString();
    } else if (o.hasEffectivePeriod() && o.getEffectivePeriod().hasStart()) {
      raw = o.getEffectivePeriod().getStartElement().getValueAsString();
    } else if (o.hasIssued()) {
      raw = o.getIssuedElement().getValueAsString();
    }
    return HistoryReader.day(raw);
  }
}
