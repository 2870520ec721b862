#!/usr/bin/env bash
# How long a script takes against an engine that is already running: `ddb list-tables`, run
# N times each way, side by side in one run: the app's jar without a class-data archive, with the
# archive the launcher keeps (app/target/app.jsa), and the AWS CLI doing the same call if it is
# installed. Reports the median wall and CPU (user+sys) seconds of each. Talks to 127.0.0.1 only.
set -euo pipefail

usage() {
  echo "Usage: bench/script-latency.sh [--runs N]   (default 10)"
}
RUNS=10
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "script-latency: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$RUNS" =~ ^[0-9]+$ && "$RUNS" -ge 1 && "$RUNS" -le 100 ]] || { echo "--runs must be 1..100" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./cruddur build >/dev/null
APP_JAR=app/target/app-0.1.0-SNAPSHOT.jar
WORK="$(mktemp -d)"
ENGINE_PID=""
cleanup() {
  [ -n "$ENGINE_PID" ] && kill "$ENGINE_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
./cruddur dynamo --in-memory --port "$PORT" >"$WORK/engine.log" 2>&1 &
ENGINE_PID=$!
for _ in $(seq 1 200); do grep -q "listening on" "$WORK/engine.log" && break; sleep 0.05; done
export AWS_ENDPOINT_URL="http://127.0.0.1:$PORT" AWS_EC2_METADATA_DISABLED=true
export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=us-east-1
export CRUDDUR_DATA_DIR="$WORK/data"
JAVA=(java -XX:+UseSerialGC -Djava.library.path=dynamo/target/native)
"${JAVA[@]}" -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$APP_JAR" ddb list-tables >/dev/null 2>&1

# measure LABEL COMMAND...: RUNS runs; prints the median wall and CPU seconds.
measure() {
  local label="$1"
  shift
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" >/dev/null 2>&1
    times+=("$(tail -1 "$WORK/time")")
  done
  local wall cpu
  wall="$(printf '%s\n' "${times[@]}" | awk '{print $1}' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
  cpu="$(printf '%s\n' "${times[@]}" | awk '{print $2 + $3}' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
  printf '| %s | %.2f | %.2f |\n' "$label" "$wall" "$cpu"
}

echo "| \`ddb list-tables\` against a running engine, $RUNS runs | median wall s | median CPU s |"
echo "|---|---:|---:|"
measure "app jar, no archive" "${JAVA[@]}" -jar "$APP_JAR" ddb list-tables
measure "app jar with its archive (as ./cruddur runs it)" "${JAVA[@]}" \
  -XX:SharedArchiveFile="$WORK/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$APP_JAR" ddb list-tables
if command -v aws >/dev/null; then
  measure "AWS CLI (aws dynamodb list-tables)" aws dynamodb list-tables --endpoint-url "$AWS_ENDPOINT_URL"
else
  echo "| AWS CLI | not installed | |"
fi
