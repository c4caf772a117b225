#!/usr/bin/env python3
"""Writes the golden FHIR inputs of GoldenCasesTest and their expected lines (expected.tsv).

Each case is a realistic Procedure or Bundle written from the spec (coding-rules.md and
fhir-mapping.md), one per rule and per input form. Synthetic data only: no real patient.
Run from this folder: python3 make_golden.py
"""
import json, os

CPT = "http://www.ama-assn.org/go/cpt"
SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
TBS = "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure"
MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier"
LEFT = {"system": SCT, "code": "7771000", "display": "Left"}
RIGHT = {"system": SCT, "code": "24028007", "display": "Right"}
BILAT = {"system": SCT, "code": "51440002", "display": "Right and left"}

cases = []  # (file, profile, expected claims, expected finding ids, statuses)


def proc(pid, code_text=None, date="2026-03-02T09:15:00-05:00", sites=None, notes=None,
         status="completed", patient="Patient/pt-" + "1", performer="Practitioner/dr-1",
         reason=None, **extra):
    p = {"resourceType": "Procedure", "id": pid, "status": status,
         "subject": {"reference": patient}}
    if performer:
        p["performer"] = [{"actor": {"reference": performer}}]
    if code_text is not None:
        p["code"] = {"text": code_text}
    if date is not None:
        p["performedDateTime"] = date
    if sites:
        p["bodySite"] = [s if isinstance(s, dict) else {"text": s} for s in sites]
    if notes:
        p["note"] = [{"text": n} for n in notes]
    if reason:
        p["reasonCode"] = [{"coding": [{"system": ICD, "code": c}]} for c in reason]
    p.update(extra)
    return p


def coverage(patient="Patient/pt-1"):
    return {"resourceType": "Coverage", "id": "cov-1", "status": "active",
            "beneficiary": {"reference": patient}, "payor": [{"display": "Medicare Part B"}]}


def bundle(*resources):
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": "urn:uuid:" + r["id"], "resource": r} for r in resources]}


def case(name, resource, lines, findings="", statuses="", profile="medicare-physician"):
    fname = name + ".json"
    with open(fname, "w") as f:
        json.dump(resource, f, indent=1, ensure_ascii=False)
        f.write("\n")
    cases.append((fname, profile, lines, findings, statuses))


RF = "Lumbar radiofrequency medial branch neurotomy under fluoroscopy, 80 \u00b0C x 90 s"

# --- joints and sides in bodySite text ---
case("01-bodysite-text-left", proc("g01", RF, sites=["Left L3-L4 facet joint", "Left L4-L5 facet joint"],
     reason=["M47.816"]), "64635-LT x1, 64636-LT x1", "FC-508", "draft")
case("02-bodysite-bilateral-two-levels", bundle(proc("g02", RF, sites=["Bilateral L4-L5 and L5-S1 facet joints"]), coverage()),
     "64635-50 x1, 64636-50 x1", "", "active")
case("03-bilateral-plus-right", bundle(proc("g03", RF, sites=["Bilateral L4-5 facet joint", "Right L5-S1 facet joint"]), coverage()),
     "64635-50 x1, 64636-RT x1", "", "active")
case("04-asymmetric-right-left", bundle(proc("g04", RF, sites=["Right L3/4 facet", "Left L4/5 facet"]), coverage()),
     "64635-RT x1, 64636-LT x1", "", "active")
case("05-en-dash-notation", bundle(proc("g05", RF, sites=["Right L4\u2013L5 zygapophyseal joint"]), coverage()),
     "64635-RT x1", "", "active")
# --- coded body sites and laterality ---
case("06-snomed-display-mcode-left", bundle(proc("g06", "Lumbar facet radiofrequency ablation with fluoroscopy", sites=[
    {"coding": [{"system": SCT, "code": "1179155006", "display": "Structure of L4/L5 facet joint"}],
     "extension": [{"url": MCODE, "valueCodeableConcept": {"coding": [LEFT]}}]}]), coverage()),
     "64635-LT x1", "", "active")
case("07-post-coordinated-laterality", bundle(proc("g07", "Cervical facet RF neurotomy, fluoroscopic guidance", sites=[
    {"coding": [{"system": SCT, "code": "1179157003 : 272741003 = 24028007", "display": "Structure of C5/C6 facet joint"}]}]), coverage()),
     "64633-RT x1", "", "active")
case("08-bodystructure-in-bundle", bundle(
    proc("g08", "Lumbar RFA of facet joint nerves under fluoroscopy", extension=[{"url": TBS, "valueReference": {"reference": "BodyStructure/bs-8"}}]),
    {"resourceType": "BodyStructure", "id": "bs-8", "patient": {"reference": "Patient/pt-1"},
     "location": {"text": "L3-L4 and L4-L5 facet joints"}, "locationQualifier": [{"coding": [BILAT]}]},
    coverage()), "64635-50 x1, 64636-50 x1", "", "active")
case("09-bodystructure-description", bundle(
    proc("g09", "Thoracic facet radiofrequency denervation under CT", contained=[
        {"resourceType": "BodyStructure", "id": "site", "patient": {"reference": "Patient/pt-1"},
         "description": "Left T7-T8 and T8-T9 facet joints"}],
         extension=[{"url": TBS, "valueReference": {"reference": "#site"}}]), coverage()),
     "64633-LT x1, 64634-LT x1", "", "active")
# --- nerves, targets, levels in notes ---
case("10-nerves-in-note", bundle(proc("g10", "Radiofrequency neurotomy of lumbar medial branches, fluoroscopy",
     notes=["Left L3 and L4 medial branches and L5 dorsal ramus were lesioned at 80 C for 90 seconds."]), coverage()),
     "64635-LT x1, 64636-LT x1", "", "active")
case("11-needle-targets", bundle(proc("g11", "Right lumbar radiofrequency ablation, fluoroscopic guidance",
     notes=["Needles were placed at the junction of the superior articular process and transverse process of L4 and L5 and at the sacral ala."]), coverage()),
     "64635-RT x1, 64636-RT x1", "", "active")
case("12-vertebral-levels", bundle(proc("g12", "Bilateral lumbar RF medial branch neurotomy with fluoroscopy",
     notes=["Radiofrequency lesions were made at the L4, L5 and S1 levels."]), coverage()),
     "64635-50 x1, 64636-50 x1", "FC-205", "active")
case("13-levels-ambiguous", bundle(proc("g13", "Right radiofrequency neurotomy, fluoroscopy",
     notes=["Lesions at the T12, L1 and L2 levels."]), coverage()),
     "", "FC-205 FC-206", "")
case("14-third-occipital-and-c3-c4", bundle(proc("g14", "Left cervical radiofrequency neurotomy under fluoroscopy",
     notes=["The third occipital nerve and the C3 and C4 medial branches were lesioned."]), coverage()),
     "64633-LT x1, 64634-LT x1", "", "active")
case("15-lone-nerve", bundle(proc("g15", "Left lumbar radiofrequency ablation, fluoroscopy",
     notes=["Left L4 medial branch lesioned."]), coverage()),
     "", "FC-203", "")
case("16-joint-with-nerve-noun", bundle(proc("g16", "Radiofrequency ablation with fluoroscopic guidance",
     sites=["Right L4-L5 medial branches"]), coverage()),
     "64635-RT x1", "", "active")
# --- methods and agents ---
case("17-pulsed-rf", bundle(proc("g17", "Pulsed radiofrequency of the left L4-L5 and L5-S1 medial branches under fluoroscopy"), coverage()),
     "64999 x1", "FC-301", "active")
case("18-cooled-rf-60c", bundle(proc("g18", "Cooled radiofrequency ablation of the right L4-L5 facet joint nerves, fluoroscopy, probe 60 \u00b0C"), coverage()),
     "64635-RT x1", "", "active")
case("19-low-temperature-thermal", bundle(proc("g19", "Radiofrequency lesioning of the left L4-L5 facet joint at 70 degrees Celsius under fluoroscopy"), coverage()),
     "64999 x1", "FC-303", "active")
case("20-cryoablation", bundle(proc("g20", "Cryoablation of the right L3-L4 facet joint medial branches under fluoroscopy"), coverage()),
     "64999 x1", "FC-304", "active")
case("21-ethanol-usedcode", bundle(proc("g21", "Chemical neurolysis of the left L4-L5 facet joint nerves under fluoroscopy",
     usedCode=[{"coding": [{"system": SCT, "code": "419442005", "display": "Ethanol"}]}]), coverage()),
     "64999 x1", "FC-302", "active")
case("22-substance-dehydrated-alcohol", bundle(proc("g22", "Facet joint nerve neurolysis with fluoroscopic guidance", sites=["Right L5-S1 facet joint"],
     usedReference=[{"reference": "Substance/sub-22"}]),
     {"resourceType": "Substance", "id": "sub-22", "code": {"text": "Dehydrated alcohol 98%"}}, coverage()),
     "64999 x1", "FC-302", "active")
case("23-device-cooled-probe", bundle(proc("g23", "Radiofrequency ablation of the left L4-L5 facet joint under fluoroscopy",
     usedReference=[{"reference": "Device/dev-23"}]),
     {"resourceType": "Device", "id": "dev-23", "deviceName": [{"name": "Cooled radiofrequency probe", "type": "user-friendly-name"}]}, coverage()),
     "64635-LT x1", "", "active")
case("24-phenol-legacy", bundle(proc("g24", "Facet joint neurolysis with phenol under fluoroscopy", date="2009-05-14",
     notes=["Right L3 and L4 medial branches injected with 6% phenol."]), coverage()),
     "64622-RT x1, 64623-RT x1, 77003 x1", "FC-103", "active")
# --- imaging ---
case("25-ultrasound", bundle(proc("g25", "Ultrasound-guided radiofrequency ablation of the right C5-C6 facet joint nerves"), coverage()),
     "64999 x1", "FC-305", "active")
case("26-imaging-undocumented", bundle(proc("g26", "Radiofrequency neurotomy of the left L4-L5 facet joint"), coverage()),
     "64635-LT x1", "FC-306", "active")
case("27-legacy-ct", bundle(proc("g27", "CT-guided radiofrequency facet denervation", date="2011-12-31",
     sites=["Left L4-L5 facet joint"]), coverage()),
     "64622-LT x1, 64623-LT x1, 77012 x1", "FC-103", "active")
case("28-first-current-day", bundle(proc("g28", "CT-guided radiofrequency facet denervation", date="2012-01-01",
     sites=["Left L4-L5 facet joint"]), coverage()),
     "64635-LT x1", "", "active")
# --- status, dates ---
case("29-status-not-done", proc("g29", RF, status="not-done", sites=["Left L4-L5 facet joint"]),
     "", "FC-501", "")
case("30-status-entered-in-error", proc("g30", RF, status="entered-in-error", sites=["Left L4-L5 facet joint"]),
     "", "FC-501", "")
case("31-performed-period", bundle(proc("g31", RF, date=None, sites=["Right L4-L5 facet joint"],
     performedPeriod={"start": "2026-03-03T23:30:00-08:00", "end": "2026-03-04T00:10:00-08:00"}), coverage()),
     "64635-RT x1", "", "active")
case("32-date-missing", proc("g32", RF, date=None, sites=["Right L4-L5 facet joint"]),
     "", "FC-504", "")
case("33-before-2007", bundle(proc("g33", RF, date="2006-06-01", sites=["Right L4-L5 facet joint"]), coverage()),
     "", "FC-101", "")
# --- out of scope ---
case("34-si-joint-rf", proc("g34", "Radiofrequency ablation of the right S1, S2 and S3 lateral branches for sacroiliac joint pain, fluoroscopy"),
     "", "FC-502", "")
case("35-genicular", proc("g35", "Genicular nerve radiofrequency ablation, left knee, fluoroscopy"),
     "", "FC-502", "")
case("36-medial-branch-block", proc("g36", "Diagnostic medial branch block, bilateral L4-L5 and L5-S1, with 0.5 mL bupivacaine under fluoroscopy"),
     "", "FC-502", "")
# --- profiles ---
case("37-rt-lt-lines", bundle(proc("g37", RF, sites=["Bilateral L4-L5 facet joint", "Bilateral L5-S1 facet joint"]), coverage()),
     "64635-RT x1, 64635-LT x1, 64636-RT x1, 64636-LT x1", "", "active", profile="rt-lt-lines")
case("38-single-line-units", bundle(proc("g38", RF, sites=["Bilateral L4-L5 facet joint", "Bilateral L5-S1 facet joint"]), coverage()),
     "64635-RT-LT x2, 64636-RT-LT x2", "", "active", profile="single-line-units")
case("39-thoracolumbar-option", bundle(proc("g39", "Right thoracolumbar radiofrequency neurotomy with fluoroscopy",
     sites=["Right T12-L1 facet joint", "Right L1-L2 facet joint"]), coverage()),
     "64633-RT x1, 64636-RT x1", "FC-307", "active", profile="medicare-thoracolumbar")
case("40-thoracolumbar-default", bundle(proc("g40", "Right thoracolumbar radiofrequency neurotomy with fluoroscopy",
     sites=["Right T12-L1 facet joint", "Right L1-L2 facet joint"]), coverage()),
     "64633-RT x1, 64635-RT x1", "", "active")
# --- sessions ---
case("41-two-procedures-one-session", bundle(
    proc("g41a", RF, sites=["Left L4-L5 facet joint"]), proc("g41b", RF, sites=["Right L4-L5 facet joint"]), coverage()),
     "64635-50 x1", "", "active")
case("42-two-dates-two-claims", bundle(
    proc("g42a", RF, sites=["Left L4-L5 facet joint"]),
    proc("g42b", RF, date="2026-04-06T10:00:00-05:00", sites=["Right L4-L5 facet joint"]), coverage()),
     "64635-LT x1 | 64635-RT x1", "", "active active")
case("43-two-performers-two-claims", bundle(
    proc("g43a", RF, sites=["Left L4-L5 facet joint"]),
    proc("g43b", RF, sites=["Right L4-L5 facet joint"], performer="Practitioner/dr-2"), coverage()),
     "64635-LT x1 | 64635-RT x1", "", "active active")
case("44-condition-reason-reference", bundle(
    proc("g44", RF, sites=["Right L4-L5 facet joint"], reasonReference=[{"reference": "Condition/cond-44"}]),
    {"resourceType": "Condition", "id": "cond-44", "subject": {"reference": "Patient/pt-1"},
     "code": {"coding": [{"system": ICD, "code": "M47.817", "display": "Spondylosis without myelopathy or radiculopathy, lumbosacral region"}]}},
    coverage()), "64635-RT x1", "", "active")
# --- hints, conflicts, unplaced ---
case("45-cpt-hint-differs", bundle(proc("g45", "Pulsed radiofrequency of the right L4-L5 facet joint nerves under fluoroscopy",
     code={"coding": [{"system": CPT, "code": "64635"}], "text": "Pulsed radiofrequency of the right L4-L5 facet joint nerves under fluoroscopy"}), coverage()),
     "64999 x1", "FC-301 FC-507", "active")
case("46-side-conflict", bundle(proc("g46", RF, sites=[{"text": "Left L4-L5 facet joint",
     "extension": [{"url": MCODE, "valueCodeableConcept": {"coding": [RIGHT]}}]}]), coverage()),
     "64635 x1", "FC-202 FC-511", "active")
case("47-atlanto-axial", bundle(proc("g47", "Radiofrequency ablation of the right C1-C2 joint under fluoroscopy"), coverage()),
     "64999 x1", "FC-204", "active")
case("48-unplaced-level", bundle(proc("g48", RF, sites=["Left L4-L5 facet joint", "Left L5-L6 facet joint"]), coverage()),
     "64635-LT x1", "FC-505", "active")
case("49-side-not-documented", bundle(proc("g49", "Lumbar radiofrequency medial branch neurotomy with fluoroscopy", sites=["L4-L5 facet joint"]), coverage()),
     "64635 x1", "FC-202", "active")
case("50-contained-medication-phenol", bundle(proc("g50", "Facet joint nerve neurolysis, fluoroscopic guidance",
     notes=["Left L2 and L3 medial branches treated."], usedReference=[{"reference": "#agent"}],
     contained=[{"resourceType": "Medication", "id": "agent", "code": {"text": "Phenol 6% in glycerin"}}]), coverage()),
     "64999 x1", "FC-302", "active")

case("51-si-joint-with-l5-dorsal-ramus", proc("g51", "Right SI joint radiofrequency ablation of the L5 dorsal ramus and S1-S3 lateral branches under fluoroscopy"),
     "", "FC-502", "")
case("52-si-and-facet-same-note", bundle(proc("g52", "Radiofrequency ablation under fluoroscopy: right L4-L5 facet joint, and right sacroiliac joint lateral branches"), coverage()),
     "64635-RT x1", "FC-502", "active")

# --- how clinicians write (text grammar): ranges, targets with joints, compact sides, templates ---
case("53-hyphenated-vertebral-range", bundle(proc("g53", "Bilateral L2-L4 radiofrequency ablation under fluoroscopy"), coverage()),
     "64635-50 x1, 64636-50 x1", "FC-205", "active")
case("54-targets-with-stated-joints", bundle(proc("g54", "LUMBAR RADIOFREQUENCY ABLATION WITH FLUOROSCOPY",
     notes=["TARGET SITES: L4, L5, SACRAL ALA AND S1 (to denerve the joints at L3-4, L4-5,L5-SA and SA-S1) Right"]), coverage()),
     "64635-RT x1, 64636-RT x1", "FC-505 FC-514", "active")
case("55-compact-side-mbrf", bundle(proc("g55", "R C5, C6 MBRF under fluoroscopy at 80 C"), coverage()),
     "64633-RT x1", "", "active")
case("56-si-dorsal-rami-and-lateral-branches", bundle(proc("g56", "Right L4 and L5 dorsal ramus/medial branch and S1, S2, S3 lateral branch radiofrequency ablation under fluoroscopy"), coverage()),
     "", "FC-502", "")
case("57-template-side-left-in", bundle(proc("g57", "Right/left L4-5 facet RFA under fluoroscopy"), coverage()),
     "64635 x1", "FC-202 FC-515", "active")
case("58-per-lesion-temperatures", bundle(proc("g58", "Doctor preformed bilateral L3 and L4 Radiofrequency under Fluoroscopy, L3 nerve lesioning was preformed at 80 degree C for 90 seconds on both sides while L4 nerve lesioning was done at 44 degrees for 120 seconds on both sides."), coverage()),
     "64999 x1", "FC-303 FC-516", "active")

# --- several texts of one procedure read as one statement ---
case("70-side-from-code-text-to-bodysite", bundle(proc("g70", "Left L4-5 facet radiofrequency ablation under fluoroscopy at 80 C",
     sites=["L4-L5 facet joint"]), coverage()),
     "64635-LT x1", "", "active")
case("71-note-names-more-than-bodysite", bundle(proc("g71", RF, sites=["Right L4-L5 facet joint"],
     notes=["Right L4-5 and L5-S1 facet joints were lesioned."]), coverage()),
     "64635-RT x1", "FC-517", "active")
case("72-range-resolved-by-note", bundle(proc("g72", "Bilateral L2-L4 RFA",
     notes=["The L3-4 and L4-5 facet joints were lesioned under fluoroscopy at 80 C."]), coverage()),
     "64635-50 x1, 64636-50 x1", "", "active")
case("73-side-from-title-to-note-nerves", bundle(proc("g73", "Right L4-5 and L5-S1 facet RFA under fluoroscopy",
     notes=["The L3, L4 medial branches and L5 dorsal ramus were lesioned at 80 C."]), coverage()),
     "64635-RT x1, 64636-RT x1", "", "active")
case("74-per-lesion-split", bundle(proc("g74", "Right C4, C5 and C6 medial branch RFA under fluoroscopy.",
     notes=["Lesions at 80 \u00b0C at C4 and C5; the C6 lesion was made at 60 \u00b0C."]), coverage()),
     "64633-RT x1, 64999 x1", "FC-303 FC-516", "active")
case("75-si-procedure-in-code-text", bundle(proc("g75", "Right SI joint radiofrequency ablation",
     notes=["Right L4 medial branch and L5 dorsal ramus lesioned at 80 C under fluoroscopy."]), coverage()),
     "", "FC-502", "")
case("76-opposite-sides-in-two-texts", bundle(proc("g76", "Right L4-5 facet RFA under fluoroscopy",
     notes=["Left L4-5 medial branches lesioned at 80 C."]), coverage()),
     "64635 x1", "FC-202 FC-511", "active")
case("77-template-level-left-blank", bundle(proc("g77", "Right L__-L__ facet RFA under fluoroscopy"), coverage()),
     "", "FC-201 FC-515", "")

# Medicare coverage findings (coding-rules §6), on by default for the Medicare profiles: added to
# the coding findings of each case. FC-606 (history unknown), FC-612 (no diagnosis) and FC-614
# (place of service unknown) are information; FC-601..605 and 607..611 are warnings.
COVERAGE = {
    "01-bodysite-text-left": "FC-606 FC-614 FC-631",
    "02-bodysite-bilateral-two-levels": "FC-606 FC-612 FC-614 FC-631",
    "03-bilateral-plus-right": "FC-606 FC-612 FC-614 FC-631",
    "04-asymmetric-right-left": "FC-606 FC-612 FC-614 FC-631",
    "05-en-dash-notation": "FC-606 FC-612 FC-614 FC-631",
    "06-snomed-display-mcode-left": "FC-606 FC-612 FC-614 FC-631",
    "07-post-coordinated-laterality": "FC-606 FC-612 FC-614 FC-631",
    "08-bodystructure-in-bundle": "FC-606 FC-612 FC-614 FC-631",
    "09-bodystructure-description": "FC-606 FC-612 FC-614 FC-631",
    "10-nerves-in-note": "FC-606 FC-612 FC-614 FC-631",
    "11-needle-targets": "FC-606 FC-612 FC-614 FC-631",
    "12-vertebral-levels": "FC-606 FC-612 FC-614 FC-631",
    "14-third-occipital-and-c3-c4": "FC-606 FC-612 FC-614 FC-631",
    "16-joint-with-nerve-noun": "FC-606 FC-612 FC-614 FC-631",
    "17-pulsed-rf": "FC-602 FC-606 FC-612 FC-631",
    "18-cooled-rf-60c": "FC-606 FC-612 FC-614 FC-631",
    "19-low-temperature-thermal": "FC-602 FC-606 FC-612 FC-631",
    "20-cryoablation": "FC-602 FC-606 FC-612 FC-631",
    "21-ethanol-usedcode": "FC-602 FC-606 FC-612 FC-631",
    "22-substance-dehydrated-alcohol": "FC-602 FC-606 FC-612 FC-631",
    "23-device-cooled-probe": "FC-606 FC-612 FC-614 FC-631",
    "24-phenol-legacy": "FC-601",
    "25-ultrasound": "FC-603 FC-606 FC-612 FC-631",
    "26-imaging-undocumented": "FC-606 FC-612 FC-614 FC-631",
    "27-legacy-ct": "FC-601",
    "28-first-current-day": "FC-601",
    "31-performed-period": "FC-606 FC-612 FC-614 FC-631",
    "39-thoracolumbar-option": "FC-606 FC-612 FC-614 FC-619 FC-621 FC-631",
    "40-thoracolumbar-default": "FC-606 FC-612 FC-614 FC-619 FC-631",
    "41-two-procedures-one-session": "FC-606 FC-612 FC-614 FC-631",
    "42-two-dates-two-claims": "FC-606 FC-608 FC-612 FC-614 FC-631",
    "43-two-performers-two-claims": "FC-606 FC-612 FC-614 FC-631",
    "44-condition-reason-reference": "FC-606 FC-614 FC-631",
    "45-cpt-hint-differs": "FC-602 FC-606 FC-612 FC-631",
    "46-side-conflict": "FC-606 FC-612 FC-614 FC-631",
    "47-atlanto-axial": "FC-606 FC-612 FC-631",
    "48-unplaced-level": "FC-606 FC-612 FC-614 FC-631",
    "49-side-not-documented": "FC-606 FC-612 FC-614 FC-631",
    "50-contained-medication-phenol": "FC-602 FC-606 FC-612 FC-631",
    "52-si-and-facet-same-note": "FC-606 FC-612 FC-614 FC-631",
    "53-hyphenated-vertebral-range": "FC-606 FC-612 FC-614 FC-631",
    "54-targets-with-stated-joints": "FC-606 FC-612 FC-614 FC-631",
    "55-compact-side-mbrf": "FC-606 FC-612 FC-614 FC-631",
    "57-template-side-left-in": "FC-606 FC-612 FC-614 FC-631",
    "58-per-lesion-temperatures": "FC-602 FC-606 FC-612 FC-631",
    "70-side-from-code-text-to-bodysite": "FC-606 FC-612 FC-614 FC-631",
    "71-note-names-more-than-bodysite": "FC-606 FC-612 FC-614 FC-631",
    "72-range-resolved-by-note": "FC-606 FC-612 FC-614 FC-631",
    "73-side-from-title-to-note-nerves": "FC-606 FC-612 FC-614 FC-631",
    "74-per-lesion-split": "FC-602 FC-606 FC-612 FC-614 FC-631",
    "76-opposite-sides-in-two-texts": "FC-606 FC-612 FC-614 FC-631",
}
cases = [(c[0], c[1], c[2], " ".join(sorted(set((c[3] + " " + COVERAGE.get(c[0][:-5], "")).split()))), c[4])
         for c in cases]

with open("expected.tsv", "w") as f:
    f.write("# file\tprofile\tclaims (lines by ', ', claims by ' | ')\tfinding ids (exact set)\tclaim statuses\n")
    for c in cases:
        f.write("\t".join(c) + "\n")
print(len(cases), "cases")
