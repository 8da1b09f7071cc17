#!/usr/bin/env bash
# Analytics scaling benchmark: replicates the Sud Ovest Milano GeoPackage k times on a grid (ScaledTerritory) and
# times a full analytics recompute on each scaled territory, cold then warm in one JVM (AnalyticsScaleBench), with
# Spark local[2]. Prints one Markdown table row per k and, at the end, the whole table.
#
# Usage (from anywhere; paths are relative to the repository root):
#   docs/benchmarks/run-analytics-scale.sh [K ...]          default: 1 11 54
# Environment:
#   SOURCE     the territory's GeoPackage, only read (default var/sud-ovest-milano.gpkg)
#   SCALE_DIR  where the scaled GeoPackages and logs go (default /tmp/smartland-scale)
#   KEEP=1     keep each scaled GeoPackage after its run (default: deleted; 5 M buildings take ~6 GB)
#   HEAP       -Xmx for the bench JVM (default by k: 6g up to k=11, 12g up to k=60, 18g above)
#   MASTER     Spark master (default local[2])
#   SKIP_BUILD=1  reuse the compiled classes and classpath of a previous run
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"

SOURCE="${SOURCE:-var/sud-ovest-milano.gpkg}"
SCALE_DIR="${SCALE_DIR:-/tmp/smartland-scale}"
MASTER="${MASTER:-local[2]}"
TERRITORY=data/territories/sud-ovest-milano/territory.yaml
INDICATORS=data/territories/_indicators.yaml
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [[ $# -gt 0 ]]; then KS=("$@"); else KS=(1 11 54); fi

[[ -f "$SOURCE" ]] || { echo "no GeoPackage at $SOURCE (run ./smartland serve once, or set SOURCE)" >&2; exit 2; }
mkdir -p "$SCALE_DIR"
# The JVM options Spark needs on Java 17, as the launcher sets them.
JAVA_OPENS="$(sed -n 's/^JAVA_OPENS="\(.*\)"$/\1/p' "$ROOT/smartland")"
[[ -n "$JAVA_OPENS" ]] || { echo "cannot read JAVA_OPENS from $ROOT/smartland" >&2; exit 2; }
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

CPFILE="$SCALE_DIR/classpath.txt"
if [[ "${SKIP_BUILD:-0}" != 1 || ! -s "$CPFILE" ]]; then
  echo "compiling analytics (test scope) and resolving its classpath..." >&2
  mvn -o -q -pl analytics -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$CPFILE" -Dmdep.includeScope=test >&2
fi
CP="$ROOT/analytics/target/test-classes:$ROOT/analytics/target/classes:$(cat "$CPFILE")"

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

ROWS=()
for K in "${KS[@]}"; do
  GPKG="$SCALE_DIR/scaled-k$K.gpkg"
  LOG="$SCALE_DIR/scaled-k$K.log"
  rm -f "$GPKG"
  echo "== k=$K: building $GPKG" >&2
  "$JAVA" -Xmx4g -cp "$CP" org.smartland.analytics.bench.ScaledTerritory "$SOURCE" "$TERRITORY" "$GPKG" "$K" \
    | tee "$LOG" >&2
  SCALED="$(grep '^SCALED ' "$LOG")"
  SIZE_MB=$(( $(stat -c %s "$GPKG") / 1024 / 1024 ))
  if [[ -n "${HEAP:-}" ]]; then XMX="$HEAP"; elif (( K <= 11 )); then XMX=6g; elif (( K <= 60 )); then XMX=12g; else XMX=18g; fi
  echo "== k=$K: analytics cold + warm (-Xmx$XMX, $MASTER)" >&2
  # shellcheck disable=SC2086
  if ! /usr/bin/time -f "MAXRSS_KB=%M" "$JAVA" -Xmx"$XMX" -XX:+UseG1GC $JAVA_OPENS -cp "$CP" \
      org.smartland.analytics.bench.AnalyticsScaleBench "$GPKG" "$TERRITORY" "$INDICATORS" "$MASTER" "k$K" \
      >>"$LOG" 2>&1; then
    echo "k=$K: the bench failed; see $LOG" >&2
    tail -5 "$LOG" >&2
  fi
  grep -E '^RESULT|^\s+\[' "$LOG" | grep -vE 'preparing ' >&2 || true
  COLD="$(grep '^RESULT .* run=cold' "$LOG" || true)"
  WARM="$(grep '^RESULT .* run=warm' "$LOG" || true)"
  RSS_KB="$(sed -n 's/.*MAXRSS_KB=\([0-9]*\).*/\1/p' "$LOG" | tail -1)"
  ROW="| $K | $(field buildings "$SCALED") | $(field population "$SCALED") | $(field roads "$SCALED") | $(field build_s "$SCALED") / ${SIZE_MB} MB"
  for R in "$COLD" "$WARM"; do
    if [[ -n "$R" ]]; then
      ROW+=" | $(field spark_start "$R") | $(field indicators "$R") | $(field project_measures "$R") | $(field ranking "$R") | $(field write "$R") | **$(field total "$R")** | $(field peak_heap_gb "$R")"
    else
      ROW+=" | – | – | – | – | – | failed | –"
    fi
  done
  ROW+=" | $(awk -v kb="${RSS_KB:-0}" 'BEGIN { printf "%.1f", kb / 1048576 }') |"
  ROWS+=("$ROW")
  echo "$ROW"
  [[ "${KEEP:-0}" == 1 ]] || rm -f "$GPKG"
done

echo
echo "| k | buildings | population buildings | road edges | build s / size | cold: spark start | indicators | project measures | ranking | write | **total** | peak heap GB | warm: spark start | indicators | project measures | ranking | write | **total** | peak heap GB | max RSS GB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
