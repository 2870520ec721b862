#!/usr/bin/env bash
# Issue 3's benchmark: how fast `./cruddur ddb seed --messages N` writes, and whether pattern A / B
# pages cost the same with ten thousand and with a million messages in the table. Everything runs
# through the launcher as a developer would run it: a standalone engine on disk (AWS_ENDPOINT_URL),
# the embedded PostgreSQL in a temporary data directory. Traffic only to 127.0.0.1.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/seed-and-patterns.sh [--small N] [--large N] [--conversations M] [--calls N]

  --small N          messages for the first measurement (default 10000)
  --large N          messages added before the second one (default 1000000)
  --conversations M  conversations of andrewbrown the synthetic messages are spread over (default 100)
  --calls N          measured calls of each pattern (default 5000; warm-up is the same count)
Prints a markdown report on stdout; progress on stderr.
USAGE
}

SMALL=10000
LARGE=1000000
CONVERSATIONS=100
CALLS=5000
while [ $# -gt 0 ]; do
  case "$1" in
    --small) SMALL="$2"; shift 2 ;;
    --large) LARGE="$2"; shift 2 ;;
    --conversations) CONVERSATIONS="$2"; shift 2 ;;
    --calls) CALLS="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "seed-and-patterns: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for v in "$SMALL" "$LARGE" "$CONVERSATIONS" "$CALLS"; do
  [[ "$v" =~ ^[0-9]+$ && "$v" -ge 1 && "$v" -le 10000000 ]] || { echo "numbers must be 1..10000000" >&2; exit 2; }
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d)"
ENGINE_PID=""
cleanup() {
  local rc=$?
  if [ -n "$ENGINE_PID" ]; then
    kill "$ENGINE_PID" 2>/dev/null || true
    wait "$ENGINE_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
log() { echo "[seed-and-patterns] $*" >&2; }

./cruddur build >&2
PORT="$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')"
./cruddur dynamo --port "$PORT" --data-dir "$WORK/dynamo" >"$WORK/engine.log" 2>&1 &
ENGINE_PID=$!
for _ in $(seq 1 200); do grep -q "listening on" "$WORK/engine.log" && break; sleep 0.05; done
grep -q "listening on" "$WORK/engine.log" || { cat "$WORK/engine.log" >&2; exit 1; }

export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" CRUDDUR_DATA_DIR="$WORK" AWS_EC2_METADATA_DISABLED=true
unset CONNECTION_URL DDB_MESSAGE_TABLE AWS_COGNITO_USER_POOL_ID
CP="app/target/app-0.1.0-SNAPSHOT.jar:$(find app/target/lib -name '*.jar' | tr '\n' ':')"
latency() { # LABEL
  java -XX:+UseSerialGC -Djava.library.path=dynamo/target/native -cp "$CP" \
    bench/patterns/PatternLatency.java "$1" "$CALLS" "$CALLS"
}

log "setting up users, the table and the sample conversation"
./cruddur db setup >&2
./cruddur ddb schema-load >&2
./cruddur ddb seed >&2

log "seeding $SMALL messages"
SMALL_OUT="$(./cruddur ddb seed --messages "$SMALL" --conversations "$CONVERSATIONS")"
log "$SMALL_OUT"
log "measuring patterns at $SMALL messages"
ROWS_SMALL="$(latency "$SMALL messages")"

log "seeding $LARGE more messages"
LARGE_OUT="$(./cruddur ddb seed --messages "$LARGE" --conversations "$CONVERSATIONS")"
log "$LARGE_OUT"
log "measuring patterns at $((SMALL + LARGE)) messages"
ROWS_LARGE="$(latency "$((SMALL + LARGE)) messages")"

echo "## Seed and pattern latency — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Command: \`bench/seed-and-patterns.sh --small $SMALL --large $LARGE --conversations $CONVERSATIONS --calls $CALLS\`"
echo "($(java -version 2>&1 | head -1); $(nproc) cores; engine on disk; load: $(uptime | sed 's/.*load average: //'))"
echo
echo "Seeding (\`./cruddur ddb seed --messages N --conversations $CONVERSATIONS\`, BatchWriteItem, one writer per core):"
echo
echo "- $SMALL messages: $SMALL_OUT"
echo "- $LARGE messages: $LARGE_OUT"
echo
echo "| table holds | pattern | calls | p50 ms | p99 ms |"
echo "|---|---|---:|---:|---:|"
echo "$ROWS_SMALL"
echo "$ROWS_LARGE"
