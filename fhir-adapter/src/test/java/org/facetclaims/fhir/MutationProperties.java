package org.facetclaims.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.util.FhirTerser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.facetclaims.core.Finding;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Properties over the golden inputs and {@code examples/}: mutations that a sender may make
 * without changing what was documented must not change the coded lines or the kinds of findings;
 * a duplicated site changes them exactly as coding-rules §4 says (finding FC-208, no unit).
 * What is compared: every Claim as its lines in order with its status (the Claims as a sorted
 * list, since entry order may reorder them) and the multiset of finding ids.
 */
class MutationProperties {
  static final FacetClaims FACET = FacetClaims.builder()
      .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build();
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final Path EXAMPLES = Path.of("..", "examples");
  /** Input name -> profile, and input name -> its JSON. */
  static final Map<String, PayerProfile> PROFILES = new LinkedHashMap<>();
  static final Map<String, String> JSON = new LinkedHashMap<>();

  static {
    try {
      for (String line : Files.readAllLines(GOLDEN.resolve("expected.tsv"))) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        PROFILES.put(f[0], PayerProfile.byName(f[1]).orElseThrow());
        JSON.put(f[0], Files.readString(GOLDEN.resolve(f[0])));
      }
      try (var files = Files.list(EXAMPLES)) {
        for (Path p : files.filter(p -> p.toString().endsWith(".json")).sorted()
            .collect(Collectors.toList())) {
          String name = "examples/" + p.getFileName();
          PROFILES.put(name, PayerProfile.MEDICARE_PHYSICIAN);
          JSON.put(name, Files.readString(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> inputs() {
    return Arbitraries.of(new ArrayList<>(JSON.keySet()));
  }

  static Resource parse(String name) {
    return (Resource) FACET.parse(JSON.get(name).getBytes(StandardCharsets.UTF_8));
  }

  /** What must not change: each Claim's lines and status, and the finding ids. */
  static String signature(String name, Resource input) {
    CodingOutput out = FACET.code(input, PROFILES.get(name));
    List<String> claims = new ArrayList<>();
    for (SessionClaim s : out.sessions()) {
      claims.add(s.claim().getItem().stream().map(GoldenCasesTest::notation)
          .collect(Collectors.joining(", ")) + " [" + s.claim().getStatus().toCode() + "]");
    }
    Collections.sort(claims);
    List<String> ids = out.findings().stream().map(Finding::id).sorted()
        .collect(Collectors.toList());
    return String.join(" | ", claims) + " / " + String.join(" ", ids);
  }

  static List<Procedure> procedures(Resource r) {
    List<Procedure> out = new ArrayList<>();
    if (r instanceof Procedure) {
      out.add((Procedure) r);
    } else if (r instanceof Bundle) {
      for (Bundle.BundleEntryComponent e : ((Bundle) r).getEntry()) {
        if (e.getResource() instanceof Procedure) {
          out.add((Procedure) e.getResource());
        }
      }
    }
    return out;
  }

  // ---- order ----

  @Property(tries = 200)
  void reorderingSitesNotesAndEntriesChangesNothing(@ForAll("inputs") String name,
      @ForAll Random random) {
    String before = signature(name, parse(name));
    Resource r = parse(name);
    for (Procedure p : procedures(r)) {
      Collections.shuffle(p.getBodySite(), random);
      Collections.shuffle(p.getNote(), random);
    }
    if (r instanceof Bundle) {
      Collections.shuffle(((Bundle) r).getEntry(), random);
    }
    assertThat(signature(name, r)).as(name).isEqualTo(before);
  }

  // ---- case and spacing ----

  /**
   * The texts the grammar reads: every string except references and codes (ids, URLs and codes
   * are not text), in
   * the resource, its contained resources and, for a Bundle, its entries (HAPI's terser stops at
   * resource boundaries).
   */
  static List<StringType> texts(Resource r) {
    List<StringType> out = new ArrayList<>();
    if (r instanceof Bundle) {
      for (Bundle.BundleEntryComponent e : ((Bundle) r).getEntry()) {
        if (e.getResource() != null) {
          out.addAll(texts(e.getResource()));
        }
      }
      return out;
    }
    FhirTerser terser = FACET.fhirContext().newTerser();
    Set<StringType> refs = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Reference ref : terser.getAllPopulatedChildElementsOfType(r, Reference.class)) {
      refs.add(ref.getReferenceElement_());
    }
    for (StringType s : terser.getAllPopulatedChildElementsOfType(r, StringType.class)) {
      // A code (CodeType is a StringType in HAPI) is not text: its case and spacing are fixed.
      if (!refs.contains(s) && !(s instanceof CodeType)) {
        out.add(s);
      }
    }
    if (r instanceof DomainResource) {
      for (Resource c : ((DomainResource) r).getContained()) {
        out.addAll(texts(c));
      }
    }
    return out;
  }

  static String respace(String s, Random random) {
    StringBuilder sb = new StringBuilder(" ".repeat(random.nextInt(3)));
    for (char c : s.toCharArray()) {
      if (c == ' ') {
        sb.append(random.nextBoolean() ? "  " : random.nextBoolean() ? " \t " : " ");
      } else {
        sb.append(c);
      }
    }
    return sb.append(" ".repeat(random.nextInt(3))).toString();
  }

  @Property(tries = 200)
  void caseAndSpacingOfTextsChangeNothing(@ForAll("inputs") String name, @ForAll Random random) {
    String before = signature(name, parse(name));
    Resource r = parse(name);
    int style = random.nextInt(3);
    assertThat(texts(r)).as("texts of %s", name).isNotEmpty();
    for (StringType s : texts(r)) {
      String v = s.getValue();
      v = style == 0 ? v.toUpperCase(Locale.ROOT) : style == 1 ? v.toLowerCase(Locale.ROOT) : v;
      s.setValue(respace(v, random));
    }
    assertThat(signature(name, r)).as(name + " in style " + style).isEqualTo(before);
  }

  // ---- irrelevant elements ----

  static void addIrrelevant(DomainResource d, Random random) {
    String n = Integer.toString(random.nextInt(1_000_000));
    d.getMeta().setVersionId(n).setLastUpdatedElement(new InstantType("2026-01-01T00:00:00Z"))
        .addProfile("http://example.org/fhir/StructureDefinition/local-" + n)
        .addTag("http://example.org/tags", "t" + n, null);
    d.addExtension(new Extension("http://example.org/fhir/StructureDefinition/irrelevant",
        new StringType("value " + n)));
    if (random.nextBoolean()) {
      // Narrative is not a source of the mapping, whatever it says.
      Narrative text = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
      text.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Right L1-L2 and T4-T5"
          + " pulsed radiofrequency under ultrasound</div>");
      d.setText(text);
    }
    if (d instanceof Procedure) {
      Procedure p = (Procedure) d;
      p.addIdentifier().setSystem("urn:oid:1.2.3.4").setValue("id-" + n);
      // Unknown codings carry no display: a display is text, and text is read.
      p.getCode().addCoding(new Coding("http://example.org/codes", "X" + n, null));
      for (CodeableConcept site : p.getBodySite()) {
        site.addCoding(new Coding("http://example.org/sites", "S" + n, null));
        site.addExtension(new Extension("http://example.org/fhir/StructureDefinition/flag",
            new BooleanType(random.nextBoolean())));
      }
      for (Annotation a : p.getNote()) {
        a.addExtension(new Extension("http://example.org/fhir/StructureDefinition/author-role",
            new StringType("role " + n)));
      }
    }
  }

  @Property(tries = 200)
  void irrelevantElementsChangeNothing(@ForAll("inputs") String name, @ForAll Random random) {
    String before = signature(name, parse(name));
    Resource r = parse(name);
    if (r instanceof Bundle) {
      Bundle b = (Bundle) r;
      b.getMeta().setLastUpdatedElement(new InstantType("2026-01-01T00:00:00Z"));
      b.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + random.nextInt());
      for (Bundle.BundleEntryComponent e : b.getEntry()) {
        if (e.getResource() instanceof DomainResource) {
          addIrrelevant((DomainResource) e.getResource(), random);
        }
      }
      b.getEntry().add(random.nextInt(b.getEntry().size() + 1), new Bundle.BundleEntryComponent()
          .setFullUrl("urn:uuid:org-" + random.nextInt(1000))
          .setResource(new Organization().setName("An unrelated clinic").setId("org")));
    } else {
      addIrrelevant((DomainResource) r, random);
    }
    assertThat(signature(name, r)).as(name).isEqualTo(before);
  }

  @Property(tries = 200)
  void allOfThemAtOnceChangeNothing(@ForAll("inputs") String name, @ForAll Random random) {
    String before = signature(name, parse(name));
    Resource r = parse(name);
    for (StringType s : texts(r)) {
      s.setValue(respace(random.nextBoolean() ? s.getValue().toUpperCase(Locale.ROOT)
          : s.getValue().toLowerCase(Locale.ROOT), random));
    }
    for (Procedure p : procedures(r)) {
      Collections.shuffle(p.getBodySite(), random);
      Collections.shuffle(p.getNote(), random);
      addIrrelevant(p, random);
    }
    if (r instanceof Bundle) {
      Collections.shuffle(((Bundle) r).getEntry(), random);
    }
    // Through the wire format too: what a sender writes is JSON, not objects.
    String json = FACET.fhirContext().newJsonParser().encodeResourceToString(r);
    Resource again = (Resource) FACET.parse(json.getBytes(StandardCharsets.UTF_8));
    assertThat(signature(name, again)).as(name).isEqualTo(before);
  }

  // ---- a duplicated site ----

  @Provide
  Arbitrary<String> codedInputsWithSites() {
    List<String> names = new ArrayList<>();
    for (String name : JSON.keySet()) {
      Resource r = parse(name);
      if (FACET.code(r, PROFILES.get(name)).sessions().isEmpty()) {
        continue;
      }
      if (procedures(r).stream().anyMatch(p -> !placedSites(p).isEmpty())) {
        names.add(name);
      }
    }
    return Arbitraries.of(names);
  }

  /** Indexes of the bodySites whose text or display the grammar places. */
  static List<Integer> placedSites(Procedure p) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < p.getBodySite().size(); i++) {
      CodeableConcept c = p.getBodySite().get(i);
      boolean placed = !ClinicalTextGrammar.standard().read(c.getText()).sites().isEmpty();
      for (Coding cd : c.getCoding()) {
        placed |= !ClinicalTextGrammar.standard().read(cd.getDisplay()).sites().isEmpty();
      }
      if (placed) {
        out.add(i);
      }
    }
    return out;
  }

  @Property(tries = 100)
  void aDuplicatedSiteAddsFc208AndNoUnit(@ForAll("codedInputsWithSites") String name,
      @ForAll Random random) {
    Resource original = parse(name);
    CodingOutput before = FACET.code(original, PROFILES.get(name));
    Resource r = parse(name);
    List<Procedure> candidates = procedures(r).stream()
        .filter(p -> p.getStatus() == Procedure.ProcedureStatus.COMPLETED)
        .filter(p -> !placedSites(p).isEmpty()).collect(Collectors.toList());
    Assume.that(!candidates.isEmpty());
    Procedure p = candidates.get(random.nextInt(candidates.size()));
    List<Integer> placed = placedSites(p);
    int i = placed.get(random.nextInt(placed.size()));
    p.getBodySite().add(random.nextInt(p.getBodySite().size() + 1), p.getBodySite().get(i).copy());
    CodingOutput after = FACET.code(r, PROFILES.get(name));

    assertThat(lines(after)).as("%s: the lines", name).isEqualTo(lines(before));
    Set<String> idsBefore = before.findings().stream().map(Finding::id)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> idsAfter = after.findings().stream().map(Finding::id)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(idsAfter).as("%s: the finding ids", name).contains("FC-208");
    idsAfter.remove("FC-208");
    idsBefore.remove("FC-208");
    assertThat(idsAfter).as("%s: the other finding ids", name).isEqualTo(idsBefore);
  }

  static List<String> lines(CodingOutput out) {
    List<String> claims = new ArrayList<>();
    for (SessionClaim s : out.sessions()) {
      claims.add(s.claim().getItem().stream().map(GoldenCasesTest::notation)
          .collect(Collectors.joining(", ")));
    }
    Collections.sort(claims);
    return claims;
  }
}
