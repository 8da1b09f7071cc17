#!/usr/bin/env bash
# WFS 2.0 GetFeature load, SmartLand Twin against MapServer 8, on the same PostGIS tables, in the same run.
#
#   docs/benchmarks/run-wfs-comparison.sh [ROUNDS]
#
# 1. starts the reference PostGIS cluster of ../shared/tools/mapserver-reference (pg_up.sh) on PGPORT
#    (55442 unless set: a development PostgreSQL often holds the reference's default 55432),
# 2. imports sud-ovest-milano into it with ./smartland import --store postgis (schema sud_ovest_milano),
# 3. starts MapServer (mapserver_up.sh) with mapserver-sud-ovest-milano-wfs.map (buildings and roads over WFS 2.0,
#    all columns, GeoJSON and GML 3.2, same coordinate precision as ours),
# 4. starts ./smartland serve on that database,
# 5. checks that both answer the same requests with the same features (wfs_parity.py: numberMatched, ids,
#    EPSG:3857 coordinates, byte sizes) and stops if they do not,
# 6. runs the reference wfs_load.sh (seeded random square EPSG:3857 BBOX of 150-1500 m, COUNT=500,
#    SRSNAME EPSG:3857) against both, alternating, ROUNDS times (default 3), in GeoJSON and in GML 3.2,
#    and prints where the wrk reports are,
# 7. with PROFILE=1, records 30 s of JFR on our server under one more (unreported) GeoJSON and GML load each
#    and prints the hottest frames ($H_WORK/out/profile),
# 8. stops what it started: our server always; MapServer and the cluster unless KEEP=1 (or they already ran).
# Env: PGPORT (55442), SMARTLAND_BENCH_PORT (8093), TYPE (buildings), FORMATS ("geojson gml"), PARITY_N (200),
#      EXTENT (8.97,45.30,9.20,45.46), and wfs_load.sh's CONCURRENCY, DURATION, WARMUP, COUNT.
# Needs ../shared/tools/mapserver-reference/install_deps.sh to have run (root).
# ./smartland rebuilds server/target/server.jar (mvn install) first when any source is newer than it: on a
# working tree someone is editing, the run measures (and needs to compile) whatever is there at that moment.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
REF="${REF:-$ROOT/../shared/tools/mapserver-reference}"
ROUNDS="${1:-3}"
PORT="${SMARTLAND_BENCH_PORT:-8093}"
TYPE="${TYPE:-buildings}"
FORMATS="${FORMATS:-geojson gml}"
export PGPORT="${PGPORT:-55442}"
export EXTENT="${EXTENT:-8.97,45.30,9.20,45.46}"
export MS_MAPFILE="$ROOT/docs/benchmarks/mapserver-sud-ovest-milano-wfs.map"
. "$REF/env.sh"
OURS_URL="http://127.0.0.1:$PORT/wfs"
GEOJSON="application/json; subtype=geojson"   # listed by both capabilities (ours answers application/geo+json)
GML32="application/gml+xml; version=3.2"      # ours: the default; MapServer answers text/xml; subtype="gml/3.2.1"

running() { [ -f "$1" ] && kill -0 "$(head -1 "$1")" 2>/dev/null; }
PG_WAS_UP=0; running "$PG_DIR/data/postmaster.pid" && PG_WAS_UP=1
MS_WAS_UP=0
if running "$MS_RUN/lighttpd.pid"; then
  grep -qF "$MS_MAPFILE" "$MS_RUN/mapserver.conf" 2>/dev/null \
    || { echo "MapServer already runs with another mapfile ($MS_RUN/mapserver.conf); stop it: $REF/mapserver_down.sh" >&2; exit 1; }
  MS_WAS_UP=1
fi
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != 1 ]; then
    [ "$MS_WAS_UP" = 1 ] || "$REF/mapserver_down.sh" || true
    [ "$PG_WAS_UP" = 1 ] || "$REF/pg_down.sh" || true
  fi
}
trap cleanup EXIT

"$REF/pg_up.sh"
JDBC="jdbc:postgresql://127.0.0.1:$PGPORT/$PG_DB?user=$PG_SUPERUSER"
cd "$ROOT"
./smartland import --territory sud-ovest-milano --store postgis --jdbc "$JDBC"
"$REF/mapserver_up.sh"
./smartland serve --port "$PORT" --store postgis --jdbc "$JDBC" > "$H_WORK/smartland-serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "smartland did not start; see $H_WORK/smartland-serve.log" >&2; exit 1; }

echo "=== parity: the first ${PARITY_N:-200} requests of the benchmark list, both servers, both formats"
GEN_REQUESTS="$REF/bench/gen_requests.py" /usr/bin/python3 "$ROOT/docs/benchmarks/wfs_parity.py" "$OURS_URL" "slt:$TYPE" "$MS_OWS_URL" "$TYPE" \
  -n "${PARITY_N:-200}" --extent "$EXTENT" --count "${COUNT:-500}" --geojson "$GEOJSON" --gml "$GML32" \
  | tee "$H_WORK/out/wfs-parity.txt"

load() {  # load NAME URL TYPENAME FORMAT: one wfs_load.sh run
  local fmt ctype
  case "$4" in geojson) fmt="$GEOJSON"; ctype=json;; gml) fmt="$GML32"; ctype=xml;; *) echo "format $4?" >&2; return 1;; esac
  WFS_FORMAT="$fmt" EXPECT_CTYPE="$ctype" OUT="$1" "$REF/bench/wfs_load.sh" "$2" "$3"
}
RC=0
for round in $(seq 1 "$ROUNDS"); do
  for f in $FORMATS; do
    echo "=== round $round, $f: SmartLand Twin"
    load "$H_WORK/out/wfs-round$round/$f/smartland" "$OURS_URL" "slt:$TYPE" "$f" || RC=1
    echo "=== round $round, $f: MapServer 8"
    load "$H_WORK/out/wfs-round$round/$f/mapserver" "$MS_OWS_URL" "$TYPE" "$f" || RC=1
  done
done

if [ "${PROFILE:-0}" = 1 ]; then
  P="$H_WORK/out/profile"; mkdir -p "$P"
  for f in $FORMATS; do
    jcmd "$SERVER" JFR.start name=wfs duration=30s settings=profile filename="$P/wfs-$f.jfr" >/dev/null
    CONCURRENCY=2 DURATION=30 WARMUP=0 load "$P/$f" "$OURS_URL" "slt:$TYPE" "$f" > "$P/$f-load.txt" || true
    sleep 2
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$P/wfs-$f.jfr" > "$P/wfs-$f.samples.txt"
    total=$(grep -c 'jdk.ExecutionSample' "$P/wfs-$f.samples.txt" || true)
    echo "=== profile $f: $total execution samples; top frames (self), then org.smartland frames (inclusive)"
    # the first frame under stackTrace is the one executing (self time)
    awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$P/wfs-$f.samples.txt" \
      | sort | uniq -c | sort -rn | head -25 | awk -v t="$total" '{printf "%5.1f%%  %s\n", 100*$1/t, substr($0, index($0,$2))}'
    echo "---"
    awk '/jdk.ExecutionSample/{delete seen} /^[ \t]+org\.smartland/{l=$0; sub(/^[ \t]+/, "", l); sub(/line:.*/, "", l); if (!(l in seen)) {seen[l]=1; print l}}' \
      "$P/wfs-$f.samples.txt" | sort | uniq -c | sort -rn | head -25 | awk -v t="$total" '{printf "%5.1f%%  %s\n", 100*$1/t, substr($0, index($0,$2))}'
  done
fi
echo "reports: $H_WORK/out/wfs-round*/{$(echo "$FORMATS" | tr ' ' ',')}/{smartland,mapserver}/wfs_c*.txt; parity: $H_WORK/out/wfs-parity.txt"
exit $RC
