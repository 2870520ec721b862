-- No-op ceiling: GET / (the engine's health-check answer). No body, no DynamoDB work: this is what
-- the HTTP stack alone can do on this machine, the upper bound for any operation.
dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/"
