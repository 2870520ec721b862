#!/usr/bin/env bash
# Issue 4's benchmark: time from sending a message to both participants' conversation items showing
# it, through the stream processor, at 10 and at 100 messages per second. A standalone engine on
# disk and `./cruddur stream-processor` run as two processes, as a developer would run them; the
# driver (bench/stream/StreamLatency.java) sends and watches. Traffic only to 127.0.0.1.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/stream-latency.sh [--messages N] [--rates "10 100"] [--conversations M]

  --messages N       messages measured at each rate (default 1000)
  --rates "R..."     messages per second, one run each (default "10 100")
  --conversations M  conversations the messages are spread over (default 50)
Prints a markdown report on stdout; progress on stderr.
USAGE
}

MESSAGES=1000
RATES="10 100"
CONVERSATIONS=50
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) MESSAGES="$2"; shift 2 ;;
    --rates) RATES="$2"; shift 2 ;;
    --conversations) CONVERSATIONS="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "stream-latency: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for v in "$MESSAGES" "$CONVERSATIONS" $RATES; do
  [[ "$v" =~ ^[0-9]+$ && "$v" -ge 1 && "$v" -le 100000 ]] || { echo "numbers must be 1..100000" >&2; exit 2; }
done

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
log() { echo "[stream-latency] $*" >&2; }

./cruddur build >&2
PORT="$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')"
./cruddur dynamo --port "$PORT" --data-dir "$WORK/dynamo" >"$WORK/engine.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 200); do grep -q "listening on" "$WORK/engine.log" && break; sleep 0.05; done
grep -q "listening on" "$WORK/engine.log" || { cat "$WORK/engine.log" >&2; exit 1; }

export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" CRUDDUR_DATA_DIR="$WORK" AWS_EC2_METADATA_DISABLED=true
unset CONNECTION_URL DDB_MESSAGE_TABLE AWS_COGNITO_USER_POOL_ID
./cruddur ddb schema-load >&2
./cruddur stream-processor >"$WORK/processor.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 200); do grep -q "Following the stream" "$WORK/processor.log" && break; sleep 0.05; done
grep -q "Following the stream" "$WORK/processor.log" || { cat "$WORK/processor.log" >&2; exit 1; }

CP="app/target/app-0.1.0-SNAPSHOT.jar:$(find app/target/lib -name '*.jar' | tr '\n' ':')"
ROWS=""
# Three fresh JVMs share two cores here; their compilers need about half a minute of this load.
log "warming up (3000 messages at 100/s)"
java -XX:+UseSerialGC -Djava.library.path=dynamo/target/native -cp "$CP" \
  bench/stream/StreamLatency.java 100 3000 "$CONVERSATIONS" >/dev/null
for rate in $RATES; do
  log "$MESSAGES messages at $rate/s"
  ROWS+="$(java -XX:+UseSerialGC -Djava.library.path=dynamo/target/native -cp "$CP" \
    bench/stream/StreamLatency.java "$rate" "$MESSAGES" "$CONVERSATIONS")"$'\n'
done

echo "## Stream processor latency — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Command: \`bench/stream-latency.sh --messages $MESSAGES --rates \"$RATES\" --conversations $CONVERSATIONS\`"
echo "($(java -version 2>&1 | head -1); $(nproc) cores; engine on disk; load: $(uptime | sed 's/.*load average: //'))"
echo
echo "Time from sending a message to both conversation items showing it (seen in the table's"
echo "stream by an observer polling every 5 ms, so each figure is overstated by up to 5 ms):"
echo
echo "| messages/s | messages | p50 ms | p90 ms | p99 ms | max ms |"
echo "|---:|---:|---:|---:|---:|---:|"
printf '%s' "$ROWS"
