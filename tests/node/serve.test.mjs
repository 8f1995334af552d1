// scripts/serve.mjs: isolation headers, MIME types, and nothing served outside the site folder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { resolveRequestPath, startServer } from '../../scripts/serve.mjs';

let server;
let base;
let site;
let outside;

before(async () => {
  outside = mkdtempSync(path.join(tmpdir(), 'asyncplay-serve-'));
  site = path.join(outside, 'site');
  mkdirSync(path.join(site, 'engine'), { recursive: true });
  writeFileSync(path.join(outside, 'secret.txt'), 'not served\n');
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>site</title>\n');
  writeFileSync(path.join(site, 'app.js'), 'export {};\n');
  writeFileSync(path.join(site, 'engine/asyncplay.mjs'), 'export default {};\n');
  writeFileSync(path.join(site, 'engine/asyncplay.wasm'), Buffer.from([0, 97, 115, 109]));
  ({ server, url: base } = await startServer({ port: 0, root: site }));
});

after(() => {
  server.close();
  server.closeAllConnections();
  rmSync(outside, { recursive: true, force: true });
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

// The tests serve a small fake site, so they do not depend on `npm run build:site`.
test('the page is served with cross-origin isolation headers', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /^text\/html/);
  assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin');
  assert.equal(res.headers['cross-origin-embedder-policy'], 'require-corp');
  assert.equal(res.headers['cross-origin-resource-policy'], 'same-origin');
  assert.equal(res.body, '<!doctype html><title>site</title>\n');
});

test('a folder without its slash is redirected', async () => {
  const res = await get('/engine');
  assert.equal(res.status, 301);
  assert.equal(res.headers.location, '/engine/');
});

test('JavaScript and wasm get their MIME types', async () => {
  assert.match((await get('/app.js')).headers['content-type'], /^text\/javascript/);
  assert.match((await get('/engine/asyncplay.mjs')).headers['content-type'], /^text\/javascript/);
  assert.equal((await get('/engine/asyncplay.wasm')).headers['content-type'], 'application/wasm');
});

test('nothing outside the site folder', async () => {
  for (const path of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/engine/../../secret.txt',
    '/%00',
    '/missing.html',
  ]) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.equal(res.headers['cross-origin-embedder-policy'], 'require-corp', path);
  }
});

test('resolveRequestPath keeps to the site folder', () => {
  // Dot segments are resolved first, so a path can never climb out of the folder.
  assert.equal(resolveRequestPath('/../../etc/passwd', '/site'), '/site/etc/passwd');
  assert.equal(resolveRequestPath('/a/%2e%2e/%2e%2e/x', '/site'), '/site/x');
  assert.equal(resolveRequestPath('/a%5c..%5c..%5cx', '/site'), null);
  assert.equal(resolveRequestPath('/index.html', '/site'), '/site/index.html');
  assert.equal(resolveRequestPath('/', '/site'), '/site');
  assert.equal(resolveRequestPath('/engine/a.mjs', '/site'), '/site/engine/a.mjs');
});

test('--no-isolation leaves out the isolation headers, as a static host would', async () => {
  const plain = await startServer({ port: 0, root: site, isolation: false });
  try {
    const { hostname, port } = new URL(plain.url);
    const headers = await new Promise((resolve, reject) => {
      request({ hostname, port, path: '/', method: 'HEAD' }, (res) => resolve(res.headers))
        .on('error', reject)
        .end();
    });
    assert.equal(headers['cross-origin-opener-policy'], undefined);
    assert.equal(headers['cross-origin-embedder-policy'], undefined);
    assert.match(headers['content-type'], /^text\/html/);
  } finally {
    plain.server.close();
    plain.server.closeAllConnections();
  }
});

test('only GET and HEAD', async () => {
  const { hostname, port } = new URL(base);
  const status = await new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: '/', method: 'POST' }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 405);
});
