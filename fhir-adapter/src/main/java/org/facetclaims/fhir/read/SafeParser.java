package org.facetclaims.fhir.read;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.facetclaims.fhir.InputException;
import org.facetclaims.fhir.InputLimits;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Procedure;

/**
 * Parses untrusted input into a Procedure or Bundle: checks size, binary content, nesting depth
 * and JSON syntax before HAPI sees it, refuses XML document type declarations (so no external
 * entity is ever resolved), and turns every failure into an {@link InputException} whose message
 * names a position or element but never repeats content. A new HAPI parser per call: parsers are
 * cheap but not thread-safe.
 */
public final class SafeParser {
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(1000).maxStringLength(20_000_000).build())
      .build();

  /** Asked for only when a text is parsed (a bulk run may never need one). */
  private final Supplier<FhirContext> context;
  private final InputLimits limits;

  /**
   * @param context the FHIR context, asked for only when a text is parsed
   * @param limits the limits checked
   */
  public SafeParser(Supplier<FhirContext> context, InputLimits limits) {
    this.context = context;
    this.limits = limits;
  }

  /** Reads all of {@code in} up to the limit, then parses. */
  public IBaseResource parse(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(limits.maxBytes() + 1);
    } catch (IOException e) {
      throw new InputException(InputException.Kind.UNREADABLE, e.getClass().getSimpleName());
    }
    return parse(bytes);
  }

  /** Parses bytes (JSON or XML) after the checks of {@link #precheck}. */
  public IBaseResource parse(byte[] bytes) {
    String text = precheck(bytes);
    boolean xml = text.charAt(firstNonSpace(text)) == '<';
    FhirContext fhir = context.get();
    IBaseResource resource = parseWith(xml ? fhir.newXmlParser() : fhir.newJsonParser(),
        text, xml);
    if (!(resource instanceof Procedure) && !(resource instanceof Bundle)) {
      throw new InputException(InputException.Kind.WRONG_RESOURCE_TYPE,
          "got " + resource.fhirType());
    }
    return resource;
  }

  /**
   * The checks made before HAPI sees the input: size, binary content, JSON syntax and depth, XML
   * document type declarations. Returns the decoded text.
   */
  public String precheck(byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      throw new InputException(InputException.Kind.TOO_LARGE,
          "limit " + limits.maxBytes() + " bytes");
    }
    String text = decode(bytes);
    int start = firstNonSpace(text);
    if (start < 0) {
      throw new InputException(InputException.Kind.EMPTY, null);
    }
    char first = text.charAt(start);
    if (first == '{') {
      checkJson(text);
    } else if (first == '<') {
      checkXml(text, start);
    } else if (first == '[') {
      throw new InputException(InputException.Kind.NOT_FHIR,
          "a JSON array; send one Procedure or a Bundle");
    } else {
      throw new InputException(InputException.Kind.NOT_JSON,
          "it does not start with '{' or '<'");
    }
    return text;
  }

  private static String decode(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputException(InputException.Kind.BINARY, "it contains NUL bytes");
      }
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new InputException(InputException.Kind.BINARY, "it is not UTF-8 text");
    }
  }

  private static int firstNonSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** One streaming pass: syntax, nesting depth, a single top-level value. */
  private void checkJson(String text) {
    try (JsonParser p = JSON.createParser(text)) {
      int depth = 0;
      int elements = 0;
      int maxElements = limits.maxElements();
      JsonToken t;
      boolean done = false;
      while ((t = p.nextToken()) != null) {
        if (done) {
          throw new InputException(InputException.Kind.NOT_JSON,
              "unexpected content after the resource at " + where(p.currentTokenLocation()));
        }
        if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
            && ++elements > maxElements) {
          throw new InputException(InputException.Kind.TOO_MANY_ELEMENTS, "more than "
              + maxElements + " at " + where(p.currentTokenLocation()));
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (++depth > limits.maxDepth()) {
            throw new InputException(InputException.Kind.TOO_DEEP, "deeper than "
                + limits.maxDepth() + " levels at " + where(p.currentTokenLocation()));
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          if (--depth == 0) {
            done = true;
          }
        }
      }
      if (!done) {
        throw new InputException(InputException.Kind.NOT_JSON, "truncated: the input ends"
            + " inside an object");
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String reason = e.getOriginalMessage();
      // Jackson quotes the offending token; keep only the kind of problem.
      String kind = reason == null ? "syntax error"
          : reason.startsWith("Unexpected end-of-input") ? "truncated input"
          : reason.contains("String length") || reason.contains("exceeds the maximum")
              ? "a value is too long"
          : reason.contains("Illegal unquoted character") ? "a control character inside a string"
          : "syntax error";
      throw new InputException(InputException.Kind.NOT_JSON,
          kind + (loc == null ? "" : " at " + where(loc)));
    } catch (IOException e) {
      throw new InputException(InputException.Kind.UNREADABLE, e.getClass().getSimpleName());
    }
  }

  /**
   * The XML checks, on the real element structure: comments, CDATA sections, processing
   * instructions and quoted attribute values are skipped as such (markup inside them opens no
   * element), so that neither the depth nor the element count can be passed by hiding tags
   * there. Any markup declaration ({@code <!DOCTYPE}, {@code <!ENTITY} ...) is refused.
   */
  private void checkXml(String text, int start) {
    if (text.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
      throw new InputException(InputException.Kind.XML_DOCTYPE,
          "external entities are never resolved");
    }
    int maxDepth = limits.maxDepth() * 2;
    int maxElements = limits.maxElements();
    int depth = 0;
    int elements = 0;
    int n = text.length();
    int i = text.indexOf('<', start);
    while (i >= 0 && i < n - 1) {
      char next = text.charAt(i + 1);
      int end;
      if (text.startsWith("<!--", i)) {
        end = after(text, i + 4, "-->");
      } else if (text.startsWith("<![CDATA[", i)) {
        end = after(text, i + 9, "]]>");
      } else if (next == '!') {
        throw new InputException(InputException.Kind.XML_DOCTYPE,
            "markup declarations are refused; external entities are never resolved");
      } else if (next == '?') {
        end = after(text, i + 2, "?>");
      } else if (next == '/') {
        end = after(text, i + 2, ">");
        depth--;
      } else {
        end = tagEnd(text, i + 1);
        if (end < 0) {
          break; // truncated: the XML parser reports it
        }
        if (++elements > maxElements) {
          throw new InputException(InputException.Kind.TOO_MANY_ELEMENTS,
              "more than " + maxElements + " XML elements");
        }
        if (text.charAt(end - 2) != '/' && ++depth > maxDepth) {
          throw new InputException(InputException.Kind.TOO_DEEP,
              "deeper than " + maxDepth + " XML elements");
        }
      }
      if (end < 0) {
        break;
      }
      i = text.indexOf('<', end);
    }
  }

  /** The index just after {@code close} found from {@code from}; -1 when it is not there. */
  private static int after(String text, int from, String close) {
    int k = text.indexOf(close, from);
    return k < 0 ? -1 : k + close.length();
  }

  /**
   * The index just after the {@code >} that ends a start tag whose name begins at
   * {@code from}, skipping quoted attribute values; -1 when the input ends first.
   */
  private static int tagEnd(String text, int from) {
    char quote = 0;
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k + 1;
      }
    }
    return -1;
  }

  private IBaseResource parseWith(IParser parser, String text, boolean xml) {
    parser.setParserErrorHandler(new ElementErrors());
    parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
    try {
      return parser.parseResource(text);
    } catch (StackOverflowError e) {
      // Within the depth limit this should not happen; if a JVM's stack is too small for it,
      // the input is refused like one over a limit, not a crash.
      throw new InputException(InputException.Kind.OUT_OF_MEMORY, "the stack");
    } catch (InputException e) {
      throw e;
    } catch (DataFormatException e) {
      throw translate(e, xml);
    } catch (RuntimeException e) {
      throw new InputException(xml ? InputException.Kind.NOT_XML : InputException.Kind.NOT_FHIR,
          e.getClass().getSimpleName());
    }
  }

  private static InputException translate(DataFormatException e, boolean xml) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("resourceType")) {
      return new InputException(InputException.Kind.NOT_FHIR, "no resourceType element");
    }
    if (m.contains("Unknown resource name") || m.contains("Unknown resource type")
        || m.contains("HAPI-1684")) {
      return new InputException(InputException.Kind.NOT_FHIR, "unknown resourceType");
    }
    if (xml) {
      return new InputException(InputException.Kind.NOT_XML, "the XML parser rejected it");
    }
    return new InputException(InputException.Kind.NOT_FHIR, "HAPI rejected the structure");
  }

  private static String where(JsonLocation loc) {
    return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }

  /**
   * Unknown elements are skipped (senders add them); values of the wrong type are errors that
   * name the element, never the value.
   */
  private static final class ElementErrors extends ErrorHandlerAdapter {
    @Override
    public void incorrectJsonType(IParseLocation location, String elementName,
        BaseJsonLikeValue.ValueType expected, BaseJsonLikeValue.ScalarType expectedScalar,
        BaseJsonLikeValue.ValueType found, BaseJsonLikeValue.ScalarType foundScalar) {
      throw new InputException(InputException.Kind.INVALID_ELEMENT, path(location, elementName)
          + ": expected " + describe(expected, expectedScalar) + ", found "
          + describe(found, foundScalar));
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
      throw new InputException(InputException.Kind.INVALID_ELEMENT,
          path(location, null) + ": invalid value");
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
      throw new InputException(InputException.Kind.INVALID_ELEMENT,
          path(location, elementName) + ": repeated, but it may occur once");
    }

    private static String describe(BaseJsonLikeValue.ValueType t, BaseJsonLikeValue.ScalarType s) {
      if (t == null) {
        return "nothing";
      }
      return t == BaseJsonLikeValue.ValueType.SCALAR && s != null
          ? s.name().toLowerCase(Locale.ROOT) : t.name().toLowerCase(Locale.ROOT);
    }

    private static String path(IParseLocation location, String element) {
      String parent = location == null ? null : location.getParentElementName();
      if (parent == null) {
        return element == null ? "an element" : element;
      }
      return element == null ? parent : parent + "." + element;
    }
  }
}
