-- BatchWriteItem of 25 PutRequests (~200-byte items). Keys vary: each wrk thread cycles over its
-- own 5,000 keys ("b#<thread>#<n>"), 25 distinct keys per batch, 200 distinct batches.
-- One request = one BatchWriteItem call (25 items); ops/s counts calls, not items.
dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
dynamo_headers("BatchWriteItem")

request_cycle(function()
  local bodies = {}
  for b = 0, 199 do
    local puts = {}
    for j = 0, 24 do
      local k = b * 25 + j
      puts[#puts + 1] = string.format(
        '{"PutRequest":{"Item":{"pk":{"S":"b#%d#%d"},"sk":{"S":"s"},"data":{"S":"%s"},"n":{"N":"%d"}}}}',
        tid, k, PAYLOAD, k)
    end
    bodies[#bodies + 1] = string.format('{"RequestItems":{"%s":[%s]}}', TABLE, table.concat(puts, ","))
  end
  return bodies
end)
