#!/usr/bin/env bash
# Measures the claims audit (audit command) on synthetic RIF CSV: wall time, CPU and peak RSS.
# Usage: benchmarks/run-audit.sh [LINES]   (default 2000000; the goal is <= 20 s and < 1.5 GB
#        peak RSS for 2 million lines with -Xmx512m on 2 cores)
# Needs: ./mvnw -q -B package -DskipTests (builds fhir-adapter/target/facet-claims.jar); GNU time
# (/usr/bin/time) for peak RSS. ROUNDS=N (default 3) runs the audit N times on the same input
# and prints each round and the median wall time: on a shared machine one round can be far off,
# so the load average is printed before each round. JAVA_OPTS (default -Xmx512m) and AUDIT_ARGS
# (for example "--memory-limit 1GB --threads 2") are passed to every round.
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-2000000}"
rounds="${ROUNDS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar=fhir-adapter/target/facet-claims.jar
read -r -a jopts <<< "${JAVA_OPTS:--Xmx512m}"
read -r -a aargs <<< "${AUDIT_ARGS:-}"
java -jar "$jar" generate-claims --lines "$lines" --seed 1 --output "$work/claims.csv"
echo "input: $(( $(wc -l < "$work/claims.csv") - 1 )) lines, $(du -h "$work/claims.csv" | cut -f1);" \
  "$(nproc) cores; java ${jopts[*]}; $(java -version 2>&1 | head -1)"
walls=()
for round in $(seq "$rounds"); do
  echo "=== round $round of $rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$work/out"
  /usr/bin/time -f "peak RSS %M KB, wall %e s, user %U s, sys %S s" -o "$work/time.txt" \
    java "${jopts[@]}" -jar "$jar" audit --quiet "${aargs[@]}" --input "$work/claims.csv" \
    --output "$work/out"
  cat "$work/time.txt"
  walls+=("$(sed -E 's/.*wall ([0-9.]+) s.*/\1/' "$work/time.txt")")
  echo "lines.csv: $(( $(wc -l < "$work/out/lines.csv") - 1 )) lines;" \
    "findings.csv: $(( $(wc -l < "$work/out/findings.csv") - 1 )) findings"
done
printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median wall: %s s over %d rounds\n", a[int((NR + 1) / 2)], NR }'
