package org.facetclaims.core;

import java.util.List;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.SidedUnits;
import org.facetclaims.core.codeset.UnitOfService;
import org.facetclaims.core.codeset.UnitSet;

/**
 * What {@link ResolveSites} decided: per route, the joints and nerves documented and the units of
 * service they resolve to, side by side; the joints no facet code describes (C0-C1, C1-C2); and
 * which procedures contributed to each route and family.
 */
final class ResolvedSites implements StepOutcome {
  private static final Laterality[] EACH_SIDE =
      {Laterality.RIGHT, Laterality.LEFT, Laterality.UNKNOWN};

  private final LevelListReading reading;
  private final RouteSites destruction;
  private final RouteSites unlisted;
  private final SidedUnits notReportable;
  /** By {@link #index(int, JointFamily)}. */
  private final ProcedureSet[] contributing;
  private final boolean levelListsNameNerves;

  ResolvedSites(LevelListReading reading, RouteSites destruction, RouteSites unlisted,
      SidedUnits notReportable, ProcedureSet[] contributing, boolean levelListsNameNerves) {
    this.reading = reading;
    this.destruction = destruction;
    this.unlisted = unlisted;
    this.notReportable = notReportable;
    this.contributing = contributing;
    this.levelListsNameNerves = levelListsNameNerves;
  }

  /** The sites of one route: the joints and nerves documented, and the units they resolve to. */
  static final class RouteSites {
    /** Nothing documented, by the unit of service (ordinal) its units would have counted. */
    private static final RouteSites[] NONE = new RouteSites[UnitOfService.values().length];

    static {
      for (UnitOfService u : UnitOfService.values()) {
        NONE[u.ordinal()] = new RouteSites(SidedUnits.none(UnitOfService.JOINT),
            SidedUnits.none(UnitOfService.NERVE), SidedUnits.none(u));
      }
    }

    final SidedUnits joints;
    final SidedUnits nerves;
    final SidedUnits units;

    RouteSites(SidedUnits joints, SidedUnits nerves, SidedUnits units) {
      this.joints = joints;
      this.nerves = nerves;
      this.units = units;
    }

    /** The sites of a route: none when nothing was documented for it. */
    static RouteSites of(SidedUnits joints, SidedUnits nerves, SidedUnits units) {
      return joints.isEmpty() && nerves.isEmpty() ? NONE[units.unit().ordinal()]
          : new RouteSites(joints, nerves, units);
    }
  }

  /** The position of a route (by ordinal) and family in {@link #contributing}. */
  static int index(int route, JointFamily family) {
    return route * 2 + family.ordinal();
  }

  private RouteSites of(Route route) {
    return route == Route.DESTRUCTION ? destruction : unlisted;
  }

  /** How level lists were read. */
  LevelListReading reading() {
    return reading;
  }

  /** The units of service of a route, per side: joints, or nerves under the legacy edition. */
  SidedUnits units(Route route) {
    return of(route).units;
  }

  /** C0-C1 and C1-C2 as documented, per side: 64999 in the cervical/thoracic family. */
  SidedUnits notReportable() {
    return notReportable;
  }

  /** The procedures that contributed sites to a route and family. */
  ProcedureSet contributing(Route route, JointFamily family) {
    return contributing[index(route.ordinal(), family)];
  }

  /** True when a level list also has the nerve reading, which must then be compared. */
  boolean levelListsNameNerves() {
    return levelListsNameNerves;
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    StringBuilder sb = new StringBuilder();
    for (Route route : Route.values()) {
      for (Laterality side : EACH_SIDE) {
        UnitSet js = of(route).joints.side(side);
        UnitSet ns = of(route).nerves.side(side);
        if (js.isEmpty() && ns.isEmpty()) {
          continue;
        }
        sb.append(sb.length() == 0 ? "" : "; ").append(route.word()).append(' ')
            .append(side.label()).append(':');
        for (String joint : js.labels()) {
          sb.append(' ').append(joint);
        }
        if (!ns.isEmpty()) {
          sb.append(" nerves ").append(ns);
        }
      }
    }
    trace.add(new TraceStep(CodingStep.RESOLVE_SITES, "documented "
        + (sb.length() == 0 ? "no sites" : sb.toString()) + reading.traceNote()));
  }
}
