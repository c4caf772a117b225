#!/usr/bin/env bash
# Measures the bulk command against the floor (plain HAPI, one thread) on the same synthetic
# input, in the same run. Usage: benchmarks/run-bulk.sh [COUNT]   (default 100000)
# Needs: ./mvnw -q -B package -DskipTests   (builds both jars); GNU time for peak RSS and CPU.
#   ROUNDS=N        runs floor and bulk N times in alternation (default 1) and prints each
#                   round's ratio and the median: on a shared machine one round can be off by
#                   20 %.
#   JAVA_OPTS       JVM options for every java command alike.
#   BULK_JAVA_OPTS  JVM options for the bulk command only, e.g. the short-run options of
#                   docs/bulk.md: BULK_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC".
#   BULK_ARGS       more arguments for the bulk command.
#   WITH_HAPI=1     also runs bulk with --hapi-parser (HAPI parse and encode).
#   COMPARE_JAR=J   also runs bulk from another jar in each round (an older build, to compare
#                   in the same run), with COMPARE_ARGS added to its arguments.
# Every bulk output is checked to be the same bytes as the first round's (Claim.created aside).
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
read -r -a cargs <<< "${COMPARE_ARGS:-}"
java "${jopts[@]}" -jar "$jar" generate --count "$count" --seed 1 --output "$work/Procedure.ndjson"
echo "input: $count procedures, $(du -h "$work/Procedure.ndjson" | cut -f1); $(nproc) cores;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
timer=()
if [ -x /usr/bin/time ]; then
  timer=(/usr/bin/time -f "peak RSS %M KB, wall %e s, user %U s, sys %S s")
fi
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# The output's bytes without each Claim's created (the time it was coded).
digest() {
  echo "$(sed -E 's/"created":"[^"]*",//g' "$1/Claim.ndjson" | md5sum | cut -c1-12)" \
    "$(md5sum < "$1/OperationOutcome.ndjson" | cut -c1-12)"
}
first=""
check() {
  local d; d="$(digest "$1")"
  echo "output digest (Claims without created, outcomes): $d"
  if [ -z "$first" ]; then first="$d"; elif [ "$d" != "$first" ]; then
    echo "OUTPUT DIFFERS from the first run's ($first)" >&2; exit 1
  fi
}
ratios=()
compares=()
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
  check "$work/out"
  if [ "${WITH_HAPI:-0}" = 1 ]; then
    echo "--- bulk --hapi-parser (full coding, all cores, HAPI parse and encode)"
    "${timer[@]}" java "${jopts[@]}" "${bopts[@]}" -jar "$jar" bulk --quiet --hapi-parser \
      --coverage Coverage/bench --input "$work/Procedure.ndjson" --output "$work/out-hapi"
    check "$work/out-hapi"
  fi
  if [ -n "${COMPARE_JAR:-}" ]; then
    echo "--- bulk from $COMPARE_JAR ${COMPARE_ARGS:-}"
    start=$(date +%s%N)
    "${timer[@]}" java "${jopts[@]}" "${bopts[@]}" -jar "$COMPARE_JAR" bulk --quiet \
      "${cargs[@]}" --coverage Coverage/bench --input "$work/Procedure.ndjson" \
      --output "$work/out-compare"
    compare=$(ms "$start")
    check "$work/out-compare"
    compares+=("$(awk -v b="$compare" -v f="$floor" 'BEGIN { printf "%.2f", b / f }')")
    echo "compared bulk: $compare ms, bulk/floor ${compares[-1]}"
  fi
  ratio=$(awk -v b="$bulk" -v f="$floor" 'BEGIN { printf "%.2f", b / f }')
  ratios+=("$ratio")
  echo "wall including JVM start: floor $floor ms, bulk $bulk ms, bulk/floor $ratio"
done
median() {
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END {
    printf "%.2f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
if [ "$rounds" != 1 ]; then
  echo "bulk/floor per round: ${ratios[*]}; median $(median "${ratios[@]}")"
  if [ "${#compares[@]}" != 0 ]; then
    echo "compared bulk/floor per round: ${compares[*]}; median $(median "${compares[@]}")"
  fi
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
