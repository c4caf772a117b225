package org.facetclaims.fhir.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.facetclaims.fhir.InputLimits;
import org.facetclaims.fhir.read.FhirIds;
import org.hl7.fhir.r4.model.BackboneElement;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceFactory;
import org.hl7.fhir.r4.model.Substance;

/**
 * Reads one Procedure JSON text (a String, or the UTF-8 bytes of a line read from a file) with
 * Jackson's streaming API straight into a HAPI {@link Procedure} that holds the elements
 * {@link org.facetclaims.fhir.read.ProcedureReader} reads (status, statusReason, performed[x],
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
 * parses with {@link org.facetclaims.fhir.read.SafeParser}, which accepts or refuses exactly as before. Refusals therefore
 * always come from the same code with the same messages. Thread-safe: its only state is what it
 * has learned of the model, shared by all instances.
 */
public final class FastProcedureDecoder {
  /** The input is outside the subset this decoder reads; parse it with HAPI instead. */
  public static final class Fallback extends Exception {
    private static final long serialVersionUID = 1L;

    private Fallback() {
      super("outside the fast decoder's subset", null, false, false);
    }
  }

  static final Fallback FALLBACK = new Fallback();

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(1000).maxStringLength(20_000_000).build())
      .build();

  /** Procedure elements the reader never reads: checked, not built. */
  private static final Set<String> NOT_READ = Set.of("meta", "implicitRules", "language",
      "identifier", "instantiatesCanonical", "instantiatesUri", "basedOn", "partOf",
      "category", "recorder", "asserter", "outcome", "report",
      "complication", "complicationDetail", "followUp", "focalDevice");

  /** Contained resource types the reader resolves; others are kept as empty shells with an id. */
  private static final Set<Class<?>> READ_CONTAINED = Set.of(BodyStructure.class,
      Condition.class, Device.class, Medication.class, Substance.class,
      // the service context: where the service was furnished, and a hospital claim's values
      Location.class, Encounter.class, PractitionerRole.class, Organization.class,
      Claim.class);

  private final InputLimits limits;

  public FastProcedureDecoder(InputLimits limits) {
    this.limits = limits;
  }

  /**
   * Decodes one Procedure.
   *
   * @throws Fallback when the text is not in the subset read here (including every input that
   *     {@code SafeParser} refuses)
   */
  public Procedure decode(String text) throws Fallback {
    // A string longer than the byte limit / 3 may be over it in UTF-8: let SafeParser decide.
    // Each element counted by SafeParser takes at least one character of its own: a text no
    // longer than the element limit is within it; a longer one may not be, and SafeParser counts.
    if (text.isEmpty() || text.length() > limits.maxBytes() / 3
        || text.length() > limits.maxElements() || text.charAt(0) != '{') {
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
   * Decodes one Procedure from a line's UTF-8 bytes, checked to be valid UTF-8, with Jackson's
   * byte parser (no {@code char[]} copy of the line). The same subset and the same result as
   * {@link #decode(String)} of the line's text: valid UTF-8 holds no unpaired surrogate, and a
   * line over the byte limit goes to SafeParser as before.
   *
   * @throws Fallback as {@link #decode(String)}
   */
  public Procedure decode(byte[] utf8) throws Fallback {
    if (utf8.length == 0 || utf8.length > limits.maxBytes()
        || utf8.length > limits.maxElements() || utf8[0] != '{') {
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
    Map<String, ModelSlots.Slot> members = ModelSlots.SLOTS.get(owner);
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
          if (seenId || t != JsonToken.VALUE_STRING || !FhirIds.valid(p.getText())) {
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
      Map<String, ModelSlots.Slot> members, List<String> seen,
      String name, Base target, int depth)
      throws IOException, Fallback, ReflectiveOperationException {
    if (name.isEmpty() || name.charAt(0) == '_' || "resourceType".equals(name)
        || "fhir_comments".equals(name)) {
      throw FALLBACK;
    }
    ModelSlots.Slot slot = ModelSlots.slot(owner, members, name);
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
  private void value(JsonParser p, State s, ModelSlots.Slot slot, Base target, int depth)
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
          && PlainDates.plainDate(v, type != InstantType.class, type != DateType.class)) {
        return; // checked, not built: HAPI accepts every value plainDate does (tested)
      }
      if (target != null && type == DateTimeType.class && PlainDates.plainDate(v, true, true)) {
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
        ModelSlots.Slot slot = ModelSlots.slot(Extension.class, ModelSlots.EXTENSION_SLOTS, name);
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

}
