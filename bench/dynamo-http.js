// A minimal DynamoDB JSON-protocol client for the benchmark scripts (seed.js, load.js):
// loopback endpoints only, keep-alive connections, a SigV4-shaped header the engine accepts.
'use strict';
const http = require('http');

function client(endpointText, { maxSockets = 4, timeout = 10000 } = {}) {
  const endpoint = new URL(endpointText || 'http://127.0.0.1:8000');
  if (endpoint.hostname !== '127.0.0.1' && endpoint.hostname !== 'localhost') {
    throw new Error('loopback endpoints only: ' + endpoint);
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets });

  // Resolves with the parsed answer of a 200; rejects with an Error whose `type` is the
  // DynamoDB error type otherwise.
  function call(op, body) {
    const data = Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: endpoint.hostname, port: endpoint.port, path: '/', method: 'POST', agent, timeout,
        headers: {
          'Content-Type': 'application/x-amz-json-1.0',
          'X-Amz-Target': 'DynamoDB_20120810.' + op,
          'X-Amz-Date': '20260101T000000Z',
          'Authorization': 'AWS4-HMAC-SHA256 Credential=k/20260101/us-east-1/dynamodb/aws4_request, '
            + 'SignedHeaders=host;x-amz-date, Signature=0',
          'Content-Length': data.length,
        },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let json;
          try { json = text ? JSON.parse(text) : {}; } catch (e) { json = { raw: text }; }
          if (res.statusCode === 200) resolve(json);
          else {
            const err = new Error(`${op}: HTTP ${res.statusCode} ${text.slice(0, 300)}`);
            err.type = String(json.__type || '');
            reject(err);
          }
        });
      });
      req.on('timeout', () => req.destroy(new Error(op + ': timed out')));
      req.on('error', reject);
      req.end(data);
    });
  }

  return { endpoint, call, close: () => agent.destroy() };
}

module.exports = { client };
