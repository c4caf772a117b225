package org.facetclaims.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.facetclaims.core.anatomy.FacetJoint;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.SpecNerveTable;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.facility.FacilityChecks;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payment.PaymentEstimator;
import org.facetclaims.core.payer.LineLayout;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;

/**
 * Properties over random sessions: 1-3 procedures of thermal RF under fluoroscopy, each with
 * random reportable joints and nerves on random sides, on a random date from 2007-01-01 to the
 * fixed clock's today. Expected unit counts come from the literal §3 table in the tests
 * ({@link SpecNerveTable}), never from the engine.
 */
class CodingProperties {
  private static final FacetCodingEngine ENGINE = Fixtures.ENGINE;
  private static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
  private static final LocalDate CURRENT_FROM = LocalDate.of(2012, 1, 1);
  private static final List<PayerProfile> PROFILES = List.of(PayerProfile.MEDICARE_PHYSICIAN,
      PayerProfile.RT_LT_LINES, PayerProfile.SINGLE_LINE_UNITS, PayerProfile.MEDICARE_OPPS,
      PayerProfile.MEDICARE_ASC, PayerProfile.COMMERCIAL_ASC_UB04);
  /** Each add-on code and its own family's primary (coding-rules §2). */
  private static final Map<String, String> PRIMARY_OF_ADD_ON = Map.of(
      "64634", "64633", "64636", "64635", "64627", "64626", "64623", "64622");
  private static final Set<String> DELETED_2012 = Set.of("64622", "64623", "64626", "64627");
  private static final Set<String> NEW_2012 = Set.of("64633", "64634", "64635", "64636");

  // ---- the generated model ----

  /** One documented site: a joint or a nerve, with its side. */
  record Site(FacetJoint joint, Nerve nerve, Laterality side) {
    @Override
    public String toString() {
      return side + " " + (joint != null ? joint.notation() : nerve.name());
    }
  }

  /** One procedure: its sites, and the RF temperature if documented (always >= 80 °C). */
  record Proc(List<Site> sites, Integer celsius) {
    DocumentedProcedure build(List<Site> order) {
      DocumentedProcedure.Builder b = DocumentedProcedure.builder(
          celsius == null ? Technique.thermalRf() : Technique.thermalRf(celsius))
          .imaging(Imaging.FLUOROSCOPY);
      for (Site s : order) {
        b.site(s.joint != null ? TreatedSite.joint(s.joint, s.side)
            : TreatedSite.nerve(s.nerve, s.side));
      }
      return b.build();
    }
  }

  record Spec(LocalDate date, List<Proc> procs) {
    CodingSession build() {
      CodingSession.Builder b = CodingSession.on(date);
      for (Proc p : procs) {
        b.add(p.build(p.sites));
      }
      return b.build();
    }

    /** The same session with sites and procedures in an order drawn from {@code seed}. */
    CodingSession shuffled(long seed) {
      Random random = new Random(seed);
      List<Proc> ps = new ArrayList<>(procs);
      Collections.shuffle(ps, random);
      CodingSession.Builder b = CodingSession.on(date);
      for (Proc p : ps) {
        List<Site> sites = new ArrayList<>(p.sites);
        Collections.shuffle(sites, random);
        b.add(p.build(sites));
      }
      return b.build();
    }

    boolean legacy() {
      return date.isBefore(CURRENT_FROM);
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return anyDate();
  }

  private static Arbitrary<LocalDate> anyDate() {
    return Arbitraries.longs().between(FIRST.toEpochDay(), Fixtures.TODAY.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Joints and nerves, mostly from two dense regions (upper cervical; thoracolumbar and lumbar),
   * so that sessions often hold several joints of one family, bilateral pairs and shared nerves;
   * the rest from the whole spine.
   */
  private static final List<String> DENSE = List.of("C2-C3", "C3-C4", "C4-C5", "T10-T11",
      "T11-T12", "T12-L1", "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1");

  private static Arbitrary<FacetJoint> jointsArb() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(DENSE).map(FacetJoint::parse)),
        Tuple.of(1, Arbitraries.of(List.copyOf(FacetJoint.reportable()))));
  }

  private static Arbitrary<Nerve> nervesArb() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(DENSE).map(FacetJoint::parse)
            .flatMap(j -> Arbitraries.of(List.copyOf(j.nerves())))),
        Tuple.of(1, Arbitraries.of(Nerve.class)));
  }

  private static Arbitrary<Site> sites(Arbitrary<Laterality> sides) {
    Arbitrary<Site> joints = Combinators.combine(jointsArb(), sides)
        .as((j, s) -> new Site(j, null, s));
    Arbitrary<Site> nerves = Combinators.combine(nervesArb(), sides)
        .as((n, s) -> new Site(null, n, s));
    return Arbitraries.frequencyOf(Tuple.of(3, joints), Tuple.of(2, nerves));
  }

  private static Arbitrary<Laterality> anySide() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Laterality.BILATERAL)),
        Tuple.of(3, Arbitraries.just(Laterality.LEFT)),
        Tuple.of(3, Arbitraries.just(Laterality.RIGHT)),
        Tuple.of(1, Arbitraries.just(Laterality.UNKNOWN)));
  }

  private static Arbitrary<Spec> specs(Arbitrary<Site> sites) {
    Arbitrary<Integer> celsius = Arbitraries.integers().between(80, 95).injectNull(0.3);
    Arbitrary<Proc> procs = Combinators.combine(sites.list().ofMinSize(1).ofMaxSize(6), celsius)
        .as(Proc::new);
    return Combinators.combine(anyDate(), procs.list().ofMinSize(1).ofMaxSize(3)).as(Spec::new);
  }

  @Provide
  Arbitrary<Spec> sessions() {
    return anySession();
  }

  /** The sessions of {@link #sessions()}, for the properties of the steps. */
  static Arbitrary<Spec> anySession() {
    return specs(sites(anySide()));
  }

  /** Sessions of joints only, all bilateral. */
  @Provide
  Arbitrary<Spec> bilateralJointSessions() {
    Arbitrary<Site> joints = jointsArb().map(j -> new Site(j, null, Laterality.BILATERAL));
    return specs(joints);
  }

  @Provide
  Arbitrary<PayerProfile> profiles() {
    return Arbitraries.of(PROFILES);
  }

  // ---- expected values from first principles ----

  private static List<String> sideKeys(Laterality l) {
    switch (l) {
      case LEFT:
        return List.of("left");
      case RIGHT:
        return List.of("right");
      case BILATERAL:
        return List.of("right", "left");
      default:
        return List.of("none");
    }
  }

  /**
   * Current edition: distinct (side, joint) pairs, where a joint counts when documented or when
   * all its nerves on that side are documented (§3). Legacy: distinct (side, nerve) pairs, a
   * joint standing for its nerves.
   */
  static int expectedUnits(Spec spec) {
    Map<String, Set<String>> joints = new HashMap<>();
    Map<String, Set<String>> nerves = new HashMap<>();
    for (Proc p : spec.procs) {
      for (Site s : p.sites) {
        for (String side : sideKeys(s.side)) {
          if (s.joint != null) {
            joints.computeIfAbsent(side, k -> new HashSet<>()).add(s.joint.notation());
          } else {
            nerves.computeIfAbsent(side, k -> new HashSet<>()).add(s.nerve.name());
          }
        }
      }
    }
    int units = 0;
    for (String side : List.of("right", "left", "none")) {
      Set<String> js = new HashSet<>(joints.getOrDefault(side, Set.of()));
      Set<String> ns = new HashSet<>(nerves.getOrDefault(side, Set.of()));
      if (spec.legacy()) {
        for (String j : js) {
          ns.addAll(SpecNerveTable.JOINT_NERVES.get(j));
        }
        units += ns.size();
      } else {
        SpecNerveTable.JOINT_NERVES.forEach((j, need) -> {
          if (ns.containsAll(need)) {
            js.add(j);
          }
        });
        units += js.size();
      }
    }
    return units;
  }

  /**
   * A line as a reader of modifiers sees it: one claim line, or under a layout that splits a
   * bilateral level into a plain line (its right side) and a 50 line (its left side), such a pair
   * read as the one bilateral line it stands for ({@code
   * LineLayout.splitsBilateralIntoPlainAnd50Lines()}). Nothing else is merged: a plain line
   * without its 50 line, or covering anything else, is read alone and fails the checks.
   */
  record ReadLine(ClaimLine line, List<Modifier> modifiers, List<String> covered) {}

  static List<ReadLine> readAsPairs(CodingResult r) {
    return readAsPairs(r.profile().convention().layout(), r.lines());
  }

  static List<ReadLine> readAsPairs(LineLayout layout,
      List<ClaimLine> lines) {
    boolean pairs = layout.splitsBilateralIntoPlainAnd50Lines();
    List<ReadLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ClaimLine a = lines.get(i);
      ClaimLine b = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (pairs && b != null && a.code().equals(b.code()) && a.modifiers().isEmpty()
          && b.modifiers().equals(List.of(Modifier.BILATERAL)) && a.quantity() == b.quantity()
          && a.units().left().isEmpty() && a.units().unsided().isEmpty()
          && b.units().right().isEmpty() && b.units().unsided().isEmpty()
          && a.units().right().equals(b.units().left())) {
        List<String> covered = new ArrayList<>(a.rationale().covered());
        covered.addAll(b.rationale().covered());
        out.add(new ReadLine(b, b.modifiers(), covered));
        i++;
      } else {
        out.add(new ReadLine(a, a.modifiers(), a.rationale().covered()));
      }
    }
    return out;
  }

  /**
   * Units the lines bill: a -50 line's quantity counts both sides; other quantities as given
   * (a plain-and-50 pair read as its bilateral line, {@link #readAsPairs}).
   */
  static int billedUnits(CodingResult r) {
    int units = 0;
    for (ReadLine rl : readAsPairs(r)) {
      ClaimLine l = rl.line();
      if (l.kind() == LineKind.PRIMARY || l.kind() == LineKind.ADD_ON) {
        units += l.quantity() * (rl.modifiers().contains(Modifier.BILATERAL) ? 2 : 1);
      }
    }
    return units;
  }

  static List<String> notations(CodingResult r) {
    return r.lines().stream().map(ClaimLine::notation).collect(Collectors.toList());
  }

  // ---- properties ----

  @Property
  void unitsEqualJointsOrNerves(@ForAll("sessions") Spec spec,
      @ForAll("profiles") PayerProfile profile) {
    CodingResult r = ENGINE.code(spec.build(), profile);
    assertThat(billedUnits(r)).as("%s under %s: %s", spec, profile, r)
        .isEqualTo(expectedUnits(spec));
    assertThat(r.lines()).allMatch(l -> l.kind() != LineKind.UNLISTED);
  }

  @Property
  void addOnNeverWithoutItsOwnPrimary(@ForAll("sessions") Spec spec,
      @ForAll("profiles") PayerProfile profile) {
    CodingResult r = ENGINE.code(spec.build(), profile);
    Set<String> codes = r.lines().stream().map(ClaimLine::code).collect(Collectors.toSet());
    for (ClaimLine l : r.lines()) {
      String primary = PRIMARY_OF_ADD_ON.get(l.code());
      if (primary != null) {
        assertThat(codes).as("%s: %s", spec, notations(r)).contains(primary);
        assertThat(l.kind()).isEqualTo(LineKind.ADD_ON);
      }
    }
    // and every facet destruction line with units to spare has a primary first in its family
    for (ClaimLine l : r.lines()) {
      if (l.kind() == LineKind.ADD_ON) {
        int at = r.lines().indexOf(l);
        assertThat(r.lines().subList(0, at)).as("%s", notations(r))
            .anyMatch(p -> p.code().equals(PRIMARY_OF_ADD_ON.get(l.code())));
      }
    }
  }

  @Property
  void orderOfSitesAndProceduresNeverChangesTheLines(@ForAll("sessions") Spec spec,
      @ForAll("profiles") PayerProfile profile, @ForAll long seed) {
    List<String> original = notations(ENGINE.code(spec.build(), profile));
    List<String> permuted = notations(ENGINE.code(spec.shuffled(seed), profile));
    assertThat(permuted).as("%s under %s", spec, profile).isEqualTo(original);
  }

  @Property
  void rtLtLinesOfBilateralJointsAreTheLeftPlusTheRightLines(
      @ForAll("bilateralJointSessions") Spec spec) {
    Spec left = withSide(spec, Laterality.LEFT);
    Spec right = withSide(spec, Laterality.RIGHT);
    List<String> both = destructionLines(ENGINE.code(spec.build(), PayerProfile.RT_LT_LINES));
    List<String> sum = new ArrayList<>(
        destructionLines(ENGINE.code(left.build(), PayerProfile.RT_LT_LINES)));
    sum.addAll(destructionLines(ENGINE.code(right.build(), PayerProfile.RT_LT_LINES)));
    assertThat(both).as("%s", spec).containsExactlyInAnyOrderElementsOf(sum);
  }

  /** Facet lines only: separately reported imaging (legacy) is one per session by rule (§2). */
  private static List<String> destructionLines(CodingResult r) {
    return r.lines().stream().filter(l -> l.kind() != LineKind.IMAGING)
        .map(ClaimLine::notation).collect(Collectors.toList());
  }

  private static Spec withSide(Spec spec, Laterality side) {
    List<Proc> ps = new ArrayList<>();
    for (Proc p : spec.procs) {
      ps.add(new Proc(p.sites.stream().map(s -> new Site(s.joint, s.nerve, side))
          .collect(Collectors.toList()), p.celsius));
    }
    return new Spec(spec.date, ps);
  }

  @Property
  void codesMatchTheEditionOfTheDate(@ForAll("sessions") Spec spec,
      @ForAll("profiles") PayerProfile profile) {
    CodingResult r = ENGINE.code(spec.build(), profile);
    Set<String> codes = r.lines().stream().map(ClaimLine::code).collect(Collectors.toSet());
    if (spec.legacy()) {
      assertThat(codes).as("%s", spec).doesNotContainAnyElementsOf(NEW_2012);
      assertThat(codes).contains("77003");
    } else {
      assertThat(codes).as("%s", spec).doesNotContainAnyElementsOf(DELETED_2012)
          .doesNotContain("77003", "77012");
    }
  }

  @Property
  void deterministic(@ForAll("sessions") Spec spec, @ForAll("profiles") PayerProfile profile) {
    CodingSession session = spec.build();
    CodingResult a = ENGINE.code(session, profile);
    CodingResult b = ENGINE.code(session, profile);
    CodingResult c = ENGINE.code(spec.build(), profile);
    assertThat(b.lines()).isEqualTo(a.lines());
    assertThat(b.findings()).isEqualTo(a.findings());
    assertThat(c.lines()).isEqualTo(a.lines());
    assertThat(c.findings()).isEqualTo(a.findings());
    assertThat(c.trace()).extracting(TraceStep::toString)
        .isEqualTo(a.trace().stream().map(TraceStep::toString).collect(Collectors.toList()));
  }

  /**
   * A line's side modifiers say exactly which sides its units are on: RT only right units, LT
   * only left, 50 and RT-LT both sides, no modifier only units without a documented side (§4).
   * Under {@code 50-second-line} a plain-and-50 pair is read as its bilateral line
   * ({@link #readAsPairs}), the one exception a layout declares.
   */
  @Property
  void modifiersMatchTheSidesTheLineCovers(@ForAll("sessions") Spec spec,
      @ForAll("profiles") PayerProfile profile) {
    CodingResult r = ENGINE.code(spec.build(), profile);
    for (ReadLine rl : readAsPairs(r)) {
      ClaimLine l = rl.line();
      if (l.kind() == LineKind.IMAGING) {
        continue;
      }
      Set<String> sides = rl.covered().stream()
          .map(c -> c.startsWith("right ") ? "right" : c.startsWith("left ") ? "left" : "none")
          .collect(Collectors.toSet());
      String mods = rl.modifiers().stream().map(Modifier::code).collect(Collectors.joining("-"));
      Set<String> expected;
      switch (mods) {
        case "RT":
          expected = Set.of("right");
          break;
        case "LT":
          expected = Set.of("left");
          break;
        case "50":
        case "RT-LT":
          expected = Set.of("right", "left");
          break;
        default:
          assertThat(mods).isEmpty();
          expected = Set.of("none");
      }
      assertThat(sides).as("%s: %s covers %s", spec, l.notation(), rl.covered())
          .isEqualTo(expected);
    }
  }

  /**
   * The facility claim of a session (every facility profile) covers the same joints of each code
   * family as the physician's: the two claims never disagree (FC-703), whatever the layouts.
   */
  @Property
  void facilityAndProfessionalClaimsCoverTheSameUnits(@ForAll("sessions") Spec spec) {
    CodingSession session = spec.build();
    CodingResult professional = ENGINE.code(session, PayerProfile.MEDICARE_PHYSICIAN);
    for (PayerProfile facility : List.of(PayerProfile.MEDICARE_OPPS, PayerProfile.MEDICARE_ASC,
        PayerProfile.COMMERCIAL_ASC_UB04)) {
      assertThat(FacilityChecks.standard().compare(professional, ENGINE.code(session, facility)))
          .as("%s under %s", spec, facility).extracting(Finding::id)
          .doesNotContain("FC-703");
    }
  }

  /**
   * A hospital outpatient claim in 2026 with a J1 line pays exactly one APC 5431 payment,
   * whatever the joints, sides and layout; every other line is packaged at $0.
   */
  @Property
  void oneComprehensiveApcPerHospitalClaim(@ForAll("sessions") Spec any) {
    Spec spec = new Spec(LocalDate.of(2026, 3, 10), any.procs());
    CodingSession s = spec.build();
    CodingResult r = ENGINE.code(s, PayerProfile.MEDICARE_OPPS);
    boolean j1 = r.lines().stream().anyMatch(l -> l.code().equals("64633")
        || l.code().equals("64635"));
    var estimate = PaymentEstimator.standard().estimate(r,
        CareSetting.HOSPITAL_OUTPATIENT_ON_CAMPUS);
    if (!j1) {
      assertThat(estimate.map(e -> e.total())).as("%s", spec).satisfiesAnyOf(
          t -> assertThat(t).isEmpty(), t -> assertThat(t.get()).isNull());
      return;
    }
    assertThat(estimate.orElseThrow().total()).as("%s", spec).isEqualByComparingTo("1765.76");
    assertThat(estimate.orElseThrow().lines().stream().filter(l -> l.amount().signum() > 0))
        .hasSize(1);
  }
}
