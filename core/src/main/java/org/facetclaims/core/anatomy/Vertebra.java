package org.facetclaims.core.anatomy;

import java.util.Locale;
import java.util.Optional;

/**
 * A vertebral level from C1 to S1, plus {@link #C0} for the occiput so that the atlanto-occipital
 * joint (C0-C1) can be named and recognised as not reportable.
 *
 * <p>Levels are in anatomical order, top to bottom: {@code ordinal()} order is spinal order.
 */
public enum Vertebra {
  C0(SpinalRegion.OCCIPUT, 0),
  C1(SpinalRegion.CERVICAL, 1), C2(SpinalRegion.CERVICAL, 2), C3(SpinalRegion.CERVICAL, 3),
  C4(SpinalRegion.CERVICAL, 4), C5(SpinalRegion.CERVICAL, 5), C6(SpinalRegion.CERVICAL, 6),
  C7(SpinalRegion.CERVICAL, 7),
  T1(SpinalRegion.THORACIC, 1), T2(SpinalRegion.THORACIC, 2), T3(SpinalRegion.THORACIC, 3),
  T4(SpinalRegion.THORACIC, 4), T5(SpinalRegion.THORACIC, 5), T6(SpinalRegion.THORACIC, 6),
  T7(SpinalRegion.THORACIC, 7), T8(SpinalRegion.THORACIC, 8), T9(SpinalRegion.THORACIC, 9),
  T10(SpinalRegion.THORACIC, 10), T11(SpinalRegion.THORACIC, 11), T12(SpinalRegion.THORACIC, 12),
  L1(SpinalRegion.LUMBAR, 1), L2(SpinalRegion.LUMBAR, 2), L3(SpinalRegion.LUMBAR, 3),
  L4(SpinalRegion.LUMBAR, 4), L5(SpinalRegion.LUMBAR, 5),
  S1(SpinalRegion.SACRAL, 1);

  private static final Vertebra[] VALUES = values();

  private final SpinalRegion region;
  private final int number;

  Vertebra(SpinalRegion region, int number) {
    this.region = region;
    this.number = number;
  }

  /** The region this vertebra belongs to. */
  public SpinalRegion region() {
    return region;
  }

  /** The number within the region: 5 for L5. */
  public int number() {
    return number;
  }

  /** The next vertebra down, if any (S1 has none: the sacrum below it is fused). */
  public Optional<Vertebra> below() {
    int i = ordinal() + 1;
    return i < VALUES.length ? Optional.of(VALUES[i]) : Optional.empty();
  }

  /** The next vertebra up, if any. */
  public Optional<Vertebra> above() {
    int i = ordinal() - 1;
    return i >= 0 ? Optional.of(VALUES[i]) : Optional.empty();
  }

  /** The vertebra of a region letter and number, if it exists: {@code of('L', 4)} is L4. */
  public static Optional<Vertebra> of(char regionLetter, int number) {
    char r = Character.toUpperCase(regionLetter);
    for (Vertebra v : VALUES) {
      if (v.name().charAt(0) == r && v.number == number) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a level such as {@code "L4"}, {@code "l4"} or {@code "T 12"}.
   *
   * @throws IllegalArgumentException naming the text when it is not a vertebra (for example "L6")
   */
  public static Vertebra parse(String text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
        "Not a vertebral level (expected C1-C7, T1-T12, L1-L5 or S1): \"" + text + "\""));
  }

  /** Like {@link #parse(String)}, but empty instead of throwing. */
  public static Optional<Vertebra> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    if (t.length() < 2 || t.length() > 3) {
      return Optional.empty();
    }
    char r = t.charAt(0);
    if (r != 'C' && r != 'T' && r != 'L' && r != 'S') {
      return Optional.empty();
    }
    int n;
    try {
      n = Integer.parseInt(t.substring(1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return of(r, n);
  }
}
