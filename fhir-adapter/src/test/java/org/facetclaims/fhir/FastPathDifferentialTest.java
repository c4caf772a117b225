package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.facetclaims.core.Finding;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.payer.PayerProfile;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * Proves that the fast path changes nothing. For every golden input, the spec examples, thousands
 * of synthetic records and a few thousand odd variants of them: whenever
 * {@link FastProcedureDecoder} decodes a line, HAPI (through {@link SafeParser}) accepts it too and
 * the reading is the same (documented procedure with site elements, findings with messages,
 * parties, hints, diagnoses) and so is the coded Claim and OperationOutcome; whenever it does not,
 * the line goes to HAPI, so the answer is HAPI's by construction. {@link FastResourceEncoder}'s
 * bytes equal HAPI's for every Claim and OperationOutcome made here, and the whole bulk output is
 * the same byte for byte with and without the fast path.
 */
class FastPathDifferentialTest {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final FastProcedureDecoder DECODER =
      new FastProcedureDecoder(FACET.limits());
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final Path EXAMPLES = Path.of("..", "examples");
  static final FacetClaims.CodingOptions OPTIONS =
      FacetClaims.CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN);

  private final IParser hapiJson = FACET.fhirContext().newJsonParser().setPrettyPrint(false);
  private final FastResourceEncoder encoder = new FastResourceEncoder(hapiJson);
  private final ResultJsonWriter writer = new ResultJsonWriter(FACET.clock());

  /** The direct writer's Claim as text (JsonBytesTest checks its bytes are the text's UTF-8). */
  private String claim(CodedSession s) {
    byte[] b = writer.claim(s);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  private String outcome(List<Finding> findings, List<ReadProcedure> procedures, String seed,
      String tag) {
    byte[] b = writer.outcome(findings, procedures, seed, tag);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }
  private int directWritten;
  private int decoded;
  private int fellBack;
  private int fastEncoded;

  // ---- the comparison ----

  /** What HAPI makes of a line: a refusal, or the reading and coding of its Procedure. */
  private String viaHapi(String line) {
    IBaseResource r;
    try {
      r = FACET.parse(line.getBytes(StandardCharsets.UTF_8));
    } catch (InputException e) {
      return "refused: " + e.getMessage();
    }
    if (!(r instanceof Procedure)) {
      return "not a Procedure: " + r.fhirType();
    }
    return describe((Procedure) r);
  }

  /** Checks one line; returns true when the fast decoder decoded it. */
  boolean same(String line) {
    String hapi = viaHapi(line);
    Procedure fast;
    try {
      fast = DECODER.decode(line);
    } catch (FastProcedureDecoder.Fallback e) {
      fellBack++;
      try { // the same line's bytes may be decoded (a long line): then as HAPI reads them
        Procedure fromBytes = DECODER.decode(new Utf8Line(line.getBytes(StandardCharsets.UTF_8)));
        assertThat(describe(fromBytes)).as("fast decoding of the bytes of %s", line)
            .isEqualTo(hapi);
      } catch (FastProcedureDecoder.Fallback again) {
        // both go to SafeParser
      }
      return false; // the bulk coder hands it to SafeParser: HAPI's answer
    }
    decoded++;
    assertThat(describe(fast)).as("fast decoding of %s", line).isEqualTo(hapi);
    // From the line's UTF-8 bytes (a file's lines), the same result.
    Procedure fromBytes;
    try {
      fromBytes = DECODER.decode(new Utf8Line(line.getBytes(StandardCharsets.UTF_8)));
    } catch (FastProcedureDecoder.Fallback e) {
      throw new AssertionError("decoded from text but not from bytes: " + line);
    }
    assertThat(describe(fromBytes)).as("fast decoding of the bytes of %s", line).isEqualTo(hapi);
    return true;
  }

  private String describe(Procedure p) {
    ReadProcedure r = FACET.read(p, "Procedure", new ResourceIndex(p, 1000));
    StringBuilder sb = new StringBuilder();
    sb.append("label=").append(r.label).append("\npath=").append(r.path)
        .append("\ndate=").append(r.date)
        .append("\npatient=").append(ref(r.patient))
        .append("\nperformer=").append(ref(r.performer))
        .append("\nencounter=").append(ref(r.encounter))
        .append("\nhints=").append(r.cptHints)
        .append("\ndiagnoses=").append(r.diagnoses.stream()
            .map(c -> c.getSystem() + "|" + c.getCode() + "|" + c.getDisplay())
            .collect(Collectors.toList()));
    if (r.documented != null) {
      sb.append("\ndocumented=").append(r.documented).append(" @")
          .append(r.documented.reference());
      for (TreatedSite s : r.documented.sites()) {
        sb.append("\n  site ").append(s).append(" @").append(s.element().orElse("-"));
      }
    }
    for (Finding f : r.findings) {
      sb.append("\nfinding ").append(f).append(" q=").append(f.physicianQuestion().orElse("-"))
          .append(" src=").append(f.source());
    }
    CodingOutput out = FACET.code(p, OPTIONS);
    for (SessionClaim sc : out.sessions()) {
      sb.append("\nclaim ").append(encodeBoth(sc.claim()));
    }
    sb.append("\noutcome ").append(encodeBoth(out.outcome()));
    writeBoth(r);
    return sb.toString();
  }

  /**
   * The reading coded as the bulk coder codes a one-Procedure session: the JSON writer's Claim
   * and outcome are HAPI's encoding of what ClaimWriter and OutcomeWriter build, or declined.
   */
  private void writeBoth(ReadProcedure r) {
    List<Finding> findings = new ArrayList<>(r.findings);
    if (r.documented != null && r.date != null) {
      CodedSession cs = FACET.codeForClaim(FacetClaims.sessionKey(r), List.of(r), OPTIONS,
          new Reference("Coverage/c1"), findings, null);
      if (cs != null) {
        String direct = claim(cs);
        if (direct != null) {
          directWritten++;
          assertThat(direct).as("direct Claim JSON")
              .isEqualTo(hapiJson.encodeResourceToString(FACET.writeClaim(cs)));
        }
      }
    }
    for (String tag : new String[] {null, "line 7"}) {
      String direct = outcome(findings, List.of(r), "seed", tag);
      if (direct != null) {
        assertThat(direct).as("direct outcome JSON").isEqualTo(hapiJson.encodeResourceToString(
            OutcomeWriter.write(findings, List.of(r), "seed", tag)));
      }
    }
  }

  /** HAPI's JSON, after checking that the fast encoder writes the same bytes or declines. */
  private String encodeBoth(IBaseResource r) {
    String hapi = hapiJson.encodeResourceToString(r);
    String fast = encoder.encodeFast(r);
    if (fast != null) {
      fastEncoded++;
      assertThat(fast).as("fast encoding").isEqualTo(hapi);
    }
    assertThat(encoder.encode(r)).isEqualTo(hapi);
    return hapi;
  }

  private static String ref(Reference r) {
    if (r == null) {
      return "-";
    }
    return r.getReference() + "|" + r.getDisplay() + "|" + r.getType() + "|"
        + (r.hasIdentifier() ? r.getIdentifier().getSystem() + "|" + r.getIdentifier().getValue()
            + "|" + r.getIdentifier().getUse() : "-");
  }

  // ---- inputs ----

  static List<Path> inputFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(GOLDEN)) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
    }
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
    }
    return out;
  }

  /** Each Procedure of a file as one compact line: the file itself, or each Bundle entry. */
  static List<String> procedureLines(Path file) throws IOException {
    JsonNode root = MAPPER.readTree(Files.readString(file));
    List<String> out = new ArrayList<>();
    if ("Bundle".equals(root.path("resourceType").asText())) {
      for (JsonNode e : root.path("entry")) {
        if ("Procedure".equals(e.path("resource").path("resourceType").asText())) {
          out.add(MAPPER.writeValueAsString(e.path("resource")));
        }
      }
    } else {
      out.add(MAPPER.writeValueAsString(root));
    }
    return out;
  }

  static List<String> synthetic(int count, long seed, int perSession) throws IOException {
    StringWriter w = new StringWriter();
    SyntheticProcedures.write(w, count, seed, perSession);
    return w.toString().lines().collect(Collectors.toList());
  }

  /** A base record with contained resources, references of every kind and extensions. */
  static final String RICH = "{\"resourceType\":\"Procedure\",\"id\":\"rich-1\","
      + "\"meta\":{\"versionId\":\"2\",\"lastUpdated\":\"2026-01-02T03:04:05.678+01:00\","
      + "\"profile\":[\"http://example.org/p\"],\"tag\":[{\"system\":\"s\",\"code\":\"c\"}]},"
      + "\"contained\":[{\"resourceType\":\"BodyStructure\",\"id\":\"bs\","
      + "\"location\":{\"text\":\"L4-L5 facet joint\"},\"description\":\"right side\","
      + "\"locationQualifier\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\","
      + "\"code\":\"24028007\"}]}],\"patient\":{\"reference\":\"Patient/p1\"}},"
      + "{\"resourceType\":\"Medication\",\"id\":\"med\",\"code\":{\"text\":\"phenol 6%\"},"
      + "\"ingredient\":[{\"itemCodeableConcept\":{\"coding\":[{\"display\":\"Phenol\"}]}}]},"
      + "{\"resourceType\":\"Device\",\"id\":\"dev\",\"deviceName\":[{\"name\":\"RF probe\","
      + "\"type\":\"user-friendly-name\"}],\"type\":{\"text\":\"cooled radiofrequency\"}},"
      + "{\"resourceType\":\"Substance\",\"id\":\"sub\",\"code\":{\"text\":\"alcohol\"},"
      + "\"description\":\"dehydrated alcohol\"},"
      + "{\"resourceType\":\"Condition\",\"id\":\"cond\",\"subject\":{\"reference\":\"Patient/p1\"},"
      + "\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\","
      + "\"code\":\"M47.816\",\"display\":\"Spondylosis\"}]}},"
      + "{\"resourceType\":\"Patient\",\"id\":\"pt\",\"active\":true}],"
      + "\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure\","
      + "\"valueReference\":{\"reference\":\"#bs\"}},{\"url\":\"http://example.org/other\","
      + "\"extension\":[{\"url\":\"a\",\"valueBoolean\":false},{\"url\":\"b\",\"valueCode\":\"x\"}]}],"
      + "\"identifier\":[{\"system\":\"urn:ids\",\"value\":\"42\"}],"
      + "\"status\":\"completed\",\"statusReason\":{\"text\":\"n/a\"},"
      + "\"category\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"387713003\"}]},"
      + "\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"64635\","
      + "\"display\":\"Destruction by neurolytic agent, lumbar facet\",\"userSelected\":true}],"
      + "\"text\":\"Right lumbar radiofrequency ablation of facet joint nerves under fluoroscopic"
      + " guidance\"},"
      + "\"subject\":{\"reference\":\"Patient/p1\",\"type\":\"Patient\",\"display\":\"Pat \\u00e9\","
      + "\"identifier\":{\"use\":\"usual\",\"system\":\"urn:mrn\",\"value\":\"123\"}},"
      + "\"encounter\":{\"identifier\":{\"system\":\"urn:enc\",\"value\":\"e9\"}},"
      + "\"performedPeriod\":{\"start\":\"2026-02-03\",\"end\":\"2026-02-03T10:00:00Z\"},"
      + "\"recorder\":{\"reference\":\"Practitioner/r\"},"
      + "\"performer\":[{\"function\":{\"text\":\"surgeon\"}},{\"actor\":{\"reference\":"
      + "\"Practitioner/md-1\",\"display\":\"Dr A\"},\"onBehalfOf\":{\"reference\":\"Organization/o\"}}],"
      + "\"location\":{\"reference\":\"Location/l\"},"
      + "\"reasonCode\":[{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\","
      + "\"code\":\" M47.817 \"}]}],"
      + "\"reasonReference\":[{\"reference\":\"#cond\"},{\"reference\":\"Condition/elsewhere\"}],"
      + "\"bodySite\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\","
      + "\"code\":\"1179156007:272741003=24028007\",\"display\":\"L4/L5 facet joint\"}],"
      + "\"extension\":[{\"url\":\"http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier\","
      + "\"valueCodeableConcept\":{\"text\":\"right\"}}]}],"
      + "\"outcome\":{\"text\":\"ok\"},\"complication\":[{\"text\":\"none\"}],"
      + "\"followUp\":[{\"text\":\"2 weeks\"}],"
      + "\"note\":[{\"authorString\":\"nurse\",\"time\":\"2026-02-03T10:00:00Z\","
      + "\"text\":\"Lesioned L4-L5 at 80 C; tab\\there, quote \\\" and \\\\ and \\u2028 and \\ud83d\\ude00\"}],"
      + "\"usedReference\":[{\"reference\":\"#med\"},{\"reference\":\"#dev\"},{\"reference\":\"#sub\"},"
      + "{\"reference\":\"#pt\"},{\"reference\":\"#missing\"},{\"display\":\"needle 22G\"}],"
      + "\"usedCode\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"419442005\"}]}],"
      + "\"focalDevice\":[{\"manipulated\":{\"reference\":\"#dev\"}}]}";

  /** Variants of a record: every object and value changed in the ways senders get wrong. */
  static List<String> mutants(String base) throws IOException {
    JsonNode root = MAPPER.readTree(base);
    List<String> out = new ArrayList<>();
    List<List<Object>> paths = new ArrayList<>();
    collect(root, new ArrayList<>(), paths);
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> replacements = List.of(f.numberNode(1), f.numberNode(2.5), f.nullNode(),
        f.booleanNode(true), f.textNode(""), f.textNode("  "), f.objectNode(), f.arrayNode(),
        f.textNode("2026-13-45"), f.textNode("L4-L5 ünïcödé \u2028 \"q\" \\ \t\n😀 "),
        f.textNode(" padded "), f.textNode("final"));
    for (List<Object> path : paths) {
      JsonNode node = at(root, path);
      if (node.isObject()) {
        out.add(withField(root, path, "zzUnknown", f.textNode("x")));
        out.add(withField(root, path, "extension", MAPPER.readTree(
            "[{\"url\":\"http://example.org/e\",\"valueString\":\"v\"}]")));
        out.add(withField(root, path, "modifierExtension", MAPPER.readTree(
            "[{\"url\":\"http://example.org/m\",\"valueCode\":\"c\"}]")));
        out.add(withField(root, path, "id", f.textNode("e1")));
        out.add(withField(root, path, "fhir_comments", MAPPER.readTree("[\"c\"]")));
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
          String n = names.next();
          out.add(withField(root, path, "_" + n, MAPPER.readTree(
              "{\"extension\":[{\"url\":\"http://example.org/x\",\"valueString\":\"y\"}]}")));
        }
      }
      if (path.isEmpty()) {
        continue;
      }
      for (JsonNode r : replacements) {
        out.add(replaced(root, path, r));
      }
      ArrayNode wrapped = f.arrayNode();
      wrapped.add(node.deepCopy());
      out.add(replaced(root, path, wrapped));
      if (node.isArray() && node.size() > 0) {
        out.add(replaced(root, path, node.get(0)));
        ArrayNode twice = f.arrayNode();
        twice.addAll((ArrayNode) node.deepCopy());
        twice.addAll((ArrayNode) node.deepCopy());
        out.add(replaced(root, path, twice));
      }
    }
    return out;
  }

  private static void collect(JsonNode n, List<Object> path, List<List<Object>> out) {
    out.add(new ArrayList<>(path));
    if (n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        path.add(e.getKey());
        collect(e.getValue(), path, out);
        path.remove(path.size() - 1);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        path.add(i);
        collect(n.get(i), path, out);
        path.remove(path.size() - 1);
      }
    }
  }

  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode n = root;
    for (Object k : path) {
      n = k instanceof String ? n.get((String) k) : n.get((Integer) k);
    }
    return n;
  }

  private static String withField(JsonNode root, List<Object> path, String name, JsonNode value)
      throws IOException {
    JsonNode copy = root.deepCopy();
    ((ObjectNode) at(copy, path)).set(name, value);
    return MAPPER.writeValueAsString(copy);
  }

  private static String replaced(JsonNode root, List<Object> path, JsonNode value)
      throws IOException {
    JsonNode copy = root.deepCopy();
    JsonNode parent = at(copy, path.subList(0, path.size() - 1));
    Object k = path.get(path.size() - 1);
    if (k instanceof String) {
      ((ObjectNode) parent).set((String) k, value);
    } else {
      ((ArrayNode) parent).set((Integer) k, value);
    }
    return MAPPER.writeValueAsString(copy);
  }

  /** Lines that are not ordinary JSON objects, or break a rule only the raw text can show. */
  static List<String> oddLines() {
    String ok = "{\"resourceType\":\"Procedure\",\"id\":\"o1\",\"status\":\"completed\","
        + "\"subject\":{\"reference\":\"Patient/1\"},\"performedDateTime\":\"2026-02-02\","
        + "\"code\":{\"text\":\"Left L4-L5 facet radiofrequency ablation\"}}";
    StringBuilder deep = new StringBuilder("{\"resourceType\":\"Procedure\",\"extension\":[");
    for (int i = 0; i < 40; i++) {
      deep.append("{\"url\":\"u\",\"extension\":[");
    }
    deep.append("{\"url\":\"u\",\"valueString\":\"x\"}");
    for (int i = 0; i < 40; i++) {
      deep.append("]}");
    }
    deep.append("]}");
    return List.of(ok, "  " + ok, "\uFEFF" + ok, ok + " ", ok + "x", ok + "{}", ok + "\t\r",
        ok.substring(0, ok.length() - 1), "[" + ok + "]", "{}", "[]", "\"Procedure\"", "null",
        "<Procedure xmlns=\"http://hl7.org/fhir\"><status value=\"completed\"/></Procedure>",
        "{\"status\":\"completed\",\"resourceType\":\"Procedure\"}",
        "{\"resourceType\":\"Patient\",\"id\":\"p\"}",
        "{\"resourceType\":\"Nonsense\",\"id\":\"p\"}",
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":" + ok + "}]}",
        ok.replace("\"id\":\"o1\"", "\"id\":\"o1\",\"id\":\"o2\""),
        ok.replace("\"status\":\"completed\"", "\"status\":\"completed\",\"status\":\"not-done\""),
        ok.replace("\"id\":\"o1\"", "\"id\":\"a/b\""),
        ok.replace("\"id\":\"o1\"", "\"id\":\"" + "x".repeat(65) + "\""),
        // (An id "#o1" is left out: HAPI's own encoder trips an internal assertion on the
        // Claim's "Procedure/#o1" under -ea. The fast encoder leaves any '#' reference to HAPI.)
        ok.replace("Left", "Left \u0000"), ok.replace("Left", "Left \\u0000"),
        ok.replace("Left", "Left \uD800"), ok.replace("Left", "Left \uDC00 x"),
        ok.replace("Left", "Left \\uD800"), ok.replace("Left", "\u00e9\u4e2d\ud83d\ude00"),
        ok.replace("2026-02-02", "2026-02-02T25:00:00Z"), ok.replace("2026-02-02", "2026-02"),
        ok.replace("\"completed\"", "\"COMPLETED\""),
        ok.replace("\"performedDateTime\"", "\"performedString\""),
        ok.replace("\"performedDateTime\":\"2026-02-02\"",
            "\"performedDateTime\":\"2026-02-02\",\"performedString\":\"today\""),
        ok.replace("{\"reference\":\"Patient/1\"}", "{\"reference\":\"Patient/1/_history/3\"}"),
        ok.replace("{\"reference\":\"Patient/1\"}", "{\"reference\":\"http://h/fhir/Patient/1\"}"),
        ok.replace("\"code\":{", "\"text\":{\"status\":\"generated\",\"div\":"
            + "\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">x</div>\"},\"code\":{"),
        ok.replace("\"code\":{", "\"contained\":[{\"resourceType\":\"Device\",\"id\":\"d\"},"
            + "{\"resourceType\":\"Device\",\"id\":\"d\"}],\"usedReference\":[{\"reference\":"
            + "\"#d\"}],\"code\":{"),
        ok.replace("\"code\":{", "\"contained\":[{\"resourceType\":\"Device\",\"id\":\"d\","
            + "\"contained\":[]}],\"code\":{"),
        ok.replace("\"code\":{", "\"contained\":[{\"id\":\"d\",\"resourceType\":\"Device\"}],"
            + "\"code\":{"),
        deep.toString(), "{\"resourceType\":\"Procedure\"}",
        "{\"resourceType\":\"Procedure\",\"status\":\"completed\"}");
  }

  // ---- tests ----

  @Test
  void goldenAndSpecExampleProceduresReadTheSame() throws IOException {
    int lines = 0;
    for (Path file : inputFiles()) {
      for (String line : procedureLines(file)) {
        lines++;
        assertThat(same(line)).as("decoded fast: %s", file).isTrue();
        // HAPI's own compact form of the same Procedure, too.
        same(hapiJson.encodeResourceToString(FACET.parse(line.getBytes(StandardCharsets.UTF_8))));
      }
    }
    assertThat(lines).isGreaterThan(50);
    assertThat(fastEncoded).isGreaterThan(50);
    assertThat(directWritten).isGreaterThan(30);
  }

  @Test
  void syntheticRecordsReadTheSame() throws IOException {
    for (String line : synthetic(3000, 7, 1)) {
      assertThat(same(line)).as("decoded fast: %s", line).isTrue();
    }
    assertThat(fastEncoded).isGreaterThan(3000);
    assertThat(directWritten).isGreaterThan(2000);
  }

  @Test
  void oddVariantsReadTheSameOrGoToHapi() throws IOException {
    List<String> bases = new ArrayList<>();
    bases.add(RICH);
    bases.addAll(synthetic(10, 3, 1).subList(0, 10)); // all three site forms
    bases.addAll(procedureLines(EXAMPLES.resolve("ex3-body-structure.json")));
    bases.addAll(procedureLines(GOLDEN.resolve("50-contained-medication-phenol.json")));
    assertThat(same(RICH)).isTrue();
    int count = 0;
    for (String base : bases) {
      for (String m : mutants(base)) {
        same(m);
        count++;
      }
    }
    for (String odd : oddLines()) {
      same(odd);
      count++;
    }
    assertThat(count).isGreaterThan(3000);
    // Not a vacuous test: many variants are decoded fast and compared, many go to HAPI.
    assertThat(decoded).isGreaterThan(count / 8);
    assertThat(fellBack).isGreaterThan(count / 10);
  }

  @Test
  void fastEncoderEscapesEveryCharacterAsHapiDoes() {
    // Every UTF-16 code unit (lone surrogates too), 512 at a time, in a display and a text.
    for (int from = 1; from < 0x10000; from += 512) {
      StringBuilder t = new StringBuilder("x");
      for (int c = from; c < Math.min(0x10000, from + 512); c++) {
        t.append((char) c);
      }
      OperationOutcome oo = new OperationOutcome();
      oo.setId("o");
      oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
          .setCode(OperationOutcome.IssueType.VALUE).setDiagnostics(t.toString())
          .setDetails(new CodeableConcept(new Coding("s", "c", t.toString())).setText("y" + t));
      assertThat(encoder.encodeFast(oo)).isEqualTo(hapiJson.encodeResourceToString(oo));
    }
  }

  @Test
  void createdIsWrittenAsHapiWritesADateTimeOfSeconds() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(9);
    List<String> zones = List.of("UTC", "Europe/Berlin", "America/New_York", "America/St_Johns",
        "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Chatham", "Australia/Lord_Howe",
        "Pacific/Kiritimati", "Etc/GMT+12", "America/Sao_Paulo", "Africa/Casablanca");
    int compared = 0;
    for (String zone : zones) {
      java.util.TimeZone tz = java.util.TimeZone.getTimeZone(zone);
      for (int i = 0; i < 2000; i++) {
        // 1971-2037, and the hours around each zone's clock changes come up at random
        long second = 31_536_000L + rnd.nextLong(2_100_000_000L);
        org.hl7.fhir.r4.model.DateTimeType hapi = new org.hl7.fhir.r4.model.DateTimeType(
            new java.util.Date(second * 1000 + rnd.nextInt(1000)),
            ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, tz);
        assertThat(ResultJsonWriter.createdText(second, java.time.ZoneId.of(zone)))
            .as("%s in %s", second, zone).isEqualTo(hapi.getValueAsString());
        compared++;
      }
    }
    assertThat(compared).isEqualTo(24_000);
    // The JVM's own zone, as the writer uses it, is HAPI's setCreated(Date).
    long now = System.currentTimeMillis();
    assertThat(ResultJsonWriter.createdText(now / 1000, java.time.ZoneId.systemDefault()))
        .isEqualTo(new org.hl7.fhir.r4.model.Claim().setCreated(new java.util.Date(now))
            .getCreatedElement().getValueAsString());
    assertThat(ResultJsonWriter.createdText(-40_000_000_000L, java.time.ZoneOffset.UTC))
        .as("year 702: HAPI formats it").isNull();
  }

  @Test
  void commonTypesAreMadeAsTheirConstructorMakesThem() throws Exception {
    for (Class<? extends org.hl7.fhir.r4.model.Base> t : FastProcedureDecoder.COMMON_TYPES) {
      org.hl7.fhir.r4.model.Base made = FastProcedureDecoder.newCommon(t);
      assertThat(made).as("%s", t).isExactlyInstanceOf(t);
      assertThat(made.equalsDeep(t.getConstructor().newInstance())).as("%s", t).isTrue();
    }
    assertThat(FastProcedureDecoder.newCommon(org.hl7.fhir.r4.model.Quantity.class)).isNull();
  }

  @Test
  void plainDatesAreAcceptedByHapi() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    String[] zones = {"Z", "+00:00", "-05:00", "+14:00", "+05:45", "-12:30", "+15:00", "+05:07",
        "z", "", "+0500", "-05:00:00"};
    List<String> samples = new ArrayList<>(List.of("2026", "2026-02", "2024-02-29",
        "2100-02-29", "2000-02-29", "1900-02-29", "2026-02-02T10:00:00Z", "2026-02-02T24:00:00Z",
        "2026-02-02T10:00:60Z", "2026-02-02T10:00:00.Z", "2026-02-02T10:00:00.1234567890Z",
        "2026-02-02T10:00Z", "2026-02-02T10:00:00", " 2026-02-02", "2026-02-02 ", "1899-12-31",
        "3000-01-01", "2026-11-01T10:00:00Z", "2026-01-02T03:04:05.678+01:00"));
    for (int i = 0; i < 30000; i++) {
      StringBuilder b = new StringBuilder(String.format("%04d", 1850 + rnd.nextInt(1300)));
      int parts = rnd.nextInt(5);
      if (parts > 0) {
        b.append(String.format("-%02d", rnd.nextInt(14)));
      }
      if (parts > 1) {
        b.append(String.format("-%02d", rnd.nextInt(33)));
      }
      if (parts > 2) {
        b.append(String.format("T%02d:%02d:%02d", rnd.nextInt(25), rnd.nextInt(61),
            rnd.nextInt(62)));
        if (rnd.nextBoolean()) {
          b.append('.').append("1234567891".substring(0, rnd.nextInt(11)));
        }
        b.append(zones[rnd.nextInt(zones.length)]);
      }
      samples.add(b.toString());
    }
    int accepted = 0;
    for (String v : samples) {
      for (int kind = 0; kind < 3; kind++) {
        boolean dateForms = kind != 0;
        boolean timeForms = kind != 2;
        if (!FastProcedureDecoder.plainDate(v, dateForms, timeForms)) {
          continue;
        }
        accepted++;
        org.hl7.fhir.r4.model.BaseDateTimeType t = kind == 0
            ? new org.hl7.fhir.r4.model.InstantType() : kind == 1
            ? new org.hl7.fhir.r4.model.DateTimeType() : new org.hl7.fhir.r4.model.DateType();
        t.setValueAsString(v); // throws if HAPI refuses it
        assertThat(t.getValueAsString()).as(v).isEqualTo(v);
      }
    }
    assertThat(accepted).isGreaterThan(5000);
  }

  @Test
  void isoDateIsLocalDateParse() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    List<String> samples = new ArrayList<>(List.of("2026-02-28", "2024-02-29", "2026-02-29",
        "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31", "0000-01-01", "9999-12-31",
        "2026-1-011", "2026/01/01", "+202601-01", "2026-01-0a", "２０２６-01-01", "-002601-01"));
    for (int i = 0; i < 20000; i++) {
      samples.add(String.format("%04d-%02d-%02d", rnd.nextInt(10000), rnd.nextInt(15),
          rnd.nextInt(34)));
    }
    for (String s : samples) {
      String expected;
      try {
        expected = java.time.LocalDate.parse(s).toString();
      } catch (java.time.DateTimeException e) {
        expected = "refused";
      }
      String actual;
      try {
        actual = ProcedureReader.isoDate(s).toString();
      } catch (java.time.DateTimeException e) {
        actual = "refused";
      }
      assertThat(actual).as(s).isEqualTo(expected);
    }
  }

  @Test
  void nameUuidIsTheJdksNameBasedUuid() {
    for (String name : List.of("", "claim|MEDICARE_PHYSICIAN|Patient/1|2026-02-02|", "ünï 😀",
        "outcome|bulk|line:7|7", "x".repeat(1000))) {
      assertThat(ClaimWriter.nameUuid(name)).isEqualTo(java.util.UUID.nameUUIDFromBytes(
          name.getBytes(StandardCharsets.UTF_8)).toString());
    }
  }

  @Test
  void fastEncoderWritesHapisBytesForOddClaims() {
    String[] texts = {"plain", "ünïcödé ✓", "tab\there", "line\nbreak", "quote \" back \\ slash",
        "\u2028\u2029", "\u0001\u001f", "😀", "<b>&amp;</b>", " padded ", "/", "</script>"};
    for (String t : texts) {
      Claim c = new Claim();
      c.setId("c-1");
      c.setStatus(Claim.ClaimStatus.ACTIVE);
      c.setUse(Claim.Use.CLAIM);
      c.setCreated(new Date(1_700_000_000_123L));
      c.setPatient(new Reference("Patient/1").setDisplay(t).setType("Patient")
          .setIdentifier(new Identifier().setSystem("urn:s").setValue(t)
              .setUse(Identifier.IdentifierUse.OFFICIAL)));
      c.setProvider(new Reference().setDisplay(t));
      c.addInsurance().setSequence(1).setFocal(false).setCoverage(new Reference("Coverage/9"));
      c.addDiagnosis().setSequence(1).setDiagnosis(new CodeableConcept(
          new Coding("http://hl7.org/fhir/sid/icd-10-cm", "M47.816", t)));
      c.addItem().setSequence(1).setProductOrService(new CodeableConcept(
          new Coding("http://www.ama-assn.org/go/cpt", "64635", null)).setText(t))
          .setQuantity(new org.hl7.fhir.r4.model.Quantity(2));
      // HAPI drops blank strings (Character.isWhitespace only); the fast encoder declines them.
      boolean blank = t.chars().allMatch(Character::isWhitespace);
      assertThat(encoder.encodeFast(c)).isEqualTo(blank ? null : hapiJson.encodeResourceToString(c));
      assertThat(encoder.encode(c)).isEqualTo(hapiJson.encodeResourceToString(c));
      OperationOutcome oo = new OperationOutcome();
      oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.WARNING)
          .setCode(OperationOutcome.IssueType.VALUE).setDiagnostics(t).addExpression(t);
      assertThat(encoder.encodeFast(oo)).isEqualTo(blank ? null
          : hapiJson.encodeResourceToString(oo));
    }
    // Shapes the fast encoder leaves to HAPI, and HAPI's answer is what encode() gives.
    Claim versioned = new Claim();
    versioned.setPatient(new Reference("Patient/1/_history/2"));
    assertThat(encoder.encodeFast(versioned)).isNull();
    assertThat(encoder.encode(versioned)).isEqualTo(hapiJson.encodeResourceToString(versioned));
    Claim blankDisplay = new Claim();
    blankDisplay.setProvider(new Reference().setDisplay("  "));
    assertThat(encoder.encode(blankDisplay))
        .isEqualTo(hapiJson.encodeResourceToString(blankDisplay));
    Claim extra = new Claim();
    extra.setTotal(new org.hl7.fhir.r4.model.Money().setValue(1));
    extra.addIdentifier().setValue("x");
    assertThat(encoder.encodeFast(extra)).isNull();
    Claim withExtension = new Claim();
    withExtension.getStatusElement().addExtension("http://example.org/e",
        new org.hl7.fhir.r4.model.StringType("x"));
    assertThat(encoder.encodeFast(withExtension)).isNull();
    assertThat(encoder.encode(new Bundle())).isEqualTo(hapiJson.encodeResourceToString(new Bundle()));
  }

  @Test
  void directWriterWritesHapisBytesForOddPartiesOrDeclines() throws IOException {
    Procedure p = (Procedure) FACET.parse(synthetic(1, 7, 1).get(0)
        .getBytes(StandardCharsets.UTF_8));
    ReadProcedure r = FACET.read(p, "Procedure", new ResourceIndex(p, 1000));
    List<Finding> findings = new ArrayList<>();
    CodedSession base = FACET.codeForClaim(FacetClaims.sessionKey(r), List.of(r), OPTIONS,
        new Reference("Coverage/c1"), findings, null);
    assertThat(base).isNotNull();
    String[] texts = {"plain", "ünïcödé ✓", "tab\there", "quote \" back \\ slash", "\u0001",
        "😀", "</script>", " padded "};
    for (String t : texts) {
      Reference odd = new Reference("Patient/" + t.hashCode()).setDisplay(t).setType("Patient")
          .setIdentifier(new Identifier().setSystem("urn:s").setValue(t)
              .setUse(Identifier.IdentifierUse.OFFICIAL));
      String direct = claim(withParties(base, odd, odd, odd));
      assertThat(direct).as(t).isNotNull()
          .isEqualTo(hapiJson.encodeResourceToString(FACET.writeClaim(
              withParties(base, odd, odd, odd))));
    }
    // Values HAPI rewrites or leaves out: declined (the bulk coder then builds and encodes).
    List<Reference> declined = List.of(new Reference("Patient/1/_history/2"),
        new Reference("#pt"), new Reference().setDisplay("  "),
        new Reference().setIdentifier(new Identifier().setValue("x")
            .setPeriod(new org.hl7.fhir.r4.model.Period().setStartElement(
                new org.hl7.fhir.r4.model.DateTimeType("2020-01-01")))),
        new Reference().setIdentifier(new Identifier().setValue(" ")),
        new Reference().setType("Patient").setIdentifier(
            (Identifier) new Identifier().setSystem("s").setValue("v").setId("i1")));
    for (Reference ref : declined) {
      assertThat(claim(withParties(base, ref, null, null))).as(ref.toString()).isNull();
      assertThat(claim(withParties(base, null, null, ref))).isNull();
    }
    // References HAPI reads as ids and may write back otherwise (the fuzzer found the first):
    // either writer writes HAPI's bytes or declines, and the fallback is HAPI's answer.
    int written = 0;
    for (String ref : List.of("\u0013x/Practitioner/1", "a b/Practitioner/1",
        "http://example.org/fhir/Practitioner/1", "Practitioner/1/_history/2", "Practitioner/",
        "/Practitioner/1", "Practitioner//1", "urn:uuid:5f0c2b1e-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
        "Practitioner/1?x=y", "x", "Practitioner/ 1", "Practitioner/1/")) {
      CodedSession s = withParties(base, null, new Reference(ref), null);
      String hapi = hapiJson.encodeResourceToString(FACET.writeClaim(s));
      String direct = claim(s);
      if (direct != null) {
        written++;
        assertThat(direct).as(ref).isEqualTo(hapi);
      }
      String fast = encoder.encodeFast(FACET.writeClaim(s));
      assertThat(fast == null ? hapi : fast).as(ref).isEqualTo(hapi);
    }
    assertThat(written).isGreaterThan(3);
    assertThat(claim(withParties(base, null, new Reference("\u0013x/Practitioner/1"),
        null))).isNull();
    // Text with an unpaired surrogate (which UTF-8 cannot hold): declined, so that a caller
    // taking the JSON as a String gets HAPI's text (BulkLinesFuzzTest found the difference).
    Reference lone = new Reference("Patient/9").setDisplay("x \uDB7D.\uDF7D y");
    assertThat(claim(withParties(base, lone, null, null))).isNull();
    // An empty identifier period HAPI leaves out; so does the writer.
    Reference emptyPeriod = new Reference().setIdentifier(new Identifier().setValue("x")
        .setPeriod(new org.hl7.fhir.r4.model.Period()));
    assertThat(claim(withParties(base, emptyPeriod, null, null)))
        .contains("\"patient\":{\"identifier\":{\"value\":\"x\"}}")
        .isEqualTo(hapiJson.encodeResourceToString(FACET.writeClaim(
            withParties(base, emptyPeriod, null, null))));
    // After a decline the writer is as good as new.
    assertThat(claim(base))
        .isEqualTo(hapiJson.encodeResourceToString(FACET.writeClaim(base)));
  }

  @Test
  void referencesHapiWritesAsTheyAreAreHapisOwnRule() {
    // The shortcut for Type/id must agree with HAPI's id reading on every string.
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(9);
    String alphabet = "PatientPractitioner01234567899.-/_#: %\u0013é";
    List<String> samples = new ArrayList<>(List.of("Patient/1", "Patient/" + "a".repeat(64),
        "Patient/" + "a".repeat(65), "Patient/1/_history/2", "http://x.org/Patient/1", "/1",
        "Patient/", "P/1.2-3", "Patient/1 ", "Patient/é"));
    for (int i = 0; i < 20000; i++) {
      StringBuilder b = new StringBuilder(rnd.nextBoolean() ? "Practitioner/" : "");
      for (int n = rnd.nextInt(1, 12); n > 0; n--) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      samples.add(b.toString());
    }
    int asIs = 0;
    for (String ref : samples) {
      org.hl7.fhir.r4.model.IdType id = new org.hl7.fhir.r4.model.IdType(ref);
      String written = id.getIdPart() == null || id.getIdPart().isBlank() ? id.getValue()
          : id.toVersionless().getValue();
      boolean expected = ref.equals(written);
      assertThat(JsonText.hapiWritesReferenceAsIs(ref)).as(ref).isEqualTo(expected);
      asIs += expected ? 1 : 0;
    }
    assertThat(asIs).isGreaterThan(1000).isLessThan(samples.size());
  }

  private static CodedSession withParties(CodedSession s, Reference patient, Reference provider,
      Reference encounter) {
    return new CodedSession(s.key, s.result, s.profile, s.procedures, new ClaimWriter.Parties(
        patient, provider, s.parties.coverage, encounter), s.complete, s.coverage);
  }

  @Test
  void bulkOutputIsTheSameByteForByteWithAndWithoutTheFastPath() throws IOException {
    List<String> lines = new ArrayList<>(synthetic(2000, 11, 3));
    for (Path file : inputFiles()) {
      lines.add(MAPPER.writeValueAsString(MAPPER.readTree(Files.readString(file))));
    }
    List<String> mutants = mutants(RICH);
    for (int i = 0; i < mutants.size(); i += 7) {
      lines.add(mutants.get(i));
    }
    lines.addAll(oddLines());
    lines.add("");
    lines.add("   ");
    String in = String.join("\n", lines) + "\n";
    String[] hapi = run(in, true);
    String[] fast = run(in, false);
    assertThat(fast[0]).isEqualTo(hapi[0]);
    assertThat(fast[1]).isEqualTo(hapi[1]);
    assertThat(fast[2].replaceAll(", \\d+ ms$", "")).isEqualTo(hapi[2].replaceAll(", \\d+ ms$", ""));
    assertThat(hapi[0].lines().count()).isGreaterThan(500);
    assertThat(hapi[1]).contains("FC-512");
  }

  private static String[] run(String ndjson, boolean hapi) throws IOException {
    StringWriter claims = new StringWriter();
    StringWriter outcomes = new StringWriter();
    BulkSummary s = BulkCoder.builder(FACET).threads(2).window(50).hapi(hapi)
        .coverage(new Reference("Coverage/bulk")).build()
        .run(new BufferedReader(new StringReader(ndjson)), claims, outcomes);
    return new String[] {claims.toString(), outcomes.toString(), s.toString()};
  }
}
