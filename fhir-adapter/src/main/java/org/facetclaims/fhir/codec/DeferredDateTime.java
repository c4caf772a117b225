package org.facetclaims.fhir.codec;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * A FHIR {@code dateTime} as {@link FastProcedureDecoder} builds it when
 * {@link PlainDates#plainDate} accepts its text, which HAPI's parser accepts too
 * ({@code PlainDatesTest}). It holds the text; HAPI's
 * parse of that text runs on the first call that needs more than the text.
 *
 * <p>Why: the readers only ask a Procedure's dates for their text, and HAPI's parse builds a
 * {@code GregorianCalendar} and looks up a time zone for every value. In a 100,000-line bulk run
 * that was about 0.25 s of CPU, and the calendar code was the largest library code the C2
 * compiler had to compile (about 5 KB of bytecode of 33 KB; docs/performance.md).
 *
 * <p>Every method of HAPI's {@code PrimitiveType}, {@code BaseDateTimeType} and
 * {@code DateTimeType} that reads or changes the parsed state directly (found with {@code javap}
 * in {@code org.hl7.fhir.r4} 6.7.9) is overridden here to parse first; all their other methods
 * reach that state only through these. {@code DeferredDateTimeTest} checks the list against the
 * model's methods, so a HAPI upgrade that adds one fails the build until it is sorted, and checks
 * that every getter and setter answers as on the {@code DateTimeType} HAPI's parser builds. Like
 * the model, not thread-safe (a decoded Procedure stays on the thread that decoded it).
 */
final class DeferredDateTime extends DateTimeType {
  private static final long serialVersionUID = 1L;

  /** True until the text is parsed (or replaced). */
  private transient boolean deferred;

  /** {@code text} must be accepted by {@code PlainDates.plainDate(text, true, true)}. */
  DeferredDateTime(String text) {
    super.forceStringValue(text);
    deferred = true;
  }

  /** HAPI's own parse of the text, as its parser would have run it, once. */
  private void parseNow() {
    if (deferred) {
      deferred = false;
      super.setValueAsString(getValueAsString());
    }
  }

  /** Serialized as the plain DateTimeType it stands for (it has no no-argument constructor). */
  private Object writeReplace() {
    return copy();
  }

  /** True while the text is not parsed (for tests). */
  boolean isDeferred() {
    return deferred;
  }

  // ---- replacing the value: the text is not needed any more ----

  @Override
  public void setValueAsString(String theValue) {
    deferred = false;
    super.setValueAsString(theValue);
  }

  @Override
  public void fromStringValue(String theValue) {
    deferred = false;
    super.fromStringValue(theValue);
  }

  // ---- reading or changing the parsed state: parse first ----

  /** HAPI keeps the old parsed value when a subclass forces new text: so does this. */
  @Override
  protected void forceStringValue(String value) {
    parseNow();
    super.forceStringValue(value);
  }

  @Override
  public Date getValue() {
    parseNow();
    return super.getValue();
  }

  @Override
  public BaseDateTimeType setValue(Date theValue) {
    parseNow();
    return super.setValue(theValue);
  }

  @Override
  public void setValue(Date theValue, TemporalPrecisionEnum thePrecision) {
    parseNow();
    super.setValue(theValue, thePrecision);
  }

  @Override
  protected void updateStringValue() {
    parseNow();
    super.updateStringValue();
  }

  @Override
  protected String encode(Date theValue) {
    parseNow();
    return super.encode(theValue);
  }

  @Override
  public String getValueAsString(TemporalPrecisionEnum thePrecision) {
    parseNow();
    return super.getValueAsString(thePrecision);
  }

  @Override
  public Long getNanos() {
    parseNow();
    return super.getNanos();
  }

  @Override
  public TemporalPrecisionEnum getPrecision() {
    parseNow();
    return super.getPrecision();
  }

  @Override
  public TimeZone getTimeZone() {
    parseNow();
    return super.getTimeZone();
  }

  @Override
  public boolean isTimeZoneZulu() {
    parseNow();
    return super.isTimeZoneZulu();
  }

  @Override
  public boolean hasTime() {
    parseNow();
    return super.hasTime();
  }

  @Override
  public void setPrecision(TemporalPrecisionEnum thePrecision) {
    parseNow();
    super.setPrecision(thePrecision);
  }

  @Override
  public BaseDateTimeType setTimeZone(TimeZone theTimeZone) {
    parseNow();
    return super.setTimeZone(theTimeZone);
  }

  @Override
  public BaseDateTimeType setTimeZoneZulu(boolean theTimeZoneZulu) {
    parseNow();
    return super.setTimeZoneZulu(theTimeZoneZulu);
  }

  @Override
  public BaseDateTimeType setYear(int theYear) {
    parseNow();
    return super.setYear(theYear);
  }

  @Override
  public BaseDateTimeType setMonth(int theMonth) {
    parseNow();
    return super.setMonth(theMonth);
  }

  @Override
  public BaseDateTimeType setDay(int theDay) {
    parseNow();
    return super.setDay(theDay);
  }

  @Override
  public BaseDateTimeType setHour(int theHour) {
    parseNow();
    return super.setHour(theHour);
  }

  @Override
  public BaseDateTimeType setMinute(int theMinute) {
    parseNow();
    return super.setMinute(theMinute);
  }

  @Override
  public BaseDateTimeType setSecond(int theSecond) {
    parseNow();
    return super.setSecond(theSecond);
  }

  @Override
  public BaseDateTimeType setMillis(int theMillis) {
    parseNow();
    return super.setMillis(theMillis);
  }

  @Override
  public BaseDateTimeType setNanos(long theNanos) {
    parseNow();
    return super.setNanos(theNanos);
  }
}
