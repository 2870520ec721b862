-- Shared by every bench/wrk/*.lua script: DynamoDB JSON 1.0 headers, thread ids, and a
-- machine-readable result line (BENCH_RESULT) printed by done(), which engine-vs-dynalite.sh parses.
-- Loaded with dofile() from the directory named by $BENCH_WRK_DIR (default bench/wrk).
--
-- Env: BENCH_TABLE (default "bench"); BENCH_CHECK=1 records each thread's first response so the
-- harness can check status and body before it measures (it costs time; only for the check run).

TABLE = os.getenv("BENCH_TABLE") or "bench"
CHECK = os.getenv("BENCH_CHECK") == "1"

-- ~170 characters, so a seeded/put item is ~200 bytes (must match bench/seed.js).
PAYLOAD = string.rep("abcdefghij", 17)

function dynamo_headers(op)
  wrk.method = "POST"
  wrk.path = "/"
  wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
  wrk.headers["X-Amz-Target"] = "DynamoDB_20120810." .. op
  wrk.headers["X-Amz-Date"] = "20260101T000000Z"
  wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=k/20260101/us-east-1/dynamodb/aws4_request, "
    .. "SignedHeaders=host;x-amz-date, Signature=0"
end

-- Main state: number the threads so per-thread keys never collide.
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

if CHECK then
  first_status = nil
  first_body = nil
  bad = 0
  function response(status, headers, body)
    if first_status == nil then
      first_status = status
      first_body = body
    end
    if status ~= 200 then bad = bad + 1 end
  end
end

-- Sends a cycle of pre-formatted requests, so request() does no string work while measuring.
-- build() runs in each thread (after setup() gave it `tid`) and returns the request bodies.
-- request() must be defined at load time: wrk decides from the main state whether requests vary.
function request_cycle(build)
  local reqs, n, i = {}, 0, 0
  function init(args)
    for k, b in ipairs(build()) do
      reqs[k] = wrk.format(nil, nil, nil, b)
    end
    n = #reqs
  end
  function request()
    i = i + 1
    if i > n then i = 1 end
    return reqs[i]
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d "
      .. "connect_err=%d read_err=%d write_err=%d status_err=%d timeout_err=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
  if CHECK then
    for _, t in ipairs(threads) do
      local body = t:get("first_body") or ""
      body = body:gsub("[\r\n]", " "):sub(1, 10000)
      io.write(string.format("BENCH_CHECK status=%s bad=%s body=%s\n",
        tostring(t:get("first_status")), tostring(t:get("bad")), body))
    end
  end
end
