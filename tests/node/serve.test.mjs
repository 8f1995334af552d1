// scripts/serve.mjs: isolation headers, MIME types, and nothing served outside web/, wasm/ and
// build/wasm/.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';

import { resolveRequestPath, startServer } from '../../scripts/serve.mjs';

let server;
let base;

before(async () => {
  ({ server, url: base } = await startServer({ port: 0 }));
});

after(() => {
  server.close();
  server.closeAllConnections();
});

// A raw GET, so that paths like /../x reach the server unnormalized.
function get(path) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the page is served with cross-origin isolation headers', async () => {
  const res = await get('/web/');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /^text\/html/);
  assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin');
  assert.equal(res.headers['cross-origin-embedder-policy'], 'require-corp');
  assert.equal(res.headers['cross-origin-resource-policy'], 'same-origin');
  assert.match(res.body, /<title>asyncplay<\/title>/);
});

test('/ redirects to the page', async () => {
  const res = await get('/');
  assert.equal(res.status, 302);
  assert.equal(res.headers.location, '/web/');
  assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin');
});

test('JavaScript and wasm get their MIME types', async () => {
  assert.match((await get('/web/main.js')).headers['content-type'], /^text\/javascript/);
  const mjs = await get('/build/wasm/asyncplay.mjs');
  if (mjs.status === 200) {
    assert.match(mjs.headers['content-type'], /^text\/javascript/);
    assert.equal((await get('/build/wasm/asyncplay.wasm')).headers['content-type'], 'application/wasm');
  }
});

test('nothing outside the served folders', async () => {
  for (const path of [
    '/package.json',
    '/scripts/serve.mjs',
    '/web/../package.json',
    '/web/%2e%2e/package.json',
    '/web/..%2fpackage.json',
    '/build/wasm/../native/CMakeCache.txt',
    '/web/%00',
    '/.git/config',
  ]) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.equal(res.headers['cross-origin-embedder-policy'], 'require-corp', path);
  }
});

test('resolveRequestPath keeps to the served folders', () => {
  assert.equal(resolveRequestPath('/web/../../etc/passwd', '/repo'), null);
  assert.equal(resolveRequestPath('/web/a%5c..%5c..%5cx', '/repo'), null);
  assert.equal(resolveRequestPath('/webx/a', '/repo'), null);
  assert.equal(resolveRequestPath('/web/index.html', '/repo'), '/repo/web/index.html');
  assert.equal(resolveRequestPath('/build/wasm/a.mjs', '/repo'), '/repo/build/wasm/a.mjs');
});

test('only GET and HEAD', async () => {
  const { hostname, port } = new URL(base);
  const status = await new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: '/web/', method: 'POST' }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 405);
});
