#!/usr/bin/env node
// Differential probe: sends the same raw DynamoDB JSON-protocol requests to our engine and to
// dynalite, and reports where the answers differ (HTTP status, error type, error message, and
// the shape of successful answers). Loopback only; Node's built-in http module only.
//
//   node bench/compat/probe.js [--ours http://127.0.0.1:8123] [--dynalite http://127.0.0.1:4568]
//                              [--filter REGEX] [--verbose] [--no-report]
//                              [--cases FILE] [--ours-only]
//
// Cases come from cases.js (or --cases FILE, relative to this directory; with another file the
// outputs are named REPORT-<file>.md / results-<file>.json). --ours-only runs every case against
// our engine only (no dynalite needed) and checks the `real` pins. In a case, the strings "$T", "$T2", "$T3" stand for tables created
// fresh for that case (unique names per endpoint run); they are mapped back to "$T"... in the
// answers before comparing. Writes REPORT.md (with analysis.md, if present, at the top) and
// results.json next to this file.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const args = process.argv.slice(2);
function opt(name, def) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
}
const OURS = new URL(opt('--ours', 'http://127.0.0.1:8123'));
const DYN = new URL(opt('--dynalite', 'http://127.0.0.1:4568'));
const FILTER = opt('--filter', null);
const VERBOSE = args.includes('--verbose');
const NO_REPORT = args.includes('--no-report');
const CASES = opt('--cases', 'cases.js');
const OURS_ONLY = args.includes('--ours-only');
for (const u of [OURS, DYN]) {
  if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') throw new Error('loopback only: ' + u);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
const RUN = Date.now().toString(36).slice(-5);

function amzDate(d = new Date()) {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function defaultHeaders(op) {
  const date = amzDate();
  const h = {
    'Content-Type': 'application/x-amz-json-1.0',
    'X-Amz-Date': date,
    'Authorization': `AWS4-HMAC-SHA256 Credential=AKID/${date.slice(0, 8)}/us-east-1/dynamodb/aws4_request, `
      + 'SignedHeaders=host;x-amz-date;x-amz-target, Signature=00',
  };
  // An op with a dot is a full target (e.g. 'DynamoDBStreams_20120810.GetRecords').
  if (op != null) h['X-Amz-Target'] = op.includes('.') ? op : 'DynamoDB_20120810.' + op;
  return h;
}

// Sends one request. raw: {method, headers (replace defaults; null value removes), body (string)}
function send(endpoint, op, body, raw) {
  let headers = defaultHeaders(op);
  let method = 'POST';
  let data;
  if (raw) {
    if (raw.method) method = raw.method;
    if (raw.headers) {
      for (const [k, v] of Object.entries(raw.headers)) {
        const existing = Object.keys(headers).find((h) => h.toLowerCase() === k.toLowerCase());
        if (existing) delete headers[existing];
        if (v != null) headers[k] = v;
      }
    }
    data = Buffer.from(raw.body != null ? raw.body : JSON.stringify(body || {}));
  } else {
    data = Buffer.from(JSON.stringify(body || {}));
  }
  headers['Content-Length'] = data.length;
  return new Promise((resolve) => {
    const req = http.request({
      host: endpoint.hostname, port: endpoint.port, path: '/', method, agent, timeout: 15000, headers,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let json = null;
        try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
        const raw = Buffer.concat(chunks);
        const crcHeader = res.headers['x-amz-crc32'];
        const crcOk = crcHeader === undefined ? null : String(zlib.crc32(raw)) === String(crcHeader);
        resolve({ status: res.statusCode, text, json, contentType: res.headers['content-type'],
          headers: { requestId: res.headers['x-amzn-requestid'] !== undefined, crc32: crcHeader !== undefined, crcOk } });
      });
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (e) => resolve({ status: 0, text: 'transport error: ' + e.message, json: null }));
    req.end(method === 'GET' ? undefined : data);
  });
}

// ---- placeholders ------------------------------------------------------------------------
function tableNames(tag, idx) {
  const base = `cmp_${RUN}_${idx}_${tag}`;
  return { $T3: base + '_t3', $T2: base + '_t2', $T: base + '_t1' };
}
function subst(value, names) {
  if (typeof value === 'string') {
    let s = value;
    for (const [k, v] of Object.entries(names)) s = s.split(k).join(v);
    return s;
  }
  if (Array.isArray(value)) return value.map((v) => subst(v, names));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[subst(k, names)] = subst(v, names);
    return out;
  }
  return value;
}
function unsubst(value, names) {
  const inv = {};
  for (const [k, v] of Object.entries(names)) inv[v] = k;
  // longest first: _t1 names are not prefixes of the others, but be safe
  const ordered = Object.fromEntries(Object.entries(inv).sort((a, b) => b[0].length - a[0].length));
  return subst(value, ordered);
}

// ---- table lifecycle ------------------------------------------------------------------------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitActive(endpoint, table) {
  for (let i = 0; i < 200; i++) {
    const r = await send(endpoint, 'DescribeTable', { TableName: table });
    if (r.status === 200 && r.json && r.json.Table) {
      const t = r.json.Table;
      const gsisActive = (t.GlobalSecondaryIndexes || []).every((g) => g.IndexStatus === 'ACTIVE');
      if (t.TableStatus === 'ACTIVE' && gsisActive) return true;
    } else if (r.status !== 200) {
      return false;
    }
    await sleep(25);
  }
  return false;
}
async function deleteTables(endpoint, names) {
  for (const t of Object.values(names)) {
    for (let i = 0; i < 40; i++) {
      const r = await send(endpoint, 'DeleteTable', { TableName: t });
      if (r.status === 200) break;
      const type = errType(r);
      if (type === 'ResourceNotFoundException') break;
      if (type === 'ResourceInUseException' || type === 'LimitExceededException') { await sleep(50); continue; }
      break;
    }
  }
  // wait until the tables are gone (dynalite keeps DELETING for deleteTableMs)
  for (const t of Object.values(names)) {
    for (let i = 0; i < 80; i++) {
      const r = await send(endpoint, 'DescribeTable', { TableName: t });
      if (r.status !== 200) break;
      await sleep(25);
    }
  }
}

function errType(r) {
  if (!r.json || typeof r.json.__type !== 'string') return null;
  const t = r.json.__type;
  return t.includes('#') ? t.slice(t.indexOf('#') + 1) : t;
}
function errMessage(r) {
  if (!r.json) return null;
  if (r.json.message !== undefined) return r.json.message;
  if (r.json.Message !== undefined) return r.json.Message;
  return null;
}
function messageKey(r) {
  if (!r.json) return null;
  if ('message' in r.json) return 'message';
  if ('Message' in r.json) return 'Message';
  return null;
}

async function runCase(endpoint, tag, c, idx) {
  const names = tableNames(tag, idx);
  const setupLog = [];
  const steps = typeof c.setup === 'function' ? c.setup() : (c.setup || []);
  for (const step of steps) {
    const body = subst(step.body, names);
    const r = await send(endpoint, step.op, body);
    setupLog.push({ op: step.op, status: r.status, type: errType(r), message: errMessage(r) });
    if (step.op === 'CreateTable' && r.status === 200) await waitActive(endpoint, body.TableName);
    if (step.op === 'UpdateTable' && r.status === 200) await waitActive(endpoint, body.TableName);
    if (step.wait) await sleep(step.wait);
  }
  const body = subst(c.body, names);
  const raw = c.raw ? subst(c.raw, names) : null;
  const r = await send(endpoint, c.op, body, raw);
  // follow-up request (e.g. GetItem after a write) to compare stored state
  let after = null;
  if (c.after) {
    after = [];
    let prev = r.json;
    const history = [r.json ? unsubst(r.json, names) : null];
    for (const step of c.after) {
      // bodyFrom(previousAnswerJson, allAnswersSoFar) builds the body from earlier answers (e.g. a
      // LastEvaluatedKey or a stream ARN); returning null skips the step.
      let stepBody = step.body;
      if (typeof step.bodyFrom === 'function') {
        stepBody = step.bodyFrom(prev ? unsubst(prev, names) : prev, history);
        if (stepBody == null) { after.push({ skipped: true }); history.push(null); continue; }
      }
      if (step.wait) await sleep(step.wait);
      const ra = await send(endpoint, step.op, subst(stepBody, names));
      prev = ra.json;
      history.push(ra.json ? unsubst(ra.json, names) : null);
      after.push({ status: ra.status, json: ra.json ? unsubst(ra.json, names) : null, text: ra.json ? undefined : ra.text });
    }
  }
  const created = new Set();
  for (const step of steps) if (step.op === 'CreateTable') created.add(1);
  if (c.op === 'CreateTable' || steps.some((s) => s.op === 'CreateTable')) await deleteTables(endpoint, names);
  return {
    status: r.status,
    json: r.json ? unsubst(r.json, names) : null,
    text: r.json ? undefined : unsubst(r.text, names).slice(0, 500),
    contentType: r.contentType,
    headers: r.headers,
    setup: setupLog.filter((s) => s.status !== 200),
    after,
  };
}

// ---- normalisation of successful answers ----------------------------------------------------
const VOLATILE = new Set(['TableArn', 'TableId', 'CreationDateTime', 'LatestStreamArn', 'LatestStreamLabel',
  'IndexArn', 'LastIncreaseDateTime', 'LastDecreaseDateTime', 'NumberOfDecreasesToday', 'TableSizeBytes',
  'ItemCount', 'IndexSizeBytes', 'ConsumedCapacity', 'LastUpdateToPayPerRequestDateTime', 'StreamArn',
  'ResourceArn']);
function sortKeyOf(x) { return JSON.stringify(x); }
function normalize(v, ctxKey, opts) {
  if (Array.isArray(v)) {
    let arr = v.map((x) => normalize(x, null, opts));
    if (['SS', 'NS', 'BS', 'AttributeDefinitions', 'GlobalSecondaryIndexes', 'LocalSecondaryIndexes',
      'NonKeyAttributes', 'UnprocessedItems'].includes(ctxKey)) {
      arr = arr.slice().sort((a, b) => (sortKeyOf(a) < sortKeyOf(b) ? -1 : 1));
    }
    if (ctxKey === 'Items' && opts.unorderedItems) arr = arr.slice().sort((a, b) => (sortKeyOf(a) < sortKeyOf(b) ? -1 : 1));
    if (ctxKey === 'Responses-table') arr = arr.slice().sort((a, b) => (sortKeyOf(a) < sortKeyOf(b) ? -1 : 1));
    return arr;
  }
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v).sort()) {
      if (VOLATILE.has(k) && !(opts.keep || []).includes(k)) { out[k] = '<volatile>'; continue; }
      if (opts.ignore && opts.ignore.includes(k)) continue;
      out[k] = normalize(v[k], ctxKey === 'Responses' ? 'Responses-table' : k, opts);
    }
    return out;
  }
  return v;
}
function diffJson(a, b, p, out) {
  if (out.length > 20) return out;
  const ta = Array.isArray(a) ? 'array' : a === null ? 'null' : typeof a;
  const tb = Array.isArray(b) ? 'array' : b === null ? 'null' : typeof b;
  if (ta !== tb) { out.push(`${p || '$'}: ours ${short(a)} vs dynalite ${short(b)}`); return out; }
  if (ta === 'array') {
    if (a.length !== b.length) out.push(`${p}: length ${a.length} vs ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) diffJson(a[i], b[i], `${p}[${i}]`, out);
    return out;
  }
  if (ta === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      if (!(k in a)) out.push(`${p}.${k}: missing in ours (dynalite ${short(b[k])})`);
      else if (!(k in b)) out.push(`${p}.${k}: extra in ours (${short(a[k])})`);
      else diffJson(a[k], b[k], `${p}.${k}`, out);
    }
    return out;
  }
  if (a !== b) out.push(`${p || '$'}: ours ${short(a)} vs dynalite ${short(b)}`);
  return out;
}
function short(v) {
  const s = JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > 160 ? s.slice(0, 157) + '...' : s;
}

// For answers whose contents are implementation-defined (Scan order): keep counts and key names.
function shapeOnly(v) {
  if (!v || typeof v !== 'object') return v;
  const out = Object.assign({}, v);
  if (Array.isArray(out.Items)) out.Items = `<${out.Items.length} items>`;
  if (out.LastEvaluatedKey) out.LastEvaluatedKey = Object.keys(out.LastEvaluatedKey).sort().join(',');
  return out;
}

function headerDiffs(ours, dyn, diffs) {
  if (!ours.headers || !dyn.headers) return;
  if (ours.contentType !== dyn.contentType) diffs.push(`header content-type ${ours.contentType} vs ${dyn.contentType}`);
  if (ours.headers.crcOk === false) diffs.push('header x-amz-crc32 in ours does not match the body');
  if (ours.headers.requestId !== dyn.headers.requestId) diffs.push(`header x-amzn-RequestId present ${ours.headers.requestId} vs ${dyn.headers.requestId}`);
}

// Checks an answer against what real DynamoDB is documented/captured to return (case.real).
function checkReal(real, r) {
  if (!real) return null;
  const fails = [];
  const status = real.status || (real.type ? 400 : 200);
  if (r.status !== status) fails.push(`status ${r.status}, real ${status}`);
  if (real.type && errType(r) !== real.type) fails.push(`type ${errType(r)}, real ${real.type}`);
  const m = errMessage(r);
  if (real.message !== undefined && m !== real.message) fails.push('message differs from real');
  for (const part of real.contains || []) if (typeof m !== 'string' || !m.includes(part)) fails.push(`message lacks ${JSON.stringify(part)}`);
  if (real.regex && !(typeof m === 'string' && new RegExp(real.regex, 's').test(m))) fails.push(`message does not match /${real.regex}/`);
  if (real.check) { const f = real.check(r.json, r); if (f) fails.push(f); }
  return fails;
}

function compare(c, ours, dyn) {
  const diffs = [];
  if (ours.status !== dyn.status) diffs.push(`status ${ours.status} vs ${dyn.status}`);
  const to = errType(ours), td = errType(dyn);
  if (ours.status !== 200 || dyn.status !== 200) {
    if (to !== td) diffs.push(`type ${to} vs ${td}`);
    const mo = errMessage(ours), md = errMessage(dyn);
    if (mo !== md && !(c.ignoreMessage)) diffs.push('message');
    const ko = messageKey(ours), kd = messageKey(dyn);
    if (ko !== kd && !(c.ignoreMessage)) diffs.push(`message key ${ko} vs ${kd}`);
    if (ours.status !== 200 && dyn.status !== 200 && ours.json && dyn.json) {
      const strip = (j) => { const o = Object.assign({}, j); delete o.__type; delete o.message; delete o.Message; return o; };
      for (const d of diffJson(normalize(strip(ours.json), null, {}), normalize(strip(dyn.json), null, {}), '', [])) diffs.push('error body ' + d);
    }
    headerDiffs(ours, dyn, diffs);
    return { diffs, kind: diffs.length ? 'error' : 'same' };
  }
  const opts = { unorderedItems: c.unordered !== false, ignore: c.ignoreKeys, keep: c.keepKeys };
  let no = normalize(ours.json, null, opts), nd = normalize(dyn.json, null, opts);
  if (c.shapeOnly) { no = shapeOnly(no); nd = shapeOnly(nd); }
  const jd = diffJson(no, nd, '', []);
  if (ours.after || dyn.after) {
    diffJson(normalize(ours.after, null, opts), normalize(dyn.after, null, opts), 'after', jd);
  }
  if (jd.length) diffs.push(...jd.map((d) => 'shape ' + d));
  headerDiffs(ours, dyn, diffs);
  return { diffs, kind: diffs.length ? 'shape' : 'same' };
}

// ---- main -----------------------------------------------------------------------------------
function fmtAnswer(r) {
  if (!r) return '-';
  const t = r.json && r.json.__type ? r.json.__type : '';
  const m = errMessage(r);
  if (r.status === 200) return `200 ${short(r.json).slice(0, 300)}`;
  return `${r.status} ${t}${m != null ? ' — ' + JSON.stringify(m) : ''}${r.json ? '' : ' raw=' + JSON.stringify(r.text)}`;
}
function reqText(c) {
  if (c.raw) return `raw ${JSON.stringify(c.raw)} (op header ${c.op === null ? 'none' : c.op})`;
  return `${c.op} ${JSON.stringify(c.body)}`;
}

async function main() {
  let cases = require(path.resolve(__dirname, CASES));
  if (FILTER) cases = cases.filter((c) => new RegExp(FILTER).test(c.name));
  const names = new Set();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error('duplicate case name ' + c.name);
    names.add(c.name);
  }
  const results = [];
  let i = 0;
  for (const c of cases) {
    i++;
    const ours = await runCase(OURS, 'o', c, i);
    const oursOnly = c.oursOnly || OURS_ONLY;
    const dyn = oursOnly ? null : await runCase(DYN, 'd', c, i);
    let cmp;
    if (oursOnly) cmp = { diffs: [], kind: 'ours-only' };
    else cmp = compare(c, ours, dyn);
    const setupProblems = [...ours.setup.map((s) => 'ours setup ' + JSON.stringify(s)),
      ...(dyn ? dyn.setup.map((s) => 'dynalite setup ' + JSON.stringify(s)) : [])];
    const realOurs = checkReal(c.real, ours);
    const realDyn = dyn ? checkReal(c.real, dyn) : null;
    results.push({ name: c.name, group: c.group || c.op, op: c.op, request: reqText(c), note: c.note, ours, dyn, ...cmp, setupProblems,
      real: c.real ? { ...c.real, check: undefined } : null, realOurs, realDyn });
    const mark = cmp.kind === 'same' ? 'same ' : cmp.kind === 'ours-only' ? 'OURS ' : 'DIFF ';
    if (VERBOSE || (cmp.kind !== 'same' && !OURS_ONLY)) {
      console.log(`${mark} ${c.name}`);
      if (cmp.kind !== 'same' || VERBOSE) {
        console.log('   ours:     ' + fmtAnswer(ours));
        if (dyn) console.log('   dynalite: ' + fmtAnswer(dyn));
        if (cmp.diffs.length) console.log('   diffs:    ' + cmp.diffs.slice(0, 6).join('; '));
      }
      for (const s of setupProblems) console.log('   ' + s);
    } else if (OURS_ONLY) {
      for (const s of setupProblems) console.log(`SETUP ${c.name}: ${s}`);
    }
    if (realOurs && realOurs.length) console.log(`REAL  ${c.name}: ours fails the real-DynamoDB check: ${realOurs.join('; ')}`);
  }
  agent.destroy();
  const differ = results.filter((r) => r.kind === 'error' || r.kind === 'shape');
  const oursOnly = results.filter((r) => r.kind === 'ours-only');
  const withReal = results.filter((r) => r.realOurs);
  console.log(`\n${results.length} cases: ${results.length - differ.length - oursOnly.length} same, ${differ.length} differ, ${oursOnly.length} ours only`);
  console.log(`real-DynamoDB checks: ${withReal.length} cases; ours fails ${withReal.filter((r) => r.realOurs.length).length}, dynalite fails ${withReal.filter((r) => r.realDyn && r.realDyn.length).length}`);
  if (NO_REPORT || FILTER) return;
  const trim = (k, v) => (typeof v === 'string' && v.length > 2000 ? v.slice(0, 2000) + `...<${v.length} chars>` : v);
  const suffix = path.basename(CASES) === 'cases.js' ? '' : '-' + path.basename(CASES, '.js');
  fs.writeFileSync(path.join(__dirname, `results${suffix}.json`), JSON.stringify(results, trim, 1));
  fs.writeFileSync(path.join(__dirname, `REPORT${suffix}.md`), report(results, differ, oursOnly));
  console.log(`wrote bench/compat/REPORT${suffix}.md and bench/compat/results${suffix}.json`);
}

function md(s) { return String(s).replace(/\|/g, '\\|').replace(/\n/g, ' '); }
function report(results, differ, oursOnly) {
  const lines = [];
  const analysis = path.join(__dirname, 'analysis.md');
  lines.push('# Differential compatibility probe: our engine vs dynalite 4.0.0', '');
  lines.push(`Generated by \`node bench/compat/probe.js\` on ${new Date().toISOString()}. `
    + `${results.length} cases; ${results.length - differ.length - oursOnly.length} answered the same, `
    + `**${differ.length} differ**, ${oursOnly.length} run against ours only (transactions, which dynalite lacks).`, '');
  if (path.basename(CASES) === 'cases.js' && fs.existsSync(analysis)) lines.push(fs.readFileSync(analysis, 'utf8'), '');
  lines.push('## All differences (generated)', '');
  lines.push('Each entry: the request (with `$T` for the case\'s fresh table), our answer, dynalite\'s, and what differs. '
    + 'Error types are compared after the `#`; messages exactly.', '');
  const byGroup = {};
  for (const r of differ) (byGroup[r.group] = byGroup[r.group] || []).push(r);
  for (const [g, rs] of Object.entries(byGroup)) {
    lines.push(`### ${g}`, '');
    for (const r of rs) {
      lines.push(`#### \`${r.name}\``, '');
      if (r.note) lines.push(`_${r.note}_`, '');
      lines.push('- request: `' + r.request.replace(/`/g, "'").slice(0, 1500) + '`');
      lines.push('- ours: `' + fmtAnswer(r.ours).replace(/`/g, "'").slice(0, 1500) + '`');
      lines.push('- dynalite: `' + fmtAnswer(r.dyn).replace(/`/g, "'").slice(0, 1500) + '`');
      lines.push('- differs in: ' + r.diffs.slice(0, 12).map((d) => '`' + d.replace(/`/g, "'") + '`').join('; '));
      for (const s of r.setupProblems) lines.push('- setup problem: `' + s + '`');
      lines.push('');
    }
  }
  const withReal = results.filter((r) => r.realOurs);
  lines.push('## Checks against known real-DynamoDB answers (generated)', '');
  lines.push('Cases whose `real` field pins what real DynamoDB returns (exact message, substring or pattern), '
    + 'with the source of that knowledge. FAIL lists what does not match.', '');
  lines.push('| case | ours | dynalite | real (expected) | source |', '|---|---|---|---|---|');
  for (const r of withReal) {
    const exp = r.real.message !== undefined ? `${r.real.type || '200'}: "${r.real.message}"`
      : `${r.real.type || String(r.real.status || 200)}${r.real.contains ? ' contains ' + r.real.contains.map((x) => JSON.stringify(x)).join(' & ') : ''}${r.real.regex ? ' /' + r.real.regex + '/' : ''}${r.real.checkText ? ' ' + r.real.checkText : ''}`;
    const cell = (f) => (f == null ? 'n/a' : f.length ? 'FAIL: ' + md(f.join('; ')) : 'pass');
    lines.push(`| \`${r.name}\` | ${cell(r.realOurs)} | ${cell(r.realDyn)} | ${md(exp).slice(0, 400)} | ${md(r.real.source || '')} |`);
  }
  lines.push('');
  lines.push('## Ours only (transactions: dynalite has no TransactWriteItems/TransactGetItems)', '');
  lines.push('| case | request | our answer | note |', '|---|---|---|---|');
  for (const r of oursOnly) {
    lines.push(`| \`${r.name}\` | \`${md(r.request).slice(0, 400)}\` | \`${md(fmtAnswer(r.ours)).slice(0, 500)}\` | ${md(r.note || '')} |`);
  }
  lines.push('', '## Cases answered the same', '');
  lines.push(results.filter((r) => r.kind === 'same').map((r) => '`' + r.name + '`').join(', '), '');
  return lines.join('\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
