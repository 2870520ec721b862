#!/usr/bin/env bash
# Server CPU time per request: the engine's own cost of each operation, read from
# /proc/<pid>/stat around a wrk run. Steadier than ops/s on a noisy 2-core machine, because it
# does not depend on how much CPU the load generator or a neighbour takes.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/cpu-per-request.sh [--duration SECONDS] [--warmup SECONDS] [--connections N]
                                [--ops "get-item query put-item batch-write noop"]

Starts the engine in memory through ./cruddur, seeds it (bench/seed.js), warms each operation
up, then runs wrk and prints ops/s and the engine's CPU microseconds per request.
Needs wrk and node (see bench/README.md). Talks to 127.0.0.1 only; stops what it started.
USAGE
}

DURATION=10
WARMUP=15
CONNECTIONS=8
OPS="get-item query put-item batch-write noop"
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --ops) OPS="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "cpu-per-request: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 120 ]] \
  || { echo "--duration must be 1..120" >&2; exit 2; }
[[ "$WARMUP" =~ ^[0-9]+$ && "$WARMUP" -le 120 ]] || { echo "--warmup must be 0..120" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
export BENCH_WRK_DIR="$BENCH/wrk"
command -v wrk >/dev/null || { echo "cpu-per-request: needs wrk (apt-get install -y wrk)" >&2; exit 1; }
command -v node >/dev/null || { echo "cpu-per-request: needs node" >&2; exit 1; }

# shellcheck source=engine.sh
. "$BENCH/engine.sh"
start_seeded_engine "$ROOT" memory

ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
HZ="$(getconf CLK_TCK)"
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))

echo "| operation | connections | ops/s | engine CPU µs/request |"
echo "|---|---:|---:|---:|"
for op in $OPS; do
  script="$BENCH/wrk/$op.lua"
  [ -f "$script" ] || { echo "cpu-per-request: no such operation '$op'" >&2; exit 2; }
  if (( WARMUP > 0 )); then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$script" "http://127.0.0.1:$PORT/" >/dev/null 2>&1
  fi
  before="$(ticks)"
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$script" "http://127.0.0.1:$PORT/" 2>&1)"
  after="$(ticks)"
  requests="$(echo "$out" | awk '/requests in/ {print $1}')"
  rate="$(echo "$out" | awk '/Requests\/sec/ {printf "%d", $2}')"
  micros=$(( (after - before) * 1000000 / HZ / requests ))
  echo "| $op | $CONNECTIONS | $rate | $micros |"
done
