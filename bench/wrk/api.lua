-- One route of the HTTP API with a real access token (bench/api-load.sh).
-- Env: API_METHOD (GET), API_PATH, API_TOKEN, API_BODY (for POST; "%d" is replaced by a counter
-- so that every message is new).
local method = os.getenv("API_METHOD") or "GET"
local path = os.getenv("API_PATH")
local body = os.getenv("API_BODY")
wrk.method = method
wrk.path = path
wrk.headers["Authorization"] = "Bearer " .. os.getenv("API_TOKEN")
wrk.headers["Content-Type"] = "application/json"

local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

local n = 0
function request()
  if body == nil then
    return wrk.format(method, path)
  end
  n = n + 1
  return wrk.format(method, path, nil, string.format(body, tid * 100000000 + n))
end

local bad = 0
function response(status, headers, resp)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local non200 = 0
  for _, t in ipairs(threads) do non200 = non200 + (t:get("bad") or 0) end
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d non200=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, non200,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
