package org.facetclaims.fhir;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.facetclaims.core.DocumentedProcedure;
import org.facetclaims.core.Finding;
import org.facetclaims.core.FindingCode;
import org.facetclaims.core.TreatedSite;
import org.facetclaims.core.anatomy.Laterality;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.technique.Imaging;
import org.facetclaims.core.technique.Technique;
import org.facetclaims.fhir.text.ClinicalTextGrammar;
import org.facetclaims.fhir.text.OutOfScopeTarget;
import org.facetclaims.fhir.text.TextReading;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Substance;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads one Procedure into a core {@link DocumentedProcedure}, following the mapping spec's table
 * "where the adapter looks": status, date, scope, sites (bodySite, then the targetBodyStructure,
 * then code text and notes), sides, method and agent, imaging, diagnoses and claim parties. All
 * text goes through the one {@link ClinicalTextGrammar}; what it cannot place is a finding.
 * Thread-safe (stateless apart from its configuration).
 */
final class ProcedureReader {
  static final String TARGET_BODY_STRUCTURE =
      "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure";
  static final String MCODE_LATERALITY =
      "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier";
  static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
  static final String SNOMED = "http://snomed.info/sct";

  private static final Set<String> FACET_CPT = ImmutableSet.of(
      "64633", "64634", "64635", "64636", "64622", "64623", "64626", "64627");
  private static final Set<String> LEFT_CODES = ImmutableSet.of("7771000", "419161000");
  private static final Set<String> RIGHT_CODES = ImmutableSet.of("24028007", "419465000");
  private static final Set<String> BILATERAL_CODES = ImmutableSet.of("51440002");
  private static final Pattern POST_COORDINATED_LATERALITY =
      Pattern.compile("272741003\\s*\\|?[^=|]*\\|?\\s*=\\s*(\\d{6,18})");
  /** SNOMED CT codes of agents, read as their plain names. */
  private static final String SNOMED_ETHANOL = "419442005";

  private final ClinicalTextGrammar grammar;
  private final InputLimits limits;

  ProcedureReader(ClinicalTextGrammar grammar, InputLimits limits) {
    this.grammar = grammar;
    this.limits = limits;
  }

  ReadProcedure read(Procedure p, String path, ResourceIndex index) {
    String label = p.getIdElement().hasIdPart() ? "Procedure/" + p.getIdElement().getIdPart()
        : path;
    // At most maxFindingsPerProcedure findings: a record of a million unreadable notes must not
    // give a million findings (and the memory and output behind them).
    FindingList findings = new FindingList(limits.maxFindingsPerProcedure());
    ReadProcedure r = read(p, path, label, index, findings);
    findings.close(label, path);
    return r;
  }

  private ReadProcedure read(Procedure p, String path, String label, ResourceIndex index,
      List<Finding> findings) {
    Reference patient = p.hasSubject() ? party(p.getSubject(), p, index) : null;
    Reference performer = null;
    for (Procedure.ProcedurePerformerComponent pc : p.getPerformer()) {
      if (pc.hasActor()) {
        performer = party(pc.getActor(), p, index);
        break;
      }
    }
    Reference encounter = p.hasEncounter() ? party(p.getEncounter(), p, index) : null;
    List<String> hints = cptCodes(p.getCode());
    List<Coding> diagnoses = diagnoses(p, index, path, findings);

    LocalDate date = date(p, path, findings);
    Procedure.ProcedureStatus status = p.getStatus();
    if (status != Procedure.ProcedureStatus.COMPLETED) {
      findings.add(Finding.of(FindingCode.STATUS_NOT_CODED, label + " has status "
          + (status == null || status == Procedure.ProcedureStatus.NULL ? "(none)" : status.toCode())
          + "; only completed procedures are coded.").at(path + ".status"));
      return new ReadProcedure(p, path, label, date, patient, performer, encounter, null, hints,
          diagnoses, findings);
    }

    // All the texts, each read once by the grammar.
    List<TextReading> general = new ArrayList<>();   // code and notes
    List<String> generalPaths = new ArrayList<>();
    readConcept(p.getCode(), path + ".code", general, generalPaths);
    for (int i = 0; i < p.getNote().size(); i++) {
      Annotation a = p.getNote().get(i);
      if (a.hasText()) {
        add(general, generalPaths, a.getText(), path + ".note[" + i + "].text");
      }
    }
    List<TextReading> used = new ArrayList<>();
    List<String> usedPaths = new ArrayList<>();
    for (int i = 0; i < p.getUsedCode().size(); i++) {
      CodeableConcept c = p.getUsedCode().get(i);
      readConcept(c, path + ".usedCode[" + i + "]", used, usedPaths);
      for (Coding cd : c.getCoding()) {
        if (SNOMED.equals(cd.getSystem()) && SNOMED_ETHANOL.equals(cd.getCode())) {
          add(used, usedPaths, "ethanol neurolysis", path + ".usedCode[" + i + "]");
        }
      }
    }
    for (int i = 0; i < p.getUsedReference().size(); i++) {
      readUsed(p.getUsedReference().get(i), p, index, path + ".usedReference[" + i + "]", used,
          usedPaths, findings);
    }
    List<SiteSource> bodySites = new ArrayList<>();
    for (int i = 0; i < p.getBodySite().size(); i++) {
      bodySites.add(siteSource(p.getBodySite().get(i), path + ".bodySite[" + i + "]"));
    }
    List<SiteSource> structures = new ArrayList<>();
    for (Extension ext : p.getExtensionsByUrl(TARGET_BODY_STRUCTURE)) {
      Type v = ext.getValue();
      if (v instanceof Reference) {
        Resource r = index.resolve((Reference) v, p);
        if (r instanceof BodyStructure) {
          structures.add(structureSource((BodyStructure) r, path + ".extension('"
              + TARGET_BODY_STRUCTURE + "')"));
        } else {
          findings.add(Finding.of(FindingCode.REFERENCE_UNRESOLVED, "The target BodyStructure "
              + "reference of " + label + " does not resolve to a BodyStructure in the input.")
              .at(path + ".extension('" + TARGET_BODY_STRUCTURE + "').valueReference"));
        }
      }
    }

    List<TextReading> everything = new ArrayList<>(general);
    List<String> everythingPaths = new ArrayList<>(generalPaths);
    everything.addAll(used);
    everythingPaths.addAll(usedPaths);
    for (SiteSource s : bodySites) {
      everything.addAll(s.readings);
      everythingPaths.addAll(s.paths);
    }
    for (SiteSource s : structures) {
      everything.addAll(s.readings);
      everythingPaths.addAll(s.paths);
    }
    reportTruncation(everything, everythingPaths, label, findings);

    // In scope?
    boolean destruction = false;
    boolean facet = false;
    Set<OutOfScopeTarget> other = EnumSet.noneOf(OutOfScopeTarget.class);
    for (TextReading r : everything) {
      destruction |= r.namesDestruction();
      facet |= r.namesFacetTarget();
      other.addAll(r.outOfScope());
    }
    boolean facetCode = false;
    for (String h : hints) {
      facetCode |= FACET_CPT.contains(h);
    }
    if (facet && !facetCode && other.contains(OutOfScopeTarget.SACROILIAC_JOINT)
        && onlyL5DorsalRamus(everything)) {
      // SI joint RF lesions the L5 dorsal ramus with the S1-S3 lateral branches: that L5 target
      // belongs to the SI procedure (64625), not to a facet joint.
      facet = false;
    }
    if (!(facetCode || (destruction && facet))) {
      if (!destruction && facet && !other.contains(OutOfScopeTarget.FACET_INJECTION_OR_BLOCK)) {
        findings.add(Finding.of(FindingCode.NOT_FACET_DESTRUCTION, label + " names a facet"
            + " target but no destruction method or agent; not coded.").at(path + ".code"));
      } else if (!other.isEmpty()) {
        Set<OutOfScopeTarget> shown = EnumSet.copyOf(other);
        if (destruction && shown.size() > 1) {
          shown.remove(OutOfScopeTarget.FACET_INJECTION_OR_BLOCK);
        }
        findings.add(Finding.of(FindingCode.OUT_OF_SCOPE, label + " is " + describe(shown)
            + ", not facet joint nerve destruction; not coded here.").at(path + ".code"));
      } else {
        findings.add(Finding.of(FindingCode.NOT_FACET_DESTRUCTION, label + " does not describe"
            + " facet joint nerve destruction; not coded.").at(path + ".code"));
      }
      return new ReadProcedure(p, path, label, date, patient, performer, encounter, null, hints,
          diagnoses, findings);
    }
    Set<OutOfScopeTarget> alsoNamed = EnumSet.copyOf(other.isEmpty()
        ? EnumSet.noneOf(OutOfScopeTarget.class) : other);
    alsoNamed.remove(OutOfScopeTarget.FACET_INJECTION_OR_BLOCK);
    if (!alsoNamed.isEmpty()) {
      findings.add(Finding.of(FindingCode.OUT_OF_SCOPE, label + " also names "
          + describe(alsoNamed) + "; that part is not coded here.").at(path));
    }
    if (date == null) {
      return new ReadProcedure(p, path, label, null, patient, performer, encounter, null, hints,
          diagnoses, findings);
    }

    // Technique and imaging.
    Optional<Technique> technique = TextReading.techniqueOf(everything);
    Technique t;
    if (technique.isPresent()) {
      t = technique.get();
    } else {
      t = Technique.thermalRf();
      findings.add(Finding.of(FindingCode.METHOD_ASSUMED, label + " names no method or agent"
          + (facetCode ? "; its CPT code " + String.join(", ", hints) : "; its wording")
          + " was taken to mean thermal radiofrequency.").at(path + ".code"));
    }
    Imaging imaging = TextReading.imagingOf(everything).orElse(Imaging.UNKNOWN);

    // Sites, from the most trusted source that has any.
    Laterality procedureSide = procedureSide(general, label, path, findings);
    DocumentedProcedure.Builder b = DocumentedProcedure.builder(t).imaging(imaging).reference(path);
    int count = addSites(bodySites, procedureSide, b, findings, label);
    if (count == 0) {
      count = addSites(structures, procedureSide, b, findings, label);
    }
    if (count == 0) {
      List<SiteSource> generalSources = new ArrayList<>();
      for (int i = 0; i < general.size(); i++) {
        generalSources.add(new SiteSource(List.of(general.get(i)), List.of(generalPaths.get(i)),
            null, null));
      }
      addSites(generalSources, procedureSide, b, findings, label);
    }
    // Unplaced fragments anywhere.
    reportUnplaced(general, generalPaths, findings);
    for (SiteSource s : bodySites) {
      reportUnplaced(s.readings, s.paths, findings);
    }
    for (SiteSource s : structures) {
      reportUnplaced(s.readings, s.paths, findings);
    }
    return new ReadProcedure(p, path, label, date, patient, performer, encounter, b.build(),
        hints, diagnoses, findings);
  }

  /**
   * A party of the Claim (patient, performer, encounter) as the Procedure names it. A reference
   * to a resource contained in the Procedure ({@code #pt}) means nothing outside it: a Claim
   * cannot carry it, and the {@code #pt} of two Procedures are not the same patient (read as
   * they are, they would be grouped into one session). It becomes a reference by identifier (the
   * reference's own, else the contained resource's first) with the resource's type and the
   * reference's display; with neither an identifier nor a display the party is not known (null:
   * the Claim is a draft, FC-508, and the Procedure is a session of its own).
   */
  private static Reference party(Reference ref, Procedure p, ResourceIndex index) {
    if (!ref.hasReference() || !ref.getReference().startsWith("#")) {
      return ref;
    }
    Resource r = index.resolve(ref, p);
    Reference out = new Reference();
    Identifier id = ref.hasIdentifier() ? ref.getIdentifier() : firstIdentifier(r);
    if (id != null && !id.isEmpty()) {
      out.setIdentifier(id.copy());
    }
    if (ref.hasDisplay()) {
      out.setDisplay(ref.getDisplay());
    }
    if (!out.hasIdentifier() && !out.hasDisplay()) {
      return null;
    }
    if (r != null) {
      out.setType(r.fhirType());
    } else if (ref.hasType()) {
      out.setType(ref.getType());
    }
    return out;
  }

  /** The first identifier with a value, of any resource type that has identifiers. */
  private static Identifier firstIdentifier(Resource r) {
    Property ids = r == null ? null : r.getNamedProperty("identifier");
    if (ids != null) {
      for (Base b : ids.getValues()) {
        if (b instanceof Identifier && ((Identifier) b).hasValue()) {
          return (Identifier) b;
        }
      }
    }
    return null;
  }

  // ---- sources ----

  /** The readings of one bodySite or BodyStructure, with its coded laterality if any. */
  private static final class SiteSource {
    final List<TextReading> readings;
    final List<String> paths;
    final Laterality qualifier;
    final String qualifierPath;

    SiteSource(List<TextReading> readings, List<String> paths, Laterality qualifier,
        String qualifierPath) {
      this.readings = readings;
      this.paths = paths;
      this.qualifier = qualifier;
      this.qualifierPath = qualifierPath;
    }
  }

  private SiteSource siteSource(CodeableConcept site, String path) {
    List<TextReading> readings = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    readConcept(site, path, readings, paths);
    Laterality q = null;
    String qPath = null;
    for (Extension e : site.getExtensionsByUrl(MCODE_LATERALITY)) {
      if (e.getValue() instanceof CodeableConcept) {
        q = laterality((CodeableConcept) e.getValue());
        qPath = path + ".extension('" + MCODE_LATERALITY + "')";
      }
    }
    if (q == null) {
      for (int i = 0; i < site.getCoding().size(); i++) {
        Coding c = site.getCoding().get(i);
        if (hasCodeValue(c) && SNOMED.equals(c.getSystem())) {
          Matcher m = POST_COORDINATED_LATERALITY.matcher(c.getCode());
          if (m.find()) {
            q = lateralityOf(m.group(1));
            qPath = path + ".coding[" + i + "].code";
          }
        }
      }
    }
    return new SiteSource(readings, paths, q, qPath);
  }

  private SiteSource structureSource(BodyStructure bs, String path) {
    List<TextReading> readings = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    if (bs.hasLocation()) {
      readConcept(bs.getLocation(), path + ".resolve().location", readings, paths);
    }
    if (bs.hasDescription()) {
      add(readings, paths, bs.getDescription(), path + ".resolve().description");
    }
    Laterality q = null;
    for (CodeableConcept c : bs.getLocationQualifier()) {
      Laterality l = laterality(c);
      if (l != null) {
        q = q == null || q == l ? l : Laterality.BILATERAL;
      }
    }
    return new SiteSource(readings, paths, q, path + ".resolve().locationQualifier");
  }

  private void readUsed(Reference ref, Procedure p, ResourceIndex index, String path,
      List<TextReading> out, List<String> paths, List<Finding> findings) {
    Resource r = index.resolve(ref, p);
    if (r == null) {
      if (ref.hasDisplay()) {
        add(out, paths, ref.getDisplay(), path + ".display");
      } else {
        findings.add(Finding.of(FindingCode.REFERENCE_UNRESOLVED, "usedReference "
            + "does not resolve to a resource in the input.").at(path));
      }
      return;
    }
    if (ref.hasDisplay()) {
      add(out, paths, ref.getDisplay(), path + ".display");
    }
    if (r instanceof Medication) {
      Medication m = (Medication) r;
      readConcept(m.getCode(), path + ".resolve().code", out, paths);
      for (int i = 0; i < m.getIngredient().size(); i++) {
        Medication.MedicationIngredientComponent ing = m.getIngredient().get(i);
        if (ing.getItem() instanceof CodeableConcept) {
          readConcept((CodeableConcept) ing.getItem(), path + ".resolve().ingredient[" + i
              + "].item", out, paths);
        }
      }
    } else if (r instanceof Substance) {
      readConcept(((Substance) r).getCode(), path + ".resolve().code", out, paths);
      if (((Substance) r).hasDescription()) {
        add(out, paths, ((Substance) r).getDescription(), path + ".resolve().description");
      }
    } else if (r instanceof Device) {
      Device d = (Device) r;
      for (int i = 0; i < d.getDeviceName().size(); i++) {
        add(out, paths, d.getDeviceName().get(i).getName(), path + ".resolve().deviceName[" + i
            + "].name");
      }
      readConcept(d.getType(), path + ".resolve().type", out, paths);
    }
  }

  private void readConcept(CodeableConcept c, String path, List<TextReading> out,
      List<String> paths) {
    if (c == null) {
      return;
    }
    for (int i = 0; i < c.getCoding().size(); i++) {
      Coding cd = c.getCoding().get(i);
      if (cd.hasDisplay()) {
        add(out, paths, cd.getDisplay(), path + ".coding[" + i + "].display");
      }
    }
    if (c.hasText()) {
      add(out, paths, c.getText(), path + ".text");
    }
  }

  private void add(List<TextReading> out, List<String> paths, String text, String path) {
    if (text != null && !text.isBlank()) {
      out.add(grammar.read(text));
      paths.add(path);
    }
  }

  // ---- sides and sites ----

  private Laterality procedureSide(List<TextReading> general, String label, String path,
      List<Finding> findings) {
    Laterality side = null;
    for (TextReading r : general) {
      if (r.statedSide().isPresent()) {
        Laterality s = r.statedSide().get();
        if (side != null && side != s) {
          findings.add(Finding.of(FindingCode.SIDE_CONFLICT, "The texts of " + label
              + " state different sides for the whole procedure (" + side.label() + ", "
              + s.label() + "); sites that state no side are coded without one.").at(path));
          return Laterality.UNKNOWN;
        }
        side = s;
      }
    }
    return side == null ? Laterality.UNKNOWN : side;
  }

  private int addSites(List<SiteSource> sources, Laterality procedureSide,
      DocumentedProcedure.Builder b, List<Finding> findings, String label) {
    int count = 0;
    for (SiteSource src : sources) {
      Laterality sourceSide = null;
      for (TextReading r : src.readings) {
        if (r.statedSide().isPresent()) {
          sourceSide = r.statedSide().get();
        }
      }
      for (int i = 0; i < src.readings.size(); i++) {
        for (TreatedSite site : src.readings.get(i).sites()) {
          if (count >= limits.maxSitesPerProcedure()) {
            findings.add(Finding.of(FindingCode.INPUT_LIMIT, label + " names more than "
                + limits.maxSitesPerProcedure() + " sites; the rest are not read.")
                .at(src.paths.get(i)));
            return count;
          }
          Laterality side = site.laterality();
          if (side != Laterality.UNKNOWN && src.qualifier != null && src.qualifier != side) {
            findings.add(Finding.of(FindingCode.SIDE_CONFLICT, "The text says "
                + side.label() + " but the laterality qualifier says " + src.qualifier.label()
                + "; coded without a side.").at(src.qualifierPath));
            side = Laterality.UNKNOWN;
          } else if (side == Laterality.UNKNOWN) {
            side = src.qualifier != null ? src.qualifier
                : sourceSide != null ? sourceSide : procedureSide;
          }
          b.site(site.withLaterality(side).at(src.paths.get(i)));
          count++;
        }
      }
    }
    return count;
  }

  private static Laterality laterality(CodeableConcept c) {
    for (Coding cd : c.getCoding()) {
      Laterality l = lateralityOf(cd.getCode());
      if (l != null) {
        return l;
      }
    }
    String t = c.hasText() ? c.getText() : c.getCodingFirstRep().getDisplay();
    if (t != null) {
      String s = t.toLowerCase(java.util.Locale.ROOT);
      if (s.contains("bilateral") || (s.contains("left") && s.contains("right"))) {
        return Laterality.BILATERAL;
      }
      if (s.contains("left")) {
        return Laterality.LEFT;
      }
      if (s.contains("right")) {
        return Laterality.RIGHT;
      }
    }
    return null;
  }

  private static Laterality lateralityOf(String code) {
    if (code == null) {
      return null;
    }
    if (LEFT_CODES.contains(code)) {
      return Laterality.LEFT;
    }
    if (RIGHT_CODES.contains(code)) {
      return Laterality.RIGHT;
    }
    if (BILATERAL_CODES.contains(code)) {
      return Laterality.BILATERAL;
    }
    return null;
  }

  // ---- other facts ----

  private static LocalDate date(Procedure p, String path, List<Finding> findings) {
    String raw = null;
    String element = ".performed"; // its path is built only for a finding
    if (p.hasPerformedDateTimeType()) {
      raw = p.getPerformedDateTimeType().getValueAsString();
      element = ".performedDateTime";
    } else if (p.hasPerformedPeriod() && p.getPerformedPeriod().hasStart()) {
      raw = p.getPerformedPeriod().getStartElement().getValueAsString();
      element = ".performedPeriod.start";
    }
    if (raw == null || raw.length() < 10) {
      findings.add(Finding.of(FindingCode.DATE_MISSING, raw == null
          ? "No performedDateTime or performedPeriod.start; the date of service is unknown."
          : "The performed date is not a full calendar date; the date of service is unknown.")
          .at(path + element));
      return null;
    }
    try {
      // The calendar date as written: no time-zone shift.
      return isoDate(raw.substring(0, 10));
    } catch (DateTimeException e) {
      findings.add(Finding.of(FindingCode.DATE_MISSING, "The performed date is not a valid"
          + " calendar date.").at(path + element));
      return null;
    }
  }

  /**
   * {@code LocalDate.parse(s)} (ISO, strict) for a 10-character {@code YYYY-MM-DD} of ASCII
   * digits, without the formatter machinery, which was a quarter of the reader's own time;
   * anything else goes to {@code LocalDate.parse}. Throws a DateTimeException where it does.
   */
  static LocalDate isoDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        return LocalDate.of(y, m, d); // validates month and day as the strict parser does
      }
    }
    return LocalDate.parse(s);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * True when the Coding has a code value that is not blank. Not {@code hasCode()}: that is also
   * true for a code with only extensions (a data-absent-reason, for example) and no value, which
   * is no code to bill or compare.
   */
  static boolean hasCodeValue(Coding c) {
    String v = c.getCode();
    return v != null && !v.isBlank();
  }

  private static List<String> cptCodes(CodeableConcept code) {
    List<String> out = new ArrayList<>(1);
    for (Coding c : code.getCoding()) {
      if (hasCodeValue(c) && Modifier.CPT_SYSTEM.equals(c.getSystem())) {
        out.add(c.getCode().strip());
      }
    }
    return out;
  }

  private static List<Coding> diagnoses(Procedure p, ResourceIndex index, String path,
      List<Finding> findings) {
    List<Coding> out = new ArrayList<>(2);
    for (CodeableConcept c : p.getReasonCode()) {
      for (Coding cd : c.getCoding()) {
        if (ICD10CM.equals(cd.getSystem()) && hasCodeValue(cd)) {
          out.add(cd);
        }
      }
    }
    for (int i = 0; i < p.getReasonReference().size(); i++) {
      Resource r = index.resolve(p.getReasonReference().get(i), p);
      if (r instanceof Condition) {
        for (Coding cd : ((Condition) r).getCode().getCoding()) {
          if (ICD10CM.equals(cd.getSystem()) && hasCodeValue(cd)) {
            out.add(cd);
          }
        }
      } else if (r == null) {
        findings.add(Finding.of(FindingCode.REFERENCE_UNRESOLVED, "reasonReference does not"
            + " resolve to a Condition in the input.").at(path + ".reasonReference[" + i + "]"));
      }
    }
    return out;
  }

  /** One finding for the first text cut at the grammar's limit, naming its element. */
  private static void reportTruncation(List<TextReading> all, List<String> paths, String label,
      List<Finding> findings) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).truncated()) {
        findings.add(Finding.of(FindingCode.INPUT_LIMIT, "A text of " + label + " is longer than "
            + ClinicalTextGrammar.MAX_TEXT_LENGTH + " characters; only the first "
            + ClinicalTextGrammar.MAX_TEXT_LENGTH + " were read.").at(paths.get(i)));
        return;
      }
    }
  }

  private static void reportUnplaced(List<TextReading> readings, List<String> paths,
      List<Finding> findings) {
    for (int i = 0; i < readings.size(); i++) {
      for (String u : readings.get(i).unplaced()) {
        String shown = u.length() > 40 ? u.substring(0, 40) + "..." : u;
        findings.add(Finding.of(FindingCode.TEXT_UNPLACED, "\"" + shown + "\" looks like a"
            + " spinal site but cannot be placed; nothing was coded for it.")
            .at(paths.get(i)).withQuestion("Which facet joint is meant by \"" + shown + "\"?"));
      }
    }
  }

  private static boolean onlyL5DorsalRamus(List<TextReading> readings) {
    boolean any = false;
    for (TextReading r : readings) {
      for (TreatedSite site : r.sites()) {
        if (site.nerve().orElse(null) != org.facetclaims.core.anatomy.Nerve.L5_DORSAL_RAMUS) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static String describe(Set<OutOfScopeTarget> targets) {
    List<String> w = new ArrayList<>();
    for (OutOfScopeTarget t : targets) {
      w.add(t.label() + " (" + t.code() + ")");
    }
    return String.join(", ", w);
  }
}
