package org.facetclaims.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.facetclaims.core.anatomy.JointFamily;
import org.facetclaims.core.anatomy.Nerve;
import org.facetclaims.core.anatomy.Vertebra;

/**
 * Step {@link CodingStep#BUILD_LINES}, for level lists that also name nerves: the lines of the
 * vertebral reading and of the nerve reading are compared family by family, and a family whose
 * lines differ is withheld with a physician query (coding-rules §3, FC-206).
 */
final class CompareReadings {
  private CompareReadings() {}

  static ReadingComparison apply(List<DocumentedProcedure> procedures,
      LaidOutLines asVertebrae, LaidOutLines asNerves, Findings findings) {
    List<String> vertebral = new ArrayList<>();
    List<String> nerves = new ArrayList<>();
    List<JointFamily> withheld = new ArrayList<>(2);
    for (JointFamily f : JointFamily.values()) {
      List<String> a = notations(asVertebrae.family(f));
      List<String> b = notations(asNerves.family(f));
      vertebral.addAll(a);
      nerves.addAll(b);
      if (!a.equals(b)) {
        withheld.add(f);
      }
    }
    if (withheld.isEmpty()) {
      return new ReadingComparison(withheld, asVertebrae);
    }
    List<String> labels = new ArrayList<>(withheld.size());
    for (JointFamily f : withheld) {
      labels.add(f.label());
    }
    findings.add(Finding.of(FindingCode.LEVELS_AMBIGUOUS, "Read as vertebrae the level list"
        + " gives " + (vertebral.isEmpty() ? "no lines" : vertebral) + "; read as medial-branch"
        + " nerves it gives " + (nerves.isEmpty() ? "no lines" : nerves) + ". The "
        + String.join(" and ", labels) + " lines are withheld.")
        .withQuestion(question(procedures)));
    return new ReadingComparison(withheld, asVertebrae.without(withheld));
  }

  /** The question of each level list that has both readings, naming the joints of each. */
  private static String question(List<DocumentedProcedure> procedures) {
    Set<String> questions = new LinkedHashSet<>();
    for (DocumentedProcedure p : procedures) {
      for (TreatedSite s : p.sites()) {
        if (s.kind() == TreatedSite.Kind.VERTEBRAL_LEVELS && nerveReading(s.levels())) {
          questions.add(ResolveSites.levelsQuestion(s.levels(), true));
        }
      }
    }
    return questions.isEmpty() ? "Are the listed levels the vertebrae whose facet joints were"
        + " treated, or the levels of the medial-branch nerves lesioned?"
        : String.join(" ", questions);
  }

  private static boolean nerveReading(List<Vertebra> levels) {
    for (Vertebra v : levels) {
      if (Nerve.atLevel(v).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static List<String> notations(List<ClaimLine> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (ClaimLine l : lines) {
      out.add(l.notation());
    }
    return out;
  }
}
