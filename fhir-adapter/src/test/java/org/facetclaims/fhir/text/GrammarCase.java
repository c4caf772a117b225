package org.facetclaims.fhir.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.NeurolyticMethod;

/**
 * One row of a grammar table: a text and everything its reading must hold. Every field is
 * checked exactly; a field not set expects "nothing" (no sites, no side, no methods...). Sites
 * are written as {@link TreatedSite#describe()} gives them: "left L4-L5", "right L3 medial
 * branch", "bilateral levels L4, L5, S1", "L5 dorsal ramus".
 *
 * <p>The two scope flags default to what the other expectations imply (destruction when a
 * method or agent is expected, facet target when a site or an unplaced fragment is expected) and
 * are set explicitly where a text differs, for example a facet word without a level.
 */
final class GrammarCase {
  final String text;
  private final List<String> sites = new ArrayList<>();
  private Laterality side;
  private final Set<NeurolyticMethod> methods = EnumSet.noneOf(NeurolyticMethod.class);
  private final Set<NeurolyticAgent> agents = EnumSet.noneOf(NeurolyticAgent.class);
  private Integer temperature;
  private Imaging imaging;
  private final Set<OutOfScopeTarget> outOfScope = EnumSet.noneOf(OutOfScopeTarget.class);
  private final List<String> unplaced = new ArrayList<>();
  private Boolean destruction;
  private Boolean facetTarget;
  private final List<String> questions = new ArrayList<>();
  private final List<String> lesionTemperatures = new ArrayList<>();
  private final List<String> sacroiliacTargets = new ArrayList<>();
  private String source;

  private GrammarCase(String text) {
    this.text = text;
  }

  static GrammarCase text(String text) {
    return new GrammarCase(text);
  }

  GrammarCase sites(String... described) {
    sites.addAll(Arrays.asList(described));
    return this;
  }

  GrammarCase side(Laterality stated) {
    this.side = stated;
    return this;
  }

  GrammarCase methods(NeurolyticMethod... m) {
    methods.addAll(Arrays.asList(m));
    return this;
  }

  GrammarCase agents(NeurolyticAgent... a) {
    agents.addAll(Arrays.asList(a));
    return this;
  }

  GrammarCase temperature(int celsius) {
    this.temperature = celsius;
    return this;
  }

  GrammarCase imaging(Imaging i) {
    this.imaging = i;
    return this;
  }

  GrammarCase outOfScope(OutOfScopeTarget... t) {
    outOfScope.addAll(Arrays.asList(t));
    return this;
  }

  GrammarCase unplaced(String... fragments) {
    unplaced.addAll(Arrays.asList(fragments));
    return this;
  }

  /** A question the text raises, as its kind and the words it is about. */
  GrammarCase question(TextQuestion.Kind kind, String fragment) {
    questions.add(kind + " \"" + fragment + "\"");
    return this;
  }

  /** Per-site lesion temperatures, as "left L3 medial branch at 80 °C". */
  GrammarCase lesionTemperatures(String... described) {
    lesionTemperatures.addAll(Arrays.asList(described));
    return this;
  }

  /** Sites taken as the targets of a sacroiliac joint procedure. */
  GrammarCase sacroiliacTargets(String... described) {
    sacroiliacTargets.addAll(Arrays.asList(described));
    return this;
  }

  /** Where the sentence was published (corpus rows). */
  GrammarCase source(String where) {
    this.source = where;
    return this;
  }

  String source() {
    return source;
  }

  GrammarCase destruction(boolean d) {
    this.destruction = d;
    return this;
  }

  GrammarCase facetTarget(boolean f) {
    this.facetTarget = f;
    return this;
  }

  void check(TextReading r) {
    SoftAssertions soft = new SoftAssertions();
    List<String> described = new ArrayList<>();
    for (TreatedSite s : r.sites()) {
      described.add(s.describe());
    }
    soft.assertThat(described).as("sites of %s", r).containsExactlyElementsOf(sites);
    soft.assertThat(r.statedSide()).as("stated side").isEqualTo(Optional.ofNullable(side));
    soft.assertThat(r.methods()).as("methods").containsExactlyInAnyOrderElementsOf(methods);
    soft.assertThat(r.agents()).as("agents").containsExactlyInAnyOrderElementsOf(agents);
    soft.assertThat(r.temperatureCelsius()).as("temperature")
        .isEqualTo(temperature == null ? OptionalInt.empty() : OptionalInt.of(temperature));
    soft.assertThat(r.imaging()).as("imaging").isEqualTo(Optional.ofNullable(imaging));
    soft.assertThat(r.outOfScope()).as("out of scope")
        .containsExactlyInAnyOrderElementsOf(outOfScope);
    soft.assertThat(r.unplaced()).as("unplaced").containsExactlyElementsOf(unplaced);
    boolean expectDestruction = destruction != null ? destruction
        : !methods.isEmpty() || !agents.isEmpty();
    boolean expectFacet = facetTarget != null ? facetTarget
        : !sites.isEmpty() || !unplaced.isEmpty();
    soft.assertThat(r.namesDestruction()).as("namesDestruction").isEqualTo(expectDestruction);
    soft.assertThat(r.namesFacetTarget()).as("namesFacetTarget").isEqualTo(expectFacet);
    soft.assertThat(r.truncated()).as("truncated").isFalse();
    List<String> asked = new ArrayList<>();
    for (TextQuestion q : r.questions()) {
      asked.add(q.kind() + " \"" + q.fragment() + "\"");
    }
    soft.assertThat(asked).as("questions").containsExactlyElementsOf(questions);
    List<String> temps = new ArrayList<>();
    r.lesionTemperatures().forEach(t -> temps.add(t.toString()));
    soft.assertThat(temps).as("lesion temperatures").containsExactlyElementsOf(lesionTemperatures);
    List<String> si = new ArrayList<>();
    r.sacroiliacTargets().forEach(t -> si.add(t.describe()));
    soft.assertThat(si).as("sacroiliac targets").containsExactlyElementsOf(sacroiliacTargets);
    soft.assertAll();
    assertThat(r).isNotNull();
  }

  @Override
  public String toString() {
    return text.length() > 110 ? text.substring(0, 107) + "..." : text;
  }
}
