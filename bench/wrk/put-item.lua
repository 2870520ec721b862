-- PutItem of a ~200-byte item. The key varies per request: each wrk thread cycles over its own
-- 2,000 keys ("w#<thread>#<n>", sort key "s"), so there is no single hot item and the table stays
-- bounded (the first pass inserts, later passes overwrite).
dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
dynamo_headers("PutItem")

request_cycle(function()
  local bodies = {}
  for i = 0, 1999 do
    bodies[#bodies + 1] = string.format(
      '{"TableName":"%s","Item":{"pk":{"S":"w#%d#%d"},"sk":{"S":"s"},"data":{"S":"%s"},"n":{"N":"%d"}}}',
      TABLE, tid, i, PAYLOAD, i)
  end
  return bodies
end)
