package org.facetclaims.core.technique;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A neurolytic technique: the {@link NeurolyticMethod method}, the chemical
 * {@link NeurolyticAgent agent} for chemical neurolysis, and the lesion temperature where one was
 * documented. Immutable; create with the static factories.
 *
 * <pre>{@code
 * Technique.thermalRf(80);
 * Technique.chemical(NeurolyticAgent.PHENOL);
 * Technique.of(NeurolyticMethod.PULSED_RF);
 * }</pre>
 */
public final class Technique {
  private static final int NO_TEMPERATURE = Integer.MIN_VALUE;

  private final NeurolyticMethod method;
  private final NeurolyticAgent agent;
  private final int temperatureCelsius;

  private Technique(NeurolyticMethod method, NeurolyticAgent agent, int temperatureCelsius) {
    this.method = Objects.requireNonNull(method, "method");
    this.agent = agent;
    this.temperatureCelsius = temperatureCelsius;
  }

  /** A technique of the given method with no agent and no temperature. */
  public static Technique of(NeurolyticMethod method) {
    return new Technique(method, null, NO_TEMPERATURE);
  }

  /** Conventional thermal radiofrequency, temperature not stated (codes as 80 °C or more). */
  public static Technique thermalRf() {
    return of(NeurolyticMethod.THERMAL_RF);
  }

  /** Conventional thermal radiofrequency at the documented temperature in °C. */
  public static Technique thermalRf(int celsius) {
    return of(NeurolyticMethod.THERMAL_RF).withTemperature(celsius);
  }

  /** Chemical neurolysis with a named agent. */
  public static Technique chemical(NeurolyticAgent agent) {
    return new Technique(NeurolyticMethod.CHEMICAL, Objects.requireNonNull(agent, "agent"),
        NO_TEMPERATURE);
  }

  /**
   * This technique with a documented temperature.
   *
   * @throws IllegalArgumentException for temperatures no lesion generator produces (below -200 °C
   *     or above 200 °C), which point to a unit or reading error
   */
  public Technique withTemperature(int celsius) {
    if (celsius < -200 || celsius > 200) {
      throw new IllegalArgumentException("Implausible lesion temperature: " + celsius + " °C");
    }
    return new Technique(method, agent, celsius);
  }

  /** The method. */
  public NeurolyticMethod method() {
    return method;
  }

  /** The chemical agent, for chemical neurolysis when one was named. */
  public Optional<NeurolyticAgent> agent() {
    return Optional.ofNullable(agent);
  }

  /** The documented lesion temperature in °C, if any. */
  public OptionalInt temperatureCelsius() {
    return temperatureCelsius == NO_TEMPERATURE ? OptionalInt.empty()
        : OptionalInt.of(temperatureCelsius);
  }

  /** A plain description: "thermal radiofrequency at 80 °C", "chemical neurolysis (phenol)". */
  public String describe() {
    StringBuilder sb = new StringBuilder(method.label());
    if (agent != null) {
      sb.append(" (").append(agent.label()).append(')');
    }
    if (temperatureCelsius != NO_TEMPERATURE) {
      sb.append(" at ").append(temperatureCelsius).append(" °C");
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Technique
        && ((Technique) o).method == method
        && ((Technique) o).agent == agent
        && ((Technique) o).temperatureCelsius == temperatureCelsius;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, agent, temperatureCelsius);
  }

  @Override
  public String toString() {
    return describe();
  }
}
