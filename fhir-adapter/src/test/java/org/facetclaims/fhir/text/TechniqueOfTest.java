package org.facetclaims.fhir.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.core.technique.Technique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Combining the texts of one procedure (code text, notes, device and medication names) into one
 * technique and one imaging value, with the precedence of coding-rules §2.
 */
class TechniqueOfTest {
  private static final ClinicalTextGrammar GRAMMAR = ClinicalTextGrammar.standard();

  private static List<TextReading> read(String... texts) {
    List<TextReading> out = new ArrayList<>();
    for (String t : texts) {
      out.add(GRAMMAR.read(t));
    }
    return out;
  }

  static Stream<Arguments> techniques() {
    return Stream.of(
        Arguments.of(List.of("Lumbar facet radiofrequency ablation", "80 C x 90 s"),
            Technique.thermalRf(80)),
        Arguments.of(List.of("Radiofrequency ablation", "Pulsed mode at 42 C"),
            Technique.of(NeurolyticMethod.PULSED_RF)),
        Arguments.of(List.of("pulsed radiofrequency of the L4-5 medial branches"),
            Technique.of(NeurolyticMethod.PULSED_RF)),
        Arguments.of(List.of("Facet ablation", "cryoprobe, -60 C"),
            Technique.of(NeurolyticMethod.CRYOABLATION)),
        Arguments.of(List.of("Laser ablation of the medial branches"),
            Technique.of(NeurolyticMethod.LASER)),
        Arguments.of(List.of("Cooled radiofrequency ablation", "Coolief probe at 60 C"),
            Technique.of(NeurolyticMethod.COOLED_RF).withTemperature(60)),
        Arguments.of(List.of("RF neurotomy", "cooled RF"),
            Technique.of(NeurolyticMethod.COOLED_RF)),
        Arguments.of(List.of("Facet joint nerve neurolysis, fluoroscopic guidance",
            "Right L2 and L3 medial branches treated.", "Phenol 6% in glycerin"),
            Technique.chemical(NeurolyticAgent.PHENOL)),
        Arguments.of(List.of("Glycerin", "Phenol"), Technique.chemical(NeurolyticAgent.PHENOL)),
        Arguments.of(List.of("Glycerol rhizotomy"), Technique.chemical(NeurolyticAgent.GLYCEROL)),
        Arguments.of(List.of("medial branch injection", "Dehydrated alcohol 98%"),
            Technique.chemical(NeurolyticAgent.ETHYL_ALCOHOL)),
        Arguments.of(List.of("Chemical neurolysis of the L4-5 facet joint nerves"),
            Technique.of(NeurolyticMethod.CHEMICAL)),
        Arguments.of(List.of("Chemical neurolysis", "Ammonium sulfate 10%"),
            Technique.chemical(NeurolyticAgent.AMMONIUM_SALTS)),
        Arguments.of(List.of("Radiofrequency lesioning at 80 C", "0.5 mL of 6% phenol injected "
            + "after lesioning"), Technique.thermalRf(80)),
        Arguments.of(List.of("Electrical heat lesioning of the L3 medial branch"),
            Technique.of(NeurolyticMethod.ELECTRICAL_HEAT)),
        Arguments.of(List.of("Medial branch neurotomy"), Technique.thermalRf()),
        Arguments.of(List.of("Left L4-5 rhizotomy at 75 degrees"), Technique.thermalRf(75)),
        Arguments.of(List.of("RF at 120 C"), Technique.thermalRf()),
        Arguments.of(List.of("Temp 37.0 C", "RFA"), Technique.thermalRf()),
        Arguments.of(List.of("RF lesion 80 C", "second cycle 90 C"), Technique.thermalRf(90)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void techniques(List<String> texts, Technique expected) {
    assertThat(TextReading.techniqueOf(read(texts.toArray(new String[0]))))
        .contains(expected);
  }

  @Test
  void nothingOrOnlyGenericDestructionGivesNoTechnique() {
    assertThat(TextReading.techniqueOf(List.of())).isEmpty();
    assertThat(TextReading.techniqueOf(null)).isEmpty();
    assertThat(TextReading.techniqueOf(Arrays.asList(null, TextReading.empty()))).isEmpty();
    assertThat(TextReading.techniqueOf(read("Facet denervation", "neurolysis"))).isEmpty();
    assertThat(TextReading.techniqueOf(read("Left L4-5 facet joint"))).isEmpty();
  }

  @Test
  void techniqueOfOneReadingIsItsTechnique() {
    TextReading r = GRAMMAR.read("Cryoneurolysis of the L3 medial branch");
    assertThat(r.technique()).isEqualTo(TextReading.techniqueOf(List.of(r)));
    assertThat(r.technique()).contains(Technique.of(NeurolyticMethod.CRYOABLATION));
  }

  static Stream<Arguments> imaging() {
    return Stream.of(
        Arguments.of(List.of("under ultrasound guidance", "fluoroscopy time 32 s"),
            Optional.of(Imaging.FLUOROSCOPY)),
        Arguments.of(List.of("CT guidance", "fluoroscopic images saved"),
            Optional.of(Imaging.CT)),
        Arguments.of(List.of("landmark technique", "under ultrasound"),
            Optional.of(Imaging.ULTRASOUND)),
        Arguments.of(List.of("landmark technique", "Radiofrequency ablation"),
            Optional.of(Imaging.NONE)),
        Arguments.of(List.of("MRI guided"), Optional.of(Imaging.MRI)),
        Arguments.of(List.of("Radiofrequency ablation", "L4-5 facet joint"), Optional.empty()),
        Arguments.of(List.of("without imaging", "C-arm"), Optional.of(Imaging.FLUOROSCOPY)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource
  void imaging(List<String> texts, Optional<Imaging> expected) {
    assertThat(TextReading.imagingOf(read(texts.toArray(new String[0])))).isEqualTo(expected);
  }

  @Test
  void imagingOfNothing() {
    assertThat(TextReading.imagingOf(List.of())).isEmpty();
    assertThat(TextReading.imagingOf(null)).isEmpty();
    assertThat(TextReading.imagingOf(Arrays.asList((TextReading) null))).isEmpty();
  }
}
