import org.facetclaims.core.CodingResult;
import org.facetclaims.core.FacetCodingEngine;
import org.facetclaims.core.payer.PayerProfile;

FacetCodingEngine engine = FacetCodingEngine.standard();
for (PayerProfile profile : PayerProfile.standardProfiles().values()) {
  CodingResult result = engine.code(session, profile);
  System.out.println(profile.name() + ": " + result.lines());
}
