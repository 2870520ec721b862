#!/usr/bin/env bash
# Does a Query page cost the same in a small table as in a big one? Measures Query (page of 20)
# and GetItem on a seeded partition with 4,000 items in the table (all still in RocksDB's
# memtable), again at one million items (the partition now read from SST files through the block
# cache) and again at --total items (default 10 million), on disk, in one run.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/query-at-scale.sh [--total N] [--duration SECONDS] [--warmup SECONDS]

Starts the engine on disk (a temporary data directory, removed at the end) through ./cruddur,
seeds it (bench/seed.js), measures Query and GetItem with wrk at 1 and 8 connections, loads
filler items (bench/load.js) to one million and measures again, then to --total and measures
again (each time after compactions settle).
Needs wrk and node. Loopback only; stops what it started. 10 million items take ~2.5 GB of disk
and several minutes to load.
USAGE
}

TOTAL=10000000
DURATION=10
WARMUP=20
while [ $# -gt 0 ]; do
  case "$1" in
    --total) TOTAL="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "query-at-scale: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$TOTAL" =~ ^[0-9]+$ && "$TOTAL" -le 50000000 ]] || { echo "--total must be <= 50000000" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
export BENCH_WRK_DIR="$BENCH/wrk"
command -v wrk >/dev/null || { echo "query-at-scale: needs wrk (apt-get install -y wrk)" >&2; exit 1; }

# shellcheck source=engine.sh
. "$BENCH/engine.sh"
start_seeded_engine "$ROOT" disk

measure() {
  local label="$1" op conns out
  for op in query get-item; do
    wrk -t2 -c8 -d"${WARMUP}s" -s "$BENCH/wrk/$op.lua" "http://127.0.0.1:$PORT/" >/dev/null 2>&1
    for conns in 1 8; do
      out="$(wrk -t"$(( conns < 2 ? conns : 2 ))" -c"$conns" -d"${DURATION}s" --latency \
        -s "$BENCH/wrk/$op.lua" "http://127.0.0.1:$PORT/" 2>&1)"
      echo "| $label | $op | $conns | $(echo "$out" | awk '/Requests\/sec/ {printf "%d", $2}') |" \
        "$(echo "$out" | awk '$1 == "50%" {print $2}') | $(echo "$out" | awk '$1 == "99%" {print $2}') |"
    done
  done
}

echo "| table items | operation | connections | ops/s | p50 | p99 |"
echo "|---:|---|---:|---:|---:|---:|"
measure "4,000"
sizes=("$TOTAL")
(( TOTAL > 1000000 )) && sizes=(1000000 "$TOTAL")
for size in "${sizes[@]}"; do
  node "$BENCH/load.js" "http://127.0.0.1:$PORT" --total "$size" >&2
  sleep 30 # let RocksDB's background compactions settle
  measure "$(printf "%'d" "$size")"
done
echo
echo "Data on disk: $(du -sh "$ENGINE_DIR/data" | cut -f1); $(uptime)"
