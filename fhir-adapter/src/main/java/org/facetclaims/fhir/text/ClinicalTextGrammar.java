package org.facetclaims.fhir.text;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

/**
 * The one documented grammar that reads clinical text about facet joint nerve destruction:
 * procedure code text, notes, body-site displays and texts, device, medication and substance
 * names. See the package documentation for the forms it reads.
 *
 * <p>Immutable and thread-safe; all vocabulary is built once in static fields, and reading is a
 * tokenizer plus two linear passes with bounded lookahead (no regular expressions, so no
 * backtracking). Input longer than {@link #MAX_TEXT_LENGTH} characters is read up to that limit
 * and the reading says {@link TextReading#truncated()}.
 *
 * <pre>{@code
 * TextReading r = ClinicalTextGrammar.standard()
 *     .read("Right L2 and L3 medial branches lesioned at 80 C under fluoroscopy.");
 * r.sites();               // [right L2 medial branch, right L3 medial branch]
 * r.temperatureCelsius();  // OptionalInt[80]
 * r.imaging();             // Optional[FLUOROSCOPY]
 * }</pre>
 */
public final class ClinicalTextGrammar {
  /** Longest input read, in characters (UTF-16 code units); longer input is cut here. */
  public static final int MAX_TEXT_LENGTH = 20_000;

  /**
   * Longest text a {@linkplain #remembering remembering} grammar keeps, in characters: order
   * names, templated notes and site labels repeat across records, free-text notes rarely do.
   */
  public static final int MAX_REMEMBERED_LENGTH = 1_024;

  private static final ClinicalTextGrammar STANDARD = new ClinicalTextGrammar(null);

  /** Readings of recent texts, or null. A reading is immutable and depends only on its text. */
  private final Cache<String, TextReading> remembered;

  private ClinicalTextGrammar(Cache<String, TextReading> remembered) {
    this.remembered = remembered;
  }

  /** The standard grammar. */
  public static ClinicalTextGrammar standard() {
    return STANDARD;
  }

  /**
   * A grammar that reads exactly as {@link #standard()} and keeps the readings of up to {@code
   * maxEntries} recent texts (each at most {@link #MAX_REMEMBERED_LENGTH} characters) to hand
   * back when the same text comes again. Meant for runs over many records from one source, where
   * procedure names and note templates repeat (the bulk command uses one). The texts it keeps
   * are clinical text: they stay in this object's memory, are never written anywhere, and go
   * with it. Thread-safe.
   *
   * @param maxEntries how many readings to keep, at least 1
   */
  public static ClinicalTextGrammar remembering(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, not " + maxEntries);
    }
    return new ClinicalTextGrammar(CacheBuilder.newBuilder().maximumSize(maxEntries)
        .<String, TextReading>build());
  }

  /**
   * Reads one text. Never throws: null, empty or blank text gives {@link TextReading#empty()},
   * and text that names nothing gives a reading with nothing in it.
   *
   * @param text the clinical text, or null
   * @return what the text names
   */
  public TextReading read(String text) {
    if (remembered == null || text == null || text.length() > MAX_REMEMBERED_LENGTH) {
      return readText(text);
    }
    TextReading r = remembered.getIfPresent(text);
    if (r == null) {
      r = readText(text);
      remembered.put(text, r);
    }
    return r;
  }

  private static TextReading readText(String text) {
    if (text == null || text.isBlank()) {
      return TextReading.empty();
    }
    boolean truncated = text.length() > MAX_TEXT_LENGTH;
    String s = truncated ? text.substring(0, MAX_TEXT_LENGTH) : text;
    Token[] tokens = Tokenizer.tokenize(s);
    if (tokens.length == 0 && !truncated) {
      return TextReading.empty();
    }
    KeywordScanner words = new KeywordScanner(tokens).run();
    SiteParser places = new SiteParser(s, tokens, words.sentenceHasAgent).run();
    if (places.sacroiliac) {
      words.outOfScope.add(OutOfScopeTarget.SACROILIAC_JOINT);
    }
    boolean facetTarget = words.facetTarget || !places.sites.isEmpty()
        || !places.unplaced.isEmpty();
    return new TextReading(places.sites, places.statedSide().orElse(null), words.methods,
        words.agents, words.heatTemperature, words.coldTemperature, words.imaging(),
        words.destruction, facetTarget, words.outOfScope, places.unplaced, truncated,
        words.rfWord, words.genericChemical);
  }
}
