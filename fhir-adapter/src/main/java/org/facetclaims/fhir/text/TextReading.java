package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.NeurolyticAgent;
import org.facetclaims.core.technique.NeurolyticMethod;
import org.facetclaims.core.technique.Technique;

/**
 * What {@link ClinicalTextGrammar} read in one piece of clinical text: the treated sites with
 * their sides, the side stated for the whole text, the methods, agents, temperature and imaging
 * named, related out-of-scope targets, and the fragments that look like sites but cannot be
 * placed. Immutable and thread-safe.
 *
 * <p>Several texts of one procedure (code text, notes, device and medication names) are combined
 * with {@link #techniqueOf(Collection)} and {@link #imagingOf(Collection)}, which apply the
 * precedence of coding-rules §2.
 */
public final class TextReading {
  private static final TextReading EMPTY = new TextReading(new Parts());

  private final ImmutableList<TreatedSite> sites;
  private final Laterality statedSide;
  private final ImmutableSet<NeurolyticMethod> methods;
  private final ImmutableSet<NeurolyticAgent> agents;
  private final int heatTemperature;
  private final int coldTemperature;
  private final Imaging imaging;
  private final boolean namesDestruction;
  private final boolean namesFacetTarget;
  private final ImmutableSet<OutOfScopeTarget> outOfScope;
  private final ImmutableList<String> unplaced;
  private final boolean truncated;
  private final boolean rfWord;
  private final boolean genericChemical;
  private final ImmutableList<TextQuestion> questions;
  private final ImmutableList<LesionTemperature> lesionTemperatures;
  private final ImmutableList<TreatedSite> sacroiliacTargets;
  private final ImmutableSet<JointFamily> familiesNamed;
  private final boolean medialBranchBlock;
  private final boolean blockOrInjection;
  private final boolean sacroiliacProcedure;

  /** What the grammar's passes found, gathered before the reading is made immutable. */
  static final class Parts {
    List<TreatedSite> sites = List.of();
    Laterality statedSide;
    Set<NeurolyticMethod> methods = Set.of();
    Set<NeurolyticAgent> agents = Set.of();
    int heatTemperature = Integer.MIN_VALUE;
    int coldTemperature = Integer.MIN_VALUE;
    Imaging imaging;
    boolean namesDestruction;
    boolean namesFacetTarget;
    Set<OutOfScopeTarget> outOfScope = Set.of();
    List<String> unplaced = List.of();
    boolean truncated;
    boolean rfWord;
    boolean genericChemical;
    List<TextQuestion> questions = List.of();
    List<LesionTemperature> lesionTemperatures = List.of();
    List<TreatedSite> sacroiliacTargets = List.of();
    Set<JointFamily> familiesNamed = Set.of();
    boolean medialBranchBlock;
    boolean blockOrInjection;
    boolean sacroiliacProcedure;
  }

  TextReading(Parts p) {
    this.sites = ImmutableList.copyOf(p.sites);
    this.statedSide = p.statedSide;
    this.methods = Sets.immutableEnumSet(p.methods);
    this.agents = Sets.immutableEnumSet(p.agents);
    this.heatTemperature = p.heatTemperature;
    this.coldTemperature = p.coldTemperature;
    this.imaging = p.imaging;
    this.namesDestruction = p.namesDestruction;
    this.namesFacetTarget = p.namesFacetTarget;
    this.outOfScope = Sets.immutableEnumSet(p.outOfScope);
    this.unplaced = ImmutableList.copyOf(p.unplaced);
    this.truncated = p.truncated;
    this.rfWord = p.rfWord;
    this.genericChemical = p.genericChemical;
    this.questions = ImmutableList.copyOf(p.questions);
    this.lesionTemperatures = ImmutableList.copyOf(p.lesionTemperatures);
    this.sacroiliacTargets = ImmutableList.copyOf(p.sacroiliacTargets);
    this.familiesNamed = Sets.immutableEnumSet(p.familiesNamed);
    this.medialBranchBlock = p.medialBranchBlock;
    this.blockOrInjection = p.blockOrInjection;
    this.sacroiliacProcedure = p.sacroiliacProcedure;
  }

  /** The reading of null, blank or empty text: nothing named. */
  public static TextReading empty() {
    return EMPTY;
  }

  /**
   * The sites named in the text, in text order, each with the side stated for it, else
   * {@link Laterality#UNKNOWN}. Joint notations give joints, nerve phrases and joint-plus-nerve-
   * noun phrases give nerves, needle-target phrases give the nerve lesioned there, and a list of
   * single vertebral levels gives one level-list site. A site repeated verbatim is listed once;
   * when no side is stated for the whole text, a side-less mention of a target that is also
   * named with a side is dropped.
   */
  public List<TreatedSite> sites() {
    return sites;
  }

  /**
   * A side stated for the whole text, not tied to a site ("Left lumbar RF neurotomy", "performed
   * bilaterally"); it applies to sites whose side is unknown. Empty when no such side is stated,
   * or when the untied sides disagree.
   */
  public Optional<Laterality> statedSide() {
    return Optional.ofNullable(statedSide);
  }

  /** Every method named; a named agent adds {@link NeurolyticMethod#CHEMICAL}. */
  public Set<NeurolyticMethod> methods() {
    return methods;
  }

  /**
   * Every agent named in a neurolytic sense (not "skin prepped with alcohol"). Glycerol is left
   * out when phenol is named: glycerin is then phenol's vehicle.
   */
  public Set<NeurolyticAgent> agents() {
    return agents;
  }

  /**
   * The lesion temperature in °C: the highest plausible heat temperature stated (40-100 °C),
   * else the first plausible cryoprobe temperature (-150 to -20 °C); empty when none is stated.
   */
  public OptionalInt temperatureCelsius() {
    if (heatTemperature != Integer.MIN_VALUE) {
      return OptionalInt.of(heatTemperature);
    }
    return coldTemperature != Integer.MIN_VALUE ? OptionalInt.of(coldTemperature)
        : OptionalInt.empty();
  }

  /**
   * The image guidance named: fluoroscopy or CT (the first of them named) over ultrasound or MRI
   * over "without imaging"/"landmark" ({@link Imaging#NONE}); empty when nothing is said.
   */
  public Optional<Imaging> imaging() {
    return Optional.ofNullable(imaging);
  }

  /** True when a destruction method, a destruction word or a neurolytic agent is named. */
  public boolean namesDestruction() {
    return namesDestruction;
  }

  /**
   * True when a facet target is named: facet or zygapophyseal joint, medial branch, dorsal ramus,
   * third occipital nerve, or a site or unplaced site notation.
   */
  public boolean namesFacetTarget() {
    return namesFacetTarget;
  }

  /** Related targets that are not facet joint nerve destruction, as named in the text. */
  public Set<OutOfScopeTarget> outOfScope() {
    return outOfScope;
  }

  /**
   * Verbatim fragments that look like a site but cannot be placed ("L5-L6", "T6 transverse
   * process", "S1-S2", "C8 level"), in text order, each once.
   */
  public List<String> unplaced() {
    return unplaced;
  }

  /**
   * What a coder must confirm with the physician, as the grammar reads it: hyphenated
   * vertebral ranges with their two readings, needle targets that disagree with the joints the
   * same list states, template text not filled in, lesion temperatures that differ between
   * sites, sacroiliac targets. Each names the finding it becomes and the question to ask.
   */
  public List<TextQuestion> questions() {
    return questions;
  }

  /**
   * Lesion temperatures tied to sites, when the text gives different sites different
   * temperatures ("80 °C at C4 and C5; the C6 lesion at 60 °C"); empty otherwise (one
   * temperature for the text is {@link #temperatureCelsius()}).
   */
  public List<LesionTemperature> lesionTemperatures() {
    return lesionTemperatures;
  }

  /**
   * Sites named as targets of a sacroiliac joint procedure, not of a facet joint: the L5 dorsal
   * ramus (or sacral ala), the L4 medial branch and L4/L5 level lists named with the S1-S3
   * lateral branches or with "SI joint" RF. They are not in {@link #sites()}.
   */
  public List<TreatedSite> sacroiliacTargets() {
    return sacroiliacTargets;
  }

  /**
   * True when the text names a sacroiliac joint procedure: sacral (S1-S3) lateral branches, a
   * list that reaches below S1 beside the L4/L5 dorsal rami or the ala, or the SI joint with a
   * destruction word ("SI joint RFA", not "SI joint pain"). The FHIR reader then takes the L5
   * dorsal ramus, the sacral ala and the unpaired L4 medial branch that the procedure's other
   * texts name as its targets too.
   */
  public boolean namesSacroiliacProcedure() {
    return sacroiliacProcedure;
  }

  /**
   * Whether a sacroiliac joint procedure takes {@code site} as its target, when it is named
   * among {@code named} (the sites of the procedure): the L5 dorsal ramus, a level list of L4,
   * L5 and S1 only, and the L4 medial branch unless the L3 medial branch of its side is named
   * too (then it completes the L4-L5 facet joint). The grammar applies it within one text
   * ({@link #sacroiliacTargets()}); the FHIR reader across the texts of one procedure.
   */
  public static boolean isSacroiliacTarget(TreatedSite site, Collection<TreatedSite> named) {
    return SacroiliacTargets.isTarget(site, SacroiliacTargets.l3Sides(named));
  }

  /** The code families that region words name: cervical, thoracic, neck; lumbar, low back. */
  public Set<JointFamily> familiesNamed() {
    return familiesNamed;
  }

  /** True when a medial branch block is named ("MBB", "medial branch nerve blocks"). */
  public boolean namesMedialBranchBlock() {
    return medialBranchBlock;
  }

  /** True when a block or injection is named without a neurolytic agent in its sentence. */
  public boolean namesBlockOrInjection() {
    return blockOrInjection;
  }

  /** True when the input was longer than {@link ClinicalTextGrammar#MAX_TEXT_LENGTH}. */
  public boolean truncated() {
    return truncated;
  }

  /** True when nothing at all was read. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /** {@link #techniqueOf(Collection)} of this reading alone. */
  public Optional<Technique> technique() {
    return techniqueOf(List.of(this));
  }

  /**
   * The technique of one procedure from all its texts, by coding-rules §2 (the most specific
   * wins). Over the union of what the readings name, the first rule that applies decides:
   *
   * <ol>
   *   <li>pulsed RF named: {@link NeurolyticMethod#PULSED_RF};
   *   <li>cryo named: {@link NeurolyticMethod#CRYOABLATION};
   *   <li>laser named: {@link NeurolyticMethod#LASER};
   *   <li>cooled RF named: {@link NeurolyticMethod#COOLED_RF}, with the temperature;
   *   <li>an agent named in a neurolytic sense and no radiofrequency word (radiofrequency, RF,
   *       RFA, thermal) names the lesion: {@code Technique.chemical(agent)}, the agent being the
   *       first named of phenol, ethyl alcohol, glycerol, ammonium salts, hypertonic saline,
   *       hypotonic solution (so phenol in glycerin is phenol);
   *   <li>"chemical neurolysis" (or chemical ablation, denervation...) without an agent and no
   *       radiofrequency word: {@code Technique.of(CHEMICAL)};
   *   <li>a radiofrequency word: thermal RF, with the temperature;
   *   <li>electrical heat or electrocoagulation: {@link NeurolyticMethod#ELECTRICAL_HEAT};
   *   <li>only generic lesion words (ablation, neurotomy, rhizotomy, lesioning): thermal RF, with
   *       the temperature;
   *   <li>otherwise (denervation, neurolysis, destruction alone, or nothing): empty.
   * </ol>
   *
   * <p>The temperature is the highest plausible heat temperature (40-100 °C) of any reading and
   * is put only on thermal and cooled RF.
   *
   * @param readings the readings of one procedure's texts; null elements are ignored
   */
  public static Optional<Technique> techniqueOf(Collection<TextReading> readings) {
    Set<NeurolyticMethod> methods = EnumSet.noneOf(NeurolyticMethod.class);
    Set<NeurolyticAgent> agents = EnumSet.noneOf(NeurolyticAgent.class);
    boolean rf = false;
    boolean genericChemical = false;
    int temperature = Integer.MIN_VALUE;
    int lowestPerSite = Integer.MAX_VALUE;
    if (readings != null) {
      for (TextReading r : readings) {
        if (r == null) {
          continue;
        }
        methods.addAll(r.methods);
        agents.addAll(r.agents);
        rf |= r.rfWord;
        genericChemical |= r.genericChemical;
        temperature = Math.max(temperature, r.heatTemperature);
        for (LesionTemperature t : r.lesionTemperatures) {
          lowestPerSite = Math.min(lowestPerSite, t.celsius());
        }
      }
    }
    if (lowestPerSite != Integer.MAX_VALUE) {
      // Different sites, different temperatures: the lowest, so that no documented lesion is
      // folded into a higher temperature (the edition's minimum then applies to it).
      temperature = lowestPerSite;
    }
    if (agents.contains(NeurolyticAgent.PHENOL)) {
      agents.remove(NeurolyticAgent.GLYCEROL);
    }
    if (methods.contains(NeurolyticMethod.PULSED_RF)) {
      return Optional.of(Technique.of(NeurolyticMethod.PULSED_RF));
    }
    if (methods.contains(NeurolyticMethod.CRYOABLATION)) {
      return Optional.of(Technique.of(NeurolyticMethod.CRYOABLATION));
    }
    if (methods.contains(NeurolyticMethod.LASER)) {
      return Optional.of(Technique.of(NeurolyticMethod.LASER));
    }
    if (methods.contains(NeurolyticMethod.COOLED_RF)) {
      return Optional.of(withTemperature(Technique.of(NeurolyticMethod.COOLED_RF), temperature));
    }
    if (!agents.isEmpty() && !rf) {
      return Optional.of(Technique.chemical(agents.iterator().next()));
    }
    if (genericChemical && !rf) {
      return Optional.of(Technique.of(NeurolyticMethod.CHEMICAL));
    }
    if (rf) {
      return Optional.of(withTemperature(Technique.thermalRf(), temperature));
    }
    if (methods.contains(NeurolyticMethod.ELECTRICAL_HEAT)) {
      return Optional.of(Technique.of(NeurolyticMethod.ELECTRICAL_HEAT));
    }
    if (methods.contains(NeurolyticMethod.THERMAL_RF)) {
      return Optional.of(withTemperature(Technique.thermalRf(), temperature));
    }
    return Optional.empty();
  }

  private static Technique withTemperature(Technique t, int celsius) {
    return celsius >= KeywordScanner.MIN_HEAT && celsius <= KeywordScanner.MAX_HEAT
        ? t.withTemperature(celsius) : t;
  }

  /**
   * The image guidance of one procedure from all its texts: fluoroscopy or CT named in any
   * reading wins (the first such reading decides between them); else ultrasound or MRI (first
   * reading); else {@link Imaging#NONE} when a reading says "without imaging" or "landmark";
   * else empty (nothing documented).
   *
   * @param readings the readings of one procedure's texts; null elements are ignored
   */
  public static Optional<Imaging> imagingOf(Collection<TextReading> readings) {
    Imaging other = null;
    boolean none = false;
    if (readings != null) {
      for (TextReading r : readings) {
        if (r == null || r.imaging == null) {
          continue;
        }
        if (r.imaging.isFluoroscopyOrCt()) {
          return Optional.of(r.imaging);
        }
        if (r.imaging == Imaging.NONE) {
          none = true;
        } else if (other == null) {
          other = r.imaging;
        }
      }
    }
    if (other != null) {
      return Optional.of(other);
    }
    return none ? Optional.of(Imaging.NONE) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TextReading)) {
      return false;
    }
    TextReading r = (TextReading) o;
    return sites.equals(r.sites) && statedSide == r.statedSide && methods.equals(r.methods)
        && agents.equals(r.agents) && heatTemperature == r.heatTemperature
        && coldTemperature == r.coldTemperature && imaging == r.imaging
        && namesDestruction == r.namesDestruction && namesFacetTarget == r.namesFacetTarget
        && outOfScope.equals(r.outOfScope) && unplaced.equals(r.unplaced)
        && truncated == r.truncated && rfWord == r.rfWord
        && genericChemical == r.genericChemical && questions.equals(r.questions)
        && lesionTemperatures.equals(r.lesionTemperatures)
        && sacroiliacTargets.equals(r.sacroiliacTargets)
        && familiesNamed.equals(r.familiesNamed) && medialBranchBlock == r.medialBranchBlock
        && blockOrInjection == r.blockOrInjection
        && sacroiliacProcedure == r.sacroiliacProcedure;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sites, statedSide, methods, agents, heatTemperature, coldTemperature,
        imaging, namesDestruction, namesFacetTarget, outOfScope, unplaced, truncated, questions,
        lesionTemperatures, sacroiliacTargets);
  }

  /** A compact description for logs and test failures. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TextReading{sites=").append(sites);
    if (statedSide != null) {
      sb.append(", statedSide=").append(statedSide);
    }
    sb.append(", methods=").append(methods).append(", agents=").append(agents);
    temperatureCelsius().ifPresent(t -> sb.append(", temperature=").append(t));
    if (imaging != null) {
      sb.append(", imaging=").append(imaging);
    }
    sb.append(", destruction=").append(namesDestruction).append(", facetTarget=")
        .append(namesFacetTarget);
    if (!outOfScope.isEmpty()) {
      sb.append(", outOfScope=").append(outOfScope);
    }
    if (!unplaced.isEmpty()) {
      sb.append(", unplaced=").append(unplaced);
    }
    if (!sacroiliacTargets.isEmpty()) {
      sb.append(", sacroiliacTargets=").append(sacroiliacTargets);
    }
    if (!lesionTemperatures.isEmpty()) {
      sb.append(", lesionTemperatures=").append(lesionTemperatures);
    }
    if (!questions.isEmpty()) {
      sb.append(", questions=[");
      for (int i = 0; i < questions.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(questions.get(i).kind()).append(' ')
            .append('"').append(questions.get(i).fragment()).append('"');
      }
      sb.append(']');
    }
    if (truncated) {
      sb.append(", truncated");
    }
    return sb.append('}').toString();
  }
}
