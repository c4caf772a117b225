package org.facetclaims.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.codeset.CodeSetEdition;
import org.facetclaims.core.codeset.CodeSetEditions;
import org.facetclaims.core.codeset.UnitOfService;
import org.junit.jupiter.api.Test;

/** The CPT codes that put a Procedure in scope are the engine's editions' own. */
class FacetCodesTest {
  @Test
  void theStandardEditionsGiveTheEightDestructionCodes() {
    assertThat(FacetCodes.of(CodeSetEditions.standard())).containsExactlyInAnyOrder("64633",
        "64634", "64635", "64636", "64622", "64623", "64626", "64627");
  }

  @Test
  void anEditionAddedToTheEngineIsRecognisedToo() {
    CodeSetEdition current = edition("current-2012", LocalDate.of(2012, 1, 1),
        LocalDate.of(2030, 12, 31), "64633", "64634", "64635", "64636");
    CodeSetEdition future = edition("future-2031", LocalDate.of(2031, 1, 1), null, "0901T",
        "0902T", "0903T", "0904T");
    CodeSetEditions editions = CodeSetEditions.of(List.of(CodeSetEditions.LEGACY_2007, current,
        future));
    assertThat(FacetCodes.of(editions)).contains("0901T", "0904T", "64635", "64622")
        .doesNotContain("64999");
  }

  private static CodeSetEdition edition(String id, LocalDate from, LocalDate through,
      String... codes) {
    return CodeSetEdition.builder(id).name(id).effective(from, through)
        .unit(UnitOfService.JOINT)
        .family(JointFamily.CERVICAL_THORACIC, codes[0], "cervical, first", codes[1],
            "cervical, each additional")
        .family(JointFamily.LUMBAR_SACRAL, codes[2], "lumbar, first", codes[3],
            "lumbar, each additional")
        .unlisted("64999", "Unlisted procedure, nervous system").minimumThermalCelsius(80)
        .requiresFluoroscopyOrCt(true).source("test").build();
  }
}
