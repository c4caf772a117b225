#!/usr/bin/env python3
"""Writes the Bundles of FacilitySettingsGoldenTest: one radiofrequency session per setting
(office, hospital outpatient on campus, ASC), cervical and lumbar, bilateral and one-sided, with
add-on levels; the place of service and state on the Location the Encounter names.

Synthetic data only: no real patient. Run from this folder: python3 make_facility.py
"""
import json

ICD = "http://hl7.org/fhir/sid/icd-10-cm"
POS = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set"
PT = "Patient/pt-1"
PLACES = {
    "11": ("loc-office", "Springfield Spine and Pain Clinic"),
    "22": ("loc-hopd", "Riverside Hospital outpatient pain procedure room"),
    "24": ("loc-asc", "Riverside Surgery Center"),
}
REGION = {
    "lumbar": ("Lumbar radiofrequency ablation of the medial branch nerves under fluoroscopy,"
               " 80 C for 90 s", "M47.816"),
    "cervical": ("Cervical radiofrequency ablation of the medial branch nerves under"
                 " fluoroscopy, 80 C for 90 s", "M47.812"),
}


def resources(date, pos, region, sites):
    lid, name = PLACES[pos]
    text, dx = REGION[region]
    return [
        {"resourceType": "Patient", "id": "pt-1", "name": [{"family": "Okafor",
         "given": ["Ruth"]}], "birthDate": "1950-07-19", "gender": "female"},
        {"resourceType": "Coverage", "id": "cov-1", "status": "active",
         "beneficiary": {"reference": PT}, "payor": [{"display": "Medicare Part B"}]},
        {"resourceType": "Practitioner", "id": "dr-1", "name": [{"family": "Lindqvist",
         "given": ["Per"], "prefix": ["Dr"]}]},
        {"resourceType": "Location", "id": lid, "status": "active", "name": name,
         "type": [{"coding": [{"system": POS, "code": pos}]}],
         "address": {"line": ["100 Main Street"], "city": "Springfield", "state": "OH"}},
        {"resourceType": "Encounter", "id": "enc-1", "status": "finished",
         "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                   "code": "AMB"},
         "subject": {"reference": PT}, "period": {"start": date + "T08:00:00-05:00",
                                                  "end": date + "T11:00:00-05:00"},
         "location": [{"location": {"reference": "Location/" + lid}}]},
        {"resourceType": "Procedure", "id": "rf-1", "status": "completed",
         "subject": {"reference": PT}, "encounter": {"reference": "Encounter/enc-1"},
         "code": {"text": text},
         "performedDateTime": date + "T09:15:00-05:00",
         "performer": [{"actor": {"reference": "Practitioner/dr-1"}}],
         "bodySite": [{"text": s} for s in sites],
         "reasonCode": [{"coding": [{"system": ICD, "code": dx}]}]},
    ]


def bundle(res):
    return {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "http://example.org/fhir/%s/%s" % (r["resourceType"], r["id"]),
         "resource": r} for r in res]}


CASES = {
    "office-lumbar-bilateral-two-levels": ("2026-03-10", "11", "lumbar",
        ["Bilateral L4-L5 facet joint", "Bilateral L5-S1 facet joint"]),
    "office-cervical-right-three-levels": ("2026-03-10", "11", "cervical",
        ["Right C3-C4 facet joint", "Right C4-C5 facet joint", "Right C5-C6 facet joint"]),
    "hopd-lumbar-bilateral-two-levels": ("2026-03-10", "22", "lumbar",
        ["Bilateral L4-L5 facet joint", "Bilateral L5-S1 facet joint"]),
    "hopd-cervical-left-two-levels": ("2026-03-10", "22", "cervical",
        ["Left C5-C6 facet joint", "Left C6-C7 facet joint"]),
    "hopd-lumbar-bilateral-three-levels": ("2026-03-10", "22", "lumbar",
        ["Bilateral L3-L4 facet joint", "Bilateral L4-L5 facet joint",
         "Bilateral L5-S1 facet joint"]),
    "hopd-lumbar-bilateral-2025-12-31": ("2025-12-31", "22", "lumbar",
        ["Bilateral L4-L5 facet joint", "Bilateral L5-S1 facet joint"]),
    "asc-lumbar-bilateral-two-levels": ("2026-03-10", "24", "lumbar",
        ["Bilateral L4-L5 facet joint", "Bilateral L5-S1 facet joint"]),
    "asc-lumbar-right-two-levels": ("2026-03-10", "24", "lumbar",
        ["Right L3-L4 facet joint", "Right L4-L5 facet joint"]),
    "asc-cervical-bilateral-two-levels": ("2026-03-10", "24", "cervical",
        ["Bilateral C5-C6 facet joint", "Bilateral C6-C7 facet joint"]),
    "asc-lumbar-bilateral-2025-06-02": ("2025-06-02", "24", "lumbar",
        ["Bilateral L4-L5 facet joint", "Bilateral L5-S1 facet joint"]),
}

if __name__ == "__main__":
    for name, (date, pos, region, sites) in CASES.items():
        with open(name + ".json", "w") as f:
            json.dump(bundle(resources(date, pos, region, sites)), f, indent=1)
            f.write("\n")
