package org.facetclaims.core;

import java.util.Arrays;
import java.util.List;
import org.facetclaims.core.payer.PayerProfile;

/**
 * What {@link ApplyEdits} checked: the distinct codes of the claim in claim order, each with its
 * units summed over the session's lines and the lines already on the claim. A claim has a
 * handful of codes, so two small arrays serve better than a map.
 */
final class CodeUnits implements StepOutcome {
  /** Nothing to check: no line and no other line. Leaves no trace entry. */
  static final CodeUnits NOT_CHECKED = new CodeUnits(new String[0], new int[0], 0, null);

  private final String[] codes;
  private final int[] units;
  private final int count;
  /** What was not checked ("MUE not checked under rt-lt-lines"), or null. */
  private final String notChecked;

  private CodeUnits(String[] codes, int[] units, int count, String notChecked) {
    this.codes = codes;
    this.units = units;
    this.count = count;
    this.notChecked = notChecked;
  }

  /** These units, with what was not checked instead of the profile's MUE switch. */
  CodeUnits notChecked(String what) {
    return new CodeUnits(codes, units, count, what);
  }

  static CodeUnits of(List<ClaimLine> lines, List<OtherClaimLine> others, PayerProfile profile) {
    String[] codes = new String[lines.size() + others.size()];
    int[] units = new int[codes.length];
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      count = add(codes, units, count, lines.get(i).code(), lines.get(i).quantity());
    }
    for (int i = 0; i < others.size(); i++) {
      count = add(codes, units, count, others.get(i).code(), others.get(i).quantity());
    }
    return new CodeUnits(codes, units, count,
        profile.mueEdits() ? null : "MUE not checked under " + profile.name());
  }

  /** Adds units of a code to the first {@code count} entries; returns the new count. */
  private static int add(String[] codes, int[] units, int count, String code, int quantity) {
    for (int i = 0; i < count; i++) {
      if (codes[i].equals(code)) {
        units[i] += quantity;
        return count;
      }
    }
    codes[count] = code;
    units[count] = quantity;
    return count + 1;
  }

  int size() {
    return count;
  }

  String code(int i) {
    return codes[i];
  }

  int units(int i) {
    return units[i];
  }

  /** The distinct codes, in claim order. */
  List<String> codes() {
    // Exact size: Arrays.asList's contains() is an index loop, a subList's makes an iterator.
    return Arrays.asList(count == codes.length ? codes : Arrays.copyOf(codes, count));
  }

  @Override
  public void addTraceTo(List<TraceStep> trace) {
    if (this == NOT_CHECKED) {
      return;
    }
    StringBuilder sb = new StringBuilder("codes {");
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ", ").append(codes[i]).append('=').append(units[i]);
    }
    sb.append('}');
    if (notChecked != null) {
      sb.append(" (").append(notChecked).append(')');
    }
    trace.add(new TraceStep(CodingStep.APPLY_EDITS, sb.toString()));
  }
}
