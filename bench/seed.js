#!/usr/bin/env node
// Creates the benchmark table and seeds it, against any DynamoDB-compatible endpoint.
// Usage: node bench/seed.js http://127.0.0.1:PORT [--table bench] [--others 3000]
// Table: hash key pk (S), range key sk (S), PAY_PER_REQUEST (falls back to PROVISIONED if the
// server refuses on-demand billing). Items (~200 bytes each, same shape as bench/wrk/*.lua):
//   partition "p#0": 1,000 items, sk "s#0000".."s#0999"   (GetItem and Query read these)
//   partitions "o#<i>": --others more items, one per partition
// Every loop here is bounded in count and time; exits non-zero on any failure.
'use strict';
const { client } = require('./dynamo-http');

const args = process.argv.slice(2);
const dynamo = client(args[0], { maxSockets: 4 });
const endpoint = dynamo.endpoint;
const call = dynamo.call;
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const TABLE = opt('--table', 'bench');
const OTHERS = Number(opt('--others', '3000'));
const PAYLOAD = 'abcdefghij'.repeat(17);
const deadline = Date.now() + 120000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const item = (pk, sk, n) => ({ pk: { S: pk }, sk: { S: sk }, data: { S: PAYLOAD }, n: { N: String(n) } });

async function createTable() {
  const base = {
    TableName: TABLE,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
  };
  try {
    await call('CreateTable', { ...base, BillingMode: 'PAY_PER_REQUEST' });
    return 'PAY_PER_REQUEST';
  } catch (e) {
    if (!/ValidationException/.test(e.type)) throw e;
    console.error(`seed: PAY_PER_REQUEST refused (${e.message.slice(0, 160)}); using PROVISIONED`);
    await call('CreateTable', {
      ...base, BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 100000, WriteCapacityUnits: 100000 },
    });
    return 'PROVISIONED';
  }
}

async function waitActive() {
  for (let i = 0; i < 600 && Date.now() < deadline; i++) {
    const d = await call('DescribeTable', { TableName: TABLE });
    if (d.Table.TableStatus === 'ACTIVE') return;
    await sleep(50);
  }
  throw new Error('table did not become ACTIVE');
}

async function batchWrite(items) {
  let pending = items.map((it) => ({ PutRequest: { Item: it } }));
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= 20 || Date.now() > deadline) throw new Error('BatchWriteItem: items left unprocessed');
    if (attempt > 0) await sleep(20 * attempt);
    const r = await call('BatchWriteItem', { RequestItems: { [TABLE]: pending } });
    pending = (r.UnprocessedItems && r.UnprocessedItems[TABLE]) || [];
  }
}

async function main() {
  const t0 = Date.now();
  const billing = await createTable();
  await waitActive();
  const items = [];
  for (let i = 0; i < 1000; i++) items.push(item('p#0', 's#' + String(i).padStart(4, '0'), i));
  for (let i = 0; i < OTHERS; i++) items.push(item('o#' + i, 's#0000', i));
  const batches = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => { while (next < batches.length) await batchWrite(batches[next++]); };
  await Promise.all([worker(), worker(), worker(), worker()]);
  // Verify: the partition holds exactly 1,000 items, and one item reads back whole.
  const q = await call('Query', {
    TableName: TABLE, KeyConditionExpression: 'pk = :p',
    ExpressionAttributeValues: { ':p': { S: 'p#0' } }, Select: 'COUNT',
  });
  if (q.Count !== 1000) throw new Error('seeded partition has ' + q.Count + ' items, expected 1000');
  const g = await call('GetItem', { TableName: TABLE, Key: { pk: { S: 'p#0' }, sk: { S: 's#0500' } } });
  if (!g.Item || g.Item.data.S !== PAYLOAD) throw new Error('GetItem check failed: ' + JSON.stringify(g));
  const size = Buffer.byteLength(JSON.stringify(g.Item));
  console.log(`seed: ${endpoint.origin} table ${TABLE} (${billing}): ${items.length} items `
    + `(1000 in p#0), item JSON ${size} bytes, ${Date.now() - t0} ms`);
  dynamo.close();
}

main().catch((e) => { console.error('seed: ' + e.message); dynamo.close(); process.exit(1); });
