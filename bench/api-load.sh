#!/usr/bin/env bash
# Issue 5's benchmark: the HTTP API under wrk (32 connections) on its three main routes, with a
# real access token, and in the same run the engine's raw Query rate (the ceiling under the GET
# routes). Engine on disk and `./cruddur api` as separate processes, PostgreSQL embedded, all in a
# temporary data directory. Traffic only to 127.0.0.1.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/api-load.sh [--duration S] [--connections N]

  --duration S     seconds per measured wrk run (default 10; each is preceded by a warm-up as long)
  --connections N  wrk connections (default 32)
Prints a markdown report on stdout; progress on stderr.
USAGE
}

DURATION=10
CONNECTIONS=32
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "api-load: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for v in "$DURATION" "$CONNECTIONS"; do
  [[ "$v" =~ ^[0-9]+$ && "$v" -ge 1 && "$v" -le 1000 ]] || { echo "numbers must be 1..1000" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "api-load: needs wrk (apt-get install -y wrk)" >&2; exit 1; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  local rc=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
log() { echo "[api-load] $*" >&2; }
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }

./cruddur build >&2
ENGINE_PORT="$(free_port)"
API_PORT="$(free_port)"
./cruddur dynamo --port "$ENGINE_PORT" --data-dir "$WORK/dynamo" >"$WORK/engine.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 200); do grep -q "listening on" "$WORK/engine.log" && break; sleep 0.05; done
grep -q "listening on" "$WORK/engine.log" || { cat "$WORK/engine.log" >&2; exit 1; }

export AWS_ENDPOINT_URL="http://127.0.0.1:$ENGINE_PORT" CRUDDUR_DATA_DIR="$WORK" AWS_EC2_METADATA_DISABLED=true
unset CONNECTION_URL DDB_MESSAGE_TABLE AWS_COGNITO_USER_POOL_ID
log "users, the table, the sample conversation, 40 more conversations, the raw-Query table"
./cruddur db setup >&2
./cruddur ddb schema-load >&2
./cruddur ddb seed >&2
./cruddur ddb seed --messages 2000 --conversations 40 >&2
node bench/seed.js "$AWS_ENDPOINT_URL" >&2

# Sending is limited per user (default bursts of 20, then 5/s); the benchmark lifts the limit.
./cruddur api --port "$API_PORT" --send-burst 1000000 --send-rate 1000000 >"$WORK/api.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 400); do grep -q "API on" "$WORK/api.log" && break; sleep 0.05; done
grep -q "API on" "$WORK/api.log" || { cat "$WORK/api.log" >&2; exit 1; }
API="http://127.0.0.1:$API_PORT"
TOKEN="$(curl -sf -X POST "$API/api/local/sign-in" -d '{"handle":"andrewbrown"}' \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')"
GROUP="$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/api/message_groups?limit=50" \
  | python3 -c 'import sys,json; print([g["uuid"] for g in json.load(sys.stdin) if g["handle"]=="bayko"][0])')"

run() { # LABEL URL SCRIPT [ENV...]: warm-up, then the measured run; prints a row
  local label="$1" url="$2" script="$3"
  shift 3
  env "$@" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$url" >/dev/null
  local out
  out="$(env "$@" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$url" | grep BENCH_RESULT)"
  python3 - "$label" "$out" <<'PY'
import sys
label, line = sys.argv[1], sys.argv[2]
v = dict(kv.split("=") for kv in line.split()[1:])
rps = int(v["requests"]) / (int(v["duration_us"]) / 1e6)
bad = int(v.get("non200", v.get("status_err", 0)))
print(f"| {label} | {rps:,.0f} | {int(v['p50_us'])/1000:.2f} | {int(v['p99_us'])/1000:.2f} | {bad} |")
PY
}

# A fresh JVM on two cores shared with the engine and wrk needs a while before its compiler has
# caught up; measured before that, the API runs at a tenth of its speed.
log "warming up the API for $((DURATION * 3)) s"
API_TOKEN="$TOKEN" API_PATH=/api/message_groups wrk -t2 -c"$CONNECTIONS" -d"$((DURATION * 3))s" \
  -s bench/wrk/api.lua "$API" >/dev/null
log "wrk: GET /api/message_groups"
ROW_GROUPS="$(run "GET /api/message_groups" "$API" bench/wrk/api.lua API_TOKEN="$TOKEN" API_PATH=/api/message_groups)"
log "wrk: GET /api/messages/{group}"
ROW_MESSAGES="$(run "GET /api/messages/{group}" "$API" bench/wrk/api.lua API_TOKEN="$TOKEN" API_PATH="/api/messages/$GROUP")"
log "wrk: POST /api/messages"
ROW_POST="$(run "POST /api/messages" "$API" bench/wrk/api.lua API_TOKEN="$TOKEN" API_PATH=/api/messages API_METHOD=POST \
  API_BODY="{\"message\":\"load %d\",\"message_group_uuid\":\"$GROUP\"}")"
log "wrk: the engine's raw Query (page of 20)"
ROW_QUERY="$(run "engine: raw Query, page of 20" "$AWS_ENDPOINT_URL" bench/wrk/query.lua BENCH_WRK_DIR=bench/wrk)"

echo "## HTTP API under load — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Command: \`bench/api-load.sh --duration $DURATION --connections $CONNECTIONS\`"
echo "($(java -version 2>&1 | head -1); $(nproc) cores; wrk -t2 -c$CONNECTIONS; engine on disk; load: $(uptime | sed 's/.*load average: //'))"
echo
echo "| route | req/s | p50 ms | p99 ms | non-200 |"
echo "|---|---:|---:|---:|---:|"
echo "$ROW_GROUPS"
echo "$ROW_MESSAGES"
echo "$ROW_POST"
echo "$ROW_QUERY"
