#!/usr/bin/env bash
# SDK-level latency of GetItem and PutItem through the AWS SDK v2 DynamoDbClient: one client, one
# thread. Starts the engine (in memory) itself, and dynalite too for comparison in the same run.
# See bench/README.md. Traffic only to 127.0.0.1; every loop is bounded in count and time.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/sdk-latency.sh [--warmup N] [--calls N] [--http "urlconnection apache5"] [--engine-only]
                            [--client-jvm "OPTIONS"]

Starts the engine (./cruddur dynamo --in-memory) on a free loopback port and runs
bench/sdk-latency/SdkLatency.java against it with java's single-file source launch: one
DynamoDbClient (URLConnection HTTP client), one thread; N warm-up calls of each of GetItem and
PutItem, then --calls timed calls of each; prints p50/p90/p99/mean/max in ms as a markdown table.
Each run also times the same GetItem as raw JSON over java.net.HttpURLConnection (no SDK), a floor.
Unless --engine-only, does the same against dynalite 4.0.0 in the same run.

  --warmup N     warm-up calls of each operation (default 20000: the client's JIT needs about
                 that many calls before the latency settles)
  --calls N      measured calls of each operation (default 10000)
  --http L       SDK HTTP clients to measure, each with its own JVM (default "urlconnection";
                 "apache5" is the SDK's Apache HttpClient 5, also on the test classpath)
  --engine-only  skip dynalite
  --client-jvm S JVM options of the client process (default "-XX:+UseSerialGC", the collector
                 the engine runs with; "" for the JVM's default collector)
  -h, --help     this help
EOF
}

WARMUP=20000
CLIENT_JVM="-XX:+UseSerialGC"
CALLS=10000
WITH_DYNALITE=1
HTTP_CLIENTS="urlconnection"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --warmup) WARMUP="$2"; shift 2 ;;
    --calls) CALLS="$2"; shift 2 ;;
    --http) HTTP_CLIENTS="$2"; shift 2 ;;
    --engine-only) WITH_DYNALITE=0; shift ;;
    --client-jvm) CLIENT_JVM="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$WARMUP" =~ ^[0-9]+$ && "$WARMUP" -le 100000 ]] || { echo "--warmup must be 0..100000" >&2; exit 2; }
[[ "$CALLS" =~ ^[0-9]+$ && "$CALLS" -ge 1 && "$CALLS" -le 100000 ]] || { echo "--calls must be 1..100000" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH="$ROOT/bench"
DYNALITE="$BENCH/node_modules/dynalite/cli.js"
WORK="$(mktemp -d)"
export AWS_EC2_METADATA_DISABLED=true

log() { echo "[sdk-latency] $*" >&2; }

PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]:-}"; do [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do
    [[ -z "$pid" ]] && continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The engine runs as users run it: through the launcher, which builds when needed and records
# its class-data archive once per build (the self-check run).
log "preparing the engine (./cruddur dynamo --self-check)"
"$ROOT/cruddur" dynamo --self-check >&2
if [[ "$WITH_DYNALITE" == 1 && ! -f "$DYNALITE" ]]; then
  log "installing dynalite@4.0.0 into bench/node_modules"
  npm install --no-audit --no-fund --prefix "$BENCH" dynalite@4.0.0 >&2
fi

log "resolving the SDK classpath (dynamo module, test scope)"
./mvnw -q -pl dynamo dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >&2
CP="$(cat "$WORK/cp.txt")"

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})' 2>/dev/null \
    || python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
}

wait_answer() { # PORT PID: up to 60 s
  local i
  for i in $(seq 1 600); do
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/" && return 0
    kill -0 "$2" 2>/dev/null || { log "server exited"; return 1; }
    sleep 0.1
  done
  log "server on port $1 did not answer in 60 s"; return 1
}

ROWS=()
measure() { # LABEL PORT
  local out http
  for http in $HTTP_CLIENTS; do
    log "measuring $1 with $http ($WARMUP warm-up + $CALLS measured calls of each operation)"
    # shellcheck disable=SC2086 # the options are meant to split into words
    out="$(timeout 900 java $CLIENT_JVM -cp "$CP" \
      "$BENCH/sdk-latency/SdkLatency.java" "http://127.0.0.1:$2" "$WARMUP" "$CALLS" "$1" "$http")"
    while IFS= read -r line; do [[ "$line" == "|"* ]] && ROWS+=("$line"); done <<<"$out"
  done
}

UPTIME_BEFORE="$(uptime)"
PORT="$(free_port)"
"$ROOT/cruddur" dynamo --port "$PORT" --in-memory >"$WORK/engine.log" 2>&1 &
ENGINE_PID=$!; PIDS+=("$ENGINE_PID")
wait_answer "$PORT" "$ENGINE_PID" || { cat "$WORK/engine.log" >&2; exit 1; }
measure engine "$PORT"
kill "$ENGINE_PID"; wait "$ENGINE_PID" 2>/dev/null || true; PIDS=()

if [[ "$WITH_DYNALITE" == 1 ]]; then
  PORT="$(free_port)"
  node "$DYNALITE" --host 127.0.0.1 --port "$PORT" --createTableMs 0 >"$WORK/dynalite.log" 2>&1 &
  DYNALITE_PID=$!; PIDS+=("$DYNALITE_PID")
  wait_answer "$PORT" "$DYNALITE_PID" || { cat "$WORK/dynalite.log" >&2; exit 1; }
  measure dynalite "$PORT"
fi
UPTIME_AFTER="$(uptime)"

echo "## SDK latency — $(date '+%Y-%m-%d %H:%M:%S %Z')"
echo
echo "Command: \`bench/sdk-latency.sh --warmup $WARMUP --calls $CALLS --http \"$HTTP_CLIENTS\" --client-jvm \"$CLIENT_JVM\"$([[ $WITH_DYNALITE == 1 ]] || echo ' --engine-only')\`"
echo "(AWS SDK v2 DynamoDbClient, one client, one thread, ~200-byte items; the SDK HTTP client in brackets;"
echo "$(java -version 2>&1 | head -1); load before: \`$(sed 's/^ *//' <<<"$UPTIME_BEFORE")\`, after: \`$(sed 's/^ *//' <<<"$UPTIME_AFTER")\`)"
echo
echo "| server | operation | calls | p50 ms | p90 ms | p99 ms | mean ms | max ms |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
