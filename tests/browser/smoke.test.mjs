// The page in headless Chromium: served by scripts/serve.mjs, it is cross-origin isolated, loads
// the wasm engine in a Worker and shows a result that several threads computed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const THREADS = 4;
const LIMIT = 2_000_000;
const PRIMES_BELOW_LIMIT = 148_933;

let server;
let baseUrl;
let browser;
const pageErrors = [];

// Starts `node scripts/serve.mjs` on a free port and resolves with the URL it prints.
function startServer() {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('serve.mjs did not start in 10 s')), 10_000);
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[0] });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
}

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run scripts/setup.sh --browser`);
  assert.ok(
    existsSync(new URL('../../build/wasm/asyncplay.mjs', import.meta.url)),
    'build/wasm/asyncplay.mjs is missing: run `npm run build:wasm`',
  );
  ({ child: server, url: baseUrl } = await startServer());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
});

test('the page computes primes with threads in a cross-origin isolated Worker', async () => {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });

  await page.goto(baseUrl); // redirects to /web/
  assert.equal(await page.evaluate(() => globalThis.crossOriginIsolated), true);

  const output = page.getByRole('region', { name: 'Output' });
  const status = output.getByRole('status');
  await status.filter({ hasText: /computed by \d+ threads/ }).waitFor({ timeout: 60_000 });
  const text = await status.textContent();

  const number = (s) => Number(s.replaceAll(',', ''));
  const match = text.match(/^([\d,]+) primes below ([\d,]+), computed by (\d+) threads/);
  assert.ok(match, `unexpected result text: ${text}`);
  assert.equal(number(match[2]), LIMIT);
  assert.equal(number(match[1]), PRIMES_BELOW_LIMIT);
  assert.equal(Number(match[3]), THREADS);
  assert.equal(await output.getByRole('listitem').count(), THREADS);

  // The Run button is enabled again and reruns with other settings.
  await page.getByLabel('Threads').selectOption('2');
  await page.getByLabel('Count primes below').fill('100000');
  await page.getByRole('button', { name: 'Run' }).click();
  await status.filter({ hasText: /^9,592 primes below 100,000, computed by 2 threads/ }).waitFor();

  assert.deepEqual(pageErrors, []);
  await page.close();
});

test('without the isolation headers the page says plainly that threads are unavailable', async () => {
  const page = await browser.newPage();
  // Re-serve every response without COOP/COEP, as a plain static host would.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['cross-origin-opener-policy'];
    delete headers['cross-origin-embedder-policy'];
    await route.fulfill({ response, headers });
  });
  await page.goto(`${baseUrl}web/`);
  assert.equal(await page.evaluate(() => globalThis.crossOriginIsolated), false);
  await page.getByText('This page is not cross-origin isolated').waitFor();
  const status = page.getByRole('region', { name: 'Output' }).getByRole('status');
  assert.equal(await status.textContent(), 'Threads are unavailable on this page.');
  assert.equal(await page.getByRole('button', { name: 'Run' }).isDisabled(), true);
  await page.close();
});
