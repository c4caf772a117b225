package org.facetclaims.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.facetclaims.core.codeset.Modifier;

/**
 * A line already on the claim that the caller is building (for example a facet injection 64493 or
 * an E/M visit). The engine does not change it, but checks edits (MUE, procedure-to-procedure
 * pairs) against it together with the lines it codes.
 */
public final class OtherClaimLine {
  private final String code;
  private final ImmutableList<Modifier> modifiers;
  private final int quantity;

  private OtherClaimLine(String code, List<Modifier> modifiers, int quantity) {
    this.code = Objects.requireNonNull(code, "code").strip();
    if (this.code.isEmpty()) {
      throw new IllegalArgumentException("An other claim line needs a code");
    }
    if (quantity < 1) {
      throw new IllegalArgumentException("Quantity must be at least 1, not " + quantity);
    }
    this.modifiers = ImmutableList.copyOf(modifiers);
    this.quantity = quantity;
  }

  /** A line of {@code quantity} units of {@code code} with the given modifiers. */
  public static OtherClaimLine of(String code, int quantity, Modifier... modifiers) {
    return new OtherClaimLine(code, ImmutableList.copyOf(modifiers), quantity);
  }

  public String code() {
    return code;
  }

  public ImmutableList<Modifier> modifiers() {
    return modifiers;
  }

  public int quantity() {
    return quantity;
  }

  @Override
  public String toString() {
    return code + (modifiers.isEmpty() ? "" : "-" + modifiers) + " x" + quantity;
  }
}
