#!/usr/bin/env bash
# Issue 6's benchmark: seconds from `./cruddur up` to ready (its "Ctrl-C stops" line) on a built
# tree, with a fresh data directory (schemas and seed data written) and again on the same one
# (everything kept). Ports are free ones; traffic only to 127.0.0.1.
set -euo pipefail

usage() {
  echo "Usage: bench/up-ready.sh [--runs N]   (default 3 of each; prints a markdown report)"
}
RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "up-ready: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -ge 1 && "$RUNS" -le 20 ]] || { echo "--runs must be 1..20" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d)"
PID=""
cleanup() {
  local rc=$?
  [ -n "$PID" ] && { kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
unset AWS_ENDPOINT_URL CONNECTION_URL DDB_MESSAGE_TABLE AWS_COGNITO_USER_POOL_ID CRUDDUR_DATA_DIR

./cruddur build >&2
RUN=0
time_up() { # DATA_DIR: seconds until ready, then stops it
  RUN=$((RUN + 1))
  local log="$WORK/up-$RUN.log" start end
  : >"$log"
  start=$(date +%s.%N)
  ./cruddur up --data-dir "$1" --port "$(free_port)" --engine-port "$(free_port)" >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do grep -q "Ctrl-C stops" "$log" && break; sleep 0.05; done
  end=$(date +%s.%N)
  grep -q "Ctrl-C stops" "$log" || { cat "$log" >&2; exit 1; }
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  python3 -c "print(f'{$end - $start:.2f}')"
}

FRESH=()
KEPT=()
for i in $(seq 1 "$RUNS"); do
  dir="$WORK/data-$i"
  FRESH+=("$(time_up "$dir")")
  KEPT+=("$(time_up "$dir")")
done
echo "## ./cruddur up to ready — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Command: \`bench/up-ready.sh --runs $RUNS\` ($(java -version 2>&1 | head -1); $(nproc) cores; load: $(uptime | sed 's/.*load average: //'))"
echo
echo "| start | seconds to ready, each run |"
echo "|---|---|"
echo "| fresh data directory (schemas and seed data written) | ${FRESH[*]} |"
echo "| same data directory again (everything kept) | ${KEPT[*]} |"
