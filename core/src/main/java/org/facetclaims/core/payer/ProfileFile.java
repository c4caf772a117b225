package org.facetclaims.core.payer;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A payer profile written as a file of {@code key = value} lines, for a payer's contract that no
 * standard profile matches, chosen on the command line or the server without Java:
 *
 * <pre>
 * # Our ASC contract
 * name = my-asc
 * base = rt-lt-lines                       # a standard profile to start from
 * description = RT/LT lines, thoracolumbar junction with the lumbar session
 * thoracolumbar-junction-as-lumbar = true
 * </pre>
 *
 * <p>Keys: {@code name} (required), {@code base} (default {@code medicare-physician}),
 * {@code description}, {@code convention} ({@code modifier-50}, {@code rt-lt-lines},
 * {@code single-line-units}), {@code claim-type} ({@code professional}, {@code institutional}),
 * and the switches {@code thoracolumbar-junction-as-lumbar}, {@code facility-place-of-service},
 * {@code mue-edits}, {@code medicare-coverage}, {@code coverage-modifiers},
 * {@code outpatient-hospital-edits} ({@code true} or {@code false}). An unknown key, a repeated
 * key or a bad value is an error naming the file and line: a misspelt switch must not silently
 * leave the base's value.
 */
public final class ProfileFile {
  private static final ImmutableSet<String> KEYS = ImmutableSet.of("name", "base", "description",
      "convention", "claim-type", "thoracolumbar-junction-as-lumbar",
      "facility-place-of-service", "mue-edits", "medicare-coverage", "coverage-modifiers",
      "outpatient-hospital-edits");

  private ProfileFile() {}

  /**
   * Reads a profile file.
   *
   * @param sourceName names the file in errors
   * @throws IllegalArgumentException naming the file, line and key of what is wrong
   */
  public static PayerProfile parse(Reader reader, String sourceName) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        int hash = line.indexOf('#');
        String t = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (t.isEmpty()) {
          continue;
        }
        if (number > 1000 || t.length() > 1000) {
          throw new IllegalArgumentException(sourceName + " line " + number
              + ": too long for a profile file");
        }
        int eq = t.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException(sourceName + " line " + number
              + ": expected key = value");
        }
        String key = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key)) {
          throw new IllegalArgumentException(sourceName + " line " + number + ": unknown key '"
              + key + "'; the keys are " + String.join(", ", KEYS));
        }
        if (values.containsKey(key)) {
          throw new IllegalArgumentException(sourceName + " line " + number + ": '" + key
              + "' is set twice");
        }
        values.put(key, t.substring(eq + 1).strip());
        lines.put(key, number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName, e);
    }
    String name = values.get("name");
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(sourceName + ": 'name' is required");
    }
    String baseName = values.getOrDefault("base", "medicare-physician");
    PayerProfile base = PayerProfile.byName(baseName).orElseThrow(() -> bad(sourceName, lines,
        "base", "'" + baseName + "' is not a standard profile; use one of "
            + String.join(", ", PayerProfile.standardProfiles().keySet())));
    PayerProfile.Builder b = base.toBuilder(name);
    for (Map.Entry<String, String> e : values.entrySet()) {
      String v = e.getValue();
      switch (e.getKey()) {
        case "description" -> b.description(v);
        case "convention" -> b.convention(convention(v, sourceName, lines));
        case "claim-type" -> b.claimType(claimType(v, sourceName, lines));
        case "thoracolumbar-junction-as-lumbar" ->
            b.thoracolumbarJunctionAsLumbar(bool(e.getKey(), v, sourceName, lines));
        case "facility-place-of-service" ->
            b.facilityPlaceOfService(bool(e.getKey(), v, sourceName, lines));
        case "mue-edits" -> b.mueEdits(bool(e.getKey(), v, sourceName, lines));
        case "medicare-coverage" -> b.medicareCoverage(bool(e.getKey(), v, sourceName, lines));
        case "coverage-modifiers" -> b.coverageModifiers(bool(e.getKey(), v, sourceName, lines));
        case "outpatient-hospital-edits" ->
            b.outpatientHospitalEdits(bool(e.getKey(), v, sourceName, lines));
        default -> { } // name and base: above
      }
    }
    return b.build();
  }

  private static BillingConvention convention(String v, String source, Map<String, Integer> at) {
    for (BillingConvention c : BillingConvention.values()) {
      if (c.id().equals(v)) {
        return c;
      }
    }
    throw bad(source, at, "convention", "'" + v + "' is not modifier-50, rt-lt-lines or"
        + " single-line-units");
  }

  private static ClaimType claimType(String v, String source, Map<String, Integer> at) {
    for (ClaimType c : ClaimType.values()) {
      if (c.code().equals(v)) {
        return c;
      }
    }
    throw bad(source, at, "claim-type", "'" + v + "' is not professional or institutional");
  }

  private static boolean bool(String key, String v, String source, Map<String, Integer> at) {
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    throw bad(source, at, key, "'" + v + "' is not true or false");
  }

  private static IllegalArgumentException bad(String source, Map<String, Integer> at, String key,
      String what) {
    Integer line = at.get(key);
    return new IllegalArgumentException(source + (line == null ? "" : " line " + line) + ": "
        + key + ": " + what);
  }
}
