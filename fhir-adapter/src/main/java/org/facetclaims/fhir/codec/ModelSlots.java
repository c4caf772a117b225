package org.facetclaims.fhir.codec;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.OidType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.TimeType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.UrlType;
import org.hl7.fhir.r4.model.UuidType;

/**
 * What {@link FastProcedureDecoder} knows of the R4 model: for each model class, the JSON member
 * names it has seen, each with its {@link Slot} (property, type, cardinality), learned from the
 * model's own generated metadata ({@code Base.getNamedProperty}, {@code makeProperty}), not from
 * HAPI's {@code FhirContext}: building the context scans the whole R4 model by reflection (about
 * 0.7 s of CPU, and as much again of JIT compiling the scan), which a bulk run of ordinary lines
 * never needs. Thread-safe; learned once per JVM and shared.
 */
final class ModelSlots {
  private ModelSlots() {}

  /** Primitive types whose every string value HAPI accepts: no need to check a value. */
  private static final Set<Class<?>> ANY_STRING = Set.of(StringType.class, UriType.class,
      UrlType.class, CanonicalType.class, CodeType.class, MarkdownType.class, IdType.class,
      OidType.class, UuidType.class);

  /** The FHIR primitives this decoder reads, by type code (no xhtml: narratives go to HAPI). */
  private static final Map<String, Class<? extends PrimitiveType<?>>> PRIMITIVES = Map.ofEntries(
      Map.entry("boolean", BooleanType.class), Map.entry("integer", IntegerType.class),
      Map.entry("string", StringType.class), Map.entry("decimal", DecimalType.class),
      Map.entry("uri", UriType.class), Map.entry("url", UrlType.class),
      Map.entry("canonical", CanonicalType.class), Map.entry("base64Binary",
          Base64BinaryType.class), Map.entry("instant", InstantType.class),
      Map.entry("date", DateType.class), Map.entry("dateTime", DateTimeType.class),
      Map.entry("time", TimeType.class), Map.entry("code", CodeType.class),
      Map.entry("oid", OidType.class), Map.entry("id", IdType.class),
      Map.entry("markdown", MarkdownType.class), Map.entry("unsignedInt", UnsignedIntType.class),
      Map.entry("positiveInt", PositiveIntType.class), Map.entry("uuid", UuidType.class));

  /**
   * The value types read in an extension ({@code value[x]}, which the model lists as "*"): the
   * primitives and the common data types. An extension with another value type goes to HAPI.
   */
  private static final List<String> EXTENSION_TYPES = List.of("boolean", "integer", "string",
      "decimal", "uri", "url", "canonical", "base64Binary", "instant", "date", "dateTime", "time",
      "code", "oid", "id", "markdown", "unsignedInt", "positiveInt", "uuid", "Address", "Age",
      "Annotation", "Attachment", "CodeableConcept", "Coding", "ContactPoint", "Count", "Distance",
      "Duration", "HumanName", "Identifier", "Money", "Period", "Quantity", "Range", "Ratio",
      "Reference", "Timing");

  /**
   * What this decoder knows of one JSON member name of one model class, learned from the R4
   * model's own generated metadata ({@code Base.getNamedProperty}, {@code makeProperty}), not
   * from HAPI's {@code FhirContext}: building the context scans the whole R4 model by reflection
   * (about 0.7 s of CPU, and as much again of JIT compiling the scan), which a bulk run of
   * ordinary lines never needs.
   */
  static final class Slot {
    /** The model's property name ({@code performed[x]} for {@code performedDateTime}). */
    final String property;
    /**
     * The hash the model's {@code setProperty(int, String, Base)} switches on: of the name without
     * {@code [x]}. That overload is a table switch; {@code setProperty(String, Base)} compares
     * the name with each element's in turn (30 for Procedure), which C2 took 0.15-0.25 s to
     * compile. Both are generated from one template and set the same field.
     */
    final int hash;
    final boolean many;
    final boolean primitive;
    /** The class of a value: the primitive type, the data type or the backbone element. */
    final Class<? extends Base> type;
    /** A code the model binds to a Java enum: the model's setter checks it. */
    final boolean enumerated;
    /** A primitive whose every string value HAPI accepts ({@link #ANY_STRING}). */
    final boolean anyString;
    private final Constructor<? extends Base> constructor;
    /** For an enumerated code: the owner's constructor, to check a code that is not built. */
    private final Constructor<? extends Base> ownerConstructor;
    /**
     * The slots of a value's own members ({@link #SLOTS} of {@link #type}), held here so that
     * reading a member is one map lookup, not a ClassValue lookup as well.
     */
    final Map<String, Slot> members;

    Slot(String property, boolean many, boolean primitive, Class<? extends Base> type,
        Class<? extends Base> enumeratedIn) throws NoSuchMethodException {
      this.property = property;
      this.hash = (property.endsWith("[x]") ? property.substring(0, property.length() - 3)
          : property).hashCode();
      this.many = many;
      this.primitive = primitive;
      this.type = type;
      this.enumerated = enumeratedIn != null;
      this.anyString = primitive && ANY_STRING.contains(type);
      this.constructor = accessible(type);
      this.ownerConstructor = enumerated ? accessible(enumeratedIn) : null;
      this.members = SLOTS.get(type);
    }

    /**
     * A public constructor of a public model class: skipping the per-call access check (which
     * looks up the caller's class on every call) loses no protection.
     */
    private static Constructor<? extends Base> accessible(Class<? extends Base> c)
        throws NoSuchMethodException {
      Constructor<? extends Base> k = c.getConstructor();
      k.setAccessible(true);
      return k;
    }

    Base newValue() throws ReflectiveOperationException {
      Base common = newCommon(type);
      return common != null ? common : constructor.newInstance();
    }

    /** Checks an enumerated code as the model's setter does, on a scratch owner. */
    void checkCode(PrimitiveType<?> code) throws ReflectiveOperationException {
      set(ownerConstructor.newInstance(), code);
    }

    /** Adds a value to this element of {@code owner} (for a single element: sets it). */
    void set(Base owner, Base value) {
      owner.setProperty(hash, property, value);
    }
  }

  /** The types {@link #newCommon} makes without reflection (for its test). */
  static final List<Class<? extends Base>> COMMON_TYPES = List.of(StringType.class,
      CodeType.class, UriType.class, MarkdownType.class, DateTimeType.class,
      CodeableConcept.class, Coding.class, Reference.class, Annotation.class, Extension.class,
      Period.class, Identifier.class, Procedure.ProcedurePerformerComponent.class);

  /**
   * A new value of a type most Procedures hold, made directly; null for other types (made by
   * reflection). Reflection was 6 % of decoding a line, and generates an accessor class per type
   * for the JIT to compile.
   */
  static Base newCommon(Class<?> t) {
    if (t == StringType.class) {
      return new StringType();
    } else if (t == CodeType.class) {
      return new CodeType();
    } else if (t == UriType.class) {
      return new UriType();
    } else if (t == MarkdownType.class) {
      return new MarkdownType();
    } else if (t == DateTimeType.class) {
      return new DateTimeType();
    } else if (t == CodeableConcept.class) {
      return new CodeableConcept();
    } else if (t == Coding.class) {
      return new Coding();
    } else if (t == Reference.class) {
      return new Reference();
    } else if (t == Annotation.class) {
      return new Annotation();
    } else if (t == Extension.class) {
      return new Extension();
    } else if (t == Period.class) {
      return new Period();
    } else if (t == Identifier.class) {
      return new Identifier();
    } else if (t == Procedure.ProcedurePerformerComponent.class) {
      return new Procedure.ProcedurePerformerComponent();
    }
    return null;
  }

  /** Per model class, the slots of the member names seen (known names only: bounded). */
  static final ClassValue<Map<String, Slot>> SLOTS = new ClassValue<>() {
    @Override
    protected Map<String, Slot> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  static final Map<String, Slot> EXTENSION_SLOTS = SLOTS.get(Extension.class);

  /**
   * The slot of member {@code name} of {@code owner}.
   *
   * @throws Fallback when the model has no such member, or one this decoder does not read
   */
  static Slot slot(Class<? extends Base> owner, Map<String, Slot> known, String name)
      throws FastProcedureDecoder.Fallback {
    Slot s = known.get(name);
    if (s == null) {
      s = learn(owner, name);
      if (s == null) {
        throw FastProcedureDecoder.FALLBACK;
      }
      known.put(name, s);
    }
    return s;
  }

  private static Slot learn(Class<? extends Base> owner, String name) {
    try {
      Base scratch = owner.getConstructor().newInstance();
      Property p = scratch.getNamedProperty(name);
      if (p == null) {
        return null;
      }
      String property = p.getName();
      String typeCode;
      boolean choice = property.endsWith("[x]");
      if (choice) {
        // performedDateTime: the base name, then one of the listed types, capitalized.
        String base = property.substring(0, property.length() - 3);
        if (!name.startsWith(base) || name.length() == base.length()) {
          return null;
        }
        String suffix = name.substring(base.length());
        typeCode = null;
        for (String t : "*".equals(p.getTypeCode()) ? EXTENSION_TYPES : types(p.getTypeCode())) {
          if ((Character.toUpperCase(t.charAt(0)) + t.substring(1)).equals(suffix)) {
            typeCode = t;
          }
        }
        if (typeCode == null) {
          return null;
        }
      } else {
        if (!property.equals(name)) {
          return null;
        }
        List<String> t = types(p.getTypeCode());
        typeCode = t.size() == 1 ? t.get(0) : "";
      }
      boolean many = p.getMaxCardinality() != 1;
      Class<? extends PrimitiveType<?>> primitive = PRIMITIVES.get(typeCode);
      if (primitive != null) {
        boolean enumerated = !choice && scratch.makeProperty(property.hashCode(), property)
            instanceof Enumeration;
        return new Slot(property, many, true, primitive, enumerated ? owner : null);
      }
      if (choice) {
        Class<?> c = Class.forName("org.hl7.fhir.r4.model." + typeCode);
        if (!Type.class.isAssignableFrom(c) || PrimitiveType.class.isAssignableFrom(c)
            || java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
          return null;
        }
        return new Slot(property, many, false, c.asSubclass(Base.class), null);
      }
      // A data type or backbone element: the class the model itself makes for it.
      Base made = scratch.makeProperty(property.hashCode(), property);
      if (made == null || made instanceof PrimitiveType || made instanceof Resource
          || !(made instanceof Element)) {
        return null;
      }
      return new Slot(property, many, false, made.getClass(), null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // FHIRException for what the model does not make: HAPI decides
    }
  }

  /** {@code dateTime|Period} or {@code Reference(Patient|Group)} as a list of type codes. */
  private static List<String> types(String typeCode) {
    StringBuilder plain = new StringBuilder(typeCode.length());
    int depth = 0;
    for (int i = 0; i < typeCode.length(); i++) {
      char c = typeCode.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0) {
        plain.append(c);
      }
    }
    List<String> out = new ArrayList<>(4);
    for (String t : plain.toString().split("\\|")) {
      if (!t.isBlank()) {
        out.add(t.strip());
      }
    }
    return out;
  }
}
