package org.facetclaims.fhir.text;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.fhir.text.ListElements.Element;
import org.facetclaims.fhir.text.ListElements.ElementType;
import org.facetclaims.fhir.text.NounPhrases.NounKind;
import org.facetclaims.fhir.text.NounPhrases.NounMatch;
import org.facetclaims.fhir.text.SidePhrases.Side;

/**
 * The site pass: finds site lists and the sides that belong to them.
 *
 * <p>A small state machine walks the tokens once. Outside a list it remembers a pending side
 * ("Left ...") and a prefix noun ("medial branches of ...", "levels ...", "transverse process of
 * ...", "history of ...") for a bounded number of filler tokens. At a level notation it reads one
 * list: elements (joint notations, single levels, ranges, the third occipital nerve, the sacral
 * ala) joined by connectors, each element with its own noun if one follows, and sides before,
 * inside and after the list. Every element is read with its effective noun: its own, else the
 * next one to its right in the list ("L3 and L4 medial branches"), else the prefix, else the
 * default (joint notation = joint, single levels = a level list). All lookahead is bounded, so
 * the pass is linear in the number of tokens.
 */
final class SiteParser extends Tokens {
  /** Filler tokens a pending side or a prefix noun survives. */
  private static final int MAX_AGE = 10;
  /** Tokens a history word ("prior", "s/p") reaches forward. */
  private static final int MAX_HISTORY_AGE = 4;

  private static final ImmutableSet<String> METHOD_FILLERS = ImmutableSet.<String>builder()
      .addAll(Lexicon.RF_WORDS).addAll(Lexicon.GENERIC_LESION_WORDS)
      .addAll(Lexicon.DESTRUCTION_ONLY_WORDS)
      .add("pulsed", "cooled", "radio", "frequency", "conventional", "continuous", "chemical",
          "cryoablation", "cryoneurolysis", "laser", "neurotomies", "ablations", "phenol",
          "alcohol", "ethanol", "glycerol", "glycerin", "ammonium", "injected", "injection",
          "injections", "block", "blocks", "aqueous", "dehydrated")
      .build();
  private static final ImmutableSet<String> PUNCT_FILLERS = ImmutableSet.of(
      ":", "(", ")", "-", "/", "&", "\"", "'", "[", "]", "*", "#", "•", "+");
  private final SidePhrases sides;
  private final NounPhrases nouns;
  private final ListElements elements;
  private final SiteEmitter emitter;

  final List<TreatedSite> sites;
  final List<String> unplaced;
  final List<Laterality> unboundSides = new ArrayList<>();

  private Laterality pending;
  private int pendingAge;
  private NounMatch prefix;
  private int prefixAge;

  SiteParser(String text, Token[] tok, boolean[] sentenceHasAgent) {
    super(tok);
    this.sides = new SidePhrases(tok);
    this.nouns = new NounPhrases(tok, sentenceHasAgent);
    this.elements = new ListElements(tok, nouns, sides);
    this.emitter = new SiteEmitter(text, tok);
    this.sites = emitter.sites;
    this.unplaced = emitter.unplaced;
  }

  /** True when sacral lateral branches were named (the sacroiliac joint, out of scope). */
  boolean sacroiliac() {
    return emitter.sacroiliac;
  }

  SiteParser run() {
    int i = 0;
    while (i < n) {
      Token t = tok[i];
      if (t.type == Token.Type.BREAK) {
        expirePending();
        prefix = null;
        i++;
        continue;
      }
      Side side = sides.sideAt(i);
      if (side != null) {
        expirePending();
        pending = side.side;
        pendingAge = 0;
        i = side.end;
        continue;
      }
      if (elements.elementStartAt(i, null)) {
        i = parseList(i);
        pending = null;
        prefix = null;
        continue;
      }
      NounMatch noun = nouns.noun(i);
      if (noun != null) {
        if (prefix != null && prefix.kind == NounKind.HISTORY) {
          // "prior medial branch RFA at L3-4": the history covers the whole phrase.
          age();
        } else {
          prefix = noun.kind == NounKind.NOISE && noun.symptom ? null : noun;
          prefixAge = 0;
          age();
        }
        i = noun.end;
        continue;
      }
      int history = historyEnd(i);
      if (history > i) {
        prefix = new NounMatch(NounKind.HISTORY, history, false, false);
        prefixAge = 0;
        i = history;
        continue;
      }
      if (isFiller(i)) {
        String w = word(i);
        if (w != null && METHOD_FILLERS.contains(w) && prefix != null
            && prefix.kind == NounKind.NOISE) {
          prefix = null;
        }
        if (prefix != null && prefix.kind == NounKind.HISTORY && !inSet(i, Lexicon.TIGHT_FILLERS)
            && !inSet(i, METHOD_FILLERS) && !PUNCT_FILLERS.contains(t.text)) {
          prefix = null;
        }
        age();
        i++;
        continue;
      }
      if (isPunct(i, ",")) {
        prefix = null;
        age();
        i++;
        continue;
      }
      expirePending();
      prefix = null;
      i++;
    }
    expirePending();
    dedupe();
    return this;
  }

  /** The side stated for the whole text: the unbound sides when they agree. */
  Optional<Laterality> statedSide() {
    Laterality s = null;
    for (Laterality l : unboundSides) {
      if (s != null && s != l) {
        return Optional.empty();
      }
      s = l;
    }
    return Optional.ofNullable(s);
  }

  // ---- state ---------------------------------------------------------------------------------

  private void age() {
    if (pending != null && ++pendingAge > MAX_AGE) {
      expirePending();
    }
    if (prefix != null && ++prefixAge > (prefix.kind == NounKind.HISTORY ? MAX_HISTORY_AGE
        : MAX_AGE)) {
      prefix = null;
    }
  }

  private void expirePending() {
    if (pending != null) {
      unboundSides.add(pending);
      pending = null;
    }
  }

  private boolean isFiller(int i) {
    Token t = tok[i];
    if (t.type == Token.Type.PUNCT) {
      return PUNCT_FILLERS.contains(t.text);
    }
    if (t.type != Token.Type.WORD) {
      return false;
    }
    return Lexicon.FILLERS.contains(t.text) || Lexicon.REGION_WORDS.contains(t.text)
        || METHOD_FILLERS.contains(t.text);
  }

  private int historyEnd(int i) {
    String w = word(i);
    if (w == null) {
      return i;
    }
    if (Lexicon.HISTORY_WORDS.contains(w)) {
      return i + 1;
    }
    if (w.equals("s") && isPunct(i + 1, "/") && isWord(i + 2, "p")) {
      return i + 3;
    }
    if (w.equals("status") && isWord(i + 1, "post")) {
      return i + 2;
    }
    return i;
  }
  // ---- lists ---------------------------------------------------------------------------------

  private int parseList(int start) {
    List<Element> els = new ArrayList<>();
    Laterality cur = pending;
    int unsided = 0;
    Element prev = null;
    int i = start;
    while (true) {
      Element e = elements.parseElement(i, prev);
      i = e.end;
      if (inSet(i, ListElements.RANGE_WORDS)) {
        int r = i + 1;
        if (isWord(r, "the")) {
          r++;
        }
        if (elements.elementStartAt(r, e)) {
          Element b = elements.parseElement(r, e);
          Element range = new Element(ElementType.RANGE, e.start, b.end);
          range.from = e;
          range.to = b;
          e = range;
          i = b.end;
        }
      }
      e.side = cur;
      NounMatch own = nouns.noun(i);
      if (own == null && isDash(i)) {
        own = nouns.noun(i + 1); // "T1-weighted", "L4-5-level"
      }
      if (own != null && own.kind != NounKind.HISTORY) {
        e.noun = own;
        i = own.end;
      }
      els.add(e);
      prev = e.type == ElementType.RANGE ? e.to : e;
      Side trailing = sides.trailingSideAt(i);
      if (trailing != null) {
        unsided = bindBack(els, unsided, trailing.side);
        i = trailing.end;
        if (e.noun == null) {
          NounMatch late = nouns.noun(i);
          if (late != null) {
            e.noun = late;
            i = late.end;
          }
        }
      }
      int c = elements.connectorAt(i);
      if (c < 0) {
        break;
      }
      Side forward = sides.sideAt(c);
      if (forward != null) {
        int k = forward.end;
        if (isWord(k, "the") || isWord(k, "at")) {
          k++;
        }
        if (elements.elementStartAt(k, null)) {
          cur = forward.side;
          unsided = els.size();
          i = k;
          continue;
        }
        // "L4-5 and L5-S1, bilaterally": the side closes the list.
        unsided = bindBack(els, unsided, forward.side);
        i = forward.end;
        break;
      }
      if (elements.elementStartAt(c, prev)) {
        i = c;
        continue;
      }
      break;
    }
    emitter.resolve(els, prefix);
    return i;
  }

  /** Gives the side to the elements that have none yet; returns the new first unsided index. */
  private static int bindBack(List<Element> els, int from, Laterality side) {
    for (int k = from; k < els.size(); k++) {
      if (els.get(k).side == null) {
        els.get(k).side = side;
      }
    }
    return els.size();
  }

  /**
   * Removes repeats: an identical site named twice is listed once, and, when the text states no
   * side for the whole text, a site named without a side is dropped when the same target is
   * named with a side ("Levels: L4-5. Right L4-5 RF." is the right L4-L5 joint, not a second,
   * side-less one). With a stated side the side-less site will receive that side, so it stays.
   */
  private void dedupe() {
    Set<TreatedSite> seen = new LinkedHashSet<>(sites);
    Set<Object> sided = new HashSet<>();
    boolean dropTwins = statedSide().isEmpty();
    for (TreatedSite s : seen) {
      if (dropTwins && s.laterality() != Laterality.UNKNOWN) {
        sided.add(target(s));
      }
    }
    List<TreatedSite> out = new ArrayList<>(seen.size());
    for (TreatedSite s : seen) {
      if (s.laterality() == Laterality.UNKNOWN && sided.contains(target(s))) {
        continue;
      }
      out.add(s);
    }
    sites.clear();
    sites.addAll(out);
    Set<String> fragments = new LinkedHashSet<>(unplaced);
    unplaced.clear();
    unplaced.addAll(fragments);
  }

  private static Object target(TreatedSite s) {
    return List.of(s.kind(), s.joint().map(Object.class::cast).orElse(""),
        s.nerve().map(Object.class::cast).orElse(""), s.levels());
  }
}