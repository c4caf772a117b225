package org.facetclaims.core;

import java.util.Optional;

/**
 * The catalogue of findings: every finding the library can report, with a stable identifier that
 * never changes meaning (search for it in the documentation), its severity, what it means, what to
 * do, and the rule's source. The documentation's findings catalogue is generated from this enum.
 */
public enum FindingCode {
  // --- dates and editions (1xx) ---
  DATE_BEFORE_EDITIONS("FC-101", Severity.ERROR,
      "Date of service before 2007-01-01",
      "No supported code-set edition covers the date; no lines are coded.",
      "Check the date of service. Earlier dates need the code set of their year, which this library does not model.",
      "coding-rules §2"),
  DATE_IN_FUTURE("FC-102", Severity.ERROR,
      "Date of service in the future",
      "The date of service is later than tomorrow on the engine's clock; a service not yet performed cannot be billed.",
      "Check the date of service and the record's status.",
      "coding-rules §2"),
  LEGACY_EDITION("FC-103", Severity.INFORMATION,
      "Coded under the legacy per-nerve edition",
      "The date of service falls in 2007-2011: each nerve is a unit (64622/64623, 64626/64627) and fluoroscopy or CT guidance is reported separately (77003/77012).",
      "Nothing; this explains why the lines differ from 64633-64636.",
      "coding-rules §2 [H: CPT Changes 2012; CPT Assistant Sept 2004]"),
  // --- sites (2xx) ---
  NO_SITES("FC-201", Severity.ERROR,
      "No joint, nerve or level documented",
      "The procedure names no facet joint, nerve or vertebral level that can be coded; no lines for it.",
      "Ask the physician which joints (levels and sides) were treated.",
      "coding-rules §3"),
  SIDE_NOT_DOCUMENTED("FC-202", Severity.WARNING,
      "Side not documented",
      "A joint or nerve has no side: it is coded as one joint without a side modifier.",
      "Ask the physician for the side; a bilateral level is two joints.",
      "coding-rules §4"),
  NERVES_COMPLETE_NO_JOINT("FC-203", Severity.ERROR,
      "Nerves that complete no facet joint",
      "Under the current edition a joint counts when all its nerves on that side are documented; these nerves complete none, so no line is coded for them.",
      "Ask the physician which facet joints these nerves were lesioned for.",
      "coding-rules §3 [M-H: AAPC examples]"),
  JOINT_NOT_REPORTABLE("FC-204", Severity.WARNING,
      "C0-C1 or C1-C2 is not a medial-branch facet joint",
      "The atlanto-occipital and atlanto-axial joints are not covered by the facet destruction codes; reported with 64999 for review.",
      "Review the record; confirm the procedure and the unlisted-code submission with the payer.",
      "coding-rules §3 [L]"),
  LEVELS_READ_AS_VERTEBRAE("FC-205", Severity.WARNING,
      "Vertebral levels read as vertebrae",
      "A list of single vertebral levels is ambiguous; it was read as vertebrae, the joints between adjacent listed levels.",
      "Confirm the joints with the physician when the record allows another reading.",
      "coding-rules §3"),
  LEVELS_AMBIGUOUS("FC-206", Severity.ERROR,
      "Vertebral levels give different codes when read as nerves",
      "The level list can be read as vertebrae or as medial-branch nerves, and the two readings give different lines; the family's lines are withheld.",
      "Ask the physician whether the levels are the joints or the nerves treated.",
      "coding-rules §3"),
  LEVELS_NAME_NO_JOINT("FC-207", Severity.ERROR,
      "Vertebral levels name no joint",
      "No two listed levels are adjacent, so the list names no facet joint.",
      "Ask the physician which facet joints were treated.",
      "coding-rules §3"),
  DUPLICATE_SITE("FC-208", Severity.INFORMATION,
      "Joint or nerve documented more than once",
      "The same joint or nerve on the same side is documented more than once in the session; it is counted once.",
      "Nothing, unless the procedures are in fact separate sessions.",
      "coding-rules §4"),
  // --- methods, imaging and unlisted routing (3xx) ---
  UNLISTED_PULSED_RF("FC-301", Severity.WARNING,
      "Pulsed radiofrequency is reported with 64999",
      "Pulsed RF does not destroy the nerve; the destruction codes do not apply.",
      "Submit 64999 with the description and the comparator codes; attach the procedure note.",
      "coding-rules §2 [H: CPT Assistant Aug 2005]"),
  UNLISTED_CHEMICAL("FC-302", Severity.WARNING,
      "Chemical neurolysis is reported with 64999",
      "Since the current edition, CPT instructs that 64633-64636 are not reported for non-thermal denervation.",
      "Submit 64999 with the description and the comparator codes.",
      "coding-rules §2 [M-H: CPT instruction quoted in a 2017 newsletter; start date is data]"),
  UNLISTED_LOW_TEMPERATURE("FC-303", Severity.WARNING,
      "Thermal RF below the minimum temperature is reported with 64999",
      "Conventional thermal RF documented below 80 °C is not a thermal destruction under the current edition.",
      "Confirm the lesion temperature; submit 64999 with the description and the comparator codes.",
      "coding-rules §2 [M-H]"),
  UNLISTED_CRYO_OR_LASER("FC-304", Severity.WARNING,
      "Cryoablation or laser is reported with 64999 (review)",
      "No explicit rule covers cryoablation or laser facet denervation; they are treated as non-thermal and reported with 64999.",
      "Review the payer's instruction; submit 64999 with the description and the comparator codes.",
      "coding-rules §2 [L-M]"),
  UNLISTED_IMAGING("FC-305", Severity.WARNING,
      "Guidance other than fluoroscopy or CT is reported with 64999",
      "64633-64636 include fluoroscopic or CT guidance; ultrasound, MRI or no imaging does not meet them.",
      "Confirm the guidance; submit 64999 with the description and the comparator codes.",
      "coding-rules §2 [M]"),
  IMAGING_NOT_DOCUMENTED("FC-306", Severity.WARNING,
      "Imaging guidance not documented",
      "64633-64636 require fluoroscopic or CT guidance; the record does not say which guidance was used. Coded normally.",
      "Confirm that fluoroscopy or CT was used and that the note says so.",
      "coding-rules §2"),
  THORACOLUMBAR_OPTION_APPLIED("FC-307", Severity.INFORMATION,
      "Thoracolumbar junction counted with the lumbar session (payer option)",
      "The profile counts contiguous T12-L1 and L1-L2 as one session: the lumbar joints are 64636 add-on units of the 64633 primary.",
      "Nothing; make sure the payer's contractor uses this rule.",
      "coding-rules §3 [H: CGS A58364 rev. 2025-01-01; NGS]"),
  // --- edits (4xx) ---
  MUE_EXCEEDED("FC-401", Severity.WARNING,
      "Units exceed the Medically Unlikely Edit",
      "The units of a code on this date of service exceed its MUE value; the payer is likely to deny all units.",
      "Check the units; if they are right, be ready to appeal with documentation.",
      "coding-rules §5 (value and source are named in the finding)"),
  PTP_PAIR("FC-402", Severity.WARNING,
      "Procedure-to-procedure edit pair on the claim",
      "Two codes on the claim form an NCCI pair: the column-2 code is not separately reportable with the column-1 code.",
      "Remove the column-2 code, or, where the modifier indicator is 1 and the service was distinct, add 59 or XS.",
      "coding-rules §5 (pair and source are named in the finding)"),
  // --- reading the input (5xx); raised by the FHIR adapter ---
  STATUS_NOT_CODED("FC-501", Severity.WARNING,
      "Procedure not completed: not coded",
      "Only completed procedures are coded; the status says this one was not done, is in progress, was entered in error, or is unknown.",
      "Nothing if the status is right; otherwise correct the status in the record.",
      "fhir-mapping: status"),
  OUT_OF_SCOPE("FC-502", Severity.INFORMATION,
      "Recognised, but not facet joint nerve destruction",
      "The procedure is a related service this library does not code: sacroiliac joint RF (64625), genicular (64624), intercostal (64620) or other peripheral nerve destruction (64640), or a facet injection or medial branch block (64490-64495).",
      "Code it with the matching code outside this library.",
      "coding-rules §1"),
  NOT_FACET_DESTRUCTION("FC-503", Severity.INFORMATION,
      "Not a facet joint nerve destruction",
      "The procedure names no destruction method or agent together with a facet target, so it is not coded.",
      "Nothing, unless the record is incomplete.",
      "fhir-mapping: in scope?"),
  DATE_MISSING("FC-504", Severity.ERROR,
      "Date of service missing",
      "Neither performedDateTime nor performedPeriod.start is present; the procedure cannot be coded.",
      "Add the date of service to the record.",
      "fhir-mapping: date of service"),
  TEXT_UNPLACED("FC-505", Severity.WARNING,
      "Text that names a site could not be placed",
      "The text names something that looks like a level, joint or nerve that the grammar cannot place (for example L5-L6, or a thoracic needle position); nothing is guessed.",
      "Read the text and confirm the joints with the physician.",
      "fhir-mapping: text grammar"),
  METHOD_ASSUMED("FC-506", Severity.WARNING,
      "Method not stated: coded as thermal radiofrequency",
      "No method or agent is written in the record; the Procedure's facet destruction CPT code or its destruction wording (denervation, neurolysis) was taken to mean thermal radiofrequency, the usual method.",
      "Confirm the method in the procedure note.",
      "fhir-mapping: in scope?"),
  CPT_HINT_DIFFERS("FC-507", Severity.WARNING,
      "The Procedure's own CPT code differs from the coded lines",
      "The record already carries a CPT code that is not among the lines coded from the documentation.",
      "Compare the record's code with the documentation; the documentation wins.",
      "fhir-mapping: in scope? (a CPT code is a hint, never copied)"),
  CLAIM_PARTY_MISSING("FC-508", Severity.WARNING,
      "Claim party missing: the Claim is a draft",
      "The patient, provider or coverage is not known from the input, so the Claim has status draft with a display-only reference.",
      "Supply the missing party (for example a Coverage in the Bundle).",
      "fhir-mapping: Output"),
  REFERENCE_UNRESOLVED("FC-509", Severity.WARNING,
      "Reference not found in the input",
      "A referenced resource (BodyStructure, Medication, Device, Substance, Condition) is not in the Bundle or contained; what it would have said is unknown.",
      "Send the referenced resource in the Bundle or as a contained resource.",
      "fhir-mapping: Input"),
  INPUT_LIMIT("FC-510", Severity.ERROR,
      "Input exceeds a limit",
      "An element is larger than the documented limit (text length, number of sites or procedures in a session) and the excess is not read, or the input gives more findings than are listed (per Procedure, per input) and the rest are counted in this one.",
      "Check the record; a real facet session is far below these limits.",
      "docs: limits"),
  SIDE_CONFLICT("FC-511", Severity.WARNING,
      "Sources disagree on the side",
      "Two sources for the same site state different sides (for example the text says left and a laterality qualifier says right); the site is coded without a side rather than guessing.",
      "Confirm the side with the physician.",
      "fhir-mapping: side"),
  MALFORMED_RECORD("FC-512", Severity.ERROR,
      "Record could not be read",
      "A record in a bulk input is not a FHIR resource this library can read; it is skipped and the run goes on.",
      "Fix the record at the named line.",
      "fhir-mapping: bulk"),
  CODING_FAILED("FC-513", Severity.ERROR,
      "Record could not be coded: internal error",
      "Coding this session failed inside the library (a bug, not the record's fault); it has no Claim, and a bulk run goes on with the next. The message names the error's type and the line, never the record's content.",
      "Report the error type and the line number (not the record) to the maintainers, and code this session by hand meanwhile.",
      "fhir-mapping: bulk"),
  // --- Medicare coverage (6xx): findings only, the codes never change; coding-rules §6 ---
  COVERAGE_POLICY_NOT_MODELLED("FC-601", Severity.INFORMATION,
      "Coverage not checked: date of service before the modelled policy",
      "The coverage checks model the 2021 LCD family \"Facet Joint Interventions for Pain Management\", effective for services from 2021-04-25; older policies are not modelled, so nothing else was checked.",
      "Check coverage against the policy in force on the date of service.",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_METHOD_NOT_COVERED("FC-602", Severity.WARNING,
      "Method not covered by the LCD",
      "The LCDs do not cover chemical, pulsed, low-grade thermal (below 80 °C), cryo or laser facet denervation; lines for such a procedure are expected to be denied as not reasonable and necessary.",
      "Tell the patient before the service and obtain an ABN (then GA), or expect a denial (GZ).",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_IMAGING_NOT_COVERED("FC-603", Severity.WARNING,
      "Guidance not covered by the LCD",
      "The LCDs cover facet denervation only under fluoroscopic or CT guidance; a procedure documented with ultrasound, MRI or no imaging is expected to be denied.",
      "Confirm the guidance; if it really was not fluoroscopy or CT, obtain an ABN or expect a denial.",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_LEVELS_EXCEEDED("FC-604", Severity.WARNING,
      "More joint levels in one region than the LCD covers per session",
      "The LCDs cover at most two joint levels (unilateral or bilateral) per region in one session; the units for further levels are expected to be denied. The lines are unchanged.",
      "Confirm the levels; split the add-on units if the payer wants GA or GZ on the extra levels only.",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_FREQUENCY_EXCEEDED("FC-605", Severity.WARNING,
      "More RF sessions in 12 months than the LCD covers",
      "The LCDs cover at most two radiofrequency sessions per region in a rolling 12 months; with the earlier sessions in the patient's history this session is over the limit.",
      "Check the dates of the earlier sessions; obtain an ABN or expect a denial.",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_HISTORY_INCOMPLETE("FC-606", Severity.INFORMATION,
      "Patient history unknown or incomplete: history rules not judged",
      "The rolling 12-month limit, the two diagnostic medial branch blocks before an initial RF and the relief after an earlier RF need the patient's history; it was not supplied, or it is not marked complete and does not show what the rule needs. Nothing is assumed.",
      "Supply the earlier facet RF sessions and diagnostic blocks (dates, levels, relief), and say whether the history is complete.",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_DIAGNOSTIC_BLOCKS_NOT_MET("FC-607", Severity.WARNING,
      "Initial RF without two qualifying diagnostic blocks",
      "An initial RF at a joint is covered after two diagnostic medial branch blocks of that joint, each with at least 80% relief; the complete history supplied does not show them.",
      "Check the block records and their documented relief; obtain an ABN or expect a denial.",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_REPEAT_RELIEF_NOT_MET("FC-608", Severity.WARNING,
      "Repeat RF without the required relief from the last one",
      "A repeat RF at the same site is covered when the last RF there gave at least 50% relief lasting at least 6 months; the history shows less, or a repeat sooner than 6 months after it.",
      "Check the relief documented after the last RF; obtain an ABN or expect a denial.",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_RELIEF_NOT_DOCUMENTED("FC-609", Severity.WARNING,
      "Relief needed for coverage is not documented",
      "An earlier block or RF that the coverage rule depends on has no documented relief (percentage or duration), so the rule can be neither confirmed nor failed.",
      "Document the relief (percentage, and for RF how many months it lasted) in the record of the earlier procedure.",
      "coding-rules §6; LCD L38765/A58350 (Palmetto), L38773/A58364 (CGS), L38801/A58403 and L38803/A58405 (Noridian)"),
  COVERAGE_DIAGNOSIS_NOT_COVERED("FC-610", Severity.WARNING,
      "No covered diagnosis",
      "None of the diagnoses supplied is on the covered ICD-10-CM list of the policy (Noridian A58403: M47.812-M47.817, M47.892-M47.897, M48.12-M48.17); the lines are expected to be denied.",
      "Check the diagnosis codes with the documentation; obtain an ABN or expect a denial.",
      "coding-rules §6 [M]; Noridian A58403"),
  COVERAGE_DIAGNOSIS_REGION_MISMATCH("FC-611", Severity.WARNING,
      "Covered diagnosis of another spinal region",
      "A covered diagnosis is present, but none names the region of these lines (for example M47.812, cervical, on a lumbar line).",
      "Check that the diagnosis names the region treated.",
      "coding-rules §6 [M]; Noridian A58403"),
  COVERAGE_DIAGNOSIS_NOT_SUPPLIED("FC-612", Severity.INFORMATION,
      "No diagnosis supplied: diagnosis coverage not checked",
      "No ICD-10-CM diagnosis came with the session, so the covered-diagnosis list was not checked.",
      "Supply the diagnoses (Procedure.reasonCode or reasonReference).",
      "coding-rules §6 [M]; Noridian A58403"),
  PRIOR_AUTHORIZATION_REQUIRED("FC-613", Severity.WARNING,
      "Hospital outpatient prior authorization required",
      "From 2023-07-01, 64633-64636 in a hospital outpatient department (place of service 19 or 22) need prior authorization as a condition of payment; related claims are denied when the hospital service is not paid.",
      "Make sure a provisionally affirmed prior authorization request is on file and its tracking number is on the hospital claim.",
      "coding-rules §6; CMS OPD prior authorization (CMS-1772-FC), MAC notices"),
  PRIOR_AUTHORIZATION_PLACE_UNKNOWN("FC-614", Severity.INFORMATION,
      "Place of service unknown: prior authorization not judged",
      "From 2023-07-01 hospital outpatient (place of service 19 or 22) facet destruction needs prior authorization; the place of service was not supplied.",
      "Supply the place of service; if it is a hospital outpatient department, check the prior authorization.",
      "coding-rules §6; CMS OPD prior authorization (CMS-1772-FC)"),
  COVERAGE_MODIFIER_ABN_UNKNOWN("FC-615", Severity.WARNING,
      "Non-covered line without GA or GZ: ABN status unknown",
      "The profile asks for coverage modifiers and the line is expected to be denied, but whether an ABN is on file was not supplied, so neither GA nor GZ was added.",
      "Say whether a signed ABN is on file: GA if it is, GZ if it is not.",
      "coding-rules §6; HCPCS GA/GZ"),
  COVERAGE_MODIFIER_APPENDED("FC-616", Severity.INFORMATION,
      "Coverage modifier appended",
      "The profile asks for coverage modifiers and the line is expected to be denied: GA (ABN on file) or GZ (no ABN) was appended. The code, quantity and other modifiers are unchanged.",
      "Nothing; check that the ABN status is right.",
      "coding-rules §6; HCPCS GA/GZ"),
  HISTORY_NOT_READ("FC-617", Severity.WARNING,
      "Part of the patient history could not be read",
      "An earlier facet procedure, or the relief documented for it, could not be read with the documented history grammar (for example a relief range, relief in weeks, or no region); nothing was guessed, and that fact is left out of the history.",
      "Read the record and supply the fact in a readable form (for example \"85% relief\", \"relief lasting 7 months\").",
      "docs/coverage.md: relief grammar");

  private final String id;
  private final Severity severity;
  private final String title;
  private final String meaning;
  private final String action;
  private final String source;

  FindingCode(String id, Severity severity, String title, String meaning, String action,
      String source) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.meaning = meaning;
    this.action = action;
    this.source = source;
  }

  /** The stable identifier, for example {@code "FC-203"}. */
  public String id() {
    return id;
  }

  /** The severity. */
  public Severity severity() {
    return severity;
  }

  /** A short title. */
  public String title() {
    return title;
  }

  /** What the finding means. */
  public String meaning() {
    return meaning;
  }

  /** What to do about it. */
  public String action() {
    return action;
  }

  /** Where the rule comes from. */
  public String source() {
    return source;
  }

  /** The code with this identifier. */
  public static Optional<FindingCode> fromId(String id) {
    for (FindingCode c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
