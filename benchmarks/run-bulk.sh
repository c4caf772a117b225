#!/usr/bin/env bash
# Measures the bulk command against the floor (plain HAPI, one thread) on the same synthetic
# input, in the same run. Usage: benchmarks/run-bulk.sh [COUNT]   (default 100000)
# Needs: ./mvnw -q -B package -DskipTests   (builds both jars); GNU time for peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar=fhir-adapter/target/facet-claims.jar
bench=benchmarks/target/benchmarks.jar
java -jar "$jar" generate --count "$count" --seed 1 --output "$work/Procedure.ndjson"
echo "input: $count procedures, $(du -h "$work/Procedure.ndjson" | cut -f1)"
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f "peak RSS %M KB, wall %e s"); fi
echo "--- floor (plain HAPI, one thread: parse, one-item Claim, encode)"
"${timer[@]}" java -cp "$bench" org.facetclaims.bench.BulkFloor "$work/Procedure.ndjson" "$work/floor.ndjson"
echo "--- bulk (full coding, all cores)"
start=$(date +%s%N)
"${timer[@]}" java -jar "$jar" bulk --quiet --coverage Coverage/bench --input "$work/Procedure.ndjson" --output "$work/out"
end=$(date +%s%N)
echo "bulk: $(( (end - start) / 1000000 )) ms including JVM start; claims: $(wc -l < "$work/out/Claim.ndjson"), outcomes: $(wc -l < "$work/out/OperationOutcome.ndjson")"
