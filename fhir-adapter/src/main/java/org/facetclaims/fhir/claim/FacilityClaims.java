package org.facetclaims.fhir.claim;

import java.math.BigDecimal;
import java.util.List;
import org.facetclaims.core.ClaimLine;
import org.facetclaims.core.CodingResult;
import org.facetclaims.core.codeset.Modifier;
import org.facetclaims.core.payer.CareSetting;
import org.facetclaims.core.payer.ClaimType;
import org.facetclaims.core.payer.PayerProfile;
import org.facetclaims.core.payer.PaymentSystem;
import org.facetclaims.core.payment.PaymentEstimate;
import org.facetclaims.fhir.FacilityOptions;
import org.facetclaims.fhir.read.ReadProcedure;
import org.facetclaims.fhir.read.VisitCodes;
import org.facetclaims.fhir.session.CodedSession;
import org.facetclaims.fhir.session.FacilityAbn;
import org.facetclaims.fhir.session.FacilityPart;
import org.facetclaims.fhir.session.SessionParties;

/**
 * The facility claim of a session and what facility claims add to the physician's, decided once
 * (facility-claims spec §5): base R4 Claims that reuse the CARIN Blue Button and NUBC code
 * systems. A hospital outpatient claim is institutional (subType outpatient, type of bill 0131
 * in {@code supportingInfo}, then the UB-04 visit codes (admtype, pointoforigin,
 * discharge-status) and, with GA lines, occurrence code 32 with the ABN date; a revenue code per
 * line, the physician claim's GA/GZ on the same joints, the operating physician in the care team,
 * the UTN in {@code insurance.preAuthRef}); a Medicare ASC claim is professional with place of
 * service 24 on every line; a commercial ASC UB-04 claim is institutional with type of bill 0831.
 * Both claims of a session share the diagnoses, point at each other with {@code related}
 * ({@code associated}), and carry their expected payment in {@code item.net} and {@code total}
 * with its source in a {@code supportingInfo} of category {@code info}.
 */
final class FacilityClaims {
  static final String C4BB = "http://hl7.org/fhir/us/carin-bb/CodeSystem/";
  static final String TYPE_OF_BILL = "https://www.nubc.org/CodeSystem/TypeOfBill";
  static final String REVENUE = "https://www.nubc.org/CodeSystem/RevenueCodes";
  static final String PLACE_OF_SERVICE =
      "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
  static final String RELATIONSHIP =
      "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship";
  static final String INFO_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/claiminformationcategory";
  static final String DIAGNOSIS_TYPE = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype";

  static final ConceptValue OUTPATIENT =
      ConceptValue.of(C4BB + "C4BBInstitutionalClaimSubType", "outpatient", "Outpatient");
  static final ConceptValue ASSOCIATED = ConceptValue.of(RELATIONSHIP, "associated", null);
  static final ConceptValue TYPE_OF_BILL_INFO =
      ConceptValue.of(C4BB + "C4BBSupportingInfoType", "typeofbill", "Type of Bill");
  static final ConceptValue ADMISSION_TYPE_INFO =
      ConceptValue.of(C4BB + "C4BBSupportingInfoType", "admtype", "Admission Type");
  static final ConceptValue POINT_OF_ORIGIN_INFO =
      ConceptValue.of(C4BB + "C4BBSupportingInfoType", "pointoforigin", "Point of Origin");
  static final ConceptValue DISCHARGE_STATUS_INFO =
      ConceptValue.of(C4BB + "C4BBSupportingInfoType", "discharge-status", "Discharge Status");
  /** NUBC occurrence codes (UB-04 FL 31-34), as HL7 terminology names them (v2 table 0350). */
  static final String OCCURRENCE = "http://terminology.hl7.org/CodeSystem/v2-0350";
  static final ConceptValue ABN_OCCURRENCE =
      ConceptValue.of(OCCURRENCE, FacilityAbn.ABN_OCCURRENCE_CODE, null);
  static final ConceptValue SERVICE_FACILITY =
      ConceptValue.of(C4BB + "C4BBSupportingInfoType", "servicefacility", "Service Facility");
  static final ConceptValue INFO = ConceptValue.of(INFO_CATEGORY, "info", "Information");
  static final ConceptValue OPERATING =
      ConceptValue.of(C4BB + "C4BBClaimCareTeamRole", "operating", "Operating");
  static final ConceptValue PERFORMING =
      ConceptValue.of(C4BB + "C4BBClaimCareTeamRole", "performing", "Performing provider");
  static final ConceptValue PRINCIPAL = ConceptValue.of(DIAGNOSIS_TYPE, "principal", null);
  static final ConceptValue OTHER_DIAGNOSIS =
      ConceptValue.of(C4BB + "C4BBClaimDiagnosisType", "other", null);
  static final String USD = "USD";

  private FacilityClaims() {}

  /** The facility claim's id: named after its profile and the session key. */
  static String id(CodedSession s) {
    return Ids.nameUuid("claim|" + s.facility().facility().profile().name() + "|facility|"
        + s.key());
  }

  /**
   * The type of bill of an institutional facility claim: 0131 (hospital outpatient,
   * admit-through-discharge) under OPPS, 0831 (ASC) otherwise; four characters with the leading
   * zero, as on the UB-04 (the spec's open question Q8).
   */
  static String typeOfBill(PayerProfile p) {
    return p.paymentSystem() == PaymentSystem.OPPS ? "0131" : "0831";
  }

  /** What the physician's claim gets beside a facility claim. */
  static final class Extras {
    private final FacilityPart part;
    private final String facilityId;
    private final ConceptValue location;

    Extras(FacilityPart part, String facilityId) {
      this.part = part;
      this.facilityId = facilityId;
      CareSetting s = part.setting();
      this.location = s == null ? null : ConceptValue.of(PLACE_OF_SERVICE, s.placeOfService(),
          null);
    }

    void header(ClaimDocument.Builder c) {
      if (facilityId != null) {
        c.related(new ClaimDocument.Related(ReferenceValue.to("Claim/" + facilityId),
            ASSOCIATED));
      }
    }

    /** Adds the facility's and the payment's supporting information; returns the last sequence. */
    int supportingInfo(ClaimDocument.Builder c) {
      int seq = 1;
      ReferenceValue facility = ClaimMapping.reference(part.options().facility());
      if (facility != null && part.setting() != null && part.setting().hasFacilityClaim()) {
        c.supportingInfo(new ClaimDocument.SupportingInfo(seq++, SERVICE_FACILITY, null, null,
            facility));
      }
      return paymentInfo(c, seq, part.professionalPayment());
    }

    void item(ClaimDocument.ItemBuilder item, int index) {
      if (location != null) {
        item.location(location);
      }
      net(item, part.professionalPayment(), index);
    }

    void total(ClaimDocument.Builder c) {
      total(c, part.professionalPayment());
    }

    static void total(ClaimDocument.Builder c, PaymentEstimate e) {
      if (e != null && e.total() != null) {
        c.total(new MoneyValue(e.total(), USD));
      }
    }
  }

  /** Adds the expected payment at {@code seq} when there is one; returns the last sequence used. */
  private static int paymentInfo(ClaimDocument.Builder c, int seq, PaymentEstimate e) {
    if (e != null) {
      c.supportingInfo(new ClaimDocument.SupportingInfo(seq, INFO, null, "Expected payment: "
          + e.summary(), null));
      return seq;
    }
    return seq - 1;
  }

  private static void net(ClaimDocument.ItemBuilder item, PaymentEstimate e, int index) {
    if (e != null) {
      BigDecimal a = e.lines().get(index).amount();
      if (a != null) {
        item.net(new MoneyValue(a, USD));
      }
    }
  }

  /** The facility claim of a session that has one. */
  static ClaimDocument claim(CodedSession s, String id, String professionalId,
      ClaimMapping mapping) {
    FacilityPart f = s.facility();
    CodingResult r = f.facility();
    PayerProfile p = r.profile();
    boolean institutional = p.claimType() == ClaimType.INSTITUTIONAL;
    FacilityOptions fo = f.options();
    SessionParties parties = s.parties();
    String dos = r.session().dateOfService().toString();
    ClaimDocument.Builder c = ClaimDocument.builder(id)
        .status(f.facilityComplete() ? "active" : "draft")
        .type(ClaimMapping.TYPES.get(p.claimType()))
        .subType(institutional ? OUTPATIENT : null)
        .use("claim")
        .patient(ClaimMapping.party(ClaimMapping.reference(parties.patient()),
            "patient not supplied"))
        .billablePeriod(institutional ? new PeriodValue(dos, dos) : null)
        .created(mapping.created())
        .provider(ClaimMapping.party(ClaimMapping.reference(fo.facility()),
            "facility not supplied"))
        .priority(ClaimMapping.NORMAL);
    if (professionalId != null) {
      c.related(new ClaimDocument.Related(ReferenceValue.to("Claim/" + professionalId),
          ASSOCIATED));
    }
    ReferenceValue physician = ClaimMapping.reference(parties.provider());
    if (physician != null) {
      c.careTeam(new ClaimDocument.CareTeam(1, physician,
          institutional ? OPERATING : PERFORMING));
    }
    int seq = 1;
    if (institutional) {
      c.supportingInfo(new ClaimDocument.SupportingInfo(seq++, TYPE_OF_BILL_INFO,
          ConceptValue.of(TYPE_OF_BILL, typeOfBill(p), null), null, null));
      VisitCodes v = f.visit();
      if (v != null) {
        c.supportingInfo(new ClaimDocument.SupportingInfo(seq++, ADMISSION_TYPE_INFO,
            ConceptValue.of(VisitCodes.ADMISSION_TYPE, v.admissionType().code(), null), null,
            null));
        c.supportingInfo(new ClaimDocument.SupportingInfo(seq++, POINT_OF_ORIGIN_INFO,
            ConceptValue.of(VisitCodes.POINT_OF_ORIGIN, v.pointOfOrigin().code(), null), null,
            null));
        c.supportingInfo(new ClaimDocument.SupportingInfo(seq++, DISCHARGE_STATUS_INFO,
            ConceptValue.of(VisitCodes.DISCHARGE_STATUS, v.dischargeStatus().code(), null),
            null, null));
      }
      if (f.abn() != null && f.abn().occurrenceDate() != null) {
        c.supportingInfo(new ClaimDocument.SupportingInfo(seq++, INFO, ABN_OCCURRENCE,
            f.abn().occurrenceDate(), null, null));
      }
    }
    paymentInfo(c, seq, f.facilityPayment());
    List<CodingValue> diagnoses = ClaimMapping.distinctDiagnoses(s.procedures());
    for (int i = 0; i < diagnoses.size(); i++) {
      c.diagnosis(new ClaimDocument.Diagnosis(i + 1,
          new ConceptValue(List.of(diagnoses.get(i)), null),
          institutional ? List.of(i == 0 ? PRINCIPAL : OTHER_DIAGNOSIS) : List.of()));
    }
    List<ReadProcedure> procedures = s.procedures();
    for (int i = 0; i < procedures.size(); i++) {
      ReadProcedure rp = procedures.get(i);
      c.procedure(new ClaimDocument.ProcedureEntry(i + 1, rp.date(),
          ClaimMapping.procedureReference(rp)));
    }
    boolean utn = p.paymentSystem() == PaymentSystem.OPPS && fo.utn() != null
        && f.setting().isHospitalOutpatient();
    c.insurance(new ClaimDocument.Insurance(1, true, ClaimMapping.party(
        ClaimMapping.reference(parties.coverage()), "coverage not supplied"),
        utn ? List.of(fo.utn()) : List.of()));
    ReferenceValue encounter = ClaimMapping.reference(parties.encounter());
    int itemDiagnoses = Math.min(diagnoses.size(), ClaimMapping.ITEM_DIAGNOSES);
    ConceptValue asc = institutional ? null
        : ConceptValue.of(PLACE_OF_SERVICE, f.setting().placeOfService(), null);
    List<ClaimLine> lines = r.lines();
    for (int i = 0; i < lines.size(); i++) {
      ClaimLine line = lines.get(i);
      ClaimDocument.ItemBuilder item = ClaimDocument.Item.builder(i + 1);
      if (physician != null) {
        item.careTeamSequence(1);
      }
      for (int d = 1; d <= itemDiagnoses; d++) {
        item.diagnosisSequence(d);
      }
      for (int pi : line.procedureIndexes()) {
        item.procedureSequence(pi + 1);
      }
      if (institutional) {
        item.revenue(ConceptValue.of(REVENUE,
            fo.revenueCode(line.code()).orElse(FacilityOptions.defaultRevenueCode(p)), null));
      }
      item.productOrService(mapping.product(line));
      for (Modifier m : line.modifiers()) {
        item.modifier(ClaimMapping.modifier(m));
      }
      if (f.abn() != null) { // the physician's claim's GA/GZ on the same joints
        for (Modifier m : f.abn().modifiers().get(i)) {
          item.modifier(ClaimMapping.modifier(m));
        }
      }
      item.servicedDate(line.dateOfService());
      if (asc != null) {
        item.location(asc);
      }
      item.quantity(line.quantity());
      net(item, f.facilityPayment(), i);
      if (encounter != null) {
        item.encounter(encounter);
      }
      c.item(item.build());
    }
    Extras.total(c, f.facilityPayment());
    return c.build();
  }
}
