// Cases for probe.js. Each: {name, group?, setup?: [{op, body}], op, body, raw?, after?, oursOnly?,
// unordered?, shapeOnly?, ignoreKeys?, note?}. "$T", "$T2", "$T3" are replaced by fresh table names.
'use strict';

const PT = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };
const S = (s) => ({ S: s });
const N = (n) => ({ N: String(n) });

function hashTable(name = '$T', type = 'S') {
  return {
    op: 'CreateTable',
    body: {
      TableName: name,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: type }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      ProvisionedThroughput: PT,
    },
  };
}
function rangeTable(name = '$T', rtype = 'S') {
  return {
    op: 'CreateTable',
    body: {
      TableName: name,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: rtype }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      ProvisionedThroughput: PT,
    },
  };
}
function indexTable(name = '$T') {
  return {
    op: 'CreateTable',
    body: {
      TableName: name,
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' },
        { AttributeName: 'g', AttributeType: 'S' }, { AttributeName: 'l', AttributeType: 'N' },
      ],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: [{
        IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' },
      }],
      LocalSecondaryIndexes: [{
        IndexName: 'byL',
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      }],
    },
  };
}
const put = (item, name = '$T') => ({ op: 'PutItem', body: { TableName: name, Item: item } });
// Five items in partition "a" (sk a1..a5, n 1..5) and two in partition "b".
function rangeItems(name = '$T') {
  const out = [];
  for (let i = 1; i <= 5; i++) out.push(put({ pk: S('a'), sk: S('a' + i), n: N(i), s: S('v' + i), tag: S(i % 2 ? 'odd' : 'even') }, name));
  out.push(put({ pk: S('b'), sk: S('b1'), n: N(10) }, name));
  out.push(put({ pk: S('b'), sk: S('b2'), n: N(20) }, name));
  return out;
}
function indexItems() {
  return [
    put({ pk: S('a'), sk: S('1'), g: S('x'), l: N(3), v: S('one') }),
    put({ pk: S('a'), sk: S('2'), g: S('x'), l: N(1), v: S('two') }),
    put({ pk: S('a'), sk: S('3'), g: S('y'), l: N(2), v: S('three') }),
  ];
}
const H = [hashTable()];
const HI = [hashTable(), put({ pk: S('k'), s: S('str'), n: N(5), l: { L: [N(1), N(2)] }, m: { M: { a: N(1) } }, ss: { SS: ['a', 'b'] }, ns: { NS: ['1', '2'] } })];
const R = [rangeTable()];
const RI = [rangeTable(), ...rangeItems()];
const RNI = [rangeTable('$T', 'N'), put({ pk: S('a'), sk: N(1) }), put({ pk: S('a'), sk: N(2) }), put({ pk: S('a'), sk: N(3) })];
const createBase = (extra) => Object.assign({
  TableName: '$T',
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  ProvisionedThroughput: PT,
}, extra);
const createRange = (extra) => Object.assign({
  TableName: '$T',
  AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'x', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
  ProvisionedThroughput: PT,
}, extra);
const gsi = (extra) => Object.assign({ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'x', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PT }, extra);
const lsi = (extra) => Object.assign({ IndexName: 'lsi1', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'x', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }, extra);

const cases = [];
function add(group, list) { for (const c of list) cases.push(Object.assign({ group }, c)); }

// ------------------------------------------------------------------------------------------------
add('CreateTable', [
  { name: 'create/empty-body', op: 'CreateTable', body: {} },
  { name: 'create/missing-keyschema', op: 'CreateTable', body: createBase({ KeySchema: undefined }) },
  { name: 'create/missing-attrdefs', op: 'CreateTable', body: createBase({ AttributeDefinitions: undefined }) },
  { name: 'create/missing-tablename', op: 'CreateTable', body: createBase({ TableName: undefined }) },
  { name: 'create/tablename-too-short', op: 'CreateTable', body: createBase({ TableName: 'ab' }) },
  { name: 'create/tablename-too-long', op: 'CreateTable', body: createBase({ TableName: 'a'.repeat(256) }) },
  { name: 'create/tablename-invalid-chars', op: 'CreateTable', body: createBase({ TableName: 'bad name!' }) },
  { name: 'create/tablename-short-and-invalid', op: 'CreateTable', body: createBase({ TableName: 'a!' }) },
  { name: 'create/tablename-number', op: 'CreateTable', body: createBase({ TableName: 123 }) },
  { name: 'create/keyschema-empty', op: 'CreateTable', body: createBase({ KeySchema: [] }) },
  { name: 'create/keyschema-three', op: 'CreateTable', body: createRange({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }, { AttributeName: 'x', KeyType: 'RANGE' }] }) },
  { name: 'create/keyschema-range-first', op: 'CreateTable', body: createRange({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'sk', KeyType: 'RANGE' }, { AttributeName: 'pk', KeyType: 'HASH' }] }) },
  { name: 'create/keyschema-two-hash', op: 'CreateTable', body: createRange({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'HASH' }] }) },
  { name: 'create/keyschema-only-range', op: 'CreateTable', body: createBase({ KeySchema: [{ AttributeName: 'pk', KeyType: 'RANGE' }] }) },
  { name: 'create/keytype-invalid', op: 'CreateTable', body: createBase({ KeySchema: [{ AttributeName: 'pk', KeyType: 'FOO' }] }) },
  { name: 'create/keyschema-same-attr-twice', op: 'CreateTable', body: createBase({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'pk', KeyType: 'RANGE' }] }) },
  { name: 'create/keyschema-attrname-empty', op: 'CreateTable', body: createBase({ KeySchema: [{ AttributeName: '', KeyType: 'HASH' }] }) },
  { name: 'create/attrtype-invalid', op: 'CreateTable', body: createBase({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'X' }] }) },
  { name: 'create/attrtype-bool', op: 'CreateTable', body: createBase({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'BOOL' }] }) },
  { name: 'create/attrdef-extra', op: 'CreateTable', body: createBase({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'extra', AttributeType: 'S' }] }) },
  { name: 'create/attrdef-missing-key', op: 'CreateTable', body: createBase({ AttributeDefinitions: [{ AttributeName: 'other', AttributeType: 'S' }] }) },
  { name: 'create/attrdef-duplicate', op: 'CreateTable', body: createBase({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'pk', AttributeType: 'N' }] }) },
  { name: 'create/attrdefs-empty', op: 'CreateTable', body: createBase({ AttributeDefinitions: [] }) },
  { name: 'create/provisioned-missing-throughput', op: 'CreateTable', body: createBase({ ProvisionedThroughput: undefined }) },
  { name: 'create/provisioned-explicit-missing-throughput', op: 'CreateTable', body: createBase({ ProvisionedThroughput: undefined, BillingMode: 'PROVISIONED' }) },
  { name: 'create/ppr-with-throughput', op: 'CreateTable', body: createBase({ BillingMode: 'PAY_PER_REQUEST' }) },
  { name: 'create/billingmode-invalid', op: 'CreateTable', body: createBase({ BillingMode: 'FREE' }) },
  { name: 'create/rcu-zero', op: 'CreateTable', body: createBase({ ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 5 } }) },
  { name: 'create/rcu-missing', op: 'CreateTable', body: createBase({ ProvisionedThroughput: { WriteCapacityUnits: 5 } }) },
  { name: 'create/rcu-huge', op: 'CreateTable', body: createBase({ ProvisionedThroughput: { ReadCapacityUnits: 1000000000001, WriteCapacityUnits: 5 } }) },
  { name: 'create/rcu-string', op: 'CreateTable', body: createBase({ ProvisionedThroughput: { ReadCapacityUnits: 'five', WriteCapacityUnits: 5 } }) },
  { name: 'create/already-exists', setup: H, op: 'CreateTable', body: createBase() },
  { name: 'create/lsi-on-hash-only-table', op: 'CreateTable', body: createBase({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'x', AttributeType: 'S' }], LocalSecondaryIndexes: [lsi()] }) },
  { name: 'create/lsi-different-hash', op: 'CreateTable', body: createRange({ LocalSecondaryIndexes: [lsi({ KeySchema: [{ AttributeName: 'x', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }] })] }) },
  { name: 'create/lsi-missing-projection', op: 'CreateTable', body: createRange({ LocalSecondaryIndexes: [lsi({ Projection: undefined })] }) },
  { name: 'create/lsi-duplicate-names', op: 'CreateTable', body: createRange({ LocalSecondaryIndexes: [lsi(), lsi()] }) },
  { name: 'create/lsi-hash-only', op: 'CreateTable', body: createRange({ LocalSecondaryIndexes: [lsi({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] })] }) },
  { name: 'create/lsi-with-throughput', op: 'CreateTable', body: createRange({ LocalSecondaryIndexes: [lsi({ ProvisionedThroughput: PT })] }) },
  { name: 'create/lsi-empty-list', op: 'CreateTable', body: createRange({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }], LocalSecondaryIndexes: [] }) },
  { name: 'create/gsi-missing-throughput-provisioned', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ ProvisionedThroughput: undefined })] }) },
  { name: 'create/gsi-throughput-with-ppr', op: 'CreateTable', body: createRange({ BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: undefined, GlobalSecondaryIndexes: [gsi()] }) },
  { name: 'create/gsi-duplicate-names', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi(), gsi()] }) },
  { name: 'create/gsi-lsi-same-name', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ IndexName: 'idx1' })], LocalSecondaryIndexes: [lsi({ IndexName: 'idx1' })] }) },
  { name: 'create/gsi-key-not-defined', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ KeySchema: [{ AttributeName: 'nope', KeyType: 'HASH' }] })] }) },
  { name: 'create/gsi-include-without-nonkey', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ Projection: { ProjectionType: 'INCLUDE' } })] }) },
  { name: 'create/gsi-keysonly-with-nonkey', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ Projection: { ProjectionType: 'KEYS_ONLY', NonKeyAttributes: ['a'] } })] }) },
  { name: 'create/gsi-projection-type-invalid', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ Projection: { ProjectionType: 'SOME' } })] }) },
  { name: 'create/gsi-name-too-short', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ IndexName: 'ab' })] }) },
  { name: 'create/gsi-name-invalid-chars', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ IndexName: 'bad index' })] }) },
  { name: 'create/gsi-empty-list', op: 'CreateTable', body: createRange({ AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }], GlobalSecondaryIndexes: [] }) },
  { name: 'create/gsi-missing-projection', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ Projection: undefined })] }) },
  { name: 'create/gsi-range-first', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ KeySchema: [{ AttributeName: 'x', KeyType: 'RANGE' }] })] }) },
  { name: 'create/stream-enabled-no-viewtype', op: 'CreateTable', body: createBase({ StreamSpecification: { StreamEnabled: true } }) },
  { name: 'create/stream-disabled-with-viewtype', op: 'CreateTable', body: createBase({ StreamSpecification: { StreamEnabled: false, StreamViewType: 'NEW_IMAGE' } }) },
  { name: 'create/stream-viewtype-invalid', op: 'CreateTable', body: createBase({ StreamSpecification: { StreamEnabled: true, StreamViewType: 'EVERYTHING' } }) },
  { name: 'create/stream-missing-enabled', op: 'CreateTable', body: createBase({ StreamSpecification: { StreamViewType: 'NEW_IMAGE' } }) },
  { name: 'create/ok-provisioned-hash', op: 'CreateTable', body: createBase() },
  { name: 'create/ok-ppr-with-indexes', op: 'CreateTable', body: createRange({ BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: undefined, GlobalSecondaryIndexes: [gsi({ ProvisionedThroughput: undefined, Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['a', 'b'] } })], LocalSecondaryIndexes: [lsi({ Projection: { ProjectionType: 'KEYS_ONLY' } })] }) },
  { name: 'create/ok-stream', op: 'CreateTable', body: createBase({ StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }) },
]);

// ------------------------------------------------------------------------------------------------
add('DescribeTable/DeleteTable/UpdateTable/ListTables', [
  { name: 'describe/missing-table', op: 'DescribeTable', body: { TableName: 'no_such_table_here' } },
  { name: 'describe/no-tablename', op: 'DescribeTable', body: {} },
  { name: 'describe/tablename-too-short', op: 'DescribeTable', body: { TableName: 'ab' } },
  { name: 'describe/tablename-invalid', op: 'DescribeTable', body: { TableName: 'bad/name' } },
  { name: 'describe/tablename-too-long', op: 'DescribeTable', body: { TableName: 'x'.repeat(1025) } },
  { name: 'describe/ok-index-table', setup: [indexTable()], op: 'DescribeTable', body: { TableName: '$T' } },
  { name: 'describe/ok-range-table', setup: R, op: 'DescribeTable', body: { TableName: '$T' } },
  { name: 'delete/missing-table', op: 'DeleteTable', body: { TableName: 'no_such_table_here' } },
  { name: 'delete/no-tablename', op: 'DeleteTable', body: {} },
  { name: 'delete/tablename-invalid', op: 'DeleteTable', body: { TableName: 'a b c' } },
  { name: 'delete/ok', setup: H, op: 'DeleteTable', body: { TableName: '$T' }, ignoreKeys: ['TableStatus'] },
  { name: 'update/missing-table', op: 'UpdateTable', body: { TableName: 'no_such_table_here', ProvisionedThroughput: { ReadCapacityUnits: 6, WriteCapacityUnits: 6 } } },
  { name: 'update/nothing-to-update', setup: H, op: 'UpdateTable', body: { TableName: '$T' } },
  { name: 'update/same-throughput', setup: H, op: 'UpdateTable', body: { TableName: '$T', ProvisionedThroughput: PT } },
  { name: 'update/rcu-zero', setup: H, op: 'UpdateTable', body: { TableName: '$T', ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 5 } } },
  { name: 'update/billingmode-invalid', setup: H, op: 'UpdateTable', body: { TableName: '$T', BillingMode: 'CHEAP' } },
  { name: 'update/gsi-create-attr-undefined', setup: H, op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'g1', KeySchema: [{ AttributeName: 'x', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PT } }] } },
  { name: 'update/gsi-delete-missing-index', setup: H, op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'nope' } }] } },
  { name: 'update/gsi-update-empty-action', setup: H, op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{}] } },
  { name: 'update/ok-throughput', setup: H, op: 'UpdateTable', body: { TableName: '$T', ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 8 } }, ignoreKeys: ['TableStatus', 'ProvisionedThroughput'] },
  { name: 'update/ok-to-ppr', setup: H, op: 'UpdateTable', body: { TableName: '$T', BillingMode: 'PAY_PER_REQUEST' }, ignoreKeys: ['TableStatus'] },
  { name: 'update/ppr-with-throughput', setup: H, op: 'UpdateTable', body: { TableName: '$T', BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 8 } } },
  { name: 'list/limit-zero', op: 'ListTables', body: { Limit: 0 } },
  { name: 'list/limit-101', op: 'ListTables', body: { Limit: 101 } },
  { name: 'list/limit-string', op: 'ListTables', body: { Limit: 'ten' } },
  { name: 'list/start-name-too-short', op: 'ListTables', body: { ExclusiveStartTableName: 'ab' } },
  { name: 'list/start-name-invalid', op: 'ListTables', body: { ExclusiveStartTableName: 'a b c' } },
  { name: 'list/ok-paged', setup: [hashTable('$T'), hashTable('$T2'), hashTable('$T3')], op: 'ListTables', body: { ExclusiveStartTableName: '$T', Limit: 1 } },
  { name: 'ttl/describe-missing-table', op: 'DescribeTimeToLive', body: { TableName: 'no_such_table_here' } },
  { name: 'ttl/describe-ok', setup: H, op: 'DescribeTimeToLive', body: { TableName: '$T' } },
]);

// ------------------------------------------------------------------------------------------------
const allTypes = {
  pk: S('all'), s: S('text'), n: N('-12.5e3'), b: { B: 'AAEC' }, bool: { BOOL: true }, nul: { NULL: true },
  ss: { SS: ['x', 'y'] }, ns: { NS: ['1', '2.5', '-3'] }, bs: { BS: ['AQ==', 'Ag=='] },
  l: { L: [S('a'), N(1), { BOOL: false }, { L: [] }, { M: {} }] }, m: { M: { inner: { M: { deep: S('d') } }, n: N('0.000') } },
  emptyS: S(''), emptyB: { B: '' },
};
add('PutItem', [
  { name: 'put/missing-tablename', op: 'PutItem', body: { Item: { pk: S('a') } } },
  { name: 'put/missing-item', setup: H, op: 'PutItem', body: { TableName: '$T' } },
  { name: 'put/table-not-found', op: 'PutItem', body: { TableName: 'no_such_table_here', Item: { pk: S('a') } } },
  { name: 'put/missing-key', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { other: S('a') } } },
  { name: 'put/missing-range-key', setup: R, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') } } },
  { name: 'put/wrong-key-type', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: N(1) } } },
  { name: 'put/empty-string-key', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('') } } },
  { name: 'put/empty-binary-key', setup: [hashTable('$T', 'B')], op: 'PutItem', body: { TableName: '$T', Item: { pk: { B: '' } } } },
  { name: 'put/empty-string-range-key', setup: R, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('') } } },
  { name: 'put/empty-ss', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { SS: [] } } } },
  { name: 'put/empty-ns', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { NS: [] } } } },
  { name: 'put/empty-bs', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { BS: [] } } } },
  { name: 'put/duplicate-ss', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { SS: ['a', 'b', 'a'] } } } },
  { name: 'put/duplicate-ns', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { NS: ['1', '2', '1.0'] } } } },
  { name: 'put/duplicate-bs', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { BS: ['AQ==', 'AQ=='] } } } },
  { name: 'put/number-abc', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: N('abc') } } },
  { name: 'put/number-empty', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: N('') } } },
  { name: 'put/number-39-digits', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: N('123456789012345678901234567890123456789') } } },
  { name: 'put/number-38-digits-ok', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: N('12345678901234567890123456789012345678') } }, after: [{ op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') } } }] },
  { name: 'put/number-overflow', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: N('1e126') } } },
  { name: 'put/number-underflow', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: N('1e-131') } } },
  { name: 'put/number-in-ns-invalid', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { NS: ['1', 'x'] } } } },
  { name: 'put/number-json-number', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { N: 5 } } } },
  { name: 'put/string-json-number', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { S: 5 } } } },
  { name: 'put/attr-two-types', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { S: 'a', N: '1' } } } },
  { name: 'put/attr-no-type', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: {} } } },
  { name: 'put/attr-unknown-type', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { Z: 'a' } } } },
  { name: 'put/null-false', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { NULL: false } } } },
  { name: 'put/binary-not-base64', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), x: { B: 'abc' } } } },
  { name: 'put/nested-empty-set', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), m: { M: { x: { SS: [] } } } } } },
  { name: 'put/item-too-large', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), big: S('x'.repeat(410 * 1024)) } } },
  { name: 'put/attr-name-empty', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), '': S('x') } } },
  { name: 'put/returnvalues-all-new', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ReturnValues: 'ALL_NEW' } },
  { name: 'put/returnvalues-updated-old', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ReturnValues: 'UPDATED_OLD' } },
  { name: 'put/returnvalues-bogus', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ReturnValues: 'EVERYTHING' } },
  { name: 'put/return-consumed-bogus', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ReturnConsumedCapacity: 'ALL' } },
  { name: 'put/cond-syntax-error', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'attribute_exists(' } },
  { name: 'put/cond-syntax-error-token', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'a = = b' } },
  { name: 'put/cond-empty', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: '' } },
  { name: 'put/cond-undefined-value', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'x = :v' } },
  { name: 'put/cond-undefined-name', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: '#x = :v', ExpressionAttributeValues: { ':v': S('a') } } },
  { name: 'put/cond-unused-value', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'attribute_not_exists(pk)', ExpressionAttributeValues: { ':unused': S('a') } } },
  { name: 'put/cond-unused-name', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'attribute_not_exists(pk)', ExpressionAttributeNames: { '#unused': 'a' } } },
  { name: 'put/cond-reserved-word', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'attribute_not_exists(name)' } },
  { name: 'put/cond-reserved-word-status', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'status = :v', ExpressionAttributeValues: { ':v': S('x') } } },
  { name: 'put/cond-invalid-function', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'foo(a)' } },
  { name: 'put/cond-between-reversed', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'x BETWEEN :hi AND :lo', ExpressionAttributeValues: { ':hi': N(10), ':lo': N(1) } } },
  { name: 'put/cond-attribute-type-bad', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'attribute_type(x, :t)', ExpressionAttributeValues: { ':t': S('STRING') } } },
  { name: 'put/cond-size-bare', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'size(x)' } },
  { name: 'put/cond-values-empty-map', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'attribute_not_exists(pk)', ExpressionAttributeValues: {} } },
  { name: 'put/cond-names-empty-map', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'attribute_not_exists(pk)', ExpressionAttributeNames: {} } },
  { name: 'put/cond-value-key-no-colon', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'x = :v', ExpressionAttributeValues: { v: S('a'), ':v': S('a') } } },
  { name: 'put/cond-name-key-no-hash', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: '#x = :v', ExpressionAttributeNames: { x: 'a', '#x': 'a' }, ExpressionAttributeValues: { ':v': S('a') } } },
  { name: 'put/cond-value-empty-set', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'x = :v', ExpressionAttributeValues: { ':v': { SS: [] } } } },
  { name: 'put/values-without-expression', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ExpressionAttributeValues: { ':v': S('a') } } },
  { name: 'put/names-without-expression', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ExpressionAttributeNames: { '#n': 'a' } } },
  { name: 'put/expected-and-condition', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ConditionExpression: 'attribute_not_exists(pk)', Expected: { pk: { Exists: false } } } },
  { name: 'put/expected-exists-false-with-value', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, Expected: { x: { Exists: false, Value: S('a') } } } },
  { name: 'put/expected-exists-true-no-value', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, Expected: { x: { Exists: true } } } },
  { name: 'put/expected-failed', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, Expected: { pk: { Exists: false } } } },
  { name: 'put/cond-failed', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'attribute_not_exists(pk)' } },
  { name: 'put/cond-failed-return-old', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
  { name: 'put/cond-type-mismatch-compare', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'n < :s', ExpressionAttributeValues: { ':s': S('zzz') } } },
  { name: 'put/ok-all-types', setup: H, op: 'PutItem', body: { TableName: '$T', Item: allTypes }, after: [{ op: 'GetItem', body: { TableName: '$T', Key: { pk: S('all') } } }] },
  { name: 'put/ok-return-all-old', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k'), z: S('new') }, ReturnValues: 'ALL_OLD' } },
  { name: 'put/ok-return-all-old-new-item', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('new') }, ReturnValues: 'ALL_OLD' } },
  { name: 'put/ok-cond-complex', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'n BETWEEN :a AND :b AND begins_with(s, :p) AND size(l) = :two AND contains(ss, :x) AND attribute_type(m, :M) AND #m.a IN (:one, :two) AND NOT attribute_exists(nope)', ExpressionAttributeValues: { ':a': N(1), ':b': N(9), ':p': S('st'), ':two': N(2), ':x': S('a'), ':M': S('M'), ':one': N(1) }, ExpressionAttributeNames: { '#m': 'm' } } },
  { name: 'put/ok-consumed-capacity', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'] },
  { name: 'put/ok-number-normalised', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), a: N('0001.500'), b: N('-0'), c: N('1E+2'), d: { NS: ['01', '1.50'] } } }, after: [{ op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') } } }] },
]);

// ------------------------------------------------------------------------------------------------
add('GetItem', [
  { name: 'get/missing-key', setup: H, op: 'GetItem', body: { TableName: '$T' } },
  { name: 'get/table-not-found', op: 'GetItem', body: { TableName: 'no_such_table_here', Key: { pk: S('a') } } },
  { name: 'get/key-wrong-attr', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { other: S('a') } } },
  { name: 'get/key-extra-attr', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a'), x: S('b') } } },
  { name: 'get/key-wrong-type', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: N(1) } } },
  { name: 'get/key-missing-range', setup: R, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') } } },
  { name: 'get/key-empty-string', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('') } } },
  { name: 'get/key-empty-map', setup: H, op: 'GetItem', body: { TableName: '$T', Key: {} } },
  { name: 'get/projection-undefined-name', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: '#x' } },
  { name: 'get/projection-overlap', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: 'a, a' } },
  { name: 'get/projection-overlap-nested', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: 'a.b, a' } },
  { name: 'get/projection-syntax-error', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: 'a,,b' } },
  { name: 'get/projection-reserved', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: 'pk, size' } },
  { name: 'get/projection-empty', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: '' } },
  { name: 'get/projection-and-attributestoget', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: 'a', AttributesToGet: ['a'] } },
  { name: 'get/attributestoget-duplicates', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, AttributesToGet: ['a', 'a'] } },
  { name: 'get/attributestoget-empty', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, AttributesToGet: [] } },
  { name: 'get/unused-names', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: 'a', ExpressionAttributeNames: { '#a': 'a' } } },
  { name: 'get/values-not-allowed', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: 'a', ExpressionAttributeValues: { ':a': S('a') } } },
  { name: 'get/projection-index-on-name', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a') }, ProjectionExpression: 'a[x]' } },
  { name: 'get/ok-missing-item', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('nope') } } },
  { name: 'get/ok-projection-nested', setup: HI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('k') }, ProjectionExpression: 'l[1], m.a, #s, nope', ExpressionAttributeNames: { '#s': 's' } } },
  { name: 'get/ok-attributestoget', setup: HI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('k') }, AttributesToGet: ['n', 'ss'], ConsistentRead: true } },
  { name: 'get/ok-consumed-capacity', setup: HI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'] },
]);

// ------------------------------------------------------------------------------------------------
const upd = (expr, extra) => Object.assign({ TableName: '$T', Key: { pk: S('k') }, UpdateExpression: expr }, extra);
const V = (obj) => ({ ExpressionAttributeValues: obj });
add('UpdateItem', [
  { name: 'update-item/table-not-found', op: 'UpdateItem', body: { TableName: 'no_such_table_here', Key: { pk: S('k') }, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': S('x') } } },
  { name: 'update-item/key-mismatch', setup: H, op: 'UpdateItem', body: upd('SET a = :v', { Key: { nope: S('k') }, ...V({ ':v': S('x') }) }) },
  { name: 'update-item/syntax-error', setup: H, op: 'UpdateItem', body: upd('SET a = ', V({ ':v': S('x') })) },
  { name: 'update-item/syntax-error-keyword', setup: H, op: 'UpdateItem', body: upd('PUT a = :v', V({ ':v': S('x') })) },
  { name: 'update-item/empty-expression', setup: H, op: 'UpdateItem', body: upd('') },
  { name: 'update-item/set-hash-key', setup: H, op: 'UpdateItem', body: upd('SET pk = :v', V({ ':v': S('x') })) },
  { name: 'update-item/remove-range-key', setup: R, op: 'UpdateItem', body: upd('REMOVE sk', { Key: { pk: S('a'), sk: S('b') } }) },
  { name: 'update-item/two-set-sections', setup: H, op: 'UpdateItem', body: upd('SET a = :v SET b = :v', V({ ':v': S('x') })) },
  { name: 'update-item/two-remove-sections', setup: H, op: 'UpdateItem', body: upd('REMOVE a REMOVE b') },
  { name: 'update-item/overlap-same', setup: H, op: 'UpdateItem', body: upd('SET a = :v, a = :w', V({ ':v': S('x'), ':w': S('y') })) },
  { name: 'update-item/overlap-set-remove', setup: H, op: 'UpdateItem', body: upd('SET a = :v REMOVE a', V({ ':v': S('x') })) },
  { name: 'update-item/overlap-parent-child', setup: H, op: 'UpdateItem', body: upd('SET a.b = :v, a = :w', V({ ':v': S('x'), ':w': S('y') })) },
  { name: 'update-item/overlap-list-index', setup: H, op: 'UpdateItem', body: upd('SET a[1] = :v REMOVE a[1]', V({ ':v': S('x') })) },
  { name: 'update-item/conflict-list-index', setup: H, op: 'UpdateItem', body: upd('SET a[1] = :v, a.b = :v', V({ ':v': S('x') })) },
  { name: 'update-item/add-string-value', setup: H, op: 'UpdateItem', body: upd('ADD a :v', V({ ':v': S('x') })) },
  { name: 'update-item/add-to-existing-string', setup: HI, op: 'UpdateItem', body: upd('ADD s :v', V({ ':v': N(1) })) },
  { name: 'update-item/add-nested-path', setup: H, op: 'UpdateItem', body: upd('ADD a.b :v', V({ ':v': N(1) })) },
  { name: 'update-item/delete-number', setup: H, op: 'UpdateItem', body: upd('DELETE a :v', V({ ':v': N(1) })) },
  { name: 'update-item/delete-from-wrong-set-type', setup: HI, op: 'UpdateItem', body: upd('DELETE ss :v', V({ ':v': { NS: ['1'] } })) },
  { name: 'update-item/plus-string', setup: HI, op: 'UpdateItem', body: upd('SET n = n + :s', V({ ':s': S('x') })) },
  { name: 'update-item/plus-on-string-attr', setup: HI, op: 'UpdateItem', body: upd('SET x = s + :one', V({ ':one': N(1) })) },
  { name: 'update-item/plus-missing-attr', setup: HI, op: 'UpdateItem', body: upd('SET x = nope + :one', V({ ':one': N(1) })) },
  { name: 'update-item/list-append-non-list', setup: HI, op: 'UpdateItem', body: upd('SET l = list_append(l, :v)', V({ ':v': S('x') })) },
  { name: 'update-item/if-not-exists-bad-arity', setup: H, op: 'UpdateItem', body: upd('SET a = if_not_exists(a)') },
  { name: 'update-item/unknown-function', setup: H, op: 'UpdateItem', body: upd('SET a = foo(a)') },
  { name: 'update-item/condition-function-in-update', setup: H, op: 'UpdateItem', body: upd('SET a = attribute_exists(b)') },
  { name: 'update-item/unused-value', setup: H, op: 'UpdateItem', body: upd('SET a = :v', V({ ':v': S('x'), ':w': S('y') })) },
  { name: 'update-item/undefined-value', setup: H, op: 'UpdateItem', body: upd('SET a = :v') },
  { name: 'update-item/reserved-word', setup: H, op: 'UpdateItem', body: upd('SET data = :v', V({ ':v': S('x') })) },
  { name: 'update-item/expr-and-attributeupdates', setup: H, op: 'UpdateItem', body: upd('SET a = :v', { ...V({ ':v': S('x') }), AttributeUpdates: { b: { Action: 'PUT', Value: S('y') } } }) },
  { name: 'update-item/expr-and-expected', setup: H, op: 'UpdateItem', body: upd('SET a = :v', { ...V({ ':v': S('x') }), Expected: { a: { Exists: false } } }) },
  { name: 'update-item/attributeupdates-key', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k') }, AttributeUpdates: { pk: { Action: 'PUT', Value: S('y') } } } },
  { name: 'update-item/attributeupdates-add-string', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k') }, AttributeUpdates: { a: { Action: 'ADD', Value: S('y') } } } },
  { name: 'update-item/attributeupdates-put-no-value', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k') }, AttributeUpdates: { a: { Action: 'PUT' } } } },
  { name: 'update-item/returnvalues-bogus', setup: H, op: 'UpdateItem', body: upd('SET a = :v', { ...V({ ':v': S('x') }), ReturnValues: 'NEW' }) },
  { name: 'update-item/value-empty-set', setup: H, op: 'UpdateItem', body: upd('SET a = :v', V({ ':v': { SS: [] } })) },
  { name: 'update-item/value-invalid-number', setup: H, op: 'UpdateItem', body: upd('SET a = :v', V({ ':v': N('1x') })) },
  { name: 'update-item/empty-string-key', setup: H, op: 'UpdateItem', body: upd('SET a = :v', { Key: { pk: S('') }, ...V({ ':v': S('x') }) }) },
  { name: 'update-item/nested-parent-missing', setup: HI, op: 'UpdateItem', body: upd('SET nope.a = :v', V({ ':v': S('x') })) },
  { name: 'update-item/index-on-non-list', setup: HI, op: 'UpdateItem', body: upd('SET s[0] = :v', V({ ':v': S('x') })) },
  { name: 'update-item/add-set-type-mismatch', setup: HI, op: 'UpdateItem', body: upd('ADD ss :v', V({ ':v': { NS: ['1'] } })) },
  { name: 'update-item/cond-failed', setup: HI, op: 'UpdateItem', body: upd('SET a = :v', { ...V({ ':v': S('x') }), ConditionExpression: 'attribute_not_exists(pk)' }) },
  { name: 'update-item/cond-failed-return-old', setup: HI, op: 'UpdateItem', body: upd('SET a = :v', { ...V({ ':v': S('x') }), ConditionExpression: 'n > :v', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }) },
  { name: 'update-item/remove-with-value', setup: H, op: 'UpdateItem', body: upd('REMOVE a = :v', V({ ':v': S('x') })) },
  { name: 'update-item/item-too-large', setup: H, op: 'UpdateItem', body: upd('SET a = :v', V({ ':v': S('x'.repeat(410 * 1024)) })) },
  { name: 'update-item/no-update-expression-values', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k') }, ExpressionAttributeValues: { ':v': S('x') } } },
  { name: 'update-item/ok-no-update', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnValues: 'ALL_NEW' } },
  { name: 'update-item/ok-all-new', setup: HI, op: 'UpdateItem', body: upd('SET a = :v, n = n + :one, l = list_append(l, :l), m.b = :v REMOVE s ADD ss :ss, c :one DELETE ns :ns', { ...V({ ':v': S('x'), ':one': N(1), ':l': { L: [N(3)] }, ':ss': { SS: ['c'] }, ':ns': { NS: ['1'] } }), ReturnValues: 'ALL_NEW' }) },
  { name: 'update-item/ok-updated-old', setup: HI, op: 'UpdateItem', body: upd('SET n = :v, newattr = :v', { ...V({ ':v': N(42) }), ReturnValues: 'UPDATED_OLD' }) },
  { name: 'update-item/ok-updated-new', setup: HI, op: 'UpdateItem', body: upd('SET n = :v, m.a = :v', { ...V({ ':v': N(42) }), ReturnValues: 'UPDATED_NEW' }) },
  { name: 'update-item/ok-all-old', setup: HI, op: 'UpdateItem', body: upd('REMOVE l[0], m.a', { ReturnValues: 'ALL_OLD' }), after: [{ op: 'GetItem', body: { TableName: '$T', Key: { pk: S('k') } } }] },
  { name: 'update-item/ok-creates-item', setup: H, op: 'UpdateItem', body: upd('SET a = if_not_exists(a, :v)', { ...V({ ':v': N(1) }), ReturnValues: 'ALL_NEW' }) },
  { name: 'update-item/ok-delete-last-set-elements', setup: HI, op: 'UpdateItem', body: upd('DELETE ss :ss', { ...V({ ':ss': { SS: ['a', 'b'] } }), ReturnValues: 'ALL_NEW' }) },
  { name: 'update-item/ok-attributeupdates', setup: HI, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('k') }, AttributeUpdates: { n: { Action: 'ADD', Value: N(5) }, s: { Action: 'DELETE' }, z: { Action: 'PUT', Value: S('z') } }, ReturnValues: 'ALL_NEW' } },
  { name: 'update-item/ok-list-index-beyond-end', setup: HI, op: 'UpdateItem', body: upd('SET l[10] = :v', { ...V({ ':v': S('x') }), ReturnValues: 'UPDATED_NEW' }) },
]);

// ------------------------------------------------------------------------------------------------
add('DeleteItem', [
  { name: 'delete-item/table-not-found', op: 'DeleteItem', body: { TableName: 'no_such_table_here', Key: { pk: S('k') } } },
  { name: 'delete-item/missing-key', setup: H, op: 'DeleteItem', body: { TableName: '$T' } },
  { name: 'delete-item/key-wrong-type', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: N(1) } } },
  { name: 'delete-item/key-extra', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k'), x: S('y') } } },
  { name: 'delete-item/returnvalues-all-new', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnValues: 'ALL_NEW' } },
  { name: 'delete-item/cond-failed', setup: HI, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k') }, ConditionExpression: 'n = :v', ExpressionAttributeValues: { ':v': N(6) } } },
  { name: 'delete-item/cond-syntax', setup: HI, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k') }, ConditionExpression: 'n === :v', ExpressionAttributeValues: { ':v': N(6) } } },
  { name: 'delete-item/ok-all-old', setup: HI, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnValues: 'ALL_OLD' } },
  { name: 'delete-item/ok-missing-item', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnValues: 'ALL_OLD' } },
]);

// ------------------------------------------------------------------------------------------------
const q = (extra) => Object.assign({ TableName: '$T', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': S('a') } }, extra);
add('Query', [
  { name: 'query/table-not-found', op: 'Query', body: q({ TableName: 'no_such_table_here' }) },
  { name: 'query/no-key-condition', setup: R, op: 'Query', body: { TableName: '$T' } },
  { name: 'query/non-key-attr', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND other = :p' }) },
  { name: 'query/only-non-key-attr', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'other = :p' }) },
  { name: 'query/only-range-key', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'sk = :p' }) },
  { name: 'query/hash-gt', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk > :p' }) },
  { name: 'query/hash-begins-with', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'begins_with(pk, :p)' }) },
  { name: 'query/or-operator', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p OR sk = :p' }) },
  { name: 'query/not-operator', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'NOT pk = :p' }) },
  { name: 'query/ne-operator', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND sk <> :p' }) },
  { name: 'query/in-operator', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND sk IN (:p)' }) },
  { name: 'query/hash-twice', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND pk = :p' }) },
  { name: 'query/range-twice', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND sk > :p AND sk < :p' }) },
  { name: 'query/begins-with-number-range', setup: RNI, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :n)', ExpressionAttributeValues: { ':p': S('a'), ':n': N(1) } }) },
  { name: 'query/key-type-mismatch', setup: R, op: 'Query', body: q({ ExpressionAttributeValues: { ':p': N(1) } }) },
  { name: 'query/size-function', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND size(sk) > :n', ExpressionAttributeValues: { ':p': S('a'), ':n': N(1) } }) },
  { name: 'query/syntax-error', setup: R, op: 'Query', body: q({ KeyConditionExpression: 'pk = ' }) },
  { name: 'query/limit-zero', setup: R, op: 'Query', body: q({ Limit: 0 }) },
  { name: 'query/limit-negative', setup: R, op: 'Query', body: q({ Limit: -1 }) },
  { name: 'query/select-invalid', setup: R, op: 'Query', body: q({ Select: 'SOME' }) },
  { name: 'query/select-specific-without-projection', setup: R, op: 'Query', body: q({ Select: 'SPECIFIC_ATTRIBUTES' }) },
  { name: 'query/select-count-with-projection', setup: R, op: 'Query', body: q({ Select: 'COUNT', ProjectionExpression: 'n' }) },
  { name: 'query/select-all-attrs-with-projection', setup: R, op: 'Query', body: q({ Select: 'ALL_ATTRIBUTES', ProjectionExpression: 'n' }) },
  { name: 'query/select-all-projected-no-index', setup: R, op: 'Query', body: q({ Select: 'ALL_PROJECTED_ATTRIBUTES' }) },
  { name: 'query/index-not-found', setup: R, op: 'Query', body: q({ IndexName: 'nope' }) },
  { name: 'query/index-name-too-short', setup: R, op: 'Query', body: q({ IndexName: 'ab' }) },
  { name: 'query/gsi-consistent-read', setup: [indexTable()], op: 'Query', body: q({ IndexName: 'byG', KeyConditionExpression: 'g = :p', ConsistentRead: true }) },
  { name: 'query/exclusive-start-key-bad', setup: R, op: 'Query', body: q({ ExclusiveStartKey: { pk: S('a') } }) },
  { name: 'query/exclusive-start-key-other-hash', setup: RI, op: 'Query', body: q({ ExclusiveStartKey: { pk: S('b'), sk: S('b1') } }) },
  { name: 'query/exclusive-start-key-extra-attr', setup: RI, op: 'Query', body: q({ ExclusiveStartKey: { pk: S('a'), sk: S('a1'), x: S('y') } }) },
  { name: 'query/filter-on-key', setup: RI, op: 'Query', body: q({ FilterExpression: 'sk = :p' }) },
  { name: 'query/filter-on-hash-key', setup: RI, op: 'Query', body: q({ FilterExpression: 'pk = :p' }) },
  { name: 'query/filter-syntax', setup: RI, op: 'Query', body: q({ FilterExpression: 'n >' }) },
  { name: 'query/keyconditions-and-expression', setup: R, op: 'Query', body: q({ KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [S('a')] } } }) },
  { name: 'query/keyconditions-bad-operator', setup: R, op: 'Query', body: { TableName: '$T', KeyConditions: { pk: { ComparisonOperator: 'GT', AttributeValueList: [S('a')] } } } },
  { name: 'query/keyconditions-wrong-arg-count', setup: R, op: 'Query', body: { TableName: '$T', KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [S('a'), S('b')] } } } },
  { name: 'query/queryfilter-and-filterexpression', setup: R, op: 'Query', body: q({ FilterExpression: 'n > :p', QueryFilter: { n: { ComparisonOperator: 'GT', AttributeValueList: [N(1)] } } }) },
  { name: 'query/unused-value', setup: R, op: 'Query', body: q({ ExpressionAttributeValues: { ':p': S('a'), ':z': S('z') } }) },
  { name: 'query/ok-basic', setup: RI, op: 'Query', body: q({}), unordered: false },
  { name: 'query/ok-filter-projection', setup: RI, op: 'Query', body: q({ FilterExpression: 'tag = :t AND n >= :two', ProjectionExpression: 'sk, n, #t', ExpressionAttributeNames: { '#t': 'tag' }, ExpressionAttributeValues: { ':p': S('a'), ':t': S('odd'), ':two': N(2) } }), unordered: false },
  { name: 'query/ok-range-between-desc', setup: RI, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND sk BETWEEN :lo AND :hi', ScanIndexForward: false, ExpressionAttributeValues: { ':p': S('a'), ':lo': S('a2'), ':hi': S('a4') } }), unordered: false },
  { name: 'query/ok-begins-with', setup: RI, op: 'Query', body: q({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :b)', ExpressionAttributeValues: { ':p': S('b'), ':b': S('b') } }), unordered: false },
  { name: 'query/ok-limit-page', setup: RI, op: 'Query', body: q({ Limit: 2 }), unordered: false },
  { name: 'query/ok-limit-with-filter', setup: RI, op: 'Query', body: q({ Limit: 2, FilterExpression: 'n > :three', ExpressionAttributeValues: { ':p': S('a'), ':three': N(3) } }), unordered: false },
  { name: 'query/ok-exclusive-start', setup: RI, op: 'Query', body: q({ ExclusiveStartKey: { pk: S('a'), sk: S('a3') } }), unordered: false },
  { name: 'query/ok-count', setup: RI, op: 'Query', body: q({ Select: 'COUNT' }) },
  { name: 'query/ok-gsi', setup: [indexTable(), ...indexItems()], op: 'Query', body: q({ IndexName: 'byG', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': S('x') } }) },
  { name: 'query/ok-lsi-keys-only', setup: [indexTable(), ...indexItems()], op: 'Query', body: q({ IndexName: 'byL', KeyConditionExpression: 'pk = :p AND l > :z', ExpressionAttributeValues: { ':p': S('a'), ':z': N(0) } }), unordered: false },
  { name: 'query/ok-lsi-page', setup: [indexTable(), ...indexItems()], op: 'Query', body: q({ IndexName: 'byL', Limit: 1 }), unordered: false },
  { name: 'query/lsi-select-all-attributes', setup: [indexTable(), ...indexItems()], op: 'Query', body: q({ IndexName: 'byL', Select: 'ALL_ATTRIBUTES' }), unordered: false },
  { name: 'query/ok-keyconditions-legacy', setup: RI, op: 'Query', body: { TableName: '$T', KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [S('a')] }, sk: { ComparisonOperator: 'GE', AttributeValueList: [S('a4')] } } }, unordered: false },
]);

// ------------------------------------------------------------------------------------------------
add('Scan', [
  { name: 'scan/table-not-found', op: 'Scan', body: { TableName: 'no_such_table_here' } },
  { name: 'scan/limit-zero', setup: R, op: 'Scan', body: { TableName: '$T', Limit: 0 } },
  { name: 'scan/segment-without-total', setup: R, op: 'Scan', body: { TableName: '$T', Segment: 0 } },
  { name: 'scan/total-without-segment', setup: R, op: 'Scan', body: { TableName: '$T', TotalSegments: 2 } },
  { name: 'scan/segment-equals-total', setup: R, op: 'Scan', body: { TableName: '$T', Segment: 2, TotalSegments: 2 } },
  { name: 'scan/total-segments-zero', setup: R, op: 'Scan', body: { TableName: '$T', Segment: 0, TotalSegments: 0 } },
  { name: 'scan/total-segments-too-big', setup: R, op: 'Scan', body: { TableName: '$T', Segment: 0, TotalSegments: 1000001 } },
  { name: 'scan/segment-negative', setup: R, op: 'Scan', body: { TableName: '$T', Segment: -1, TotalSegments: 2 } },
  { name: 'scan/index-not-found', setup: R, op: 'Scan', body: { TableName: '$T', IndexName: 'nope' } },
  { name: 'scan/select-invalid', setup: R, op: 'Scan', body: { TableName: '$T', Select: 'NOTHING' } },
  { name: 'scan/select-specific-without-projection', setup: R, op: 'Scan', body: { TableName: '$T', Select: 'SPECIFIC_ATTRIBUTES' } },
  { name: 'scan/select-count-with-projection', setup: R, op: 'Scan', body: { TableName: '$T', Select: 'COUNT', ProjectionExpression: 'n' } },
  { name: 'scan/exclusive-start-key-bad', setup: R, op: 'Scan', body: { TableName: '$T', ExclusiveStartKey: { pk: S('a') } } },
  { name: 'scan/exclusive-start-key-wrong-type', setup: R, op: 'Scan', body: { TableName: '$T', ExclusiveStartKey: { pk: S('a'), sk: N(1) } } },
  { name: 'scan/filter-syntax', setup: R, op: 'Scan', body: { TableName: '$T', FilterExpression: 'n >' } },
  { name: 'scan/filter-undefined-value', setup: R, op: 'Scan', body: { TableName: '$T', FilterExpression: 'n > :x' } },
  { name: 'scan/scanfilter-and-filterexpression', setup: R, op: 'Scan', body: { TableName: '$T', FilterExpression: 'n > :x', ExpressionAttributeValues: { ':x': N(1) }, ScanFilter: { n: { ComparisonOperator: 'GT', AttributeValueList: [N(1)] } } } },
  { name: 'scan/scanfilter-bad-operator', setup: R, op: 'Scan', body: { TableName: '$T', ScanFilter: { n: { ComparisonOperator: 'LIKE', AttributeValueList: [N(1)] } } } },
  { name: 'scan/scanfilter-null-with-values', setup: R, op: 'Scan', body: { TableName: '$T', ScanFilter: { n: { ComparisonOperator: 'NULL', AttributeValueList: [N(1)] } } } },
  { name: 'scan/filter-key-allowed', setup: RI, op: 'Scan', body: { TableName: '$T', FilterExpression: 'pk = :p', ExpressionAttributeValues: { ':p': S('b') } } },
  { name: 'scan/ok-all', setup: RI, op: 'Scan', body: { TableName: '$T' } },
  { name: 'scan/ok-filter-projection', setup: RI, op: 'Scan', body: { TableName: '$T', FilterExpression: 'n > :x', ProjectionExpression: 'pk, n', ExpressionAttributeValues: { ':x': N(3) } } },
  { name: 'scan/ok-count', setup: RI, op: 'Scan', body: { TableName: '$T', Select: 'COUNT' } },
  { name: 'scan/ok-count-with-filter', setup: RI, op: 'Scan', body: { TableName: '$T', Select: 'COUNT', FilterExpression: 'tag = :t', ExpressionAttributeValues: { ':t': S('odd') } } },
  { name: 'scan/ok-page-limit-3', setup: RI, op: 'Scan', body: { TableName: '$T', Limit: 3 }, shapeOnly: true, note: 'Scan order is implementation-defined; shape only (Count, ScannedCount, LastEvaluatedKey present)' },
  { name: 'scan/ok-page-limit-7-exact', setup: RI, op: 'Scan', body: { TableName: '$T', Limit: 7 }, shapeOnly: true, note: 'Limit equal to item count: does the answer carry LastEvaluatedKey?' },
  { name: 'scan/ok-segments', setup: RI, op: 'Scan', body: { TableName: '$T', Segment: 0, TotalSegments: 1 } },
  { name: 'scan/ok-gsi', setup: [indexTable(), ...indexItems()], op: 'Scan', body: { TableName: '$T', IndexName: 'byG' } },
]);

// ------------------------------------------------------------------------------------------------
const manyKeys = (n, dup) => Array.from({ length: n }, (_, i) => ({ pk: S(dup ? 'same' : 'k' + i) }));
add('BatchGetItem', [
  { name: 'batchget/empty-request-items', op: 'BatchGetItem', body: { RequestItems: {} } },
  { name: 'batchget/missing-request-items', op: 'BatchGetItem', body: {} },
  { name: 'batchget/table-not-found', op: 'BatchGetItem', body: { RequestItems: { no_such_table_here: { Keys: [{ pk: S('a') }] } } } },
  { name: 'batchget/too-many-keys', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: manyKeys(101) } } } },
  { name: 'batchget/too-many-keys-two-tables', setup: [hashTable('$T'), hashTable('$T2')], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: manyKeys(60) }, $T2: { Keys: manyKeys(60) } } } },
  { name: 'batchget/duplicate-keys', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: manyKeys(2, true) } } } },
  { name: 'batchget/empty-keys', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [] } } } },
  { name: 'batchget/key-schema-mismatch', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ nope: S('a') }] } } } },
  { name: 'batchget/projection-and-attributestoget', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('a') }], ProjectionExpression: 'a', AttributesToGet: ['a'] } } } },
  { name: 'batchget/tablename-invalid', op: 'BatchGetItem', body: { RequestItems: { 'a b': { Keys: [{ pk: S('a') }] } } } },
  { name: 'batchget/ok', setup: HI, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('k') }, { pk: S('missing') }], ProjectionExpression: 'pk, n' } } } },
  { name: 'batchget/ok-two-tables', setup: [...HI, hashTable('$T2'), put({ pk: S('z') }, '$T2')], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('k') }] }, $T2: { Keys: [{ pk: S('z') }], ConsistentRead: true } } } },
]);

const puts = (n, dup) => Array.from({ length: n }, (_, i) => ({ PutRequest: { Item: { pk: S(dup ? 'same' : 'k' + i) } } }));
add('BatchWriteItem', [
  { name: 'batchwrite/empty-request-items', op: 'BatchWriteItem', body: { RequestItems: {} } },
  { name: 'batchwrite/table-not-found', op: 'BatchWriteItem', body: { RequestItems: { no_such_table_here: puts(1) } } },
  { name: 'batchwrite/too-many-items', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: puts(26) } } },
  { name: 'batchwrite/too-many-items-two-tables', setup: [hashTable('$T'), hashTable('$T2')], op: 'BatchWriteItem', body: { RequestItems: { $T: puts(13), $T2: puts(13) } } },
  { name: 'batchwrite/duplicate-puts', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: puts(2, true) } } },
  { name: 'batchwrite/put-and-delete-same-key', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a') } } }, { DeleteRequest: { Key: { pk: S('a') } } }] } } },
  { name: 'batchwrite/empty-list', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [] } } },
  { name: 'batchwrite/empty-write-request', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{}] } } },
  { name: 'batchwrite/both-put-and-delete', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a') } }, DeleteRequest: { Key: { pk: S('b') } } }] } } },
  { name: 'batchwrite/put-missing-key', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { x: S('a') } } }] } } },
  { name: 'batchwrite/delete-key-mismatch', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ DeleteRequest: { Key: { pk: N(1) } } }] } } },
  { name: 'batchwrite/put-empty-set', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a'), x: { SS: [] } } } }] } } },
  { name: 'batchwrite/ok', setup: HI, op: 'BatchWriteItem', body: { RequestItems: { $T: [...puts(3), { DeleteRequest: { Key: { pk: S('k') } } }] } }, after: [{ op: 'Scan', body: { TableName: '$T', Select: 'COUNT' } }] },
]);

// ------------------------------------------------------------------------------------------------
// Transactions: dynalite has none; record ours for review against the AWS docs.
const tput = (item, extra) => ({ Put: Object.assign({ TableName: '$T', Item: item }, extra) });
add('Transactions (ours only)', [
  { name: 'txwrite/ok-put-update-delete-check', setup: HI, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [tput({ pk: S('n1') }), { Update: { TableName: '$T', Key: { pk: S('n2') }, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': N(1) } } }, { ConditionCheck: { TableName: '$T', Key: { pk: S('k') }, ConditionExpression: 'attribute_exists(pk)' } }, { Delete: { TableName: '$T', Key: { pk: S('gone') } } }] }, note: 'expect 200 {}' },
  { name: 'txwrite/empty', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [] }, note: "expect ValidationException: 1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1" },
  { name: 'txwrite/missing-items', op: 'TransactWriteItems', oursOnly: true, body: {}, note: "expect ValidationException: 1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null" },
  { name: 'txwrite/too-many', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: Array.from({ length: 101 }, (_, i) => tput({ pk: S('k' + i) })) }, note: 'limit is 100 actions: "Member must have length less than or equal to 100"' },
  { name: 'txwrite/same-item-twice', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [tput({ pk: S('a') }), { Delete: { TableName: '$T', Key: { pk: S('a') } } }] }, note: 'expect ValidationException: Transaction request cannot include multiple operations on one item' },
  { name: 'txwrite/cond-failed', setup: HI, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [tput({ pk: S('n1') }), tput({ pk: S('k') }, { ConditionExpression: 'attribute_not_exists(pk)' })] }, note: 'expect TransactionCanceledException, message "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]", CancellationReasons array' },
  { name: 'txwrite/cond-failed-return-old', setup: HI, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [tput({ pk: S('k') }, { ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' })] }, note: 'CancellationReasons[0].Item should carry the old item' },
  { name: 'txwrite/table-not-found', op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Put: { TableName: 'no_such_table_here', Item: { pk: S('a') } } }] }, note: 'expect ResourceNotFoundException: Requested resource not found' },
  { name: 'txwrite/two-actions-in-one', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Put: { TableName: '$T', Item: { pk: S('a') } }, Delete: { TableName: '$T', Key: { pk: S('b') } } }] }, note: 'expect ValidationException: TransactItems can only contain one of Check, Put, Update or Delete' },
  { name: 'txwrite/empty-action', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{}] }, note: 'expect ValidationException: TransactItems can only contain one of Check, Put, Update or Delete' },
  { name: 'txwrite/key-mismatch', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Delete: { TableName: '$T', Key: { nope: S('a') } } }] }, note: 'expect ValidationException: The provided key element does not match the schema' },
  { name: 'txwrite/update-key-attr', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Update: { TableName: '$T', Key: { pk: S('a') }, UpdateExpression: 'SET pk = :v', ExpressionAttributeValues: { ':v': S('b') } } }] }, note: 'real DynamoDB: TransactionCanceledException? or ValidationException "Cannot update attribute pk. This attribute is part of the key"' },
  { name: 'txwrite/idempotency-token-too-long', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [tput({ pk: S('a') })], ClientRequestToken: 'x'.repeat(37) }, note: "ClientRequestToken max length 36: \"Value '...' at 'clientRequestToken' failed to satisfy constraint: Member must have length less than or equal to 36\"" },
  { name: 'txwrite/condition-check-no-expression', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ ConditionCheck: { TableName: '$T', Key: { pk: S('a') } } }] }, note: "ConditionExpression is required in ConditionCheck: \"Value null at 'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy constraint: Member must not be null\"" },
  { name: 'txget/ok', setup: HI, op: 'TransactGetItems', oursOnly: true, body: { TransactItems: [{ Get: { TableName: '$T', Key: { pk: S('k') }, ProjectionExpression: 'n' } }, { Get: { TableName: '$T', Key: { pk: S('missing') } } }] }, note: 'expect {Responses:[{Item:{n}}, {}]}' },
  { name: 'txget/empty', op: 'TransactGetItems', oursOnly: true, body: { TransactItems: [] }, note: 'length >= 1' },
  { name: 'txget/too-many', setup: H, op: 'TransactGetItems', oursOnly: true, body: { TransactItems: Array.from({ length: 101 }, (_, i) => ({ Get: { TableName: '$T', Key: { pk: S('k' + i) } } })) }, note: 'limit 100' },
  { name: 'txget/table-not-found', op: 'TransactGetItems', oursOnly: true, body: { TransactItems: [{ Get: { TableName: 'no_such_table_here', Key: { pk: S('a') } } }] }, note: 'expect ResourceNotFoundException' },
  { name: 'txget/key-mismatch', setup: H, op: 'TransactGetItems', oursOnly: true, body: { TransactItems: [{ Get: { TableName: '$T', Key: { pk: N(1) } } }] }, note: 'expect ValidationException: The provided key element does not match the schema' },
]);

// ------------------------------------------------------------------------------------------------
add('Wire', [
  { name: 'wire/unknown-operation', op: 'FooBar', body: {} },
  { name: 'wire/missing-target', op: null, body: {} },
  { name: 'wire/target-wrong-service', op: 'ListTables', raw: { headers: { 'X-Amz-Target': 'DynamoDB_20111205.ListTables' }, body: '{}' } },
  { name: 'wire/target-garbage', op: 'ListTables', raw: { headers: { 'X-Amz-Target': 'garbage' }, body: '{}' } },
  { name: 'wire/malformed-json', op: 'ListTables', raw: { body: '{"Limit": ' } },
  { name: 'wire/json-array-body', op: 'ListTables', raw: { body: '[]' } },
  { name: 'wire/empty-body', op: 'ListTables', raw: { body: '' } },
  { name: 'wire/content-type-text-plain', op: 'ListTables', raw: { headers: { 'Content-Type': 'text/plain' }, body: '{}' } },
  { name: 'wire/content-type-json-1.1', op: 'ListTables', raw: { headers: { 'Content-Type': 'application/x-amz-json-1.1' }, body: '{}' } },
  { name: 'wire/content-type-application-json', op: 'ListTables', raw: { headers: { 'Content-Type': 'application/json' }, body: '{}' }, ignoreKeys: ['TableNames'] },
  { name: 'wire/no-content-type', op: 'ListTables', raw: { headers: { 'Content-Type': null }, body: '{}' } },
  { name: 'wire/no-authorization', op: 'ListTables', raw: { headers: { Authorization: null }, body: '{}' } },
  { name: 'wire/authorization-garbage', op: 'ListTables', raw: { headers: { Authorization: 'garbage' }, body: '{}' } },
  { name: 'wire/authorization-missing-parts', op: 'ListTables', raw: { headers: { Authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20200101/us-east-1/dynamodb/aws4_request' }, body: '{}' } },
  { name: 'wire/no-amz-date', op: 'ListTables', raw: { headers: { 'X-Amz-Date': null }, body: '{}' }, ignoreKeys: ['TableNames'] },
  { name: 'wire/get-root', op: null, raw: { method: 'GET', headers: { 'Content-Type': null }, body: '' } },
  { name: 'wire/unknown-field-ignored', op: 'ListTables', raw: { body: '{"Limit": 1, "Bogus": true, "ExclusiveStartTableName": "zzzzzzzz"}' } },
  { name: 'wire/field-wrong-json-type', op: 'ListTables', raw: { body: '{"Limit": true}' } },
  { name: 'wire/field-list-for-string', op: 'DescribeTable', raw: { body: '{"TableName": ["a"]}' } },
  { name: 'wire/field-object-for-string', op: 'DescribeTable', raw: { body: '{"TableName": {"a": 1}}' } },
  { name: 'wire/item-not-map', setup: H, op: 'PutItem', raw: { body: '{"TableName": "$T", "Item": []}' } },
  { name: 'wire/attr-value-not-struct', setup: H, op: 'PutItem', raw: { body: '{"TableName": "$T", "Item": {"pk": "a"}}' } },
]);

// ------------------------------------------------------------------------------------------------
// More cases, many pinned to what real DynamoDB is known to return (see `real` and its `source`).
const SRC = {
  ct: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/createTable.test.ts (exact match against real AWS)',
  ctOrd: 'nubo-db/dynamodb-conformance tests/tier3/validation-ordering/createTable.test.ts',
  put: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/putItem.test.ts',
  upd: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/updateItem.test.ts',
  get: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/getItem.test.ts',
  del: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/deleteItem.test.ts',
  q: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/query.test.ts',
  scan: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/scan.test.ts',
  bw: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/batchWriteItem.test.ts',
  bg: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/batchGetItem.test.ts + captures/2026-08-12-batch-empty-and-nesting.json (most regions)',
  tw: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/transactWriteItems.test.ts',
  tg: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/transactGetItems.test.ts',
  cap: 'nubo-db/dynamodb-conformance captures/2026-06-09-validation-rewording.json, us-east-1 (old wording, still served by several regions)',
  idx: 'nubo-db/dynamodb-conformance tests/tier3/validation-ordering/index.test.ts',
  num: 'nubo-db/dynamodb-conformance tests/tier3/limits/numberPrecision.test.ts',
  lim: 'nubo-db/dynamodb-conformance tests/tier3/limits/*.test.ts',
  issues: 'GitHub issues quoting real AWS errors (boto/boto3#483, shikhar/kafka-connect-dynamodb#3, dtan4/valec#46, gravitational/teleport#38743)',
};
const VE = 'ValidationException';
const compositeIdx = (name = '$T') => ({
  op: 'CreateTable',
  body: {
    TableName: name,
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    BillingMode: 'PAY_PER_REQUEST',
    GlobalSecondaryIndexes: [{ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
  },
});
const CI = [compositeIdx()];
const txCancelled = (reasonCodes, reasonMessage) => ({
  type: 'TransactionCanceledException',
  message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasonCodes.join(', ')}]`,
  check: (j) => {
    const codes = ((j && j.CancellationReasons) || []).map((r) => r.Code);
    if (JSON.stringify(codes) !== JSON.stringify(reasonCodes)) return `CancellationReasons codes ${JSON.stringify(codes)}, real ${JSON.stringify(reasonCodes)}`;
    if (reasonMessage && j.CancellationReasons[j.CancellationReasons.length - 1].Message !== reasonMessage) return `reason Message ${JSON.stringify(j.CancellationReasons[j.CancellationReasons.length - 1].Message)}, real ${JSON.stringify(reasonMessage)}`;
    return null;
  },
  checkText: `CancellationReasons ${JSON.stringify(reasonCodes)}${reasonMessage ? ' with Message ' + JSON.stringify(reasonMessage) : ''}`,
});
const getN = (key) => [{ op: 'GetItem', body: { TableName: '$T', Key: { pk: S(key) }, ConsistentRead: true } }];
const numCheck = (expect) => ({ check: (j, r) => null, checkText: `GetItem returns ${expect}` });

add('Evidence-pinned', [
  { name: 'pin/create-missing-tablename', op: 'CreateTable', body: createBase({ TableName: undefined }), real: { type: VE, message: "The parameter 'TableName' is required but was not present in the request", source: SRC.ct } },
  { name: 'pin/create-tablename-2-chars', op: 'CreateTable', body: createBase({ TableName: 'ab' }), real: { type: VE, message: "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3", source: SRC.ct } },
  { name: 'pin/create-dup-key-attr', op: 'CreateTable', body: createBase({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'pk', KeyType: 'RANGE' }] }), real: { type: VE, message: 'Invalid KeySchema: Some index key attribute have no definition', source: SRC.ct } },
  { name: 'pin/create-3-keys', op: 'CreateTable', body: createRange({ KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }, { AttributeName: 'x', KeyType: 'RANGE' }] }), real: { type: VE, regex: "^1 validation error detected: Value '\\[.+\\]' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2$", source: SRC.ct + " (value rendered Java-style: '[KeySchemaElement(attributeName=pk, keyType=HASH), ...]'; the quotes are stable)" } },
  { name: 'pin/create-3-keys-no-throughput', op: 'CreateTable', body: createRange({ ProvisionedThroughput: undefined, KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }, { AttributeName: 'x', KeyType: 'RANGE' }] }), real: { type: VE, message: 'One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED', source: SRC.cap + ' probe c_ct_3keys (no ProvisionedThroughput): the billing check fires before the KeySchema length check' } },
  { name: 'pin/create-keytype-invalid', op: 'CreateTable', body: createBase({ KeySchema: [{ AttributeName: 'pk', KeyType: 'INVALID' }] }), real: { type: VE, message: "1 validation error detected: Value 'INVALID' at 'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum value set: [HASH, RANGE]", source: SRC.ct } },
  { name: 'pin/create-billingmode-invalid-ppr-shape', op: 'CreateTable', body: createBase({ ProvisionedThroughput: undefined, BillingMode: 'INVALID_MODE' }), real: { type: VE, contains: ['billingMode', '[PROVISIONED, PAY_PER_REQUEST]'], source: SRC.ctOrd } },
  { name: 'pin/create-empty-name-empty-lists', op: 'CreateTable', body: { TableName: '', KeySchema: [], AttributeDefinitions: [] }, real: { type: VE, contains: ['tableName'], source: SRC.ctOrd } },
  { name: 'pin/create-gsi-dup-names', op: 'CreateTable', body: createRange({ GlobalSecondaryIndexes: [gsi({ IndexName: 'sameIndex' }), gsi({ IndexName: 'sameIndex' })] }), real: { type: VE, message: 'One or more parameter values were invalid: Duplicate index name: sameIndex', source: SRC.ct } },
  { name: 'pin/create-gsi-include-no-nka-ppr', op: 'CreateTable', body: createRange({ BillingMode: 'PAY_PER_REQUEST', ProvisionedThroughput: undefined, GlobalSecondaryIndexes: [gsi({ ProvisionedThroughput: undefined, Projection: { ProjectionType: 'INCLUDE' } })] }), real: { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier1/createTable/specValidation.test.ts' } },
  { name: 'pin/create-stream-off-with-viewtype', op: 'CreateTable', body: createBase({ ProvisionedThroughput: undefined, BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamEnabled: false, StreamViewType: 'NEW_IMAGE' } }), real: { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier1/createTable/specValidation.test.ts' } },
  { name: 'pin/update-table-delete-missing-gsi', setup: H, op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'does_not_exist' } }] }, real: { type: 'ResourceNotFoundException', contains: ['Requested resource not found'], source: SRC.idx } },

  { name: 'pin/put-missing-tablename', op: 'PutItem', body: { Item: { pk: S('test') } }, real: { type: VE, message: "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null", source: SRC.put } },
  { name: 'pin/put-tablename-empty', op: 'PutItem', body: { TableName: '', Item: { pk: S('test') } }, real: { type: VE, contains: ['failed to satisfy constraint: Member must have length greater than or equal to 1'], source: SRC.put + "; old wording: \"1 validation error detected: Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 1\"" } },
  { name: 'pin/put-tablename-empty-item-empty', op: 'PutItem', body: { TableName: '', Item: {} }, real: { type: VE, regex: '^1 validation error detected:.*(?:t|T)ableName', source: 'nubo-db/dynamodb-conformance tests/tier3/validation-ordering/putItem.test.ts' } },
  { name: 'pin/put-tablename-256', op: 'PutItem', body: { TableName: 'a'.repeat(256), Item: { pk: S('test') } }, real: { type: VE, message: `1 validation error detected: Value '${'a'.repeat(256)}' at 'tableName' failed to satisfy constraint: Member must have length less than or equal to 255`, source: SRC.put } },
  { name: 'pin/put-tablename-badchars', op: 'PutItem', body: { TableName: 'bad table!@#', Item: { pk: S('test') } }, real: { type: VE, message: "1 validation error detected: Value 'bad table!@#' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+", source: SRC.put } },
  { name: 'pin/put-tablename-2-chars', op: 'PutItem', body: { TableName: 'ab', Item: { pk: S('test') } }, note: 'data-plane TableName accepts 1..1024 chars (ARNs) in the current model; real answer for "ab" not captured' },
  { name: 'pin/put-three-bad-enums', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('test') }, ReturnValues: 'INVALID', ReturnConsumedCapacity: 'INVALID', ReturnItemCollectionMetrics: 'INVALID' }, real: { type: VE, message: "3 validation errors detected: Value 'INVALID' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; Value 'INVALID' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'INVALID' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]", source: SRC.cap + ' probe o_put_three_bad_enums' } },
  { name: 'pin/put-returnvalues-invalid', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('test') }, ReturnValues: 'INVALID' }, real: { type: VE, message: "1 validation error detected: Value 'INVALID' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]", source: SRC.cap + ' (enum order as in o_put_three_bad_enums)' } },
  { name: 'pin/delete-two-bad-enums', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('test') }, ReturnValues: 'INVALID', ReturnConsumedCapacity: 'INVALID' }, real: { type: VE, message: "2 validation errors detected: Value 'INVALID' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]; Value 'INVALID' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]", source: SRC.cap + ' probe o_del_two_bad_enums' } },
  { name: 'pin/update-two-bad-enums', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('test') }, ReturnValues: 'INVALID', ReturnConsumedCapacity: 'INVALID' }, real: { type: VE, message: "2 validation errors detected: Value 'INVALID' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'INVALID' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]", source: SRC.cap + ' probe o_upd_two_bad_enums (newer regions report only the first)' } },
  { name: 'pin/delete-empty-table-empty-key', op: 'DeleteItem', body: { TableName: '', Key: {} }, real: { type: VE, regex: '^1 validation error detected:.*(?:t|T)ableName', source: 'nubo-db/dynamodb-conformance tests/tier3/validation-ordering/deleteItem.test.ts' } },
  { name: 'pin/put-dup-ss', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('test'), bad: { SS: ['a', 'a'] } } }, real: { type: VE, message: 'One or more parameter values were invalid: Input collection [a, a] contains duplicates.', source: SRC.cap + ' probe b_put_dup_ss' } },
  { name: 'pin/put-eav-without-expression', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('test') }, ExpressionAttributeValues: { ':v': S('unused') } }, real: { type: VE, message: 'ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null', source: SRC.cap + ' probe b_put_eav_no_expr' } },
  { name: 'pin/put-redundant-parens', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('em-put-redundant') }, ConditionExpression: '((attribute_not_exists(pk)))' }, real: { type: VE, message: 'Invalid ConditionExpression: The expression has redundant parentheses;', source: SRC.put + ' + ' + SRC.cap } },
  { name: 'pin/put-redundant-parens-single', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('x') }, ConditionExpression: '(attribute_not_exists(pk))' }, note: 'one pair of parentheses around the whole expression: real answer not captured here' },
  { name: 'pin/put-contains-same-operand', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('x') }, ConditionExpression: 'contains(#a, #a)', ExpressionAttributeNames: { '#a': 'data' } }, real: { type: VE, message: 'Invalid ConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [data]', source: SRC.put + ' + ' + SRC.cap } },
  { name: 'pin/put-compare-same-operand', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('x') }, ConditionExpression: 'a = a' }, note: 'real DynamoDB rejects comparing a path with itself ("The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]", wording by analogy with contains)' },
  { name: 'pin/put-empty-binary-key', setup: [hashTable('$T', 'B')], op: 'PutItem', body: { TableName: '$T', Item: { pk: { B: '' } } }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk', source: SRC.put } },
  { name: 'pin/put-index-key-wrong-type', setup: CI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('b'), g: N(5) } }, real: { type: VE, message: 'One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: N IndexName: gsi1', source: SRC.bw + ' (same string for BatchWriteItem and transactions)' } },
  { name: 'pin/put-index-key-empty-string', setup: CI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('b'), g: S('') } }, real: { type: VE, message: 'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: gsi1, IndexKey: g', source: SRC.bw } },
  { name: 'pin/put-index-key-list', setup: CI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('b'), g: { L: [S('x')] } } }, real: { type: VE, message: 'One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: L IndexName: gsi1', source: SRC.bw } },
  { name: 'pin/update-index-key-empty-string', setup: CI, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('a'), sk: S('b') }, UpdateExpression: 'SET g = :v', ExpressionAttributeValues: { ':v': S('') } }, real: { type: VE, message: 'One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value.', source: SRC.tw + ' (Update action; same path as UpdateItem)' } },
  { name: 'pin/update-index-key-wrong-type', setup: CI, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('a'), sk: S('b') }, UpdateExpression: 'SET g = :v', ExpressionAttributeValues: { ':v': N(5) } }, real: { type: VE, message: 'One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: N IndexName: gsi1', source: SRC.tw + ' (Update action reason message)' } },
  { name: 'pin/put-pk-2048-ok', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'.repeat(2048)) } }, real: { status: 200, source: 'nubo-db/dynamodb-conformance tests/tier3/limits/keyLength.test.ts' } },
  { name: 'pin/put-pk-2049', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'.repeat(2049)) } }, real: { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier3/limits/keyLength.test.ts (message commonly quoted: "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes")' } },
  { name: 'pin/get-pk-2049', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('a'.repeat(2049)) } }, real: { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier3/limits/keyLength.test.ts' } },
  { name: 'pin/put-sk-1025', setup: R, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('b'.repeat(1025)) } }, note: 'range key limit is 1024 bytes ("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes")' },
  { name: 'pin/put-empty-set-in-list', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('x'), items: { L: [{ SS: [] }] } } }, real: { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier3/limits/emptyValues.test.ts' } },
  { name: 'pin/put-ss-with-empty-member', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('x'), ss: { SS: ['', 'a'] } } }, after: getN('x'), note: 'nubo-db suite has "writes an item whose string set carries an empty member" (BatchWriteItem), i.e. real accepts it' },
  { name: 'pin/number-normalisation', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('n'), a: N('00042'), b: N('1.0'), c: N('3.1400'), d: N('1.5E2'), e: N('-0'), f: N('0.00000000000000000000000000000000000001'), g: N('9.9999999999999999999999999999999999999E+125'), h: N('1E-130') } }, after: getN('n'), real: { status: 200, source: SRC.num, checkText: 'and a GetItem returning a=42 b=1 c=3.14 d=150 e=0 (checked in the after-step diff)' } },
  { name: 'pin/update-number-overflow', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('np-overflow') }, UpdateExpression: 'SET n = :a + :b', ExpressionAttributeValues: { ':a': N('9.9e125'), ':b': N('9.9e125') } }, real: { type: VE, contains: ['Number overflow'], source: SRC.num } },
  { name: 'pin/update-syntax-invalid', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('x') }, UpdateExpression: 'INVALID SYNTAX HERE', ExpressionAttributeValues: { ':v': S('val') } }, real: { type: VE, contains: ['Invalid UpdateExpression: Syntax error; token: "INVALID", near: "INVALID SYNTAX"'], source: SRC.upd } },
  { name: 'pin/update-unused-name', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('x') }, UpdateExpression: 'SET attr1 = :v', ExpressionAttributeValues: { ':v': S('val') }, ExpressionAttributeNames: { '#unused': 'someattr' } }, real: { type: VE, contains: ['Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}'], source: SRC.upd } },
  { name: 'pin/update-set-range-key', setup: R, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('a'), sk: S('sk1') }, UpdateExpression: 'SET sk = :v', ExpressionAttributeValues: { ':v': S('new') } }, real: { type: VE, message: 'One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key', source: SRC.upd } },
  { name: 'pin/update-nested-32-levels-value', setup: H, op: 'UpdateItem', body: (() => { let v = S('leaf'); for (let i = 0; i < 32; i++) v = { M: { a: v } }; return { TableName: '$T', Key: { pk: S('x') }, UpdateExpression: 'SET deep = :v', ExpressionAttributeValues: { ':v': v } }; })(), real: { type: VE, contains: ['Nesting Levels have exceeded supported limits'], source: 'nubo-db/dynamodb-conformance captures/2026-08-12-batch-empty-and-nesting.json (several regions answer ConditionalCheckFailed instead; split)' } },
  { name: 'pin/put-nested-33-levels', setup: H, op: 'PutItem', body: (() => { let v = S('leaf'); for (let i = 0; i < 33; i++) v = { M: { a: v } }; return { TableName: '$T', Item: { pk: S('x'), deep: v } }; })(), note: 'item nesting limit is 32 levels' },
  { name: 'pin/get-projection-bangs', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('test') }, ProjectionExpression: '!!! INVALID !!!' }, real: { type: VE, message: 'Invalid ProjectionExpression: Syntax error; token: "!", near: "!!"', source: SRC.get } },
  { name: 'pin/get-missing-range-key', setup: R, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('test') } }, real: { type: VE, message: 'The provided key element does not match the schema', source: SRC.get } },
  { name: 'pin/delete-expected-and-condition', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('x') }, Expected: { pk: { Exists: false } }, ConditionExpression: 'attribute_not_exists(pk)' }, real: { type: VE, contains: ['Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}'], source: SRC.del } },
  { name: 'pin/query-non-key-attr1', setup: R, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'attr1 = :v', ExpressionAttributeValues: { ':v': S('val') } }, real: { type: VE, message: 'Query condition missed key schema element: pk', source: SRC.q } },
  { name: 'pin/query-hash-and-non-key', setup: R, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :v AND attr1 = :v', ExpressionAttributeValues: { ':v': S('val') } }, note: 'real: "Query condition missed key schema element: sk" (dynalite wording)' },
  { name: 'pin/query-unused-name', setup: R, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :v', ExpressionAttributeValues: { ':v': S('val') }, ExpressionAttributeNames: { '#unused': 'someattr' } }, real: { type: VE, message: 'Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}', source: SRC.q } },
  { name: 'pin/query-select-invalid', setup: R, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :v', ExpressionAttributeValues: { ':v': S('val') }, Select: 'INVALID_VALUE' }, real: { type: VE, message: "1 validation error detected: Value 'INVALID_VALUE' at 'select' failed to satisfy constraint: Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]", source: SRC.q } },
  { name: 'pin/query-empty-kce', setup: R, op: 'Query', body: { TableName: '$T', KeyConditionExpression: '', ExpressionAttributeValues: { ':v': S('val') } }, real: { type: VE, message: 'Invalid KeyConditionExpression: The expression can not be empty;', source: SRC.q } },
  { name: 'pin/query-filter-undefined-name', setup: R, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :pk', FilterExpression: '#missing = :fv', ExpressionAttributeValues: { ':pk': S('val'), ':fv': S('x') } }, real: { type: VE, message: 'Invalid FilterExpression: An expression attribute name used in the document path is not defined; attribute name: #missing', source: SRC.q } },
  { name: 'pin/query-index-not-found', setup: H, op: 'Query', body: { TableName: '$T', IndexName: 'does_not_exist', KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': 'pk' }, ExpressionAttributeValues: { ':pk': S('x') } }, real: { type: VE, contains: ['does not have the specified index'], source: SRC.idx } },
  { name: 'pin/query-limit-zero', setup: H, op: 'Query', body: { TableName: '$T', KeyConditionExpression: 'pk = :v', ExpressionAttributeValues: { ':v': S('val') }, Limit: 0 }, note: "real wording is region-dependent: old \"Value '0' at 'limit'\", new \"Value at 'Limit'\" (nubo query.test.ts pins the new one)" },
  { name: 'pin/scan-segment-5-of-5', setup: H, op: 'Scan', body: { TableName: '$T', Segment: 5, TotalSegments: 5 }, real: { type: VE, message: 'The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 5 is not less than TotalSegments: 5', source: SRC.scan } },
  { name: 'pin/scan-segment-only', setup: H, op: 'Scan', body: { TableName: '$T', Segment: 0 }, real: { type: VE, message: 'The TotalSegments parameter is required but was not present in the request when Segment parameter is present', source: SRC.scan } },
  { name: 'pin/scan-limit-zero', setup: H, op: 'Scan', body: { TableName: '$T', Limit: 0 }, real: { type: VE, message: "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1", source: SRC.scan } },
  { name: 'pin/scan-table-not-found', op: 'Scan', body: { TableName: '_conformance_does_not_exist_em_scan' }, real: { type: 'ResourceNotFoundException', message: 'Requested resource not found', source: SRC.scan } },

  { name: 'pin/batchget-empty', op: 'BatchGetItem', body: { RequestItems: {} }, real: { type: VE, message: 'The requestItems parameter is required for BatchGetItem', source: SRC.bg } },
  { name: 'pin/batchwrite-empty', op: 'BatchWriteItem', body: { RequestItems: {} }, real: { type: VE, message: 'The requestItems parameter is required for BatchWriteItem', source: SRC.bw + ' + Ketlark/dynamodb-conformance captures/2026-08-22-batch-validation-messages.json' } },
  { name: 'pin/batchwrite-26', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: puts(26) } }, real: { type: VE, regex: "^1 validation error detected: Value '\\{\\$T=\\[.+\\]\\}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \\[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\\]$", source: SRC.bw + ' + ' + SRC.issues } },
  { name: 'pin/batchget-101', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: manyKeys(101) } } }, real: { type: VE, regex: 'Member must have length less than or equal to 100|[Tt]oo many items', source: 'nubo-db/dynamodb-conformance tests/tier3/limits/batchLimits.test.ts; exact: "1 validation error detected: Value at \'RequestItems.<t>.member.Keys\' ..." (new) / moto: "Value at \'requestItems.<t>.member.keys\' ..."' } },
  { name: 'pin/batchwrite-key-wrong-type', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: N(5) } } }] } }, real: { type: VE, message: 'The provided key element does not match the schema', source: SRC.bw } },
  { name: 'pin/batchwrite-key-list', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: { L: [S('x')] } } } }] } }, real: { type: VE, message: 'The provided key element does not match the schema', source: SRC.bw } },
  { name: 'pin/batchwrite-key-empty-string', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('') } } }] } }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk', source: SRC.bw } },
  { name: 'pin/batchwrite-index-key-wrong-type', setup: CI, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a'), sk: S('b'), g: N(5) } } }] } }, real: { type: VE, message: 'One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: N IndexName: gsi1', source: SRC.bw } },
  { name: 'pin/batchwrite-index-key-empty', setup: CI, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a'), sk: S('b'), g: S('') } } }] } }, real: { type: VE, message: 'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: gsi1, IndexKey: g', source: SRC.bw } },
  { name: 'pin/batchwrite-table-not-found', op: 'BatchWriteItem', body: { RequestItems: { _conformance_does_not_exist_em_bw: [{ PutRequest: { Item: { pk: S('test') } } }] } }, real: { type: 'ResourceNotFoundException', message: 'Requested resource not found', source: SRC.bw } },
  { name: 'pin/batchget-mixed-projection-styles', setup: [hashTable('$T'), rangeTable('$T2')], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('a') }], ProjectionExpression: 'pk' }, $T2: { Keys: [{ pk: S('b'), sk: S('z') }], AttributesToGet: ['pk'] } } }, real: { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/batchGetItem.test.ts ("mixing ProjectionExpression on one table and AttributesToGet on another is rejected")' } },

  { name: 'pin/tx-empty', op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [] }, real: { type: VE, message: "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1", source: SRC.tw } },
  { name: 'pin/tx-101', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: Array.from({ length: 101 }, (_, i) => tput({ pk: S('twi-' + i) })) }, real: { type: VE, regex: "^1 validation error detected: Value '\\[.+\\]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100$", source: SRC.tw } },
  { name: 'pin/tx-two-failing', setup: [hashTable(), put({ pk: S('m1') }), put({ pk: S('m2') })], op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [tput({ pk: S('m1') }, { ConditionExpression: 'attribute_not_exists(pk)' }), tput({ pk: S('m2') }, { ConditionExpression: 'attribute_not_exists(pk)' })] }, real: { ...txCancelled(['ConditionalCheckFailed', 'ConditionalCheckFailed']), source: SRC.tw } },
  { name: 'pin/tx-put-key-wrong-type', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Put: { TableName: '$T', Item: { pk: N(5) } } }] }, real: { ...txCancelled(['ValidationError'], 'One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N'), source: SRC.tw } },
  { name: 'pin/tx-put-index-key-wrong-type', setup: CI, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Put: { TableName: '$T', Item: { pk: S('a'), sk: S('b'), g: N(5) } } }] }, real: { ...txCancelled(['ValidationError'], 'One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: N IndexName: gsi1'), source: SRC.tw } },
  { name: 'pin/tx-delete-key-wrong-type', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Delete: { TableName: '$T', Key: { pk: N(5) } } }] }, real: { ...txCancelled(['ValidationError'], 'The provided key element does not match the schema'), source: SRC.tw } },
  { name: 'pin/tx-check-key-list', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ ConditionCheck: { TableName: '$T', Key: { pk: { L: [S('x')] } }, ConditionExpression: 'attribute_not_exists(pk)' } }] }, real: { ...txCancelled(['ValidationError'], 'The provided key element does not match the schema'), source: SRC.tw } },
  { name: 'pin/tx-update-key-empty', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Update: { TableName: '$T', Key: { pk: S('') }, UpdateExpression: 'SET attr1 = :v', ExpressionAttributeValues: { ':v': S('x') } } }] }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk', source: SRC.tw } },
  { name: 'pin/tx-put-index-key-empty', setup: CI, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Put: { TableName: '$T', Item: { pk: S('a'), sk: S('c'), g: S('') } } }] }, real: { type: VE, message: 'One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: gsi1, IndexKey: g', source: SRC.tw } },
  { name: 'pin/tx-update-index-key-empty', setup: CI, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [{ Update: { TableName: '$T', Key: { pk: S('a'), sk: S('c') }, UpdateExpression: 'SET g = :v', ExpressionAttributeValues: { ':v': S('') } } }] }, real: { type: VE, message: 'One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value.', source: SRC.tw } },
  { name: 'pin/tx-over-4mb', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: Array.from({ length: 12 }, (_, i) => tput({ pk: S('big' + i), payload: S('x'.repeat(350000)) })) }, real: { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier3/limits/transactionLimits.test.ts' } },
  { name: 'pin/txget-empty-key', setup: H, op: 'TransactGetItems', oursOnly: true, body: { TransactItems: [{ Get: { TableName: '$T', Key: {} } }] }, real: { ...txCancelled(['ValidationError']), source: SRC.tg } },
  { name: 'pin/txget-projection-bangs', setup: H, op: 'TransactGetItems', oursOnly: true, body: { TransactItems: [{ Get: { TableName: '$T', Key: { pk: S('tgi-pe') }, ProjectionExpression: '!!!' } }] }, real: { type: VE, message: 'Invalid ProjectionExpression: Syntax error; token: "!", near: "!!"', source: SRC.tg } },
  { name: 'pin/txget-empty', op: 'TransactGetItems', oursOnly: true, body: { TransactItems: [] }, real: { type: VE, message: "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1", source: SRC.tg } },
  { name: 'pin/txget-101', setup: H, op: 'TransactGetItems', oursOnly: true, body: { TransactItems: Array.from({ length: 101 }, (_, i) => ({ Get: { TableName: '$T', Key: { pk: S('k' + i) } } })) }, real: { type: VE, regex: "^1 validation error detected: Value '\\[.+\\]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100$", source: SRC.tg } },
  { name: 'pin/cond-failed-return-old-item', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }, real: { type: 'ConditionalCheckFailedException', message: 'The conditional request failed', check: (j) => (j && j.Item && j.Item.pk ? null : 'no Item in the error body'), checkText: 'with Item (the old item) in the error body', source: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/conditionalCheck.test.ts' } },
]);

// ------------------------------------------------------------------------------------------------
const deep = (n) => { let v = S('leaf'); for (let i = 0; i < n; i++) v = { M: { a: v } }; return v; };
const deepL = (n) => { let v = S('leaf'); for (let i = 0; i < n; i++) v = { L: [v] }; return v; };
const NEST = 'dynoxide-rs tests/nesting_depth.rs ("captured against real DynamoDB (eu-west-2, 2026-06): accepts 31 map-wraps, rejects 32"); ExtendDB/extenddb#123; AWS Developer Guide Constraints: nesting up to 32 levels';
const KEYS_ONLY_GSI = {
  op: 'CreateTable',
  body: {
    TableName: '$T',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }, { AttributeName: 'r', AttributeType: 'N' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    GlobalSecondaryIndexes: [
      { IndexName: 'kon', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }, { AttributeName: 'r', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
      { IndexName: 'incl', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x'] } },
    ],
  },
};
const KO = [KEYS_ONLY_GSI, put({ pk: S('1'), g: S('a'), r: N(1), x: S('x1'), y: S('y1') }), put({ pk: S('2'), g: S('a'), r: N(2), x: S('x2'), y: S('y2') }), put({ pk: S('3'), g: S('a'), r: N(3), y: S('y3') }), put({ pk: S('4'), g: S('b'), r: N(1) })];
const maxItem = (extra) => ({ pk: S('a'), b: S('x'.repeat(400 * 1024 - 3 - 1 + extra)) });

add('More', [
  { name: 'more/put-nested-31-maps', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('x'), d: deep(31) } }, real: { status: 200, source: NEST } },
  { name: 'more/put-nested-32-maps', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('x'), d: deep(32) } }, real: { type: VE, contains: ['Nesting Levels have exceeded supported limits'], source: NEST } },
  { name: 'more/put-nested-60-lists', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('x'), d: deepL(60) } }, real: { type: VE, contains: ['Nesting Levels have exceeded supported limits'], source: NEST } },
  { name: 'more/update-nested-40-value', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('x') }, UpdateExpression: 'SET d = :v', ExpressionAttributeValues: { ':v': deep(40) } }, real: { type: VE, contains: ['Nesting Levels have exceeded supported limits'], source: NEST } },
  { name: 'more/item-exactly-400kb', setup: H, op: 'PutItem', body: { TableName: '$T', Item: maxItem(0) }, note: 'pk(2)+"a"(1)+b(1)+value = 409600 bytes' },
  { name: 'more/item-400kb-plus-1', setup: H, op: 'PutItem', body: { TableName: '$T', Item: maxItem(1) } },
  { name: 'more/get-empty-binary-key', setup: [hashTable('$T', 'B')], op: 'GetItem', body: { TableName: '$T', Key: { pk: { B: '' } } }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk', source: SRC.get } },
  { name: 'more/update-empty-binary-key', setup: [hashTable('$T', 'B')], op: 'UpdateItem', body: { TableName: '$T', Key: { pk: { B: '' } }, UpdateExpression: 'SET attr1 = :v', ExpressionAttributeValues: { ':v': S('x') } }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk', source: SRC.upd } },
  { name: 'more/delete-empty-binary-key', setup: [hashTable('$T', 'B')], op: 'DeleteItem', body: { TableName: '$T', Key: { pk: { B: '' } } }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk', source: SRC.del } },
  { name: 'more/batchget-empty-binary-key', setup: [hashTable('$T', 'B')], op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: { B: '' } }] } } }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk', source: SRC.bg } },
  { name: 'more/batchwrite-delete-empty-binary-key', setup: [hashTable('$T', 'B')], op: 'BatchWriteItem', body: { RequestItems: { $T: [{ DeleteRequest: { Key: { pk: { B: '' } } } }] } }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty binary value. Key: pk', source: SRC.bw } },
  { name: 'more/update-empty-string-key', setup: H, op: 'UpdateItem', body: { TableName: '$T', Key: { pk: S('') }, UpdateExpression: 'SET attr1 = :v', ExpressionAttributeValues: { ':v': S('x') } }, real: { type: VE, message: 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk', source: SRC.tw + ' (transactional Update with an empty-string key; the plain UpdateItem string is presumably the same, as it is for the empty-binary key in ' + SRC.upd + ')' } },
  { name: 'more/get-empty-string-key', setup: H, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('') } }, note: 'real: "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk" by analogy with the binary case' },
  { name: 'more/delete-empty-string-key', setup: H, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('') } } },
  { name: 'more/query-gsi-keys-only-all-attributes', setup: KO, op: 'Query', body: { TableName: '$T', IndexName: 'kon', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': S('a') }, Select: 'ALL_ATTRIBUTES' }, note: 'real: "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index kon because its projection type is not ALL"' },
  { name: 'more/query-gsi-keys-only-project-nonkey', setup: KO, op: 'Query', body: { TableName: '$T', IndexName: 'kon', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': S('a') }, ProjectionExpression: 'y' }, note: 'projecting a non-projected attribute from a GSI is an error in real DynamoDB' },
  { name: 'more/query-gsi-keys-only-page', setup: KO, op: 'Query', body: { TableName: '$T', IndexName: 'kon', KeyConditionExpression: 'g = :g AND r > :z', ExpressionAttributeValues: { ':g': S('a'), ':z': N(0) }, Limit: 2 }, unordered: false },
  { name: 'more/query-gsi-include', setup: KO, op: 'Query', body: { TableName: '$T', IndexName: 'incl', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': S('a') } } },
  { name: 'more/query-gsi-desc-start-key', setup: KO, op: 'Query', body: { TableName: '$T', IndexName: 'kon', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': S('a') }, ScanIndexForward: false, ExclusiveStartKey: { pk: S('3'), g: S('a'), r: N(3) } }, unordered: false },
  { name: 'more/query-gsi-bad-start-key', setup: KO, op: 'Query', body: { TableName: '$T', IndexName: 'kon', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': S('a') }, ExclusiveStartKey: { pk: S('3') } } },
  { name: 'more/scan-gsi-consistent', setup: KO, op: 'Scan', body: { TableName: '$T', IndexName: 'kon', ConsistentRead: true } },
  { name: 'more/scan-gsi-page', setup: KO, op: 'Scan', body: { TableName: '$T', IndexName: 'kon', Limit: 2 }, shapeOnly: true },
  { name: 'more/scan-filter-limit-lek', setup: RI, op: 'Scan', body: { TableName: '$T', Limit: 7, FilterExpression: 'n > :z', ExpressionAttributeValues: { ':z': N(100) } }, shapeOnly: true },
  { name: 'more/query-count-limit', setup: RI, op: 'Query', body: q({ Select: 'COUNT', Limit: 2 }) },
  { name: 'more/consumed-indexes-put', setup: KO, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('9'), g: S('a'), r: N(9) }, ReturnConsumedCapacity: 'INDEXES' }, keepKeys: ['ConsumedCapacity'] },
  { name: 'more/consumed-total-query', setup: RI, op: 'Query', body: q({ ReturnConsumedCapacity: 'TOTAL' }), keepKeys: ['ConsumedCapacity'] },
  { name: 'more/consumed-total-batchget', setup: HI, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('k') }] } }, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'] },
  { name: 'more/item-collection-metrics', setup: [indexTable()], op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('1'), l: N(1) }, ReturnItemCollectionMetrics: 'SIZE' } },
  { name: 'more/update-add-new-set', setup: H, op: 'UpdateItem', body: upd('ADD s :s, n :n', { ...V({ ':s': { SS: ['a'] }, ':n': N(2) }), ReturnValues: 'ALL_NEW' }) },
  { name: 'more/update-cond-on-missing-item', setup: H, op: 'UpdateItem', body: upd('SET a = :v', { ...V({ ':v': S('x') }), ConditionExpression: 'attribute_exists(pk)' }) },
  { name: 'more/update-updated-new-nested', setup: HI, op: 'UpdateItem', body: upd('SET m.b = :v, l[0] = :v', { ...V({ ':v': S('x') }), ReturnValues: 'UPDATED_NEW' }) },
  { name: 'more/update-updated-old-missing', setup: HI, op: 'UpdateItem', body: upd('SET brandnew = :v', { ...V({ ':v': S('x') }), ReturnValues: 'UPDATED_OLD' }) },
  { name: 'more/update-remove-missing-attr', setup: HI, op: 'UpdateItem', body: upd('REMOVE nope, l[9]', { ReturnValues: 'ALL_NEW' }) },
  { name: 'more/update-list-append-front', setup: HI, op: 'UpdateItem', body: upd('SET l = list_append(:v, l)', { ...V({ ':v': { L: [N(0)] } }), ReturnValues: 'UPDATED_NEW' }) },
  { name: 'more/update-if-not-exists-existing', setup: HI, op: 'UpdateItem', body: upd('SET n = if_not_exists(n, :v)', { ...V({ ':v': N(99) }), ReturnValues: 'UPDATED_NEW' }) },
  { name: 'more/update-minus', setup: HI, op: 'UpdateItem', body: upd('SET n = n - :v', { ...V({ ':v': N('0.5') }), ReturnValues: 'UPDATED_NEW' }) },
  { name: 'more/update-set-plus-missing', setup: H, op: 'UpdateItem', body: upd('SET n = n + :v', V({ ':v': N(1) })) },
  { name: 'more/update-delete-from-missing', setup: H, op: 'UpdateItem', body: upd('DELETE s :v', { ...V({ ':v': { SS: ['a'] } }), ReturnValues: 'ALL_NEW' }) },
  { name: 'more/update-add-list', setup: HI, op: 'UpdateItem', body: upd('ADD l :v', V({ ':v': { L: [N(1)] } })) },
  { name: 'more/update-overlap-names', setup: HI, op: 'UpdateItem', body: upd('SET #a = :v, #b = :v', { ...V({ ':v': S('x') }), ExpressionAttributeNames: { '#a': 'same', '#b': 'same' } }) },
  { name: 'more/update-key-via-name', setup: H, op: 'UpdateItem', body: upd('SET #k = :v', { ...V({ ':v': S('x') }), ExpressionAttributeNames: { '#k': 'pk' } }) },
  { name: 'more/cond-in-101-values', setup: HI, op: 'PutItem', body: (() => { const vals = {}; const refs = []; for (let i = 0; i < 101; i++) { vals[':v' + i] = N(i); refs.push(':v' + i); } return { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: `n IN (${refs.join(', ')})`, ExpressionAttributeValues: vals }; })(), note: 'IN takes at most 100 values' },
  { name: 'more/cond-size-string-compare', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'size(s) = :three AND size(ss) = :two AND size(m) = :one', ExpressionAttributeValues: { ':three': N(3), ':two': N(2), ':one': N(1) } } },
  { name: 'more/cond-begins-with-number', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'begins_with(n, :p)', ExpressionAttributeValues: { ':p': N(5) } } },
  { name: 'more/cond-contains-string', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'contains(s, :p) AND NOT contains(l, :q)', ExpressionAttributeValues: { ':p': S('tr'), ':q': N(7) } } },
  { name: 'more/cond-attribute-type-null', setup: HI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'attribute_type(s, :t)', ExpressionAttributeValues: { ':t': S('NULL') } } },
  { name: 'more/cond-expression-too-long', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'attribute_not_exists(pk) AND ' + Array.from({ length: 300 }, (_, i) => `attribute_not_exists(a${i})`).join(' AND ') }, note: 'expressions are limited to 4 KB ("Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: N")' },
  { name: 'more/names-key-invalid', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'attribute_not_exists(#)', ExpressionAttributeNames: { '#': 'a' } } },
  { name: 'more/value-name-too-long', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k') }, ConditionExpression: 'a = :' + 'v'.repeat(300), ExpressionAttributeValues: { [':' + 'v'.repeat(300)]: S('x') } } },
  { name: 'more/attr-name-65536', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('k'), ['n'.repeat(65536)]: S('x') } }, note: 'attribute names are limited to 64 KB' },
  { name: 'more/list-tables-default', setup: H, op: 'ListTables', body: { Limit: 100 }, ignoreKeys: ['TableNames', 'LastEvaluatedTableName'] },
  { name: 'more/describe-after-delete', note: 'timing-dependent on the dynalite side (deleteTableMs 0: DELETING or already gone); real DynamoDB shows DELETING for a while', setup: [hashTable(), { op: 'DeleteTable', body: { TableName: '$T' } }], op: 'DescribeTable', body: { TableName: '$T' }, ignoreKeys: ['Table'] },
  { name: 'more/update-table-create-gsi', setup: H, op: 'UpdateTable', body: { TableName: '$T', AttributeDefinitions: [{ AttributeName: 'g', AttributeType: 'S' }], GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'g1x', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PT } }] }, ignoreKeys: ['TableStatus', 'IndexStatus', 'Backfilling'] },
  { name: 'more/update-table-streams-on', setup: H, op: 'UpdateTable', body: { TableName: '$T', StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } }, ignoreKeys: ['TableStatus'] },
  { name: 'more/update-table-deletion-protection', setup: H, op: 'UpdateTable', body: { TableName: '$T', DeletionProtectionEnabled: true }, ignoreKeys: ['TableStatus'] },
  { name: 'more/batchget-some-missing-table', setup: HI, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: [{ pk: S('k') }] }, no_such_table_here: { Keys: [{ pk: S('k') }] } } } },
  { name: 'more/batchwrite-item-too-large', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: [{ PutRequest: { Item: { pk: S('a'), b: S('x'.repeat(410 * 1024)) } } }] } } },
  { name: 'more/batchwrite-25-ok', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: puts(25) } } },
  { name: 'more/batchget-100-ok', setup: H, op: 'BatchGetItem', body: { RequestItems: { $T: { Keys: manyKeys(100) } } } },
  { name: 'more/wire-charset-content-type', op: 'ListTables', raw: { headers: { 'Content-Type': 'application/x-amz-json-1.0; charset=utf-8' }, body: '{"Limit": 1}' }, ignoreKeys: ['TableNames', 'LastEvaluatedTableName'] },
  { name: 'more/wire-lowercase-op', op: 'ListTables', raw: { headers: { 'X-Amz-Target': 'DynamoDB_20120810.listTables' }, body: '{}' } },
  { name: 'more/wire-ttl-update', setup: H, op: 'UpdateTimeToLive', oursOnly: true, body: { TableName: '$T', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } }, note: 'expect {"TimeToLiveSpecification":{"Enabled":true,"AttributeName":"exp"}}' },
  { name: 'more/wire-ttl-update-same-twice', setup: [hashTable(), { op: 'UpdateTimeToLive', body: { TableName: '$T', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } } }], op: 'UpdateTimeToLive', oursOnly: true, body: { TableName: '$T', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } }, note: 'real: ValidationException "TimeToLive is already enabled"' },
  { name: 'more/tags-list-missing-arn', op: 'ListTagsOfResource', body: { ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/no_such_table_here' } },
  { name: 'more/tags-tag-and-list', setup: H, op: 'TagResource', body: { ResourceArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/$T', Tags: [{ Key: 'k', Value: 'v' }] } },
  { name: 'more/describe-limits', op: 'DescribeLimits', oursOnly: true, body: {}, note: 'real: {AccountMaxReadCapacityUnits: 80000, AccountMaxWriteCapacityUnits: 80000, TableMaxReadCapacityUnits: 40000, TableMaxWriteCapacityUnits: 40000}' },
  { name: 'more/describe-endpoints', op: 'DescribeEndpoints', oursOnly: true, body: {}, note: 'real: {Endpoints:[{Address:"dynamodb.<region>.amazonaws.com", CachePeriodInMinutes:1440}]}' },
  { name: 'more/partiql-select', setup: HI, op: 'ExecuteStatement', oursOnly: true, body: { Statement: 'SELECT * FROM "$T" WHERE pk = ?', Parameters: [S('k')] }, note: 'PartiQL' },
]);

// ------------------------------------------------------------------------------------------------
// ConsumedCapacity shapes (nubo-db measured real DynamoDB, eu-west-2).
const CCSRC = 'nubo-db/dynamodb-conformance tests/tier1/getItem/consumedCapacity.test.ts + tests/tier1/putItem/indexConsumedCapacity.test.ts (measured against real DynamoDB)';
const noSplit = (units) => ({
  status: 200,
  check: (j) => {
    const cc = Array.isArray(j.ConsumedCapacity) ? j.ConsumedCapacity[0] : j.ConsumedCapacity;
    if (!cc) return 'no ConsumedCapacity';
    if (units !== undefined && cc.CapacityUnits !== units) return `CapacityUnits ${cc.CapacityUnits}, real ${units}`;
    if ('ReadCapacityUnits' in cc || 'WriteCapacityUnits' in cc) return 'has a ReadCapacityUnits/WriteCapacityUnits split (real: only on transactions)';
    if (cc.Table && ('ReadCapacityUnits' in cc.Table || 'WriteCapacityUnits' in cc.Table)) return 'Table arm has a read/write split';
    return null;
  },
  checkText: `ConsumedCapacity.CapacityUnits${units !== undefined ? ' = ' + units : ''} and no ReadCapacityUnits/WriteCapacityUnits`,
  source: CCSRC,
});
const arms = (total, table, gsi) => ({
  status: 200,
  check: (j) => {
    const cc = j.ConsumedCapacity || {};
    if (cc.CapacityUnits !== total) return `CapacityUnits ${cc.CapacityUnits}, real ${total}`;
    if (table === undefined) { if (cc.Table) return 'Table arm present under TOTAL'; } else if (!cc.Table || cc.Table.CapacityUnits !== table) return `Table.CapacityUnits ${cc.Table && cc.Table.CapacityUnits}, real ${table}`;
    if (gsi === undefined) { if (cc.GlobalSecondaryIndexes) return `GlobalSecondaryIndexes arm present (${JSON.stringify(cc.GlobalSecondaryIndexes)}), real absent`; } else if (!cc.GlobalSecondaryIndexes || !cc.GlobalSecondaryIndexes.gsi1 || cc.GlobalSecondaryIndexes.gsi1.CapacityUnits !== gsi) return `GlobalSecondaryIndexes.gsi1 ${JSON.stringify(cc.GlobalSecondaryIndexes)}, real ${gsi}`;
    return null;
  },
  checkText: `ConsumedCapacity total ${total}${table !== undefined ? ', Table ' + table : ', no Table arm'}${gsi !== undefined ? ', GSI gsi1 ' + gsi : ', no GSI arm'}`,
  source: CCSRC,
});
add('ConsumedCapacity', [
  { name: 'cc/get-consistent-total', setup: HI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('k') }, ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'], real: noSplit(1) },
  { name: 'cc/get-eventual-total', setup: HI, op: 'GetItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'], real: noSplit(0.5) },
  { name: 'cc/put-total', setup: H, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a') }, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'], real: noSplit(1) },
  { name: 'cc/update-total', setup: HI, op: 'UpdateItem', body: upd('SET a = :v', { ...V({ ':v': S('x') }), ReturnConsumedCapacity: 'TOTAL' }), keepKeys: ['ConsumedCapacity'], real: noSplit(1) },
  { name: 'cc/delete-total', setup: HI, op: 'DeleteItem', body: { TableName: '$T', Key: { pk: S('k') }, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'], real: noSplit(1) },
  { name: 'cc/query-indexes', setup: RI, op: 'Query', body: q({ ConsistentRead: true, ReturnConsumedCapacity: 'INDEXES' }), keepKeys: ['ConsumedCapacity'], real: noSplit(1) },
  { name: 'cc/batchwrite-total', setup: H, op: 'BatchWriteItem', body: { RequestItems: { $T: puts(2) }, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'], real: noSplit(2) },
  { name: 'cc/put-gsi-indexes', setup: CI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('1'), g: S('x') }, ReturnConsumedCapacity: 'INDEXES' }, keepKeys: ['ConsumedCapacity'], real: arms(2, 1, 1) },
  { name: 'cc/put-gsi-total', setup: CI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('1'), g: S('x') }, ReturnConsumedCapacity: 'TOTAL' }, keepKeys: ['ConsumedCapacity'], real: arms(2, undefined, undefined) },
  { name: 'cc/put-sparse-indexes', setup: CI, op: 'PutItem', body: { TableName: '$T', Item: { pk: S('a'), sk: S('1') }, ReturnConsumedCapacity: 'INDEXES' }, keepKeys: ['ConsumedCapacity'], real: arms(1, 1, undefined) },
  { name: 'cc/tx-write-split', setup: H, op: 'TransactWriteItems', oursOnly: true, body: { TransactItems: [tput({ pk: S('a') })], ReturnConsumedCapacity: 'TOTAL' }, note: 'transactions DO carry the read/write split (WriteCapacityUnits: 2 for one 1KB put)' },
]);

add('DescribeTable/DeleteTable/UpdateTable/ListTables', [
  { name: 'update/no-tablename', op: 'UpdateTable', body: { ProvisionedThroughput: PT } },
  { name: 'update/gsi-create-name-2-chars', setup: H, op: 'UpdateTable', body: { TableName: '$T', AttributeDefinitions: [{ AttributeName: 'x', AttributeType: 'S' }], GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'g1', KeySchema: [{ AttributeName: 'x', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PT } }] }, note: 'IndexName must be 3..255 chars in the API model' },
  { name: 'update/gsi-create-ppr-with-throughput', setup: [Object.assign({}, hashTable(), { body: Object.assign({}, hashTable().body, { ProvisionedThroughput: undefined, BillingMode: 'PAY_PER_REQUEST' }) })], op: 'UpdateTable', body: { TableName: '$T', AttributeDefinitions: [{ AttributeName: 'x', AttributeType: 'S' }], GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'gx1', KeySchema: [{ AttributeName: 'x', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: PT } }] } },
  { name: 'update/gsi-create-existing-name', setup: [indexTable()], op: 'UpdateTable', body: { TableName: '$T', GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }] } },
]);

// Real expectations for cases defined above.
const REAL = {
  'create/keyschema-range-first': null,
  'describe/missing-table': { type: 'ResourceNotFoundException', message: 'Requested resource not found: Table: no_such_table_here not found', source: 'widely quoted real message (e.g. AWS re:Post, SDK issues); same in dynalite' },
  'put/table-not-found': { type: 'ResourceNotFoundException', message: 'Requested resource not found', source: SRC.put.replace('putItem', 'putItem/validation') + '; tier3 getItem/scan/batch tests pin this exact string' },
  'get/table-not-found': { type: 'ResourceNotFoundException', message: 'Requested resource not found', source: SRC.get },
  'delete-item/table-not-found': { type: 'ResourceNotFoundException', message: 'Requested resource not found', source: SRC.del },
  'batchget/duplicate-keys': { type: VE, message: 'Provided list of item keys contains duplicates', source: SRC.bg + '; boto/boto3#4131' },
  'batchwrite/put-and-delete-same-key': { type: VE, message: 'Provided list of item keys contains duplicates', source: SRC.bw },
  'put/empty-ss': { type: VE, message: 'One or more parameter values were invalid: An string set  may not be empty', source: SRC.cap },
  'put/empty-bs': { type: VE, contains: ['Binary sets should not be empty'], source: 'nubo-db/dynamodb-conformance tests/tier3/limits/emptyValues.test.ts' },
  'update-item/set-hash-key': { type: VE, message: 'One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key', source: SRC.upd },
  'update-item/expr-and-attributeupdates': { type: VE, contains: ['Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}'], source: SRC.upd },
  'update-item/empty-expression': { type: VE, contains: ['Invalid UpdateExpression: The expression can not be empty;'], source: SRC.upd },
  'update-item/undefined-value': { type: VE, contains: ['Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :v'], source: SRC.upd },
  'query/gsi-consistent-read': { type: VE, message: 'Consistent reads are not supported on global secondary indexes', source: SRC.q },
  'query/only-range-key': { type: VE, message: 'Query condition missed key schema element: pk', source: SRC.q },
  'scan/total-without-segment': { type: VE, message: 'The Segment parameter is required but was not present in the request when parameter TotalSegments is present', source: SRC.scan },
  'scan/segment-negative': { type: VE, contains: ['segment', 'greater than or equal to 0'], source: 'nubo-db/dynamodb-conformance tests/tier3/validation-ordering/scan.test.ts' },
  'txwrite/same-item-twice': { type: VE, message: 'Transaction request cannot include multiple operations on one item', source: SRC.tw },
  'txwrite/cond-failed': { ...txCancelled(['None', 'ConditionalCheckFailed'], 'The conditional request failed'), source: SRC.tw },
  'txwrite/table-not-found': { type: 'ResourceNotFoundException', message: 'Requested resource not found', source: SRC.tw },
  'txget/table-not-found': { type: 'ResourceNotFoundException', message: 'Requested resource not found', source: SRC.tg },
  'txwrite/key-mismatch': { ...txCancelled(['ValidationError'], 'The provided key element does not match the schema'), source: SRC.tw + ' (Delete with a wrong-typed key cancels with this reason; a key with a missing attribute presumably the same)' },
  'txget/key-mismatch': { ...txCancelled(['ValidationError']), source: SRC.tg + ' (Key {} cancels with ValidationError; wrong-typed key presumably the same)' },
  'txwrite/empty': { type: VE, message: "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1", source: SRC.tw },
  'txget/empty': { type: VE, message: "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1", source: SRC.tg },
  'create/billingmode-invalid': { type: VE, contains: ['[PROVISIONED, PAY_PER_REQUEST]'], source: SRC.ctOrd },
  'create/missing-tablename': { type: VE, message: "The parameter 'TableName' is required but was not present in the request", source: SRC.ct },
  'create/tablename-too-short': { type: VE, message: "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3", source: SRC.ct },
  'create/attrtype-invalid': { type: VE, message: "1 validation error detected: Value 'X' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]", source: SRC.ct },
  'create/lsi-on-hash-only-table': { type: VE, message: 'One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex', source: SRC.ct },
  'create/keyschema-three': { type: VE, regex: "^1 validation error detected: Value '\\[.+\\]' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2$", source: SRC.ct },
  'batchget/empty-request-items': { type: VE, message: 'The requestItems parameter is required for BatchGetItem', source: SRC.bg },
  'batchwrite/empty-request-items': { type: VE, message: 'The requestItems parameter is required for BatchWriteItem', source: SRC.bw },
  'batchwrite/too-many-items': { type: VE, contains: ["at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 25, Member must have length greater than or equal to 1]"], source: SRC.bw + ' + ' + SRC.issues },
  'batchwrite/put-missing-key': { type: VE, message: 'The provided key element does not match the schema', source: SRC.bw + ' (pins this string for wrong-typed and non-scalar keys; a missing key presumably the same)' },
  'update/gsi-delete-missing-index': { type: 'ResourceNotFoundException', contains: ['Requested resource not found'], source: SRC.idx },
  'put/cond-failed': { type: 'ConditionalCheckFailedException', message: 'The conditional request failed', source: 'nubo-db/dynamodb-conformance tests/tier3/error-messages/conditionalCheck.test.ts' },
  'put/number-39-digits': { type: VE, source: SRC.num },
  'put/number-overflow': { type: VE, source: SRC.num },
  'put/number-underflow': { type: VE, source: SRC.num },
  'put/empty-string-range-key': { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier3/limits/emptyValues.test.ts' },
  'put/nested-empty-set': { type: VE, source: 'nubo-db/dynamodb-conformance tests/tier3/limits/emptyValues.test.ts' },
};
for (const c of cases) if (REAL[c.name]) c.real = REAL[c.name];

module.exports = cases;
