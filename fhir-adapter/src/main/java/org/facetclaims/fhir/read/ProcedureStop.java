package org.facetclaims.fhir.read;

import java.util.Locale;
import java.util.regex.Pattern;
import org.facetclaims.core.Discontinuation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Procedure;

/**
 * A Procedure of status {@code stopped} (FHIR R4: terminated before the full completion of the
 * intended activity) read as a discontinued procedure: whether its {@code statusReason} (text or
 * a coding's display) says it was stopped before or after anesthesia, or does not say.
 *
 * <p>Before: "before/prior to (the) anesthesia, sedation, induction, the local (anesthetic),
 * lidocaine". After: the same words after "after/following/under", or "during the procedure",
 * or "after the needle/probe/cannula/electrode was placed/inserted", "after lesioning started".
 * A reason that says both, or neither, leaves the timing {@link Discontinuation#UNSTATED}: the
 * facility claim then gets 73, the lower payment, with warning FC-711, never a guessed 74. The
 * reason's words are read, never quoted in a finding (they are patient-record text). Immutable.
 *
 * @param timing before anesthesia, after, or unstated
 * @param element the element that said it ({@code ...statusReason}), or the status element
 */
public record ProcedureStop(Discontinuation timing, String element) {
  private static final String ANESTHESIA = "(?:local\\s+|general\\s+|moderate\\s+|iv\\s+|"
      + "conscious\\s+|deep\\s+)?(?:an(?:a)?esthe\\w*|sedation|sedative|induction|lidocaine|"
      + "bupivacaine|local)";
  private static final Pattern BEFORE = Pattern.compile("\\b(?:before|prior\\s+to|pre-?)\\s*"
      + "(?:the\\s+|any\\s+|giving\\s+|administration\\s+of\\s+|administering\\s+)?"
      + ANESTHESIA + "\\b|\\bno\\s+(?:an(?:a)?esthe\\w*|sedation)\\s+(?:was\\s+)?"
      + "(?:given|administered|started)\\b|\\bnot\\s+(?:yet\\s+)?(?:an(?:a)?esthetized|sedated)\\b");
  private static final Pattern AFTER = Pattern.compile("\\b(?:after|following|under|post-?)\\s*"
      + "(?:the\\s+)?(?:administration\\s+of\\s+)?" + ANESTHESIA + "\\b"
      + "|\\bduring\\s+(?:the\\s+)?(?:procedure|ablation|lesioning|needle\\s+placement|"
      + "stimulation|sensory\\s+testing|motor\\s+testing|injection)\\b"
      + "|\\bafter\\s+(?:the\\s+)?(?:first\\s+)?(?:needles?|probes?|cannulae?s?|electrodes?)\\s+"
      + "(?:was\\s+|were\\s+)?(?:placed|inserted|positioned|advanced)\\b"
      + "|\\bafter\\s+(?:lesioning|ablation|the\\s+procedure)\\s+(?:had\\s+)?(?:started|began|begun)\\b");

  /** The stop a stopped Procedure at {@code path} records, or null when it is not stopped. */
  public static ProcedureStop of(Procedure p, String path) {
    if (p.getStatus() != Procedure.ProcedureStatus.STOPPED) {
      return null;
    }
    if (!p.hasStatusReason()) {
      return new ProcedureStop(Discontinuation.UNSTATED, path + ".status");
    }
    return new ProcedureStop(timing(p.getStatusReason()), path + ".statusReason");
  }

  /** The timing a reason's text and codings' displays say; unstated when none or both. */
  static Discontinuation timing(CodeableConcept reason) {
    boolean before = false;
    boolean after = false;
    StringBuilder all = new StringBuilder();
    if (reason.hasText()) {
      all.append(reason.getText()).append(". ");
    }
    for (Coding c : reason.getCoding()) {
      if (c.hasDisplay()) {
        all.append(c.getDisplay()).append(". ");
      }
    }
    // A reason is a sentence or two: longer text is a note in the wrong element, read the start.
    String text = all.length() > 2_000 ? all.substring(0, 2_000) : all.toString();
    text = text.toLowerCase(Locale.ROOT);
    before = BEFORE.matcher(text).find();
    after = AFTER.matcher(text).find();
    if (before == after) {
      return Discontinuation.UNSTATED;
    }
    return before ? Discontinuation.BEFORE_ANESTHESIA : Discontinuation.AFTER_ANESTHESIA;
  }
}
