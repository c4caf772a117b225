package org.facetclaims.core;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of the findings catalogue, read once from the resource {@code findings.txt} beside
 * {@link FindingCode}: per identifier a title, what the finding means, what to do, and the rule's
 * source. Kept as data so that a wording or a source is corrected without touching the code that
 * raises the finding.
 */
final class FindingTexts {
  /** The texts of one finding. */
  record Texts(String title, String meaning, String action, String source) {}

  static final String RESOURCE = "findings.txt";
  private static final List<String> FIELDS = List.of("title", "meaning", "action", "source");

  private FindingTexts() {}

  /** The texts of a finding; a missing block is a packaging error, found by FindingCodeTest. */
  static Texts of(String id) {
    Texts t = Holder.TEXTS.get(id);
    if (t == null) {
      throw new IllegalStateException(RESOURCE + " has no block for " + id);
    }
    return t;
  }

  /** Every block of the shipped resource, by identifier, in file order. */
  static ImmutableMap<String, Texts> all() {
    return Holder.TEXTS;
  }

  private static final class Holder {
    static final ImmutableMap<String, Texts> TEXTS = load();

    private static ImmutableMap<String, Texts> load() {
      try (InputStream in = FindingTexts.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the core's jar");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(RESOURCE + " could not be read", e);
      }
    }
  }

  /** Parses the block format documented at the top of the resource; errors name the line. */
  static ImmutableMap<String, Texts> parse(Reader reader) throws IOException {
    Map<String, Texts> out = new LinkedHashMap<>();
    BufferedReader in = new BufferedReader(reader);
    String id = null;
    Map<String, String> fields = new LinkedHashMap<>();
    int lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        finish(id, fields, out, lineNo);
        id = line.substring(1, line.length() - 1);
        if (out.containsKey(id)) {
          throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + id + " twice");
        }
        fields = new LinkedHashMap<>();
        continue;
      }
      int colon = line.indexOf(": ");
      String field = colon < 0 ? "" : line.substring(0, colon);
      if (id == null || !FIELDS.contains(field) || fields.containsKey(field)) {
        throw new IllegalStateException(RESOURCE + " line " + lineNo
            + ": expected one of " + FIELDS + " as \"field: text\" inside a [FC-nnn] block");
      }
      fields.put(field, line.substring(colon + 2).strip());
    }
    finish(id, fields, out, lineNo);
    return ImmutableMap.copyOf(out);
  }

  private static void finish(String id, Map<String, String> fields, Map<String, Texts> out,
      int lineNo) {
    if (id == null) {
      return;
    }
    for (String f : FIELDS) {
      if (fields.getOrDefault(f, "").isEmpty()) {
        throw new IllegalStateException(RESOURCE + " near line " + lineNo + ": " + id
            + " has no " + f);
      }
    }
    out.put(id, new Texts(fields.get("title"), fields.get("meaning"), fields.get("action"),
        fields.get("source")));
  }
}
