package org.facetclaims.fhir.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.facetclaims.core.TreatedSite;

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
  private final Recent remembered;

  private ClinicalTextGrammar(Recent remembered) {
    this.remembered = remembered;
  }

  /**
   * Readings of recently read texts, in two generations: new readings go into the young one;
   * when it is full it becomes the old one and the previous old one is dropped; a text found in
   * the old generation moves back into the young one. So a text read again within about
   * {@code maxEntries / 2} other texts is kept, and at most {@code maxEntries} readings are
   * held (give or take one per thread at the moment a generation turns over). A read is one hash lookup, without the bookkeeping of a least-recently-used
   * cache (Guava's queued every read, and its draining was 2-3 % of a bulk run's coding
   * threads). Races only cost a reading read twice: a reading depends only on its text.
   */
  private static final class Recent {
    private final int generation;
    private volatile ConcurrentHashMap<String, TextReading> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<String, TextReading> old = new ConcurrentHashMap<>();

    Recent(int maxEntries) {
      this.generation = Math.max(1, maxEntries / 2);
    }

    TextReading get(String text) {
      TextReading r = young.get(text);
      if (r == null) {
        r = old.get(text);
        if (r != null) {
          put(text, r);
        }
      }
      return r;
    }

    void put(String text, TextReading r) {
      ConcurrentHashMap<String, TextReading> y = young;
      y.put(text, r);
      if (y.size() >= generation) {
        synchronized (this) {
          if (young == y) {
            old = y;
            young = new ConcurrentHashMap<>();
          }
        }
      }
    }
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
    return new ClinicalTextGrammar(new Recent(maxEntries));
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
    TextReading r = remembered.get(text);
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
    SiteParser places = new SiteParser(s, tokens, words.sentenceHasAgent,
        words.heatTemperatures).run();
    TemplateLeftovers templates = new TemplateLeftovers(s, tokens, places.sides()).run();
    TextReading.Parts p = new TextReading.Parts();
    List<TreatedSite> sites = places.sites;
    List<String> unplaced = places.unplaced;
    List<TextQuestion> questions = places.questions();
    if (!templates.questions.isEmpty()) {
      questions = new ArrayList<>(questions);
      questions.addAll(templates.questions);
    }
    if (places.temperatures != null) {
      p.lesionTemperatures = LesionTemperatures.of(places.sites, places.temperatures);
      if (!p.lesionTemperatures.isEmpty()) {
        questions = new ArrayList<>(questions);
        questions.add(LesionTemperatures.question(p.lesionTemperatures));
      }
    }
    Set<OutOfScopeTarget> outOfScope = words.outOfScope;
    boolean sacroiliac = places.sacroiliac() || words.sacroiliacProcedure;
    if (places.sacroiliac()) {
      outOfScope.add(OutOfScopeTarget.SACROILIAC_JOINT);
    }
    if (sacroiliac) {
      SacroiliacTargets si = SacroiliacTargets.split(sites, unplaced,
          places.sacralFragments());
      sites = si.facetSites;
      unplaced = si.unplaced;
      p.sacroiliacTargets = si.targets;
      if (si.question().isPresent()) {
        questions = new ArrayList<>(questions);
        questions.add(si.question().get());
      }
    }
    p.sites = sites;
    p.unplaced = unplaced;
    p.questions = questions;
    p.statedSide = places.statedSide().orElse(null);
    p.methods = words.methods;
    p.agents = words.agents;
    p.heatTemperature = words.heatTemperature;
    p.coldTemperature = words.coldTemperature;
    p.imaging = words.imaging();
    p.namesDestruction = words.destruction;
    // In a sacroiliac procedure "dorsal ramus" names its targets; only a facet word, or a facet
    // site that stays, makes it (also) a facet procedure.
    p.namesFacetTarget = !sites.isEmpty() || !unplaced.isEmpty()
        || (sacroiliac ? words.facetJointWord : words.facetTarget);
    p.outOfScope = outOfScope;
    p.truncated = truncated;
    p.rfWord = words.rfWord;
    p.genericChemical = words.genericChemical;
    p.familiesNamed = words.families;
    p.medialBranchBlock = words.medialBranchBlock;
    p.blockOrInjection = words.blockOrInjection;
    p.sacroiliacProcedure = sacroiliac;
    return new TextReading(p);
  }
}
