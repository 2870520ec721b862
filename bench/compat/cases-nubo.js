// Probe cases derived from the public conformance suite nubo-db/dynamodb-conformance (TypeScript tests
// run against real AWS). Each case restates, in our own words and in raw-request form, one check the suite
// makes; `real` pins the expected answer and `real.source` names the suite file. The suite's code is not
// copied: requests are rebuilt here on fresh per-case tables.
//
// Format as in cases.js. Extra: `real: {status: 200, check: (json, r) => errorString|null, checkText}` for
// success-path expectations (r.after holds the answers of the `after` requests).
//
//   node bench/compat/probe.js --cases cases-nubo.js --ours-only --ours http://127.0.0.1:8126
'use strict';

const S = (s) => ({ S: s });
const N = (n) => ({ N: String(n) });
const B = (b) => ({ B: b });
const VE = 'ValidationException';
const RNF = 'ResourceNotFoundException';
const CCF = 'ConditionalCheckFailedException';
const NUBO = 'nubo-db/dynamodb-conformance ';
const PT = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };

// ---- tables modelled on the suite's shared tables ----------------------------------------------
// hash: pk S on-demand; hashN: pk N; hashB: pk B; composite: pk S / sk S provisioned with two LSIs and
// two GSIs (lsi1: sk lsi1sk ALL; lsi2: sk lsi2sk INCLUDE [lsi1sk]; gsi1: hash lsi1sk ALL;
// gsi2: lsi1sk/lsi2sk INCLUDE [data]); compositeN: sk N; compositeB: sk B.
function ct(name, attrs, keys, extra) {
  return {
    op: 'CreateTable',
    body: Object.assign({
      TableName: name,
      AttributeDefinitions: attrs.map(([n, t]) => ({ AttributeName: n, AttributeType: t })),
      KeySchema: keys.map(([n, t]) => ({ AttributeName: n, KeyType: t })),
    }, extra),
  };
}
const PPR = { BillingMode: 'PAY_PER_REQUEST' };
const hash = (name = '$T', type = 'S') => ct(name, [['pk', type]], [['pk', 'HASH']], PPR);
const comp = (name = '$T', skType = 'S', extra = { ProvisionedThroughput: PT }) =>
  ct(name, [['pk', 'S'], ['sk', skType]], [['pk', 'HASH'], ['sk', 'RANGE']], extra);
function composite(name = '$T') {
  return ct(name, [['pk', 'S'], ['sk', 'S'], ['lsi1sk', 'S'], ['lsi2sk', 'S']], [['pk', 'HASH'], ['sk', 'RANGE']], {
    ProvisionedThroughput: PT,
    LocalSecondaryIndexes: [
      { IndexName: 'lsi1', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'lsi1sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
      { IndexName: 'lsi2', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'lsi2sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['lsi1sk'] } },
    ],
    GlobalSecondaryIndexes: [
      { IndexName: 'gsi1', KeySchema: [{ AttributeName: 'lsi1sk', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PT },
      { IndexName: 'gsi2', KeySchema: [{ AttributeName: 'lsi1sk', KeyType: 'HASH' }, { AttributeName: 'lsi2sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['data'] }, ProvisionedThroughput: PT },
    ],
  });
}
const put = (item, name = '$T') => ({ op: 'PutItem', body: { TableName: name, Item: item } });
const get = (key, name = '$T', extra) => ({ op: 'GetItem', body: Object.assign({ TableName: name, Key: key, ConsistentRead: true }, extra) });
const H = () => [hash()];
const C = () => [composite()];

// ---- expectation helpers -----------------------------------------------------------------------
const err = (type, file, more) => Object.assign({ type, source: NUBO + file }, more || {});
const ve = (file, more) => err(VE, file, more);
// success with a check on the answer: fn(json, r) returns a failure string or null
const ok = (file, text, fn) => ({ status: 200, source: NUBO + file, checkText: text, check: fn || (() => null) });
// canonical JSON (object keys sorted, arrays kept in order): attribute order in an answer is not significant
const canon = (v) => (Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v);
const j = (v) => JSON.stringify(canon(v));
const eq = (what, got, want) => (j(got) === j(want) ? null : `${what} ${j(got)}, expected ${j(want)}`);
const first = (...fails) => fails.find((f) => f) || null;
const afterItem = (r, i = 0) => (r.after && r.after[i] && r.after[i].json ? r.after[i].json.Item : undefined);
const txCancelled = (reasonCodes, file, reasonMessage) => ({
  type: 'TransactionCanceledException',
  contains: [`[${reasonCodes.join(', ')}]`],
  source: NUBO + file,
  checkText: `CancellationReasons ${j(reasonCodes)}${reasonMessage ? ' with Message ' + j(reasonMessage) : ''}`,
  check: (b) => {
    const codes = ((b && b.CancellationReasons) || []).map((x) => x.Code);
    if (j(codes) !== j(reasonCodes)) return `CancellationReasons codes ${j(codes)}, expected ${j(reasonCodes)}`;
    if (reasonMessage) {
      const m = b.CancellationReasons.find((x) => x.Code !== 'None');
      if (!m || m.Message !== reasonMessage) return `reason Message ${j(m && m.Message)}, expected ${j(reasonMessage)}`;
    }
    return null;
  },
});

const cases = [];
function add(group, list) { for (const c of list) cases.push(Object.assign({ group }, c)); }

// ================================================================================================
// tier1/batchGetItem, tier1/batchWriteItem
const BG = 'tests/tier1/batchGetItem/basic.test.ts';
const BGV = 'tests/tier1/batchGetItem/validation.test.ts';
const BW = 'tests/tier1/batchWriteItem/basic.test.ts';
const BWV = 'tests/tier1/batchWriteItem/validation.test.ts';
const five = () => [hash(), ...[0, 1, 2, 3, 4].map((i) => put({ pk: S('bg-' + i), val: N(i * 10) }))];
const respLen = (b, t, n) => { const a = b && b.Responses && b.Responses[t]; return a && a.length === n ? null : `Responses.${t} has ${a ? a.length : 'no'} items, expected ${n}`; };
add('nubo BatchGetItem', [
  { name: 'nubo/bg/five-keys', setup: five, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [0, 1, 2, 3, 4].map((i) => ({ pk: S('bg-' + i) })), ConsistentRead: true } } },
    real: ok(BG, 'five items come back', (b) => respLen(b, '$T', 5)) },
  { name: 'nubo/bg/mixed-existing-missing', setup: five, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('bg-0') }, { pk: S('does-not-exist') }, { pk: S('bg-1') }], ConsistentRead: true } } },
    real: ok(BG, 'two of three keys found', (b) => respLen(b, '$T', 2)) },
  { name: 'nubo/bg/unprocessed-empty-object', setup: five, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('bg-0') }], ConsistentRead: true } } },
    real: ok(BG, 'UnprocessedKeys is present and {}', (b) => eq('UnprocessedKeys', b.UnprocessedKeys, {})) },
  { name: 'nubo/bg/projection-no-auto-key', setup: [hash(), put({ pk: S('p'), a: S('alpha'), b: S('beta'), c: N(99) })], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('p') }], ProjectionExpression: 'a, c', ConsistentRead: true } } },
    real: ok(BG, 'item is exactly {a, c} (key not added)', (b) => eq('item', b.Responses && b.Responses.$T && b.Responses.$T[0], { a: S('alpha'), c: N(99) })) },
  { name: 'nubo/bg/projection-matches-nothing', setup: [hash(), put({ pk: S('p'), name: S('Alice') })], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('p') }], ProjectionExpression: 'nonexistent', ConsistentRead: true } } },
    real: ok(BG, 'Responses keeps one empty {} entry', (b) => eq('Responses', b.Responses && b.Responses.$T, [{}])) },
  { name: 'nubo/bg/two-tables', setup: [hash(), comp('$T2'), put({ pk: S('h'), val: S('from-hash') }), put({ pk: S('c'), sk: S('sk1'), val: S('from-composite') }, '$T2')], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('h') }], ConsistentRead: true }, $T2: { Keys: [{ pk: S('c'), sk: S('sk1') }], ConsistentRead: true } } },
    real: ok(BG, 'one item from each table', (b) => first(respLen(b, '$T', 1), respLen(b, '$T2', 1), eq('val', b.Responses.$T2[0].val, S('from-composite')))) },
  { name: 'nubo/bg/two-tables-one-missing', setup: [hash(), comp('$T2'), put({ pk: S('h'), val: S('from-hash') })], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('h') }], ConsistentRead: true }, $T2: { Keys: [{ pk: S('x'), sk: S('nope') }], ConsistentRead: true } } },
    real: ok(BG, 'table with no hit still appears with []', (b) => first(respLen(b, '$T', 1), respLen(b, '$T2', 0))) },
  { name: 'nubo/bg/101-keys', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: Array.from({ length: 101 }, (_, i) => ({ pk: S('k' + i) })), ConsistentRead: true } } }, real: ve(BGV) },
  { name: 'nubo/bg/empty-request-items', op: 'BatchGetItem', body: { RequestItems: {} }, real: ve(BGV) },
  { name: 'nubo/bg/missing-table', op: 'BatchGetItem', body: { RequestItems: { no_such_table_nubo: { Keys: [{ pk: S('test') }] } } }, real: err(RNF, BGV) },
  { name: 'nubo/bg/duplicate-keys', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('same') }, { pk: S('same') }], ConsistentRead: true } } }, real: ve(BGV, { contains: ['Provided list of item keys contains duplicates'] }) },
]);
add('nubo BatchWriteItem', [
  { name: 'nubo/bw/put-five', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [0, 1, 2, 3, 4].map((i) => ({ PutRequest: { Item: { pk: S('bw-' + i), val: N(i) } } })) } },
    after: [get({ pk: S('bw-4') })], real: ok(BW, 'no unprocessed; item bw-4 readable with val 4', (b, r) => first(eq('UnprocessedItems', b.UnprocessedItems, {}), eq('val', (afterItem(r) || {}).val, N(4)))) },
  { name: 'nubo/bw/delete-three', setup: [hash(), put({ pk: S('d0') }), put({ pk: S('d1') }), put({ pk: S('d2') })], op: 'BatchWriteItem', body: { RequestItems: { $T: [0, 1, 2].map((i) => ({ DeleteRequest: { Key: { pk: S('d' + i) } } })) } },
    after: [get({ pk: S('d1') })], real: ok(BW, 'deleted items are gone', (b, r) => (afterItem(r) === undefined ? null : 'd1 still present')) },
  { name: 'nubo/bw/mixed-put-delete', setup: [hash(), put({ pk: S('del'), val: S('delete-me') })], op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('new'), val: S('new') } } }, { DeleteRequest: { Key: { pk: S('del') } } }] } },
    after: [get({ pk: S('new') }), get({ pk: S('del') })], real: ok(BW, 'put visible, delete applied', (b, r) => first(afterItem(r, 0) ? null : 'put item missing', afterItem(r, 1) === undefined ? null : 'deleted item present')) },
  { name: 'nubo/bw/two-tables', setup: [hash(), comp('$T2')], op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('h1') } } }, { PutRequest: { Item: { pk: S('h2') } } }], $T2: [{ PutRequest: { Item: { pk: S('c1'), sk: S('a') } } }, { PutRequest: { Item: { pk: S('c2'), sk: S('b') } } }] } },
    after: [get({ pk: S('h2') }), get({ pk: S('c2'), sk: S('b') }, '$T2')], real: ok(BW, 'items in both tables', (b, r) => first(eq('UnprocessedItems', b.UnprocessedItems, {}), afterItem(r, 0) ? null : 'hash item missing', afterItem(r, 1) ? null : 'composite item missing')) },
  { name: 'nubo/bw/two-tables-delete', setup: [hash(), comp('$T2'), put({ pk: S('h1') }), put({ pk: S('c1'), sk: S('a') }, '$T2')], op: 'BatchWriteItem', body: { RequestItems: { $T: [{ DeleteRequest: { Key: { pk: S('h1') } } }], $T2: [{ DeleteRequest: { Key: { pk: S('c1'), sk: S('a') } } }] } },
    after: [get({ pk: S('h1') }), get({ pk: S('c1'), sk: S('a') }, '$T2')], real: ok(BW, 'gone from both tables', (b, r) => first(afterItem(r, 0) === undefined ? null : 'hash item present', afterItem(r, 1) === undefined ? null : 'composite item present')) },
  { name: 'nubo/bw/unprocessed-empty-object', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('u') } } }] } },
    real: ok(BW, 'UnprocessedItems is present and {}', (b) => eq('UnprocessedItems', b.UnprocessedItems, {})) },
  { name: 'nubo/bw/26-items', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: Array.from({ length: 26 }, (_, i) => ({ PutRequest: { Item: { pk: S('k' + i) } } })) } }, real: ve(BWV) },
  { name: 'nubo/bw/empty-request-items', op: 'BatchWriteItem', body: { RequestItems: {} }, real: ve(BWV) },
  { name: 'nubo/bw/missing-table', op: 'BatchWriteItem', body: { RequestItems: { no_such_table_nubo: [{ PutRequest: { Item: { pk: S('test') } } }] } }, real: err(RNF, BWV) },
  { name: 'nubo/bw/duplicate-keys', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('dup'), val: S('first') } } }, { PutRequest: { Item: { pk: S('dup'), val: S('second') } } }] } }, real: ve(BWV) },
  { name: 'nubo/bw/keyless-item', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { notkey: S('x') } } }] } }, real: ve(BWV) },
]);

// ================================================================================================
// tier1/createTable
const CTB = 'tests/tier1/createTable/basic.test.ts';
const CTC = 'tests/tier1/createTable/config.test.ts';
const CTG = 'tests/tier1/createTable/gsi.test.ts';
const CTL = 'tests/tier1/createTable/lsi.test.ts';
const CTS = 'tests/tier1/createTable/specValidation.test.ts';
const ctBody = (extra) => Object.assign({ TableName: '$T', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }, extra);
const desc = { op: 'DescribeTable', body: { TableName: '$T' } };
const tbl = (b) => (b && b.Table) || {};
add('nubo CreateTable', [
  { name: 'nubo/ct/hash-provisioned-describe', setup: [{ op: 'CreateTable', body: ctBody({ BillingMode: undefined, ProvisionedThroughput: PT }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTB, 'ACTIVE, name, KeySchema and AttributeDefinitions as created', (b) => first(eq('TableStatus', tbl(b).TableStatus, 'ACTIVE'), eq('TableName', tbl(b).TableName, '$T'), eq('KeySchema', tbl(b).KeySchema, [{ AttributeName: 'pk', KeyType: 'HASH' }]), eq('AttributeDefinitions', tbl(b).AttributeDefinitions, [{ AttributeName: 'pk', AttributeType: 'S' }]))) },
  { name: 'nubo/ct/composite-describe', setup: [comp('$T', 'N')], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTB, 'KeySchema [HASH pk, RANGE sk]', (b) => eq('KeySchema', tbl(b).KeySchema, [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }])) },
  { name: 'nubo/ct/ppr-billing-summary', setup: [{ op: 'CreateTable', body: ctBody() }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTB, 'BillingModeSummary.BillingMode PAY_PER_REQUEST', (b) => eq('BillingModeSummary.BillingMode', (tbl(b).BillingModeSummary || {}).BillingMode, 'PAY_PER_REQUEST')) },
  { name: 'nubo/ct/listed-after-create', setup: [{ op: 'CreateTable', body: ctBody() }], op: 'ListTables', body: {},
    real: ok(CTB, 'TableNames contains the new table', (b) => ((b.TableNames || []).includes('$T') ? null : 'table not listed')) },
  { name: 'nubo/ct/tableid-stable', op: 'CreateTable', body: ctBody(), after: [desc],
    real: ok(CTB, 'TableDescription.TableId non-empty string equal to DescribeTable TableId', (b, r) => {
      const id = b.TableDescription && b.TableDescription.TableId;
      if (typeof id !== 'string' || !id) return 'no TableId in CreateTable answer';
      return eq('DescribeTable TableId', r.after[0].json && r.after[0].json.Table && r.after[0].json.Table.TableId, id);
    }) },
  { name: 'nubo/ct/name-2-chars', op: 'CreateTable', body: ctBody({ TableName: 'ab' }), real: ve(CTB) },
  { name: 'nubo/ct/name-256-chars', op: 'CreateTable', body: ctBody({ TableName: 'a'.repeat(256) }), real: ve(CTB) },
  { name: 'nubo/ct/name-semicolon', op: 'CreateTable', body: ctBody({ TableName: 'invalid;name' }), real: ve(CTB) },
  { name: 'nubo/ct/already-exists', setup: H, op: 'CreateTable', body: ctBody(), real: err('ResourceInUseException', CTB) },
  { name: 'nubo/ct/keyschema-empty', op: 'CreateTable', body: ctBody({ KeySchema: [] }), real: ve(CTB) },
  { name: 'nubo/ct/unused-attrdef', op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'extra', AttributeType: 'N' }] }), real: ve(CTB) },
  { name: 'nubo/ct/deletion-protection-create-echo', op: 'CreateTable', body: ctBody({ DeletionProtectionEnabled: true }), after: [desc, { op: 'UpdateTable', body: { TableName: '$T', DeletionProtectionEnabled: false } }],
    real: ok(CTC, 'DescribeTable DeletionProtectionEnabled true', (b, r) => eq('DeletionProtectionEnabled', tbl(r.after[0].json).DeletionProtectionEnabled, true)) },
  { name: 'nubo/ct/deletion-protection-default', setup: [{ op: 'CreateTable', body: ctBody() }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTC, 'DeletionProtectionEnabled false or absent', (b) => eq('DeletionProtectionEnabled', tbl(b).DeletionProtectionEnabled || false, false)) },
  { name: 'nubo/ct/table-class-ia', setup: [{ op: 'CreateTable', body: ctBody({ TableClass: 'STANDARD_INFREQUENT_ACCESS' }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTC, 'TableClassSummary.TableClass STANDARD_INFREQUENT_ACCESS', (b) => eq('TableClassSummary.TableClass', (tbl(b).TableClassSummary || {}).TableClass, 'STANDARD_INFREQUENT_ACCESS')) },
  { name: 'nubo/ct/table-class-default', setup: [{ op: 'CreateTable', body: ctBody() }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTC, 'TableClass STANDARD or absent', (b) => eq('TableClass', (tbl(b).TableClassSummary || {}).TableClass || 'STANDARD', 'STANDARD')) },
  { name: 'nubo/ct/sse-enabled', setup: [{ op: 'CreateTable', body: ctBody({ SSESpecification: { Enabled: true } }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTC, 'SSEDescription {Status ENABLED, SSEType KMS, KMSMasterKeyArn arn:aws:kms:...}', (b) => { const d = tbl(b).SSEDescription || {}; return first(eq('SSEDescription.Status', d.Status, 'ENABLED'), eq('SSEDescription.SSEType', d.SSEType, 'KMS'), /^arn:aws:kms:/.test(d.KMSMasterKeyArn || '') ? null : `KMSMasterKeyArn ${j(d.KMSMasterKeyArn)}`); }) },
  { name: 'nubo/ct/sse-default-absent', setup: [{ op: 'CreateTable', body: ctBody() }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTC, 'no SSEDescription', (b) => (tbl(b).SSEDescription === undefined ? null : `SSEDescription ${j(tbl(b).SSEDescription)}`)) },
  { name: 'nubo/ct/on-demand-throughput', setup: [{ op: 'CreateTable', body: ctBody({ OnDemandThroughput: { MaxReadRequestUnits: 10, MaxWriteRequestUnits: 5 } }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTC, 'OnDemandThroughput {10, 5}', (b) => eq('OnDemandThroughput', tbl(b).OnDemandThroughput, { MaxReadRequestUnits: 10, MaxWriteRequestUnits: 5 })) },
  { name: 'nubo/ct/gsi-hash-only', setup: [{ op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'gsiPk', AttributeType: 'S' }], GlobalSecondaryIndexes: [{ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'gsiPk', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }] }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTG, 'one GSI gsi1, KeySchema [gsiPk HASH], ALL', (b) => { const g = tbl(b).GlobalSecondaryIndexes || []; return first(eq('GSI count', g.length, 1), g[0] && eq('IndexName', g[0].IndexName, 'gsi1'), g[0] && eq('KeySchema', g[0].KeySchema, [{ AttributeName: 'gsiPk', KeyType: 'HASH' }]), g[0] && eq('ProjectionType', g[0].Projection && g[0].Projection.ProjectionType, 'ALL')); }) },
  { name: 'nubo/ct/gsi-composite-keys-only', setup: [{ op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'gsiPk', AttributeType: 'S' }, { AttributeName: 'gsiSk', AttributeType: 'N' }], GlobalSecondaryIndexes: [{ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'gsiPk', KeyType: 'HASH' }, { AttributeName: 'gsiSk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }] }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTG, 'KEYS_ONLY, two key elements', (b) => { const g = (tbl(b).GlobalSecondaryIndexes || [])[0] || {}; return first(eq('ProjectionType', (g.Projection || {}).ProjectionType, 'KEYS_ONLY'), eq('KeySchema length', (g.KeySchema || []).length, 2)); }) },
  { name: 'nubo/ct/gsi-include', setup: [{ op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'gsiPk', AttributeType: 'S' }], GlobalSecondaryIndexes: [{ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'gsiPk', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['attr1', 'attr2'] } }] }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTG, 'INCLUDE with attr1, attr2', (b) => { const p = (((tbl(b).GlobalSecondaryIndexes || [])[0] || {}).Projection) || {}; return first(eq('ProjectionType', p.ProjectionType, 'INCLUDE'), eq('NonKeyAttributes', (p.NonKeyAttributes || []).slice().sort(), ['attr1', 'attr2'])); }) },
  { name: 'nubo/ct/two-gsis', setup: [{ op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g1', AttributeType: 'S' }, { AttributeName: 'g2', AttributeType: 'N' }], GlobalSecondaryIndexes: [{ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'g1', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }, { IndexName: 'gsi2', KeySchema: [{ AttributeName: 'g2', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }] }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTG, 'two GSIs', (b) => eq('GSI count', (tbl(b).GlobalSecondaryIndexes || []).length, 2)) },
  { name: 'nubo/ct/lsi', setup: [{ op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'lsiSk', AttributeType: 'N' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }], LocalSecondaryIndexes: [{ IndexName: 'lsi1', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'lsiSk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }] }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(CTL, 'one LSI lsi1 with KeySchema [pk HASH, lsiSk RANGE]', (b) => { const l = tbl(b).LocalSecondaryIndexes || []; return first(eq('LSI count', l.length, 1), l[0] && eq('IndexName', l[0].IndexName, 'lsi1'), l[0] && eq('KeySchema', l[0].KeySchema, [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'lsiSk', KeyType: 'RANGE' }])); }) },
  { name: 'nubo/ct/lsi-on-hash-only', op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'lsiSk', AttributeType: 'N' }], LocalSecondaryIndexes: [{ IndexName: 'lsi1', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'lsiSk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }] }), real: ve(CTL) },
  { name: 'nubo/ct/lsi-other-hash', op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'other', AttributeType: 'S' }, { AttributeName: 'lsiSk', AttributeType: 'N' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }], LocalSecondaryIndexes: [{ IndexName: 'lsi1', KeySchema: [{ AttributeName: 'other', KeyType: 'HASH' }, { AttributeName: 'lsiSk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }] }), real: ve(CTL) },
  { name: 'nubo/ct/gsi-include-no-nka', op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }], GlobalSecondaryIndexes: [{ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE' } }] }), real: ve(CTS) },
  { name: 'nubo/ct/gsi-keys-only-with-nka', op: 'CreateTable', body: ctBody({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }], GlobalSecondaryIndexes: [{ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY', NonKeyAttributes: ['x'] } }] }), real: ve(CTS) },
  { name: 'nubo/ct/stream-off-with-viewtype', op: 'CreateTable', body: ctBody({ StreamSpecification: { StreamEnabled: false, StreamViewType: 'NEW_IMAGE' } }), real: ve(CTS) },
]);

// ================================================================================================
// tier1/deleteItem
const DIB = 'tests/tier1/deleteItem/basic.test.ts';
const DIP = 'tests/tier1/deleteItem/conditionExpressionParens.test.ts';
const gone = (what) => (b, r) => (afterItem(r) === undefined ? null : `${what}: item still present`);
const statusActive = (k) => [hash(), put({ pk: S(k), status: S('active') })];
const delCond = (cond, vals) => ({ TableName: '$T', Key: { pk: S('k') }, ConditionExpression: cond, ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: vals });
add('nubo DeleteItem', [
  { name: 'nubo/del/existing', setup: [hash(), put({ pk: S('del-1'), data: S('to-delete') })], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('del-1') } }, after: [get({ pk: S('del-1') })], real: ok(DIB, 'item gone', gone('del-1')) },
  { name: 'nubo/del/missing-item', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('never') } }, real: ok(DIB, 'no Attributes', (b) => (b.Attributes === undefined ? null : 'Attributes present')) },
  { name: 'nubo/del/composite', setup: [comp(), put({ pk: S('d'), sk: S('sort1'), value: S('x') })], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('d'), sk: S('sort1') } }, after: [get({ pk: S('d'), sk: S('sort1') })], real: ok(DIB, 'item gone', gone('composite')) },
  { name: 'nubo/del/all-old', setup: [hash(), put({ pk: S('r'), data: S('old-data') })], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('r') }, ReturnValues: 'ALL_OLD' }, real: ok(DIB, 'Attributes.data old-data', (b) => eq('Attributes.data', b.Attributes && b.Attributes.data, S('old-data'))) },
  { name: 'nubo/del/all-old-missing', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('none') }, ReturnValues: 'ALL_OLD' }, real: ok(DIB, 'no Attributes', (b) => (b.Attributes === undefined ? null : `Attributes ${j(b.Attributes)}`)) },
  { name: 'nubo/del/cond-met', setup: [hash(), put({ pk: S('k'), status: S('pending') })], op: 'DeleteItem', body: delCond('#s = :v', { ':v': S('pending') }), after: [get({ pk: S('k') })], real: ok(DIB, 'item gone', gone('k')) },
  { name: 'nubo/del/cond-not-met', setup: [hash(), put({ pk: S('k'), status: S('active') })], op: 'DeleteItem', body: delCond('#s = :v', { ':v': S('pending') }), after: [get({ pk: S('k') })],
    real: err(CCF, DIB, { check: (b, r) => (afterItem(r) ? null : 'item was deleted'), checkText: 'item remains' }) },
  { name: 'nubo/del/parens-per-condition', setup: statusActive('k'), op: 'DeleteItem', body: delCond('(attribute_exists(pk)) AND (#s = :v)', { ':v': S('active') }), after: [get({ pk: S('k') })], real: ok(DIP, 'item gone', gone('k')) },
  { name: 'nubo/del/parens-full-wrap', setup: statusActive('k'), op: 'DeleteItem', body: delCond('(attribute_exists(pk) AND #s = :v)', { ':v': S('active') }), after: [get({ pk: S('k') })], real: ok(DIP, 'item gone', gone('k')) },
  { name: 'nubo/del/parens-nested', setup: statusActive('k'), op: 'DeleteItem', body: delCond('(attribute_exists(pk) AND (#s = :v))', { ':v': S('active') }), after: [get({ pk: S('k') })], real: ok(DIP, 'item gone', gone('k')) },
  { name: 'nubo/del/parens-fails', setup: statusActive('k'), op: 'DeleteItem', body: delCond('(attribute_exists(pk)) AND (#s = :wrong)', { ':wrong': S('inactive') }), after: [get({ pk: S('k') })],
    real: err(CCF, DIP, { check: (b, r) => eq('status', (afterItem(r) || {}).status, S('active')), checkText: 'item remains with status active' }) },
  { name: 'nubo/del/missing-table', op: 'DeleteItem', body: { TableName: 'no_such_table_nubo', Key: { pk: S('test') } }, real: err(RNF, 'tests/tier1/deleteItem/validation.test.ts') },
]);

// ================================================================================================
// tier1/deleteTable, tier1/describeTable, tier1/getItem
const DTB = 'tests/tier1/deleteTable/basic.test.ts';
const DSB = 'tests/tier1/describeTable/basic.test.ts';
const GIB = 'tests/tier1/getItem/basic.test.ts';
const GCC = 'tests/tier1/getItem/consumedCapacity.test.ts';
// ConsumedCapacity checks: o = {table: name, units, min0: units>0, noSplit, tableArm: units, arr: batch answer is a list}
function ccCheck(file, o) {
  const text = `ConsumedCapacity${o.units !== undefined ? ' CapacityUnits ' + o.units : ''}${o.noSplit ? ', no Read/WriteCapacityUnits' : ''}${o.tableArm !== undefined ? ', Table.CapacityUnits ' + o.tableArm : ''}`;
  return ok(file, text, (b) => {
    let cc = b.ConsumedCapacity;
    if (o.arr) { if (!Array.isArray(cc) || !cc.length) return `ConsumedCapacity ${j(cc)} is not a non-empty list`; cc = cc.find((x) => x.TableName === (o.table || '$T')); }
    if (!cc) return 'no ConsumedCapacity';
    if (cc.TableName !== (o.table || '$T')) return `TableName ${j(cc.TableName)}`;
    if (typeof cc.CapacityUnits !== 'number') return `CapacityUnits ${j(cc.CapacityUnits)}`;
    if (o.positive && !(cc.CapacityUnits > 0)) return `CapacityUnits ${cc.CapacityUnits} not > 0`;
    if (o.units !== undefined && cc.CapacityUnits !== o.units) return `CapacityUnits ${cc.CapacityUnits}, expected ${o.units}`;
    if (o.noSplit && ('ReadCapacityUnits' in cc || 'WriteCapacityUnits' in cc)) return `read/write split present ${j(cc)}`;
    if (o.tableArm !== undefined) {
      if (!cc.Table || typeof cc.Table.CapacityUnits !== 'number') return `Table arm ${j(cc.Table)}`;
      if (o.tableArm !== true && cc.Table.CapacityUnits !== o.tableArm) return `Table.CapacityUnits ${cc.Table.CapacityUnits}, expected ${o.tableArm}`;
      if (o.noSplit && 'ReadCapacityUnits' in cc.Table) return 'Table arm has ReadCapacityUnits';
    }
    return null;
  });
}
const HD = () => [hash(), put({ pk: S('k'), data: S('x') })];
add('nubo DeleteTable/DescribeTable', [
  { name: 'nubo/dt/delete-existing', setup: H, op: 'DeleteTable', body: { TableName: '$T' }, after: [{ op: 'DescribeTable', body: { TableName: '$T' } }],
    real: ok(DTB, 'TableDescription.TableName echoed; table eventually gone (RNF)', (b, r) => first(eq('TableDescription.TableName', b.TableDescription && b.TableDescription.TableName, '$T'),
      (r.after[0].status === 400 && r.after[0].json && /ResourceNotFoundException/.test(r.after[0].json.__type)) || tbl(r.after[0].json).TableStatus === 'DELETING' ? null : `DescribeTable right after delete: ${r.after[0].status} ${j(r.after[0].json).slice(0, 120)}`)) },
  { name: 'nubo/dt/not-listed-after-delete', setup: [hash(), { op: 'DeleteTable', body: { TableName: '$T' }, wait: 50 }], op: 'ListTables', body: {},
    real: ok(DTB, 'deleted table not in TableNames', (b) => ((b.TableNames || []).includes('$T') ? 'still listed' : null)) },
  { name: 'nubo/dt/missing-table', op: 'DeleteTable', body: { TableName: 'no_such_table_nubo' }, real: err(RNF, DTB) },
  { name: 'nubo/ds/hash-table', setup: H, op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(DSB, 'name, ACTIVE, key schema, attr defs, TableArn, CreationDateTime, ItemCount, TableSizeBytes', (b) => { const t = tbl(b); return first(eq('TableStatus', t.TableStatus, 'ACTIVE'), eq('KeySchema', t.KeySchema, [{ AttributeName: 'pk', KeyType: 'HASH' }]), eq('AttributeDefinitions', t.AttributeDefinitions, [{ AttributeName: 'pk', AttributeType: 'S' }]), ...['TableArn', 'CreationDateTime', 'ItemCount', 'TableSizeBytes'].map((k) => (k in t ? null : k + ' missing'))); }) },
  { name: 'nubo/ds/composite-with-indexes', setup: C, op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(DSB, '2 key elements, 2 LSIs, 2 GSIs each ACTIVE with KeySchema and Projection', (b) => { const t = tbl(b); return first(eq('KeySchema length', (t.KeySchema || []).length, 2), eq('LSIs', (t.LocalSecondaryIndexes || []).length, 2), eq('GSIs', (t.GlobalSecondaryIndexes || []).length, 2), ...(t.GlobalSecondaryIndexes || []).map((g) => first(eq(g.IndexName + ' IndexStatus', g.IndexStatus, 'ACTIVE'), g.KeySchema && g.Projection ? null : g.IndexName + ' lacks KeySchema/Projection'))); }) },
  { name: 'nubo/ds/tableid-stable', setup: H, op: 'DescribeTable', body: { TableName: '$T' }, after: [desc],
    real: ok(DSB, 'TableId non-empty and equal across two calls', (b, r) => { const id = tbl(b).TableId; return typeof id === 'string' && id ? eq('second TableId', tbl(r.after[0].json).TableId, id) : 'no TableId'; }) },
  { name: 'nubo/ds/missing-table', op: 'DescribeTable', body: { TableName: 'no_such_table_nubo' }, real: err(RNF, DSB) },
]);
add('nubo GetItem', [
  { name: 'nubo/get/existing', setup: [hash(), put({ pk: S('get-1'), data: S('hello'), num: N(42), flag: { BOOL: true } })], op: 'GetItem', body: { TableName: '$T', Key: { pk: S('get-1') }, ConsistentRead: true },
    real: ok(GIB, 'whole item back', (b) => eq('Item', b.Item, { pk: S('get-1'), data: S('hello'), num: N(42), flag: { BOOL: true } })) },
  { name: 'nubo/get/missing-key', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('does-not-exist') }, ConsistentRead: true }, real: ok(GIB, 'no Item', (b) => (b.Item === undefined ? null : 'Item present')) },
  { name: 'nubo/get/composite', setup: [comp(), put({ pk: S('g'), sk: S('sort1'), value: S('composite-value') })], op: 'GetItem', body: { TableName: '$T', Key: { pk: S('g'), sk: S('sort1') }, ConsistentRead: true },
    real: ok(GIB, 'Item.value composite-value', (b) => eq('value', b.Item && b.Item.value, S('composite-value'))) },
  { name: 'nubo/get/composite-wrong-sort', setup: [comp(), put({ pk: S('g'), sk: S('sort1') })], op: 'GetItem', body: { TableName: '$T', Key: { pk: S('g'), sk: S('wrong-sort') }, ConsistentRead: true }, real: ok(GIB, 'no Item', (b) => (b.Item === undefined ? null : 'Item present')) },
  { name: 'nubo/get/projection-two', setup: [hash(), put({ pk: S('p'), a: S('alpha'), b: S('beta'), c: N(99) })], op: 'GetItem', body: { TableName: '$T', Key: { pk: S('p') }, ProjectionExpression: 'a, c', ConsistentRead: true },
    real: ok(GIB, 'Item exactly {a, c}', (b) => eq('Item', b.Item, { a: S('alpha'), c: N(99) })) },
  { name: 'nubo/get/projection-no-key', setup: [hash(), put({ pk: S('p'), a: S('alpha'), b: S('beta') })], op: 'GetItem', body: { TableName: '$T', Key: { pk: S('p') }, ProjectionExpression: 'a', ConsistentRead: true },
    real: ok(GIB, 'Item exactly {a}', (b) => eq('Item', b.Item, { a: S('alpha') })) },
  { name: 'nubo/get/consistent-false', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('nope') }, ConsistentRead: false }, real: ok(GIB, '200 without Item', (b) => (b.Item === undefined ? null : 'Item present')) },
  { name: 'nubo/cc/get-total', setup: HD, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('k') }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(GCC, { units: 1, noSplit: true }) },
  { name: 'nubo/cc/get-eventual', setup: HD, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(GCC, { units: 0.5, noSplit: true }) },
  { name: 'nubo/cc/delete-total', setup: HD, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(GCC, { units: 1, noSplit: true }) },
  { name: 'nubo/cc/update-total', setup: HD, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k') }, UpdateExpression: 'SET #d = :v', ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':v': S('y') }, ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(GCC, { units: 1, noSplit: true }) },
  { name: 'nubo/cc/query-indexes', setup: [composite(), put({ pk: S('q'), sk: S('a'), lsi1sk: S('l'), data: S('x') })], op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('q') }, ConsistentRead: true, ReturnConsumedCapacity: 'INDEXES' }, real: ccCheck(GCC, { units: 1, noSplit: true, tableArm: 1 }) },
  { name: 'nubo/cc/scan-total', setup: HD, op: 'Scan', body: { TableName: '$T', ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(GCC, {}) },
  { name: 'nubo/cc/batchwrite-total', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('b1'), data: S('x') } } }, { PutRequest: { Item: { pk: S('b2'), data: S('y') } } }] }, ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(GCC, { arr: true, positive: true }) },
]);

// ================================================================================================
// tier1/getItem projection + validation, tier1/listTables
const GIP = 'tests/tier1/getItem/projection.test.ts';
const GPV = 'tests/tier1/getItem/projectionValidation.test.ts';
const GIV = 'tests/tier1/getItem/validation.test.ts';
const LTB = 'tests/tier1/listTables/basic.test.ts';
const nestedItem = { mymap: { M: { nested: S('deep'), other: N(42) } }, mylist: { L: [S('zero'), S('one'), S('two')] } };
const NI = () => [hash(), put(Object.assign({ pk: S('n') }, nestedItem))];
const PVI = () => [hash(), put({ pk: S('pv'), a: { M: { b: S('bb') } }, l: { L: [S('l0'), S('l1'), S('l2')] } })];
add('nubo GetItem projection', [
  { name: 'nubo/get/proj-nested-map', setup: NI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('n') }, ProjectionExpression: '#m.#n', ExpressionAttributeNames: { '#m': 'mymap', '#n': 'nested' }, ConsistentRead: true },
    real: ok(GIP, 'Item {mymap: {M: {nested}}}', (b) => eq('Item', b.Item, { mymap: { M: { nested: S('deep') } } })) },
  { name: 'nubo/get/proj-list-index', setup: NI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('n') }, ProjectionExpression: '#l[0]', ExpressionAttributeNames: { '#l': 'mylist' }, ConsistentRead: true },
    real: ok(GIP, 'Item {mylist: [zero]}', (b) => eq('Item', b.Item, { mylist: { L: [S('zero')] } })) },
  { name: 'nubo/query/proj-nested-and-index', setup: [comp(), put(Object.assign({ pk: S('q'), sk: S('a') }, nestedItem))], op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ProjectionExpression: '#m.#n, #l[1]', ExpressionAttributeNames: { '#pk': 'pk', '#m': 'mymap', '#n': 'nested', '#l': 'mylist' }, ExpressionAttributeValues: { ':pk': S('q') }, ConsistentRead: true },
    real: ok(GIP, 'one item {mymap.nested, mylist:[one]}', (b) => eq('Items', b.Items, [{ mymap: { M: { nested: S('deep') } }, mylist: { L: [S('one')] } }])) },
  { name: 'nubo/bg/proj-nested', setup: NI, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('n') }], ProjectionExpression: '#m.#n', ExpressionAttributeNames: { '#m': 'mymap', '#n': 'nested' }, ConsistentRead: true } } },
    real: ok(GIP, 'one item {mymap.nested}', (b) => eq('Responses', b.Responses && b.Responses.$T, [{ mymap: { M: { nested: S('deep') } } }])) },
  { name: 'nubo/get/proj-two-siblings', setup: [hash(), put({ pk: S('m'), m: { M: { a: S('A'), b: S('B'), c: S('C') } } })], op: 'GetItem', body: { TableName: '$T', Key: { pk: S('m') }, ProjectionExpression: '#m.#a, #m.#b', ExpressionAttributeNames: { '#m': 'm', '#a': 'a', '#b': 'b' }, ConsistentRead: true },
    real: ok(GIP, 'Item {m: {a, b}}', (b) => eq('Item', b.Item, { m: { M: { a: S('A'), b: S('B') } } })) },
  { name: 'nubo/get/proj-overlapping', setup: PVI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('pv') }, ProjectionExpression: '#a, #a.#b', ExpressionAttributeNames: { '#a': 'a', '#b': 'b' } }, real: ve(GPV) },
  { name: 'nubo/get/proj-duplicate', setup: PVI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('pv') }, ProjectionExpression: '#a, #a', ExpressionAttributeNames: { '#a': 'a' } }, real: ve(GPV) },
  { name: 'nubo/get/proj-list-indices-ordered', setup: PVI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('pv') }, ProjectionExpression: '#l[2], #l[0]', ExpressionAttributeNames: { '#l': 'l' } },
    real: ok(GPV, 'l is [l0, l2] (compacted, index order)', (b) => eq('l', b.Item && b.Item.l, { L: [S('l0'), S('l2')] })) },
  { name: 'nubo/scan/proj-undefined-name-no-match', setup: PVI, op: 'Scan', body: { TableName: '$T', FilterExpression: 'pk = :never', ExpressionAttributeValues: { ':never': S('no-such') }, ProjectionExpression: '#undef' }, real: ve(GPV) },
  { name: 'nubo/get/missing-table', op: 'GetItem', body: { TableName: 'no_such_table_nubo', Key: { pk: S('test') } }, real: err(RNF, GIV) },
  { name: 'nubo/get/composite-missing-sort', setup: C, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('test') } }, real: ve(GIV) },
]);
add('nubo ListTables', [
  { name: 'nubo/lt/array-nonempty', setup: H, op: 'ListTables', body: {}, real: ok(LTB, 'TableNames non-empty array', (b) => (Array.isArray(b.TableNames) && b.TableNames.length ? null : 'TableNames empty/missing')) },
  { name: 'nubo/lt/includes-table', setup: H, op: 'ListTables', body: {}, real: ok(LTB, 'contains the table', (b) => ((b.TableNames || []).includes('$T') ? null : 'not listed')) },
  { name: 'nubo/lt/limit-1', setup: [hash('$T'), hash('$T2')], op: 'ListTables', body: { Limit: 1 }, real: ok(LTB, 'one name and LastEvaluatedTableName', (b) => first(eq('TableNames length', (b.TableNames || []).length, 1), b.LastEvaluatedTableName ? null : 'no LastEvaluatedTableName')) },
  { name: 'nubo/lt/paginate', setup: [hash('$T'), hash('$T2')], op: 'ListTables', body: { Limit: 1, ExclusiveStartTableName: '$T' },
    real: ok(LTB, 'one name, different from the start name', (b) => first(eq('TableNames length', (b.TableNames || []).length, 1), (b.TableNames || [])[0] === '$T' ? 'same name again' : null)) },
  { name: 'nubo/lt/sorted', setup: [hash('$T3'), hash('$T'), hash('$T2')], op: 'ListTables', body: {}, real: ok(LTB, 'names in ascending order', (b) => {
    // answers are mapped back to $T/$T2/$T3, so compare those among themselves and the other names among themselves
    const n = b.TableNames || []; const mine = n.filter((x) => x.startsWith('$T')); const other = n.filter((x) => !x.startsWith('$T'));
    return first(eq('own tables', mine, ['$T', '$T2', '$T3']), j(other) === j([...other].sort()) ? null : 'other names not sorted');
  }) },
]);

// ================================================================================================
// tier1/putItem basic, binaryKeys, conditions, condition parens
const PIB = 'tests/tier1/putItem/basic.test.ts';
const PBK = 'tests/tier1/putItem/binaryKeys.test.ts';
const PCP = 'tests/tier1/putItem/conditionExpressionParens.test.ts';
const PCO = 'tests/tier1/putItem/conditions.test.ts';
const allTypesItem = {
  pk: S('types'), stringAttr: S('hello'), numberAttr: N('123.456'), binaryAttr: B('AQID'), boolTrue: { BOOL: true }, boolFalse: { BOOL: false },
  nullAttr: { NULL: true }, stringSet: { SS: ['a', 'b', 'c'] }, numberSet: { NS: ['1', '2', '3'] }, binarySet: { BS: ['AQ==', 'Ag=='] },
  listAttr: { L: [S('item1'), N(99), { BOOL: true }] }, mapAttr: { M: { nested: S('value'), num: N(7) } },
};
const sorted = (a) => (a || []).slice().sort();
const putThenGet = (item, cond, names, values, key = { pk: item.pk }) => ({
  op: 'PutItem', body: Object.assign({ TableName: '$T', Item: item }, cond ? { ConditionExpression: cond } : {}, names ? { ExpressionAttributeNames: names } : {}, values ? { ExpressionAttributeValues: values } : {}),
  after: [get(key)],
});
const seeded = () => [hash(), put({ pk: S('seed'), status: S('active'), count: N(5) })];
const afterAttr = (file, attr, want) => ok(file, `stored ${attr} = ${j(want)}`, (b, r) => eq(attr, (afterItem(r) || {})[attr], want));
add('nubo PutItem', [
  Object.assign({ name: 'nubo/put/simple', setup: H, real: ok(PIB, 'item reads back', (b, r) => eq('Item', afterItem(r), { pk: S('p'), data: S('hello'), num: N(42) })) }, putThenGet({ pk: S('p'), data: S('hello'), num: N(42) })),
  Object.assign({ name: 'nubo/put/composite', setup: [comp()], real: afterAttr(PIB, 'value', S('test')) }, putThenGet({ pk: S('c'), sk: S('sort-1'), value: S('test') }, null, null, null, { pk: S('c'), sk: S('sort-1') })),
  Object.assign({ name: 'nubo/put/overwrite', setup: [hash(), put({ pk: S('p'), data: S('first') })], real: afterAttr(PIB, 'data', S('second')) }, putThenGet({ pk: S('p'), data: S('second') })),
  Object.assign({ name: 'nubo/put/all-types', setup: H, real: ok(PIB, 'all attribute types read back (sets as sets)', (b, r) => {
    const g = afterItem(r) || {};
    return first(eq('stringAttr', g.stringAttr, S('hello')), eq('numberAttr', g.numberAttr, N('123.456')), eq('binaryAttr', g.binaryAttr, B('AQID')), eq('boolTrue', g.boolTrue, { BOOL: true }), eq('boolFalse', g.boolFalse, { BOOL: false }),
      eq('nullAttr', g.nullAttr, { NULL: true }), eq('SS', sorted(g.stringSet && g.stringSet.SS), ['a', 'b', 'c']), eq('NS', sorted(g.numberSet && g.numberSet.NS), ['1', '2', '3']), eq('BS', sorted(g.binarySet && g.binarySet.BS), ['AQ==', 'Ag==']),
      eq('listAttr', g.listAttr, allTypesItem.listAttr), eq('mapAttr', g.mapAttr, allTypesItem.mapAttr));
  }) }, putThenGet(allTypesItem)),
  { name: 'nubo/put/all-old', setup: [hash(), put({ pk: S('r'), old: S('data') })], op: 'PutItem', body: { TableName: '$T', Item: { pk: S('r'), new: S('data') }, ReturnValues: 'ALL_OLD' },
    real: ok(PIB, 'Attributes is the old item', (b) => eq('Attributes', b.Attributes, { pk: S('r'), old: S('data') })) },
  { name: 'nubo/put/all-old-new-item', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('r') }, ReturnValues: 'ALL_OLD' }, real: ok(PIB, 'no Attributes', (b) => (b.Attributes === undefined ? null : `Attributes ${j(b.Attributes)}`)) },
  Object.assign({ name: 'nubo/put/binary-sort-key', setup: [comp('$T', 'B')], real: afterAttr(PBK, 'data', S('binary-item')) }, putThenGet({ pk: S('b'), sk: B('AQID'), data: S('binary-item') }, null, null, null, { pk: S('b'), sk: B('AQID') })),
  { name: 'nubo/put/binary-sort-key-distinct', setup: [comp('$T', 'B'), put({ pk: S('b'), sk: B('3q2+7w=='), label: S('deadbeef') })], op: 'PutItem', body: { TableName: '$T', Item: { pk: S('b'), sk: B('/wB/gA=='), label: S('ff007f80') } },
    after: [get({ pk: S('b'), sk: B('3q2+7w==') }), get({ pk: S('b'), sk: B('/wB/gA==') })],
    real: ok(PBK, 'both items readable by their binary keys', (b, r) => first(eq('first label', (afterItem(r, 0) || {}).label, S('deadbeef')), eq('second label', (afterItem(r, 1) || {}).label, S('ff007f80')))) },
  Object.assign({ name: 'nubo/put/binary-bytes-roundtrip', setup: [comp('$T', 'B')], real: ok(PBK, 'sk and payload bytes preserved', (b, r) => first(eq('sk', (afterItem(r) || {}).sk, B('AQID')), eq('payload', (afterItem(r) || {}).payload, B('AAF/gP7/')))) },
    putThenGet({ pk: S('b'), sk: B('AQID'), payload: B('AAF/gP7/') }, null, null, null, { pk: S('b'), sk: B('AQID') })),
  Object.assign({ name: 'nubo/put/parens-per-condition', setup: H, real: afterAttr(PCP, 'data', S('a')) }, putThenGet({ pk: S('f'), data: S('a') }, '(attribute_not_exists(pk)) AND (attribute_not_exists(#s))', { '#s': 'status' })),
  Object.assign({ name: 'nubo/put/parens-full-wrap', setup: H, real: afterAttr(PCP, 'data', S('b')) }, putThenGet({ pk: S('f'), data: S('b') }, '(attribute_not_exists(pk) AND attribute_not_exists(#s))', { '#s': 'status' })),
  Object.assign({ name: 'nubo/put/parens-nested', setup: H, real: afterAttr(PCP, 'data', S('c')) }, putThenGet({ pk: S('f'), data: S('c') }, '(attribute_not_exists(pk) AND (attribute_not_exists(#s)))', { '#s': 'status' })),
  { name: 'nubo/put/parens-fails', setup: seeded, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('seed'), data: S('no') }, ConditionExpression: '(attribute_exists(pk)) AND (#s = :wrong)', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':wrong': S('inactive') } }, real: err(CCF, PCP) },
  Object.assign({ name: 'nubo/put/cond-not-exists-ok', setup: H, real: afterAttr(PCO, 'data', S('fresh')) }, putThenGet({ pk: S('new'), data: S('fresh') }, 'attribute_not_exists(pk)')),
  { name: 'nubo/put/cond-not-exists-fails', setup: seeded, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('seed'), data: S('no') }, ConditionExpression: 'attribute_not_exists(pk)' }, real: err(CCF, PCO) },
  Object.assign({ name: 'nubo/put/cond-exists-ok', setup: seeded, real: afterAttr(PCO, 'status', S('updated')) }, putThenGet({ pk: S('seed'), status: S('updated'), count: N(5) }, 'attribute_exists(#s)', { '#s': 'status' })),
  Object.assign({ name: 'nubo/put/cond-greater-ok', setup: seeded, real: afterAttr(PCO, 'status', S('compared')) }, putThenGet({ pk: S('seed'), status: S('compared'), count: N(5) }, '#c > :min', { '#c': 'count' }, { ':min': N(3) })),
  { name: 'nubo/put/cond-greater-fails', setup: seeded, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('seed'), status: S('nope') }, ConditionExpression: '#c > :min', ExpressionAttributeNames: { '#c': 'count' }, ExpressionAttributeValues: { ':min': N(100) } }, real: err(CCF, PCO) },
  Object.assign({ name: 'nubo/put/cond-ne-missing-true', setup: H, real: afterAttr(PCO, 'status', S('idle')) }, putThenGet({ pk: S('ne'), status: S('idle') }, '#s <> :v', { '#s': 'status' }, { ':v': S('working') })),
  Object.assign({ name: 'nubo/put/cond-ne-or-lt-missing', setup: H, real: afterAttr(PCO, 'status', S('new')) }, putThenGet({ pk: S('ne'), status: S('new') }, '#s <> :v OR #u < :t', { '#s': 'status', '#u': 'updatedAt' }, { ':v': S('working'), ':t': S('2099-01-01T00:00:00Z') })),
  { name: 'nubo/put/cond-eq-missing-false', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('eq'), status: S('idle') }, ConditionExpression: '#s = :v', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':v': S('working') } }, real: err(CCF, PCO) },
]);

// ================================================================================================
// tier1/putItem consumedCapacity, dataTypes, expressions, indexConsumedCapacity
const PCC = 'tests/tier1/putItem/consumedCapacity.test.ts';
const PDT = 'tests/tier1/putItem/dataTypes.test.ts';
const PEX = 'tests/tier1/putItem/expressions.test.ts';
const PIC = 'tests/tier1/putItem/indexConsumedCapacity.test.ts';
const CQ = () => [comp(), put({ pk: S('q'), sk: S('a'), data: S('val') })];
add('nubo PutItem capacity', [
  { name: 'nubo/cc/put-total-positive', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('c'), data: S('hello') }, ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(PCC, { positive: true }) },
  { name: 'nubo/cc/query-total', setup: CQ, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': S('q') }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(PCC, { positive: true }) },
  { name: 'nubo/cc/put-none', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('c') }, ReturnConsumedCapacity: 'NONE' }, real: ok(PCC, 'no ConsumedCapacity', (b) => (b.ConsumedCapacity === undefined ? null : 'ConsumedCapacity present')) },
  { name: 'nubo/cc/query-indexes-table-arm', setup: CQ, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': S('q') }, ConsistentRead: true, ReturnConsumedCapacity: 'INDEXES' }, real: ccCheck(PCC, { tableArm: true }) },
  { name: 'nubo/cc/put-total-exact', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('c'), data: S('x') }, ReturnConsumedCapacity: 'TOTAL' }, real: ccCheck(PCC, { units: 1, noSplit: true }) },
  { name: 'nubo/cc/put-indexes-exact', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('c'), data: S('x') }, ReturnConsumedCapacity: 'INDEXES' }, real: ccCheck(PCC, { units: 1, noSplit: true, tableArm: 1 }) },
]);
// Index write capacity: table pk/sk, GSI gsi-inc on gsiPk (INCLUDE [proj]), LSI lsi1 on lsiSk (ALL), on-demand.
const idxTable = () => ct('$T', [['pk', 'S'], ['sk', 'S'], ['gsiPk', 'S'], ['lsiSk', 'S']], [['pk', 'HASH'], ['sk', 'RANGE']], {
  BillingMode: 'PAY_PER_REQUEST',
  GlobalSecondaryIndexes: [{ IndexName: 'gsi-inc', KeySchema: [{ AttributeName: 'gsiPk', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['proj'] } }],
  LocalSecondaryIndexes: [{ IndexName: 'lsi1', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'lsiSk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
});
function arms(o) {
  return ok(PIC, `INDEXES total ${o.total}, Table ${o.table}, GSI ${o.gsi === undefined ? 'absent' : o.gsi}, LSI ${o.lsi === undefined ? 'absent' : o.lsi}`, (b) => {
    let cc = b.ConsumedCapacity;
    if (o.arr) { if (!Array.isArray(cc) || cc.length !== 1) return `ConsumedCapacity ${j(cc)} not a 1-entry list`; cc = cc[0]; }
    if (!cc) return 'no ConsumedCapacity';
    return first(eq('CapacityUnits', cc.CapacityUnits, o.total), eq('Table.CapacityUnits', cc.Table && cc.Table.CapacityUnits, o.table),
      o.gsi === undefined ? (cc.GlobalSecondaryIndexes === undefined ? null : `GlobalSecondaryIndexes ${j(cc.GlobalSecondaryIndexes)}, expected absent`) : eq('GSI gsi-inc', cc.GlobalSecondaryIndexes && cc.GlobalSecondaryIndexes['gsi-inc'] && cc.GlobalSecondaryIndexes['gsi-inc'].CapacityUnits, o.gsi),
      o.lsi === undefined ? (cc.LocalSecondaryIndexes === undefined ? null : `LocalSecondaryIndexes ${j(cc.LocalSecondaryIndexes)}, expected absent`) : eq('LSI lsi1', cc.LocalSecondaryIndexes && cc.LocalSecondaryIndexes.lsi1 && cc.LocalSecondaryIndexes.lsi1.CapacityUnits, o.lsi),
      o.gsi !== undefined && cc.GlobalSecondaryIndexes && cc.GlobalSecondaryIndexes['gsi-inc'] && 'WriteCapacityUnits' in cc.GlobalSecondaryIndexes['gsi-inc'] ? 'GSI arm has WriteCapacityUnits' : null);
  });
}
const ipPut = (item, rcc = 'INDEXES') => ({ TableName: '$T', Item: item, ReturnConsumedCapacity: rcc });
const full = { pk: S('i'), sk: S('1'), gsiPk: S('g'), lsiSk: S('L1'), proj: S('p') };
const ladder = { pk: S('i'), sk: S('1'), gsiPk: S('g-ladder'), lsiSk: S('L1'), proj: S('p'), other: S('o') };
const ipUpd = (expr, values, names) => Object.assign({ TableName: '$T', Key: { pk: S('i'), sk: S('1') }, UpdateExpression: expr, ReturnConsumedCapacity: 'INDEXES' }, values ? { ExpressionAttributeValues: values } : {}, names ? { ExpressionAttributeNames: names } : {});
add('nubo index write capacity', [
  { name: 'nubo/icc/put-gsi', setup: [idxTable()], op: 'PutItem', body: ipPut({ pk: S('i'), sk: S('1'), gsiPk: S('g1'), proj: S('p') }), real: arms({ total: 2, table: 1, gsi: 1 }) },
  { name: 'nubo/icc/put-gsi-total', setup: [idxTable()], op: 'PutItem', body: ipPut({ pk: S('i'), sk: S('1'), gsiPk: S('g2'), proj: S('p') }, 'TOTAL'),
    real: ok(PIC, 'TOTAL: CapacityUnits 2, no Table/GSI arms', (b) => { const cc = b.ConsumedCapacity || {}; return first(eq('CapacityUnits', cc.CapacityUnits, 2), cc.Table ? 'Table arm present' : null, cc.GlobalSecondaryIndexes ? 'GSI arm present' : null); }) },
  { name: 'nubo/icc/put-sparse', setup: [idxTable()], op: 'PutItem', body: ipPut({ pk: S('i'), sk: S('1'), other: S('o') }), real: arms({ total: 1, table: 1 }) },
  { name: 'nubo/icc/put-lsi', setup: [idxTable()], op: 'PutItem', body: ipPut({ pk: S('i'), sk: S('1'), lsiSk: S('L1') }), real: arms({ total: 2, table: 1, lsi: 1 }) },
  { name: 'nubo/icc/put-both', setup: [idxTable()], op: 'PutItem', body: ipPut(full), real: arms({ total: 3, table: 1, gsi: 1, lsi: 1 }) },
  { name: 'nubo/icc/put-identical-overwrite', setup: [idxTable(), put(full)], op: 'PutItem', body: ipPut(full), real: arms({ total: 1, table: 1 }) },
  { name: 'nubo/icc/update-nonprojected', setup: [idxTable(), put(ladder)], op: 'UpdateItem', body: ipUpd('SET #o = :v', { ':v': S('o2') }, { '#o': 'other' }), real: arms({ total: 2, table: 1, lsi: 1 }) },
  { name: 'nubo/icc/update-projected', setup: [idxTable(), put(ladder)], op: 'UpdateItem', body: ipUpd('SET proj = :v', { ':v': S('p2') }), real: arms({ total: 3, table: 1, gsi: 1, lsi: 1 }) },
  { name: 'nubo/icc/update-gsi-key', setup: [idxTable(), put(ladder)], op: 'UpdateItem', body: ipUpd('SET gsiPk = :v', { ':v': S('g-moved') }), real: arms({ total: 4, table: 1, gsi: 2, lsi: 1 }) },
  { name: 'nubo/icc/update-remove-gsi-key', setup: [idxTable(), put(ladder)], op: 'UpdateItem', body: ipUpd('REMOVE gsiPk'), real: arms({ total: 3, table: 1, gsi: 1, lsi: 1 }) },
  { name: 'nubo/icc/update-lsi-key', setup: [idxTable(), put(ladder)], op: 'UpdateItem', body: ipUpd('SET lsiSk = :v', { ':v': S('L2') }), real: arms({ total: 3, table: 1, lsi: 2 }) },
  { name: 'nubo/icc/delete-indexed', setup: [idxTable(), put(full)], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('i'), sk: S('1') }, ReturnConsumedCapacity: 'INDEXES' }, real: arms({ total: 3, table: 1, gsi: 1, lsi: 1 }) },
  { name: 'nubo/icc/delete-sparse', setup: [idxTable(), put({ pk: S('i'), sk: S('1'), other: S('o') })], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('i'), sk: S('1') }, ReturnConsumedCapacity: 'INDEXES' }, real: arms({ total: 1, table: 1 }) },
  { name: 'nubo/icc/batchwrite', setup: [idxTable()], op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a'), sk: S('1'), gsiPk: S('g-batch'), proj: S('p') } } }, { PutRequest: { Item: { pk: S('b'), sk: S('1'), other: S('o') } } }] }, ReturnConsumedCapacity: 'INDEXES' }, real: arms({ arr: true, total: 3, table: 2, gsi: 1 }) },
]);
const rt = (name, item, fn, file = PDT) => Object.assign({ name, setup: H, real: ok(file, 'round trip', (b, r) => fn(afterItem(r) || {})) }, putThenGet(item));
add('nubo PutItem data types', [
  rt('nubo/put/nested-map-3', { pk: S('a'), nested: { M: { a: { M: { b: { M: { c: S('deep') } } } } } } }, (g) => eq('nested', g.nested, { M: { a: { M: { b: { M: { c: S('deep') } } } } } })),
  rt('nubo/put/mixed-list', { pk: S('a'), mixed: { L: [S('str'), N(1), { BOOL: true }, { NULL: true }, { M: { x: S('y') } }] } }, (g) => eq('mixed', g.mixed, { L: [S('str'), N(1), { BOOL: true }, { NULL: true }, { M: { x: S('y') } }] })),
  rt('nubo/put/map-list-map', { pk: S('a'), outer: { M: { items: { L: [{ M: { name: S('first'), value: N(100) } }, { M: { name: S('second'), value: N(200) } }] } } } }, (g) => eq('outer', g.outer, { M: { items: { L: [{ M: { name: S('first'), value: N(100) } }, { M: { name: S('second'), value: N(200) } }] } } })),
  rt('nubo/put/empty-string-attr', { pk: S('a'), emptyStr: S('') }, (g) => eq('emptyStr', g.emptyStr, S(''))),
  rt('nubo/put/100kb-string', { pk: S('a'), big: S('x'.repeat(102400)) }, (g) => (g.big && g.big.S === 'x'.repeat(102400) ? null : 'big string not returned intact')),
  rt('nubo/put/38-digits', { pk: S('a'), precise: N('12345678901234567890123456789012345678') }, (g) => eq('precise', g.precise, N('12345678901234567890123456789012345678'))),
  rt('nubo/put/max-positive', { pk: S('a'), maxNum: N('9.9999999999999999999999999999999999999E+125') }, (g) => (g.maxNum && Math.abs(parseFloat(g.maxNum.N) / 1e126 - 1) < 1e-9 ? null : `maxNum ${j(g.maxNum)}`)),
  rt('nubo/put/max-negative', { pk: S('a'), minNum: N('-9.9999999999999999999999999999999999999E+125') }, (g) => (g.minNum && Math.abs(parseFloat(g.minNum.N) / -1e126 - 1) < 1e-9 ? null : `minNum ${j(g.minNum)}`)),
]);
const exprBase = { pk: S('e'), name: S('alice'), count: N(5), status: S('active'), mapAttr: { M: { nested: S('deep-value') } } };
const EB = () => [hash(), put(exprBase)];
const exprCase = (name, seedName, newName, cond, names, values) => Object.assign({ name, setup: [hash(), put(Object.assign({}, exprBase, { name: S(seedName) }))], real: afterAttr(PEX, 'name', S(newName)) },
  putThenGet(Object.assign({}, exprBase, { name: S(newName) }), cond, names, values));
add('nubo PutItem condition functions', [
  exprCase('nubo/put/cond-size-lt', 'alice', 'alice-updated', 'size(#n) < :maxLen', { '#n': 'name' }, { ':maxLen': N(10) }),
  exprCase('nubo/put/cond-contains', 'alice-updated', 'alice-v2', 'contains(#n, :substr)', { '#n': 'name' }, { ':substr': S('updated') }),
  exprCase('nubo/put/cond-attribute-type', 'alice', 'alice-v3', 'attribute_type(#s, :t)', { '#s': 'status' }, { ':t': S('S') }),
  Object.assign({ name: 'nubo/put/cond-not-attribute-exists', setup: EB, real: afterAttr(PEX, 'data', S('created')) }, putThenGet({ pk: S('missing'), data: S('created') }, 'NOT attribute_exists(pk)')),
  exprCase('nubo/put/cond-and', 'alice-v3', 'alice-v4', '#n = :name AND #c = :count', { '#n': 'name', '#c': 'count' }, { ':name': S('alice-v3'), ':count': N(5) }),
  exprCase('nubo/put/cond-or', 'alice', 'alice-v5', '#n = :wrongName OR #c = :count', { '#n': 'name', '#c': 'count' }, { ':wrongName': S('nobody'), ':count': N(5) }),
  exprCase('nubo/put/cond-nested-path-eq', 'alice', 'alice-v6', 'mapAttr.nested = :val', null, { ':val': S('deep-value') }),
  exprCase('nubo/put/cond-nested-exists', 'alice', 'alice-nested-exists', 'attribute_exists(#m.#n)', { '#m': 'mapAttr', '#n': 'nested' }),
  exprCase('nubo/put/cond-nested-not-exists', 'alice', 'alice-nested-not-exists', 'attribute_not_exists(#m.#missing)', { '#m': 'mapAttr', '#missing': 'nonexistent' }),
  exprCase('nubo/put/cond-reserved-word-name', 'alice', 'alice-v7', '#status = :val', { '#status': 'status' }, { ':val': S('active') }),
]);

// ================================================================================================
// tier1/putItem itemCollectionMetrics, numericKeys, validation; tier1/query/basic
const PICM = 'tests/tier1/putItem/itemCollectionMetrics.test.ts';
const PNK = 'tests/tier1/putItem/numericKeys.test.ts';
const PV = 'tests/tier1/putItem/validation.test.ts';
const QB = 'tests/tier1/query/basic.test.ts';
const icm = (pk) => ok(PICM, 'ItemCollectionMetrics {ItemCollectionKey.pk, SizeEstimateRangeGB [2 numbers]}', (b) => {
  const m = b.ItemCollectionMetrics;
  if (!m) return 'no ItemCollectionMetrics';
  return first(m.ItemCollectionKey ? null : 'no ItemCollectionKey', pk && eq('ItemCollectionKey.pk', m.ItemCollectionKey && m.ItemCollectionKey.pk, S(pk)), eq('SizeEstimateRangeGB length', (m.SizeEstimateRangeGB || []).length, 2));
});
const icmItem = { pk: S('icm'), sk: S('a'), lsi1sk: S('lval'), data: S('hello') };
add('nubo ItemCollectionMetrics', [
  { name: 'nubo/icm/put-size', setup: C, op: 'PutItem', body: { TableName: '$T', Item: icmItem, ReturnItemCollectionMetrics: 'SIZE' }, real: icm('icm') },
  { name: 'nubo/icm/delete-size', setup: [composite(), put(icmItem)], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('icm'), sk: S('a') }, ReturnItemCollectionMetrics: 'SIZE' }, real: icm() },
  { name: 'nubo/icm/update-size', setup: [composite(), put(icmItem)], op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('icm'), sk: S('a') }, UpdateExpression: 'SET #d = :v', ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':v': S('updated') }, ReturnItemCollectionMetrics: 'SIZE' }, real: icm() },
  { name: 'nubo/icm/put-none', setup: C, op: 'PutItem', body: { TableName: '$T', Item: icmItem, ReturnItemCollectionMetrics: 'NONE' }, real: ok(PICM, 'no ItemCollectionMetrics', (b) => (b.ItemCollectionMetrics === undefined ? null : 'ItemCollectionMetrics present')) },
]);
const rtN = (name, setupT, item, key) => Object.assign({ name, setup: [setupT], real: ok(PNK, 'item reads back with the same number text', (b, r) => eq('Item', afterItem(r), item)) }, putThenGet(item, null, null, null, key));
add('nubo PutItem numeric keys + validation', [
  rtN('nubo/put/num-hash-42', hash('$T', 'N'), { pk: N(42), data: S('numeric-key-item') }, { pk: N(42) }),
  rtN('nubo/put/num-sort-99', comp('$T', 'N'), { pk: S('n'), sk: N(99), value: S('numeric-sort') }, { pk: S('n'), sk: N(99) }),
  rtN('nubo/put/num-hash-decimal', hash('$T', 'N'), { pk: N('3.14'), data: S('decimal-key') }, { pk: N('3.14') }),
  rtN('nubo/put/num-hash-negative', hash('$T', 'N'), { pk: N(-100), data: S('negative-key') }, { pk: N(-100) }),
  { name: 'nubo/put/missing-table', op: 'PutItem', body: { TableName: 'no_such_table_nubo', Item: { pk: S('test') } }, real: err(RNF, PV) },
  { name: 'nubo/put/missing-hash-key', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { notTheKey: S('test') } }, real: ve(PV) },
  { name: 'nubo/put/empty-ss', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { SS: [] } } }, real: ve(PV) },
  { name: 'nubo/put/empty-ns', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { NS: [] } } }, real: ve(PV) },
  { name: 'nubo/put/empty-bs', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { BS: [] } } }, real: ve(PV) },
  { name: 'nubo/put/dup-ss', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { SS: ['a', 'a'] } } }, real: ve(PV, { contains: ['duplicates'] }) },
  { name: 'nubo/put/dup-ns', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { NS: ['1', '1', '2'] } } }, real: ve(PV, { contains: ['duplicates'] }) },
  { name: 'nubo/put/dup-bs', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { BS: ['AQ==', 'AQ=='] } } }, real: ve(PV, { contains: ['duplicates'] }) },
  { name: 'nubo/put/returnvalues-invalid', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t') }, ReturnValues: 'INVALID' }, real: ve(PV) },
  { name: 'nubo/put/expected-and-condition', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t') }, Expected: { pk: { Exists: false } }, ConditionExpression: 'attribute_not_exists(pk)' }, real: ve(PV, { contains: ['Can not use both expression and non-expression'] }) },
]);
const qPart = (pk, extra) => Object.assign({ TableName: '$T', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': S(pk) }, ConsistentRead: true }, extra);
const five5 = () => [comp(), ...['a', 'b', 'c', 'd', 'e'].map((s, i) => put({ pk: S('qb'), sk: S(s), val: N(i + 1) }))];
const greek = () => [comp(), ...['alpha', 'beta', 'gamma', 'delta'].map((s) => put({ pk: S('kc'), sk: S(s) }))];
const ten = (extra) => [comp(), ...Array.from({ length: 10 }, (_, i) => put(Object.assign({ pk: S('pg'), sk: S(String(i).padStart(3, '0')) }, extra ? extra(i) : {})))];
const sks = (b) => (b.Items || []).map((i) => i.sk && (i.sk.S || i.sk.N || i.sk.B));
const qVals = (pk, more) => Object.assign({ ':pk': S(pk) }, more);
add('nubo Query basic', [
  { name: 'nubo/q/partition-all', setup: five5, op: 'Query', body: qPart('qb'), real: ok(QB, 'Items 5, Count 5, ScannedCount 5', (b) => first(eq('Items', (b.Items || []).length, 5), eq('Count', b.Count, 5), eq('ScannedCount', b.ScannedCount, 5))) },
  { name: 'nubo/q/ascending', setup: five5, op: 'Query', body: qPart('qb'), real: ok(QB, 'sk order a..e', (b) => eq('sort keys', sks(b), ['a', 'b', 'c', 'd', 'e'])) },
  { name: 'nubo/q/descending', setup: five5, op: 'Query', body: qPart('qb', { ScanIndexForward: false }), real: ok(QB, 'sk order e..a', (b) => eq('sort keys', sks(b), ['e', 'd', 'c', 'b', 'a'])) },
  { name: 'nubo/q/empty-partition', setup: five5, op: 'Query', body: qPart('nonexistent-pk'), real: ok(QB, 'Items [], Count 0', (b) => first(eq('Items', b.Items, []), eq('Count', b.Count, 0))) },
  { name: 'nubo/q/begins-with', setup: greek, op: 'Query', body: qPart('kc', { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: qVals('kc', { ':prefix': S('b') }) }), real: ok(QB, 'only beta', (b) => eq('sort keys', sks(b), ['beta'])) },
  { name: 'nubo/q/between', setup: greek, op: 'Query', body: qPart('kc', { KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi', ExpressionAttributeValues: qVals('kc', { ':lo': S('beta'), ':hi': S('delta') }) }), real: ok(QB, 'beta, delta', (b) => eq('sort keys', sks(b), ['beta', 'delta'])) },
  { name: 'nubo/q/lt', setup: greek, op: 'Query', body: qPart('kc', { KeyConditionExpression: 'pk = :pk AND sk < :val', ExpressionAttributeValues: qVals('kc', { ':val': S('c') }) }), real: ok(QB, 'alpha, beta', (b) => eq('sort keys', sks(b), ['alpha', 'beta'])) },
  { name: 'nubo/q/ge', setup: greek, op: 'Query', body: qPart('kc', { KeyConditionExpression: 'pk = :pk AND sk >= :val', ExpressionAttributeValues: qVals('kc', { ':val': S('delta') }) }), real: ok(QB, 'delta, gamma', (b) => eq('sort keys', sks(b), ['delta', 'gamma'])) },
  { name: 'nubo/q/filter-scanned-count', setup: [comp(), put({ pk: S('f'), sk: S('1'), status: S('active') }), put({ pk: S('f'), sk: S('2'), status: S('inactive') }), put({ pk: S('f'), sk: S('3'), status: S('active') })],
    op: 'Query', body: qPart('f', { FilterExpression: '#s = :status', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: qVals('f', { ':status': S('active') }) }),
    real: ok(QB, 'Items 2, Count 2, ScannedCount 3', (b) => first(eq('Items', (b.Items || []).length, 2), eq('Count', b.Count, 2), eq('ScannedCount', b.ScannedCount, 3))) },
  { name: 'nubo/q/limit-3', setup: ten, op: 'Query', body: qPart('pg', { Limit: 3 }), real: ok(QB, '3 items and LastEvaluatedKey', (b) => first(eq('Items', (b.Items || []).length, 3), b.LastEvaluatedKey ? null : 'no LastEvaluatedKey')) },
  { name: 'nubo/q/paginate-limit-4', setup: ten, op: 'Query', body: qPart('pg', { Limit: 4 }), after: [{ op: 'Query', body: qPart('pg', { Limit: 4, ExclusiveStartKey: { pk: S('pg'), sk: S('003') } }) }, { op: 'Query', body: qPart('pg', { Limit: 4, ExclusiveStartKey: { pk: S('pg'), sk: S('007') } }) }],
    real: ok(QB, 'pages of 4, 4, 2 covering all 10; first LEK sk 003', (b, r) => first(eq('LEK', b.LastEvaluatedKey, { pk: S('pg'), sk: S('003') }), eq('page 2', sks(r.after[0].json || {}), ['004', '005', '006', '007']), eq('page 3', sks(r.after[1].json || {}), ['008', '009']))) },
  { name: 'nubo/q/single-page-no-lek', setup: ten, op: 'Query', body: qPart('pg'), real: ok(QB, '10 items, no LastEvaluatedKey', (b) => first(eq('Items', (b.Items || []).length, 10), b.LastEvaluatedKey === undefined ? null : 'LastEvaluatedKey present')) },
  { name: 'nubo/q/limit-filter-3', setup: () => ten((i) => ({ category: S(i % 2 === 0 ? 'even' : 'odd') })), op: 'Query', body: qPart('pg', { KeyConditionExpression: '#pk = :pk', FilterExpression: '#cat = :cat', ExpressionAttributeNames: { '#pk': 'pk', '#cat': 'category' }, ExpressionAttributeValues: qVals('pg', { ':cat': S('even') }), Limit: 3 }),
    real: ok(QB, 'ScannedCount 3, Count = Items.length <= 3, LEK set', (b) => first(eq('ScannedCount', b.ScannedCount, 3), b.Count <= 3 && b.Count === (b.Items || []).length ? null : `Count ${b.Count}`, b.LastEvaluatedKey ? null : 'no LastEvaluatedKey')) },
  { name: 'nubo/q/limit-filter-2', setup: () => ten((i) => ({ category: S(i % 2 === 0 ? 'even' : 'odd') })), op: 'Query', body: qPart('pg', { KeyConditionExpression: '#pk = :pk', FilterExpression: '#cat = :cat', ExpressionAttributeNames: { '#pk': 'pk', '#cat': 'category' }, ExpressionAttributeValues: qVals('pg', { ':cat': S('even') }), Limit: 2 }),
    real: ok(QB, 'ScannedCount 2, Count 1, LEK set', (b) => first(eq('ScannedCount', b.ScannedCount, 2), eq('Count', b.Count, 1), b.LastEvaluatedKey ? null : 'no LastEvaluatedKey')) },
  { name: 'nubo/q/esk-wrong-schema', setup: C, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': S('x') }, ExclusiveStartKey: { bad: S('p') } }, real: ve(QB, { regex: 'provided starting key is invalid' }) },
  { name: 'nubo/q/esk-gsi-missing-index-key', setup: C, op: 'Query', body: { TableName: '$T', IndexName: 'gsi1', KeyConditionExpression: '#hk = :v', ExpressionAttributeNames: { '#hk': 'lsi1sk' }, ExpressionAttributeValues: { ':v': S('x') }, ExclusiveStartKey: { pk: S('x') } }, real: ve(QB, { regex: 'provided starting key is invalid' }) },
  { name: 'nubo/q/esk-exclusive', setup: [comp(), ...['a', 'b', 'c', 'd', 'e'].map((s) => put({ pk: S('x'), sk: S(s) }))], op: 'Query', body: qPart('x', { Limit: 2 }), after: [{ op: 'Query', body: qPart('x', { ExclusiveStartKey: { pk: S('x'), sk: S('b') } }) }],
    real: ok(QB, 'page 1 a,b with LEK b; page from b is c,d,e', (b, r) => first(eq('page 1', sks(b), ['a', 'b']), eq('LEK', b.LastEvaluatedKey, { pk: S('x'), sk: S('b') }), eq('page 2', sks(r.after[0].json || {}), ['c', 'd', 'e']))) },
]);

// ================================================================================================
// tier1/query binaryKeys, consumedCapacity, expressions, filter parens
const QBK = 'tests/tier1/query/binaryKeys.test.ts';
const QCC = 'tests/tier1/query/consumedCapacity.test.ts';
const QEX = 'tests/tier1/query/expressions.test.ts';
const QFP = 'tests/tier1/query/filterExpressionParens.test.ts';
const binItems = () => [comp('$T', 'B'), put({ pk: S('bq'), sk: B('AQ=='), label: S('01') }), put({ pk: S('bq'), sk: B('AQI='), label: S('0102') }), put({ pk: S('bq'), sk: B('Ag=='), label: S('02') }), put({ pk: S('bq'), sk: B('/w=='), label: S('ff') })];
const labels = (b) => (b.Items || []).map((i) => i.label && i.label.S);
add('nubo Query binary keys', [
  { name: 'nubo/q/binary-asc', setup: binItems, op: 'Query', body: qPart('bq'), real: ok(QBK, 'byte-wise ascending 01, 0102, 02, ff', (b) => eq('labels', labels(b), ['01', '0102', '02', 'ff'])) },
  { name: 'nubo/q/binary-desc', setup: binItems, op: 'Query', body: qPart('bq', { ScanIndexForward: false }), real: ok(QBK, 'ff, 02, 0102, 01', (b) => eq('labels', labels(b), ['ff', '02', '0102', '01'])) },
  { name: 'nubo/q/binary-gt', setup: binItems, op: 'Query', body: qPart('bq', { KeyConditionExpression: 'pk = :pk AND sk > :val', ExpressionAttributeValues: qVals('bq', { ':val': B('AQI=') }) }), real: ok(QBK, '02, ff', (b) => eq('labels', labels(b), ['02', 'ff'])) },
  { name: 'nubo/q/binary-begins-with', setup: binItems, op: 'Query', body: qPart('bq', { KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: qVals('bq', { ':prefix': B('AQ==') }) }), real: ok(QBK, '01, 0102', (b) => eq('labels', labels(b), ['01', '0102'])) },
]);
const ccItems = () => [comp(), ...Array.from({ length: 6 }, (_, i) => put({ pk: S('qc'), sk: S('s' + i), keep: S(i === 0 ? 'yes' : 'no'), filler: S('x'.repeat(200)) }))];
const qcc = (extra) => Object.assign({ TableName: '$T', KeyConditionExpression: 'pk = :p', ReturnConsumedCapacity: 'TOTAL', ExpressionAttributeValues: { ':p': S('qc') } }, extra, extra && extra.ExpressionAttributeValues ? { ExpressionAttributeValues: Object.assign({ ':p': S('qc') }, extra.ExpressionAttributeValues) } : {});
const sameUnits = (file, count) => ok(file, `Count ${count}; CapacityUnits equal to the unfiltered/unprojected request`, (b, r) => {
  const plain = r.after[0].json || {};
  return first(count !== undefined ? eq('Count', b.Count, count) : null, eq('CapacityUnits', b.ConsumedCapacity && b.ConsumedCapacity.CapacityUnits, plain.ConsumedCapacity && plain.ConsumedCapacity.CapacityUnits));
});
add('nubo Query capacity', [
  { name: 'nubo/qcc/filter-one', setup: ccItems, op: 'Query', body: qcc({ FilterExpression: 'keep = :k', ExpressionAttributeValues: { ':k': S('yes') } }), after: [{ op: 'Query', body: qcc() }], real: sameUnits(QCC, 1) },
  { name: 'nubo/qcc/filter-none', setup: ccItems, op: 'Query', body: qcc({ FilterExpression: 'keep = :k', ExpressionAttributeValues: { ':k': S('no-such-value') } }), after: [{ op: 'Query', body: qcc() }], real: sameUnits(QCC, 0) },
  { name: 'nubo/qcc/projection', setup: ccItems, op: 'Query', body: qcc({ ProjectionExpression: 'sk' }), after: [{ op: 'Query', body: qcc() }], real: sameUnits(QCC) },
]);
const qexItems = () => [comp(),
  put({ pk: S('qe'), sk: S('1'), name: S('alice'), age: N(30), tags: { SS: ['admin', 'user'] }, mapAttr: { M: { nested: S('deep-value') } }, listAttr: { L: [S('first'), S('second')] } }),
  put({ pk: S('qe'), sk: S('2'), name: S('bob'), age: N(25), tags: { SS: ['user'] }, mapAttr: { M: { nested: S('other-value') } }, listAttr: { L: [S('alpha'), S('beta')] } }),
  put({ pk: S('qe'), sk: S('3'), name: S('carol'), age: N(35), tags: { SS: ['admin', 'manager'] }, mapAttr: { M: { nested: S('deep-value') } }, listAttr: { L: [S('first'), S('gamma')] } }),
  put({ pk: S('qe'), sk: S('4'), name: S('dave'), age: N(28), tags: { SS: ['viewer'] }, mapAttr: { M: { nested: S('v0'), k1: S('v1'), k2: S('v2'), k3: S('v3') } }, listAttr: { L: [S('x'), S('y'), S('z'), S('w')] }, binAttr: B('AQIDBAU=') }),
];
const qf = (filter, names, values) => ({ TableName: '$T', KeyConditionExpression: '#pk = :pk', FilterExpression: filter, ExpressionAttributeNames: Object.assign({ '#pk': 'pk' }, names), ExpressionAttributeValues: Object.assign({ ':pk': S('qe') }, values), ConsistentRead: true });
const skSet = (file, want) => ok(file, `sort keys ${j(want)} (any order)`, (b) => eq('sort keys', sorted(sks(b)), want));
add('nubo Query filter functions', [
  { name: 'nubo/qf/size-gt', setup: qexItems, op: 'Query', body: qf('size(#n) > :len', { '#n': 'name' }, { ':len': N(3) }), real: skSet(QEX, ['1', '3', '4']) },
  { name: 'nubo/qf/contains-substring', setup: qexItems, op: 'Query', body: qf('contains(#n, :substr)', { '#n': 'name' }, { ':substr': S('lic') }), real: skSet(QEX, ['1']) },
  { name: 'nubo/qf/contains-set', setup: qexItems, op: 'Query', body: qf('contains(tags, :elem)', {}, { ':elem': S('admin') }), real: skSet(QEX, ['1', '3']) },
  { name: 'nubo/qf/attribute-type', setup: qexItems, op: 'Query', body: qf('attribute_type(#n, :t)', { '#n': 'name' }, { ':t': S('S') }), real: skSet(QEX, ['1', '2', '3', '4']) },
  { name: 'nubo/qf/begins-with-nonkey', setup: qexItems, op: 'Query', body: qf('begins_with(#n, :prefix)', { '#n': 'name' }, { ':prefix': S('car') }), real: skSet(QEX, ['3']) },
  { name: 'nubo/qf/in', setup: qexItems, op: 'Query', body: qf('#n IN (:v1, :v2)', { '#n': 'name' }, { ':v1': S('alice'), ':v2': S('carol') }), real: skSet(QEX, ['1', '3']) },
  { name: 'nubo/qf/not-contains', setup: qexItems, op: 'Query', body: qf('NOT contains(tags, :elem)', {}, { ':elem': S('admin') }), real: skSet(QEX, ['2', '4']) },
  { name: 'nubo/qf/and', setup: qexItems, op: 'Query', body: qf('#n = :name AND age > :minAge', { '#n': 'name' }, { ':name': S('alice'), ':minAge': N(20) }), real: skSet(QEX, ['1']) },
  { name: 'nubo/qf/or', setup: qexItems, op: 'Query', body: qf('#n = :v1 OR #n = :v2', { '#n': 'name' }, { ':v1': S('alice'), ':v2': S('bob') }), real: skSet(QEX, ['1', '2']) },
  { name: 'nubo/qf/between', setup: qexItems, op: 'Query', body: qf('age BETWEEN :lo AND :hi', {}, { ':lo': N(26), ':hi': N(34) }), real: skSet(QEX, ['1', '4']) },
  { name: 'nubo/qf/nested-path', setup: qexItems, op: 'Query', body: qf('mapAttr.nested = :val', {}, { ':val': S('deep-value') }), real: skSet(QEX, ['1', '3']) },
  { name: 'nubo/qf/list-index', setup: qexItems, op: 'Query', body: qf('listAttr[0] = :val', {}, { ':val': S('first') }), real: skSet(QEX, ['1', '3']) },
  { name: 'nubo/qf/size-list', setup: qexItems, op: 'Query', body: qf('size(#la) = :sz', { '#la': 'listAttr' }, { ':sz': N(4) }), real: skSet(QEX, ['4']) },
  { name: 'nubo/qf/size-set', setup: qexItems, op: 'Query', body: qf('size(#t) = :sz', { '#t': 'tags' }, { ':sz': N(1) }), real: skSet(QEX, ['2', '4']) },
  { name: 'nubo/qf/size-map', setup: qexItems, op: 'Query', body: qf('size(#ma) > :sz', { '#ma': 'mapAttr' }, { ':sz': N(2) }), real: skSet(QEX, ['4']) },
  { name: 'nubo/qf/size-binary', setup: qexItems, op: 'Query', body: qf('size(#ba) > :sz', { '#ba': 'binAttr' }, { ':sz': N(3) }), real: skSet(QEX, ['4']) },
  { name: 'nubo/qf/size-utf16-3', setup: [comp(), put({ pk: S('qe'), sk: S('1'), s: S('é\u{1d11e}') })], op: 'Query', body: qf('size(#s) = :three', { '#s': 's' }, { ':three': N(3) }), real: skSet(QEX, ['1']) },
  { name: 'nubo/qf/size-utf16-not-6', setup: [comp(), put({ pk: S('qe'), sk: S('1'), s: S('é\u{1d11e}') })], op: 'Query', body: qf('size(#s) = :six', { '#s': 's' }, { ':six': N(6) }), real: skSet(QEX, []) },
  { name: 'nubo/qf/size-missing-attr', setup: [comp(), put({ pk: S('qe'), sk: S('1'), s: S('x') })], op: 'Query', body: qf('size(#m) = :zero', { '#m': 'no_such_attr' }, { ':zero': N(0) }), real: skSet(QEX, []) },
]);
const fpItems = () => [comp(), put({ pk: S('qe'), sk: S('1'), type: S('alpha'), status: S('active'), name: S('alice') }), put({ pk: S('qe'), sk: S('2'), type: S('beta'), status: S('inactive'), name: S('bob') }),
  put({ pk: S('qe'), sk: S('3'), type: S('gamma'), status: S('active'), name: S('alex') }), put({ pk: S('qe'), sk: S('4'), type: S('alpha'), status: S('active'), name: S('carol') })];
add('nubo Query filter parens', [
  { name: 'nubo/qfp/per-condition', setup: fpItems, op: 'Query', body: qf('(#t = :a) OR (#t = :b)', { '#t': 'type' }, { ':a': S('alpha'), ':b': S('beta') }), real: skSet(QFP, ['1', '2', '4']) },
  { name: 'nubo/qfp/full-wrap', setup: fpItems, op: 'Query', body: qf('(#t = :a OR #t = :b)', { '#t': 'type' }, { ':a': S('alpha'), ':b': S('beta') }), real: skSet(QFP, ['1', '2', '4']) },
  { name: 'nubo/qfp/nested', setup: fpItems, op: 'Query', body: qf('(#t = :a OR (#t = :b))', { '#t': 'type' }, { ':a': S('alpha'), ':b': S('beta') }), real: skSet(QFP, ['1', '2', '4']) },
  { name: 'nubo/qfp/with-begins-with', setup: fpItems, op: 'Query', body: qf('(#s = :s) AND (begins_with(#n, :p))', { '#s': 'status', '#n': 'name' }, { ':s': S('active'), ':p': S('al') }), real: skSet(QFP, ['1', '3']) },
]);

// ================================================================================================
// tier1/query gsi, gsiHashOnlyPagination, keyConditionParens, keyConditionSemantics
const QG = 'tests/tier1/query/gsi.test.ts';
const QGH = 'tests/tier1/query/gsiHashOnlyPagination.test.ts';
const QKP = 'tests/tier1/query/keyConditionParens.test.ts';
const QKS = 'tests/tier1/query/keyConditionSemantics.test.ts';
// Pagination walk: `after` steps whose body is built from the previous answer's LastEvaluatedKey (probe: bodyFrom).
const nextPage = (base) => ({ op: 'Query', bodyFrom: (prev) => (prev && prev.LastEvaluatedKey ? Object.assign({}, base, { ExclusiveStartKey: prev.LastEvaluatedKey }) : null) });
const nextScan = (base) => ({ op: 'Scan', bodyFrom: (prev) => (prev && prev.LastEvaluatedKey ? Object.assign({}, base, { ExclusiveStartKey: prev.LastEvaluatedKey }) : null) });
const walk = (b, r) => [b, ...(r.after || []).filter((a) => !a.skipped).map((a) => a.json || {})];
const gsiItems = () => [composite(),
  put({ pk: S('gsi-q-1'), sk: S('a'), lsi1sk: S('gsi-hash-A'), lsi2sk: S('gsi-range-1'), data: S('item1') }),
  put({ pk: S('gsi-q-2'), sk: S('b'), lsi1sk: S('gsi-hash-A'), lsi2sk: S('gsi-range-2'), data: S('item2') }),
  put({ pk: S('gsi-q-3'), sk: S('c'), lsi1sk: S('gsi-hash-B'), lsi2sk: S('gsi-range-3'), data: S('item3') }),
  put({ pk: S('gsi-sparse'), sk: S('x') })];
const tieBase = { TableName: '$T', IndexName: 'gsi2', KeyConditionExpression: 'lsi1sk = :h AND lsi2sk = :r', ExpressionAttributeValues: { ':h': S('gsi-tie-hash'), ':r': S('gsi-tie-range') }, Limit: 1 };
const ghoBase = { TableName: '$T', IndexName: 'gho', KeyConditionExpression: '#gh = :gh', ExpressionAttributeNames: { '#gh': 'gh' }, ExpressionAttributeValues: { ':gh': S('gho-shared') }, Limit: 2 };
const kp = (cond, sk) => ({ TableName: '$T', KeyConditionExpression: cond, ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' }, ExpressionAttributeValues: { ':pk': S('kp'), ':sk': S(sk) } });
const kpItems = () => [comp(), put({ pk: S('kp'), sk: S('1'), data: S('a') }), put({ pk: S('kp'), sk: S('2'), data: S('b') }), put({ pk: S('kp'), sk: S('3'), data: S('c') })];
const dataIs = (file, v) => ok(file, `one item with data ${v}`, (b) => eq('data', (b.Items || []).map((i) => i.data && i.data.S), [v]));
add('nubo Query GSI + key conditions', [
  { name: 'nubo/qg/hash-only-gsi', setup: gsiItems, op: 'Query', body: { TableName: '$T', IndexName: 'gsi1', KeyConditionExpression: 'lsi1sk = :v', ExpressionAttributeValues: { ':v': S('gsi-hash-A') } }, real: ok(QG, '2 items', (b) => eq('Items', (b.Items || []).length, 2)) },
  { name: 'nubo/qg/composite-gsi', setup: gsiItems, op: 'Query', body: { TableName: '$T', IndexName: 'gsi2', KeyConditionExpression: 'lsi1sk = :pk AND lsi2sk = :sk', ExpressionAttributeValues: { ':pk': S('gsi-hash-A'), ':sk': S('gsi-range-1') } }, real: dataIs(QG, 'item1') },
  { name: 'nubo/qg/no-such-gsi-key', setup: gsiItems, op: 'Query', body: { TableName: '$T', IndexName: 'gsi1', KeyConditionExpression: 'lsi1sk = :v', ExpressionAttributeValues: { ':v': S('does-not-exist') } }, real: ok(QG, 'no items', (b) => eq('Items', b.Items, [])) },
  { name: 'nubo/qg/sparse-excluded', setup: gsiItems, op: 'Query', body: { TableName: '$T', IndexName: 'gsi1', KeyConditionExpression: 'lsi1sk = :v', ExpressionAttributeValues: { ':v': S('gsi-hash-A') } }, real: ok(QG, 'gsi-sparse not returned', (b) => ((b.Items || []).some((i) => i.pk.S === 'gsi-sparse') ? 'sparse item in GSI' : null)) },
  { name: 'nubo/qg/tied-keys-walk', setup: () => [composite(), ...[0, 1, 2, 3].map((i) => put({ pk: S('gsi-tie-' + i), sk: S('s-' + i), lsi1sk: S('gsi-tie-hash'), lsi2sk: S('gsi-tie-range'), data: S('d' + i) }))],
    op: 'Query', body: tieBase, after: [nextPage(tieBase), nextPage(tieBase), nextPage(tieBase), nextPage(tieBase)],
    real: ok(QG, 'Limit 1 walk: every LEK has keys [lsi1sk, lsi2sk, pk, sk]; all 4 items seen once', (b, r) => {
      const pages = walk(b, r);
      const seen = [].concat(...pages.map((p) => (p.Items || []).map((i) => i.pk.S)));
      for (const p of pages) if (p.LastEvaluatedKey && j(Object.keys(p.LastEvaluatedKey).sort()) !== j(['lsi1sk', 'lsi2sk', 'pk', 'sk'])) return `LEK keys ${j(Object.keys(p.LastEvaluatedKey).sort())}`;
      return eq('seen', seen.slice().sort(), ['gsi-tie-0', 'gsi-tie-1', 'gsi-tie-2', 'gsi-tie-3']);
    }) },
  { name: 'nubo/qg/hash-only-gsi-walk', setup: () => [ct('$T', [['pk', 'S'], ['sk', 'S'], ['gh', 'S']], [['pk', 'HASH'], ['sk', 'RANGE']], { ProvisionedThroughput: PT, GlobalSecondaryIndexes: [{ IndexName: 'gho', KeySchema: [{ AttributeName: 'gh', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PT }] }),
    ...[0, 1, 2, 3, 4].map((i) => put({ pk: S('p'), sk: S('s' + i), gh: S('gho-shared') }))],
    op: 'Query', body: ghoBase, after: [nextPage(ghoBase), nextPage(ghoBase), nextPage(ghoBase)],
    real: ok(QGH, 'Limit 2 walk sees all 5 sort keys', (b, r) => eq('seen', [...new Set([].concat(...walk(b, r).map((p) => sks(p))))].sort(), ['s0', 's1', 's2', 's3', 's4'])) },
  { name: 'nubo/qk/parens-each', setup: kpItems, op: 'Query', body: kp('(#pk = :pk) AND (#sk = :sk)', '1'), real: dataIs(QKP, 'a') },
  { name: 'nubo/qk/parens-full', setup: kpItems, op: 'Query', body: kp('(#pk = :pk AND #sk = :sk)', '2'), real: dataIs(QKP, 'b') },
  { name: 'nubo/qk/parens-double', setup: kpItems, op: 'Query', body: kp('((#pk = :pk)) AND ((#sk = :sk))', '3'), real: { type: 'ValidationException', contains: ['redundant parentheses'], source: QKP + ' (current version, commits c4f8a8e and 9e8aa32: real DynamoDB rejects the doubled parentheses)' } },
  { name: 'nubo/qk/value-on-left', setup: [comp(), put({ pk: S('ks'), sk: S('m') })], op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk AND :lo <= #sk', ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' }, ExpressionAttributeValues: { ':pk': S('ks'), ':lo': S('a') } },
    real: ok(QKS, 'one item sk m', (b) => eq('sort keys', sks(b), ['m'])) },
  { name: 'nubo/qk/nested-path-on-key', setup: [comp()], op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk AND #sk.foo = :v', ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' }, ExpressionAttributeValues: { ':pk': S('ks'), ':v': S('x') } },
    real: ve(QKS, { contains: ['KeyConditionExpressions cannot have conditions on nested attributes'] }) },
]);

// ================================================================================================
// tier1/query lsi, numericKeys, select, validation
const QL = 'tests/tier1/query/lsi.test.ts';
const QNK = 'tests/tier1/query/numericKeys.test.ts';
const QS = 'tests/tier1/query/select.test.ts';
const QV = 'tests/tier1/query/validation.test.ts';
const lsiItems = () => [composite(),
  put({ pk: S('lsi-q-1'), sk: S('a'), lsi1sk: S('alpha'), lsi2sk: S('x-100'), data: S('item1') }),
  put({ pk: S('lsi-q-1'), sk: S('b'), lsi1sk: S('alpha-2'), lsi2sk: S('x-200'), data: S('item2') }),
  put({ pk: S('lsi-q-1'), sk: S('c'), lsi1sk: S('beta'), lsi2sk: S('x-150'), data: S('item3') }),
  put({ pk: S('lsi-q-2'), sk: S('a'), lsi1sk: S('alpha'), lsi2sk: S('x-300'), data: S('other-partition') })];
const lq = (index, cond, vals) => ({ TableName: '$T', IndexName: index, KeyConditionExpression: cond, ExpressionAttributeValues: vals, ConsistentRead: true });
const lsiTieBase = { TableName: '$T', IndexName: 'lsi1', KeyConditionExpression: 'pk = :p AND lsi1sk = :v', ExpressionAttributeValues: { ':p': S('lsi-tie'), ':v': S('lsi-tie-sk') }, ConsistentRead: true, Limit: 1 };
add('nubo Query LSI', [
  { name: 'nubo/ql/eq', setup: lsiItems, op: 'Query', body: lq('lsi1', 'pk = :pk AND lsi1sk = :sk', { ':pk': S('lsi-q-1'), ':sk': S('alpha') }), real: dataIs(QL, 'item1') },
  { name: 'nubo/ql/begins-with', setup: lsiItems, op: 'Query', body: lq('lsi1', 'pk = :pk AND begins_with(lsi1sk, :prefix)', { ':pk': S('lsi-q-1'), ':prefix': S('alpha') }), real: ok(QL, 'alpha, alpha-2', (b) => eq('lsi1sk', sorted((b.Items || []).map((i) => i.lsi1sk.S)), ['alpha', 'alpha-2'])) },
  { name: 'nubo/ql/between', setup: lsiItems, op: 'Query', body: lq('lsi2', 'pk = :pk AND lsi2sk BETWEEN :lo AND :hi', { ':pk': S('lsi-q-1'), ':lo': S('x-100'), ':hi': S('x-200') }), real: ok(QL, 'x-100, x-150, x-200', (b) => eq('lsi2sk', sorted((b.Items || []).map((i) => i.lsi2sk.S)), ['x-100', 'x-150', 'x-200'])) },
  { name: 'nubo/ql/consistent-read', setup: lsiItems, op: 'Query', body: lq('lsi1', 'pk = :pk', { ':pk': S('lsi-q-1') }), real: ok(QL, '3 items, all from lsi-q-1', (b) => first(eq('Items', (b.Items || []).length, 3), (b.Items || []).every((i) => i.pk.S === 'lsi-q-1') ? null : 'other partition leaked')) },
  { name: 'nubo/ql/all-projection', setup: lsiItems, op: 'Query', body: lq('lsi1', 'pk = :pk AND lsi1sk = :sk', { ':pk': S('lsi-q-1'), ':sk': S('alpha') }),
    real: ok(QL, 'whole item', (b) => eq('Items', b.Items, [{ pk: S('lsi-q-1'), sk: S('a'), lsi1sk: S('alpha'), lsi2sk: S('x-100'), data: S('item1') }])) },
  { name: 'nubo/ql/include-projection', setup: lsiItems, op: 'Query', body: lq('lsi2', 'pk = :pk AND lsi2sk = :sk', { ':pk': S('lsi-q-1'), ':sk': S('x-100') }),
    real: ok(QL, 'keys + lsi1sk, no data', (b) => eq('Items', b.Items, [{ pk: S('lsi-q-1'), sk: S('a'), lsi1sk: S('alpha'), lsi2sk: S('x-100') }])) },
  { name: 'nubo/ql/empty-partition', setup: lsiItems, op: 'Query', body: lq('lsi1', 'pk = :pk', { ':pk': S('does-not-exist') }), real: ok(QL, 'Items [], Count 0', (b) => first(eq('Items', b.Items, []), eq('Count', b.Count, 0))) },
  { name: 'nubo/ql/tied-keys-walk', setup: () => [composite(), ...[0, 1, 2, 3].map((i) => put({ pk: S('lsi-tie'), sk: S('s-' + i), lsi1sk: S('lsi-tie-sk'), data: S('d' + i) }))],
    op: 'Query', body: lsiTieBase, after: [nextPage(lsiTieBase), nextPage(lsiTieBase), nextPage(lsiTieBase), nextPage(lsiTieBase)],
    real: ok(QL, 'Limit 1 walk: every LEK has keys [lsi1sk, pk, sk]; all 4 seen once', (b, r) => {
      const pages = walk(b, r);
      for (const p of pages) if (p.LastEvaluatedKey && j(Object.keys(p.LastEvaluatedKey).sort()) !== j(['lsi1sk', 'pk', 'sk'])) return `LEK keys ${j(Object.keys(p.LastEvaluatedKey).sort())}`;
      return eq('seen', [].concat(...pages.map(sks)).sort(), ['s-0', 's-1', 's-2', 's-3']);
    }) },
]);
const numItems = (vals) => () => [comp('$T', 'N'), ...vals.map((n) => put({ pk: S('nq'), sk: N(n), val: S('item-' + n) }))];
const NQ = numItems([1, 5, 10, 20, 50, 100]);
const nums = (b) => (b.Items || []).map((i) => Number(i.sk.N));
const numOrder = (want, more) => ok(QNK, `sort keys ${j(want)}`, (b) => first(eq('sort keys', nums(b), want), more ? more(b) : null));
add('nubo Query numeric keys', [
  { name: 'nubo/qn/asc', setup: NQ, op: 'Query', body: qPart('nq'), real: numOrder([1, 5, 10, 20, 50, 100]) },
  { name: 'nubo/qn/desc', setup: NQ, op: 'Query', body: qPart('nq', { ScanIndexForward: false }), real: numOrder([100, 50, 20, 10, 5, 1]) },
  { name: 'nubo/qn/gt', setup: NQ, op: 'Query', body: qPart('nq', { KeyConditionExpression: 'pk = :pk AND sk > :val', ExpressionAttributeValues: qVals('nq', { ':val': N(15) }) }), real: numOrder([20, 50, 100]) },
  { name: 'nubo/qn/between', setup: NQ, op: 'Query', body: qPart('nq', { KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi', ExpressionAttributeValues: qVals('nq', { ':lo': N(5), ':hi': N(50) }) }), real: numOrder([5, 10, 20, 50]) },
  { name: 'nubo/qn/limit', setup: NQ, op: 'Query', body: qPart('nq', { Limit: 3 }), real: numOrder([1, 5, 10], (b) => (b.LastEvaluatedKey ? null : 'no LastEvaluatedKey')) },
  { name: 'nubo/qn/numeric-not-lexical', setup: NQ, op: 'Query', body: qPart('nq', { KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi', ExpressionAttributeValues: qVals('nq', { ':lo': N(1), ':hi': N(10) }) }), real: numOrder([1, 5, 10]) },
  { name: 'nubo/qn/negatives', setup: numItems([-100, -5, -1, 0, 1, 5, 10, 100]), op: 'Query', body: qPart('nq'), real: numOrder([-100, -5, -1, 0, 1, 5, 10, 100]) },
  { name: 'nubo/qn/ge-negative', setup: numItems([-100, -5, -1, 0, 1, 5, 10, 100]), op: 'Query', body: qPart('nq', { KeyConditionExpression: 'pk = :pk AND sk >= :val', ExpressionAttributeValues: qVals('nq', { ':val': N(-1) }) }), real: numOrder([-1, 0, 1, 5, 10, 100]) },
]);
const selItems = () => [comp(), put({ pk: S('qs'), sk: S('a'), status: S('active') }), put({ pk: S('qs'), sk: S('b'), status: S('inactive') }), put({ pk: S('qs'), sk: S('c'), status: S('active') })];
const selIdx = () => [composite(), put({ pk: S('qs'), sk: S('a'), lsi1sk: S('gsi-hash-1'), lsi2sk: S('gsi-range-1'), data: S('projected-data'), extra: S('not-projected') }),
  put({ pk: S('qs'), sk: S('b'), lsi1sk: S('gsi-hash-1'), lsi2sk: S('gsi-range-2'), data: S('projected-data-2'), extra: S('also-not-projected') })];
const selSpec = () => [comp(), put({ pk: S('qs'), sk: S('a'), data: S('hello'), extra: S('world') }), put({ pk: S('qs'), sk: S('b'), data: S('foo'), extra: S('bar') })];
const everyItem = (n, fn) => (b) => first(eq('Items', (b.Items || []).length, n), ...(b.Items || []).map(fn));
const has = (i, ks) => ks.map((k) => (k in i ? null : `item lacks ${k}`)).find((x) => x) || null;
const lacks = (i, ks) => ks.map((k) => (k in i ? `item has ${k}` : null)).find((x) => x) || null;
add('nubo Query Select', [
  { name: 'nubo/qs/count', setup: selItems, op: 'Query', body: qPart('qs', { Select: 'COUNT' }), real: ok(QS, 'Count 3 = ScannedCount, no Items', (b) => first(b.Count > 0 ? null : 'Count 0', eq('ScannedCount', b.ScannedCount, b.Count), b.Items === undefined ? null : 'Items present')) },
  { name: 'nubo/qs/count-filter', setup: selItems, op: 'Query', body: qPart('qs', { FilterExpression: '#s = :status', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: qVals('qs', { ':status': S('active') }), Select: 'COUNT' }),
    real: ok(QS, 'Count 2, ScannedCount 3, no Items', (b) => first(eq('Count', b.Count, 2), eq('ScannedCount', b.ScannedCount, 3), b.Items === undefined ? null : 'Items present')) },
  { name: 'nubo/qs/all-projected-gsi', setup: selIdx, op: 'Query', body: { TableName: '$T', IndexName: 'gsi2', KeyConditionExpression: '#hk = :hk', ExpressionAttributeNames: { '#hk': 'lsi1sk' }, ExpressionAttributeValues: { ':hk': S('gsi-hash-1') }, Select: 'ALL_PROJECTED_ATTRIBUTES' },
    real: ok(QS, '2 items with lsi1sk, lsi2sk, data, without extra', everyItem(2, (i) => first(has(i, ['lsi1sk', 'lsi2sk', 'data']), lacks(i, ['extra'])))) },
  { name: 'nubo/qs/all-attributes-lsi', setup: selIdx, op: 'Query', body: { TableName: '$T', IndexName: 'lsi1', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('qs') }, Select: 'ALL_ATTRIBUTES', ConsistentRead: true },
    real: ok(QS, '2 whole items', everyItem(2, (i) => has(i, ['pk', 'sk', 'lsi1sk', 'data', 'extra']))) },
  { name: 'nubo/qs/specific-with-projection', setup: selSpec, op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' }, ExpressionAttributeValues: { ':pk': S('qs') }, ProjectionExpression: '#pk, #sk', Select: 'SPECIFIC_ATTRIBUTES', ConsistentRead: true },
    real: ok(QS, '2 items {pk, sk}', everyItem(2, (i) => first(has(i, ['pk', 'sk']), lacks(i, ['data', 'extra'])))) },
  { name: 'nubo/qs/specific-without-projection', setup: selSpec, op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('qs') }, Select: 'SPECIFIC_ATTRIBUTES', ConsistentRead: true }, real: ve(QS) },
  { name: 'nubo/qs/all-attributes-with-projection', setup: [comp()], op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('x') }, Select: 'ALL_ATTRIBUTES', ProjectionExpression: 'sk' },
    real: ve(QS, { contains: ['Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES'] }) },
  { name: 'nubo/qs/all-projected-no-index', setup: [comp()], op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('x') }, Select: 'ALL_PROJECTED_ATTRIBUTES' },
    real: ve(QS, { contains: ['ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName'] }) },
  { name: 'nubo/qv/missing-table', op: 'Query', body: { TableName: 'no_such_table_nubo', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': S('test') } }, real: err(RNF, QV) },
  { name: 'nubo/qv/no-key-condition', setup: [comp()], op: 'Query', body: { TableName: '$T' }, real: ve(QV) },
]);

// ================================================================================================
// tier1/scan basic, consumedCapacity, filter parens, operand order
const SB = 'tests/tier1/scan/basic.test.ts';
const SCC = 'tests/tier1/scan/consumedCapacity.test.ts';
const SFP = 'tests/tier1/scan/filterExpressionParens.test.ts';
const SFO = 'tests/tier1/scan/filterOperandOrder.test.ts';
const hashN = (n, prefix, extra) => [hash(), ...Array.from({ length: n }, (_, i) => put(Object.assign({ pk: S(prefix + i), val: N(i) }, extra ? extra(i) : {})))];
const scanBase = { TableName: '$T', Limit: 2, ConsistentRead: true };
const pks = (b) => (b.Items || []).map((i) => i.pk && i.pk.S);
add('nubo Scan basic', [
  { name: 'nubo/s/all', setup: () => hashN(5, 'sb-'), op: 'Scan', body: { TableName: '$T', ConsistentRead: true }, real: ok(SB, '5 items, Count = ScannedCount = Items', (b) => first(eq('Items', (b.Items || []).length, 5), eq('Count', b.Count, 5), eq('ScannedCount', b.ScannedCount, 5))) },
  { name: 'nubo/s/filter-none', setup: () => [hash(), put({ pk: S('f0'), status: S('active') }), put({ pk: S('f1'), status: S('inactive') }), put({ pk: S('f2'), status: S('active') })], op: 'Scan', body: { TableName: '$T', FilterExpression: 'pk = :impossible', ExpressionAttributeValues: { ':impossible': S('nope') }, ConsistentRead: true },
    real: ok(SB, 'Count 0, ScannedCount > 0, Items []', (b) => first(eq('Count', b.Count, 0), b.ScannedCount > 0 ? null : `ScannedCount ${b.ScannedCount}`, eq('Items', b.Items, []))) },
  { name: 'nubo/s/filter-and-begins-with', setup: () => [hash(), put({ pk: S('scan-filter-0'), status: S('active') }), put({ pk: S('scan-filter-1'), status: S('inactive') }), put({ pk: S('scan-filter-2'), status: S('active') }), put({ pk: S('other'), status: S('active') })],
    op: 'Scan', body: { TableName: '$T', FilterExpression: '#s = :status AND begins_with(pk, :prefix)', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':status': S('active'), ':prefix': S('scan-filter-') }, ConsistentRead: true },
    real: ok(SB, '2 items, ScannedCount >= Count', (b) => first(eq('Items', (b.Items || []).length, 2), b.ScannedCount >= b.Count ? null : 'ScannedCount < Count')) },
  { name: 'nubo/s/limit-2', setup: () => hashN(5, 'sp-'), op: 'Scan', body: scanBase, real: ok(SB, '2 items and LastEvaluatedKey', (b) => first(eq('Items', (b.Items || []).length, 2), b.LastEvaluatedKey ? null : 'no LastEvaluatedKey')) },
  { name: 'nubo/s/paginate', setup: () => hashN(5, 'sp-'), op: 'Scan', body: scanBase, after: [nextScan(scanBase), nextScan(scanBase), nextScan(scanBase), nextScan(scanBase)],
    real: ok(SB, 'Limit 2 walk returns all 5 items once', (b, r) => eq('seen', [].concat(...walk(b, r).map(pks)).sort(), ['sp-0', 'sp-1', 'sp-2', 'sp-3', 'sp-4'])) },
  { name: 'nubo/s/projection', setup: [hash(), put({ pk: S('scan-proj'), a: S('alpha'), b: S('beta') }), put({ pk: S('x'), a: S('z') })], op: 'Scan', body: { TableName: '$T', ProjectionExpression: 'a', FilterExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': S('scan-proj') }, ConsistentRead: true },
    real: ok(SB, 'one item {a}', (b) => eq('Items', b.Items, [{ a: S('alpha') }])) },
  { name: 'nubo/s/esk-wrong-schema', setup: H, op: 'Scan', body: { TableName: '$T', ExclusiveStartKey: { bad: S('p') } }, real: ve(SB, { regex: 'provided starting key is invalid' }) },
  { name: 'nubo/s/esk-exclusive', setup: () => hashN(4, 'sesk-'), op: 'Scan', body: { TableName: '$T', Limit: 1, ConsistentRead: true, FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': S('sesk-') } },
    after: [{ op: 'Scan', bodyFrom: (prev) => ({ TableName: '$T', ExclusiveStartKey: prev && prev.LastEvaluatedKey, ConsistentRead: true, FilterExpression: 'begins_with(pk, :p)', ExpressionAttributeValues: { ':p': S('sesk-') } }) }],
    real: ok(SB, 'LEK set; next page does not repeat the LEK item', (b, r) => (b.LastEvaluatedKey ? (pks(r.after[0].json || {}).includes(b.LastEvaluatedKey.pk.S) ? 'start item repeated' : null) : 'no LastEvaluatedKey')) },
  { name: 'nubo/s/limit-counts-scanned', setup: () => hashN(4, 'sesk-'), op: 'Scan', body: { TableName: '$T', Limit: 1, FilterExpression: 'val > :hi', ExpressionAttributeValues: { ':hi': N(100) }, ConsistentRead: true },
    real: ok(SB, 'ScannedCount 1, Count 0, LEK set', (b) => first(eq('ScannedCount', b.ScannedCount, 1), eq('Count', b.Count, 0), b.LastEvaluatedKey ? null : 'no LastEvaluatedKey')) },
]);
const sccItems = () => [comp(), ...Array.from({ length: 6 }, (_, i) => put({ pk: S('sc'), sk: S('s' + i), keep: S(i === 0 ? 'yes' : 'no'), filler: S('x'.repeat(200)) }))];
const scc = (extra) => Object.assign({ TableName: '$T', ReturnConsumedCapacity: 'TOTAL' }, extra);
const plainScan = [{ op: 'Scan', body: scc() }];
add('nubo Scan capacity', [
  { name: 'nubo/scc/filter-one', setup: sccItems, op: 'Scan', body: scc({ FilterExpression: 'keep = :k', ExpressionAttributeValues: { ':k': S('yes') } }), after: plainScan, real: sameUnits(SCC, 1) },
  { name: 'nubo/scc/filter-none', setup: sccItems, op: 'Scan', body: scc({ FilterExpression: 'keep = :k', ExpressionAttributeValues: { ':k': S('no-such-value') } }), after: plainScan, real: sameUnits(SCC, 0) },
  { name: 'nubo/scc/projection', setup: sccItems, op: 'Scan', body: scc({ ProjectionExpression: 'pk' }), after: plainScan, real: sameUnits(SCC) },
  { name: 'nubo/scc/filter-and-projection', setup: sccItems, op: 'Scan', body: scc({ ProjectionExpression: 'pk', FilterExpression: 'keep = :k', ExpressionAttributeValues: { ':k': S('yes') } }), after: plainScan, real: sameUnits(SCC) },
]);
const mk = 'fes-parens-marker';
const sfpItems = () => [composite(), put({ pk: S('fes-parens-1'), sk: S('x'), lsi1sk: S(mk), type: S('alpha'), status: S('active') }), put({ pk: S('fes-parens-2'), sk: S('x'), lsi1sk: S(mk), type: S('beta'), status: S('inactive') }),
  put({ pk: S('fes-parens-3'), sk: S('x'), lsi1sk: S(mk), type: S('gamma'), status: S('active') }), put({ pk: S('fes-parens-4'), sk: S('x'), lsi1sk: S(mk), type: S('alpha'), status: S('active') }), put({ pk: S('other'), sk: S('x'), type: S('alpha') })];
const sf = (filter, extra) => Object.assign({ TableName: '$T', FilterExpression: filter, ExpressionAttributeNames: { '#m': 'lsi1sk', '#t': 'type' }, ExpressionAttributeValues: { ':m': S(mk), ':a': S('alpha'), ':b': S('beta') }, ConsistentRead: true }, extra);
const nItems = (file, n) => ok(file, `${n} items`, (b) => eq('Items', (b.Items || []).length, n));
add('nubo Scan filter parens', [
  { name: 'nubo/sfp/per-condition', setup: sfpItems, op: 'Scan', body: sf('(#m = :m) AND ((#t = :a) OR (#t = :b))'), real: nItems(SFP, 3) },
  { name: 'nubo/sfp/full-wrap', setup: sfpItems, op: 'Scan', body: sf('(#m = :m) AND (#t = :a OR #t = :b)'), real: nItems(SFP, 3) },
  { name: 'nubo/sfp/nested', setup: sfpItems, op: 'Scan', body: sf('(#m = :m) AND (#t = :a OR (#t = :b))'), real: nItems(SFP, 3) },
  { name: 'nubo/sfp/gsi', setup: sfpItems, op: 'Scan', body: sf('(#m = :m) AND ((#t = :a) OR (#t = :b))', { IndexName: 'gsi1', ConsistentRead: undefined }), real: nItems(SFP, 3) },
  { name: 'nubo/sfp/not-in-parens', setup: sfpItems, op: 'Scan', body: { TableName: '$T', FilterExpression: '(#m = :m) AND (NOT (#s = :s))', ExpressionAttributeNames: { '#m': 'lsi1sk', '#s': 'status' }, ExpressionAttributeValues: { ':m': S(mk), ':s': S('active') }, ConsistentRead: true },
    real: ok(SFP, 'only fes-parens-2', (b) => eq('pks', pks(b), ['fes-parens-2'])) },
  { name: 'nubo/sfo/begins-with-number-operand', setup: H, op: 'Scan', body: { TableName: '$T', FilterExpression: 'begins_with(#p, :n)', ExpressionAttributeNames: { '#p': 'no_such_attr_xyz' }, ExpressionAttributeValues: { ':n': N(5) } }, real: ve(SFO) },
]);

// ================================================================================================
// tier1/scan filterOperators, gsi, gsiPagination, lsi
const SFOP = 'tests/tier1/scan/filterOperators.test.ts';
const SG = 'tests/tier1/scan/gsi.test.ts';
const SGP = 'tests/tier1/scan/gsiPagination.test.ts';
const SL = 'tests/tier1/scan/lsi.test.ts';
const foItems = () => [hash(),
  put({ pk: S('fo-1'), strVal: S('apple'), numVal: N(10), binVal: B('AQI='), setVal: { SS: ['a', 'b'] } }),
  put({ pk: S('fo-2'), strVal: S('banana'), numVal: N(20), binVal: B('AwQ='), setVal: { SS: ['b', 'c'] } }),
  put({ pk: S('fo-3'), strVal: S('cherry'), numVal: N(30), binVal: B('BQY='), setVal: { SS: ['a', 'c'] } }),
  put({ pk: S('zz'), strVal: S('apple'), numVal: N(99) })];
const fo = (filter, names, values) => ({ TableName: '$T', FilterExpression: filter, ExpressionAttributeNames: Object.assign({ '#pk': 'pk' }, names), ExpressionAttributeValues: Object.assign({ ':prefix': S('fo-') }, values), ConsistentRead: true });
const pkSet = (file, want) => ok(file, `pks ${j(want)}`, (b) => eq('pks', sorted(pks(b)), want));
add('nubo Scan filter operators', [
  { name: 'nubo/sfo/eq-string', setup: foItems, op: 'Scan', body: { TableName: '$T', FilterExpression: '#sv = :val', ExpressionAttributeNames: { '#sv': 'strVal' }, ExpressionAttributeValues: { ':val': S('banana') }, ConsistentRead: true }, real: pkSet(SFOP, ['fo-2']) },
  { name: 'nubo/sfo/ne-number', setup: foItems, op: 'Scan', body: fo('#nv <> :val AND begins_with(#pk, :prefix)', { '#nv': 'numVal' }, { ':val': N(20) }), real: pkSet(SFOP, ['fo-1', 'fo-3']) },
  { name: 'nubo/sfo/gt-number', setup: foItems, op: 'Scan', body: fo('#nv > :val AND begins_with(#pk, :prefix)', { '#nv': 'numVal' }, { ':val': N(15) }), real: pkSet(SFOP, ['fo-2', 'fo-3']) },
  { name: 'nubo/sfo/le-string', setup: foItems, op: 'Scan', body: fo('#sv <= :val AND begins_with(#pk, :prefix)', { '#sv': 'strVal' }, { ':val': S('banana') }), real: pkSet(SFOP, ['fo-1', 'fo-2']) },
  { name: 'nubo/sfo/contains-string', setup: foItems, op: 'Scan', body: fo('contains(#sv, :sub) AND begins_with(#pk, :prefix)', { '#sv': 'strVal' }, { ':sub': S('an') }), real: pkSet(SFOP, ['fo-2']) },
  { name: 'nubo/sfo/attribute-exists', setup: foItems, op: 'Scan', body: fo('attribute_exists(#sv) AND begins_with(#pk, :prefix)', { '#sv': 'strVal' }, {}), real: pkSet(SFOP, ['fo-1', 'fo-2', 'fo-3']) },
  { name: 'nubo/sfo/binary-gt', setup: foItems, op: 'Scan', body: fo('#bv > :val AND begins_with(#pk, :prefix)', { '#bv': 'binVal' }, { ':val': B('AwQ=') }), real: pkSet(SFOP, ['fo-3']) },
  { name: 'nubo/sfo/binary-begins-with', setup: foItems, op: 'Scan', body: fo('begins_with(#bv, :bp) AND begins_with(#pk, :prefix)', { '#bv': 'binVal' }, { ':bp': B('Aw==') }), real: pkSet(SFOP, ['fo-2']) },
  { name: 'nubo/sfo/binary-between', setup: foItems, op: 'Scan', body: fo('#bv BETWEEN :lo AND :hi AND begins_with(#pk, :prefix)', { '#bv': 'binVal' }, { ':lo': B('AQI='), ':hi': B('AwQ=') }), real: pkSet(SFOP, ['fo-1', 'fo-2']) },
  { name: 'nubo/sfo/set-eq-any-order', setup: foItems, op: 'Scan', body: fo('#sv = :expected AND begins_with(#pk, :prefix)', { '#sv': 'setVal' }, { ':expected': { SS: ['b', 'a'] } }), real: pkSet(SFOP, ['fo-1']) },
  { name: 'nubo/sfo/set-ne', setup: foItems, op: 'Scan', body: fo('#sv <> :expected AND begins_with(#pk, :prefix)', { '#sv': 'setVal' }, { ':expected': { SS: ['a', 'b'] } }), real: pkSet(SFOP, ['fo-2', 'fo-3']) },
  { name: 'nubo/sfo/begins-with-number', setup: foItems, op: 'Scan', body: { TableName: '$T', FilterExpression: 'begins_with(#a, :n)', ExpressionAttributeNames: { '#a': 'strVal' }, ExpressionAttributeValues: { ':n': N(1) } }, real: ve(SFOP, { regex: 'Incorrect operand type' }) },
  { name: 'nubo/sfo/redundant-parens', setup: foItems, op: 'Scan', body: { TableName: '$T', FilterExpression: '((#a = :v))', ExpressionAttributeNames: { '#a': 'strVal' }, ExpressionAttributeValues: { ':v': S('apple') } }, real: ve(SFOP, { regex: 'redundant parentheses' }) },
]);
const sgItems = () => [composite(),
  put({ pk: S('scan-gsi-1'), sk: S('a'), lsi1sk: S('scan-gsi-hash-A'), lsi2sk: S('r1'), data: S('val1'), extra: S('x1') }),
  put({ pk: S('scan-gsi-2'), sk: S('b'), lsi1sk: S('scan-gsi-hash-A'), lsi2sk: S('r2'), data: S('val2'), extra: S('x2') }),
  put({ pk: S('scan-gsi-3'), sk: S('c'), lsi1sk: S('scan-gsi-hash-B'), lsi2sk: S('r3'), data: S('val3'), extra: S('x3') })];
const sgPrefix = (index) => ({ TableName: '$T', IndexName: index, FilterExpression: 'begins_with(lsi1sk, :prefix)', ExpressionAttributeValues: { ':prefix': S('scan-gsi-hash-') } });
const gpBase = { TableName: '$T', IndexName: 'TypeIndex', Limit: 10 };
const gpFilter = Object.assign({}, gpBase, { FilterExpression: 'Num IN (:v0, :v1, :v2, :v3, :v4, :v5, :v6, :v7, :v8, :v9)', ExpressionAttributeValues: Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [':v' + i, N(i * 5)])) });
const gpTable = () => [ct('$T', [['ID', 'S'], ['Type', 'S']], [['ID', 'HASH']], { BillingMode: 'PAY_PER_REQUEST', GlobalSecondaryIndexes: [{ IndexName: 'TypeIndex', KeySchema: [{ AttributeName: 'Type', KeyType: 'HASH' }, { AttributeName: 'ID', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }] }),
  ...Array.from({ length: 50 }, (_, i) => put({ ID: S('item-' + String(i).padStart(3, '0')), Type: S('widget'), Num: N(i) }))];
const pages = (base, n, scan = true) => Array.from({ length: n }, () => (scan ? nextScan(base) : nextPage(base)));
const lsiScanItems = () => [composite(), put({ pk: S('scan-lsi-1'), sk: S('a'), lsi1sk: S('sort-a'), lsi2sk: S('r-a'), data: S('val1') }), put({ pk: S('scan-lsi-1'), sk: S('b'), lsi1sk: S('sort-b'), lsi2sk: S('r-b'), data: S('val2') }),
  put({ pk: S('scan-lsi-2'), sk: S('a'), lsi1sk: S('sort-c'), lsi2sk: S('r-c'), data: S('val3') })];
add('nubo Scan indexes', [
  { name: 'nubo/sg/gsi-all', setup: sgItems, op: 'Scan', body: sgPrefix('gsi1'), real: ok(SG, '3 whole items', everyItem(3, (i) => has(i, ['pk', 'sk', 'lsi1sk', 'data', 'extra']))) },
  { name: 'nubo/sg/gsi-include', setup: sgItems, op: 'Scan', body: sgPrefix('gsi2'), real: ok(SG, '3 items with lsi1sk, lsi2sk, data and no extra', everyItem(3, (i) => first(has(i, ['lsi1sk', 'lsi2sk', 'data']), lacks(i, ['extra'])))) },
  { name: 'nubo/sg/gsi-filter', setup: sgItems, op: 'Scan', body: { TableName: '$T', IndexName: 'gsi1', FilterExpression: 'lsi1sk = :v AND #d = :data', ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':v': S('scan-gsi-hash-A'), ':data': S('val1') } },
    real: ok(SG, 'only scan-gsi-1', (b) => first(eq('pks', pks(b), ['scan-gsi-1']), b.ScannedCount >= b.Count ? null : 'ScannedCount < Count')) },
  { name: 'nubo/sgp/walk-50', setup: gpTable, op: 'Scan', body: gpBase, after: pages(gpBase, 6), real: ok(SGP, 'Limit 10 walk returns 50 items', (b, r) => eq('items', [].concat(...walk(b, r).map((p) => p.Items || [])).length, 50)) },
  { name: 'nubo/sgp/walk-50-filter', setup: gpTable, op: 'Scan', body: gpFilter, after: pages(gpFilter, 6), real: ok(SGP, 'filtered walk returns 10 items', (b, r) => eq('items', [].concat(...walk(b, r).map((p) => p.Items || [])).length, 10)) },
  { name: 'nubo/sl/lsi-all', setup: lsiScanItems, op: 'Scan', body: { TableName: '$T', IndexName: 'lsi1', FilterExpression: 'begins_with(pk, :prefix)', ExpressionAttributeValues: { ':prefix': S('scan-lsi-') }, ConsistentRead: true },
    real: ok(SL, '3 items with pk, sk, lsi1sk, data', everyItem(3, (i) => has(i, ['pk', 'sk', 'lsi1sk', 'data']))) },
  { name: 'nubo/sl/lsi-filter', setup: lsiScanItems, op: 'Scan', body: { TableName: '$T', IndexName: 'lsi1', FilterExpression: 'pk = :pk AND #d = :data', ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':pk': S('scan-lsi-1'), ':data': S('val1') }, ConsistentRead: true },
    real: ok(SL, 'one item lsi1sk sort-a', (b) => eq('lsi1sk', (b.Items || []).map((i) => i.lsi1sk && i.lsi1sk.S), ['sort-a'])) },
  { name: 'nubo/sl/lsi-include-consistent', setup: lsiScanItems, op: 'Scan', body: { TableName: '$T', IndexName: 'lsi2', FilterExpression: 'begins_with(pk, :prefix)', ExpressionAttributeValues: { ':prefix': S('scan-lsi-') }, ConsistentRead: true },
    real: ok(SL, '3 items with keys + lsi1sk, no data', everyItem(3, (i) => first(has(i, ['pk', 'sk', 'lsi2sk', 'lsi1sk']), lacks(i, ['data'])))) },
]);

// ================================================================================================
// tier1/scan lsiPagination, parallel, select, validation
const SLP = 'tests/tier1/scan/lsiPagination.test.ts';
const SPAR = 'tests/tier1/scan/parallel.test.ts';
const SSEL = 'tests/tier1/scan/select.test.ts';
const SV = 'tests/tier1/scan/validation.test.ts';
const lpTable = () => [ct('$T', [['ID', 'S'], ['SK', 'S'], ['Lsk', 'S']], [['ID', 'HASH'], ['SK', 'RANGE']], { BillingMode: 'PAY_PER_REQUEST', LocalSecondaryIndexes: [{ IndexName: 'LsiIndex', KeySchema: [{ AttributeName: 'ID', KeyType: 'HASH' }, { AttributeName: 'Lsk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }] }),
  ...Array.from({ length: 50 }, (_, i) => put({ ID: S('widget'), SK: S('item-' + String(i).padStart(3, '0')), Lsk: S('group-' + (i % 5)), Num: N(i) }))];
const lpBase = { TableName: '$T', IndexName: 'LsiIndex', Limit: 10 };
const lpFilter = Object.assign({}, lpBase, { FilterExpression: gpFilter.FilterExpression, ExpressionAttributeValues: gpFilter.ExpressionAttributeValues });
const parItems = () => [hash(), ...Array.from({ length: 20 }, (_, i) => put({ pk: S('parallel-scan-' + String(i).padStart(3, '0')), val: N(i) })), put({ pk: S('other'), val: N(99) })];
const seg = (n) => ({ TableName: '$T', TotalSegments: 4, Segment: n, FilterExpression: 'begins_with(pk, :prefix)', ExpressionAttributeValues: { ':prefix': S('parallel-scan-') }, ConsistentRead: true });
add('nubo Scan pagination/parallel/select', [
  { name: 'nubo/slp/walk-50', setup: lpTable, op: 'Scan', body: lpBase, after: pages(lpBase, 6), real: ok(SLP, 'Limit 10 walk returns 50 items', (b, r) => eq('items', [].concat(...walk(b, r).map((p) => p.Items || [])).length, 50)) },
  { name: 'nubo/slp/walk-50-filter', setup: lpTable, op: 'Scan', body: lpFilter, after: pages(lpFilter, 6), real: ok(SLP, 'filtered walk returns 10 items', (b, r) => eq('items', [].concat(...walk(b, r).map((p) => p.Items || [])).length, 10)) },
  { name: 'nubo/spar/segments', setup: parItems, op: 'Scan', body: seg(0), after: [{ op: 'Scan', body: seg(1) }, { op: 'Scan', body: seg(2) }, { op: 'Scan', body: seg(3) }, { op: 'Scan', body: { TableName: '$T', FilterExpression: 'begins_with(pk, :prefix)', ExpressionAttributeValues: { ':prefix': S('parallel-scan-') }, ConsistentRead: true } }],
    real: ok(SPAR, '4 segments are disjoint, well-formed, and their union equals the full scan (20 items)', (b, r) => {
      const segsAll = [b, ...r.after.slice(0, 3).map((a) => a.json || {})];
      if (segsAll.some((s) => s.LastEvaluatedKey)) return 'a segment paginated (not followed here)';
      const all = [].concat(...segsAll.map(pks));
      if (new Set(all).size !== all.length) return 'segments overlap';
      const bad = [].concat(...segsAll.map((s) => s.Items || [])).find((i) => !/^parallel-scan-\d{3}$/.test(i.pk.S) || !(Number(i.val.N) >= 0 && Number(i.val.N) < 20));
      if (bad) return `malformed item ${j(bad)}`;
      return eq('union vs full scan', all.sort(), pks(r.after[3].json || {}).sort());
    }) },
  { name: 'nubo/ssel/count', setup: [hash(), put({ pk: S('scan-select-0'), category: S('alpha') }), put({ pk: S('scan-select-1'), category: S('beta') }), put({ pk: S('scan-select-2'), category: S('alpha') })], op: 'Scan', body: { TableName: '$T', Select: 'COUNT', ConsistentRead: true },
    real: ok(SSEL, 'Count > 0, no Items', (b) => first(b.Count > 0 ? null : 'Count 0', b.Items === undefined ? null : 'Items present')) },
  { name: 'nubo/ssel/count-filter', setup: [hash(), put({ pk: S('scan-select-0'), category: S('alpha') }), put({ pk: S('scan-select-1'), category: S('beta') }), put({ pk: S('scan-select-2'), category: S('alpha') })],
    op: 'Scan', body: { TableName: '$T', FilterExpression: '#c = :cat AND begins_with(pk, :prefix)', ExpressionAttributeNames: { '#c': 'category' }, ExpressionAttributeValues: { ':cat': S('alpha'), ':prefix': S('scan-select-') }, Select: 'COUNT', ConsistentRead: true },
    real: ok(SSEL, 'Count 2, ScannedCount >= 3, no Items', (b) => first(eq('Count', b.Count, 2), b.ScannedCount >= 3 ? null : `ScannedCount ${b.ScannedCount}`, b.Items === undefined ? null : 'Items present')) },
  { name: 'nubo/ssel/all-attributes-with-projection', setup: H, op: 'Scan', body: { TableName: '$T', Select: 'ALL_ATTRIBUTES', ProjectionExpression: 'pk' }, real: ve(SSEL, { contains: ['Cannot specify the ProjectionExpression when choosing to get ALL_ATTRIBUTES'] }) },
  { name: 'nubo/ssel/all-projected-no-index', setup: H, op: 'Scan', body: { TableName: '$T', Select: 'ALL_PROJECTED_ATTRIBUTES' }, real: ve(SSEL, { contains: ['ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName'] }) },
  { name: 'nubo/sv/missing-table', op: 'Scan', body: { TableName: 'no_such_table_nubo' }, real: err(RNF, SV) },
]);

// ================================================================================================
// tier1/updateItem basic, conditions, expressionHygiene, paths, validation
const UB = 'tests/tier1/updateItem/basic.test.ts';
const UC = 'tests/tier1/updateItem/conditions.test.ts';
const UH = 'tests/tier1/updateItem/expressionHygiene.test.ts';
const UP = 'tests/tier1/updateItem/paths.test.ts';
const UV = 'tests/tier1/updateItem/validation.test.ts';
const upd = (expr, names, values, extra) => Object.assign({ TableName: '$T', Key: { pk: S('u') }, UpdateExpression: expr }, names ? { ExpressionAttributeNames: names } : {}, values ? { ExpressionAttributeValues: values } : {}, extra);
const U = (item) => [hash(), put(Object.assign({ pk: S('u') }, item))];
const updCase = (name, file, item, body, text, fn) => ({ name, setup: item === null ? H : U(item), op: 'UpdateItem', body, after: [get({ pk: S('u') })], real: ok(file, text, (b, r) => fn(afterItem(r) || {}, b)) });
const retCase = (name, file, item, body, text, fn) => ({ name, setup: U(item), op: 'UpdateItem', body, real: ok(file, text, (b) => fn(b.Attributes || {})) });
add('nubo UpdateItem basic', [
  updCase('nubo/u/upsert', UB, null, upd('SET #d = :v', { '#d': 'data' }, { ':v': S('created-via-update') }), 'item created', (g) => eq('data', g.data, S('created-via-update'))),
  updCase('nubo/u/set-existing', UB, { data: S('original') }, upd('SET #d = :v', { '#d': 'data' }, { ':v': S('modified') }), 'data modified', (g) => eq('data', g.data, S('modified'))),
  updCase('nubo/u/set-new-attr', UB, { existing: S('keep') }, upd('SET newAttr = :v', null, { ':v': N(100) }), 'existing kept, newAttr 100', (g) => first(eq('existing', g.existing, S('keep')), eq('newAttr', g.newAttr, N(100)))),
  updCase('nubo/u/set-plus', UB, { counter: N(10) }, upd('SET #c = #c + :inc', { '#c': 'counter' }, { ':inc': N(5) }), 'counter 15', (g) => eq('counter', g.counter, N(15))),
  updCase('nubo/u/if-not-exists', UB, { existing: S('keep-me') }, upd('SET existing = if_not_exists(existing, :def), newone = if_not_exists(newone, :def2)', null, { ':def': S('default'), ':def2': S('created') }), 'existing kept, newone created',
    (g) => first(eq('existing', g.existing, S('keep-me')), eq('newone', g.newone, S('created')))),
  updCase('nubo/u/if-not-exists-other-attr', UB, { myval: S('original') }, upd('SET #bk = if_not_exists(#bk, #mv)', { '#bk': 'backup', '#mv': 'myval' }), 'backup = myval', (g) => eq('backup', g.backup, S('original'))),
  updCase('nubo/u/list-append', UB, { vals: { L: [S('a'), S('b')] } }, upd('SET vals = list_append(vals, :newItems)', null, { ':newItems': { L: [S('c'), S('d')] } }), 'vals a,b,c,d', (g) => eq('vals', g.vals, { L: [S('a'), S('b'), S('c'), S('d')] })),
  updCase('nubo/u/remove', UB, { keep: S('yes'), drop: S('no') }, upd('REMOVE #d', { '#d': 'drop' }), 'drop removed', (g) => first(eq('keep', g.keep, S('yes')), 'drop' in g ? 'drop still present' : null)),
  updCase('nubo/u/remove-missing', UB, { existing: S('hello') }, upd('REMOVE #g', { '#g': 'ghostAttr' }), 'item unchanged', (g) => eq('item', g, { pk: S('u'), existing: S('hello') })),
  updCase('nubo/u/remove-missing-nested', UB, { mapAttr: { M: { realKey: S('value') } } }, upd('REMOVE #m.#n', { '#m': 'mapAttr', '#n': 'nonexistent' }), 'map unchanged', (g) => eq('mapAttr', g.mapAttr, { M: { realKey: S('value') } })),
  updCase('nubo/u/add-number', UB, { count: N(10) }, upd('ADD #c :v', { '#c': 'count' }, { ':v': N(3) }), 'count 13', (g) => eq('count', g.count, N(13))),
  updCase('nubo/u/add-number-new', UB, {}, upd('ADD #c :v', { '#c': 'counter' }, { ':v': N(10) }), 'counter 10', (g) => eq('counter', g.counter, N(10))),
  updCase('nubo/u/add-ss', UB, { tags: { SS: ['a', 'b'] } }, upd('ADD tags :v', null, { ':v': { SS: ['c', 'd'] } }), 'tags a,b,c,d', (g) => eq('tags', sorted(g.tags && g.tags.SS), ['a', 'b', 'c', 'd'])),
  updCase('nubo/u/delete-all-from-set', UB, { tags: { SS: ['a', 'b'] } }, upd('DELETE #t :v', { '#t': 'tags' }, { ':v': { SS: ['a', 'b'] } }), 'tags attribute gone', (g) => ('tags' in g ? `tags ${j(g.tags)}` : null)),
  updCase('nubo/u/delete-some-from-set', UB, { tags: { SS: ['a', 'b', 'c'] } }, upd('DELETE #t :v', { '#t': 'tags' }, { ':v': { SS: ['b'] } }), 'tags a,c', (g) => eq('tags', sorted(g.tags && g.tags.SS), ['a', 'c'])),
  retCase('nubo/u/all-new', UB, { x: N(1) }, upd('SET x = :v', null, { ':v': N(2) }, { ReturnValues: 'ALL_NEW' }), 'Attributes {pk, x:2}', (a) => eq('Attributes', a, { pk: S('u'), x: N(2) })),
  retCase('nubo/u/updated-old', UB, { x: N(1), y: S('keep') }, upd('SET x = :v', null, { ':v': N(2) }, { ReturnValues: 'UPDATED_OLD' }), 'Attributes {x:1}', (a) => eq('Attributes', a, { x: N(1) })),
  retCase('nubo/u/updated-new', UB, { x: N(1), y: S('keep') }, upd('SET x = :v', null, { ':v': N(2) }, { ReturnValues: 'UPDATED_NEW' }), 'Attributes {x:2}', (a) => eq('Attributes', a, { x: N(2) })),
  retCase('nubo/u/set-reads-snapshot', UB, { a: S('OLD') }, upd('SET a = :v, b = a', null, { ':v': S('NEW') }, { ReturnValues: 'ALL_NEW' }), 'a NEW, b OLD', (a) => first(eq('a', a.a, S('NEW')), eq('b', a.b, S('OLD')))),
  retCase('nubo/u/paren-arith', UB, { c: N(10) }, upd('SET c = (c - :v)', null, { ':v': N(3) }, { ReturnValues: 'ALL_NEW' }), 'c 7', (a) => eq('c', a.c, N(7))),
  retCase('nubo/u/if-not-exists-minus', UB, { v: N(10) }, upd('SET v = if_not_exists(v, :d) - :amt', null, { ':d': N(0), ':amt': N(3) }, { ReturnValues: 'ALL_NEW' }), 'v 7', (a) => eq('v', a.v, N(7))),
  updCase('nubo/u/list-append-if-not-exists', UB, {}, upd('SET mylist = list_append(if_not_exists(mylist, :empty), :more)', null, { ':empty': { L: [] }, ':more': { L: [S('x')] } }), 'mylist [x]', (g) => eq('mylist', g.mylist, { L: [S('x')] })),
  updCase('nubo/u/list-prepend', UB, { vals: { L: [S('b'), S('c')] } }, upd('SET vals = list_append(:new, vals)', null, { ':new': { L: [S('a')] } }), 'vals a,b,c', (g) => eq('vals', g.vals, { L: [S('a'), S('b'), S('c')] })),
]);
const condUpd = (expr, cond, names, values, extra) => upd(expr, names, values, Object.assign({ ConditionExpression: cond }, extra));
add('nubo UpdateItem conditions', [
  updCase('nubo/uc/pass', UC, { status: S('active') }, condUpd('SET #d = :v', '#s = :expected', { '#d': 'data', '#s': 'status' }, { ':v': S('updated'), ':expected': S('active') }), 'data updated', (g) => eq('data', g.data, S('updated'))),
  { name: 'nubo/uc/fail', setup: U({ status: S('inactive') }), op: 'UpdateItem', body: condUpd('SET #d = :v', '#s = :expected', { '#d': 'data', '#s': 'status' }, { ':v': S('nope'), ':expected': S('active') }), real: err(CCF, UC) },
  updCase('nubo/uc/not-exists-pass', UC, { x: N(1) }, condUpd('SET locked = :v', 'attribute_not_exists(locked)', null, { ':v': { BOOL: true } }), 'locked true', (g) => eq('locked', g.locked, { BOOL: true })),
  { name: 'nubo/uc/not-exists-fail', setup: U({ x: N(1), locked: { BOOL: true } }), op: 'UpdateItem', body: condUpd('SET locked = :v', 'attribute_not_exists(locked)', null, { ':v': { BOOL: true } }), real: err(CCF, UC) },
  updCase('nubo/uc/gt-pass', UC, { score: N(50) }, condUpd('SET score = :newval', 'score > :threshold', null, { ':newval': N(100), ':threshold': N(10) }), 'score 100', (g) => eq('score', g.score, N(100))),
  { name: 'nubo/uc/gt-fail', setup: U({ score: N(100) }), op: 'UpdateItem', body: condUpd('SET score = :newval', 'score > :threshold', null, { ':newval': N(999), ':threshold': N(200) }), real: err(CCF, UC) },
  updCase('nubo/uc/and-pass', UC, { status: S('active'), score: N(75) }, condUpd('SET promoted = :v', '#s = :status AND score > :min', { '#s': 'status' }, { ':v': { BOOL: true }, ':status': S('active'), ':min': N(50) }), 'promoted true', (g) => eq('promoted', g.promoted, { BOOL: true })),
  { name: 'nubo/uc/and-fail', setup: U({ status: S('active'), score: N(75) }), op: 'UpdateItem', body: condUpd('SET extra = :v', '#s = :status AND score > :min', { '#s': 'status' }, { ':v': { BOOL: true }, ':status': S('active'), ':min': N(100) }), real: err(CCF, UC) },
  { name: 'nubo/uc/return-old-on-failure', setup: U({ status: S('locked'), data: S('important') }), op: 'UpdateItem', body: condUpd('SET #d = :v', '#s = :expected', { '#d': 'data', '#s': 'status' }, { ':v': S('changed'), ':expected': S('active') }, { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
    real: err(CCF, UC, { check: (b) => eq('Item', b && b.Item, { pk: S('u'), status: S('locked'), data: S('important') }), checkText: 'error carries Item = old item' }) },
  { name: 'nubo/uc/exists-on-missing-no-upsert', setup: H, op: 'UpdateItem', body: condUpd('ADD hit_count :inc', 'attribute_exists(pk)', null, { ':inc': N(1) }), after: [get({ pk: S('u') })],
    real: err(CCF, UC, { check: (b, r) => (afterItem(r) === undefined ? null : 'ghost item created'), checkText: 'no item created' }) },
]);
add('nubo UpdateItem hygiene/paths/validation', [
  { name: 'nubo/uh/name-without-hash', setup: H, op: 'UpdateItem', body: upd('SET #s = :v', { s: 'status' }, { ':v': S('x') }), real: ve(UH) },
  { name: 'nubo/uh/value-without-colon', setup: H, op: 'UpdateItem', body: upd('SET #s = :v', { '#s': 'status' }, { v: S('x') }), real: ve(UH) },
  { name: 'nubo/uh/names-without-expression', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('u') }, ExpressionAttributeNames: { '#s': 'status' } }, real: ve(UH) },
  { name: 'nubo/uh/unused-name', setup: H, op: 'UpdateItem', body: upd('SET #s = :v', { '#s': 'status', '#unused': 'other' }, { ':v': S('x') }), real: ve(UH) },
  { name: 'nubo/up/missing-intermediate', setup: U({ topLevel: S('val') }), op: 'UpdateItem', body: upd('SET #a.#b.#c = :v', { '#a': 'missing', '#b': 'nested', '#c': 'deep' }, { ':v': S('test') }), real: ve(UP) },
  updCase('nubo/up/existing-nested', UP, { mymap: { M: { nested: S('old') } } }, upd('SET #m.#n = :v', { '#m': 'mymap', '#n': 'nested' }, { ':v': S('updated') }), 'nested updated', (g) => eq('mymap', g.mymap, { M: { nested: S('updated') } })),
  updCase('nubo/up/list-index-beyond', UP, { mylist: { L: [S('a'), S('b'), S('c')] } }, upd('SET #l[5] = :v', { '#l': 'mylist' }, { ':v': S('inserted') }), 'appended at the end', (g) => { const l = (g.mylist && g.mylist.L) || []; return l.length >= 4 && l[l.length - 1].S === 'inserted' ? null : `mylist ${j(g.mylist)}`; }),
  updCase('nubo/up/deep-nested', UP, { a: { M: { b: { M: { c: S('old') } } } } }, upd('SET #a.#b.#c = :v', { '#a': 'a', '#b': 'b', '#c': 'c' }, { ':v': S('new') }), 'a.b.c new', (g) => eq('a', g.a, { M: { b: { M: { c: S('new') } } } })),
  updCase('nubo/up/nested-arith', UP, { mymap: { M: { counter: N(10) } } }, upd('SET #m.#c = #m.#c + :inc', { '#m': 'mymap', '#c': 'counter' }, { ':inc': N(5) }), 'counter 15', (g) => eq('mymap', g.mymap, { M: { counter: N(15) } })),
  updCase('nubo/up/remove-nested-key', UP, { mymap: { M: { nested: S('gone'), keep: S('stay') } } }, upd('REMOVE #m.#n', { '#m': 'mymap', '#n': 'nested' }), 'only keep left', (g) => eq('mymap', g.mymap, { M: { keep: S('stay') } })),
  updCase('nubo/up/remove-list-index', UP, { mylist: { L: [S('a'), S('b'), S('c'), S('d')] } }, upd('REMOVE #l[1]', { '#l': 'mylist' }), 'a,c,d', (g) => eq('mylist', g.mylist, { L: [S('a'), S('c'), S('d')] })),
  updCase('nubo/up/remove-last-element', UP, { mylist: { L: [S('x'), S('y')] } }, upd('REMOVE #l[1]', { '#l': 'mylist' }), '[x]', (g) => eq('mylist', g.mylist, { L: [S('x')] })),
  updCase('nubo/up/set-index-0-empty-list', UP, { mylist: { L: [] } }, upd('SET #l[0] = :v', { '#l': 'mylist' }, { ':v': S('first') }), '[first]', (g) => eq('mylist', g.mylist, { L: [S('first')] })),
  updCase('nubo/up/dotted-path-nests', UP, { parent: { M: { keep: S('k') } } }, upd('SET parent.child = :v', null, { ':v': S('nested') }), 'parent {keep, child}; no "parent.child" attribute', (g) => first(eq('parent', g.parent, { M: { keep: S('k'), child: S('nested') } }), 'parent.child' in g ? 'flattened attribute created' : null)),
  { name: 'nubo/uv/missing-table', op: 'UpdateItem', body: { TableName: 'no_such_table_nubo', Key: { pk: S('test') }, UpdateExpression: 'SET x = :v', ExpressionAttributeValues: { ':v': S('test') } }, real: err(RNF, UV) },
  { name: 'nubo/uv/set-hash-key', setup: H, op: 'UpdateItem', body: upd('SET pk = :v', null, { ':v': S('new-pk') }), real: ve(UV) },
]);

// ================================================================================================
// tier1/updateTable basic + config; tier2/updateTable/gsi
const UTB = 'tests/tier1/updateTable/basic.test.ts';
const UTC = 'tests/tier1/updateTable/config.test.ts';
const UTG = 'tests/tier2/updateTable/gsi.test.ts';
const provT = () => ({ op: 'CreateTable', body: ctBody({ BillingMode: undefined, ProvisionedThroughput: PT }) });
const pprT = (extra) => ({ op: 'CreateTable', body: ctBody(extra) });
const ut = (extra) => ({ op: 'UpdateTable', body: Object.assign({ TableName: '$T' }, extra) });
const unprotect = ut({ DeletionProtectionEnabled: false });
const descAfter = (file, text, fn) => ok(file, text, (b, r) => fn(tbl(r.after[r.after.length - 1].json)));
const baseComp = () => ct('$T', [['pk', 'S'], ['sk', 'S']], [['pk', 'HASH'], ['sk', 'RANGE']], PPR);
const withGsi = () => ct('$T', [['pk', 'S'], ['sk', 'S'], ['gsiPk', 'S']], [['pk', 'HASH'], ['sk', 'RANGE']], Object.assign({ GlobalSecondaryIndexes: [{ IndexName: 'existingGsi', KeySchema: [{ AttributeName: 'gsiPk', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }] }, PPR));
const gsiCreate = (name, keys, attrs, proj = { ProjectionType: 'ALL' }) => ({ TableName: '$T', AttributeDefinitions: attrs.map(([n, t]) => ({ AttributeName: n, AttributeType: t })), GlobalSecondaryIndexUpdates: [{ Create: { IndexName: name, KeySchema: keys.map(([n, t]) => ({ AttributeName: n, KeyType: t })), Projection: proj } }] });
const gsis = (t) => t.GlobalSecondaryIndexes || [];
add('nubo UpdateTable', [
  { name: 'nubo/ut/throughput-10', setup: () => [provT(), ut({ ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 10 } })], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTB, 'ProvisionedThroughput 10/10', (b) => eq('RCU/WCU', [tbl(b).ProvisionedThroughput.ReadCapacityUnits, tbl(b).ProvisionedThroughput.WriteCapacityUnits], [10, 10])) },
  { name: 'nubo/ut/provisioned-same-values', setup: () => [provT()], op: 'UpdateTable', body: { TableName: '$T', BillingMode: 'PROVISIONED', ProvisionedThroughput: PT }, real: ve(UTB) },
  { name: 'nubo/ut/ppr-to-ppr', setup: () => [pprT()], op: 'UpdateTable', body: { TableName: '$T', BillingMode: 'PAY_PER_REQUEST' }, after: [desc],
    real: descAfter(UTB, 'accepted; BillingMode PAY_PER_REQUEST', (t) => eq('BillingMode', (t.BillingModeSummary || {}).BillingMode, 'PAY_PER_REQUEST')) },
  { name: 'nubo/ut/prov-to-ppr', setup: () => [provT(), ut({ BillingMode: 'PAY_PER_REQUEST' })], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTB, 'BillingMode PAY_PER_REQUEST, ACTIVE', (b) => first(eq('BillingMode', (tbl(b).BillingModeSummary || {}).BillingMode, 'PAY_PER_REQUEST'), eq('TableStatus', tbl(b).TableStatus, 'ACTIVE'))) },
  { name: 'nubo/ut/ppr-to-prov', setup: () => [pprT(), ut({ BillingMode: 'PROVISIONED', ProvisionedThroughput: PT })], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTB, 'ProvisionedThroughput 5/5', (b) => eq('RCU/WCU', [(tbl(b).ProvisionedThroughput || {}).ReadCapacityUnits, (tbl(b).ProvisionedThroughput || {}).WriteCapacityUnits], [5, 5])) },
  { name: 'nubo/ut/throughput-20-15', setup: () => [provT()], op: 'UpdateTable', body: { TableName: '$T', ProvisionedThroughput: { ReadCapacityUnits: 20, WriteCapacityUnits: 15 } }, after: [desc],
    real: descAfter(UTB, 'DescribeTable shows 20/15', (t) => eq('RCU/WCU', [(t.ProvisionedThroughput || {}).ReadCapacityUnits, (t.ProvisionedThroughput || {}).WriteCapacityUnits], [20, 15])) },
  { name: 'nubo/ut/missing-table', op: 'UpdateTable', body: { TableName: 'no_such_table_nubo', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 10 } }, real: err(RNF, UTB) },
  { name: 'nubo/ut/rcu-zero', setup: () => [provT()], op: 'UpdateTable', body: { TableName: '$T', ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 5 } }, real: ve(UTB) },
  { name: 'nubo/ut/ppr-with-throughput', setup: () => [provT()], op: 'UpdateTable', body: { TableName: '$T', BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: PT }, real: ve(UTB) },
  { name: 'nubo/ut/enable-deletion-protection', setup: () => [pprT()], op: 'UpdateTable', body: { TableName: '$T', DeletionProtectionEnabled: true }, after: [desc, unprotect],
    real: ok(UTC, 'DeletionProtectionEnabled true', (b, r) => eq('DeletionProtectionEnabled', tbl(r.after[0].json).DeletionProtectionEnabled, true)) },
  { name: 'nubo/ut/table-class', setup: () => [pprT()], op: 'UpdateTable', body: { TableName: '$T', TableClass: 'STANDARD_INFREQUENT_ACCESS' }, after: [desc],
    real: descAfter(UTC, 'TableClass STANDARD_INFREQUENT_ACCESS', (t) => eq('TableClass', (t.TableClassSummary || {}).TableClass, 'STANDARD_INFREQUENT_ACCESS')) },
  { name: 'nubo/ut/on-demand-throughput', setup: () => [pprT({ OnDemandThroughput: { MaxReadRequestUnits: 10, MaxWriteRequestUnits: 5 } })], op: 'UpdateTable', body: { TableName: '$T', OnDemandThroughput: { MaxReadRequestUnits: 20, MaxWriteRequestUnits: 15 } }, after: [desc],
    real: descAfter(UTC, 'OnDemandThroughput 20/15', (t) => eq('OnDemandThroughput', t.OnDemandThroughput, { MaxReadRequestUnits: 20, MaxWriteRequestUnits: 15 })) },
  { name: 'nubo/ut/delete-protected', setup: () => [pprT({ DeletionProtectionEnabled: true })], op: 'DeleteTable', body: { TableName: '$T' }, after: [unprotect], real: ve(UTC, { contains: ['protected against deletion'] }) },
  { name: 'nubo/ut/delete-after-unprotect', setup: () => [pprT({ DeletionProtectionEnabled: true }), unprotect], op: 'DeleteTable', body: { TableName: '$T' }, real: ok(UTC, 'DeleteTable succeeds') },
]);
add('nubo UpdateTable GSI', [
  { name: 'nubo/utg/add-hash-gsi', setup: () => [baseComp()], op: 'UpdateTable', body: gsiCreate('gsi1', [['gsiPk', 'HASH']], [['gsiPk', 'S']]), after: [{ op: 'DescribeTable', body: { TableName: '$T' }, wait: 0 }],
    real: descAfter(UTG, 'one GSI gsi1 (KeySchema gsiPk HASH, ALL); ACTIVE after waiting', (t) => { const g = gsis(t); return first(eq('GSIs', g.length, 1), g[0] && eq('IndexName', g[0].IndexName, 'gsi1'), g[0] && eq('KeySchema', g[0].KeySchema, [{ AttributeName: 'gsiPk', KeyType: 'HASH' }]), g[0] && eq('ProjectionType', g[0].Projection.ProjectionType, 'ALL')); }) },
  { name: 'nubo/utg/add-hash-gsi-active', setup: () => [baseComp(), { op: 'UpdateTable', body: gsiCreate('gsi1', [['gsiPk', 'HASH']], [['gsiPk', 'S']]) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTG, 'gsi1 IndexStatus ACTIVE', (b) => eq('IndexStatus', (gsis(tbl(b))[0] || {}).IndexStatus, 'ACTIVE')) },
  { name: 'nubo/utg/add-composite-gsi', setup: () => [baseComp(), { op: 'UpdateTable', body: gsiCreate('gsiComposite', [['gsiPk', 'HASH'], ['gsiSk', 'RANGE']], [['gsiPk', 'S'], ['gsiSk', 'N']]) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTG, 'gsiComposite with [gsiPk HASH, gsiSk RANGE]', (b) => { const g = gsis(tbl(b)); return first(eq('GSIs', g.length, 1), g[0] && eq('KeySchema', g[0].KeySchema, [{ AttributeName: 'gsiPk', KeyType: 'HASH' }, { AttributeName: 'gsiSk', KeyType: 'RANGE' }])); }) },
  { name: 'nubo/utg/add-keys-only-gsi', setup: () => [baseComp(), { op: 'UpdateTable', body: gsiCreate('gsiKeysOnly', [['gsiPk', 'HASH']], [['gsiPk', 'S']], { ProjectionType: 'KEYS_ONLY' }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTG, 'KEYS_ONLY', (b) => eq('ProjectionType', ((gsis(tbl(b))[0] || {}).Projection || {}).ProjectionType, 'KEYS_ONLY')) },
  { name: 'nubo/utg/add-include-gsi', setup: () => [baseComp(), { op: 'UpdateTable', body: gsiCreate('gsiInclude', [['gsiPk', 'HASH']], [['gsiPk', 'S']], { ProjectionType: 'INCLUDE', NonKeyAttributes: ['attr1', 'attr2'] }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTG, 'INCLUDE attr1, attr2', (b) => { const p = (gsis(tbl(b))[0] || {}).Projection || {}; return first(eq('ProjectionType', p.ProjectionType, 'INCLUDE'), eq('NonKeyAttributes', sorted(p.NonKeyAttributes), ['attr1', 'attr2'])); }) },
  { name: 'nubo/utg/backfill-query', setup: () => [baseComp(), put({ pk: S('item1'), sk: S('a'), gsiPk: S('group1'), data: S('hello') }), put({ pk: S('item2'), sk: S('b'), gsiPk: S('group1'), data: S('world') }), put({ pk: S('item3'), sk: S('c'), gsiPk: S('group2'), data: S('other') }),
    { op: 'UpdateTable', body: gsiCreate('gsiQuery', [['gsiPk', 'HASH']], [['gsiPk', 'S']]) }],
  op: 'Query', body: { TableName: '$T', IndexName: 'gsiQuery', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'gsiPk' }, ExpressionAttributeValues: { ':pk': S('group1') } },
  real: ok(UTG, 'backfilled: Count 2, pks item1, item2', (b) => first(eq('Count', b.Count, 2), eq('pks', sorted(pks(b)), ['item1', 'item2']))) },
  { name: 'nubo/utg/add-two-sequentially', setup: () => [baseComp(), { op: 'UpdateTable', body: gsiCreate('gsi1', [['g1', 'HASH']], [['g1', 'S']]) }, { op: 'UpdateTable', body: gsiCreate('gsi2', [['g2', 'HASH']], [['g2', 'N']], { ProjectionType: 'KEYS_ONLY' }) }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTG, 'gsi1 and gsi2, both ACTIVE', (b) => { const g = gsis(tbl(b)); return first(eq('names', sorted(g.map((x) => x.IndexName)), ['gsi1', 'gsi2']), g.every((x) => x.IndexStatus === 'ACTIVE') ? null : 'not all ACTIVE'); }) },
  { name: 'nubo/utg/remove-gsi', setup: () => [withGsi(), { op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'existingGsi' } }] } }], op: 'DescribeTable', body: { TableName: '$T' },
    real: ok(UTG, 'no GSIs left', (b) => eq('GSIs', gsis(tbl(b)).length, 0)) },
  { name: 'nubo/utg/ops-after-remove', setup: () => [withGsi(), { op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'existingGsi' } }] } }, put({ pk: S('afterRemove'), sk: S('1'), data: S('still works') })],
    op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('afterRemove') } }, after: [{ op: 'GetItem', body: { TableName: '$T', Key: { pk: S('afterRemove'), sk: S('1') } } }],
    real: ok(UTG, 'Query Count 1; GetItem data still works', (b, r) => first(eq('Count', b.Count, 1), eq('data', (afterItem(r) || {}).data, S('still works')))) },
  { name: 'nubo/utg/duplicate-name', setup: () => [withGsi()], op: 'UpdateTable', body: gsiCreate('existingGsi', [['gsiPk', 'HASH']], [['gsiPk', 'S']]), real: ve(UTG) },
  { name: 'nubo/utg/undefined-attribute', setup: () => [baseComp()], op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'gsiBadAttr', KeySchema: [{ AttributeName: 'unknownAttr', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }] }, real: ve(UTG) },
  { name: 'nubo/utg/remove-missing', setup: () => [baseComp()], op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'doesNotExist' } }] }, real: err(RNF, UTG) },
]);

// ================================================================================================
// tier2/transactions
const TG = 'tests/tier2/transactions/transactGet.test.ts';
const TW = 'tests/tier2/transactions/transactWrite.test.ts';
const TCE = 'TransactionCanceledException';
const tget = (key, t = '$T') => ({ Get: { TableName: t, Key: key } });
const tput = (item, extra, t = '$T') => ({ Put: Object.assign({ TableName: t, Item: item }, extra) });
const tupd = (pk, expr, extra) => ({ Update: Object.assign({ TableName: '$T', Key: { pk: S(pk) }, UpdateExpression: expr }, extra) });
const tdel = (pk, extra) => ({ Delete: Object.assign({ TableName: '$T', Key: { pk: S(pk) } }, extra) });
const tcc = (pk, cond, extra) => ({ ConditionCheck: Object.assign({ TableName: '$T', Key: { pk: S(pk) }, ConditionExpression: cond }, extra) });
const gets = (...ks) => ks.map((k) => get({ pk: S(k) }));
const cancelled = (file, codeAt, fn, text) => ({ type: TCE, source: NUBO + file, checkText: text, check: (b, r) => first(codeAt ? eq(`CancellationReasons[${codeAt[0]}].Code`, ((b && b.CancellationReasons) || [])[codeAt[0]] && b.CancellationReasons[codeAt[0]].Code, codeAt[1]) : null, fn ? fn(b, r) : null) });
const TOKEN = 'nubo-token-' + Date.now().toString(36);
const TOKEN2 = 'nubo-token2-' + Date.now().toString(36);
const seedTw = (items) => [hash(), ...items.map((i) => put(i))];
add('nubo TransactGetItems', [
  { name: 'nubo/tg/three', setup: () => seedTw([1, 2, 3].map((i) => ({ pk: S('tg-' + i), idx: N(i) }))), op: 'TransactGetItems', body: { TransactItems: [1, 2, 3].map((i) => tget({ pk: S('tg-' + i) })) },
    real: ok(TG, '3 Responses in request order with idx 1..3', (b) => eq('idx', (b.Responses || []).map((x) => x.Item && x.Item.idx.N), ['1', '2', '3'])) },
  { name: 'nubo/tg/two-tables', setup: [hash(), comp('$T2'), put({ pk: S('h'), data: S('hash-val') }), put({ pk: S('c'), sk: S('sk1'), data: S('comp-val') }, '$T2')], op: 'TransactGetItems', body: { TransactItems: [tget({ pk: S('h') }), tget({ pk: S('c'), sk: S('sk1') }, '$T2')] },
    real: ok(TG, 'hash-val then comp-val', (b) => eq('data', (b.Responses || []).map((x) => x.Item && x.Item.data.S), ['hash-val', 'comp-val'])) },
  { name: 'nubo/tg/missing-in-mix', setup: () => seedTw([{ pk: S('tg-1'), idx: N(1) }]), op: 'TransactGetItems', body: { TransactItems: [tget({ pk: S('tg-1') }), tget({ pk: S('nope') })] },
    real: ok(TG, '2 Responses; second has no Item (or empty)', (b) => { const rs = b.Responses || []; return first(eq('Responses', rs.length, 2), rs[0] && rs[0].Item ? null : 'first Item missing', rs[1] && (!rs[1].Item || !Object.keys(rs[1].Item).length) ? null : 'second has an Item'); }) },
  { name: 'nubo/tg/single', setup: () => seedTw([{ pk: S('solo'), data: S('solo') }]), op: 'TransactGetItems', body: { TransactItems: [tget({ pk: S('solo') })] }, real: ok(TG, 'one Response data solo', (b) => eq('data', (b.Responses || []).map((x) => x.Item && x.Item.data.S), ['solo'])) },
  { name: 'nubo/tg/empty', op: 'TransactGetItems', body: { TransactItems: [] }, real: ve(TG) },
  { name: 'nubo/tg/missing-table', op: 'TransactGetItems', body: { TransactItems: [tget({ pk: S('x') }, 'no_such_table_nubo')] }, real: err(RNF, TG) },
  { name: 'nubo/tg/duplicate-keys', setup: H, op: 'TransactGetItems', body: { TransactItems: [tget({ pk: S('a') }), tget({ pk: S('a') })] }, real: ve(TG) },
  { name: 'nubo/tg/capacity-total', setup: () => seedTw([{ pk: S('present'), v: N(1) }]), op: 'TransactGetItems', body: { ReturnConsumedCapacity: 'TOTAL', TransactItems: [tget({ pk: S('present') }), tget({ pk: S('missing') })] },
    real: ok(TG, 'sum of CapacityUnits 4 (2 per item, missing included)', (b) => eq('total', (b.ConsumedCapacity || []).reduce((s, c) => s + (c.CapacityUnits || 0), 0), 4)) },
  { name: 'nubo/tg/capacity-indexes', setup: () => seedTw([{ pk: S('present'), v: N(1) }]), op: 'TransactGetItems', body: { ReturnConsumedCapacity: 'INDEXES', TransactItems: [tget({ pk: S('present') })] },
    real: ok(TG, 'ConsumedCapacity[0].Table.ReadCapacityUnits > 0', (b) => { const e = (b.ConsumedCapacity || [])[0]; return e && e.Table && e.Table.ReadCapacityUnits > 0 ? null : `entry ${j(e)}`; }) },
]);
add('nubo TransactWriteItems', [
  { name: 'nubo/tw/put-update-delete', setup: () => seedTw([{ pk: S('b2'), data: S('before-update') }, { pk: S('b3'), data: S('to-delete') }]), op: 'TransactWriteItems',
    body: { TransactItems: [tput({ pk: S('b1'), data: S('created') }), tupd('b2', 'SET #d = :v', { ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':v': S('after-update') } }), tdel('b3')] }, after: gets('b1', 'b2', 'b3'),
    real: ok(TW, 'b1 created, b2 updated, b3 gone', (b, r) => first(eq('b1', (afterItem(r, 0) || {}).data, S('created')), eq('b2', (afterItem(r, 1) || {}).data, S('after-update')), afterItem(r, 2) === undefined ? null : 'b3 present')) },
  { name: 'nubo/tw/check-pass', setup: () => seedTw([{ pk: S('cc'), status: S('active') }]), op: 'TransactWriteItems', body: { TransactItems: [tcc('cc', '#s = :v', { ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':v': S('active') } }), tput({ pk: S('pass'), status: S('processed') })] }, after: gets('pass'),
    real: ok(TW, 'put applied', (b, r) => eq('status', (afterItem(r) || {}).status, S('processed'))) },
  { name: 'nubo/tw/check-fail-rollback', setup: () => seedTw([{ pk: S('cc'), status: S('inactive') }]), op: 'TransactWriteItems', body: { TransactItems: [tcc('cc', '#s = :v', { ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':v': S('active') } }), tput({ pk: S('failput'), status: S('should-not-exist') })] }, after: gets('cc', 'failput'),
    real: cancelled(TW, null, (b, r) => first(eq('cc status', (afterItem(r, 0) || {}).status, S('inactive')), afterItem(r, 1) === undefined ? null : 'put applied despite cancel'), 'nothing applied') },
  { name: 'nubo/tw/put-condition-fails', setup: () => seedTw([{ pk: S('cp'), data: S('existing') }]), op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('cp'), data: S('replaced') }, { ConditionExpression: 'attribute_not_exists(pk)' })] }, after: gets('cp'),
    real: cancelled(TW, null, (b, r) => eq('data', (afterItem(r) || {}).data, S('existing')), 'item unchanged') },
  { name: 'nubo/tw/update-condition-fails', setup: () => seedTw([{ pk: S('cu'), counter: N(5) }]), op: 'TransactWriteItems', body: { TransactItems: [tupd('cu', 'SET #c = :v', { ConditionExpression: '#c > :min', ExpressionAttributeNames: { '#c': 'counter' }, ExpressionAttributeValues: { ':v': N(100), ':min': N(10) } })] }, after: gets('cu'),
    real: cancelled(TW, null, (b, r) => eq('counter', (afterItem(r) || {}).counter, N(5)), 'counter still 5') },
  { name: 'nubo/tw/delete-condition-fails', setup: () => seedTw([{ pk: S('cd'), locked: { BOOL: true } }]), op: 'TransactWriteItems', body: { TransactItems: [tdel('cd', { ConditionExpression: 'locked = :v', ExpressionAttributeValues: { ':v': { BOOL: false } } })] }, after: gets('cd'),
    real: cancelled(TW, null, (b, r) => eq('locked', (afterItem(r) || {}).locked, { BOOL: true }), 'item still there') },
  { name: 'nubo/tw/two-tables', setup: [hash(), comp('$T2')], op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('h'), data: S('from-hash') }), tput({ pk: S('c'), sk: S('sk1'), data: S('from-composite') }, {}, '$T2')] }, after: [get({ pk: S('h') }), get({ pk: S('c'), sk: S('sk1') }, '$T2')],
    real: ok(TW, 'both written', (b, r) => first(eq('hash', (afterItem(r, 0) || {}).data, S('from-hash')), eq('composite', (afterItem(r, 1) || {}).data, S('from-composite')))) },
  { name: 'nubo/tw/idempotent-retry', setup: () => [hash(), { op: 'TransactWriteItems', body: { ClientRequestToken: TOKEN, TransactItems: [tput({ pk: S('idem'), attempt: N(1) })] } }], op: 'TransactWriteItems', body: { ClientRequestToken: TOKEN, TransactItems: [tput({ pk: S('idem'), attempt: N(1) })] }, after: gets('idem'),
    real: ok(TW, 'retry with the same token succeeds; attempt 1', (b, r) => eq('attempt', (afterItem(r) || {}).attempt, N(1))) },
  { name: 'nubo/tw/idempotent-mismatch', setup: () => [hash(), { op: 'TransactWriteItems', body: { ClientRequestToken: TOKEN2, TransactItems: [tput({ pk: S('idem'), val: S('first') })] } }], op: 'TransactWriteItems', body: { ClientRequestToken: TOKEN2, TransactItems: [tput({ pk: S('idem'), val: S('different') })] }, real: err('IdempotentParameterMismatchException', TW) },
  { name: 'nubo/tw/cancellation-reasons', setup: () => seedTw([{ pk: S('cr'), status: S('locked') }]), op: 'TransactWriteItems', body: { TransactItems: [tcc('cr', '#s = :v', { ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':v': S('unlocked') } })] },
    real: cancelled(TW, [0, 'ConditionalCheckFailed'], (b) => eq('reasons', (b.CancellationReasons || []).length, 1), 'one reason ConditionalCheckFailed') },
  { name: 'nubo/tw/return-old-on-failure', setup: () => seedTw([{ pk: S('rv'), data: S('original') }]), op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('rv'), data: S('new') }, { ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })] },
    real: cancelled(TW, [0, 'ConditionalCheckFailed'], (b) => eq('Item', b.CancellationReasons && b.CancellationReasons[0].Item, { pk: S('rv'), data: S('original') }), 'reason carries Item = old item') },
  { name: 'nubo/tw/multi-put', setup: H, op: 'TransactWriteItems', body: { TransactItems: [1, 2, 3].map((i) => tput({ pk: S('mp' + i), idx: N(i) })) }, after: gets('mp1', 'mp2', 'mp3'),
    real: ok(TW, 'three items', (b, r) => eq('idx', [0, 1, 2].map((i) => ((afterItem(r, i) || {}).idx || {}).N), ['1', '2', '3'])) },
  { name: 'nubo/tw/multi-update', setup: () => seedTw([1, 2, 3].map((i) => ({ pk: S('mu' + i), val: S('before') }))), op: 'TransactWriteItems', body: { TransactItems: [1, 2, 3].map((i) => tupd('mu' + i, 'SET val = :v', { ExpressionAttributeValues: { ':v': S('after-' + i) } })) }, after: gets('mu1', 'mu2', 'mu3'),
    real: ok(TW, 'after-1..3', (b, r) => eq('val', [0, 1, 2].map((i) => ((afterItem(r, i) || {}).val || {}).S), ['after-1', 'after-2', 'after-3'])) },
  { name: 'nubo/tw/multi-delete', setup: () => seedTw([1, 2, 3].map((i) => ({ pk: S('md' + i), val: S('exists') }))), op: 'TransactWriteItems', body: { TransactItems: [1, 2, 3].map((i) => tdel('md' + i)) }, after: gets('md1', 'md2', 'md3'),
    real: ok(TW, 'all gone', (b, r) => ([0, 1, 2].some((i) => afterItem(r, i)) ? 'an item survived' : null)) },
  { name: 'nubo/tw/duplicate-target', setup: H, op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('dup'), val: S('first') }), tput({ pk: S('dup'), val: S('second') })] }, real: ve(TW) },
  { name: 'nubo/tw/empty', op: 'TransactWriteItems', body: { TransactItems: [] }, real: ve(TW) },
  { name: 'nubo/tw/missing-table', op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('x') }, {}, 'no_such_table_nubo')] }, real: err(RNF, TW) },
  { name: 'nubo/tw/update-exists-on-missing', setup: H, op: 'TransactWriteItems', body: { TransactItems: [tupd('ne', 'ADD hit_count :inc', { ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':inc': N(1) } })] }, after: gets('ne'),
    real: cancelled(TW, [0, 'ConditionalCheckFailed'], (b, r) => (afterItem(r) === undefined ? null : 'ghost item'), 'no ghost item') },
  { name: 'nubo/tw/update-not-exists-upsert', setup: H, op: 'TransactWriteItems', body: { TransactItems: [tupd('ups', 'SET #s = :new', { ConditionExpression: 'attribute_not_exists(pk)', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':new': S('created') } })] }, after: gets('ups'),
    real: ok(TW, 'item created', (b, r) => eq('status', (afterItem(r) || {}).status, S('created'))) },
  { name: 'nubo/tw/update-compare-on-missing', setup: H, op: 'TransactWriteItems', body: { TransactItems: [tupd('cm', 'SET #s = :new', { ConditionExpression: '#sc > :min', ExpressionAttributeNames: { '#s': 'status', '#sc': 'score' }, ExpressionAttributeValues: { ':new': S('no'), ':min': N(0) } })] }, after: gets('cm'),
    real: cancelled(TW, [0, 'ConditionalCheckFailed'], (b, r) => (afterItem(r) === undefined ? null : 'ghost item'), 'no ghost item') },
  { name: 'nubo/tw/update-and-on-missing', setup: H, op: 'TransactWriteItems', body: { TransactItems: [tupd('an', 'SET #s = :new', { ConditionExpression: 'attribute_exists(pk) AND #s = :expected', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':new': S('no'), ':expected': S('active') } })] }, after: gets('an'),
    real: cancelled(TW, [0, 'ConditionalCheckFailed'], (b, r) => (afterItem(r) === undefined ? null : 'ghost item'), 'no ghost item') },
  { name: 'nubo/tw/mixed-pass-fail', setup: () => seedTw([{ pk: S('mx'), status: S('active') }]), op: 'TransactWriteItems',
    body: { TransactItems: [tupd('mx', 'SET #s = :new', { ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':new': S('updated') } }), tupd('mn', 'SET #s = :new', { ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':new': S('no') } })] }, after: gets('mx', 'mn'),
    real: cancelled(TW, [1, 'ConditionalCheckFailed'], (b, r) => first(eq('mx status', (afterItem(r, 0) || {}).status, S('active')), afterItem(r, 1) === undefined ? null : 'ghost item'), 'nothing applied') },
  { name: 'nubo/tw/parens-put', setup: H, op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('pp'), status: S('new') }, { ConditionExpression: '(attribute_not_exists(pk)) AND (attribute_not_exists(#s))', ExpressionAttributeNames: { '#s': 'status' } })] }, after: gets('pp'),
    real: ok(TW, 'put applied', (b, r) => eq('status', (afterItem(r) || {}).status, S('new'))) },
  { name: 'nubo/tw/parens-update', setup: () => seedTw([{ pk: S('pu'), status: S('active'), score: N(10) }]), op: 'TransactWriteItems', body: { TransactItems: [tupd('pu', 'SET #s = :next', { ConditionExpression: '(#s = :cur AND #sc > :min)', ExpressionAttributeNames: { '#s': 'status', '#sc': 'score' }, ExpressionAttributeValues: { ':cur': S('active'), ':next': S('updated'), ':min': N(5) } })] }, after: gets('pu'),
    real: ok(TW, 'status updated', (b, r) => eq('status', (afterItem(r) || {}).status, S('updated'))) },
  { name: 'nubo/tw/parens-delete', setup: () => seedTw([{ pk: S('pd'), status: S('active') }]), op: 'TransactWriteItems', body: { TransactItems: [tdel('pd', { ConditionExpression: '(attribute_exists(pk) AND (#s = :v))', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':v': S('active') } })] }, after: gets('pd'),
    real: ok(TW, 'deleted', (b, r) => (afterItem(r) === undefined ? null : 'still present')) },
  { name: 'nubo/tw/parens-check', setup: () => seedTw([{ pk: S('pc'), status: S('active') }]), op: 'TransactWriteItems', body: { TransactItems: [tcc('pc', '(attribute_exists(pk)) AND (#s = :v)', { ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':v': S('active') } }), tput({ pk: S('witness'), data: S('witness') })] }, after: gets('witness'),
    real: ok(TW, 'witness put applied', (b, r) => eq('data', (afterItem(r) || {}).data, S('witness'))) },
  { name: 'nubo/tw/parens-fail', setup: () => seedTw([{ pk: S('pf'), status: S('active') }]), op: 'TransactWriteItems', body: { TransactItems: [tupd('pf', 'SET #s = :next', { ConditionExpression: '(#s = :wrong) AND (attribute_exists(pk))', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':wrong': S('inactive'), ':next': S('no') } })] }, after: gets('pf'),
    real: cancelled(TW, [0, 'ConditionalCheckFailed'], (b, r) => eq('status', (afterItem(r) || {}).status, S('active')), 'item unchanged') },
  { name: 'nubo/tw/capacity', setup: H, op: 'TransactWriteItems', body: { ReturnConsumedCapacity: 'TOTAL', TransactItems: [tput({ pk: S('c1'), v: N(1) }), tput({ pk: S('c2'), v: N(1) })] },
    real: ok(TW, 'sum of CapacityUnits 4 (2 per item)', (b) => eq('total', (b.ConsumedCapacity || []).reduce((s, c) => s + (c.CapacityUnits || 0), 0), 4)) },
]);

// ================================================================================================
// tier2/streams, ttl, tags, account
const STB = 'tests/tier2/streams/basic.test.ts';
const TTL = 'tests/tier2/ttl/basic.test.ts';
const TAGS = 'tests/tier2/tags/basic.test.ts';
const ACC = 'tests/tier2/account/limits.test.ts';
const SX = (op) => 'DynamoDBStreams_20120810.' + op;
const streamTable = (viewType) => ({ op: 'CreateTable', body: ctBody({ StreamSpecification: { StreamEnabled: true, StreamViewType: viewType } }) });
// after-chain from a DescribeTable answer: DescribeStream -> GetShardIterator(TRIM_HORIZON, first shard) -> GetRecords
const streamChain = (iterType = 'TRIM_HORIZON') => [
  { op: SX('DescribeStream'), bodyFrom: (p) => (p && p.Table && p.Table.LatestStreamArn ? { StreamArn: p.Table.LatestStreamArn } : null) },
  { op: SX('GetShardIterator'), bodyFrom: (p) => (p && p.StreamDescription && (p.StreamDescription.Shards || [])[0] ? { StreamArn: p.StreamDescription.StreamArn, ShardId: p.StreamDescription.Shards[0].ShardId, ShardIteratorType: iterType } : null) },
  { op: SX('GetRecords'), bodyFrom: (p) => (p && p.ShardIterator ? { ShardIterator: p.ShardIterator } : null) },
];
const recordsOf = (r) => ((r.after[2] && r.after[2].json && r.after[2].json.Records) || []);
const recFor = (r, pk, ev) => recordsOf(r).find((x) => x.dynamodb && x.dynamodb.Keys && x.dynamodb.Keys.pk && x.dynamodb.Keys.pk.S === pk && (!ev || x.eventName === ev));
const streamCase = (name, setup, text, fn) => ({ name, setup, op: 'DescribeTable', body: { TableName: '$T' }, after: streamChain(), real: ok(STB, text, (b, r) => fn(b, r)) });
const NAOI = (...w) => () => [streamTable('NEW_AND_OLD_IMAGES'), ...w];
const updData = (pk, v) => ({ op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S(pk) }, UpdateExpression: 'SET #d = :v', ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':v': S(v) } } });
add('nubo Streams', [
  { name: 'nubo/st/latest-stream-arn', setup: NAOI(), op: 'DescribeTable', body: { TableName: '$T' }, real: ok(STB, 'LatestStreamArn non-empty string', (b) => (typeof tbl(b).LatestStreamArn === 'string' && tbl(b).LatestStreamArn ? null : 'no LatestStreamArn')) },
  { name: 'nubo/st/stream-spec', setup: NAOI(), op: 'DescribeTable', body: { TableName: '$T' }, real: ok(STB, 'StreamSpecification {true, NEW_AND_OLD_IMAGES}', (b) => eq('StreamSpecification', tbl(b).StreamSpecification, { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' })) },
  { name: 'nubo/st/list-streams', setup: NAOI(), op: 'DescribeTable', body: { TableName: '$T' },
    after: [{ op: SX('ListStreams'), body: {} }, ...Array.from({ length: 9 }, () => ({ op: SX('ListStreams'), bodyFrom: (p) => (p && p.LastEvaluatedStreamArn ? { ExclusiveStartStreamArn: p.LastEvaluatedStreamArn } : null) }))],
    note: 'pages are followed so that streams left by earlier tables (kept 24h, as in AWS) do not hide ours',
    real: ok(STB, 'ListStreams (all pages) contains the table stream', (b, r) => { const all = [].concat(...r.after.filter((a) => !a.skipped).map((a) => (a.json && a.json.Streams) || [])); return all.some((s) => s.StreamArn === tbl(b).LatestStreamArn) ? null : `stream not listed (${all.length} streams)`; }) },
  { name: 'nubo/st/list-streams-by-table', setup: () => [streamTable('NEW_AND_OLD_IMAGES'), hash('$T2')], op: SX('ListStreams'), body: { TableName: '$T' },
    real: ok(STB, '>= 1 stream, all with TableName = table', (b) => { const s = b.Streams || []; return s.length >= 1 && s.every((x) => x.TableName === '$T') ? null : `Streams ${j(s).slice(0, 200)}`; }) },
  { name: 'nubo/st/describe-stream', setup: NAOI(), op: 'DescribeTable', body: { TableName: '$T' }, after: streamChain().slice(0, 1),
    real: ok(STB, 'StreamStatus ENABLED/ENABLING; >= 1 shard, each with a ShardId', (b, r) => { const d = (r.after[0].json || {}).StreamDescription || {}; return first(['ENABLED', 'ENABLING'].includes(d.StreamStatus) ? null : `StreamStatus ${d.StreamStatus}`, (d.Shards || []).length >= 1 ? null : 'no shards', (d.Shards || []).every((s) => typeof s.ShardId === 'string' && s.ShardId) ? null : 'shard without ShardId'); }) },
  { name: 'nubo/st/iterator-trim-horizon', setup: NAOI(), op: 'DescribeTable', body: { TableName: '$T' }, after: streamChain('TRIM_HORIZON').slice(0, 2),
    real: ok(STB, 'ShardIterator non-empty string', (b, r) => { const it = (r.after[1].json || {}).ShardIterator; return typeof it === 'string' && it ? null : `ShardIterator ${j(it)}`; }) },
  { name: 'nubo/st/iterator-latest', setup: NAOI(), op: 'DescribeTable', body: { TableName: '$T' }, after: streamChain('LATEST').slice(0, 2),
    real: ok(STB, 'ShardIterator non-empty string', (b, r) => { const it = (r.after[1].json || {}).ShardIterator; return typeof it === 'string' && it ? null : `ShardIterator ${j(it)}`; }) },
  streamCase('nubo/st/insert-new-image', NAOI(put({ pk: S('p1'), data: S('hello') })), 'INSERT record with NewImage.data hello', (b, r) => { const x = recFor(r, 'p1', 'INSERT'); return x ? eq('NewImage.data', x.dynamodb.NewImage && x.dynamodb.NewImage.data, S('hello')) : `no INSERT record (${recordsOf(r).length} records)`; }),
  streamCase('nubo/st/insert-event-name', NAOI(put({ pk: S('p2'), data: S('event-name-test') })), 'record for p2 has eventName INSERT', (b, r) => { const x = recFor(r, 'p2'); return x ? eq('eventName', x.eventName, 'INSERT') : 'no record'; }),
  streamCase('nubo/st/insert-keys', NAOI(put({ pk: S('p3'), data: S('keys-test') })), 'Keys {pk: p3}', (b, r) => { const x = recFor(r, 'p3', 'INSERT'); return x ? eq('Keys', x.dynamodb.Keys, { pk: S('p3') }) : 'no record'; }),
  streamCase('nubo/st/insert-full-image', NAOI(put({ pk: S('p4'), data: S('full-image'), num: N(42) })), 'NewImage is the whole item', (b, r) => { const x = recFor(r, 'p4', 'INSERT'); return x ? eq('NewImage', x.dynamodb.NewImage, { pk: S('p4'), data: S('full-image'), num: N(42) }) : 'no record'; }),
  streamCase('nubo/st/modify-images', NAOI(put({ pk: S('u1'), data: S('before') }), updData('u1', 'after')), 'MODIFY with OldImage before, NewImage after', (b, r) => { const x = recFor(r, 'u1', 'MODIFY'); return x ? first(eq('OldImage.data', x.dynamodb.OldImage && x.dynamodb.OldImage.data, S('before')), eq('NewImage.data', x.dynamodb.NewImage && x.dynamodb.NewImage.data, S('after'))) : 'no MODIFY record'; }),
  streamCase('nubo/st/remove-old-image', NAOI(put({ pk: S('d1'), data: S('to-delete') }), { op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('d1') } } }), 'REMOVE with OldImage', (b, r) => { const x = recFor(r, 'd1', 'REMOVE'); return x ? eq('OldImage.data', x.dynamodb.OldImage && x.dynamodb.OldImage.data, S('to-delete')) : 'no REMOVE record'; }),
  streamCase('nubo/st/new-image-view', () => [streamTable('NEW_IMAGE'), put({ pk: S('ni-1'), data: S('original') }), updData('ni-1', 'updated')], 'MODIFY has NewImage, no OldImage', (b, r) => { const x = recFor(r, 'ni-1', 'MODIFY'); return x ? first(eq('NewImage.data', x.dynamodb.NewImage && x.dynamodb.NewImage.data, S('updated')), x.dynamodb.OldImage ? 'OldImage present' : null) : 'no MODIFY record'; }),
  streamCase('nubo/st/keys-only-view', () => [streamTable('KEYS_ONLY'), put({ pk: S('ko-1'), data: S('secret') }), updData('ko-1', 'still-secret')], '>= 1 record; each has Keys.pk and no images', (b, r) => { const rs = recordsOf(r); return rs.length ? (rs.every((x) => x.dynamodb.Keys && x.dynamodb.Keys.pk && !x.dynamodb.NewImage && !x.dynamodb.OldImage) ? null : 'a record carries images') : 'no records'; }),
]);
const ttlSpec = (name, enabled = true) => ({ TableName: '$T', TimeToLiveSpecification: { Enabled: enabled, AttributeName: name } });
add('nubo TTL', [
  { name: 'nubo/ttl/enable', setup: () => [pprT()], op: 'UpdateTimeToLive', body: ttlSpec('ttl'), real: ok(TTL, 'TimeToLiveSpecification {Enabled true, AttributeName ttl}', (b) => eq('TimeToLiveSpecification', b.TimeToLiveSpecification, { Enabled: true, AttributeName: 'ttl' })) },
  { name: 'nubo/ttl/describe-enabled', setup: () => [pprT(), { op: 'UpdateTimeToLive', body: ttlSpec('ttl') }], op: 'DescribeTimeToLive', body: { TableName: '$T' },
    real: ok(TTL, 'status ENABLED/ENABLING, AttributeName ttl', (b) => { const d = b.TimeToLiveDescription || {}; return first(['ENABLED', 'ENABLING'].includes(d.TimeToLiveStatus) ? null : `status ${d.TimeToLiveStatus}`, eq('AttributeName', d.AttributeName, 'ttl')); }) },
  { name: 'nubo/ttl/describe-disabled', setup: () => [pprT()], op: 'DescribeTimeToLive', body: { TableName: '$T' }, real: ok(TTL, 'status DISABLED', (b) => eq('TimeToLiveStatus', (b.TimeToLiveDescription || {}).TimeToLiveStatus, 'DISABLED')) },
  { name: 'nubo/ttl/custom-attribute', setup: () => [pprT()], op: 'UpdateTimeToLive', body: ttlSpec('expiresAt'), after: [{ op: 'DescribeTimeToLive', body: { TableName: '$T' } }],
    real: ok(TTL, 'echo and DescribeTimeToLive show expiresAt', (b, r) => first(eq('AttributeName', (b.TimeToLiveSpecification || {}).AttributeName, 'expiresAt'), eq('Enabled', (b.TimeToLiveSpecification || {}).Enabled, true), eq('described', ((r.after[0].json || {}).TimeToLiveDescription || {}).AttributeName, 'expiresAt'))) },
  { name: 'nubo/ttl/empty-attribute', setup: () => [pprT()], op: 'UpdateTimeToLive', body: ttlSpec(''), real: ve(TTL) },
  { name: 'nubo/ttl/update-missing-table', op: 'UpdateTimeToLive', body: Object.assign(ttlSpec('ttl'), { TableName: 'no_such_table_nubo' }), real: err(RNF, TTL) },
  { name: 'nubo/ttl/describe-missing-table', op: 'DescribeTimeToLive', body: { TableName: 'no_such_table_nubo' }, real: err(RNF, TTL) },
]);
// Tags: the table ARN is read from DescribeTable (main op) and reused through bodyFrom(prev, history).
const arnOf = (h) => tbl(h[0]).TableArn;
const tagStep = (op, extra) => ({ op, bodyFrom: (p, h) => (arnOf(h) ? Object.assign({ ResourceArn: arnOf(h) }, extra) : null) });
const listTags = tagStep('ListTagsOfResource');
const tagsOf = (r, i) => (((r.after[i] && r.after[i].json) || {}).Tags || []);
const tagMap = (ts) => Object.fromEntries(ts.map((t) => [t.Key, t.Value]));
const tagCase = (name, steps, text, fn) => ({ name, setup: () => [pprT()], op: 'DescribeTable', body: { TableName: '$T' }, after: steps, real: ok(TAGS, text, (b, r) => fn(r)) });
add('nubo Tags', [
  tagCase('nubo/tags/tag-resource', [tagStep('TagResource', { Tags: [{ Key: 'env', Value: 'test' }, { Key: 'project', Value: 'conformity' }] })], 'TagResource answers 200', (r) => (r.after[0].status === 200 ? null : `TagResource ${r.after[0].status} ${j(r.after[0].json)}`)),
  tagCase('nubo/tags/list', [tagStep('TagResource', { Tags: [{ Key: 'env', Value: 'test' }, { Key: 'project', Value: 'conformity' }] }), listTags], 'env=test, project=conformity', (r) => eq('tags', tagMap(tagsOf(r, 1)), { env: 'test', project: 'conformity' })),
  tagCase('nubo/tags/add-more', [tagStep('TagResource', { Tags: [{ Key: 'env', Value: 'test' }, { Key: 'project', Value: 'conformity' }] }), tagStep('TagResource', { Tags: [{ Key: 'team', Value: 'platform' }] }), listTags], 'three tags', (r) => eq('tags', tagMap(tagsOf(r, 2)), { env: 'test', project: 'conformity', team: 'platform' })),
  tagCase('nubo/tags/untag', [tagStep('TagResource', { Tags: [{ Key: 'env', Value: 'test' }, { Key: 'project', Value: 'conformity' }, { Key: 'team', Value: 'platform' }] }), tagStep('UntagResource', { TagKeys: ['team'] }), listTags], 'team removed, env+project stay', (r) => eq('keys', sorted(tagsOf(r, 2).map((t) => t.Key)), ['env', 'project'])),
  tagCase('nubo/tags/untag-second', [tagStep('TagResource', { Tags: [{ Key: 'env', Value: 'test' }, { Key: 'project', Value: 'conformity' }] }), tagStep('UntagResource', { TagKeys: ['project'] }), listTags], 'only env left', (r) => eq('keys', tagsOf(r, 2).map((t) => t.Key), ['env'])),
  tagCase('nubo/tags/overwrite', [tagStep('TagResource', { Tags: [{ Key: 'env', Value: 'test' }] }), tagStep('TagResource', { Tags: [{ Key: 'env', Value: 'production' }] }), listTags], 'env=production', (r) => eq('env', tagMap(tagsOf(r, 2)).env, 'production')),
  { name: 'nubo/tags/invalid-arn', op: 'TagResource', body: { ResourceArn: 'not-a-valid-arn', Tags: [{ Key: 'env', Value: 'test' }] }, real: ve(TAGS) },
  { name: 'nubo/tags/foreign-arn', op: 'ListTagsOfResource', body: { ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/nonexistent_table_xyz' }, real: err('AccessDeniedException', TAGS) },
]);
add('nubo Account', [
  { name: 'nubo/acc/describe-limits', op: 'DescribeLimits', body: {}, real: ok(ACC, 'four positive limits', (b) => (['AccountMaxReadCapacityUnits', 'AccountMaxWriteCapacityUnits', 'TableMaxReadCapacityUnits', 'TableMaxWriteCapacityUnits'].every((k) => b[k] > 0) ? null : `limits ${j(b)}`)) },
  { name: 'nubo/acc/describe-endpoints', op: 'DescribeEndpoints', body: {}, real: ok(ACC, '>= 1 endpoint with Address and CachePeriodInMinutes > 0', (b) => { const e = (b.Endpoints || [])[0]; return e && e.Address && e.CachePeriodInMinutes > 0 ? null : `Endpoints ${j(b.Endpoints)}`; }) },
]);

// ================================================================================================
// tier3/error-messages batchGetItem, batchWriteItem
const EBG = 'tests/tier3/error-messages/batchGetItem.test.ts';
const EBW = 'tests/tier3/error-messages/batchWriteItem.test.ts';
const exact = (file, message, type = VE) => err(type, file, { message });
const OVERLAP_AA = 'Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]';
const EMPTY_S_KEY = 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk';
const EMPTY_B_KEY = 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk';
const gsiB = () => ct('$T', [['pk', 'S'], ['bidx', 'B']], [['pk', 'HASH']], Object.assign({ GlobalSecondaryIndexes: [{ IndexName: 'gsib', KeySchema: [{ AttributeName: 'bidx', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }] }, PPR));
const bgProj = (expr, names) => ({ RequestItems: { $T: Object.assign({ Keys: [{ pk: S('em-bg-proj') }], ProjectionExpression: expr }, names ? { ExpressionAttributeNames: names } : {}) } });
add('nubo errors BatchGetItem', [
  { name: 'nubo/ebg/empty-request-items', op: 'BatchGetItem', body: { RequestItems: {} }, real: exact(EBG, 'The requestItems parameter is required for BatchGetItem') },
  { name: 'nubo/ebg/101-keys', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: Array.from({ length: 101 }, (_, i) => ({ pk: S('bg-' + i) })) } } },
    real: exact(EBG, "1 validation error detected: Value at 'RequestItems.$T.member.Keys' failed to satisfy constraint: Member must have length less than or equal to 100"), note: 'new (2026) wording, as the suite pins it' },
  { name: 'nubo/ebg/missing-table', op: 'BatchGetItem', body: { RequestItems: { no_such_table_nubo: { Keys: [{ pk: S('test') }] } } }, real: exact(EBG, 'Requested resource not found', RNF) },
  { name: 'nubo/ebg/duplicate-keys', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('d') }, { pk: S('d') }] } } }, real: exact(EBG, 'Provided list of item keys contains duplicates') },
  { name: 'nubo/ebg/attributes-to-get-and-projection', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('m') }], AttributesToGet: ['pk'], ProjectionExpression: 'pk' } } },
    real: ve(EBG, { contains: ['Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}'] }) },
  { name: 'nubo/ebg/empty-binary-key', setup: [hash('$T', 'B')], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: B('') }] } } }, real: exact(EBG, EMPTY_B_KEY) },
  { name: 'nubo/ebg/mixed-projection-styles-across-tables', setup: [hash(), comp('$T2')], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('a') }], ProjectionExpression: 'pk' }, $T2: { Keys: [{ pk: S('b'), sk: S('z') }], AttributesToGet: ['pk'] } } }, real: ve(EBG) },
  { name: 'nubo/ebg/projection-dup', setup: H, op: 'BatchGetItem', body: bgProj('a, a'), real: exact(EBG, OVERLAP_AA) },
  { name: 'nubo/ebg/projection-alias-dup', setup: H, op: 'BatchGetItem', body: bgProj('#a, #b', { '#a': 'a', '#b': 'a' }), real: exact(EBG, OVERLAP_AA) },
  { name: 'nubo/ebg/projection-parent-child', setup: H, op: 'BatchGetItem', body: bgProj('a, a.b'), real: exact(EBG, 'Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]') },
  { name: 'nubo/ebg/projection-bad-one-table', setup: [hash(), comp('$T2')], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('x') }], ProjectionExpression: 'a, a' }, $T2: { Keys: [{ pk: S('y'), sk: S('z') }], ProjectionExpression: 'a' } } }, real: exact(EBG, OVERLAP_AA) },
]);
add('nubo errors BatchWriteItem', [
  { name: 'nubo/ebw/empty-request-items', op: 'BatchWriteItem', body: { RequestItems: {} }, real: exact(EBW, 'The requestItems parameter is required for BatchWriteItem') },
  { name: 'nubo/ebw/26-requests', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: Array.from({ length: 26 }, (_, i) => ({ PutRequest: { Item: { pk: S('bw-' + i) } } })) } },
    real: ve(EBW, { regex: "^1 validation error detected: Value '\\{\\$T=\\[.+\\]\\}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \\[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\\]$" }) },
  { name: 'nubo/ebw/put-and-delete-same-key', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('d') } } }, { DeleteRequest: { Key: { pk: S('d') } } }] } }, real: exact(EBW, 'Provided list of item keys contains duplicates') },
  { name: 'nubo/ebw/missing-table', op: 'BatchWriteItem', body: { RequestItems: { no_such_table_nubo: [{ PutRequest: { Item: { pk: S('test') } } }] } }, real: exact(EBW, 'Requested resource not found', RNF) },
  { name: 'nubo/ebw/key-wrong-type', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: N(5) } } }] } }, real: exact(EBW, 'The provided key element does not match the schema') },
  { name: 'nubo/ebw/key-list', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: { L: [S('x')] } } } }] } }, real: exact(EBW, 'The provided key element does not match the schema') },
  { name: 'nubo/ebw/key-empty-string', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('') } } }] } }, real: exact(EBW, EMPTY_S_KEY) },
  { name: 'nubo/ebw/put-key-empty-binary', setup: [hash('$T', 'B')], op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: B('') } } }] } }, real: exact(EBW, EMPTY_B_KEY) },
  { name: 'nubo/ebw/delete-key-empty-binary', setup: [hash('$T', 'B')], op: 'BatchWriteItem', body: { RequestItems: { $T: [{ DeleteRequest: { Key: { pk: B('') } } }] } }, real: exact(EBW, EMPTY_B_KEY) },
  { name: 'nubo/ebw/index-key-wrong-type', setup: C, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a'), sk: S('a'), lsi1sk: N(5) } } }] } }, real: exact(EBW, 'One or more parameter values were invalid: Type mismatch for Index Key lsi1sk Expected: S Actual: N IndexName: gsi1') },
  { name: 'nubo/ebw/index-key-list', setup: C, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a'), sk: S('b'), lsi1sk: { L: [S('x')] } } } }] } }, real: exact(EBW, 'One or more parameter values were invalid: Type mismatch for Index Key lsi1sk Expected: S Actual: L IndexName: gsi1') },
  { name: 'nubo/ebw/index-key-empty-string', setup: C, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a'), sk: S('c'), lsi1sk: S('') } } }] } }, real: exact(EBW, 'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: gsi1, IndexKey: lsi1sk') },
  { name: 'nubo/ebw/index-key-empty-binary', setup: [gsiB()], op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('e'), bidx: B('') } } }] } }, real: exact(EBW, 'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty binary value. IndexName: gsib, IndexKey: bidx') },
]);

// ================================================================================================
// tier3/error-messages conditionalCheck, createTable
const ECC = 'tests/tier3/error-messages/conditionalCheck.test.ts';
const ECT = 'tests/tier3/error-messages/createTable.test.ts';
const CCF_MSG = 'The conditional request failed';
const A1 = (v) => [hash(), put({ pk: S('k'), attr1: S(v) })];
const ctProv = (extra) => Object.assign({ TableName: '$T', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], ProvisionedThroughput: PT }, extra);
add('nubo errors conditional check', [
  { name: 'nubo/ecc/put-message', setup: A1('exists'), op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k'), attr1: S('overwrite') }, ConditionExpression: 'attribute_not_exists(pk)' }, real: exact(ECC, CCF_MSG, CCF) },
  { name: 'nubo/ecc/delete-message', setup: A1('keep'), op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k') }, ConditionExpression: 'attr1 = :v', ExpressionAttributeValues: { ':v': S('wrong-value') } }, real: exact(ECC, CCF_MSG, CCF) },
  { name: 'nubo/ecc/update-message', setup: A1('original'), op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k') }, UpdateExpression: 'SET attr1 = :newval', ConditionExpression: 'attr1 = :expected', ExpressionAttributeValues: { ':newval': S('updated'), ':expected': S('wrong') } }, real: exact(ECC, CCF_MSG, CCF) },
  { name: 'nubo/ecc/tx-message', setup: A1('exists'), op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('k'), attr1: S('overwrite') }, { ConditionExpression: 'attribute_not_exists(pk)' })] },
    real: Object.assign(txCancelled(['ConditionalCheckFailed'], ECC), { message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed]' }) },
  { name: 'nubo/ecc/return-old', setup: A1('original-value'), op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k'), attr1: S('overwrite') }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' },
    real: Object.assign(exact(ECC, CCF_MSG, CCF), { check: (b) => eq('Item', b && b.Item, { pk: S('k'), attr1: S('original-value') }), checkText: 'Item = old item' }) },
]);
add('nubo errors CreateTable', [
  { name: 'nubo/ect/missing-tablename', op: 'CreateTable', body: ctProv({ TableName: undefined }), real: exact(ECT, "The parameter 'TableName' is required but was not present in the request") },
  { name: 'nubo/ect/name-2-chars', op: 'CreateTable', body: ctProv({ TableName: 'ab' }), real: exact(ECT, "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3") },
  { name: 'nubo/ect/dup-key-attr', op: 'CreateTable', body: ctProv({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'pk', KeyType: 'RANGE' }] }), real: exact(ECT, 'Invalid KeySchema: Some index key attribute have no definition') },
  { name: 'nubo/ect/three-keys', op: 'CreateTable', body: ctProv({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'extra', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }, { AttributeName: 'extra', KeyType: 'RANGE' }] }),
    real: exact(ECT, "1 validation error detected: Value '[KeySchemaElement(attributeName=pk, keyType=HASH), KeySchemaElement(attributeName=sk, keyType=RANGE), KeySchemaElement(attributeName=extra, keyType=RANGE)]' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2") },
  { name: 'nubo/ect/keytype-invalid', op: 'CreateTable', body: ctProv({ KeySchema: [{ AttributeName: 'pk', KeyType: 'INVALID' }] }), real: exact(ECT, "1 validation error detected: Value 'INVALID' at 'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]") },
  { name: 'nubo/ect/attrtype-invalid', op: 'CreateTable', body: ctProv({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'INVALID' }] }), real: exact(ECT, "1 validation error detected: Value 'INVALID' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]") },
  { name: 'nubo/ect/lsi-no-range', op: 'CreateTable', body: ctProv({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'lsiSk', AttributeType: 'S' }], LocalSecondaryIndexes: [{ IndexName: 'lsi1', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'lsiSk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }] }),
    real: exact(ECT, 'One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex') },
  { name: 'nubo/ect/dup-index-names', op: 'CreateTable', body: ctProv({ AttributeDefinitions: ['pk', 'sk', 'gsiPk1', 'gsiPk2'].map((n) => ({ AttributeName: n, AttributeType: 'S' })), KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    GlobalSecondaryIndexes: ['gsiPk1', 'gsiPk2'].map((a) => ({ IndexName: 'sameIndex', KeySchema: [{ AttributeName: a, KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PT })) }),
    real: exact(ECT, 'One or more parameter values were invalid: Duplicate index name: sameIndex') },
]);

// ================================================================================================
// tier3/error-messages deleteItem, getItem, putItem
const EDI = 'tests/tier3/error-messages/deleteItem.test.ts';
const EGI = 'tests/tier3/error-messages/getItem.test.ts';
const EPI = 'tests/tier3/error-messages/putItem.test.ts';
const KEY_MISMATCH = 'The provided key element does not match the schema';
add('nubo errors Delete/Get/PutItem', [
  { name: 'nubo/edi/missing-table', op: 'DeleteItem', body: { TableName: 'no_such_table_nubo', Key: { pk: S('test') } }, real: exact(EDI, 'Requested resource not found', RNF) },
  { name: 'nubo/edi/missing-range-key', setup: C, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('test') } }, real: exact(EDI, KEY_MISMATCH) },
  { name: 'nubo/edi/expected-and-condition', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('m') }, Expected: { pk: { Exists: false } }, ConditionExpression: 'attribute_not_exists(pk)' },
    real: ve(EDI, { contains: ['Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}'] }) },
  { name: 'nubo/edi/empty-binary-key', setup: [hash('$T', 'B')], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: B('') } }, real: exact(EDI, EMPTY_B_KEY) },
  { name: 'nubo/egi/missing-table', op: 'GetItem', body: { TableName: 'no_such_table_nubo', Key: { pk: S('test') } }, real: exact(EGI, 'Requested resource not found', RNF) },
  { name: 'nubo/egi/missing-range-key', setup: C, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('test') } }, real: exact(EGI, KEY_MISMATCH) },
  { name: 'nubo/egi/projection-syntax', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('test') }, ProjectionExpression: '!!! INVALID !!!' }, real: exact(EGI, 'Invalid ProjectionExpression: Syntax error; token: "!", near: "!!"') },
  { name: 'nubo/egi/empty-binary-key', setup: [hash('$T', 'B')], op: 'GetItem', body: { TableName: '$T', Key: { pk: B('') } }, real: exact(EGI, EMPTY_B_KEY) },
  { name: 'nubo/epi/missing-tablename', op: 'PutItem', body: { Item: { pk: S('test') } }, real: exact(EPI, "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null") },
  { name: 'nubo/epi/empty-tablename', op: 'PutItem', body: { TableName: '', Item: { pk: S('test') } }, real: ve(EPI, { regex: '[Tt][Aa][Bb][Ll][Ee][Nn][Aa][Mm][Ee]', contains: ['failed to satisfy constraint: Member must have length greater than or equal to 1'] }) },
  { name: 'nubo/epi/tablename-256', op: 'PutItem', body: { TableName: 'a'.repeat(256), Item: { pk: S('test') } }, real: exact(EPI, `1 validation error detected: Value '${'a'.repeat(256)}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`) },
  { name: 'nubo/epi/tablename-bad-chars', op: 'PutItem', body: { TableName: 'bad table!@#', Item: { pk: S('test') } }, real: exact(EPI, "1 validation error detected: Value 'bad table!@#' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+") },
  { name: 'nubo/epi/empty-ss', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { SS: [] } } }, real: ve(EPI, { contains: ['One or more parameter values were invalid: An string set  may not be empty'] }) },
  { name: 'nubo/epi/empty-ns', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { NS: [] } } }, real: ve(EPI, { contains: ['One or more parameter values were invalid: An number set  may not be empty'] }) },
  { name: 'nubo/epi/dup-ss', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t'), bad: { SS: ['a', 'a'] } } }, real: ve(EPI, { contains: ['One or more parameter values were invalid: Input collection', 'contains duplicates'] }) },
  { name: 'nubo/epi/null-false-accepted', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('nf'), attr1: { NULL: false } } }, after: [get({ pk: S('nf') })],
    real: ok(EPI, 'accepted; reads back as {NULL: true}', (b, r) => eq('Item', afterItem(r), { pk: S('nf'), attr1: { NULL: true } })), note: '2026-06 behaviour change (eu-west-2); older regions reject' },
  { name: 'nubo/epi/expected-and-condition', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t') }, Expected: { pk: { Exists: false } }, ConditionExpression: 'attribute_not_exists(pk)' },
    real: ve(EPI, { contains: ['Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}'] }) },
  { name: 'nubo/epi/values-without-expression', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('t') }, ExpressionAttributeValues: { ':v': S('unused') } }, real: ve(EPI, { contains: ['ExpressionAttributeValues can only be specified when using expressions'] }) },
  { name: 'nubo/epi/redundant-parens', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('r') }, ConditionExpression: '((attribute_not_exists(pk)))' }, real: ve(EPI, { contains: ['Invalid ConditionExpression: The expression has redundant parentheses;'] }) },
  { name: 'nubo/epi/contains-same-operand', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('c') }, ConditionExpression: 'contains(#a, #a)', ExpressionAttributeNames: { '#a': 'data' } },
    real: ve(EPI, { contains: ['Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [data]'] }) },
  { name: 'nubo/epi/empty-binary-key', setup: [hash('$T', 'B')], op: 'PutItem', body: { TableName: '$T', Item: { pk: B('') } }, real: exact(EPI, EMPTY_B_KEY) },
]);

// ================================================================================================
// tier3/error-messages query, scan, transactGetItems, transactWriteItems, updateItem
const EQ = 'tests/tier3/error-messages/query.test.ts';
const ES = 'tests/tier3/error-messages/scan.test.ts';
const ETG = 'tests/tier3/error-messages/transactGetItems.test.ts';
const ETW = 'tests/tier3/error-messages/transactWriteItems.test.ts';
const EUI = 'tests/tier3/error-messages/updateItem.test.ts';
const qv = (extra) => Object.assign({ TableName: '$T', KeyConditionExpression: 'pk = :v', ExpressionAttributeValues: { ':v': S('val') } }, extra);
const TX_EMPTY = "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1";
const TX_101 = "^1 validation error detected: Value '\\[.+\\]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100$";
const txVal = (msg) => Object.assign(txCancelled(['ValidationError'], ETW, msg), { message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]' });
const twOne = (item) => ({ TransactItems: [item] });
const tUpdKey = (key, t = '$T') => ({ Update: { TableName: t, Key: { pk: key }, UpdateExpression: 'SET attr1 = :v', ExpressionAttributeValues: { ':v': S('x') } } });
const tDelKey = (key) => ({ Delete: { TableName: '$T', Key: { pk: key } } });
const tCcKey = (key) => ({ ConditionCheck: { TableName: '$T', Key: { pk: key }, ConditionExpression: 'attribute_not_exists(pk)' } });
const IDX_S_EMPTY = 'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: gsi1, IndexKey: lsi1sk';
add('nubo errors Query/Scan', [
  { name: 'nubo/eq/hash-key-missing', setup: C, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'sk = :v', ExpressionAttributeValues: { ':v': S('val') } }, real: exact(EQ, 'Query condition missed key schema element: pk') },
  { name: 'nubo/eq/non-key-attribute', setup: C, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'attr1 = :v', ExpressionAttributeValues: { ':v': S('val') } }, real: exact(EQ, 'Query condition missed key schema element: pk') },
  { name: 'nubo/eq/unused-names', setup: C, op: 'Query', body: qv({ ExpressionAttributeNames: { '#unused': 'someattr' } }), real: exact(EQ, 'Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}') },
  { name: 'nubo/eq/select-invalid', setup: C, op: 'Query', body: qv({ Select: 'INVALID_VALUE' }), real: exact(EQ, "1 validation error detected: Value 'INVALID_VALUE' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]") },
  { name: 'nubo/eq/consistent-gsi', setup: C, op: 'Query', body: { TableName: '$T', IndexName: 'gsi1', KeyConditionExpression: '#hk = :v', ExpressionAttributeNames: { '#hk': 'lsi1sk' }, ExpressionAttributeValues: { ':v': S('val') }, ConsistentRead: true }, real: exact(EQ, 'Consistent reads are not supported on global secondary indexes') },
  { name: 'nubo/eq/limit-zero', setup: C, op: 'Query', body: qv({ Limit: 0 }), real: exact(EQ, "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have value greater than or equal to 1"), note: 'new (2026) wording as pinned by the suite; its scan.test.ts pins the old wording for the same check' },
  { name: 'nubo/eq/empty-key-condition', setup: C, op: 'Query', body: qv({ KeyConditionExpression: '' }), real: exact(EQ, 'Invalid KeyConditionExpression: The expression can not be empty;') },
  { name: 'nubo/eq/filter-undefined-name', setup: C, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :pk', FilterExpression: '#missing = :fv', ExpressionAttributeValues: { ':pk': S('val'), ':fv': S('x') } },
    real: exact(EQ, 'Invalid FilterExpression: An expression attribute name used in the document path is not defined; attribute name: #missing') },
  { name: 'nubo/es/segment-without-total', setup: H, op: 'Scan', body: { TableName: '$T', Segment: 0 }, real: exact(ES, 'The TotalSegments parameter is required but was not present in the request when Segment parameter is present') },
  { name: 'nubo/es/segment-too-big', setup: H, op: 'Scan', body: { TableName: '$T', Segment: 5, TotalSegments: 5 }, real: exact(ES, 'The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 5 is not less than TotalSegments: 5') },
  { name: 'nubo/es/total-without-segment', setup: H, op: 'Scan', body: { TableName: '$T', TotalSegments: 4 }, real: exact(ES, 'The Segment parameter is required but was not present in the request when parameter TotalSegments is present') },
  { name: 'nubo/es/limit-zero', setup: H, op: 'Scan', body: { TableName: '$T', Limit: 0 }, real: exact(ES, "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1") },
  { name: 'nubo/es/missing-table', op: 'Scan', body: { TableName: 'no_such_table_nubo' }, real: exact(ES, 'Requested resource not found', RNF) },
]);
add('nubo errors transactions', [
  { name: 'nubo/etg/empty', op: 'TransactGetItems', body: { TransactItems: [] }, real: exact(ETG, TX_EMPTY) },
  { name: 'nubo/etg/101', setup: H, op: 'TransactGetItems', body: { TransactItems: Array.from({ length: 101 }, (_, i) => tget({ pk: S('t' + i) })) }, real: ve(ETG, { regex: TX_101 }) },
  { name: 'nubo/etg/missing-table', op: 'TransactGetItems', body: { TransactItems: [tget({ pk: S('x') }, 'no_such_table_nubo')] }, real: exact(ETG, 'Requested resource not found', RNF) },
  { name: 'nubo/etg/projection-syntax', setup: H, op: 'TransactGetItems', body: { TransactItems: [{ Get: { TableName: '$T', Key: { pk: S('x') }, ProjectionExpression: '!!!' } }] }, real: exact(ETG, 'Invalid ProjectionExpression: Syntax error; token: "!", near: "!!"') },
  { name: 'nubo/etg/empty-key', setup: H, op: 'TransactGetItems', body: { TransactItems: [{ Get: { TableName: '$T', Key: {} } }] }, real: Object.assign(txCancelled(['ValidationError'], ETG), { message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ValidationError]' }) },
  { name: 'nubo/etw/empty', op: 'TransactWriteItems', body: { TransactItems: [] }, real: exact(ETW, TX_EMPTY) },
  { name: 'nubo/etw/101', setup: H, op: 'TransactWriteItems', body: { TransactItems: Array.from({ length: 101 }, (_, i) => tput({ pk: S('t' + i) })) }, real: ve(ETW, { regex: TX_101 }) },
  { name: 'nubo/etw/duplicate-target', setup: H, op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('d') }), tput({ pk: S('d') })] }, real: exact(ETW, 'Transaction request cannot include multiple operations on one item') },
  { name: 'nubo/etw/missing-table', op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('x') }, {}, 'no_such_table_nubo')] }, real: exact(ETW, 'Requested resource not found', RNF) },
  { name: 'nubo/etw/two-failing', setup: [hash(), put({ pk: S('m1'), attr1: S('exists') }), put({ pk: S('m2'), attr1: S('exists') })], op: 'TransactWriteItems', body: { TransactItems: ['m1', 'm2'].map((k) => tput({ pk: S(k), attr1: S('over') }, { ConditionExpression: 'attribute_not_exists(pk)' })) },
    real: Object.assign(txCancelled(['ConditionalCheckFailed', 'ConditionalCheckFailed'], ETW), { message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, ConditionalCheckFailed]' }) },
  { name: 'nubo/etw/positional-none', setup: [hash(), put({ pk: S('pos'), attr1: S('exists') })], op: 'TransactWriteItems', body: { TransactItems: [tput({ pk: S('pos-new'), attr1: S('fresh') }, { ConditionExpression: 'attribute_not_exists(pk)' }), tput({ pk: S('pos'), attr1: S('over') }, { ConditionExpression: 'attribute_not_exists(pk)' })] },
    real: Object.assign(txCancelled(['None', 'ConditionalCheckFailed'], ETW, 'The conditional request failed'), { message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]' }) },
  { name: 'nubo/etw/put-key-wrong-type', setup: H, op: 'TransactWriteItems', body: twOne(tput({ pk: N(5) })), real: txVal('One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N') },
  { name: 'nubo/etw/put-key-list', setup: H, op: 'TransactWriteItems', body: twOne(tput({ pk: { L: [S('x')] } })), real: txVal('One or more parameter values were invalid: Type mismatch for key pk expected: S actual: L') },
  { name: 'nubo/etw/put-index-key-wrong-type', setup: C, op: 'TransactWriteItems', body: twOne(tput({ pk: S('a'), sk: S('a'), lsi1sk: N(5) })), real: txVal('One or more parameter values were invalid: Type mismatch for Index Key lsi1sk Expected: S Actual: N IndexName: gsi1') },
  { name: 'nubo/etw/put-index-key-list', setup: C, op: 'TransactWriteItems', body: twOne(tput({ pk: S('a'), sk: S('b'), lsi1sk: { L: [S('x')] } })), real: txVal('One or more parameter values were invalid: Type mismatch for Index Key lsi1sk Expected: S Actual: L IndexName: gsi1') },
  { name: 'nubo/etw/update-index-key-wrong-type', setup: C, op: 'TransactWriteItems', body: twOne({ Update: { TableName: '$T', Key: { pk: S('a'), sk: S('a') }, UpdateExpression: 'SET lsi1sk = :v', ExpressionAttributeValues: { ':v': N(5) } } }), real: txVal('One or more parameter values were invalid: Type mismatch for Index Key lsi1sk Expected: S Actual: N IndexName: gsi1') },
  { name: 'nubo/etw/update-index-key-list', setup: C, op: 'TransactWriteItems', body: twOne({ Update: { TableName: '$T', Key: { pk: S('a'), sk: S('b') }, UpdateExpression: 'SET lsi1sk = :v', ExpressionAttributeValues: { ':v': { L: [S('x')] } } } }), real: txVal('One or more parameter values were invalid: Type mismatch for Index Key lsi1sk Expected: S Actual: L IndexName: gsi1') },
  { name: 'nubo/etw/put-key-empty-string', setup: H, op: 'TransactWriteItems', body: twOne(tput({ pk: S('') })), real: exact(ETW, EMPTY_S_KEY) },
  { name: 'nubo/etw/put-index-key-empty-string', setup: C, op: 'TransactWriteItems', body: twOne(tput({ pk: S('a'), sk: S('c'), lsi1sk: S('') })), real: exact(ETW, IDX_S_EMPTY) },
  { name: 'nubo/etw/update-index-key-empty-string', setup: C, op: 'TransactWriteItems', body: twOne({ Update: { TableName: '$T', Key: { pk: S('a'), sk: S('c') }, UpdateExpression: 'SET lsi1sk = :v', ExpressionAttributeValues: { ':v': S('') } } }),
    real: exact(ETW, 'One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value.') },
  { name: 'nubo/etw/update-key-empty-string', setup: H, op: 'TransactWriteItems', body: twOne(tUpdKey(S(''))), real: exact(ETW, EMPTY_S_KEY) },
  { name: 'nubo/etw/delete-key-empty-string', setup: H, op: 'TransactWriteItems', body: twOne(tDelKey(S(''))), real: exact(ETW, EMPTY_S_KEY) },
  { name: 'nubo/etw/check-key-empty-string', setup: H, op: 'TransactWriteItems', body: twOne(tCcKey(S(''))), real: exact(ETW, EMPTY_S_KEY) },
  { name: 'nubo/etw/update-key-wrong-type', setup: H, op: 'TransactWriteItems', body: twOne(tUpdKey(N(5))), real: txVal(KEY_MISMATCH) },
  { name: 'nubo/etw/update-key-list', setup: H, op: 'TransactWriteItems', body: twOne(tUpdKey({ L: [S('x')] })), real: txVal(KEY_MISMATCH) },
  { name: 'nubo/etw/delete-key-wrong-type', setup: H, op: 'TransactWriteItems', body: twOne(tDelKey(N(5))), real: txVal(KEY_MISMATCH) },
  { name: 'nubo/etw/delete-key-list', setup: H, op: 'TransactWriteItems', body: twOne(tDelKey({ L: [S('x')] })), real: txVal(KEY_MISMATCH) },
  { name: 'nubo/etw/check-key-wrong-type', setup: H, op: 'TransactWriteItems', body: twOne(tCcKey(N(5))), real: txVal(KEY_MISMATCH) },
  { name: 'nubo/etw/check-key-list', setup: H, op: 'TransactWriteItems', body: twOne(tCcKey({ L: [S('x')] })), real: txVal(KEY_MISMATCH) },
  { name: 'nubo/etw/put-key-empty-binary', setup: [hash('$T', 'B')], op: 'TransactWriteItems', body: twOne(tput({ pk: B('') })), real: exact(ETW, EMPTY_B_KEY) },
  { name: 'nubo/etw/update-key-empty-binary', setup: [hash('$T', 'B')], op: 'TransactWriteItems', body: twOne(tUpdKey(B(''))), real: exact(ETW, EMPTY_B_KEY) },
  { name: 'nubo/etw/delete-key-empty-binary', setup: [hash('$T', 'B')], op: 'TransactWriteItems', body: twOne(tDelKey(B(''))), real: exact(ETW, EMPTY_B_KEY) },
  { name: 'nubo/etw/check-key-empty-binary', setup: [hash('$T', 'B')], op: 'TransactWriteItems', body: twOne(tCcKey(B(''))), real: exact(ETW, EMPTY_B_KEY) },
  { name: 'nubo/etw/put-index-key-empty-binary', setup: [gsiB()], op: 'TransactWriteItems', body: twOne(tput({ pk: S('e'), bidx: B('') })), real: exact(ETW, 'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty binary value. IndexName: gsib, IndexKey: bidx') },
  { name: 'nubo/etw/update-index-key-empty-binary', setup: [gsiB()], op: 'TransactWriteItems', body: twOne({ Update: { TableName: '$T', Key: { pk: S('e') }, UpdateExpression: 'SET bidx = :v', ExpressionAttributeValues: { ':v': B('') } } }),
    real: exact(ETW, 'One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty binary value.') },
]);
const uiv = (expr, extra) => Object.assign({ TableName: '$T', Key: { pk: S('k') }, UpdateExpression: expr }, extra);
add('nubo errors UpdateItem', [
  { name: 'nubo/eui/set-hash-key', setup: H, op: 'UpdateItem', body: uiv('SET pk = :v', { ExpressionAttributeValues: { ':v': S('new-val') } }), real: exact(EUI, 'One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key') },
  { name: 'nubo/eui/syntax', setup: H, op: 'UpdateItem', body: uiv('INVALID SYNTAX HERE', { ExpressionAttributeValues: { ':v': S('val') } }), real: ve(EUI, { contains: ['Invalid UpdateExpression: Syntax error; token: "INVALID", near: "INVALID SYNTAX"'] }) },
  { name: 'nubo/eui/unused-names', setup: H, op: 'UpdateItem', body: uiv('SET attr1 = :v', { ExpressionAttributeValues: { ':v': S('val') }, ExpressionAttributeNames: { '#unused': 'someattr' } }), real: ve(EUI, { contains: ['Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}'] }) },
  { name: 'nubo/eui/unused-values', setup: H, op: 'UpdateItem', body: uiv('SET attr1 = :v', { ExpressionAttributeValues: { ':v': S('val'), ':unused': S('extra') } }), real: ve(EUI, { contains: ['Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}'] }) },
  { name: 'nubo/eui/undefined-value', setup: H, op: 'UpdateItem', body: uiv('SET attr1 = :v'), real: ve(EUI, { contains: ['Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :v'] }) },
  { name: 'nubo/eui/expression-and-attribute-updates', setup: H, op: 'UpdateItem', body: uiv('SET attr1 = :v', { ExpressionAttributeValues: { ':v': S('val') }, AttributeUpdates: { attr1: { Value: S('val'), Action: 'PUT' } } }),
    real: ve(EUI, { contains: ['Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}'] }) },
  { name: 'nubo/eui/empty-expression', setup: H, op: 'UpdateItem', body: uiv(''), real: ve(EUI, { contains: ['Invalid UpdateExpression: The expression can not be empty;'] }) },
  { name: 'nubo/eui/set-range-key', setup: C, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k'), sk: S('sk1') }, UpdateExpression: 'SET sk = :v', ExpressionAttributeValues: { ':v': S('new-sk') } }, real: exact(EUI, 'One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key') },
  { name: 'nubo/eui/empty-binary-key', setup: [hash('$T', 'B')], op: 'UpdateItem', body: { TableName: '$T', Key: { pk: B('') }, UpdateExpression: 'SET attr1 = :v', ExpressionAttributeValues: { ':v': S('x') } }, real: exact(EUI, EMPTY_B_KEY) },
]);

// ================================================================================================
// tier3/legacy-api
const LAU = 'tests/tier3/legacy-api/attributeUpdates.test.ts';
const LAG = 'tests/tier3/legacy-api/attributesToGet.test.ts';
const LEX = 'tests/tier3/legacy-api/expected.test.ts';
const LQF = 'tests/tier3/legacy-api/queryFilter.test.ts';
const LSF = 'tests/tier3/legacy-api/scanFilter.test.ts';
const au = (updates, extra) => Object.assign({ TableName: '$T', Key: { pk: S('u') }, AttributeUpdates: updates }, extra);
const a2gItems = () => [hash(), put({ pk: S('a2g-1'), name: S('alice'), age: N(30), role: S('admin') }), put({ pk: S('a2g-2'), name: S('bob'), age: N(25), role: S('user') }), put({ pk: S('a2g-3'), name: S('charlie'), age: N(35), role: S('user') })];
const a2gComp = () => [comp(), ...['1', '2', '3'].map((s, i) => put({ pk: S('a2g-comp'), sk: S(s), name: S('item-' + i), data: S('data-' + i) }))];
const EQv = (v) => ({ ComparisonOperator: 'EQ', AttributeValueList: [v] });
const exPut = (item, expected, extra) => Object.assign({ TableName: '$T', Item: item, Expected: expected }, extra);
const lqItems = () => [comp(), ...[['alpha', 1, 'hello-world'], ['beta', 2, 'hello-there'], ['gamma', 3, 'goodbye'], ['delta', 4, 'hello-again'], ['epsilon', 5, 'world']].map(([s, v, t]) => put({ pk: S('lq'), sk: S(s), val: N(v), tag: S(t) }))];
const lgq = (extra) => Object.assign({ TableName: '$T', KeyConditions: { pk: EQv(S('lq')) }, ConsistentRead: true }, extra);
const sfItems = () => [hash(), ...[[1, 10, 'alpha-one'], [2, 20, 'beta-two'], [3, 30, 'alpha-three'], [4, 40, 'gamma-four'], [5, 50, 'alpha-five']].map(([i, v, n]) => put({ pk: S('scanfilt-' + i), val: N(v), name: S(n) }))];
const sf2 = (filter, op) => Object.assign({ TableName: '$T', ScanFilter: filter }, op ? { ConditionalOperator: op } : {});
add('nubo legacy API', [
  updCase('nubo/lau/put', LAU, {}, au({ data: { Action: 'PUT', Value: S('new-value') } }), 'data set', (g) => eq('data', g.data, S('new-value'))),
  updCase('nubo/lau/delete-from-set', LAU, { tags: { SS: ['a', 'b', 'c'] } }, au({ tags: { Action: 'DELETE', Value: { SS: ['b'] } } }), 'tags a,c', (g) => eq('tags', sorted(g.tags && g.tags.SS), ['a', 'c'])),
  updCase('nubo/lau/add-number', LAU, { counter: N(10) }, au({ counter: { Action: 'ADD', Value: N(5) } }), 'counter 15', (g) => eq('counter', g.counter, N(15))),
  updCase('nubo/lau/add-set', LAU, { tags: { SS: ['a', 'b'] } }, au({ tags: { Action: 'ADD', Value: { SS: ['c', 'd'] } } }), 'tags a..d', (g) => eq('tags', sorted(g.tags && g.tags.SS), ['a', 'b', 'c', 'd'])),
  updCase('nubo/lau/multiple', LAU, { name: S('old-name'), count: N(1), extra: S('remove-me') }, au({ name: { Action: 'PUT', Value: S('new-name') }, count: { Action: 'ADD', Value: N(9) }, extra: { Action: 'DELETE' } }), 'name new, count 10, extra gone',
    (g) => first(eq('name', g.name, S('new-name')), eq('count', g.count, N(10)), 'extra' in g ? 'extra still present' : null)),
  updCase('nubo/lau/put-two-all-new', LAU, { val: S('original') }, au({ val: { Action: 'PUT', Value: S('replaced') }, newAttr: { Action: 'PUT', Value: N(42) } }, { ReturnValues: 'ALL_NEW' }), 'val replaced, newAttr 42', (g) => first(eq('val', g.val, S('replaced')), eq('newAttr', g.newAttr, N(42)))),
  { name: 'nubo/lau/with-update-expression', setup: H, op: 'UpdateItem', body: au({ data: { Action: 'PUT', Value: S('test') } }, { UpdateExpression: 'SET data = :v', ExpressionAttributeValues: { ':v': S('test') } }), real: ve(LAU) },
  { name: 'nubo/lau/key-attribute', setup: H, op: 'UpdateItem', body: au({ pk: { Action: 'PUT', Value: S('new-key') } }), real: ve(LAU) },
  updCase('nubo/lau/no-action-defaults-put', LAU, null, au({ col: { Value: S('written') } }), 'col written', (g) => eq('col', g.col, S('written'))),
  { name: 'nubo/lag/get-two', setup: a2gItems, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a2g-1') }, AttributesToGet: ['name', 'age'], ConsistentRead: true }, real: ok(LAG, 'Item {name, age}', (b) => eq('Item', b.Item, { name: S('alice'), age: N(30) })) },
  { name: 'nubo/lag/get-no-key', setup: a2gItems, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a2g-1') }, AttributesToGet: ['name'], ConsistentRead: true }, real: ok(LAG, 'Item {name}', (b) => eq('Item', b.Item, { name: S('alice') })) },
  { name: 'nubo/lag/query', setup: a2gComp, op: 'Query', body: { TableName: '$T', KeyConditions: { pk: EQv(S('a2g-comp')) }, AttributesToGet: ['sk', 'name'], ConsistentRead: true },
    real: ok(LAG, '3 items of {sk, name}', everyItem(3, (i) => eq('keys', Object.keys(i).sort(), ['name', 'sk']))) },
  { name: 'nubo/lag/scan', setup: a2gItems, op: 'Scan', body: { TableName: '$T', AttributesToGet: ['pk', 'name'] }, real: ok(LAG, '3 items of {pk, name}', everyItem(3, (i) => eq('keys', Object.keys(i).sort(), ['name', 'pk']))) },
  { name: 'nubo/lag/batch-get', setup: a2gItems, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('a2g-1') }, { pk: S('a2g-2') }], AttributesToGet: ['pk', 'role'], ConsistentRead: true } } },
    real: ok(LAG, '2 items of {pk, role}', (b) => { const it = (b.Responses && b.Responses.$T) || []; return first(eq('count', it.length, 2), ...it.map((i) => eq('keys', Object.keys(i).sort(), ['pk', 'role']))); }) },
  { name: 'nubo/lag/with-projection', setup: a2gItems, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a2g-1') }, AttributesToGet: ['name'], ProjectionExpression: '#n', ExpressionAttributeNames: { '#n': 'name' } }, real: ve(LAG) },
  { name: 'nubo/lag/single', setup: a2gItems, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a2g-1') }, AttributesToGet: ['role'], ConsistentRead: true }, real: ok(LAG, 'Item {role: admin}', (b) => eq('Item', b.Item, { role: S('admin') })) },
  { name: 'nubo/lag/nonexistent-attr', setup: a2gItems, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a2g-1') }, AttributesToGet: ['name', 'nonexistent'], ConsistentRead: true }, real: ok(LAG, 'Item {name}', (b) => eq('Item', b.Item, { name: S('alice') })) },
  Object.assign({ name: 'nubo/lex/not-exists-ok', setup: H, real: afterAttr(LEX, 'data', S('created')) }, { op: 'PutItem', body: exPut({ pk: S('e1'), data: S('created') }, { pk: { Exists: false } }), after: [get({ pk: S('e1') })] }),
  { name: 'nubo/lex/not-exists-fails', setup: [hash(), put({ pk: S('e2'), data: S('existing') })], op: 'PutItem', body: exPut({ pk: S('e2'), data: S('overwrite') }, { pk: { Exists: false } }), real: err(CCF, LEX) },
  Object.assign({ name: 'nubo/lex/eq-ok', setup: [hash(), put({ pk: S('e3'), status: S('active') })], real: afterAttr(LEX, 'status', S('updated')) }, { op: 'PutItem', body: exPut({ pk: S('e3'), status: S('updated') }, { status: EQv(S('active')) }), after: [get({ pk: S('e3') })] }),
  { name: 'nubo/lex/eq-fails', setup: [hash(), put({ pk: S('e4'), status: S('active') })], op: 'PutItem', body: exPut({ pk: S('e4'), status: S('changed') }, { status: EQv(S('wrong-value')) }), real: err(CCF, LEX) },
  { name: 'nubo/lex/delete-exists-value', setup: [hash(), put({ pk: S('e5'), data: S('to-delete') })], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('e5') }, Expected: { data: { Exists: true, Value: S('to-delete') } } }, after: [get({ pk: S('e5') })], real: ok(LEX, 'deleted', (b, r) => (afterItem(r) === undefined ? null : 'still present')) },
  { name: 'nubo/lex/delete-not-exists-fails', setup: [hash(), put({ pk: S('e6'), data: S('present') })], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('e6') }, Expected: { data: { Exists: false } } }, real: err(CCF, LEX) },
  Object.assign({ name: 'nubo/lex/and-ok', setup: [hash(), put({ pk: S('e7'), status: S('active'), role: S('admin') })], real: afterAttr(LEX, 'status', S('done')) }, { op: 'PutItem', body: exPut({ pk: S('e7'), status: S('done'), role: S('admin') }, { status: EQv(S('active')), role: EQv(S('admin')) }, { ConditionalOperator: 'AND' }), after: [get({ pk: S('e7') })] }),
  { name: 'nubo/lex/and-fails', setup: [hash(), put({ pk: S('e7'), status: S('done'), role: S('admin') })], op: 'PutItem', body: exPut({ pk: S('e7'), status: S('fail'), role: S('admin') }, { status: EQv(S('active')), role: EQv(S('admin')) }, { ConditionalOperator: 'AND' }), real: err(CCF, LEX) },
  Object.assign({ name: 'nubo/lex/or-ok', setup: [hash(), put({ pk: S('e8'), status: S('active'), role: S('user') })], real: afterAttr(LEX, 'status', S('updated')) }, { op: 'PutItem', body: exPut({ pk: S('e8'), status: S('updated'), role: S('user') }, { status: EQv(S('active')), role: EQv(S('admin')) }, { ConditionalOperator: 'OR' }), after: [get({ pk: S('e8') })] }),
  { name: 'nubo/lex/with-condition-expression', setup: H, op: 'PutItem', body: exPut({ pk: S('e9'), data: S('test') }, { pk: { Exists: false } }, { ConditionExpression: 'attribute_not_exists(pk)' }), real: ve(LEX) },
  Object.assign({ name: 'nubo/lex/begins-with-ok', setup: [hash(), put({ pk: S('e9'), name: S('hello-world') })], real: afterAttr(LEX, 'name', S('hello-updated')) }, { op: 'PutItem', body: exPut({ pk: S('e9'), name: S('hello-updated') }, { name: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [S('hello')] } }), after: [get({ pk: S('e9') })] }),
  { name: 'nubo/lqf/eq-hash', setup: lqItems, op: 'Query', body: lgq(), real: ok(LQF, 'Items 5, Count 5', (b) => first(eq('Items', (b.Items || []).length, 5), eq('Count', b.Count, 5))) },
  { name: 'nubo/lqf/begins-with', setup: lqItems, op: 'Query', body: lgq({ KeyConditions: { pk: EQv(S('lq')), sk: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [S('al')] } } }), real: ok(LQF, 'alpha', (b) => eq('sort keys', sks(b), ['alpha'])) },
  { name: 'nubo/lqf/between', setup: lqItems, op: 'Query', body: lgq({ KeyConditions: { pk: EQv(S('lq')), sk: { ComparisonOperator: 'BETWEEN', AttributeValueList: [S('beta'), S('epsilon')] } } }), real: ok(LQF, 'beta, delta, epsilon', (b) => eq('sort keys', sks(b), ['beta', 'delta', 'epsilon'])) },
  { name: 'nubo/lqf/gt', setup: lqItems, op: 'Query', body: lgq({ KeyConditions: { pk: EQv(S('lq')), sk: { ComparisonOperator: 'GT', AttributeValueList: [S('delta')] } } }), real: ok(LQF, 'epsilon, gamma', (b) => eq('sort keys', sks(b), ['epsilon', 'gamma'])) },
  { name: 'nubo/lqf/filter-eq', setup: lqItems, op: 'Query', body: lgq({ QueryFilter: { val: EQv(N(3)) } }), real: ok(LQF, 'gamma; ScannedCount 5', (b) => first(eq('sort keys', sks(b), ['gamma']), eq('ScannedCount', b.ScannedCount, 5))) },
  { name: 'nubo/lqf/filter-contains', setup: lqItems, op: 'Query', body: lgq({ QueryFilter: { tag: { ComparisonOperator: 'CONTAINS', AttributeValueList: [S('hello')] } } }), real: ok(LQF, '3 items; ScannedCount 5', (b) => first(eq('Items', (b.Items || []).length, 3), eq('ScannedCount', b.ScannedCount, 5))) },
  { name: 'nubo/lqf/with-key-condition-expression', setup: lqItems, op: 'Query', body: { TableName: '$T', KeyConditions: { pk: EQv(S('lq')) }, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': S('lq') } }, real: ve(LQF) },
  { name: 'nubo/lqf/descending', setup: lqItems, op: 'Query', body: lgq({ ScanIndexForward: false }), real: ok(LQF, 'gamma..alpha', (b) => eq('sort keys', sks(b), ['gamma', 'epsilon', 'delta', 'beta', 'alpha'])) },
  { name: 'nubo/lqf/filter-bool', setup: [comp(), put({ pk: S('lb'), sk: S('a'), flag: { BOOL: true } }), put({ pk: S('lb'), sk: S('b'), flag: { BOOL: false } })], op: 'Query', body: { TableName: '$T', KeyConditions: { pk: EQv(S('lb')) }, QueryFilter: { flag: EQv({ BOOL: true }) }, ConsistentRead: true },
    real: ok(LQF, 'Count 1, item a', (b) => first(eq('Count', b.Count, 1), eq('sort keys', sks(b), ['a']))) },
  { name: 'nubo/lsf/eq', setup: sfItems, op: 'Scan', body: sf2({ val: EQv(N(20)) }), real: pkSet(LSF, ['scanfilt-2']) },
  { name: 'nubo/lsf/gt', setup: sfItems, op: 'Scan', body: sf2({ val: { ComparisonOperator: 'GT', AttributeValueList: [N(30)] } }), real: pkSet(LSF, ['scanfilt-4', 'scanfilt-5']) },
  { name: 'nubo/lsf/begins-with', setup: sfItems, op: 'Scan', body: sf2({ name: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [S('alpha')] } }), real: pkSet(LSF, ['scanfilt-1', 'scanfilt-3', 'scanfilt-5']) },
  { name: 'nubo/lsf/contains', setup: sfItems, op: 'Scan', body: sf2({ name: { ComparisonOperator: 'CONTAINS', AttributeValueList: [S('two')] } }), real: pkSet(LSF, ['scanfilt-2']) },
  { name: 'nubo/lsf/and', setup: sfItems, op: 'Scan', body: sf2({ name: { ComparisonOperator: 'BEGINS_WITH', AttributeValueList: [S('alpha')] }, val: { ComparisonOperator: 'GT', AttributeValueList: [N(20)] } }, 'AND'), real: pkSet(LSF, ['scanfilt-3', 'scanfilt-5']) },
  { name: 'nubo/lsf/with-filter-expression', setup: sfItems, op: 'Scan', body: { TableName: '$T', ScanFilter: { val: EQv(N(10)) }, FilterExpression: 'val = :v', ExpressionAttributeValues: { ':v': N(10) } }, real: ve(LSF) },
]);

// ================================================================================================
// tier3/limits batchLimits, emptyValues
const LBL = 'tests/tier3/limits/batchLimits.test.ts';
const LEV = 'tests/tier3/limits/emptyValues.test.ts';
const bwPuts = (from, n, extra) => ({ op: 'BatchWriteItem', body: { RequestItems: { $T: Array.from({ length: n }, (_, i) => ({ PutRequest: { Item: Object.assign({ pk: S('lim-' + (from + i)), idx: N(from + i) }, extra) } })) } } });
const seed101 = () => [hash(), bwPuts(0, 25), bwPuts(25, 25), bwPuts(50, 25), bwPuts(75, 25), bwPuts(100, 1)];
add('nubo limits batch + empty values', [
  { name: 'nubo/lbl/bw-25', setup: H, op: 'BatchWriteItem', body: bwPuts(0, 25).body, real: ok(LBL, 'no UnprocessedItems', (b) => eq('UnprocessedItems', b.UnprocessedItems || {}, {})) },
  { name: 'nubo/lbl/bw-26', setup: H, op: 'BatchWriteItem', body: bwPuts(0, 26).body, real: ve(LBL, { regex: '[Tt]oo many items|Member must have length less than or equal to 25' }) },
  { name: 'nubo/lbl/bw-25-large', setup: H, op: 'BatchWriteItem', body: bwPuts(0, 25, { payload: S('x'.repeat(20000)) }).body, real: ok(LBL, 'no UnprocessedItems', (b) => eq('UnprocessedItems', b.UnprocessedItems || {}, {})) },
  { name: 'nubo/lbl/bg-100', setup: seed101, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: Array.from({ length: 100 }, (_, i) => ({ pk: S('lim-' + i) })), ConsistentRead: true } } }, real: ok(LBL, 'Responses for the table present', (b) => (b.Responses && b.Responses.$T ? null : 'no Responses entry')) },
  { name: 'nubo/lbl/bg-101', setup: seed101, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: Array.from({ length: 101 }, (_, i) => ({ pk: S('lim-' + i) })), ConsistentRead: true } } }, real: ve(LBL, { regex: '[Tt]oo many items|Member must have length less than or equal to 100' }) },
  rt('nubo/lev/empty-string-attr', { pk: S('e'), attr: S('') }, (g) => eq('attr', g.attr, S('')), LEV),
  { name: 'nubo/lev/empty-string-hash-key', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('') } }, real: ve(LEV) },
  { name: 'nubo/lev/empty-string-sort-key', setup: C, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('c'), sk: S('') } }, real: ve(LEV) },
  rt('nubo/lev/empty-binary-attr', { pk: S('e'), attr: B('') }, (g) => (g.attr && 'B' in g.attr ? null : `attr ${j(g.attr)}`), LEV),
  { name: 'nubo/lev/empty-ss', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('e'), attr: { SS: [] } } }, real: ve(LEV, { regex: 'An string set {2}may not be empty' }) },
  { name: 'nubo/lev/empty-ns', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('e'), attr: { NS: [] } } }, real: ve(LEV, { regex: 'An number set {2}may not be empty' }) },
  { name: 'nubo/lev/empty-bs', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('e'), attr: { BS: [] } } }, real: ve(LEV, { contains: ['Binary sets should not be empty'] }) },
  { name: 'nubo/lev/empty-set-in-map', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('e'), outer: { M: { inner: { SS: [] } } } } }, real: ve(LEV) },
  { name: 'nubo/lev/empty-set-in-list', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('e'), items: { L: [{ SS: [] }] } } }, real: ve(LEV) },
  rt('nubo/lev/empty-string-in-list', { pk: S('e'), items: { L: [S(''), S('hello')] } }, (g) => eq('items', g.items, { L: [S(''), S('hello')] }), LEV),
]);

// ================================================================================================
// tier3/limits itemSize, itemSizeBySurface
const LIS = 'tests/tier3/limits/itemSize.test.ts';
const LISS = 'tests/tier3/limits/itemSizeBySurface.test.ts';
const MAXB = 409600;
const SIZE_RE = '[Ii]tem size has exceeded the maximum allowed size|[Ii]tem size to update has exceeded the maximum allowed size';
const PUT_WORDING = 'Item size has exceeded the maximum allowed size';
const UPD_WORDING = 'Item size to update has exceeded the maximum allowed size';
// size of an item made of S attributes only (name bytes + value bytes)
const sBytes = (item) => Object.entries(item).reduce((s, [k, v]) => s + Buffer.byteLength(k) + Buffer.byteLength(v.S), 0);
// an item of exactly `total` bytes: key pk=pkv, (n-1) filler attributes a1.. of 10 chars, padding in `pad`
function sized(pkv, total, n = 1, pad = 'a0') {
  const it = { pk: S(pkv) };
  for (let i = 1; i < n; i++) it['a' + i] = S('y'.repeat(10));
  it[pad] = S('x'.repeat(total - sBytes(it) - Buffer.byteLength(pad)));
  return it;
}
const storedIs = (file, key, bytes) => ok(file, `stored item is ${bytes} bytes`, (b, r) => { const g = afterItem(r); return g ? eq('stored bytes', sBytes(g), bytes) : 'item not stored'; });
const sizeVE = (file, wording) => ve(file, wording ? { contains: [wording] } : { regex: SIZE_RE });
const updPad = (pkv, expr, pad, extra) => Object.assign({ TableName: '$T', Key: { pk: S(pkv) }, UpdateExpression: expr, ExpressionAttributeValues: Object.assign({ ':pad': S('x'.repeat(pad)) }, extra && extra.values) }, extra && extra.names ? { ExpressionAttributeNames: extra.names } : {});
const NUM38 = '9'.repeat(38);
add('nubo limits item size', [
  rt('nubo/lis/390k-ok', { pk: S('under'), data: S('x'.repeat(390000)) }, (g) => ((g.data && g.data.S.length === 390000) ? null : 'data not stored intact'), LIS),
  { name: 'nubo/lis/410k-string', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('over'), bigval: S('x'.repeat(410000)) } }, real: sizeVE(LIS) },
  { name: 'nubo/lis/attribute-names-count', setup: H, op: 'PutItem', body: { TableName: '$T', Item: Object.assign({ pk: S('names') }, Object.fromEntries(Array.from({ length: 100 }, (_, i) => ['attr' + 'a'.repeat(200) + String(i).padStart(3, '0'), S('x'.repeat(3900))]))) }, real: sizeVE(LIS) },
  { name: 'nubo/lis/nested-map', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('nested'), nested: { M: { level1: { M: { level2: { M: { payload: S('x'.repeat(410000)) } } } } } } } }, real: sizeVE(LIS) },
  { name: 'nubo/lis/big-set', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('set'), bigset: { SS: Array.from({ length: 100 }, (_, i) => 'x'.repeat(4200) + i) } } }, real: sizeVE(LIS) },
  { name: 'nubo/lis/big-list', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('list'), biglist: { L: Array.from({ length: 100 }, (_, i) => S('x'.repeat(4200) + i)) } } }, real: sizeVE(LIS) },
  rt('nubo/lis/binary-350k', { pk: S('bin'), bindata: B(Buffer.alloc(350000).toString('base64')) }, (g) => (g.bindata && Buffer.from(g.bindata.B, 'base64').length === 350000 ? null : 'binary not stored intact'), LIS),
  { name: 'nubo/lis/binary-410k', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('bin'), bindata: B(Buffer.alloc(410000).toString('base64')) } }, real: sizeVE(LIS) },
  { name: 'nubo/lis/numbers-15000', setup: [hash('$T', 'N')], op: 'PutItem', body: { TableName: '$T', Item: { pk: N(1), nums: { L: Array.from({ length: 15000 }, () => N(NUM38)) } } }, after: [get({ pk: N(1) })],
    real: ok(LIS, 'accepted; 15000 numbers read back', (b, r) => eq('length', ((afterItem(r) || {}).nums || { L: [] }).L.length, 15000)) },
  { name: 'nubo/lis/numbers-21000', setup: [hash('$T', 'N')], op: 'PutItem', body: { TableName: '$T', Item: { pk: N(2), nums: { L: Array.from({ length: 21000 }, () => N(NUM38)) } } }, real: sizeVE(LIS) },
  ...[1, 2, 5, 10].map((n) => ({ name: `nubo/lis/gate-at-409600-${n}-attrs`, setup: H, op: 'PutItem', body: { TableName: '$T', Item: sized('gate', MAXB, n) }, after: [get({ pk: S('gate') })], real: storedIs(LIS, 'gate', MAXB) })),
  ...[1, 2, 5, 10].map((n) => ({ name: `nubo/lis/gate-over-409601-${n}-attrs`, setup: H, op: 'PutItem', body: { TableName: '$T', Item: sized('gate', MAXB + 1, n) }, real: sizeVE(LIS, PUT_WORDING) })),
]);
add('nubo limits item size by surface', [
  { name: 'nubo/liss/batchwrite-at', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: sized('bw', MAXB) } }] } }, after: [get({ pk: S('bw') })], real: storedIs(LISS, 'bw', MAXB) },
  { name: 'nubo/liss/batchwrite-over', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: sized('bw', MAXB + 1) } }] } }, real: sizeVE(LISS, PUT_WORDING) },
  { name: 'nubo/liss/tx-put-at', setup: H, op: 'TransactWriteItems', body: twOne(tput(sized('tp', MAXB))), after: [get({ pk: S('tp') })], real: storedIs(LISS, 'tp', MAXB) },
  { name: 'nubo/liss/tx-put-over', setup: H, op: 'TransactWriteItems', body: twOne(tput(sized('tp', MAXB + 1))), real: sizeVE(LISS, PUT_WORDING), note: 'a Put over the limit is a plain ValidationException, not a cancellation' },
  { name: 'nubo/liss/tx-update-at', setup: H, op: 'TransactWriteItems', body: twOne({ Update: updPad('tu', 'SET p = :pad', MAXB - 5) }), after: [get({ pk: S('tu') })], real: storedIs(LISS, 'tu', MAXB) },
  { name: 'nubo/liss/tx-update-over', setup: H, op: 'TransactWriteItems', body: twOne({ Update: updPad('tu', 'SET p = :pad', MAXB + 1 - 5) }),
    real: Object.assign(txCancelled(['ValidationError'], LISS), { checkText: 'cancelled; reason ValidationError with the update wording', check: (b) => { const x = ((b && b.CancellationReasons) || [])[0] || {}; return first(eq('Code', x.Code, 'ValidationError'), (x.Message || '').includes(UPD_WORDING) ? null : `reason Message ${j(x.Message)}`); } }) },
  { name: 'nubo/liss/tx-update-over-existing', setup: [hash(), put({ pk: S('tu'), p: S('small') })], op: 'TransactWriteItems', body: twOne({ Update: updPad('tu', 'SET p = :pad', MAXB + 1 - 5) }),
    real: Object.assign(txCancelled(['ValidationError'], LISS), { checkText: 'cancelled; reason ValidationError with the update wording', check: (b) => { const x = ((b && b.CancellationReasons) || [])[0] || {}; return first(eq('Code', x.Code, 'ValidationError'), (x.Message || '').includes(UPD_WORDING) ? null : `reason Message ${j(x.Message)}`); } }) },
  // UpdateItem: ceiling = min(409600, 409600 + bytes the statement does not write - action cost), action cost 3 + 19/SET + 2/REMOVE
  { name: 'nubo/liss/update-short-key-at-409581', setup: H, op: 'UpdateItem', body: updPad('K', 'SET b = :pad', 409581 - 4), after: [get({ pk: S('K') })], real: storedIs(LISS, 'K', 409581) },
  { name: 'nubo/liss/update-short-key-over-409582', setup: H, op: 'UpdateItem', body: updPad('L', 'SET b = :pad', 409582 - 4), real: sizeVE(LISS, UPD_WORDING) },
  { name: 'nubo/liss/update-100-byte-key-at', setup: H, op: 'UpdateItem', body: updPad('k'.repeat(100), 'SET b = :pad', MAXB - 103), after: [get({ pk: S('k'.repeat(100)) })], real: storedIs(LISS, 'k', MAXB) },
  { name: 'nubo/liss/update-100-byte-key-over', setup: H, op: 'UpdateItem', body: updPad('l'.repeat(100), 'SET b = :pad', MAXB + 1 - 103), real: sizeVE(LISS, UPD_WORDING) },
  { name: 'nubo/liss/update-two-sets-at', setup: H, op: 'UpdateItem', body: updPad('A2', 'SET b = :pad, c = :c', 409563 - 7, { values: { ':c': S('y') } }), after: [get({ pk: S('A2') })], real: storedIs(LISS, 'A2', 409563) },
  { name: 'nubo/liss/update-two-sets-over', setup: H, op: 'UpdateItem', body: updPad('B2', 'SET b = :pad, c = :c', 409564 - 7, { values: { ':c': S('y') } }), real: sizeVE(LISS, UPD_WORDING) },
  { name: 'nubo/liss/update-set-remove-at', setup: [hash(), put({ pk: S('A4'), r: S('z') })], op: 'UpdateItem', body: updPad('A4', 'SET b = :pad REMOVE r', 409580 - 5), after: [get({ pk: S('A4') })], real: storedIs(LISS, 'A4', 409580) },
  { name: 'nubo/liss/update-set-remove-over', setup: [hash(), put({ pk: S('B4'), r: S('z') })], op: 'UpdateItem', body: updPad('B4', 'SET b = :pad REMOVE r', 409581 - 5), real: sizeVE(LISS, UPD_WORDING) },
  { name: 'nubo/liss/update-untouched-attr-at', setup: [hash(), put({ pk: S('Aa'), u: S('y'.repeat(10)) })], op: 'UpdateItem', body: updPad('Aa', 'SET b = :pad', 409593 - 16), after: [get({ pk: S('Aa') })], real: storedIs(LISS, 'Aa', 409593) },
  { name: 'nubo/liss/update-untouched-attr-over', setup: [hash(), put({ pk: S('Ba'), u: S('y'.repeat(10)) })], op: 'UpdateItem', body: updPad('Ba', 'SET b = :pad', 409594 - 16), real: sizeVE(LISS, UPD_WORDING) },
  { name: 'nubo/liss/update-alias-at', setup: H, op: 'UpdateItem', body: updPad('A8', 'SET #twelvechars = :pad', 409582 - 5, { names: { '#twelvechars': 'b' } }), after: [get({ pk: S('A8') })], real: storedIs(LISS, 'A8', 409582) },
  // the key name is excluded like the key value (hash key 'partitionKeyName'), and so is a sort key
  { name: 'nubo/liss/update-long-key-name-at', setup: [ct('$T', [['partitionKeyName', 'S']], [['partitionKeyName', 'HASH']], PPR)], op: 'UpdateItem', body: Object.assign(updPad('v', 'SET b = :pad', 409595 - 18), { Key: { partitionKeyName: S('v') } }),
    after: [get({ partitionKeyName: S('v') })], real: ok(LISS, 'stored item is 409595 bytes', (b, r) => { const g = afterItem(r); return g ? eq('stored bytes', sBytes(g), 409595) : 'item not stored'; }) },
  { name: 'nubo/liss/update-long-key-name-over', setup: [ct('$T', [['partitionKeyName', 'S']], [['partitionKeyName', 'HASH']], PPR)], op: 'UpdateItem', body: Object.assign(updPad('w', 'SET b = :pad', 409596 - 18), { Key: { partitionKeyName: S('w') } }), real: sizeVE(LISS, UPD_WORDING) },
  { name: 'nubo/liss/update-sort-key-at', setup: [comp('$T', 'S', PPR)], op: 'UpdateItem', body: Object.assign(updPad('S', 'SET b = :pad', 409584 - 7), { Key: { pk: S('S'), sk: S('a') } }),
    after: [get({ pk: S('S'), sk: S('a') })], real: ok(LISS, 'stored item is 409584 bytes', (b, r) => { const g = afterItem(r); return g ? eq('stored bytes', sBytes(g), 409584) : 'item not stored'; }) },
  { name: 'nubo/liss/update-sort-key-over', setup: [comp('$T', 'S', PPR)], op: 'UpdateItem', body: Object.assign(updPad('T', 'SET b = :pad', 409585 - 7), { Key: { pk: S('T'), sk: S('a') } }), real: sizeVE(LISS, UPD_WORDING) },
  { name: 'nubo/liss/update-refuses-409600-short-key', setup: [hash(), put({ pk: S('Y') })], op: 'UpdateItem', body: updPad('Y', 'SET p = :pad', MAXB - 4), real: sizeVE(LISS, UPD_WORDING) },
  { name: 'nubo/liss/tx-update-writes-409600-short-key', setup: [hash(), put({ pk: S('Y') })], op: 'TransactWriteItems', body: twOne({ Update: updPad('Y', 'SET p = :pad', MAXB - 4) }), after: [get({ pk: S('Y') })], real: storedIs(LISS, 'Y', MAXB) },
]);

// ================================================================================================
// tier3/limits keyLength, numberByteSize
const LKL = 'tests/tier3/limits/keyLength.test.ts';
const LNB = 'tests/tier3/limits/numberByteSize.test.ts';
// Byte cost of number literals measured against real DynamoDB (eu-west-2, 2026-08-18) as recorded by the suite
// (src/item-size.ts): literal -> bytes.
const NUMBER_COST = [['0', 1], ['1', 2], ['12', 2], ['123', 3], ['1234', 3], ['12345678901234567890123456789012345678', 20], ['0042', 2], ['100', 2], ['1010', 3], ['0.0000001', 2], ['1E125', 2], ['1E-100', 2],
  ['1.5', 3], ['15', 2], ['1.2', 3], ['1.200', 3], ['1.234', 4], ['3.14159', 5], ['123456', 4], ['100.5', 4], ['0.15', 2], ['-42', 3], ['-0', 1]];
const numItem = (pkv, lit, cost, total) => ({ pk: S(pkv), n: N(lit), p: S('x'.repeat(total - (2 + pkv.length) - 1 - cost - 1)) });
add('nubo limits key length + number size', [
  { name: 'nubo/lkl/key-2048', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'.repeat(2048)) } }, real: ok(LKL, 'accepted') },
  { name: 'nubo/lkl/key-2049-put', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'.repeat(2049)) } }, real: ve(LKL) },
  { name: 'nubo/lkl/key-2049-get', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a'.repeat(2049)) } }, real: ve(LKL) },
  ...NUMBER_COST.map(([lit, cost], i) => ({ name: `nubo/lnb/at-${lit}`, setup: H, op: 'PutItem', body: { TableName: '$T', Item: numItem('n' + i, lit, cost, MAXB) }, real: ok(LNB, `${lit} costs ${cost} bytes: item of exactly 409600 accepted`) })),
  ...NUMBER_COST.map(([lit, cost], i) => ({ name: `nubo/lnb/over-${lit}`, setup: H, op: 'PutItem', body: { TableName: '$T', Item: numItem('n' + i, lit, cost, MAXB + 1) }, real: sizeVE(LNB, PUT_WORDING) })),
  rt('nubo/lnb/trim-zeros', { pk: S('t'), n: N('0042.1200') }, (g) => eq('n', g.n, N('42.12')), LNB),
  rt('nubo/lnb/expand-exponent', { pk: S('t'), n: N('1E125') }, (g) => eq('n', g.n, N('1' + '0'.repeat(125))), LNB),
]);

// ================================================================================================
// tier3/limits numberPrecision, reservedWords
const LNP = 'tests/tier3/limits/numberPrecision.test.ts';
const LRW = 'tests/tier3/limits/reservedWords.test.ts';
const numRt = (name, lit, fn) => rt(name, { pk: S('np'), val: N(lit) }, (g) => (g.val ? fn(g.val.N) : 'val missing'), LNP);
const numRej = (name, lit) => ({ name, setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('np'), val: N(lit) } }, real: ve(LNP) });
const rwGet = (attr, val) => ({ name: `nubo/lrw/alias-${attr}`, setup: [hash(), put({ pk: S('rw'), [attr]: val })], op: 'GetItem', body: { TableName: '$T', Key: { pk: S('rw') }, ProjectionExpression: 'pk, #' + attr, ExpressionAttributeNames: { ['#' + attr]: attr }, ConsistentRead: true },
  real: ok(LRW, `${attr} projected through an alias`, (b) => eq(attr, b.Item && b.Item[attr], val)) });
add('nubo limits numbers + reserved words', [
  numRt('nubo/lnp/38-digits', '12345678901234567890123456789012345678', (n) => eq('val', n, '12345678901234567890123456789012345678')),
  numRej('nubo/lnp/39-digits', '123456789012345678901234567890123456789'),
  numRt('nubo/lnp/max-positive', '9.9999999999999999999999999999999999999E+125', (n) => (n ? null : 'missing')),
  numRej('nubo/lnp/over-max-positive', '1E+126'),
  numRt('nubo/lnp/max-negative', '-9.9999999999999999999999999999999999999E+125', (n) => (n ? null : 'missing')),
  numRej('nubo/lnp/over-max-negative', '-1E+126'),
  numRt('nubo/lnp/min-positive', '1E-130', (n) => (n ? null : 'missing')),
  numRej('nubo/lnp/below-min-positive', '1E-131'),
  numRt('nubo/lnp/leading-zeros', '00042', (n) => eq('val', n, '42')),
  numRt('nubo/lnp/scientific-150', '1.5E2', (n) => eq('val', n, '150')),
  numRt('nubo/lnp/negative-zero', '-0', (n) => eq('val', n, '0')),
  numRt('nubo/lnp/1e-38', '0.00000000000000000000000000000000000001', (n) => (Math.abs(parseFloat(n) - 1e-38) < 1e-45 ? null : `val ${n}`)),
  numRt('nubo/lnp/1e2-equals-100', '1E2', (n) => (parseFloat(n) === 100 ? null : `val ${n}`)),
  rt('nubo/lnp/ns-extremes', { pk: S('np'), nums: { NS: ['9.9999999999999999999999999999999999999E+125', '-9.9999999999999999999999999999999999999E+125', '1E-130', '0'] } }, (g) => eq('NS length', ((g.nums || {}).NS || []).length, 4), LNP),
  numRt('nubo/lnp/trailing-1.0', '1.0', (n) => eq('val', n, '1')),
  numRt('nubo/lnp/trailing-3.1400', '3.1400', (n) => eq('val', n, '3.14')),
  { name: 'nubo/lnp/sort-key-order', setup: [comp('$T', 'N'), put({ pk: S('s'), sk: N('0') }), put({ pk: S('s'), sk: N('1E-130') }), put({ pk: S('s'), sk: N('99999999999999999999999999999999999999') })], op: 'Query', body: qPart('s'),
    real: ok(LNP, '3 items, ascending: 0 < 1E-130 < 9...9', (b) => { const v = (b.Items || []).map((i) => i.sk.N); return v.length === 3 && parseFloat(v[0]) < parseFloat(v[1]) && parseFloat(v[1]) < parseFloat(v[2]) ? null : `sort keys ${j(v)}`; }) },
  { name: 'nubo/lnp/arith-overflow', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('np') }, UpdateExpression: 'SET n = :a + :b', ExpressionAttributeValues: { ':a': N('9.9e125'), ':b': N('9.9e125') } }, real: ve(LNP, { contains: ['Number overflow'] }) },
  rwGet('status', S('active')), rwGet('name', S('Alice')), rwGet('data', S('payload')), rwGet('count', N(42)), rwGet('items', { L: [S('a')] }),
  { name: 'nubo/lrw/condition-bare', setup: [hash(), put({ pk: S('rw'), status: S('active') })], op: 'PutItem', body: { TableName: '$T', Item: { pk: S('rw'), status: S('inactive') }, ConditionExpression: 'status = :val', ExpressionAttributeValues: { ':val': S('active') } }, real: ve(LRW, { regex: '[Rr]eserved keyword' }) },
  { name: 'nubo/lrw/update-bare', setup: [hash(), put({ pk: S('rw'), status: S('old') })], op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('rw') }, UpdateExpression: 'SET status = :val', ExpressionAttributeValues: { ':val': S('new') } }, real: ve(LRW, { regex: '[Rr]eserved keyword' }) },
  { name: 'nubo/lrw/filter-bare', setup: H, op: 'Scan', body: { TableName: '$T', FilterExpression: 'status = :val', ExpressionAttributeValues: { ':val': S('active') } }, real: ve(LRW, { regex: '[Rr]eserved keyword' }) },
  { name: 'nubo/lrw/projection-bare', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('rw') }, ProjectionExpression: 'pk, status', ConsistentRead: true }, real: ve(LRW, { regex: '[Rr]eserved keyword' }) },
  { name: 'nubo/lrw/multiple-bare', setup: [hash(), put({ pk: S('rw'), status: S('active'), name: S('test'), count: N(1), data: S('payload') })], op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('rw') }, UpdateExpression: 'SET status = :s, name = :n', ExpressionAttributeValues: { ':s': S('inactive'), ':n': S('updated') } }, real: ve(LRW, { regex: '[Rr]eserved keyword' }) },
  { name: 'nubo/lrw/multiple-aliased', setup: [hash(), put({ pk: S('rw'), status: S('active'), name: S('test'), count: N(1), data: S('payload') })], op: 'UpdateItem',
    body: { TableName: '$T', Key: { pk: S('rw') }, UpdateExpression: 'SET #status = :s, #name = :n, #count = :c, #data = :d', ExpressionAttributeNames: { '#status': 'status', '#name': 'name', '#count': 'count', '#data': 'data' }, ExpressionAttributeValues: { ':s': S('inactive'), ':n': S('updated'), ':c': N(2), ':d': S('new-payload') } },
    after: [get({ pk: S('rw') })], real: ok(LRW, 'all four updated', (b, r) => eq('item', afterItem(r), { pk: S('rw'), status: S('inactive'), name: S('updated'), count: N(2), data: S('new-payload') })) },
]);

// ================================================================================================
// tier3/limits responseSize, transactionLimits
const LRS = 'tests/tier3/limits/responseSize.test.ts';
const LTL = 'tests/tier3/limits/transactionLimits.test.ts';
const bigPart = () => [ct('$T', [['pk', 'S'], ['sk', 'S']], [['pk', 'HASH'], ['sk', 'RANGE']], PPR), ...Array.from({ length: 20 }, (_, i) => put({ pk: S('query-pk'), sk: S('sk-' + String(i).padStart(3, '0')), payload: S('x'.repeat(60000)) }))];
const bigScan = () => [hash(), ...Array.from({ length: 20 }, (_, i) => put({ pk: S('scan-' + i), payload: S('y'.repeat(60000)) }))];
const rsQ = { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('query-pk') }, ConsistentRead: true };
const rsS = { TableName: '$T', ConsistentRead: true };
const seedTx101 = () => [hash(), ...[0, 25, 50, 75].map((f) => ({ op: 'BatchWriteItem', body: { RequestItems: { $T: Array.from({ length: 25 }, (_, i) => ({ PutRequest: { Item: { pk: S('tg-' + (f + i)), idx: N(f + i) } } })) } } })), put({ pk: S('tg-100'), idx: N(100) })];
add('nubo limits response size + transactions', [
  { name: 'nubo/lrs/query-1mb-page', setup: bigPart, op: 'Query', body: rsQ, real: ok(LRS, 'LastEvaluatedKey set; 0 < Items < 20', (b) => first(b.LastEvaluatedKey ? null : 'no LastEvaluatedKey', (b.Items || []).length > 0 && (b.Items || []).length < 20 ? null : `Items ${(b.Items || []).length}`)) },
  { name: 'nubo/lrs/scan-1mb-pages', setup: bigScan, op: 'Scan', body: rsS, after: [nextScan(rsS), nextScan(rsS), nextScan(rsS)],
    real: ok(LRS, '>= 2 pages; all 20 items over the walk', (b, r) => { const p = walk(b, r); return first(p.length >= 2 ? null : 'a single page', eq('items', [].concat(...p.map((x) => x.Items || [])).length, 20)); }) },
  rt('nubo/lrs/single-390k', { pk: S('single-big'), payload: S('z'.repeat(390000)) }, (g) => (g.payload && g.payload.S.length === 390000 ? null : 'payload not intact'), LRS),
  { name: 'nubo/lrs/query-walk-20', setup: bigPart, op: 'Query', body: rsQ, after: [nextPage(rsQ), nextPage(rsQ), nextPage(rsQ)], real: ok(LRS, 'walk returns all 20 items', (b, r) => eq('items', [].concat(...walk(b, r).map((x) => x.Items || [])).length, 20)) },
  { name: 'nubo/lrs/limit-before-1mb', setup: bigPart, op: 'Query', body: Object.assign({}, rsQ, { Limit: 5 }), real: ok(LRS, '5 items and LastEvaluatedKey', (b) => first(eq('Items', (b.Items || []).length, 5), b.LastEvaluatedKey ? null : 'no LastEvaluatedKey')) },
  { name: 'nubo/ltl/tw-100', setup: H, op: 'TransactWriteItems', body: { TransactItems: Array.from({ length: 100 }, (_, i) => tput({ pk: S('tw100-' + i), idx: N(i) })) }, real: ok(LTL, 'accepted') },
  { name: 'nubo/ltl/tw-101', setup: H, op: 'TransactWriteItems', body: { TransactItems: Array.from({ length: 101 }, (_, i) => tput({ pk: S('tw101-' + i), idx: N(i) })) }, real: ve(LTL, { regex: '[Mm]ember must have length less than or equal to 100' }) },
  { name: 'nubo/ltl/tw-3.5mb', setup: H, op: 'TransactWriteItems', body: { TransactItems: Array.from({ length: 10 }, (_, i) => tput({ pk: S('ok-' + i), payload: S('x'.repeat(350000)) })) }, real: ok(LTL, 'accepted (under 4MB)') },
  { name: 'nubo/ltl/tw-4.2mb', setup: H, op: 'TransactWriteItems', body: { TransactItems: Array.from({ length: 12 }, (_, i) => tput({ pk: S('fail-' + i), payload: S('x'.repeat(350000)) })) }, real: ve(LTL) },
  { name: 'nubo/ltl/tg-100', setup: seedTx101, op: 'TransactGetItems', body: { TransactItems: Array.from({ length: 100 }, (_, i) => tget({ pk: S('tg-' + i) })) }, real: ok(LTL, '100 Responses', (b) => eq('Responses', (b.Responses || []).length, 100)) },
  { name: 'nubo/ltl/tg-101', setup: seedTx101, op: 'TransactGetItems', body: { TransactItems: Array.from({ length: 101 }, (_, i) => tget({ pk: S('tg-' + i) })) }, real: ve(LTL, { regex: '[Mm]ember must have length less than or equal to 100' }) },
]);

// ================================================================================================
// tier3/validation-ordering batchOperations, createTable
const VOB = 'tests/tier3/validation-ordering/batchOperations.test.ts';
const VOC = 'tests/tier3/validation-ordering/createTable.test.ts';
add('nubo validation ordering batch + CreateTable', [
  { name: 'nubo/vob/bw-empty', op: 'BatchWriteItem', body: { RequestItems: {} }, real: ve(VOB, { contains: ['requestItems'] }) },
  { name: 'nubo/vob/bg-empty', op: 'BatchGetItem', body: { RequestItems: {} }, real: ve(VOB, { contains: ['requestItems'] }) },
  { name: 'nubo/vob/bw-26', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: Array.from({ length: 26 }, (_, i) => ({ PutRequest: { Item: { pk: S('item_' + i) } } })) } }, real: ve(VOB, { regex: '[Mm]ember must have length less than or equal to 25|[Tt]oo many items' }) },
  { name: 'nubo/vob/bg-101', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: Array.from({ length: 101 }, (_, i) => ({ pk: S('key_' + i) })) } } }, real: ve(VOB, { regex: '[Mm]ember must have length less than or equal to 100|[Tt]oo many items' }) },
  { name: 'nubo/voc/empty-name-empty-lists', op: 'CreateTable', body: { TableName: '', KeySchema: [], AttributeDefinitions: [] }, real: ve(VOC, { contains: ['tableName'] }) },
  { name: 'nubo/voc/bad-name-pattern', op: 'CreateTable', body: { TableName: 'x!', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [] }, real: ve(VOC, { contains: ['tableName'] }) },
  { name: 'nubo/voc/billing-and-keytype', op: 'CreateTable', body: { TableName: '$T', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'INVALID' }], BillingMode: 'INVALID_MODE' }, real: ve(VOC, { regex: '.' }) },
  { name: 'nubo/voc/no-throughput-and-keytype', op: 'CreateTable', body: { TableName: '$T', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'INVALID' }], BillingMode: 'PROVISIONED' }, real: ve(VOC, { regex: '.' }) },
  { name: 'nubo/voc/dup-key-attr', op: 'CreateTable', body: ctBody({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'pk', KeyType: 'RANGE' }] }), real: ve(VOC, { contains: ['Invalid KeySchema'] }) },
  { name: 'nubo/voc/three-keys', op: 'CreateTable', body: ctBody({ AttributeDefinitions: ['pk', 'sk', 'tk'].map((n) => ({ AttributeName: n, AttributeType: 'S' })), KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }, { AttributeName: 'tk', KeyType: 'RANGE' }] }), real: ve(VOC, { contains: ['Member must have length less than or equal to 2'] }) },
  { name: 'nubo/voc/billing-invalid', op: 'CreateTable', body: ctBody({ BillingMode: 'INVALID_MODE' }), real: ve(VOC, { contains: ['billingMode', '[PROVISIONED, PAY_PER_REQUEST]'] }) },
]);

// ================================================================================================
// tier3/validation-ordering deleteItem, index, putItem, query, scan, updateItem
const VOD = 'tests/tier3/validation-ordering/deleteItem.test.ts';
const VOI = 'tests/tier3/validation-ordering/index.test.ts';
const VOP = 'tests/tier3/validation-ordering/putItem.test.ts';
const VOQ = 'tests/tier3/validation-ordering/query.test.ts';
const VOS = 'tests/tier3/validation-ordering/scan.test.ts';
const VOU = 'tests/tier3/validation-ordering/updateItem.test.ts';
const TN_ANYCASE = '[Tt][Aa][Bb][Ll][Ee][Nn][Aa][Mm][Ee]';
const oneErrTableName = (file) => ve(file, { regex: '^1 validation error detected:.*' + TN_ANYCASE });
const lower = (parts) => (b) => { const m = ((b && (b.message || b.Message)) || '').toLowerCase(); const miss = parts.find((p) => !m.includes(p)); return miss ? `message lacks "${miss}" (any case)` : null; };
add('nubo validation ordering items/query/scan/index', [
  { name: 'nubo/vod/empty-name-empty-key', op: 'DeleteItem', body: { TableName: '', Key: {} }, real: oneErrTableName(VOD) },
  { name: 'nubo/vod/two-bad-enums', op: 'DeleteItem', body: { TableName: 'no_such_table_nubo', Key: { pk: S('test') }, ReturnValues: 'INVALID', ReturnConsumedCapacity: 'INVALID' },
    real: ve(VOD, { regex: '^2 validation errors detected:', check: lower(['returnconsumedcapacity']), checkText: 'mentions returnConsumedCapacity (any case)' }) },
  { name: 'nubo/vod/bad-name-pattern', op: 'DeleteItem', body: { TableName: 'x!', Key: {} }, real: ve(VOD, { contains: ['tableName'] }) },
  { name: 'nubo/voi/query-missing-index', setup: H, op: 'Query', body: { TableName: '$T', IndexName: 'does_not_exist', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('x') } }, real: ve(VOI, { contains: ['does not have the specified index'] }) },
  { name: 'nubo/voi/scan-missing-index', setup: H, op: 'Scan', body: { TableName: '$T', IndexName: 'does_not_exist' }, real: ve(VOI, { contains: ['does not have the specified index'] }) },
  { name: 'nubo/voi/update-table-delete-missing-gsi', setup: H, op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'does_not_exist' } }] }, real: err(RNF, VOI, { contains: ['Requested resource not found'] }) },
  { name: 'nubo/vop/empty-name-empty-item', op: 'PutItem', body: { TableName: '', Item: {} }, real: oneErrTableName(VOP) },
  { name: 'nubo/vop/empty-name-bad-returnvalues', op: 'PutItem', body: { TableName: '', ReturnValues: 'INVALID', Item: {} },
    real: ve(VOP, { regex: TN_ANYCASE, check: (b) => (/returnvalues/i.test((b && b.message) || '') ? 'message also reports ReturnValues' : null), checkText: 'does not mention ReturnValues' }) },
  { name: 'nubo/vop/three-bad-enums', op: 'PutItem', body: { TableName: 'no_such_table_nubo', Item: { pk: S('test') }, ReturnConsumedCapacity: 'INVALID', ReturnItemCollectionMetrics: 'INVALID', ReturnValues: 'INVALID' },
    real: ve(VOP, { regex: '^3 validation errors detected:', check: lower(['returnconsumedcapacity', 'returnitemcollectionmetrics']), checkText: 'names both fields (any case)' }) },
  { name: 'nubo/vop/bad-name-pattern', op: 'PutItem', body: { TableName: 'x!', Item: {} }, real: ve(VOP, { contains: ['tableName'] }) },
  { name: 'nubo/voq/bad-name-and-select', op: 'Query', body: { TableName: 'abc!', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('test') }, Select: 'INVALID' }, real: ve(VOQ, { contains: ['validation error'] }) },
  { name: 'nubo/voq/limit-zero', setup: H, op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('test') }, Limit: 0 }, real: ve(VOQ, { contains: ['Limit'] }) },
  { name: 'nubo/voq/bad-rcc-and-select', setup: H, op: 'Query', body: { TableName: '$T', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('test') }, ReturnConsumedCapacity: 'INVALID', Select: 'INVALID' }, real: ve(VOQ, { contains: ['returnConsumedCapacity'] }) },
  { name: 'nubo/vos/segment-only', setup: H, op: 'Scan', body: { TableName: '$T', Segment: 0 }, real: ve(VOS, { contains: ['Segment', 'TotalSegments'] }) },
  { name: 'nubo/vos/segment-too-big', setup: H, op: 'Scan', body: { TableName: '$T', Segment: 5, TotalSegments: 5 }, real: ve(VOS, { contains: ['Segment', 'TotalSegments'] }) },
  { name: 'nubo/vos/total-only', setup: H, op: 'Scan', body: { TableName: '$T', TotalSegments: 4 }, real: ve(VOS, { contains: ['Segment', 'TotalSegments'] }) },
  { name: 'nubo/vos/segment-negative', setup: H, op: 'Scan', body: { TableName: '$T', Segment: -1, TotalSegments: 4 }, real: ve(VOS, { contains: ['segment', 'greater than or equal to 0'] }) },
  { name: 'nubo/vou/empty-name-empty-key', op: 'UpdateItem', body: { TableName: '', Key: {} }, real: oneErrTableName(VOU) },
  { name: 'nubo/vou/two-bad-enums-one-error', op: 'UpdateItem', body: { TableName: 'no_such_table_nubo', Key: { pk: S('test') }, ReturnValues: 'INVALID', ReturnConsumedCapacity: 'INVALID' },
    real: ve(VOU, { regex: '^1 validation error detected:', contains: ['enum value set'] }), note: '2026-06 behaviour (eu-west-2): UpdateItem reports only the first enum error' },
  { name: 'nubo/vou/bad-name-pattern', op: 'UpdateItem', body: { TableName: 'x!', Key: {} }, real: ve(VOU, { contains: ['tableName'] }) },
]);

module.exports = cases;
