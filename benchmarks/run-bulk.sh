#!/usr/bin/env bash
# Measures the bulk command against the floor (plain HAPI, one thread) on the same synthetic
# input, in the same run. Usage: benchmarks/run-bulk.sh [COUNT]   (default 100000)
# Needs: ./mvnw -q -B package -DskipTests   (builds both jars); GNU time for peak RSS.
# WITH_HAPI=1 also runs bulk with --hapi-parser (HAPI parse and encode, the path before the
# fast decoder and encoder). JAVA_OPTS is passed to every java command alike; BULK_JAVA_OPTS
# to the bulk command only (BULK_JAVA_OPTS=-XX:TieredStopAtLevel=1: the short-run option of
# docs/bulk.md). ROUNDS=N (default 1) runs floor and bulk N times in alternation and prints each
# round's ratio and the median: on a shared machine one round can be off by 20 %. BULK_ARGS is
# added to the bulk command's arguments. bulk runs with its default --jit auto, which on a
# machine of at most 2 cores and an input of 1 to 256 MiB codes in a second JVM with C1 only
# (docs/bulk.md); WITH_CURRENT=1 also runs it with --jit current (in its own JVM, C1 and C2).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
rounds="${ROUNDS:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar=fhir-adapter/target/facet-claims.jar
bench=benchmarks/target/benchmarks.jar
read -r -a jopts <<< "${JAVA_OPTS:-}"
read -r -a bopts <<< "${BULK_JAVA_OPTS:-}"
read -r -a bargs <<< "${BULK_ARGS:-}"
java "${jopts[@]}" -jar "$jar" generate --count "$count" --seed 1 --output "$work/Procedure.ndjson"
echo "input: $count procedures, $(du -h "$work/Procedure.ndjson" | cut -f1); $(nproc) cores;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timer=()
if [ -x /usr/bin/time ]; then
  timer=(/usr/bin/time -f "peak RSS %M KB, wall %e s, user %U s, sys %S s")
fi
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
ratios=()
currents=()
for round in $(seq "$rounds"); do
  [ "$rounds" = 1 ] || echo "=== round $round of $rounds"
  echo "--- floor (plain HAPI, one thread: parse, one-item Claim, encode)"
  start=$(date +%s%N)
  "${timer[@]}" java "${jopts[@]}" -cp "$bench" org.facetclaims.bench.BulkFloor \
    "$work/Procedure.ndjson" "$work/floor.ndjson"
  floor=$(ms "$start")
  echo "--- bulk (full coding, all cores)"
  start=$(date +%s%N)
  "${timer[@]}" java "${jopts[@]}" "${bopts[@]}" -jar "$jar" bulk --quiet "${bargs[@]}" \
    --coverage Coverage/bench --input "$work/Procedure.ndjson" --output "$work/out"
  bulk=$(ms "$start")
  echo "bulk: claims: $(wc -l < "$work/out/Claim.ndjson"), outcomes:" \
    "$(wc -l < "$work/out/OperationOutcome.ndjson")"
  if [ "${WITH_HAPI:-0}" = 1 ]; then
    echo "--- bulk --hapi-parser (full coding, all cores, HAPI parse and encode)"
    "${timer[@]}" java "${jopts[@]}" "${bopts[@]}" -jar "$jar" bulk --quiet --hapi-parser \
      --coverage Coverage/bench --input "$work/Procedure.ndjson" --output "$work/out-hapi"
  fi
  if [ "${WITH_CURRENT:-0}" = 1 ]; then
    echo "--- bulk --jit current (full coding, all cores, in its own JVM: C1 and C2)"
    start=$(date +%s%N)
    "${timer[@]}" java "${jopts[@]}" "${bopts[@]}" -jar "$jar" bulk --quiet --jit current \
      "${bargs[@]}" --coverage Coverage/bench --input "$work/Procedure.ndjson" \
      --output "$work/out-current"
    current=$(ms "$start")
    currents+=("$(awk -v b="$current" -v f="$floor" 'BEGIN { printf "%.2f", b / f }')")
    echo "bulk --jit current: $current ms, bulk/floor ${currents[-1]}"
  fi
  ratio=$(awk -v b="$bulk" -v f="$floor" 'BEGIN { printf "%.2f", b / f }')
  ratios+=("$ratio")
  echo "wall including JVM start: floor $floor ms, bulk $bulk ms, bulk/floor $ratio" \
    "(goal: at most 0.60)"
done
median() {
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END {
    printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
if [ "$rounds" != 1 ]; then
  echo "bulk/floor per round: ${ratios[*]}; median $(median "${ratios[@]}")"
  if [ "${#currents[@]}" != 0 ]; then
    echo "bulk --jit current/floor per round: ${currents[*]}; median $(median "${currents[@]}")"
  fi
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
