package org.facetclaims.fhir.history;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small grammar that reads pain relief from clinical text: how much relief an earlier block or
 * RF gave, in percent, and how many months it lasted. It reads only what it is sure of; what it
 * sees but cannot read is returned as unread (the caller turns it into finding FC-617), never
 * guessed. Stateless and thread-safe.
 *
 * <h2>Grammar</h2>
 *
 * <p>The text (at most {@value #MAX_TEXT_LENGTH} characters; the rest is reported unread) is cut
 * into clauses at {@code . ; ! ?} and line breaks (a dot between digits is a decimal point). A
 * clause is read for relief only when it has a relief word: <em>relief, relieved, improvement,
 * improved, reduction, reduced, decrease(d), better</em>. In such a clause:
 *
 * <ul>
 *   <li><b>percent</b>: a number 0-100 followed by {@code %}, <em>percent</em> or <em>per
 *       cent</em>: "85% relief", "80 percent pain relief", "relief of 90%", "reported 85.5%
 *       improvement" (decimals are cut to the whole percent below). "at least", "more than",
 *       "greater than", "over", "&gt;" before it keep the number (it is a lower bound, so reading
 *       it never overstates the relief). A percentage followed by a drug or solution ("2%
 *       lidocaine", "0.5% bupivacaine", "6% phenol") is a concentration and is skipped.
 *   <li><b>words</b>: "no (pain) relief", "without relief", "did not get any relief", "denies any
 *       relief" read as 0%; "complete / total / full (pain) relief" as 100%.
 *   <li><b>not read</b> (unread, with the reason and a quote of at most 80 characters, so that a
 *       finding points at the words without copying the note): a clause that states a condition or a
 *       requirement rather than an outcome (<em>if, unless, goal, target, expect(ed), hope,
 *       would, should, candidate, criteria, require(d), need(s), must</em>: "proceed to RF if
 *       80% relief"); a range ("70-80% relief"); an approximation or
 *       upper bound ("about", "approximately", "nearly", "almost", "up to", "less than", "under",
 *       "&lt;", "~"); a negated figure ("did not achieve 80% relief"); pain scores ("from 8/10 to
 *       2/10": not converted); a number over 100; several different percentages in one text.
 * </ul>
 *
 * <p>A <b>duration</b> is read in a clause with a relief word or a lasting word (<em>last(ed,
 * ing, s), sustained, persisted, duration, for</em>), only where it is a duration: a lasting word
 * right before it, optionally with a qualifier ("relief lasting 7 months", "relief for eight
 * months", "which lasted 1 year", "lasted more than 6 months"), or "of (pain) relief" right after
 * it ("7 months of relief"). A time point ("at the 6-month follow-up", "3 months after the RF") is
 * not a duration and is skipped. Numbers are digits
 * or the words one to twelve and eighteen; units: months (mo, mos), years (yr; times 12). Weeks
 * and days are reported unread (no month conversion is exact at the 6-month boundary); hours are
 * ignored (a block's anaesthetic effect, not a relief duration). "More than 6 months" reads 6;
 * "about 6 months" and "less than 6 months" are unread; so are several different durations.
 *
 * <p>Every pattern is compiled once, has bounded repetition and no backreference, and runs over a
 * bounded text, so reading is linear in the length of the text.
 *
 * <pre>{@code
 * ReliefReading r = ReliefGrammar.standard().read("85% relief lasting 7 months.");
 * r.percent();   // OptionalInt[85]
 * r.months();    // OptionalInt[7]
 * }</pre>
 */
public final class ReliefGrammar {
  /** Longest text read; the rest is reported unread. */
  public static final int MAX_TEXT_LENGTH = 4000;
  /** Longest quote of the text in what is reported unread. */
  static final int MAX_QUOTE = 80;

  private static final ReliefGrammar STANDARD = new ReliefGrammar();

  private static final Pattern RELIEF = Pattern.compile(
      "(?i)\\b(?:relief|relieved|improvement|improved|reduction|reduced|decreased?|better)\\b");
  private static final Pattern LASTING = Pattern.compile(
      "(?i)\\b(?:last(?:ed|ing|s)?|sustained|persist(?:ed|ing|s)?|duration|for)\\b");
  private static final Pattern RANGE = Pattern.compile(
      "(?i)(?<![\\d.])\\d{1,3}\\s{0,3}(?:%|percent|per\\s?cent)?\\s{0,3}(?:-|\\u2013|to)\\s{0,3}"
          + "\\d{1,3}\\s{0,3}(?:%|percent\\b|per\\s?cent\\b)");
  private static final Pattern PERCENT = Pattern.compile(
      "(?i)(?<![\\d.])(\\d{1,3})(?:\\.\\d{1,3})?\\s{0,3}(?:%|percent\\b|per\\s?cent\\b)");
  private static final Pattern NO_RELIEF = Pattern.compile(
      "(?i)\\b(?:(?:no|without)\\s{1,3}(?:pain\\s{1,3})?relief"
          + "|did\\s{1,3}not\\s{1,3}(?:get|have|report|experience|obtain)\\s{1,3}any\\s{1,3}"
          + "(?:pain\\s{1,3})?relief|denie[sd]\\s{1,3}any\\s{1,3}(?:pain\\s{1,3})?relief)\\b");
  private static final Pattern COMPLETE_RELIEF = Pattern.compile(
      "(?i)\\b(?:complete|total|full)\\s{1,3}(?:pain\\s{1,3})?relief\\b");
  private static final Pattern SCORES = Pattern.compile("(?<!\\d)\\d{1,2}\\s{0,2}/\\s{0,2}10\\b");
  private static final Pattern DURATION = Pattern.compile(
      "(?i)(?<![\\d.])(\\d{1,3}(?:\\.\\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten"
          + "|eleven|twelve|eighteen)\\s{0,3}\\+?\\s{0,2}-?\\s{0,2}"
          + "(months?|mos?|years?|yrs?|weeks?|wks?|days?|hours?|hrs?)\\b");
  private static final Pattern LASTING_BEFORE = Pattern.compile(
      "(?i)\\b(?:last(?:ed|ing|s)?|sustained|persist(?:ed|ing|s)?|duration\\s{1,3}of|for)\\s{1,3}"
          + "(?:(?:at\\s{1,3}least|more\\s{1,3}than|greater\\s{1,3}than|over|about|approximately"
          + "|approx\\.?|nearly|almost|less\\s{1,3}than|fewer\\s{1,3}than|under|up\\s{1,3}to|roughly"
          + "|around|~|>|<)\\s{0,3})?$");
  private static final Pattern OF_RELIEF = Pattern.compile(
      "(?i)^\\s{0,3}of\\s{1,3}(?:pain\\s{1,3})?(?:relief|improvement)");
  private static final Pattern NOT_EXACT = Pattern.compile(
      "(?i)(?:less\\s{1,3}than|fewer\\s{1,3}than|under|<|\\u2264|nearly|almost|approximately"
          + "|approx\\.?|about|around|~|up\\s{1,3}to|roughly|possibly|maybe)\\s{0,3}$");
  private static final Pattern NEGATION = Pattern.compile(
      "(?i)\\b(?:not|never|without|denies|denied|didn't|failed\\s{1,3}to)\\b");

  private static final Pattern CONDITIONAL = Pattern.compile(
      "(?i)\\b(?:if|unless|goal|target|expect(?:s|ed)?|hop(?:e|es|ed|ing)|would|should|candidate"
          + "|criteria|criterion|requires?|required|needs?|must)\\b");

  private static final Pattern CONCENTRATION = Pattern.compile(
      "(?i)^\\s{0,3}(?:[a-z]{1,12}\\s{1,2})?(?:lidocaine|bupivacaine|ropivacaine|marcaine"
          + "|xylocaine|sensorcaine|naropin|anesthetic|anaesthetic|dextrose|saline|solution|phenol"
          + "|alcohol|ethanol|glycerol|glycerin|contrast|omnipaque|isovue|iohexol|dexamethasone"
          + "|triamcinolone|methylprednisolone|kenalog|depo-medrol|steroid|w/v)\\b");

  private static final Pattern PERCENT_NAME = Pattern.compile("(?i)(?:%|percent|per\\s?cent)");

  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("eighteen", 18));

  private ReliefGrammar() {}

  /** The grammar. */
  public static ReliefGrammar standard() {
    return STANDARD;
  }

  /** True when an Observation's name says its value is a percentage ("Pain relief (%)"). */
  static boolean namesPercent(String name) {
    return name != null && PERCENT_NAME.matcher(name).find();
  }

  /** Reads one text; null or blank gives an empty reading. */
  public ReliefReading read(String text) {
    if (text == null || text.isBlank()) {
      return ReliefReading.EMPTY;
    }
    State s = new State();
    String t = text;
    if (t.length() > MAX_TEXT_LENGTH) {
      t = t.substring(0, MAX_TEXT_LENGTH);
      s.unreadPercent.add("text longer than " + MAX_TEXT_LENGTH
          + " characters: the rest was not read");
    }
    for (String clause : clauses(t)) {
      readClause(clause, s);
    }
    OptionalInt percent = OptionalInt.empty();
    if (s.percents.size() == 1) {
      percent = OptionalInt.of(s.percents.iterator().next());
    } else if (s.percents.size() > 1) {
      s.unreadPercent.add("several different percentages " + few(s.percents)
          + ": which one is the relief is not clear");
    }
    OptionalInt months = OptionalInt.empty();
    if (s.months.size() == 1) {
      months = OptionalInt.of(s.months.iterator().next());
    } else if (s.months.size() > 1) {
      s.unreadDuration.add("several different durations " + few(s.months) + " months");
    }
    return new ReliefReading(percent, months, ImmutableList.copyOf(s.unreadPercent),
        ImmutableList.copyOf(s.unreadDuration));
  }

  private static final class State {
    final Set<Integer> percents = new LinkedHashSet<>();
    final Set<Integer> months = new LinkedHashSet<>();
    final List<String> unreadPercent = new ArrayList<>();
    final List<String> unreadDuration = new ArrayList<>();
  }

  /** Clauses at . ; ! ? and line breaks; a dot between digits is a decimal point. */
  static List<String> clauses(String t) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean cut = c == ';' || c == '!' || c == '?' || c == '\n' || c == '\r';
      if (c == '.') {
        boolean decimal = i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1))
            && Character.isDigit(t.charAt(i + 1));
        cut = !decimal;
      }
      if (cut) {
        if (i > start) {
          out.add(t.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (start < t.length()) {
      out.add(t.substring(start));
    }
    return out;
  }

  private static void readClause(String clause, State s) {
    boolean relief = RELIEF.matcher(clause).find();
    boolean lasting = LASTING.matcher(clause).find();
    if (!relief && !lasting) {
      return;
    }
    if (CONDITIONAL.matcher(clause).find()) {
      if (PERCENT.matcher(clause).find() || DURATION.matcher(clause).find()) {
        s.unreadPercent.add(quote(clause) + ": a condition or requirement, not an outcome");
      }
      return;
    }
    if (relief) {
      readPercent(clause, s);
    }
    readDuration(clause, s);
  }

  private static void readPercent(String clause, State s) {
    List<int[]> ranges = new ArrayList<>();
    Matcher r = RANGE.matcher(clause);
    while (r.find()) {
      ranges.add(new int[] {r.start(), r.end()});
      s.unreadPercent.add(quote(r.group()) + ": a range, not one figure");
    }
    boolean any = !ranges.isEmpty();
    Matcher p = PERCENT.matcher(clause);
    while (p.find()) {
      if (inside(ranges, p.start())) {
        continue;
      }
      String following = clause.substring(p.end(), Math.min(clause.length(), p.end() + 30));
      if (CONCENTRATION.matcher(following).find()) {
        continue;   // "2% lidocaine": a drug concentration, not relief
      }
      any = true;
      int value = Integer.parseInt(p.group(1));
      String before = clause.substring(Math.max(0, p.start() - 30), p.start());
      String shown = quote(snippet(clause, p.start(), p.end()));
      if (value > 100) {
        s.unreadPercent.add(shown + ": over 100%");
      } else if (NOT_EXACT.matcher(before).find()) {
        s.unreadPercent.add(shown + ": approximate or an upper bound");
      } else if (NEGATION.matcher(before).find()) {
        s.unreadPercent.add(shown + ": negated");
      } else {
        s.percents.add(value);
      }
    }
    if (any) {
      return;
    }
    if (NO_RELIEF.matcher(clause).find()) {
      s.percents.add(0);
    } else if (COMPLETE_RELIEF.matcher(clause).find()) {
      s.percents.add(100);
    } else if (SCORES.matcher(clause).find()) {
      s.unreadPercent.add(quote(clause) + ": pain scores, not converted to a percentage");
    }
  }

  private static void readDuration(String clause, State s) {
    Matcher d = DURATION.matcher(clause);
    while (d.find()) {
      String before = clause.substring(Math.max(0, d.start() - 30), d.start());
      String after = clause.substring(d.end(), Math.min(clause.length(), d.end() + 30));
      if (!LASTING_BEFORE.matcher(before).find() && !OF_RELIEF.matcher(after).find()) {
        continue;   // a time point ("at 6-month follow-up"), not a duration
      }
      String unit = d.group(2).toLowerCase(Locale.ROOT);
      if (unit.startsWith("h")) {
        continue;
      }
      String shown = quote(snippet(clause, d.start(), d.end()));
      if (NOT_EXACT.matcher(before).find()) {
        s.unreadDuration.add(shown + ": approximate or an upper bound");
        continue;
      }
      if (NEGATION.matcher(before).find()) {
        s.unreadDuration.add(shown + ": negated");
        continue;
      }
      if (unit.startsWith("w") || unit.startsWith("d")) {
        s.unreadDuration.add(shown + ": in " + (unit.startsWith("w") ? "weeks" : "days")
            + ", not months");
        continue;
      }
      String n = d.group(1).toLowerCase(Locale.ROOT);
      double value = WORDS.containsKey(n) ? WORDS.get(n) : Double.parseDouble(n);
      if (unit.startsWith("y")) {
        value *= 12;
      }
      s.months.add((int) Math.floor(value));
    }
  }

  private static boolean inside(List<int[]> spans, int pos) {
    for (int[] sp : spans) {
      if (pos >= sp[0] && pos < sp[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quoted text of an unread part, cut at {@value #MAX_QUOTE} characters: enough for a coder
   * to find it in the note, never a whole note (notes are patient records).
   */
  private static String quote(String text) {
    String t = text.strip();
    return "\"" + (t.length() > MAX_QUOTE ? t.substring(0, MAX_QUOTE) + "..." : t) + "\"";
  }

  /** At most five values of a set, for a message. */
  private static String few(Set<Integer> values) {
    List<Integer> shown = new ArrayList<>(values);
    return shown.size() <= 5 ? shown.toString()
        : shown.subList(0, 5).toString().replace("]", ", ...]");
  }

  private static String snippet(String clause, int start, int end) {
    int from = Math.max(0, start - 25);
    int to = Math.min(clause.length(), end + 25);
    return clause.substring(from, to).strip();
  }
}
