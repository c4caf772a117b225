#!/usr/bin/env bash
# Measures the claims audit on Spark in local mode (the executable jar) on synthetic RIF CSV:
# wall time, lines per second, CPU and peak RSS.
# Usage: benchmarks/run-spark-audit.sh [LINES]   (default 2000000)
# Needs: ./mvnw -q -B package -DskipTests (builds fhir-adapter/target/facet-claims.jar for the
# generator and spark/target/facet-claims-spark.jar with spark/target/lib); GNU time
# (/usr/bin/time) for peak RSS. ROUNDS=N (default 3) audits the same input N times and prints
# each round and the median: on a shared machine one round can be far off, so the load average
# is printed before each round. MASTER (default local[2]), JAVA_OPTS (default -Xmx2g) and
# SPARK_ARGS (for example "--partitions 8 --tables parquet") are passed to every round.
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-2000000}"
rounds="${ROUNDS:-3}"
master="${MASTER:-local[2]}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
read -r -a jopts <<< "${JAVA_OPTS:--Xmx2g}"
read -r -a sargs <<< "${SPARK_ARGS:-}"
java -jar fhir-adapter/target/facet-claims.jar generate-claims --lines "$lines" --seed 1 \
  --output "$work/claims.csv"
n=$(( $(wc -l < "$work/claims.csv") - 1 ))
echo "input: $n lines, $(du -h "$work/claims.csv" | cut -f1); $(nproc) cores; --master $master;" \
  "java ${jopts[*]}; $(java -version 2>&1 | head -1)"
walls=()
for round in $(seq "$rounds"); do
  echo "=== round $round of $rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$work/out"
  /usr/bin/time -f "peak RSS %M KB, wall %e s, user %U s, sys %S s" -o "$work/time.txt" \
    java "${jopts[@]}" -jar spark/target/facet-claims-spark.jar audit --quiet \
    --master "$master" "${sargs[@]}" --input "$work/claims.csv" --output "$work/out"
  cat "$work/time.txt"
  wall="$(sed -E 's/.*wall ([0-9.]+) s.*/\1/' "$work/time.txt")"
  walls+=("$wall")
  echo "lines per second: $(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }');" \
    "lines table: $(cat "$work"/out/lines/part-*.csv | grep -vc '^BENE_ID,') lines"
done
printf '%s\n' "${walls[@]}" | sort -n | awk -v n="$n" '{ a[NR] = $1 } END { m = a[int((NR + 1) / 2)]; printf "median wall: %s s over %d rounds (%.0f lines per second)\n", m, NR, n / m }'
