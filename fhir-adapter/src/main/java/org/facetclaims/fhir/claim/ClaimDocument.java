package org.facetclaims.fhir.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Claim as {@link ClaimMapping} decided it: every value it holds, in the R4 Claim's element
 * order, ready to be rendered as HAPI objects or as JSON bytes without another decision. Null is
 * an absent element, an empty list an absent repeating one.
 *
 * <p>It holds the elements the library writes today and those the Claim's next uses need, so
 * that they are data here and one line in each renderer: the facility Claim (subType,
 * billablePeriod, related, care-team roles, supportingInfo such as the type of bill, diagnosis
 * types, the prior-authorization number, revenue codes, place of service, expected payment in
 * {@code net} and {@code total}), coverage modifiers per item, per-item diagnosis pointers, and
 * each item's body sites and a rationale note (as {@code supportingInfo} the item points at with
 * {@code informationSequence}).
 */
public record ClaimDocument(String id, String status, ConceptValue type, ConceptValue subType,
    String use, ReferenceValue patient, PeriodValue billablePeriod, Instant created,
    ReferenceValue provider, ConceptValue priority, List<Related> related,
    List<CareTeam> careTeam, List<SupportingInfo> supportingInfo, List<Diagnosis> diagnosis,
    List<ProcedureEntry> procedure, List<Insurance> insurance, List<Item> item,
    MoneyValue total) {

  public ClaimDocument {
    related = Lists.copy(related);
    careTeam = Lists.copy(careTeam);
    supportingInfo = Lists.copy(supportingInfo);
    diagnosis = Lists.copy(diagnosis);
    procedure = Lists.copy(procedure);
    insurance = Lists.copy(insurance);
    item = Lists.copy(item);
  }

  /** {@code Claim.related}: another claim and how it relates. */
  public record Related(ReferenceValue claim, ConceptValue relationship) {}

  /** {@code Claim.careTeam}. */
  public record CareTeam(int sequence, ReferenceValue provider, ConceptValue role) {}

  /**
   * {@code Claim.supportingInfo}, with a code, a date ({@code timingDate}, such as an occurrence
   * code's), a string value or a reference value.
   */
  public record SupportingInfo(int sequence, ConceptValue category, ConceptValue code,
      LocalDate timingDate, String valueString, ReferenceValue valueReference) {

    /** Without a date. */
    public SupportingInfo(int sequence, ConceptValue category, ConceptValue code,
        String valueString, ReferenceValue valueReference) {
      this(sequence, category, code, null, valueString, valueReference);
    }
  }

  /** {@code Claim.diagnosis}: an ICD-10-CM concept and its types. */
  public record Diagnosis(int sequence, ConceptValue diagnosis, List<ConceptValue> type) {
    public Diagnosis {
      type = Lists.copy(type);
    }
  }

  /** {@code Claim.procedure}: the source Procedure and its date. */
  public record ProcedureEntry(int sequence, LocalDate date, ReferenceValue procedure) {}

  /** {@code Claim.insurance}. */
  public record Insurance(int sequence, boolean focal, ReferenceValue coverage,
      List<String> preAuthRef) {
    public Insurance {
      preAuthRef = Lists.copy(preAuthRef);
    }
  }

  /** {@code Claim.item}: one claim line. Build it with {@link #builder(int)}. */
  public record Item(int sequence, List<Integer> careTeamSequence,
      List<Integer> diagnosisSequence, List<Integer> procedureSequence,
      List<Integer> informationSequence, ConceptValue revenue, ConceptValue productOrService,
      List<ConceptValue> modifier, LocalDate servicedDate, ConceptValue location, int quantity,
      MoneyValue net, ConceptValue bodySite, List<ConceptValue> subSite,
      List<ReferenceValue> encounter) {

    public Item {
      careTeamSequence = Lists.copy(careTeamSequence);
      diagnosisSequence = Lists.copy(diagnosisSequence);
      procedureSequence = Lists.copy(procedureSequence);
      informationSequence = Lists.copy(informationSequence);
      modifier = Lists.copy(modifier);
      subSite = Lists.copy(subSite);
      encounter = Lists.copy(encounter);
    }

    /** A builder for item {@code sequence}. */
    public static ItemBuilder builder(int sequence) {
      return new ItemBuilder(sequence);
    }
  }

  /** Builds an {@link Item}; unset lists are empty, other unset values absent. */
  public static final class ItemBuilder {
    private final int sequence;
    private List<Integer> careTeamSequence;
    private List<Integer> diagnosisSequence;
    private List<Integer> procedureSequence;
    private List<Integer> informationSequence;
    private ConceptValue revenue;
    private ConceptValue productOrService;
    private List<ConceptValue> modifier;
    private LocalDate servicedDate;
    private ConceptValue location;
    private int quantity;
    private MoneyValue net;
    private ConceptValue bodySite;
    private List<ConceptValue> subSite;
    private List<ReferenceValue> encounter;

    private ItemBuilder(int sequence) {
      this.sequence = sequence;
    }

    public ItemBuilder careTeamSequence(int s) {
      careTeamSequence = Lists.add(careTeamSequence, s);
      return this;
    }

    public ItemBuilder diagnosisSequence(int s) {
      diagnosisSequence = Lists.add(diagnosisSequence, s);
      return this;
    }

    public ItemBuilder procedureSequence(int s) {
      procedureSequence = Lists.add(procedureSequence, s);
      return this;
    }

    public ItemBuilder informationSequence(int s) {
      informationSequence = Lists.add(informationSequence, s);
      return this;
    }

    public ItemBuilder revenue(ConceptValue c) {
      revenue = c;
      return this;
    }

    public ItemBuilder productOrService(ConceptValue c) {
      productOrService = c;
      return this;
    }

    public ItemBuilder modifier(ConceptValue c) {
      modifier = Lists.add(modifier, c);
      return this;
    }

    public ItemBuilder servicedDate(LocalDate d) {
      servicedDate = d;
      return this;
    }

    /** The place of service ({@code locationCodeableConcept}). */
    public ItemBuilder location(ConceptValue c) {
      location = c;
      return this;
    }

    public ItemBuilder quantity(int q) {
      quantity = q;
      return this;
    }

    public ItemBuilder net(MoneyValue m) {
      net = m;
      return this;
    }

    public ItemBuilder bodySite(ConceptValue c) {
      bodySite = c;
      return this;
    }

    public ItemBuilder subSite(ConceptValue c) {
      subSite = Lists.add(subSite, c);
      return this;
    }

    public ItemBuilder encounter(ReferenceValue r) {
      encounter = Lists.add(encounter, r);
      return this;
    }

    public Item build() {
      return new Item(sequence, Lists.of(careTeamSequence), Lists.of(diagnosisSequence),
          Lists.of(procedureSequence), Lists.of(informationSequence), revenue, productOrService,
          Lists.of(modifier), servicedDate, location, quantity, net, bodySite, Lists.of(subSite),
          Lists.of(encounter));
    }
  }

  /** A builder for a Claim with id {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link ClaimDocument}; unset lists are empty, other unset values absent. */
  public static final class Builder {
    private final String id;
    private String status;
    private ConceptValue type;
    private ConceptValue subType;
    private String use;
    private ReferenceValue patient;
    private PeriodValue billablePeriod;
    private Instant created;
    private ReferenceValue provider;
    private ConceptValue priority;
    private List<Related> related;
    private List<CareTeam> careTeam;
    private List<SupportingInfo> supportingInfo;
    private List<Diagnosis> diagnosis;
    private List<ProcedureEntry> procedure;
    private List<Insurance> insurance;
    private List<Item> item;
    private MoneyValue total;

    private Builder(String id) {
      this.id = id;
    }

    public Builder status(String s) {
      status = s;
      return this;
    }

    public Builder type(ConceptValue c) {
      type = c;
      return this;
    }

    public Builder subType(ConceptValue c) {
      subType = c;
      return this;
    }

    public Builder use(String u) {
      use = u;
      return this;
    }

    public Builder patient(ReferenceValue r) {
      patient = r;
      return this;
    }

    public Builder billablePeriod(PeriodValue p) {
      billablePeriod = p;
      return this;
    }

    public Builder created(Instant i) {
      created = i;
      return this;
    }

    public Builder provider(ReferenceValue r) {
      provider = r;
      return this;
    }

    public Builder priority(ConceptValue c) {
      priority = c;
      return this;
    }

    public Builder related(Related r) {
      related = Lists.add(related, r);
      return this;
    }

    public Builder careTeam(CareTeam c) {
      careTeam = Lists.add(careTeam, c);
      return this;
    }

    public Builder supportingInfo(SupportingInfo s) {
      supportingInfo = Lists.add(supportingInfo, s);
      return this;
    }

    public Builder diagnosis(Diagnosis d) {
      diagnosis = Lists.add(diagnosis, d);
      return this;
    }

    public Builder procedure(ProcedureEntry p) {
      procedure = Lists.add(procedure, p);
      return this;
    }

    public Builder insurance(Insurance i) {
      insurance = Lists.add(insurance, i);
      return this;
    }

    public Builder item(Item i) {
      item = Lists.add(item, i);
      return this;
    }

    public Builder total(MoneyValue m) {
      total = m;
      return this;
    }

    public ClaimDocument build() {
      return new ClaimDocument(id, status, type, subType, use, patient, billablePeriod, created,
          provider, priority, Lists.of(related), Lists.of(careTeam), Lists.of(supportingInfo),
          Lists.of(diagnosis), Lists.of(procedure), Lists.of(insurance), Lists.of(item), total);
    }
  }
}
