package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.claim.ClaimMapping;
import org.facetclaims.fhir.claim.OutcomeMapping;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * The rationale in the Claim (body sites and a note per item) and the OperationOutcome's links
 * to its Claims and their items.
 */
class ClaimRationaleTest {
  static final FacetClaims FACET = AdapterBasicsTest.FACET;

  static CodingOutput example(String name, CodingOptions options) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("..", "examples", name))) {
      return FACET.code(FACET.parse(in), options);
    }
  }

  @Test
  void eachItemCarriesItsSitesAndPointsAtItsRationaleNote() throws Exception {
    CodingOutput out = example("ex6-bundle-one-session.json",
        CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN));
    Claim c = out.sessions().get(0).claim();
    Claim.ItemComponent item = c.getItemFirstRep();
    assertThat(item.getBodySite().getText())
        .isEqualTo("Paravertebral facet joints, lumbar/sacral");
    assertThat(item.getSubSite()).extracting(CodeableConcept::getText)
        .containsExactly("right L5-S1", "left L5-S1");
    assertThat(item.getInformationSequence()).hasSize(1);
    int seq = item.getInformationSequence().get(0).getValue();
    Claim.SupportingInformationComponent note = c.getSupportingInfo().stream()
        .filter(s -> s.getSequence() == seq).findFirst().orElseThrow();
    assertThat(note.getCategory().getCodingFirstRep().getCode()).isEqualTo("info");
    assertThat(note.getCode().getCodingFirstRep().getSystem())
        .isEqualTo(ClaimMapping.INFORMATION_CODES);
    assertThat(note.getCode().getCodingFirstRep().getCode()).isEqualTo("line-rationale");
    String text = ((StringType) note.getValue()).getValue();
    assertThat(text).startsWith("Covers right L5-S1, left L5-S1.");
    for (String rule : out.sessions().get(0).result().lines().get(0).rationale().rules()) {
      assertThat(text).contains(rule);
    }
    assertThat(FhirValidation.errors(out.toBundle())).isEmpty();
  }

  @Test
  void legacyNerveLinesNameNervesAndImagingLinesNoSite() throws Exception {
    Claim c = example("ex5-legacy-nerves.json", CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN))
        .sessions().get(0).claim();
    assertThat(c.getItem()).extracting(i -> i.getProductOrService().getCodingFirstRep().getCode())
        .containsExactly("64626", "64627", "77003");
    assertThat(c.getItem().get(0).getBodySite().getText())
        .isEqualTo("Paravertebral facet joint nerves, cervical/thoracic");
    assertThat(c.getItem().get(0).getSubSite()).isNotEmpty();
    assertThat(c.getItem().get(2).hasBodySite()).isFalse();
    assertThat(c.getItem().get(2).hasSubSite()).isFalse();
    // every supportingInfo entry is pointed at by exactly one item
    List<Integer> pointers = c.getItem().stream()
        .flatMap(i -> i.getInformationSequence().stream().map(p -> p.getValue())).toList();
    assertThat(pointers).doesNotHaveDuplicates().hasSameSizeAs(c.getSupportingInfo());
  }

  @Test
  void theOutcomeReferencesItsClaimsAsTheBundleNamesThem() throws Exception {
    CodingOutput out = example("ex6-bundle-one-session.json",
        CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN));
    OperationOutcome oo = out.outcome();
    List<Extension> ext = oo.getExtensionsByUrl(OutcomeMapping.CLAIM_EXTENSION);
    assertThat(ext).hasSize(1);
    String claimId = out.sessions().get(0).claim().getIdElement().getIdPart();
    assertThat(((Reference) ext.get(0).getValue()).getReference())
        .isEqualTo("urn:uuid:" + claimId);
    assertThat(out.toBundle().getEntry().get(0).getFullUrl()).isEqualTo("urn:uuid:" + claimId);
  }

  @Test
  void anEditFindingNamesTheClaimItemsItConcerns() throws Exception {
    // Three more 64636 units already on the caller's Claim: 2 + 3 > the MUE of 4.
    Claim existing = new Claim();
    existing.addItem().setSequence(1)
        .setProductOrService(new CodeableConcept().addCoding(
            new org.hl7.fhir.r4.model.Coding("http://www.ama-assn.org/go/cpt", "64636", null)))
        .setQuantity((SimpleQuantity) new SimpleQuantity().setValue(3));
    String bundle = """
        {"resourceType":"Procedure","id":"p","status":"completed",
         "subject":{"reference":"Patient/1"},"performer":[{"actor":{"reference":"Practitioner/2"}}],
         "performedDateTime":"2026-02-02",
         "code":{"text":"Radiofrequency ablation of lumbar medial branch nerves"},
         "bodySite":[{"text":"Right L2-L3, L3-L4 and L4-L5 facet joints"}]}""";
    CodingOutput out = FACET.code(FACET.parse(bundle.getBytes()),
        CodingOptions.of(PayerProfile.MEDICARE_PHYSICIAN).withExistingClaim(existing));
    Claim c = out.sessions().get(0).claim();
    assertThat(c.getItem()).extracting(i -> i.getProductOrService().getCodingFirstRep().getCode())
        .containsExactly("64635", "64636");
    OperationOutcome.OperationOutcomeIssueComponent mue = out.outcome().getIssue().stream()
        .filter(i -> i.getDetails().getCodingFirstRep().getCode().equals("FC-401"))
        .findFirst().orElseThrow();
    assertThat(mue.getExpression()).extracting(e -> e.getValue())
        .containsExactly("Claim.item[1]");
    assertThat(out.outcome().getIssue().stream()
        .filter(i -> !i.getDetails().getCodingFirstRep().getCode().equals("FC-401"))
        // the levels beyond two (coverage checks) concern the third level's line
        .filter(i -> !i.getDetails().getCodingFirstRep().getCode().equals("FC-618"))
        .flatMap(i -> i.getExpression().stream()).map(e -> e.getValue()))
        .noneMatch(e -> e.startsWith("Claim."));
    assertThat(FhirValidation.errors(out.toBundle())).isEmpty();
  }
}
