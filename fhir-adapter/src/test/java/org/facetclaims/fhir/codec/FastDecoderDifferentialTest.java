package org.facetclaims.fhir.codec;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The fast Procedure decoder reads what HAPI reads, or leaves the line to HAPI ({@link
 * DecoderCheck}), on every golden input, the spec examples, thousands of synthetic records and a
 * few thousand odd variants of them; and every Claim and OperationOutcome coded from them is
 * rendered to the same bytes by both renderers ({@link RendererCheck}).
 */
class FastDecoderDifferentialTest {
  private final DecoderCheck check = new DecoderCheck();
  private final IParser hapiJson = TestInputs.FACET.fhirContext().newJsonParser();

  @Test
  void goldenAndSpecExampleProceduresReadTheSame() throws IOException {
    int lines = 0;
    for (Path file : TestInputs.inputFiles()) {
      for (String line : TestInputs.procedureLines(file)) {
        lines++;
        assertThat(check.same(line)).as("decoded fast: %s", file).isTrue();
        // HAPI's own compact form of the same Procedure, too.
        check.same(hapiJson.encodeResourceToString(
            TestInputs.FACET.parse(line.getBytes(StandardCharsets.UTF_8))));
      }
    }
    assertThat(lines).isGreaterThan(50);
    assertThat(check.renderers.rendered).isGreaterThan(200);
  }

  @Test
  void syntheticRecordsReadTheSame() throws IOException {
    for (String line : TestInputs.synthetic(3000, 7, 1)) {
      assertThat(check.same(line)).as("decoded fast: %s", line).isTrue();
    }
    assertThat(check.renderers.rendered).isGreaterThan(12_000);
  }

  @Test
  void oddVariantsReadTheSameOrGoToHapi() throws IOException {
    List<String> bases = new ArrayList<>();
    bases.add(TestInputs.RICH);
    bases.addAll(TestInputs.synthetic(10, 3, 1).subList(0, 10)); // all three site forms
    bases.addAll(TestInputs.procedureLines(TestInputs.EXAMPLES.resolve("ex3-body-structure.json")));
    bases.addAll(TestInputs.procedureLines(
        TestInputs.GOLDEN.resolve("50-contained-medication-phenol.json")));
    assertThat(check.same(TestInputs.RICH)).isTrue();
    int count = 0;
    for (String base : bases) {
      for (String m : TestInputs.mutants(base)) {
        check.same(m);
        count++;
      }
    }
    for (String odd : TestInputs.oddLines()) {
      check.same(odd);
      count++;
    }
    assertThat(count).isGreaterThan(3000);
    // Not a vacuous test: many variants are decoded fast and compared, many go to HAPI.
    assertThat(check.decoded).isGreaterThan(count / 8);
    assertThat(check.fellBack).isGreaterThan(count / 10);
    // And the renderer wrote most documents, declining some (odd references, blank values).
    assertThat(check.renderers.rendered).isGreaterThan(count);
    assertThat(check.renderers.declined).isPositive();
  }

  @Test
  void commonTypesAreMadeAsTheirConstructorMakesThem() throws Exception {
    for (Class<? extends Base> t : ModelSlots.COMMON_TYPES) {
      Base made = ModelSlots.newCommon(t);
      assertThat(made).as("%s", t).isExactlyInstanceOf(t);
      assertThat(made.equalsDeep(t.getConstructor().newInstance())).as("%s", t).isTrue();
    }
    assertThat(ModelSlots.newCommon(Quantity.class)).isNull();
  }
}
