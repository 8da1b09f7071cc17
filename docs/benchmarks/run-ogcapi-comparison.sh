#!/usr/bin/env bash
# OGC API - Features items and Mapbox Vector Tiles, SmartLand Twin against MapServer 8, on the same PostGIS tables,
# in the same run.
#
#   docs/benchmarks/run-ogcapi-comparison.sh [ROUNDS]
#
# 1. starts the reference PostGIS cluster of ../shared/tools/mapserver-reference (pg_up.sh) on PGPORT
#    (55442 unless set: a development PostgreSQL often holds the reference's default 55432),
# 2. imports sud-ovest-milano into it with ./smartland import --store postgis (schema sud_ovest_milano),
# 3. starts MapServer (mapserver_up.sh) with mapserver-sud-ovest-milano-ogcapi.map (buildings and roads over
#    OGC API - Features, every column, GeoJSON with 7 decimals like ours; MVT output, extent 4096, buffer 64),
# 4. starts ./smartland serve on that database, then keeps a copy of the jar it runs, for the restarts below
#    (./smartland rebuilds the jar when a source is newer: someone may be editing the tree during the run),
# 5. parity (ogcapi_parity.py): the first PARITY_N items requests of the list on both servers (numberMatched,
#    ids in page order, first vertices, second pages), PARITY_ROADS_N on roads, and the features of
#    PARITY_TILES tiles on both (GDAL's MVT driver) with what PostGIS finds in the tile and in the tile + buffer,
# 6. per round (ROUNDS, default 3), alternating servers:
#    - items: N_ITEMS seeded random square bboxes of 300-3000 m in CRS84 over EXTENT, limit=1000, f=json,
#      wrk at CONCURRENCY (1 2 8) for DURATION (20) s each after WARMUP (5) s at c=2 (gen_ogcapi_requests.py);
#    - tiles of the buildings collection, WebMercatorQuad zoom 14-16: the pool is every tile of those zooms over
#      EXTENT that has at least one building whose bounding box meets it (PostGIS), split in two halves with the
#      same zoom mix (A and B). Our server is restarted (same jar), its JIT warmed on the zoom-17 children of the
#      pool's zoom-16 tiles (other tiles, same code), then "cold": every tile of A once at c=1 and every tile of
#      B once at c=8 (tiles_once.py: each tile requested exactly once), then "warm": the whole pool replayed with
#      wrk at CONCURRENCY. MapServer (no tile cache: cold = warm) gets the same: A once at c=1, B once at c=8, and
#      the replay. No Accept-Encoding: identity bodies on both (ours would gzip; lighttpd here does not).
#    The 1-minute load average is recorded before every level.
# 7. prints the tables (per round, medians) from the RESULT lines ($H_WORK/out/ogcapi),
# 8. with PROFILE=1, records JFR (settings=profile) on our server under 30 s of items load at c=2, and under
#    one cold pass over the pool at c=2 (after a restart and the warm-up), and prints the hottest frames,
# 9. stops what it started: our server always; MapServer and the cluster unless KEEP=1 (or they already ran).
# Env: PGPORT (55442), SMARTLAND_BENCH_PORT (8094), EXTENT (8.97,45.30,9.20,45.46), N_ITEMS (2000), SEED (42),
#      CONCURRENCY, DURATION, WARMUP, PARITY_N (100), PARITY_ROADS_N (20), PARITY_TILES (20), PROFILE, KEEP.
# Needs ../shared/tools/mapserver-reference/install_deps.sh to have run (root).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/docs/benchmarks"
REF="${REF:-$ROOT/../shared/tools/mapserver-reference}"
ROUNDS="${1:-3}"
PORT="${SMARTLAND_BENCH_PORT:-8094}"
CONCURRENCY="${CONCURRENCY:-1 2 8}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
SEED="${SEED:-42}"
export PGPORT="${PGPORT:-55442}"
export EXTENT="${EXTENT:-8.97,45.30,9.20,45.46}"
export MS_MAPFILE="$ROOT/docs/benchmarks/mapserver-sud-ovest-milano-ogcapi.map"
. "$REF/env.sh"
OUT="$H_WORK/out/ogcapi"
rm -rf "$OUT"; mkdir -p "$OUT/lists"
PY=/usr/bin/python3
THREADS_MAX="$(nproc)"
OURS="http://127.0.0.1:$PORT"
MSH="http://$MS_HOST:$MS_PORT"
MS_OGCAPI_PATH="${MS_OAPIF_URL#"$MSH"}"           # /mapserv/territory/ogcapi
MS_TILE_PATH="/mapserv?map=$MS_ALIAS&mode=tile&tilemode=gmap&layers=buildings&tile="
PSQL="$PG_BIN/psql -X -q -h $PG_SOCKDIR -p $PGPORT -U $PG_SUPERUSER -d $PG_DB"

running() { [ -f "$1" ] && kill -0 "$(head -1 "$1")" 2>/dev/null; }
PG_WAS_UP=0; running "$PG_DIR/data/postmaster.pid" && PG_WAS_UP=1
MS_WAS_UP=0
if running "$MS_RUN/lighttpd.pid"; then
  grep -qF "$MS_MAPFILE" "$MS_RUN/mapserver.conf" 2>/dev/null \
    || { echo "MapServer already runs with another mapfile ($MS_RUN/mapserver.conf); stop it: $REF/mapserver_down.sh" >&2; exit 1; }
  MS_WAS_UP=1
fi
SERVER=""
stop_ours() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi
}
cleanup() {
  stop_ours
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

wait_ours() {
  for _ in $(seq 1 180); do curl -sf "$OURS/health" >/dev/null && return 0; kill -0 "$SERVER" 2>/dev/null || break; sleep 1; done
  echo "smartland did not start; see $H_WORK/smartland-ogcapi-serve.log" >&2; exit 1
}
./smartland serve --port "$PORT" --store postgis --jdbc "$JDBC" > "$H_WORK/smartland-ogcapi-serve.log" 2>&1 &
SERVER=$!
wait_ours
JAR="$H_WORK/smartland-ogcapi-bench.jar"
cp "$ROOT/server/target/server.jar" "$JAR"
JAVA_OPENS="$(sed -n 's/^JAVA_OPENS="\(.*\)"$/\1/p' "$ROOT/smartland")"
JAVA=java; [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ] && JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
echo "# our server: jar $(sha256sum "$JAR" | cut -c1-12) of $(date -r "$ROOT/server/target/server.jar" +%H:%M:%S), HEAD $(git -C "$ROOT" rev-parse --short HEAD), $(git -C "$ROOT" status --short | wc -l) changed paths in the working tree" | tee "$OUT/build.txt"
restart_ours() {
  stop_ours
  # shellcheck disable=SC2086
  (cd "$ROOT" && SPARK_LOCAL_IP=127.0.0.1 exec "$JAVA" $JAVA_OPENS ${SMARTLAND_JAVA_OPTS:-} -jar "$JAR" serve \
      --port "$PORT" --store postgis --jdbc "$JDBC") >> "$H_WORK/smartland-ogcapi-serve.log" 2>&1 &
  SERVER=$!
  wait_ours
}

# --- request lists
L="$OUT/lists"
for c in buildings roads; do
  $PY "$HERE/gen_ogcapi_requests.py" items "/ogc/collections/$c/items" -n "${N_ITEMS:-2000}" --seed "$SEED" --extent "$EXTENT" > "$L/items-$c-ours.txt"
  $PY "$HERE/gen_ogcapi_requests.py" items "$MS_OGCAPI_PATH/collections/$c/items" -n "${N_ITEMS:-2000}" --seed "$SEED" --extent "$EXTENT" > "$L/items-$c-ms.txt"
done
$PY "$HERE/gen_ogcapi_requests.py" candidates --extent "$EXTENT" --zmin 14 --zmax 16 > "$L/candidates.csv"
{ echo "create temp table c(z int, x int, y int); copy c from stdin with (format csv);"; cat "$L/candidates.csv"; echo '\.'
  echo "copy (select z, x, y, count(*) from c join sud_ovest_milano.buildings b on b.geom && st_transform(st_tileenvelope(z, x, y), 32632) group by z, x, y order by z, x, y) to stdout with (format text, delimiter ' ');"
} | $PSQL > "$L/pool.txt"
$PY "$HERE/gen_ogcapi_requests.py" tiles "$L/pool.txt" --lists 2 --size 100000 --seed "$SEED" --out "$L/tiles-" 2>&1 | tee "$L/tiles.txt"
cat "$L/tiles-0.txt" "$L/tiles-1.txt" > "$L/tiles-pool.txt"
ours_tiles() { awk '{printf "/ogc/collections/buildings/tiles/WebMercatorQuad/%s/%s/%s\n", $1, $3, $2}' "$1"; }
ms_tiles() { awk -v p="$MS_TILE_PATH" '{printf "%s%s+%s+%s\n", p, $2, $3, $1}' "$1"; }
for n in 0 1 pool; do ours_tiles "$L/tiles-$n.txt" > "$L/tiles-$n-ours.txt"; ms_tiles "$L/tiles-$n.txt" > "$L/tiles-$n-ms.txt"; done
# JIT warm-up after a restart: the zoom-17 children of the pool's zoom-16 tiles (never in the measured lists)
awk '$1 == 16 {for (dx = 0; dx < 2; dx++) for (dy = 0; dy < 2; dy++) printf "/ogc/collections/buildings/tiles/WebMercatorQuad/17/%d/%d\n", 2*$3+dy, 2*$2+dx}' "$L/tiles-pool.txt" > "$L/jit-warmup-ours.txt"

# --- parity
echo "=== parity"
{
  $PY "$HERE/ogcapi_parity.py" items "$OURS" "$L/items-buildings-ours.txt" "$MSH" "$L/items-buildings-ms.txt" -n "${PARITY_N:-100}" --psql "$PSQL" || true
  echo "--- roads"
  $PY "$HERE/ogcapi_parity.py" items "$OURS" "$L/items-roads-ours.txt" "$MSH" "$L/items-roads-ms.txt" -n "${PARITY_ROADS_N:-20}" --psql "$PSQL" || true
  echo "--- tiles (the first of list A)"
  $PY "$HERE/ogcapi_parity.py" tiles "$OURS" "/ogc/collections/buildings/tiles/WebMercatorQuad/{z}/{y}/{x}" "$MSH" "$MS_TILE_PATH{x}+{y}+{z}" \
      "$L/tiles-0.txt" -n "${PARITY_TILES:-20}" --psql "$PSQL" --keep "$OUT/parity-tiles"
} 2>&1 | tee "$OUT/parity.txt"
# the parity tiles are now in our cache: restart so that every measured cold tile is a first request
restart_ours

# --- load drivers
printf -v HDR '%-26s %8s %9s %9s %9s %9s %7s %6s %8s  %s' what requests "req/s" p50_ms p99_ms max_ms errors empty "MB/s" "load(1m)"
row() {  # row LABEL RESULTFILE LOAD
  local line; line=$(grep '^RESULT' "$2" || true)
  if [ -z "$line" ]; then echo "$1: no result, see $2"; RC=1; return; fi
  get() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<" $line"; }
  local errs; errs=$(( $(get bad_status) + $(get bad_type) + $(get sock_connect) + $(get sock_read) + $(get sock_write) + $(get sock_timeout) ))
  [ "$errs" = 0 ] || RC=1
  printf '%-26s %8s %9s %9s %9s %9s %7s %6s %8s  %s\n' "$1" "$(get requests)" "$(get rps)" "$(get p50_ms)" "$(get p99_ms)" \
    "$(get max_ms)" "$errs" "$(get empty)" "$(awk -v b="$(get bytes)" -v s="$(get seconds)" 'BEGIN{printf "%.2f", b/s/1048576}')" "$3"
  grep '^FIRST_ERROR' "$2" | head -1 | cut -c1-300 || true
}
wrk_levels() {  # wrk_levels DIR NAME HOSTURL LIST CTYPE: warm-up, then each concurrency
  mkdir -p "$1"
  [ "$WARMUP" -gt 0 ] && wrk -t1 -c2 -d"${WARMUP}s" --timeout 30s -s "$HERE/cycle_ok204.lua" "$3/" -- "$4" "$5" > "$1/$2_warmup.txt" 2>&1 || true
  for c in $CONCURRENCY; do
    local t=$(( c < THREADS_MAX ? c : THREADS_MAX )) load; load=$(cut -d' ' -f1 /proc/loadavg)
    wrk -t"$t" -c"$c" -d"${DURATION}s" --timeout 30s --latency -s "$HERE/cycle_ok204.lua" "$3/" -- "$4" "$5" > "$1/$2_c$c.txt" 2>&1 || true
    echo "# loadavg $load" >> "$1/$2_c$c.txt"
    row "$2 c=$c" "$1/$2_c$c.txt" "$load"
  done
}
once() {  # once DIR NAME HOSTURL LIST CONCURRENCY CTYPE: every target once
  mkdir -p "$1"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  $PY "$HERE/tiles_once.py" "$3" "$4" "$5" "$6" > "$1/$2.txt" 2>&1 || true
  echo "# loadavg $load" >> "$1/$2.txt"
  row "$2" "$1/$2.txt" "$load"
}
jit_warmup() { $PY "$HERE/tiles_once.py" "$OURS" "$L/jit-warmup-ours.txt" 2 mapbox > "$1" 2>&1 || true; }
MVT=vnd.mapbox-vector-tile

RC=0
for round in $(seq 1 "$ROUNDS"); do
  R="$OUT/round$round"
  echo "=== round $round: items, buildings, limit=1000 ($HDR)"
  wrk_levels "$R/items/smartland" items "$OURS" "$L/items-buildings-ours.txt" json
  wrk_levels "$R/items/mapserver" items "$MSH" "$L/items-buildings-ms.txt" json
  echo "=== round $round: tiles, buildings, zoom 14-16: SmartLand Twin restarted, JIT warmed on zoom 17"
  [ "$round" = 1 ] || restart_ours
  jit_warmup "$R/jit-warmup.txt"
  once "$R/tiles/smartland" cold_c1 "$OURS" "$L/tiles-0-ours.txt" 1 "$MVT"
  once "$R/tiles/smartland" cold_c8 "$OURS" "$L/tiles-1-ours.txt" 8 "$MVT"
  wrk_levels "$R/tiles/smartland" warm "$OURS" "$L/tiles-pool-ours.txt" "$MVT"
  echo "=== round $round: tiles, MapServer 8"
  once "$R/tiles/mapserver" cold_c1 "$MSH" "$L/tiles-0-ms.txt" 1 "$MVT"
  once "$R/tiles/mapserver" cold_c8 "$MSH" "$L/tiles-1-ms.txt" 8 "$MVT"
  wrk_levels "$R/tiles/mapserver" warm "$MSH" "$L/tiles-pool-ms.txt" "$MVT"
done

echo "=== summary (medians of $ROUNDS rounds; ratio = SmartLand Twin / MapServer req/s)"
$PY - "$OUT" "$ROUNDS" <<'PY' | tee "$OUT/summary.txt"
import re, statistics, sys, os
out, rounds = sys.argv[1], int(sys.argv[2])
def res(path):
    try:
        t = open(path).read()
    except OSError:
        return None
    m = re.search(r"^RESULT (.*)$", t, re.M)
    if not m:
        return None
    d = {k: float(v) for k, v in (x.split("=") for x in m.group(1).split())}
    l = re.search(r"^# loadavg (\S+)", t, re.M)
    d["load"] = float(l.group(1)) if l else float("nan")
    return d
rows = [("items", "items c=%s" % c, "items/%s/items_c%s.txt" % ("{s}", c)) for c in (1, 2, 8)]
rows += [("tiles", "tiles cold c=1", "tiles/{s}/cold_c1.txt"), ("tiles", "tiles cold c=8", "tiles/{s}/cold_c8.txt")]
rows += [("tiles", "tiles warm c=%s" % c, "tiles/{s}/warm_c%s.txt" % c) for c in (1, 2, 8)]
for _, label, pat in rows:
    per = {}
    for s in ("smartland", "mapserver"):
        per[s] = [res(os.path.join(out, f"round{r}", pat.format(s=s))) for r in range(1, rounds + 1)]
    for r in range(rounds):
        o, m = per["smartland"][r], per["mapserver"][r]
        if o and m:
            print(f"round {r + 1} {label:16s} ours {o['rps']:8.1f} ({o['p50_ms']:.1f} / {o['p99_ms']:.0f} ms)  "
                  f"MapServer {m['rps']:8.1f} ({m['p50_ms']:.1f} / {m['p99_ms']:.0f} ms)  load {o['load']:.2f} / {m['load']:.2f}")
    ok = [x for x in per["smartland"] if x]
    mk = [x for x in per["mapserver"] if x]
    if ok and mk:
        med = lambda l, k: statistics.median(x[k] for x in l)
        print(f"MEDIAN  {label:16s} ours {med(ok, 'rps'):8.1f} ({med(ok, 'p50_ms'):.1f} / {med(ok, 'p99_ms'):.0f} ms)  "
              f"MapServer {med(mk, 'rps'):8.1f} ({med(mk, 'p50_ms'):.1f} / {med(mk, 'p99_ms'):.0f} ms)  "
              f"ratio {med(ok, 'rps') / med(mk, 'rps'):.2f}x")
PY

if [ "${PROFILE:-0}" = 1 ]; then
  P="$OUT/profile"; mkdir -p "$P"
  top() {  # top NAME: self frames, then org.smartland frames (inclusive)
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$P/$1.jfr" > "$P/$1.samples.txt"
    local total; total=$(grep -c 'jdk.ExecutionSample' "$P/$1.samples.txt" || true)
    echo "=== profile $1: $total execution samples; top frames (self), then org.smartland frames (inclusive)"
    awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$P/$1.samples.txt" \
      | sort | uniq -c | sort -rn | head -25 | awk -v t="$total" '{printf "%5.1f%%  %s\n", 100*$1/t, substr($0, index($0,$2))}'
    echo "---"
    awk '/jdk.ExecutionSample/{delete seen} /^[ \t]+org\.smartland/{l=$0; sub(/^[ \t]+/, "", l); sub(/line:.*/, "", l); if (!(l in seen)) {seen[l]=1; print l}}' \
      "$P/$1.samples.txt" | sort | uniq -c | sort -rn | head -30 | awk -v t="$total" '{printf "%5.1f%%  %s\n", 100*$1/t, substr($0, index($0,$2))}'
  }
  jcmd "$SERVER" JFR.start name=items duration=30s settings=profile filename="$P/items.jfr" >/dev/null
  CONCURRENCY=2 DURATION=30 WARMUP=0 wrk_levels "$P/items" items "$OURS" "$L/items-buildings-ours.txt" json > "$P/items-load.txt" || true
  sleep 2; top items
  restart_ours
  jit_warmup "$P/jit-warmup.txt"
  jcmd "$SERVER" JFR.start name=tiles settings=profile >/dev/null
  once "$P/tiles" cold_pool_c2 "$OURS" "$L/tiles-pool-ours.txt" 2 "$MVT" | tee "$P/tiles-load.txt"
  jcmd "$SERVER" JFR.dump name=tiles filename="$P/tiles.jfr" >/dev/null
  jcmd "$SERVER" JFR.stop name=tiles >/dev/null
  top tiles
fi
echo "reports: $OUT/round*/{items,tiles}/{smartland,mapserver}/*.txt; parity: $OUT/parity.txt; summary: $OUT/summary.txt"
exit $RC
