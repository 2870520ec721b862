# Sourced by the single-engine benchmark scripts: starts the engine through ./cruddur on a free
# loopback port, seeds it, and stops it (and removes its files) when the script exits.
# Usage: start_seeded_engine ROOT STORAGE   (STORAGE: "memory" or "disk")
# Sets PORT, PID and ENGINE_DIR (its log, and its data under data/ when on disk).

start_seeded_engine() {
  local root="$1" storage="$2" work
  "$root/cruddur" dynamo --self-check >&2
  work="$(mktemp -d)"
  ENGINE_DIR="$work"
  PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  if [ "$storage" = disk ]; then
    "$root/cruddur" dynamo --port "$PORT" --data-dir "$work/data" >"$work/engine.log" 2>&1 &
  else
    "$root/cruddur" dynamo --port "$PORT" --in-memory >"$work/engine.log" 2>&1 &
  fi
  PID=$!
  # shellcheck disable=SC2064 # expand now: the values are fixed for this run
  trap "kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf '$work'" EXIT
  for _ in $(seq 1 400); do
    grep -q "listening on" "$work/engine.log" && break
    kill -0 "$PID" 2>/dev/null || { cat "$work/engine.log" >&2; exit 1; }
    sleep 0.05
  done
  node "$root/bench/seed.js" "http://127.0.0.1:$PORT" >&2
}
