#!/usr/bin/env bash
# WMS GetMap load, SmartLand Twin against MapServer 8, on the same PostGIS tables, in the same run.
#
#   docs/benchmarks/run-wms-comparison.sh [ROUNDS]
#
# 1. starts the reference PostGIS cluster of ../shared/tools/mapserver-reference (pg_up.sh),
# 2. imports sud-ovest-milano into it with ./smartland import --store postgis (schema sud_ovest_milano),
# 3. starts MapServer (mapserver_up.sh) with mapserver-sud-ovest-milano.map (styles equivalent to ours),
# 4. starts ./smartland serve on that database,
# 5. runs the reference wms_load.sh (seeded random 256x256 EPSG:3857 tiles, zoom 12-16) against both,
#    alternating, ROUNDS times (default 3), and prints where the wrk reports are.
# Needs ../shared/tools/mapserver-reference/install_deps.sh to have run (root).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
REF="${REF:-$ROOT/../shared/tools/mapserver-reference}"
ROUNDS="${1:-3}"
PORT="${SMARTLAND_BENCH_PORT:-8092}"
LAYERS="${LAYERS:-green_areas,flood_hazard,waterways,roads,buildings,schools,comuni}"
export EXTENT="${EXTENT:-8.97,45.30,9.20,45.46}"
export MS_MAPFILE="$ROOT/docs/benchmarks/mapserver-sud-ovest-milano.map"
. "$REF/env.sh"

"$REF/pg_up.sh"
JDBC="jdbc:postgresql://127.0.0.1:$PGPORT/$PG_DB?user=$PG_SUPERUSER"
cd "$ROOT"
./smartland import --territory sud-ovest-milano --store postgis --jdbc "$JDBC"
"$REF/mapserver_up.sh"
./smartland serve --port "$PORT" --store postgis --jdbc "$JDBC" > "$H_WORK/smartland-serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "smartland did not start; see $H_WORK/smartland-serve.log" >&2; exit 1; }

for round in $(seq 1 "$ROUNDS"); do
  echo "=== round $round: SmartLand Twin"
  OUT="$H_WORK/out/round$round/smartland" "$REF/bench/wms_load.sh" "http://127.0.0.1:$PORT/wms" "$LAYERS"
  echo "=== round $round: MapServer 8"
  OUT="$H_WORK/out/round$round/mapserver" "$REF/bench/wms_load.sh" "$MS_OWS_URL" "$LAYERS"
done
