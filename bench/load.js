#!/usr/bin/env node
// Adds filler items to the benchmark table (made by seed.js) until it holds --total items,
// with BatchWriteItem over several connections, printing progress. Loopback endpoints only.
// Usage: node bench/load.js http://127.0.0.1:PORT --total 10000000 [--table bench]
//        [--connections 8] [--minutes 40]
// Filler items: pk "f#<n mod 100000>" (100,000 partitions), sk "s#<n>", ~200 bytes, so the
// seeded partition "p#0" keeps its 1,000 items. Bounded: stops with an error past --minutes.
'use strict';
const { client } = require('./dynamo-http');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const TABLE = opt('--table', 'bench');
const TOTAL = Number(opt('--total', '10000000'));
const CONNECTIONS = Number(opt('--connections', '8'));
const deadline = Date.now() + Number(opt('--minutes', '40')) * 60000;
const PAYLOAD = 'abcdefghij'.repeat(17);
const dynamo = client(args[0], { maxSockets: CONNECTIONS, timeout: 30000 });
const call = dynamo.call;

async function main() {
  const t0 = Date.now();
  const d = await call('DescribeTable', { TableName: TABLE });
  const start = d.Table.ItemCount;
  const toAdd = Math.max(0, TOTAL - start);
  const batches = Math.ceil(toAdd / 25);
  let next = 0;
  let done = 0;
  let lastReport = 0;
  const worker = async () => {
    while (next < batches) {
      if (Date.now() > deadline) throw new Error('load: over the time limit');
      const b = next++;
      const items = [];
      for (let i = b * 25; i < Math.min(toAdd, (b + 1) * 25); i++) {
        const n = start + i;
        items.push({ PutRequest: { Item: {
          pk: { S: 'f#' + (n % 100000) }, sk: { S: 's#' + n }, data: { S: PAYLOAD }, n: { N: String(n) },
        } } });
      }
      const r = await call('BatchWriteItem', { RequestItems: { [TABLE]: items } });
      if (r.UnprocessedItems && r.UnprocessedItems[TABLE]) throw new Error('load: unprocessed items');
      done += items.length;
      if (Date.now() - lastReport > 10000) {
        lastReport = Date.now();
        const rate = Math.round(done / ((Date.now() - t0) / 1000));
        console.error(`load: ${start + done} / ${TOTAL} items (${rate} items/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const after = await call('DescribeTable', { TableName: TABLE });
  console.log(`load: ${TABLE} now holds ${after.Table.ItemCount} items `
    + `(added ${done} in ${Math.round((Date.now() - t0) / 1000)} s)`);
  dynamo.close();
}

main().catch((e) => { console.error(e.message); dynamo.close(); process.exit(1); });
