package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.facetclaims.fhir.bulk.BulkCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The memory budget of the pre-check: elements are counted (JSON objects, arrays and values; XML
 * elements on their real structure), at the limit, just under and just over it; and the XML
 * checks cannot be passed by markup hidden in comments, CDATA or attribute values.
 */
class ElementLimitTest {
  static final int LIMIT = 1000;
  static final FacetClaims SMALL = FacetClaims.builder()
      .limits(InputLimits.DEFAULT.withMaxElements(LIMIT)).build();

  static final String HEAD = "{\"resourceType\":\"Procedure\",\"id\":\"p\",\"status\":\"completed\","
      + "\"subject\":{\"reference\":\"Patient/1\"},\"performedDateTime\":\"2026-02-02\","
      + "\"code\":{\"text\":\"Radiofrequency ablation under fluoroscopy\"},"
      + "\"bodySite\":[{\"text\":\"Left L4-L5 facet joint\"}";
  /**
   * Elements of HEAD + "]}": the Procedure, its 4 strings, subject and code with a string each,
   * the bodySite array, its object and text.
   */
  static final int HEAD_ELEMENTS = 1 + 4 + 2 * 2 + 1 + 2;

  /** A Procedure of exactly {@code elements} elements: bodySite texts of one word. */
  static String jsonOf(int elements) {
    StringBuilder sb = new StringBuilder(HEAD);
    int n = HEAD_ELEMENTS;
    while (n + 2 <= elements) {
      sb.append(",{\"text\":\"x\"}");
      n += 2;
    }
    sb.append(']');
    if (n < elements) {
      sb.append(",\"language\":\"en\"");
      n++;
    }
    assertThat(n).isEqualTo(elements);
    return sb.append('}').toString();
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0} JSON elements against a limit of 1000")
  @ValueSource(ints = {LIMIT - 1, LIMIT})
  void jsonAtOrUnderTheElementLimitIsRead(int elements) {
    assertThatCode(() -> SMALL.parse(bytes(jsonOf(elements)))).doesNotThrowAnyException();
  }

  @Test
  void jsonOverTheElementLimitIsRefusedBeforeHapiParses() {
    assertThatThrownBy(() -> SMALL.precheck(bytes(jsonOf(LIMIT + 1))))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).kind())
            .isEqualTo(InputException.Kind.TOO_MANY_ELEMENTS))
        .hasMessageStartingWith("FCA-013").hasMessageContaining("more than 1000")
        .hasMessageContaining("line 1, column");
  }

  static String xmlOf(int elements) {
    StringBuilder sb = new StringBuilder("<Procedure xmlns=\"http://hl7.org/fhir\">"
        + "<status value=\"completed\"/>");
    for (int n = 2; n < elements; n++) {
      sb.append("<language value=\"en\"/>");
    }
    return sb.append("</Procedure>").toString();
  }

  @Test
  void xmlElementsAreCountedToo() {
    assertThatCode(() -> SMALL.precheck(bytes(xmlOf(LIMIT)))).doesNotThrowAnyException();
    assertThatThrownBy(() -> SMALL.precheck(bytes(xmlOf(LIMIT + 1))))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-013");
  }

  @Test
  void theDefaultElementLimitFollowsTheHeap() {
    assertThat(InputLimits.elementsFor(512L << 20)).isEqualTo(262_144);
    assertThat(InputLimits.elementsFor(256L << 20)).isEqualTo(131_072);
    assertThat(InputLimits.elementsFor(16L << 20)).isEqualTo(50_000);
    assertThat(InputLimits.elementsFor(64L << 30)).isEqualTo(2_000_000);
    assertThat(InputLimits.DEFAULT.maxElements())
        .isEqualTo(InputLimits.elementsFor(Runtime.getRuntime().maxMemory()));
    assertThatThrownBy(() -> InputLimits.DEFAULT.withMaxElements(999))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxElements");
  }

  /** Closing tags inside a comment, CDATA or an attribute value used to lower the depth count. */
  @ParameterizedTest(name = "hidden in {0}")
  @ValueSource(strings = {"<!-- </a> -->", "<![CDATA[</a>]]>", "<?pi </a>?>"})
  void xmlDepthCannotBeLoweredByMarkupOutsideElements(String hidden) {
    StringBuilder sb = new StringBuilder("<Procedure xmlns=\"http://hl7.org/fhir\">");
    for (int i = 0; i < 200; i++) {
      sb.append("<a>").append(hidden);
    }
    String xml = sb.append("</a>".repeat(200)).append("</Procedure>").toString();
    assertThatThrownBy(() -> FacetClaims.create().precheck(bytes(xml)))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-007");
  }

  @Test
  void xmlAttributeValuesOpenNoElements() {
    // A '>' inside a quoted value does not end the tag, and "<a>" inside one is no element.
    String xml = "<Procedure xmlns=\"http://hl7.org/fhir\"><status value=\"completed\"/>"
        + "<note><text value=\"a &gt; b, 'quoted' > x\"/></note></Procedure>";
    assertThatCode(() -> SMALL.parse(bytes(xml))).doesNotThrowAnyException();
    StringBuilder deep = new StringBuilder("<Procedure xmlns=\"http://hl7.org/fhir\">");
    for (int i = 0; i < 200; i++) {
      deep.append("<a title='/>'>");
    }
    String deepXml = deep.append("</a>".repeat(200)).append("</Procedure>").toString();
    assertThatThrownBy(() -> FacetClaims.create().precheck(bytes(deepXml)))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-007");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"<!ENTITY x \"y\">", "<!doctype Procedure>", "<!ELEMENT a ANY>"})
  void everyMarkupDeclarationIsRefused(String declaration) {
    String xml = "<Procedure xmlns=\"http://hl7.org/fhir\">" + declaration
        + "<status value=\"completed\"/></Procedure>";
    assertThatThrownBy(() -> FacetClaims.create().precheck(bytes(xml)))
        .isInstanceOf(InputException.class).hasMessageStartingWith("FCA-008");
  }

  @Test
  void aBulkLineOverTheElementLimitIsAFindingAndTheRunGoesOn() throws IOException {
    String over = jsonOf(LIMIT + 1);
    String ok = jsonOf(40);
    for (boolean hapi : new boolean[] {false, true}) {
      StringWriter claims = new StringWriter();
      StringWriter outcomes = new StringWriter();
      BulkCoder.builder(SMALL).threads(1).hapi(hapi).build()
          .run(new BufferedReader(new StringReader(ok + "\n" + over + "\n" + ok.replace(
              "2026-02-02", "2026-03-03") + "\n")), claims, outcomes);
      assertThat(claims.toString().lines().count()).as("hapi %s", hapi).isEqualTo(2);
      assertThat(outcomes.toString()).contains("line 2: FCA-013");
    }
  }
}
