#!/usr/bin/env node
// Cold start of one server: spawns the command, then polls 127.0.0.1:PORT with a ListTables
// request every 2 ms from this one process (cheap, unlike spawning curl, which competes for the
// CPU with the server it is timing) and prints the milliseconds from spawn to the first HTTP
// answer of any status. Stops the server (SIGTERM, then SIGKILL after 5 s) before exiting.
// Usage: node bench/cold-start.js PORT TIMEOUT_S -- COMMAND [ARGS...]
'use strict';
const { spawn } = require('child_process');
const http = require('http');

const [portText, timeoutText, dashes, command, ...args] = process.argv.slice(2);
const port = Number(portText);
const timeoutMs = Number(timeoutText) * 1000;
if (!(port > 0) || !(timeoutMs > 0) || dashes !== '--' || !command) {
  console.error('usage: node bench/cold-start.js PORT TIMEOUT_S -- COMMAND [ARGS...]');
  process.exit(2);
}
const body = '{}';
const headers = {
  'Content-Type': 'application/x-amz-json-1.0',
  'X-Amz-Target': 'DynamoDB_20120810.ListTables',
  'X-Amz-Date': '20260101T000000Z',
  Authorization:
    'AWS4-HMAC-SHA256 Credential=k/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
  'Content-Length': Buffer.byteLength(body),
};

const t0 = process.hrtime.bigint();
const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
let done = false;

function stop(code) {
  if (done) return;
  done = true;
  try { process.kill(-child.pid, 'SIGTERM'); } catch (e) { /* already gone */ }
  const killer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch (e) { /* gone */ } }, 5000);
  child.on('exit', () => { clearTimeout(killer); process.exit(code); });
  if (child.exitCode !== null) process.exit(code);
}

child.on('exit', (code) => {
  if (!done) {
    console.error(`cold-start: the server exited (${code}) before answering`);
    done = true;
    process.exit(1);
  }
});

function poll() {
  if (done) return;
  if (Number(process.hrtime.bigint() - t0) / 1e6 > timeoutMs) {
    console.error(`cold-start: no answer on port ${port} within ${timeoutText} s`);
    stop(1);
    return;
  }
  const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers, agent: false }, (res) => {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    res.resume();
    console.log(Math.round(ms));
    stop(0);
  });
  req.on('error', () => setTimeout(poll, 2));
  req.end(body);
}
poll();
