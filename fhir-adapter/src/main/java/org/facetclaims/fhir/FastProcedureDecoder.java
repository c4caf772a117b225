package org.facetclaims.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BackboneElement;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Base64BinaryType;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.OidType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceFactory;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Substance;
import org.hl7.fhir.r4.model.TimeType;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.UrlType;
import org.hl7.fhir.r4.model.UuidType;

/**
 * Reads one Procedure JSON text (a String, or the UTF-8 bytes of a line read from a file, see
 * {@link Utf8Line}) with Jackson's streaming API straight into a HAPI
 * {@link Procedure} that holds the elements {@link ProcedureReader} reads (status, performed[x],
 * subject, performer, encounter, code, note, usedCode, usedReference, bodySite, extensions,
 * reasonCode, reasonReference, contained resources of the types it resolves, id). The other
 * elements are checked as HAPI checks them (name, JSON shape, primitive value) but not built.
 *
 * <p>It decodes only a strict, ordinary subset of FHIR JSON, driven by the R4 model's own
 * generated metadata (each class's {@code getNamedProperty}, {@code makeProperty} and
 * {@code setProperty}, which name its elements, their types and cardinality) and HAPI's primitive
 * types, so that for that subset HAPI would accept the input too and build the same values. It
 * does not need HAPI's {@code FhirContext}, whose first use scans the whole R4 model by
 * reflection: a bulk run of ordinary lines never pays for that scan.
 *
 * <p>Anything outside the subset (a syntax error, an unknown element, a primitive
 * extension {@code _x}, a number, a null, an array where one value belongs, a narrative, a
 * duplicate key, an odd id, a Bundle...) ends the attempt with {@link Fallback}; the caller then
 * parses with {@link SafeParser}, which accepts or refuses exactly as before. Refusals therefore
 * always come from the same code with the same messages. Thread-safe: its only state is what it
 * has learned of the model, shared by all instances.
 */
final class FastProcedureDecoder {
  /** The input is outside the subset this decoder reads; parse it with HAPI instead. */
  static final class Fallback extends Exception {
    private static final long serialVersionUID = 1L;

    private Fallback() {
      super("outside the fast decoder's subset", null, false, false);
    }
  }

  private static final Fallback FALLBACK = new Fallback();

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(1000).maxStringLength(20_000_000).build())
      .build();

  /** Procedure elements the reader never reads: checked, not built. */
  private static final Set<String> NOT_READ = Set.of("meta", "implicitRules", "language",
      "identifier", "instantiatesCanonical", "instantiatesUri", "basedOn", "partOf",
      "statusReason", "category", "recorder", "asserter", "location", "outcome", "report",
      "complication", "complicationDetail", "followUp", "focalDevice");

  /** Contained resource types the reader resolves; others are kept as empty shells with an id. */
  private static final Set<Class<?>> READ_CONTAINED = Set.of(BodyStructure.class,
      Condition.class, Device.class, Medication.class, Substance.class);

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
  private static final class Slot {
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
  private static final ClassValue<Map<String, Slot>> SLOTS = new ClassValue<>() {
    @Override
    protected Map<String, Slot> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private static final Map<String, Slot> EXTENSION_SLOTS = SLOTS.get(Extension.class);

  private final InputLimits limits;

  FastProcedureDecoder(InputLimits limits) {
    this.limits = limits;
  }

  /**
   * Decodes one Procedure.
   *
   * @throws Fallback when the text is not in the subset read here (including every input that
   *     {@link SafeParser} refuses)
   */
  Procedure decode(String text) throws Fallback {
    // A string longer than the byte limit / 3 may be over it in UTF-8: let SafeParser decide.
    if (text.isEmpty() || text.length() > limits.maxBytes() / 3 || text.charAt(0) != '{') {
      throw FALLBACK;
    }
    checkSurrogates(text);
    try (JsonParser p = JSON.createParser(text)) {
      return procedure(p);
    } catch (IOException | RuntimeException | ReflectiveOperationException e) {
      // Syntax errors, limits, the model refusing a value: SafeParser gives the exact answer.
      throw FALLBACK;
    }
  }

  /**
   * Decodes one Procedure from a line's UTF-8 bytes, with Jackson's byte parser (no
   * {@code char[]} copy of the line; see {@link Utf8Line}). The same subset and the same result
   * as {@link #decode(String)} of the line's text: valid UTF-8 holds no unpaired surrogate, and
   * a line over the byte limit goes to SafeParser as before.
   *
   * @throws Fallback as {@link #decode(String)}
   */
  Procedure decode(Utf8Line line) throws Fallback {
    byte[] utf8 = line.bytes;
    if (utf8.length == 0 || utf8.length > limits.maxBytes() || utf8[0] != '{') {
      throw FALLBACK;
    }
    try (JsonParser p = JSON.createParser(utf8)) {
      return procedure(p);
    } catch (IOException | RuntimeException | ReflectiveOperationException e) {
      throw FALLBACK;
    }
  }

  private Procedure procedure(JsonParser p)
      throws IOException, Fallback, ReflectiveOperationException {
    State s = new State();
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw FALLBACK;
    }
    Procedure proc = (Procedure) resource(p, s, 1, true);
    if (p.nextToken() != null) {
      throw FALLBACK;
    }
    s.resolveLocalReferences(proc);
    return proc;
  }

  /** Per-call state: references built (for contained resolution). */
  private static final class State {
    final List<Reference> references = new ArrayList<>(8);

    void resolveLocalReferences(DomainResource owner) throws Fallback {
      if (!owner.hasContained()) {
        return;
      }
      Map<String, Resource> byId = new HashMap<>();
      for (Resource c : owner.getContained()) {
        if (c.getIdElement().getIdPart() != null
            && byId.put("#" + c.getIdElement().getIdPart(), c) != null) {
          throw FALLBACK; // duplicate contained ids: leave it to HAPI
        }
      }
      // As HAPI does after parsing: a local reference points at its contained resource.
      for (Reference r : references) {
        String ref = r.getReference();
        if (ref != null && ref.length() > 1 && ref.charAt(0) == '#') {
          Resource target = byId.get(ref);
          if (target != null) {
            r.setResource(target);
          }
        }
      }
    }
  }

  /**
   * The slot of member {@code name} of {@code owner}.
   *
   * @throws Fallback when the model has no such member, or one this decoder does not read
   */
  private static Slot slot(Class<? extends Base> owner, Map<String, Slot> known, String name)
      throws Fallback {
    Slot s = known.get(name);
    if (s == null) {
      s = learn(owner, name);
      if (s == null) {
        throw FALLBACK;
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

  /**
   * Reads a resource object (the parser is on its START_OBJECT). Its first member must be
   * {@code resourceType}. Returns null when {@code build} is false.
   */
  private Resource resource(JsonParser p, State s, int depth, boolean top)
      throws IOException, Fallback, ReflectiveOperationException {
    checkDepth(depth);
    if (p.nextToken() != JsonToken.FIELD_NAME || !"resourceType".equals(p.currentName())
        || p.nextToken() != JsonToken.VALUE_STRING) {
      throw FALLBACK;
    }
    String type = p.getText();
    Resource r;
    boolean build;
    if (top) {
      if (!"Procedure".equals(type)) {
        throw FALLBACK; // a Bundle, another resource or an unknown type
      }
      r = new Procedure();
      build = true;
    } else {
      r = ResourceFactory.createResource(type); // unknown type: FHIRException
      if (!r.fhirType().equals(type)) {
        throw FALLBACK;
      }
      build = READ_CONTAINED.contains(r.getClass());
    }
    Class<? extends Base> owner = r.getClass();
    Map<String, Slot> members = SLOTS.get(owner);
    List<String> seen = new ArrayList<>(16);
    boolean seenId = false;
    boolean seenContained = false;
    boolean seenExtension = false;
    boolean seenModifier = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "id":
          if (seenId || t != JsonToken.VALUE_STRING || !validId(p.getText())) {
            throw FALLBACK;
          }
          seenId = true;
          r.setId(top ? new IdType(type, p.getText()) : new IdType(p.getText()));
          break;
        case "contained":
          if (!top || seenContained || t != JsonToken.START_ARRAY) {
            throw FALLBACK;
          }
          seenContained = true;
          checkDepth(depth + 1);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            ((DomainResource) r).addContained(resource(p, s, depth + 2, false));
          }
          expect(p.currentToken(), JsonToken.END_ARRAY);
          break;
        case "modifierExtension":
          // Read by nobody: checked, not built.
          if (seenModifier || t != JsonToken.START_ARRAY || !(r instanceof DomainResource)) {
            throw FALLBACK;
          }
          seenModifier = true;
          extensions(p, s, null, depth + 1);
          break;
        case "extension":
          if (seenExtension || t != JsonToken.START_ARRAY || !(r instanceof DomainResource)) {
            throw FALLBACK;
          }
          seenExtension = true;
          extensions(p, s, build ? r : null, depth + 1);
          break;
        default:
          child(p, s, owner, members, seen, name,
              build && !(top && NOT_READ.contains(name)) ? r : null,
              depth);
      }
    }
    expect(p.currentToken(), JsonToken.END_OBJECT);
    return r;
  }

  /** One member of a composite: the parser is on its value. */
  private void child(JsonParser p, State s, Class<? extends Base> owner,
      Map<String, Slot> members, List<String> seen,
      String name, Base target, int depth)
      throws IOException, Fallback, ReflectiveOperationException {
    if (name.isEmpty() || name.charAt(0) == '_' || "resourceType".equals(name)
        || "fhir_comments".equals(name)) {
      throw FALLBACK;
    }
    Slot slot = slot(owner, members, name);
    for (int i = 0, n = seen.size(); i < n; i++) {
      if (seen.get(i).equals(slot.property)) {
        throw FALLBACK; // duplicate key, or two choices of one element
      }
    }
    seen.add(slot.property);
    if (slot.many) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw FALLBACK;
      }
      checkDepth(depth + 1);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        value(p, s, slot, target, depth + 1);
      }
    } else {
      value(p, s, slot, target, depth);
    }
  }

  /**
   * One value of an element, a primitive or a data type or backbone element with its members; the
   * parser is on it. Adds it to {@code target} unless null.
   *
   * <p>An object's members are read here rather than in a method of their own on purpose: the
   * decoding recurses ({@code child} &rarr; {@code value} &rarr; {@code child}), and HotSpot's C2
   * compiler inlines hot callees of up to 325 bytecodes ({@code FreqInlineSize}) and a recursion
   * once into itself. With three small methods it compiled the whole cycle twice over into one
   * 8,000-bytecode unit that took 0.8 s on the only C2 thread of a 2-core machine, while every other
   * hot method waited (docs/performance.md, "Compilation"). As one method above that size,
   * {@code value} is compiled once, on its own, with {@code child} inlined into it.
   */
  private void value(JsonParser p, State s, Slot slot, Base target, int depth)
      throws IOException, Fallback, ReflectiveOperationException {
    JsonToken t = p.currentToken();
    if (slot.primitive) {
      boolean bool = t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
      Class<?> type = slot.type;
      if (bool != (type == BooleanType.class) || (!bool && t != JsonToken.VALUE_STRING)) {
        throw FALLBACK; // numbers, nulls, objects, arrays, strings for booleans
      }
      if (target == null && slot.anyString && !slot.enumerated) {
        // Checked, not built (most elements the reader does not read are such texts): only
        // whether it is blank, on Jackson's characters, without a String for it.
        int from = p.getTextOffset();
        if (JsonText.isBlank(p.getTextCharacters(), from, from + p.getTextLength())) {
          throw FALLBACK;
        }
        return;
      }
      String v = p.getText();
      if (JsonText.isBlank(v)) {
        throw FALLBACK;
      }
      if (target == null && (type == InstantType.class || type == DateTimeType.class
          || type == DateType.class)
          && plainDate(v, type != InstantType.class, type != DateType.class)) {
        return; // checked, not built: HAPI accepts every value plainDate does (tested)
      }
      if (target != null && type == DateTimeType.class && plainDate(v, true, true)) {
        slot.set(target, new DeferredDateTime(v)); // HAPI's parse when (if) someone asks
        return;
      }
      if (target != null || slot.enumerated || !slot.anyString) {
        PrimitiveType<?> prim = (PrimitiveType<?>) slot.newValue();
        prim.setValueAsString(v); // HAPI's own check of the value; failing: Fallback
        if (target != null) {
          slot.set(target, prim); // an enumerated code: its enum's check
        } else if (slot.enumerated) {
          slot.checkCode(prim);
        }
      }
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw FALLBACK;
    }
    // A data type or backbone element: its members.
    Class<? extends Base> type = slot.type;
    Base element = target == null ? null : slot.newValue();
    checkDepth(depth + 1);
    List<String> seen = new ArrayList<>(4);
    boolean seenId = false;
    boolean seenExtension = false;
    boolean seenModifier = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken m = p.nextToken();
      if ("id".equals(name)) {
        if (seenId || m != JsonToken.VALUE_STRING || JsonText.isBlank(p.getText())
            || !Element.class.isAssignableFrom(type)) {
          throw FALLBACK;
        }
        seenId = true;
        if (element != null) {
          ((Element) element).setId(p.getText());
        }
      } else if ("extension".equals(name)) {
        if (seenExtension || m != JsonToken.START_ARRAY) {
          throw FALLBACK;
        }
        seenExtension = true;
        extensions(p, s, element, depth + 2);
      } else if ("modifierExtension".equals(name)) {
        // On backbone elements only; read by nobody: check it, do not build it.
        if (seenModifier || m != JsonToken.START_ARRAY
            || !BackboneElement.class.isAssignableFrom(type)) {
          throw FALLBACK;
        }
        seenModifier = true;
        extensions(p, s, null, depth + 2);
      } else {
        child(p, s, type, slot.members, seen, name, element, depth + 1);
      }
    }
    expect(p.currentToken(), JsonToken.END_OBJECT);
    if (target != null) {
      slot.set(target, element);
      if (element instanceof Reference) {
        s.references.add((Reference) element);
      }
    }
  }

  /** An array of extensions; the parser is on its START_ARRAY. Added to {@code target}. */
  private void extensions(JsonParser p, State s, Base target, int depth)
      throws IOException, Fallback, ReflectiveOperationException {
    checkDepth(depth);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      extension(p, s, target, depth + 1);
    }
    expect(p.currentToken(), JsonToken.END_ARRAY);
  }

  private void extension(JsonParser p, State s, Base target, int depth)
      throws IOException, Fallback, ReflectiveOperationException {
    checkDepth(depth);
    if (target != null && !(target instanceof org.hl7.fhir.instance.model.api.IBaseHasExtensions)) {
      throw FALLBACK;
    }
    // The url may come after the value: collect into a detached Extension, then attach.
    Extension ext = target == null ? null : new Extension();
    String url = null;
    boolean seenId = false;
    boolean seenValue = false;
    boolean seenNested = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if ("url".equals(name)) {
        if (url != null || t != JsonToken.VALUE_STRING || JsonText.isBlank(p.getText())) {
          throw FALLBACK;
        }
        url = p.getText();
      } else if ("id".equals(name)) {
        if (seenId || t != JsonToken.VALUE_STRING || JsonText.isBlank(p.getText())) {
          throw FALLBACK;
        }
        seenId = true;
        if (ext != null) {
          ext.setId(p.getText());
        }
      } else if ("extension".equals(name)) {
        if (seenNested || t != JsonToken.START_ARRAY) {
          throw FALLBACK;
        }
        seenNested = true;
        extensions(p, s, ext, depth + 1);
      } else if (name.startsWith("value") && !seenValue) {
        Slot slot = slot(Extension.class, EXTENSION_SLOTS, name);
        if (!"value[x]".equals(slot.property)) {
          throw FALLBACK;
        }
        seenValue = true;
        value(p, s, slot, ext, depth);
      } else {
        throw FALLBACK;
      }
    }
    expect(p.currentToken(), JsonToken.END_OBJECT);
    if (url == null || (seenValue && seenNested)) {
      throw FALLBACK;
    }
    if (ext != null) {
      ext.setUrl(url);
      addExtension(target, ext);
    }
  }

  @SuppressWarnings("unchecked")
  private static void addExtension(Base target, Extension ext) {
    List<Extension> list = (List<Extension>) ((org.hl7.fhir.instance.model.api.IBaseHasExtensions)
        target).getExtension();
    list.add(ext);
  }

  /**
   * SafeParser sees the line as UTF-8 bytes, where a lone surrogate becomes '?'; Jackson reading
   * the string would keep it. Such text (never from a UTF-8 file) goes to SafeParser.
   */
  private static void checkSurrogates(String text) throws Fallback {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          throw FALLBACK;
        }
      }
    }
  }

  private void checkDepth(int depth) throws Fallback {
    if (depth > limits.maxDepth()) {
      throw FALLBACK;
    }
  }

  private static void expect(JsonToken actual, JsonToken expected) throws Fallback {
    if (actual != expected) {
      throw FALLBACK;
    }
  }

  /** FHIR's id: 1-64 of A-Z a-z 0-9 - . (the reader uses it too, for Claim references). */
  static boolean validId(String id) {
    return validId(id, 0, id.length());
  }

  /** {@link #validId(String)} of {@code s[from, to)}, without cutting it out. */
  static boolean validId(String s, int from, int to) {
    if (to - from < 1 || to - from > 64) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a date, dateTime or instant in a narrow, ordinary form, all of which HAPI's parser
   * accepts: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (when {@code dateForms}), and
   * (when {@code timeForms}) {@code YYYY-MM-DDThh:mm:ss}, optional 1-9 fraction digits, then
   * {@code Z} or {@code +hh:mm}/{@code -hh:mm} (hours up to 14, minutes 00/15/30/45); years
   * 1900-2999 (Gregorian leap years), seconds up to 59. Everything else goes to HAPI's check.
   */
  static boolean plainDate(String v, boolean dateForms, boolean timeForms) {
    int n = v.length();
    if (n < 4) {
      return false;
    }
    int y = num(v, 0, 4);
    if (y < 1900 || y > 2999) {
      return false;
    }
    if (n == 4) {
      return dateForms;
    }
    if (n < 7 || v.charAt(4) != '-') {
      return false;
    }
    int m = num(v, 5, 7);
    if (m < 1 || m > 12) {
      return false;
    }
    if (n == 7) {
      return dateForms;
    }
    if (n < 10 || v.charAt(7) != '-') {
      return false;
    }
    int d = num(v, 8, 10);
    boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int max = m == 2 ? (leap ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    if (d < 1 || d > max) {
      return false;
    }
    if (n == 10) {
      return dateForms;
    }
    if (!timeForms || n < 20 || v.charAt(10) != 'T' || v.charAt(13) != ':'
        || v.charAt(16) != ':') {
      return false;
    }
    int hh = num(v, 11, 13);
    int mm = num(v, 14, 16);
    int ss = num(v, 17, 19);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) {
      return false;
    }
    int i = 19;
    if (v.charAt(i) == '.') {
      int start = ++i;
      while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i - start > 9) {
        return false;
      }
    }
    if (i == n - 1) {
      return v.charAt(i) == 'Z';
    }
    if (i != n - 6 || (v.charAt(i) != '+' && v.charAt(i) != '-') || v.charAt(i + 3) != ':') {
      return false;
    }
    int oh = num(v, i + 1, i + 3);
    int om = num(v, i + 4, i + 6);
    return oh >= 0 && oh <= 14 && (om == 0 || om == 15 || om == 30 || om == 45);
  }

  /** The ASCII digits of v[from, to) as a number, or -1. */
  private static int num(String v, int from, int to) {
    int r = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      r = r * 10 + (c - '0');
    }
    return r;
  }
}
