#!/usr/bin/env bash
# Throughput and latency of the engine against dynalite, side by side in one run, with wrk.
# See bench/README.md. All traffic goes to 127.0.0.1; every loop is bounded in count and time.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/engine-vs-dynalite.sh [--duration SECONDS] [--warmup SECONDS] [--quick]
                                   [--connections "1 8 32"] [--ops "get-item query put-item batch-write"]

Starts the engine (on disk, in a fresh temporary data directory) and dynalite 4.0.0 (in memory) on free loopback ports, seeds the
same table on both, then for each operation x connection count runs wrk against the engine and
right after against dynalite, and prints a markdown table (ops/s, p50, p99, ratio). Also:
a no-op ceiling (GET / on the engine) and the cold start of each server (median of 5).

  --duration S     seconds per measured wrk run (default 10)
  --warmup S       seconds of warm-up per server and operation, at 8 connections, not
                   measured; the JVM needs it to compile the hot paths (default 15)
  --quick          smoke run: --duration 2 --warmup 1
  --cold-only      measure the cold start alone (9 runs each) and stop
  --connections L  connection counts (default "1 8 32"); wrk threads = min(connections, 2)
  --ops L          operations (default "get-item query put-item batch-write")
  -h, --help       this help

Installs what is missing: wrk (apt-get), dynalite into bench/node_modules (npm), the engine jar
(./mvnw package). Writes the table to stdout and to bench/results/<date-time>.md, and wrk's raw
output to bench/results/<date-time>.log.
EOF
}

DURATION=10
WARMUP=15
CONNECTIONS="1 8 32"
OPS="get-item query put-item batch-write"
COLD_RUNS=5
COLD_ONLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --quick) DURATION=2; WARMUP=1; shift ;;
    --cold-only) COLD_ONLY=1; COLD_RUNS=9; shift ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --ops) OPS="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 300 ]] \
  || { echo "--duration must be 1..300" >&2; exit 2; }
[[ "$WARMUP" =~ ^[0-9]+$ && "$WARMUP" -le 60 ]] || { echo "--warmup must be 0..60" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH="$ROOT/bench"
DYNALITE="$BENCH/node_modules/dynalite/cli.js"
export BENCH_WRK_DIR="$BENCH/wrk"
STAMP="$(date +%Y-%m-%d-%H%M%S)"
mkdir -p "$BENCH/results"
OUT="$BENCH/results/$STAMP.md"
RAW="$BENCH/results/$STAMP.log"
WORK="$(mktemp -d)"
: >"$RAW"

log() { echo "[bench] $*" >&2; }

# ---- processes we start, stopped on exit (only these pids) ----
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [[ -z "$pid" ]] && continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- install what is missing ----
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if [[ ! -f "$DYNALITE" ]]; then
  log "installing dynalite@4.0.0 into bench/node_modules"
  npm install --no-audit --no-fund --prefix "$BENCH" dynalite@4.0.0 >&2
fi
# The engine runs as users run it: through the launcher, which builds when needed and records
# its class-data archive once per build (the self-check run).
log "preparing the engine (./cruddur dynamo --self-check)"
"$ROOT/cruddur" dynamo --self-check >&2

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

AUTH='AWS4-HMAC-SHA256 Credential=k/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0'
# True when the server at port $1 answers a ListTables (any HTTP status counts as an answer).
answers() {
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 -X POST "http://127.0.0.1:$1/" \
    -H 'X-Amz-Target: DynamoDB_20120810.ListTables' -H 'Content-Type: application/x-amz-json-1.0' \
    -H "Authorization: $AUTH" -H 'X-Amz-Date: 20260101T000000Z' -d '{}' 2>/dev/null)" || true
  [[ -n "$code" && "$code" != "000" ]]
}

now_ns() { date +%s%N; }

# start_server engine|dynalite PORT LOGFILE: starts in the background, sets STARTED_PID.
start_server() {
  case "$1" in
    engine) # on disk, as users run it (a fresh data directory each start)
      "$ROOT/cruddur" dynamo --port "$2" --data-dir "$(mktemp -d "$WORK/engine-data.XXXX")" >"$3" 2>&1 & ;;
    dynalite) node "$DYNALITE" --host 127.0.0.1 --port "$2" --createTableMs 0 >"$3" 2>&1 & ;;
  esac
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
}

# wait_answer PORT PID TIMEOUT_S: polls every ~5 ms; prints the elapsed ms since $T0 when answered.
wait_answer() {
  local port=$1 pid=$2 limit_ns=$(( $3 * 1000000000 )) i
  for i in $(seq 1 20000); do
    if answers "$port"; then
      echo $(( ($(now_ns) - T0) / 1000000 ))
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { log "server pid $pid exited"; return 1; }
    (( $(now_ns) - T0 > limit_ns )) && { log "server on $port did not answer in $3 s"; return 1; }
    sleep 0.005
  done
  return 1
}

stop_pid() {
  local pid=$1
  local keep=() p
  for p in "${PIDS[@]}"; do [[ "$p" == "$pid" ]] || keep+=("$p"); done
  PIDS=("${keep[@]}")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# ---- cold start: spawn to first answered request, COLD_RUNS times each ----
cold_start() {
  local kind=$1 i port ms all=()
  for i in $(seq 1 "$COLD_RUNS"); do
    port="$(free_port)"
    # One node process spawns the server and polls it every 2 ms (bench/cold-start.js): cheaper
    # than spawning curl in a loop, which took CPU from the very start it was timing.
    case "$kind" in
      engine) ms="$(node "$BENCH/cold-start.js" "$port" 60 -- "$ROOT/cruddur" dynamo --port "$port" \
        --data-dir "$(mktemp -d "$WORK/engine-data.XXXX")" 2>"$WORK/cold-$kind-$i.log")" ;;
      dynalite) ms="$(node "$BENCH/cold-start.js" "$port" 60 -- node "$DYNALITE" --host 127.0.0.1 \
        --port "$port" --createTableMs 0 2>"$WORK/cold-$kind-$i.log")" ;;
    esac || { cat "$WORK/cold-$kind-$i.log" >&2; exit 1; }
    all+=("$ms")
  done
  COLD_ALL="${all[*]}"
  COLD_MEDIAN="$(printf '%s\n' "${all[@]}" | median)"
}

log "cold start: engine x$COLD_RUNS"
cold_start engine; ENGINE_COLD_MEDIAN=$COLD_MEDIAN; ENGINE_COLD_ALL=$COLD_ALL
log "cold start: dynalite x$COLD_RUNS"
cold_start dynalite; DYNALITE_COLD_MEDIAN=$COLD_MEDIAN; DYNALITE_COLD_ALL=$COLD_ALL
log "cold start median: engine ${ENGINE_COLD_MEDIAN} ms ($ENGINE_COLD_ALL), dynalite ${DYNALITE_COLD_MEDIAN} ms ($DYNALITE_COLD_ALL)"
if (( COLD_ONLY )); then
  echo "| server | median ms | all runs ms |"
  echo "|---|---:|---|"
  echo "| engine (on disk, empty data directory) | $ENGINE_COLD_MEDIAN | $ENGINE_COLD_ALL |"
  echo "| dynalite | $DYNALITE_COLD_MEDIAN | $DYNALITE_COLD_ALL |"
  exit 0
fi

# ---- start both servers for the throughput runs ----
ENGINE_PORT="$(free_port)"
T0=$(now_ns); start_server engine "$ENGINE_PORT" "$WORK/engine.log"; ENGINE_PID=$STARTED_PID
wait_answer "$ENGINE_PORT" "$ENGINE_PID" 60 >/dev/null || { cat "$WORK/engine.log" >&2; exit 1; }
DYNALITE_PORT="$(free_port)"
T0=$(now_ns); start_server dynalite "$DYNALITE_PORT" "$WORK/dynalite.log"; DYNALITE_PID=$STARTED_PID
wait_answer "$DYNALITE_PORT" "$DYNALITE_PID" 60 >/dev/null || { cat "$WORK/dynalite.log" >&2; exit 1; }
log "engine on 127.0.0.1:$ENGINE_PORT (pid $ENGINE_PID), dynalite on 127.0.0.1:$DYNALITE_PORT (pid $DYNALITE_PID)"

SEED_ENGINE="$(node "$BENCH/seed.js" "http://127.0.0.1:$ENGINE_PORT")"
SEED_DYNALITE="$(node "$BENCH/seed.js" "http://127.0.0.1:$DYNALITE_PORT")"
log "$SEED_ENGINE"
log "$SEED_DYNALITE"

# ---- wrk runs ----
script_of() { echo "$BENCH/wrk/$1.lua"; }
name_of() {
  case "$1" in
    get-item) echo GetItem ;; query) echo "Query (Limit 20)" ;; put-item) echo PutItem ;;
    batch-write) echo "BatchWriteItem (25 puts)" ;; noop) echo "no-op GET /" ;; *) echo "$1" ;;
  esac
}
expect_of() {
  case "$1" in
    get-item) echo '"Item"' ;; query) echo '"Count": ?20[,}]' ;; put-item) echo '^\{ ?\}$' ;;
    batch-write) echo '"UnprocessedItems": ?\{ ?\}' ;; noop) echo 'healthy' ;;
  esac
}

# Checks the exact requests of an operation once (1 connection, 1 s): status 200, expected body.
check_op() {
  local op=$1 port=$2 server=$3 out line body
  out="$(BENCH_CHECK=1 wrk -t1 -c1 -d1s --timeout 5s -s "$(script_of "$op")" "http://127.0.0.1:$port/" 2>&1)"
  echo "== check $server $op"$'\n'"$out" >>"$RAW"
  line="$(grep '^BENCH_CHECK' <<<"$out" | head -1)"
  body="${line#*body=}"
  if [[ "$line" != *"status=200 bad=0 "* ]] || ! grep -Eq "$(expect_of "$op")" <<<"$body"; then
    log "check failed: $server $op: $line"
    return 1
  fi
}

# run_wrk OP PORT CONNECTIONS SECONDS: sets R_OPS R_P50 R_P99 (ms) R_ERR.
run_wrk() {
  local op=$1 port=$2 c=$3 d=$4 t out line req dur
  t=$(( c < 2 ? c : 2 ))
  out="$(wrk -t"$t" -c"$c" -d"${d}s" --timeout 5s --latency -s "$(script_of "$op")" "http://127.0.0.1:$port/" 2>&1)" || true
  echo "== wrk -t$t -c$c -d${d}s --latency $op @ $port"$'\n'"$out" >>"$RAW"
  line="$(grep '^BENCH_RESULT' <<<"$out" | tail -1)"
  [[ -n "$line" ]] || { log "wrk gave no result: $out"; R_OPS=0; R_P50=-; R_P99=-; R_ERR=fail; return; }
  kv() { sed -E "s/.* $1=([0-9]+).*/\1/" <<<" $line"; }
  req=$(kv requests); dur=$(kv duration_us)
  R_OPS=$(awk -v r="$req" -v d="$dur" 'BEGIN{printf "%.0f", r/(d/1e6)}')
  R_P50=$(awk -v v="$(kv p50_us)" 'BEGIN{printf "%.2f", v/1000}')
  R_P99=$(awk -v v="$(kv p99_us)" 'BEGIN{printf "%.2f", v/1000}')
  R_ERR=$(( $(kv connect_err) + $(kv read_err) + $(kv write_err) + $(kv status_err) + $(kv timeout_err) ))
}

fmt_ops() { echo "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.1f×", a/b; else print "-" }'; }

UPTIME_BEFORE="$(uptime)"
ROWS=()
NOTES=()
declare -A GET_OPS=()
for op in $OPS; do
  log "checking $op on both servers"
  check_op "$op" "$ENGINE_PORT" engine
  check_op "$op" "$DYNALITE_PORT" dynalite
  if (( WARMUP > 0 )); then
    log "warm-up $op (${WARMUP}s each, 8 connections)"
    run_wrk "$op" "$ENGINE_PORT" 8 "$WARMUP"
    run_wrk "$op" "$DYNALITE_PORT" 8 "$WARMUP"
  fi
  for c in $CONNECTIONS; do
    log "$op c=$c: engine"
    run_wrk "$op" "$ENGINE_PORT" "$c" "$DURATION"; E_OPS=$R_OPS; E_P50=$R_P50; E_P99=$R_P99; E_ERR=$R_ERR
    log "$op c=$c: dynalite"
    run_wrk "$op" "$DYNALITE_PORT" "$c" "$DURATION"; D_OPS=$R_OPS; D_P50=$R_P50; D_P99=$R_P99; D_ERR=$R_ERR
    [[ "$op" == get-item ]] && GET_OPS[$c]=$E_OPS
    [[ "$E_ERR" != 0 ]] && NOTES+=("engine $op c=$c: $E_ERR wrk errors (non-2xx, timeouts or socket errors)")
    [[ "$D_ERR" != 0 ]] && NOTES+=("dynalite $op c=$c: $D_ERR wrk errors (non-2xx, timeouts or socket errors)")
    ROWS+=("| $(name_of "$op") | $c | $(fmt_ops "$E_OPS") | $E_P50 | $E_P99 | $(fmt_ops "$D_OPS") | $D_P50 | $D_P99 | **$(ratio "$E_OPS" "$D_OPS")** |")
    log "${ROWS[-1]}"
  done
done

# ---- no-op ceiling on the engine ----
NOOP_ROWS=()
check_op noop "$ENGINE_PORT" engine
(( WARMUP > 0 )) && run_wrk noop "$ENGINE_PORT" 8 "$WARMUP"
for c in $CONNECTIONS; do
  log "noop c=$c: engine"
  run_wrk noop "$ENGINE_PORT" "$c" "$DURATION"
  [[ "$R_ERR" != 0 ]] && NOTES+=("engine no-op c=$c: $R_ERR wrk errors")
  get="${GET_OPS[$c]:-}"
  NOOP_ROWS+=("| $c | $(fmt_ops "$R_OPS") | $R_P50 | $R_P99 | ${get:+$(fmt_ops "$get")} | ${get:+$(awk -v a="$get" -v b="$R_OPS" 'BEGIN{printf "%.2f", a/b}')} |")
  log "${NOOP_ROWS[-1]}"
done
UPTIME_AFTER="$(uptime)"

# Anything the servers logged while under load (errors, warnings).
ENGINE_LOG_LINES="$(grep -ciE 'warn|error|exception' "$WORK/engine.log" || true)"
ENGINE_RSS="$(ps -o rss= -p "$ENGINE_PID" 2>/dev/null | awk '{printf "%.0f MiB", $1/1024}')"
DYNALITE_RSS="$(ps -o rss= -p "$DYNALITE_PID" 2>/dev/null | awk '{printf "%.0f MiB", $1/1024}')"

{
  echo "## engine vs dynalite — $(date '+%Y-%m-%d %H:%M:%S %Z')"
  echo
  echo "Command: \`bench/engine-vs-dynalite.sh --duration $DURATION --warmup $WARMUP --connections \"$CONNECTIONS\"\`"
  echo "(wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), threads = min(connections, 2), --latency, ${DURATION}s per run;"
  echo "engine: \`./cruddur dynamo --data-dir <fresh temp dir>\` (durable on disk; the launcher's JVM flags); dynalite 4.0.0 in memory on node $(node --version))"
  echo
  echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), $(free -h | awk '/Mem:/{print $2}') RAM;"
  echo "$(java -version 2>&1 | head -1)"
  echo
  echo "Load before: \`$(sed 's/^ *//' <<<"$UPTIME_BEFORE")\`  "
  echo "Load after: \`$(sed 's/^ *//' <<<"$UPTIME_AFTER")\`"
  echo
  echo "$SEED_ENGINE  "
  echo "$SEED_DYNALITE"
  echo
  echo "| operation | conns | engine ops/s | engine p50 ms | engine p99 ms | dynalite ops/s | dynalite p50 ms | dynalite p99 ms | engine ÷ dynalite |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "No-op ceiling (engine, \`GET /\` health answer) and GetItem as a share of it:"
  echo
  echo "| conns | no-op ops/s | p50 ms | p99 ms | GetItem ops/s | GetItem ÷ no-op |"
  echo "|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${NOOP_ROWS[@]}"
  echo
  echo "Cold start, process spawn to first answered ListTables (bench/cold-start.js: one node process spawns the server and polls every 2 ms), median of $COLD_RUNS:"
  echo
  echo "| server | median ms | all runs ms |"
  echo "|---|---:|---|"
  echo "| engine (on disk, empty data directory) | $ENGINE_COLD_MEDIAN | $ENGINE_COLD_ALL |"
  echo "| dynalite | $DYNALITE_COLD_MEDIAN | $DYNALITE_COLD_ALL |"
  echo
  echo "Resident memory at the end: engine $ENGINE_RSS, dynalite $DYNALITE_RSS."
  echo "Engine log lines with warn/error/exception: $ENGINE_LOG_LINES."
  if (( ${#NOTES[@]} > 0 )); then
    echo
    echo "Errors seen:"
    printf -- '- %s\n' "${NOTES[@]}"
  fi
} | tee "$OUT"
{ echo "== engine log"; cat "$WORK/engine.log"; echo "== dynalite log"; cat "$WORK/dynalite.log"; } >>"$RAW"
log "written: ${OUT#$ROOT/} (raw wrk output: ${RAW#$ROOT/})"
