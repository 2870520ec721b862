-- Query: the first page of 20 items (Limit 20) of the seeded 1,000-item partition "p#0".
-- Fixed body; the answer carries 20 items (~4 KB) and a LastEvaluatedKey.
dofile((os.getenv("BENCH_WRK_DIR") or "bench/wrk") .. "/common.lua")
dynamo_headers("Query")
wrk.body = string.format('{"TableName":"%s","KeyConditionExpression":"pk = :p",'
  .. '"ExpressionAttributeValues":{":p":{"S":"p#0"}},"Limit":20}', TABLE)
