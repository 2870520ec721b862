#!/usr/bin/env bash
# A/B: two builds of the engine side by side in one run, so a change is judged by a ratio rather
# than by absolute numbers that drift on a noisy machine. Both engines run in memory at the same
# time; the wrk runs alternate between them, and the script reports each engine's CPU time per
# request (from /proc/<pid>/stat), summed over all rounds.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/ab.sh JAR_A JAR_B [--rounds N] [--duration SECONDS] [--connections N]
                   [--ops "get-item query put-item"]

JAR_A and JAR_B are engine jars (dynamo/target/dynamo-0.1.0-SNAPSHOT.jar copied aside before and
after a change). Each operation is warmed up for 10 s on each engine, then measured for
--duration seconds per engine per round (default 3 rounds of 5 s), alternating A and B.
Extra JVM options for one side: JAVA_OPTS_A / JAVA_OPTS_B (e.g. to compare collectors).
Needs wrk and node (see bench/README.md). Talks to 127.0.0.1 only; stops what it started.
USAGE
}

[ $# -ge 2 ] || { usage >&2; exit 2; }
case "$1" in -h | --help) usage; exit 0 ;; esac
JAR_A="$1" JAR_B="$2"
shift 2
ROUNDS=3
DURATION=5
CONNECTIONS=8
OPS="get-item query put-item"
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --ops) OPS="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "ab: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for jar in "$JAR_A" "$JAR_B"; do
  [ -f "$jar" ] || { echo "ab: no such jar '$jar'" >&2; exit 2; }
done
[[ "$ROUNDS" =~ ^[0-9]+$ && "$ROUNDS" -ge 1 && "$ROUNDS" -le 20 ]] || { echo "--rounds must be 1..20" >&2; exit 2; }
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 && "$DURATION" -le 60 ]] || { echo "--duration must be 1..60" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BENCH_WRK_DIR="$ROOT/bench/wrk"
command -v wrk >/dev/null || { echo "ab: needs wrk (apt-get install -y wrk)" >&2; exit 1; }
command -v node >/dev/null || { echo "ab: needs node" >&2; exit 1; }
"$ROOT/cruddur" dynamo --self-check >/dev/null # builds the native library directory if needed

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

declare -A PORT PID
for side in A B; do
  jar="$JAR_A"
  [ "$side" = B ] && jar="$JAR_B"
  PORT[$side]="$(free_port)"
  opts_var="JAVA_OPTS_$side"
  # shellcheck disable=SC2086 # the options are meant to split into words
  AWS_EC2_METADATA_DISABLED=true java ${!opts_var:-} -Djava.library.path="$ROOT/dynamo/target/native" \
    -jar "$jar" --port "${PORT[$side]}" --in-memory >"$WORK/$side.log" 2>&1 &
  PID[$side]=$!
  PIDS+=("$!")
  for _ in $(seq 1 400); do
    grep -q "listening on" "$WORK/$side.log" && break
    kill -0 "${PID[$side]}" 2>/dev/null || { cat "$WORK/$side.log" >&2; exit 1; }
    sleep 0.05
  done
  node "$ROOT/bench/seed.js" "http://127.0.0.1:${PORT[$side]}" >&2
done

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
HZ="$(getconf CLK_TCK)"
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))

echo "| operation | A ops/s | B ops/s | A CPU µs/request | B CPU µs/request | B ÷ A (CPU) |"
echo "|---|---:|---:|---:|---:|---:|"
for op in $OPS; do
  script="$BENCH_WRK_DIR/$op.lua"
  [ -f "$script" ] || { echo "ab: no such operation '$op'" >&2; exit 2; }
  declare -A TICKS=([A]=0 [B]=0) REQS=([A]=0 [B]=0) SECS=([A]=0 [B]=0)
  for side in A B; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$script" "http://127.0.0.1:${PORT[$side]}/" >/dev/null 2>&1
  done
  for _ in $(seq 1 "$ROUNDS"); do
    for side in A B; do
      before="$(ticks "${PID[$side]}")"
      out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$script" "http://127.0.0.1:${PORT[$side]}/" 2>&1)"
      after="$(ticks "${PID[$side]}")"
      TICKS[$side]=$(( TICKS[$side] + after - before ))
      REQS[$side]=$(( REQS[$side] + $(echo "$out" | awk '/requests in/ {print $1}') ))
      SECS[$side]=$(( SECS[$side] + DURATION ))
    done
  done
  a_us=$(( TICKS[A] * 1000000 / HZ / REQS[A] ))
  b_us=$(( TICKS[B] * 1000000 / HZ / REQS[B] ))
  ratio="$(awk -v a="$a_us" -v b="$b_us" 'BEGIN { printf "%.2f", b / a }')"
  echo "| $op | $(( REQS[A] / SECS[A] )) | $(( REQS[B] / SECS[B] )) | $a_us | $b_us | $ratio |"
done
