-- wrk script: POST [base]/$facet-claims with one two-joint Procedure (left L3-L4 and L4-L5,
-- thermal RF under fluoroscopy: 64635-LT, 64636-LT), the body ServerLoad posts; wrk reports
-- answers that are not 2xx ("Non-2xx or 3xx responses"). Usage (the server on 127.0.0.1:8080,
-- see docs/performance.md):
--   wrk -t2 -c8 -d20s --latency -s benchmarks/wrk-facet-claims.lua 'http://127.0.0.1:8080/fhir/$facet-claims'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/fhir+json"
wrk.body = '{"resourceType":"Parameters","parameter":[{"name":"resource",'
  .. '"resource":{"resourceType":"Procedure","id":"load","status":"completed",'
  .. '"subject":{"reference":"Patient/load-1"},"performer":[{"actor":{"reference":'
  .. '"Practitioner/load-md"}}],"code":{"text":"Left lumbar radiofrequency medial branch'
  .. ' neurotomy under fluoroscopy, 80 C"},"performedDateTime":"2026-02-02T08:30:00-06:00",'
  .. '"bodySite":[{"text":"Left L3-L4 facet joint"},{"text":"Left L4-L5 facet joint"}]}}]}'

