-- GetItem of one of the 1,000 seeded items in partition "p#0" (cycles through all of them;
-- eventually consistent read, no projection).
dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
dynamo_headers("GetItem")

request_cycle(function()
  local bodies = {}
  for i = 0, 999 do
    bodies[#bodies + 1] = string.format(
      '{"TableName":"%s","Key":{"pk":{"S":"p#0"},"sk":{"S":"s#%04d"}}}', TABLE, i)
  end
  return bodies
end)
