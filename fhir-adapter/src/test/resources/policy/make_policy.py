#!/usr/bin/env python3
"""Writes the Bundles of MedicarePolicyTest: realistic sessions with the places, claims and
history that the dated Medicare policy reads (medicare-policy-2024.md), one per rule.

Synthetic data only: no real patient. Run from this folder: python3 make_policy.py
"""
import json

CPT = "http://www.ama-assn.org/go/cpt"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
POS = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set"
TOB = "https://www.nubc.org/CodeSystem/TypeOfBill"
C4BB = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBSupportingInfoType"
PT = "Patient/pt-1"


def patient():
    return {"resourceType": "Patient", "id": "pt-1", "name": [{"family": "Marsh",
            "given": ["Edith"]}], "birthDate": "1949-02-11", "gender": "female"}


def coverage():
    return {"resourceType": "Coverage", "id": "cov-1", "status": "active",
            "beneficiary": {"reference": PT}, "payor": [{"display": "Medicare Part B"}]}


def location(lid, state=None, pos=None, address=True, name="Spine and Pain Clinic"):
    loc = {"resourceType": "Location", "id": lid, "status": "active", "name": name}
    if pos:
        loc["type"] = [{"coding": [{"system": POS, "code": pos}]}]
    if address:
        loc["address"] = {"line": ["100 Main Street"], "city": "Springfield"}
        if state:
            loc["address"]["state"] = state
    return loc


def rf(pid, date, sites, location_ref=None, reason=("M47.816",), notes=None, performer=None,
       encounter=None):
    p = {"resourceType": "Procedure", "id": pid, "status": "completed",
         "subject": {"reference": PT},
         "code": {"coding": [{"system": CPT, "code": "64635"}],
                  "text": "Lumbar radiofrequency medial branch neurotomy under fluoroscopy,"
                          " 80 °C x 90 s"},
         "performedDateTime": date + "T09:15:00-05:00",
         "performer": [{"actor": {"reference": performer or "Practitioner/dr-1"}}],
         "bodySite": [{"text": sites}],
         "reasonCode": [{"coding": [{"system": ICD, "code": c}]} for c in reason]}
    if location_ref:
        p["location"] = {"reference": location_ref}
    if encounter:
        p["encounter"] = {"reference": encounter}
    if notes:
        p["note"] = [{"text": n} for n in notes]
    return p


def block(pid, date, relief):
    return {"resourceType": "Procedure", "id": pid, "status": "completed",
            "subject": {"reference": PT},
            "code": {"coding": [{"system": CPT, "code": "64493"}],
                     "text": "Lumbar medial branch block, bilateral L3-L4, L4-L5 and L5-S1"},
            "performedDateTime": date, "performer": [{"actor": {"reference": "Practitioner/dr-1"}}],
            "note": [{"text": "Reports %d%% relief of the index pain." % relief}]}


def blocks():
    return [block("mbb-1", "2024-12-02", 90), block("mbb-2", "2024-12-23", 85)]


def bundle(*resources):
    entries = []
    for r in resources:
        entries.append({"fullUrl": "http://example.org/fhir/%s/%s" % (r["resourceType"], r["id"]),
                        "resource": r})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def write(name, b):
    with open(name + ".json", "w") as f:
        json.dump(b, f, indent=1, ensure_ascii=False)
        f.write("\n")


THREE = "Bilateral L3-L4, L4-L5 and L5-S1 facet joints"

# 1. Three bilateral levels in an Ohio office (CGS, 2024 text), after two qualifying blocks.
write("ohio-three-levels", bundle(patient(), coverage(),
      location("loc-oh", "OH", "11"), *blocks(),
      rf("rf-today", "2025-03-03", THREE, "Location/loc-oh")))

# 2. The same session the day before CGS's 2024 text (2021 text: a warning, one line).
write("ohio-three-levels-2024-08-14", bundle(patient(), coverage(),
      location("loc-oh", "OH", "11"),
      block("mbb-1", "2024-06-03", 90), block("mbb-2", "2024-06-24", 85),
      rf("rf-today", "2024-08-14", THREE, "Location/loc-oh")))

# 3. The state through the encounter's location, named in full ("Texas").
enc = {"resourceType": "Encounter", "id": "enc-1", "status": "finished",
       "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
       "subject": {"reference": PT}, "location": [{"location": {"reference": "Location/loc-tx"}}]}
write("texas-encounter-location", bundle(patient(), coverage(), location("loc-tx", "Texas", "11"),
      enc, *blocks(), rf("rf-today", "2025-03-03", THREE, encounter="Encounter/enc-1")))

# 4. A Location without an address: FC-634; the performer's PractitionerRole names Indiana.
role = {"resourceType": "PractitionerRole", "id": "role-1", "active": True,
        "practitioner": {"reference": "Practitioner/dr-1"},
        "location": [{"reference": "Location/loc-in"}]}
write("location-without-address", bundle(patient(), coverage(),
      location("loc-bare", address=False), location("loc-in", "IN", "11"), role, *blocks(),
      rf("rf-today", "2025-03-03", THREE, "Location/loc-bare", performer="PractitionerRole/role-1")))

# 5. Two procedures of one session at Locations in different states: FC-630, no state chosen.
write("conflicting-states", bundle(patient(), coverage(),
      location("loc-oh", "OH", "11"), location("loc-in", "IN", "11"), *blocks(),
      rf("rf-right", "2025-03-03", "Right L4-L5 facet joint", "Location/loc-oh"),
      rf("rf-left", "2025-03-03", "Left L4-L5 facet joint", "Location/loc-in")))

# 6. A state that is not one: FC-629 naming the Location's element.
write("not-a-state", bundle(patient(), coverage(), location("loc-on", "Ontario", "11"),
      *blocks(), rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint", "Location/loc-on")))

# 7. Hospital outpatient department (POS 22) in Ohio: prior authorization; the UTN is on the
#    hospital's Claim in the Bundle (insurance.preAuthRef), with type of bill 0131.
claim = {"resourceType": "Claim", "id": "opd-claim", "status": "active",
         "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type",
                              "code": "institutional"}]},
         "use": "claim", "patient": {"reference": PT}, "created": "2025-03-04",
         "provider": {"reference": "Organization/hosp-1"},
         "priority": {"coding": [{"code": "normal"}]},
         "supportingInfo": [{"sequence": 1, "category": {"coding": [{"system": C4BB,
                             "code": "typeofbill"}]},
                             "code": {"coding": [{"system": TOB, "code": "0131"}]}}],
         "insurance": [{"sequence": 1, "focal": True, "coverage": {"reference": "Coverage/cov-1"},
                        "preAuthRef": ["A1B2C3D4E5F6G7"]}]}
hopd = location("loc-hopd", "OH", "22", name="Riverside Hospital outpatient pain unit")
write("hopd-with-utn", bundle(patient(), coverage(), hopd, claim, *blocks(),
      rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint", "Location/loc-hopd")))
write("hopd-without-utn", bundle(patient(), coverage(), hopd, *blocks(),
      rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint", "Location/loc-hopd")))
write("asc-no-prior-auth", bundle(patient(), coverage(),
      location("loc-asc", "OH", "24", name="Valley Surgery Center"), *blocks(),
      rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint", "Location/loc-asc")))


# 8. Repeat RF: the last RF gave 30% relief for 3 months (the pain prong fails), but the ODI
#    went from 46 (baseline, the day of the RF) to 22 (follow-up): the 2024 text's functional
#    prong covers the repeat.
def odi(oid, date, score, note=None):
    o = {"resourceType": "Observation", "id": oid, "status": "final",
         "code": {"text": "Oswestry Disability Index (ODI) total score"},
         "subject": {"reference": PT}, "effectiveDateTime": date,
         "partOf": [{"reference": "Procedure/rf-last"}],
         "valueQuantity": {"value": score, "unit": "%", "system": "http://unitsofmeasure.org",
                           "code": "%"}}
    if note:
        o["note"] = [{"text": note}]
    return o


def last_rf(notes):
    p = rf("rf-last", "2024-05-06", THREE, "Location/loc-oh", notes=notes)
    return p


write("repeat-rf-odi", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      block("mbb-1", "2024-03-04", 90), block("mbb-2", "2024-03-25", 85),
      last_rf(["Follow-up: 30% relief for 3 months."]),
      odi("odi-base", "2024-05-06", 46), odi("odi-follow", "2024-08-19", 22),
      rf("rf-today", "2025-03-03", "Bilateral L3-L4 and L4-L5 facet joints", "Location/loc-oh")))
write("repeat-rf-adl-statement", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      block("mbb-1", "2024-03-04", 90), block("mbb-2", "2024-03-25", 85),
      last_rf(["Follow-up: 30% relief for 3 months. Consistent improvement in the ability"
               " to perform activities of daily living compared with baseline on the same scale."]),
      rf("rf-today", "2025-03-03", "Bilateral L3-L4 and L4-L5 facet joints", "Location/loc-oh")))

# 9. Moderate sedation recorded the same day: the 2024 text's review finding.
sed = {"resourceType": "Procedure", "id": "sedation-1", "status": "completed",
       "subject": {"reference": PT},
       "code": {"coding": [{"system": CPT, "code": "99152"}],
                "text": "Moderate sedation, initial 15 minutes"},
       "performedDateTime": "2025-03-03T09:05:00-05:00",
       "performer": [{"actor": {"reference": "Practitioner/dr-1"}}]}
write("same-day-sedation", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      *blocks(), sed, rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint",
                         "Location/loc-oh")))

# 10. A radiculopathy code and a covered one: each item points at the covered one.
write("diagnosis-pointers", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      *blocks(), rf("rf-today", "2025-03-03", THREE, "Location/loc-oh",
                    reason=("M54.16", "M47.816"))))


# 11. A Procedure on its own (a lone input or a bulk NDJSON line): the service context from its
#     contained resources. Three levels in an Ohio office, the Location contained.
def lone(pid, sites, contained, **where):
    p = rf(pid, "2025-03-03", sites, **where)
    p["contained"] = contained
    return p


loc_oh = location("loc", "OH", "11")
write("lone-contained-location", lone("rf-lone", THREE, [loc_oh], location_ref="#loc"))
# The Encounter contained, its Location contained beside it (Texas, hospital outpatient), and the
# hospital's Claim contained with its type of bill and UTN.
enc_lone = dict(enc, id="enc", location=[{"location": {"reference": "#loc"}}])
claim_lone = dict(claim, id="opd")
write("lone-contained-encounter", lone("rf-lone", "Bilateral L4-L5 facet joint",
      [enc_lone, location("loc", "TX", "22", name="Riverside Hospital outpatient pain unit"),
       claim_lone], encounter="#enc"))
# A Location named only by its display: free text, not an address; the state stays unknown.
p = rf("rf-lone", "2025-03-03", THREE)
p["location"] = {"display": "Spine and Pain Clinic, Columbus, OH"}
write("lone-location-display", p)


# 12. Blocks coded 0216T (lumbar facet injection under ultrasound guidance): blocks in the
#     history, under guidance the LCDs do not cover, so the initial RF has no qualifying blocks.
def us_block(pid, date, relief):
    b = block(pid, date, relief)
    b["code"] = {"coding": [{"system": CPT, "code": "0216T"}],
                 "text": "Lumbar facet joint injection with ultrasound guidance, L4-L5"}
    b["bodySite"] = [{"text": "Bilateral L4-L5 facet joint"}]
    return b


write("ultrasound-blocks", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      us_block("mbb-1", "2024-12-02", 90), us_block("mbb-2", "2024-12-23", 85),
      rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint", "Location/loc-oh")))


# 13. The second block one week after the first: with the reason in its note it counts (FC-637,
#     a review), without it it does not (FC-622, FC-607).
def soon_block(reason):
    b = block("mbb-2", "2024-12-09", 85)
    if reason:
        b["note"].append({"text": "Second block performed sooner than two weeks after the first"
                                  " because the patient leaves for a three-month stay abroad."})
    return b


write("block-spacing-exception", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      block("mbb-1", "2024-12-02", 90), soon_block(True),
      rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint", "Location/loc-oh")))
write("block-spacing-too-soon", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      block("mbb-1", "2024-12-02", 90), soon_block(False),
      rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint", "Location/loc-oh")))

# 14. The session names its second block as its reason (reasonReference), but that block is
#     dated after the session: a date error in the record (FC-632), the block left out.
late = rf("rf-today", "2025-03-03", "Bilateral L4-L5 facet joint", "Location/loc-oh")
late["reasonReference"] = [{"reference": "Procedure/mbb-1"}, {"reference": "Procedure/mbb-2"}]
write("history-after-session", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      block("mbb-1", "2024-12-02", 90), block("mbb-2", "2025-03-24", 85), late))


# 15. Virginia: Part B claims for Arlington and Fairfax counties and the cities of Alexandria,
#     Falls Church and Fairfax go to Novitas (JL), the rest of Virginia's to Palmetto (JM).
def va_location(lid, city, district=None, postal=None):
    loc = location(lid, "VA", "11")
    loc["address"]["city"] = city
    if district:
        loc["address"]["district"] = district
    if postal:
        loc["address"]["postalCode"] = postal
    return loc


for name, loc in [("virginia-arlington", va_location("loc-va", "Arlington", "Arlington", "22201")),
                  ("virginia-richmond", va_location("loc-va", "Richmond", None, "23219")),
                  ("virginia-state-only", va_location("loc-va", "Springfield"))]:
    write(name, bundle(patient(), coverage(), loc, *blocks(),
                       rf("rf-today", "2025-03-03", THREE, "Location/loc-va")))


# 16. The ODI scores coded with LOINC 97909-6 (https://loinc.org/97909-6) under a name that does
#     not name the scale: the code alone says ODI.
def odi_loinc(oid, date, score):
    o = odi(oid, date, score)
    o["code"] = {"coding": [{"system": "http://loinc.org", "code": "97909-6"}],
                 "text": "Disability questionnaire, total"}
    return o


write("repeat-rf-odi-loinc", bundle(patient(), coverage(), location("loc-oh", "OH", "11"),
      block("mbb-1", "2024-03-04", 90), block("mbb-2", "2024-03-25", 85),
      last_rf(["Follow-up: 30% relief for 3 months."]),
      odi_loinc("odi-base", "2024-05-06", 46), odi_loinc("odi-follow", "2024-08-19", 22),
      rf("rf-today", "2025-03-03", "Bilateral L3-L4 and L4-L5 facet joints", "Location/loc-oh")))
