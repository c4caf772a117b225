package org.facetclaims.fhir.codec;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.facetclaims.fhir.read.ProcedureReader;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.ResourceIndex;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Procedure;
import org.junit.jupiter.api.Test;

/**
 * {@link DeferredDateTime} behaves as the {@code DateTimeType} HAPI's parser builds from the same
 * text, and the bulk path's readers never make it parse.
 */
class DeferredDateTimeTest {
  /** Texts {@code PlainDates.plainDate(text, true, true)} accepts, of every form. */
  private static final List<String> TEXTS = List.of("2026", "2026-02", "2024-02-29",
      "2019-01-25T07:16:00-05:00", "2026-11-01T10:00:00Z", "2026-01-02T03:04:05.678+01:00",
      "2026-02-02T10:00:00.123456789-12:30", "1999-12-31T23:59:59+14:00",
      "2000-02-29T00:00:00.1+05:45");

  /**
   * Methods of HAPI's dateTime classes that touch the parsed state only through methods
   * {@link DeferredDateTime} overrides, or read only the text (checked with javap on
   * org.hl7.fhir.r4 6.7.9: no getfield or putfield of the parsed fields, no call of a private
   * method that has one, no super call of an overridden one).
   */
  private static final Set<String> THROUGH_OVERRIDES = Set.of(
      // PrimitiveType
      "typedCopy()", "equalsDeep(Base)", "equalsShallow(Base)", "hasPrimitiveValue()",
      "hasValue()", "isEmpty()", "isPrimitive()", "hashCode()", "asStringValue()", "fpValue()",
      "getValueAsString()", "primitiveValue()", "toString()", "getTypesForProperty(int,String)",
      "copy()", "makeProperty(int,String)", "setProperty(int,String,Base)",
      "setProperty(String,Base)", "getProperty(int,String,boolean)", "setValue(Object)",
      "readExternal(ObjectInput)", "removeChild(String,Base)", "writeExternal(ObjectOutput)",
      // BaseDateTimeType
      "parse(String)", "setValueAsV3String(String)", "after(DateTimeType)",
      "before(DateTimeType)", "isDateTime()", "isToday()", "getSecondsMilli()",
      "equalsUsingFhirPathRules(BaseDateTimeType)", "getDay()", "getHour()", "getMillis()",
      "getMinute()", "getMonth()", "getSecond()", "getYear()", "toHumanDisplay()",
      "toHumanDisplayLocalTimezone()", "toCalendar()", "getValueAsCalendar()",
      "dateTimeValue()", "add(int,int)",
      // DateTimeType
      "getDefaultPrecisionForDatatype()", "getTzSign()", "getTzHour()", "getTzMin()",
      "fhirType()", "getAsV3()");

  private static String signature(Method m) {
    return m.getName() + "(" + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(",")) + ")";
  }

  /** Public and protected instance methods a subclass could override or inherit. */
  private static List<Method> modelMethods() {
    List<Method> out = new ArrayList<>();
    for (Class<?> c : List.of(PrimitiveType.class, BaseDateTimeType.class, DateTimeType.class)) {
      for (Method m : c.getDeclaredMethods()) {
        int mod = m.getModifiers();
        if (!m.isSynthetic() && !m.isBridge() && !Modifier.isStatic(mod)
            && !Modifier.isAbstract(mod) && (Modifier.isPublic(mod) || Modifier.isProtected(mod))) {
          out.add(m);
        }
      }
    }
    return out;
  }

  @Test
  void everyMethodOfTheModelIsOverriddenOrReachesTheStateThroughOverrides() {
    Set<String> overridden = new TreeSet<>();
    for (Method m : DeferredDateTime.class.getDeclaredMethods()) {
      if (!m.isSynthetic() && !Modifier.isPrivate(m.getModifiers())) {
        overridden.add(signature(m));
      }
    }
    Set<String> unsorted = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    for (Method m : modelMethods()) {
      String s = signature(m);
      seen.add(s);
      assertThat(Modifier.isFinal(m.getModifiers())).as("final %s", s).isFalse();
      if (!overridden.contains(s) && !THROUGH_OVERRIDES.contains(s)) {
        unsorted.add(s);
      }
    }
    // A method HAPI adds must be sorted: override it, or list it once javap shows it is safe.
    assertThat(unsorted).as("methods neither overridden nor listed").isEmpty();
    assertThat(seen).as("listed methods the model no longer has").containsAll(THROUGH_OVERRIDES);
    // No override may be listed as safe as well (the list would hide a removed override).
    assertThat(overridden).doesNotContainAnyElementsOf(THROUGH_OVERRIDES);
  }

  /** What a getter answered, comparable across the two objects. */
  private static Object comparable(Object v) {
    if (v instanceof Calendar) {
      Calendar c = (Calendar) v;
      return c.getClass().getName() + "@" + c.getTimeInMillis() + "@" + zone(c.getTimeZone());
    }
    if (v instanceof PrimitiveType) {
      return ((PrimitiveType<?>) v).fhirType() + "[" + ((PrimitiveType<?>) v).getValueAsString()
          + "]"; // dateTimeValue() is the object itself
    }
    if (v instanceof Object[]) {
      return Arrays.stream((Object[]) v).map(DeferredDateTimeTest::comparable)
          .collect(Collectors.toList());
    }
    return v;
  }

  private static Object call(Method m, Object target) throws IllegalAccessException {
    try {
      return comparable(m.invoke(target));
    } catch (InvocationTargetException e) {
      return "threw " + e.getCause().getClass().getName();
    }
  }

  @Test
  void everyGetterAnswersAsOnHapisOwnDateTimeWhenCalledFirst() throws Exception {
    int compared = 0;
    for (String text : TEXTS) {
      assertThat(PlainDates.plainDate(text, true, true)).as(text).isTrue();
      for (Method m : modelMethods()) {
        if (m.getParameterCount() != 0 || m.getReturnType() == void.class
            || m.getName().equals("toString")) { // toString names the class
          continue;
        }
        m.setAccessible(true);
        Object expected = call(m, new DateTimeType(text));
        DeferredDateTime deferred = new DeferredDateTime(text);
        assertThat(call(m, deferred)).as("%s on %s", signature(m), text).isEqualTo(expected);
        assertThat(deferred.getValueAsString()).isEqualTo(text);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(TEXTS.size() * 30);
  }

  @Test
  void everySetterChangesItAsItChangesHapisOwnDateTime() {
    TimeZone newYork = TimeZone.getTimeZone("America/New_York");
    List<Consumer<BaseDateTimeType>> changes = List.of(
        d -> d.setTimeZone(newYork), d -> d.setTimeZoneZulu(true),
        d -> d.setPrecision(TemporalPrecisionEnum.DAY),
        d -> d.setPrecision(TemporalPrecisionEnum.MILLI), d -> d.setYear(2020),
        d -> d.setMonth(3), d -> d.setDay(5), d -> d.setHour(4), d -> d.setMinute(5),
        d -> d.setSecond(6), d -> d.setMillis(7), d -> d.setNanos(8_000_000L),
        d -> d.add(Calendar.DATE, 1), d -> d.setValue(new Date(86_400_000L)),
        d -> d.setValue(new Date(86_400_000L), TemporalPrecisionEnum.SECOND),
        d -> d.setValueAsString("2020-01-01"), d -> d.fromStringValue("2021-02-03T04:05:06Z"),
        d -> ((PrimitiveType<Date>) d).setValue(new Date(0L)));
    for (String text : TEXTS) {
      for (int i = 0; i < changes.size(); i++) {
        String hapi = afterChange(new DateTimeType(text), changes.get(i));
        DeferredDateTime deferred = new DeferredDateTime(text);
        assertThat(afterChange(deferred, changes.get(i))).as("change %d on %s", i, text)
            .isEqualTo(hapi);
        assertThat(deferred.isDeferred()).isFalse();
      }
    }
  }

  private static String afterChange(BaseDateTimeType d, Consumer<BaseDateTimeType> change) {
    try {
      change.accept(d);
    } catch (RuntimeException e) {
      return "threw " + e.getClass().getName();
    }
    return d.getValueAsString() + " " + d.getValue() + " " + d.getPrecision() + " "
        + zone(d.getTimeZone()) + " " + d.isTimeZoneZulu() + " " + d.getNanos();
  }

  private static String zone(TimeZone z) {
    return z == null ? "no zone" : z.getID() + "/" + z.getRawOffset();
  }

  @Test
  void copiesAndSerializedFormsArePlainDateTimes() throws Exception {
    DeferredDateTime d = new DeferredDateTime("2019-01-25T07:16:00-05:00");
    assertThat(d.copy()).isExactlyInstanceOf(DateTimeType.class);
    assertThat(d.copy().equalsDeep(new DateTimeType("2019-01-25T07:16:00-05:00"))).isTrue();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(d);
    }
    Object back = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();
    assertThat(back).isExactlyInstanceOf(DateTimeType.class);
    assertThat(((DateTimeType) back).getValueAsString()).isEqualTo("2019-01-25T07:16:00-05:00");
  }

  /** The point of it: decoding and reading a bulk line never runs HAPI's date parse. */
  @Test
  void theDecoderBuildsItAndReadingALineLeavesItUnparsed() throws Exception {
    String line = "{\"resourceType\":\"Procedure\",\"id\":\"p1\",\"status\":\"completed\","
        + "\"code\":{\"text\":\"Left L4-L5 radiofrequency ablation of the medial branch"
        + " nerves under fluoroscopic guidance\"},\"subject\":{\"reference\":\"Patient/a\"},"
        + "\"performedDateTime\":\"2019-01-25T07:16:00-05:00\"}";
    String periodLine = line.replace("\"performedDateTime\":\"2019-01-25T07:16:00-05:00\"",
        "\"performedPeriod\":{\"start\":\"2019-01-25T07:16:00-05:00\","
            + "\"end\":\"2019-01-25T08:00:00-05:00\"}");
    for (String l : List.of(line, periodLine)) {
      Procedure p = DecoderCheck.DECODER.decode(l);
      DeferredDateTime d = (DeferredDateTime) (p.hasPerformedPeriod()
          ? p.getPerformedPeriod().getStartElement() : p.getPerformed());
      ReadProcedure r = new ProcedureReader(TestInputs.FACET.textGrammar(),
          TestInputs.FACET.limits(), TestInputs.FACET.engine().editions())
          .read(p, "Procedure", new ResourceIndex(p, 1000));
      assertThat(r.date()).hasToString("2019-01-25");
      assertThat(r.documented()).isNotNull();
      assertThat(d.isDeferred()).as(l).isTrue();
      // And once asked, it holds what HAPI's parser builds.
      Procedure hapi = (Procedure) TestInputs.FACET.parse(
          l.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Base expected = hapi.hasPerformedPeriod() ? hapi.getPerformedPeriod().getStartElement()
          : hapi.getPerformed();
      assertThat(d.getValue()).isEqualTo(((DateTimeType) expected).getValue());
      assertThat(d.getPrecision()).isEqualTo(((DateTimeType) expected).getPrecision());
      assertThat(d.isDeferred()).isFalse();
    }
    // A text plainDate does not accept is parsed by HAPI at once, as before.
    Procedure odd = DecoderCheck.DECODER.decode(
        line.replace("2019-01-25T07:16:00-05:00", "1850-01-25T07:16:00-05:00"));
    assertThat(odd.getPerformed()).isExactlyInstanceOf(DateTimeType.class);
    assertThat(new Period().setStartElement(new DeferredDateTime("2026")).getStart())
        .isEqualTo(new DateTimeType("2026").getValue());
  }
}
