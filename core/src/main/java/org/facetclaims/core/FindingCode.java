package org.facetclaims.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of findings: every finding the library can report, with a stable identifier that
 * never changes meaning (search for it in the documentation) and its severity. What each finding
 * means, what to do and the rule's source are texts in the resource {@code findings.txt} beside
 * this class (one block per identifier), read once on first use: the texts are edited as data,
 * and the identifiers and severities, which code depends on, stay here. The documentation's
 * findings catalogue is generated from both.
 */
public enum FindingCode {
  // --- dates and editions (1xx) ---
  DATE_BEFORE_EDITIONS("FC-101", Severity.ERROR),
  DATE_IN_FUTURE("FC-102", Severity.ERROR),
  LEGACY_EDITION("FC-103", Severity.INFORMATION),
  // --- sites (2xx) ---
  NO_SITES("FC-201", Severity.ERROR),
  SIDE_NOT_DOCUMENTED("FC-202", Severity.WARNING),
  NERVES_COMPLETE_NO_JOINT("FC-203", Severity.ERROR),
  JOINT_NOT_REPORTABLE("FC-204", Severity.WARNING),
  LEVELS_READ_AS_VERTEBRAE("FC-205", Severity.WARNING),
  LEVELS_AMBIGUOUS("FC-206", Severity.ERROR),
  LEVELS_NAME_NO_JOINT("FC-207", Severity.ERROR),
  DUPLICATE_SITE("FC-208", Severity.INFORMATION),
  // --- methods, imaging and unlisted routing (3xx) ---
  UNLISTED_PULSED_RF("FC-301", Severity.WARNING),
  UNLISTED_CHEMICAL("FC-302", Severity.WARNING),
  UNLISTED_LOW_TEMPERATURE("FC-303", Severity.WARNING),
  UNLISTED_CRYO_OR_LASER("FC-304", Severity.WARNING),
  UNLISTED_IMAGING("FC-305", Severity.WARNING),
  IMAGING_NOT_DOCUMENTED("FC-306", Severity.WARNING),
  THORACOLUMBAR_OPTION_APPLIED("FC-307", Severity.INFORMATION),
  // --- edits (4xx) ---
  MUE_EXCEEDED("FC-401", Severity.WARNING),
  PTP_PAIR("FC-402", Severity.WARNING),
  EDIT_TABLE_NOT_IN_FORCE("FC-403", Severity.WARNING),
  // --- reading the input (5xx); raised by the FHIR adapter ---
  STATUS_NOT_CODED("FC-501", Severity.WARNING),
  OUT_OF_SCOPE("FC-502", Severity.INFORMATION),
  NOT_FACET_DESTRUCTION("FC-503", Severity.INFORMATION),
  DATE_MISSING("FC-504", Severity.ERROR),
  TEXT_UNPLACED("FC-505", Severity.WARNING),
  METHOD_ASSUMED("FC-506", Severity.WARNING),
  CPT_HINT_DIFFERS("FC-507", Severity.WARNING),
  CLAIM_PARTY_MISSING("FC-508", Severity.WARNING),
  REFERENCE_UNRESOLVED("FC-509", Severity.WARNING),
  INPUT_LIMIT("FC-510", Severity.ERROR),
  SIDE_CONFLICT("FC-511", Severity.WARNING),
  MALFORMED_RECORD("FC-512", Severity.ERROR),
  CODING_FAILED("FC-513", Severity.ERROR),
  TARGETS_DISAGREE("FC-514", Severity.WARNING),
  TEMPLATE_NOT_FILLED("FC-515", Severity.WARNING),
  LESION_TEMPERATURES_DIFFER("FC-516", Severity.INFORMATION),
  TEXTS_NAME_OTHER_SITES("FC-517", Severity.WARNING),
  // --- Medicare coverage (6xx): findings only, the codes never change; coding-rules §6 ---
  COVERAGE_POLICY_NOT_MODELLED("FC-601", Severity.INFORMATION),
  COVERAGE_METHOD_NOT_COVERED("FC-602", Severity.WARNING),
  COVERAGE_IMAGING_NOT_COVERED("FC-603", Severity.WARNING),
  COVERAGE_LEVELS_EXCEEDED("FC-604", Severity.WARNING),
  COVERAGE_FREQUENCY_EXCEEDED("FC-605", Severity.WARNING),
  COVERAGE_HISTORY_INCOMPLETE("FC-606", Severity.INFORMATION),
  COVERAGE_DIAGNOSTIC_BLOCKS_NOT_MET("FC-607", Severity.WARNING),
  COVERAGE_REPEAT_RELIEF_NOT_MET("FC-608", Severity.WARNING),
  COVERAGE_RELIEF_NOT_DOCUMENTED("FC-609", Severity.WARNING),
  COVERAGE_DIAGNOSIS_NOT_COVERED("FC-610", Severity.WARNING),
  COVERAGE_DIAGNOSIS_REGION_MISMATCH("FC-611", Severity.WARNING),
  COVERAGE_DIAGNOSIS_NOT_SUPPLIED("FC-612", Severity.INFORMATION),
  PRIOR_AUTHORIZATION_REQUIRED("FC-613", Severity.WARNING),
  PRIOR_AUTHORIZATION_PLACE_UNKNOWN("FC-614", Severity.INFORMATION),
  COVERAGE_MODIFIER_ABN_UNKNOWN("FC-615", Severity.WARNING),
  COVERAGE_MODIFIER_APPENDED("FC-616", Severity.INFORMATION),
  HISTORY_NOT_READ("FC-617", Severity.WARNING),
  // --- Medicare coverage from the 2024 revision of the LCDs, chosen by contractor and date ---
  COVERAGE_LEVELS_NON_COVERED("FC-618", Severity.WARNING),
  COVERAGE_REGIONS_EXCEEDED("FC-619", Severity.WARNING),
  THORACOLUMBAR_CONTRACTOR_RULE("FC-620", Severity.INFORMATION),
  THORACOLUMBAR_BILLING_MISMATCH("FC-621", Severity.WARNING),
  COVERAGE_BLOCK_SPACING("FC-622", Severity.WARNING),
  COVERAGE_DIAGNOSTIC_SESSIONS_EXCEEDED("FC-623", Severity.WARNING),
  COVERAGE_REDIAGNOSIS_ADVISED("FC-624", Severity.WARNING),
  COVERAGE_RADICULOPATHY("FC-625", Severity.WARNING),
  COVERAGE_DIAGNOSIS_NOT_VALID("FC-626", Severity.WARNING),
  PRIOR_AUTHORIZATION_ON_FILE("FC-627", Severity.INFORMATION),
  SEDATION_REVIEW("FC-628", Severity.WARNING),
  STATE_NOT_RECOGNISED("FC-629", Severity.WARNING),
  STATE_CONFLICT("FC-630", Severity.WARNING),
  COVERAGE_POLICY_ASSUMED("FC-631", Severity.INFORMATION),
  HISTORY_AFTER_SESSION("FC-632", Severity.WARNING),
  HISTORY_VALUE_OUT_OF_RANGE("FC-633", Severity.WARNING),
  STATE_OF_SERVICE_NOT_FOUND("FC-634", Severity.INFORMATION),
  SERVICE_CONTEXT_CONFLICT("FC-635", Severity.WARNING),
  TYPE_OF_BILL_NOT_RECOGNISED("FC-636", Severity.WARNING),
  COVERAGE_BLOCK_SPACING_EXCEPTION("FC-637", Severity.WARNING),
  CONTRACTOR_NOT_SETTLED_BY_STATE("FC-638", Severity.INFORMATION),
  // --- facility claims (7xx): the hospital outpatient or ASC claim beside the physician's ---
  FACILITY_UTN_MISSING("FC-701", Severity.WARNING),
  FACILITY_ASC_EXCLUDED("FC-702", Severity.ERROR),
  FACILITY_PROFESSIONAL_DISAGREE("FC-703", Severity.ERROR),
  FACILITY_LAYOUT_DIFFERS("FC-704", Severity.INFORMATION),
  FACILITY_REVENUE_CODE_DEFAULTED("FC-705", Severity.WARNING),
  FACILITY_CLAIM_NOT_WRITTEN("FC-706", Severity.WARNING),
  FACILITY_RELATED_PRIOR_AUTHORIZATION("FC-707", Severity.INFORMATION),
  DISCONTINUED_REPORTED("FC-708", Severity.INFORMATION),
  EXPECTED_PAYMENT("FC-709", Severity.INFORMATION),
  DISCONTINUED_FROM_RECORD("FC-710", Severity.INFORMATION),
  DISCONTINUED_TIMING_UNSTATED("FC-711", Severity.WARNING),
  DISCONTINUED_PART_OF_SESSION("FC-712", Severity.WARNING),
  DISCONTINUED_CALLER_OVERRIDES("FC-713", Severity.INFORMATION),
  OFF_CAMPUS_STATUS_UNKNOWN("FC-714", Severity.WARNING),
  NON_EXCEPTED_PAYMENT_NOT_MODELLED("FC-715", Severity.INFORMATION),
  VISIT_CODE_DEFAULTED("FC-716", Severity.WARNING),
  ABN_DATE_MISSING("FC-717", Severity.WARNING),
  OUTPATIENT_HOSPITAL_EDITS_NOT_LOADED("FC-730", Severity.INFORMATION),
  OPPS_COMPLEXITY_ADJUSTMENT_UNVERIFIED("FC-731", Severity.INFORMATION),
  EXPECTED_PAYMENT_UNAVAILABLE("FC-732", Severity.INFORMATION),
  // --- claims audit (8xx): judged from claim lines alone, never from notes; docs/audit.md ---
  AUDIT_SESSIONS_PER_WINDOW("FC-801", Severity.WARNING),
  AUDIT_REPEAT_TOO_SOON("FC-802", Severity.WARNING),
  AUDIT_LEVELS_EXCEEDED("FC-803", Severity.WARNING),
  AUDIT_REGIONS_PER_SESSION("FC-804", Severity.WARNING),
  AUDIT_DIAGNOSIS_NOT_COVERED("FC-805", Severity.WARNING),
  AUDIT_DIAGNOSIS_OTHER_REGION("FC-806", Severity.WARNING),
  AUDIT_DIAGNOSIS_MISSING("FC-807", Severity.INFORMATION),
  AUDIT_BILATERAL_FORMAT("FC-808", Severity.WARNING),
  AUDIT_BLOCKS_NOT_SEEN("FC-809", Severity.WARNING),
  AUDIT_HISTORY_UNKNOWN("FC-810", Severity.INFORMATION),
  AUDIT_THORACOLUMBAR_ONE_SESSION("FC-811", Severity.INFORMATION),
  AUDIT_POLICY_NOT_MODELLED("FC-812", Severity.INFORMATION),
  AUDIT_STATE_UNKNOWN("FC-813", Severity.INFORMATION),
  AUDIT_CODE_NOT_VALID_ON_DATE("FC-814", Severity.WARNING),
  AUDIT_LINE_UNREADABLE("FC-815", Severity.ERROR),
  AUDIT_AMOUNT_UNREADABLE("FC-816", Severity.WARNING),
  AUDIT_RECORD_UNREADABLE("FC-817", Severity.ERROR),
  AUDIT_REPEAT_REVIEW("FC-818", Severity.WARNING),
  AUDIT_LEVELS_REVIEW("FC-819", Severity.WARNING);

  private final String id;
  private final Severity severity;

  FindingCode(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
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
    return FindingTexts.of(id).title();
  }

  /** What the finding means. */
  public String meaning() {
    return FindingTexts.of(id).meaning();
  }

  /** What to do about it. */
  public String action() {
    return FindingTexts.of(id).action();
  }

  /** Where the rule comes from. */
  public String source() {
    return FindingTexts.of(id).source();
  }

  /** The code with this identifier. */
  public static Optional<FindingCode> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}
