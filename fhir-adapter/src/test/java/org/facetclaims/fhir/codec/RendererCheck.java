package org.facetclaims.fhir.codec;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.nio.charset.StandardCharsets;
import org.facetclaims.fhir.claim.ClaimDocument;
import org.facetclaims.fhir.claim.OutcomeDocument;

/**
 * The renderers' contract: the JSON renderer's bytes for a document equal HAPI's JSON encoding of
 * the resource {@link HapiRenderer} makes of the same document, or the renderer declines. Not
 * thread-safe (a renderer and a parser of its own).
 */
public final class RendererCheck {
  private final IParser hapiJson = TestInputs.FACET.fhirContext().newJsonParser()
      .setPrettyPrint(false);
  private final JsonRenderer renderer = new JsonRenderer();
  /** Documents the JSON renderer wrote (not declined). */
  int rendered;
  /** Documents it declined. */
  int declined;

  /** HAPI's JSON of the Claim, after checking the renderer writes the same or declines. */
  public String claim(ClaimDocument d) {
    String hapi = hapiJson.encodeResourceToString(HapiRenderer.claim(d));
    JsonBytes b = new JsonBytes(16);
    boolean written = renderer.appendClaim(d, b);
    return check(written, b, hapi, d);
  }

  /** HAPI's JSON of the OperationOutcome, after the same check. */
  public String outcome(OutcomeDocument d) {
    String hapi = hapiJson.encodeResourceToString(HapiRenderer.outcome(d));
    JsonBytes b = new JsonBytes(16);
    boolean written = renderer.appendOutcome(d, b);
    return check(written, b, hapi, d);
  }

  /** The renderer's JSON of a Claim, without its newline; null when it declines. */
  public String rendered(ClaimDocument d) {
    JsonBytes b = new JsonBytes(16);
    return renderer.appendClaim(d, b) ? b.toString().stripTrailing() : null;
  }

  private String check(boolean written, JsonBytes b, String hapi, Object document) {
    if (!written) {
      assertThat(b.length()).as("a decline writes nothing").isZero();
      declined++;
      return hapi;
    }
    rendered++;
    assertThat(b.toString()).as("rendered JSON of %s", document).isEqualTo(hapi + "\n");
    assertThat(b.copyOf(0)).as("its bytes").isEqualTo((hapi + "\n").getBytes(StandardCharsets.UTF_8));
    return hapi;
  }
}
