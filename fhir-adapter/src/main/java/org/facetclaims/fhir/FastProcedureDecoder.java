package org.facetclaims.fhir;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildUndeclaredExtensionDefinition;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
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
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.OidType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Substance;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.UrlType;
import org.hl7.fhir.r4.model.UuidType;

/**
 * Reads one Procedure JSON text with Jackson's streaming API straight into a HAPI
 * {@link Procedure} that holds the elements {@link ProcedureReader} reads (status, performed[x],
 * subject, performer, encounter, code, note, usedCode, usedReference, bodySite, extensions,
 * reasonCode, reasonReference, contained resources of the types it resolves, id). The other
 * elements are checked as HAPI checks them (name, JSON shape, primitive value) but not built.
 *
 * <p>It decodes only a strict, ordinary subset of FHIR JSON, driven by HAPI's own element
 * definitions and primitive types, so that for that subset HAPI would accept the input too and
 * build the same values. Anything outside it (a syntax error, an unknown element, a primitive
 * extension {@code _x}, a number, a null, an array where one value belongs, a narrative, a
 * duplicate key, an odd id, a Bundle...) ends the attempt with {@link Fallback}; the caller then
 * parses with {@link SafeParser}, which accepts or refuses exactly as before. Refusals therefore
 * always come from the same code with the same messages. Stateless and thread-safe.
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

  private final FhirContext context;
  private final InputLimits limits;
  private final RuntimeResourceDefinition procedureDef;
  private final RuntimeChildUndeclaredExtensionDefinition extensionDef;

  FastProcedureDecoder(FhirContext context, InputLimits limits) {
    this.context = context;
    this.limits = limits;
    this.procedureDef = context.getResourceDefinition("Procedure");
    this.extensionDef = context.getRuntimeChildUndeclaredExtensionDefinition();
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
    } catch (IOException | RuntimeException e) {
      // Syntax errors, limits, HAPI refusing a value: SafeParser gives the exact answer.
      throw FALLBACK;
    }
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
      throws IOException, Fallback {
    checkDepth(depth);
    if (p.nextToken() != JsonToken.FIELD_NAME || !"resourceType".equals(p.currentName())
        || p.nextToken() != JsonToken.VALUE_STRING) {
      throw FALLBACK;
    }
    String type = p.getText();
    RuntimeResourceDefinition def;
    boolean build;
    if (top) {
      if (!"Procedure".equals(type)) {
        throw FALLBACK; // a Bundle, another resource or an unknown type
      }
      def = procedureDef;
      build = true;
    } else {
      def = context.getResourceDefinition(type); // unknown type: DataFormatException
      build = READ_CONTAINED.contains(def.getImplementingClass());
    }
    Resource r = (Resource) def.newInstance();
    List<BaseRuntimeChildDefinition> seen = new ArrayList<>(16);
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
          if (seenModifier || t != JsonToken.START_ARRAY) {
            throw FALLBACK;
          }
          seenModifier = true;
          extensions(p, s, null, depth + 1);
          break;
        case "extension":
          if (seenExtension || t != JsonToken.START_ARRAY) {
            throw FALLBACK;
          }
          seenExtension = true;
          extensions(p, s, build ? r : null, depth + 1);
          break;
        default:
          child(p, s, def, seen, name, build && !(top && NOT_READ.contains(name)) ? r : null,
              depth);
      }
    }
    expect(p.currentToken(), JsonToken.END_OBJECT);
    return r;
  }

  /** One member of a composite: the parser is on its value. */
  private void child(JsonParser p, State s, BaseRuntimeElementCompositeDefinition<?> def,
      List<BaseRuntimeChildDefinition> seen, String name, IBase target, int depth)
      throws IOException, Fallback {
    if (name.isEmpty() || name.charAt(0) == '_' || "resourceType".equals(name)
        || "fhir_comments".equals(name)) {
      throw FALLBACK;
    }
    BaseRuntimeChildDefinition child = def.getChildByName(name);
    if (child == null) {
      throw FALLBACK; // unknown element
    }
    for (int i = 0, n = seen.size(); i < n; i++) {
      if (seen.get(i) == child) {
        throw FALLBACK; // duplicate key, or two choices of one element
      }
    }
    seen.add(child);
    BaseRuntimeElementDefinition<?> elementDef = child.getChildByName(name);
    if (elementDef == null) {
      throw FALLBACK;
    }
    if (child.getMax() != 1) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw FALLBACK;
      }
      checkDepth(depth + 1);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        value(p, s, child, elementDef, target, depth + 1);
      }
    } else {
      value(p, s, child, elementDef, target, depth);
    }
  }

  /** One value of an element; the parser is on it. Adds it to {@code target} unless null. */
  private void value(JsonParser p, State s, BaseRuntimeChildDefinition child,
      BaseRuntimeElementDefinition<?> def, IBase target, int depth) throws IOException, Fallback {
    JsonToken t = p.currentToken();
    switch (def.getChildType()) {
      case PRIMITIVE_DATATYPE:
      case ID_DATATYPE: {
        boolean bool = t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
        Class<?> type = def.getImplementingClass();
        if (bool != (type == org.hl7.fhir.r4.model.BooleanType.class)
            || (!bool && t != JsonToken.VALUE_STRING)) {
          throw FALLBACK; // numbers, nulls, objects, arrays, strings for booleans
        }
        String v = p.getText();
        if (isBlank(v)) {
          throw FALLBACK;
        }
        if (target == null && (type == org.hl7.fhir.r4.model.InstantType.class
            || type == org.hl7.fhir.r4.model.DateTimeType.class
            || type == org.hl7.fhir.r4.model.DateType.class)
            && plainDate(v, type != org.hl7.fhir.r4.model.InstantType.class,
                type != org.hl7.fhir.r4.model.DateType.class)) {
          return; // checked, not built: HAPI accepts every value plainDate does (tested)
        }
        if (target != null || !ANY_STRING.contains(type)) {
          IPrimitiveType<?> prim = (IPrimitiveType<?>) def.newInstance(
              child.getInstanceConstructorArguments());
          prim.setValueAsString(v); // HAPI's own check of the value; failing: Fallback
          if (target != null) {
            add(child, target, prim);
          }
        }
        return;
      }
      case COMPOSITE_DATATYPE:
      case RESOURCE_BLOCK: {
        if (t != JsonToken.START_OBJECT) {
          throw FALLBACK;
        }
        IBase element = target == null ? null
            : def.newInstance(child.getInstanceConstructorArguments());
        composite(p, s, (BaseRuntimeElementCompositeDefinition<?>) def, element, depth + 1);
        if (target != null) {
          add(child, target, element);
          if (element instanceof Reference) {
            s.references.add((Reference) element);
          }
        }
        return;
      }
      default:
        throw FALLBACK; // narrative XHTML, resources in odd places
    }
  }

  private void add(BaseRuntimeChildDefinition child, IBase target, IBase value) {
    if (child == extensionDef) {
      ((Extension) target).setValue((org.hl7.fhir.r4.model.Type) value);
    } else {
      child.getMutator().addValue(target, value);
    }
  }

  /** The members of a data type or backbone element; the parser is on its START_OBJECT. */
  private void composite(JsonParser p, State s, BaseRuntimeElementCompositeDefinition<?> def,
      IBase element, int depth) throws IOException, Fallback {
    checkDepth(depth);
    List<BaseRuntimeChildDefinition> seen = new ArrayList<>(4);
    boolean seenId = false;
    boolean seenExtension = false;
    boolean seenModifier = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if ("id".equals(name)) {
        if (seenId || t != JsonToken.VALUE_STRING || isBlank(p.getText())
            || !(element == null || element instanceof Element)) {
          throw FALLBACK;
        }
        seenId = true;
        if (element != null) {
          ((Element) element).setId(p.getText());
        }
      } else if ("extension".equals(name)) {
        if (seenExtension || t != JsonToken.START_ARRAY) {
          throw FALLBACK;
        }
        seenExtension = true;
        extensions(p, s, element, depth + 1);
      } else if ("modifierExtension".equals(name)) {
        // On backbone elements only; read by nobody: check it, do not build it.
        if (seenModifier || t != JsonToken.START_ARRAY
            || def.getChildByName("modifierExtension") == null) {
          throw FALLBACK;
        }
        seenModifier = true;
        extensions(p, s, null, depth + 1);
      } else {
        child(p, s, def, seen, name, element, depth);
      }
    }
    expect(p.currentToken(), JsonToken.END_OBJECT);
  }

  /** An array of extensions; the parser is on its START_ARRAY. Added to {@code target}. */
  private void extensions(JsonParser p, State s, IBase target, int depth)
      throws IOException, Fallback {
    checkDepth(depth);
    while (p.nextToken() == JsonToken.START_OBJECT) {
      extension(p, s, target, depth + 1);
    }
    expect(p.currentToken(), JsonToken.END_ARRAY);
  }

  private void extension(JsonParser p, State s, IBase target, int depth)
      throws IOException, Fallback {
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
        if (url != null || t != JsonToken.VALUE_STRING || isBlank(p.getText())) {
          throw FALLBACK;
        }
        url = p.getText();
      } else if ("id".equals(name)) {
        if (seenId || t != JsonToken.VALUE_STRING || isBlank(p.getText())) {
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
        BaseRuntimeElementDefinition<?> def = extensionDef.getChildByName(name);
        if (def == null) {
          throw FALLBACK;
        }
        seenValue = true;
        value(p, s, extensionDef, def, ext, depth);
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
  private static void addExtension(IBase target, Extension ext) {
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
    int n = id.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
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

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
