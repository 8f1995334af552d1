// The page in headless Chromium: served by scripts/serve.mjs, it is cross-origin isolated, loads
// the engine in a Worker (wasm/asyncplay.mjs), runs snippets with live output, and stops them.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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

test('the page runs Python with threads: live output, errors, Stop, run again', async () => {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });

  await page.goto(baseUrl); // redirects to /web/
  assert.equal(await page.evaluate(() => globalThis.crossOriginIsolated), true);
  const status = page.getByRole('status');
  await status.filter({ hasText: 'Ready' }).waitFor({ timeout: 60_000 });
  const output = page.locator('section[aria-label="Output"] pre');
  const run = page.getByRole('button', { name: 'Run' });
  const stop = page.getByRole('button', { name: 'Stop' });

  // asyncio: the first line arrives while the program still sleeps.
  await page.getByLabel('Example').selectOption({ label: 'asyncio: await a one-second sleep' });
  await run.click();
  await output.filter({ hasText: 'sleeping...' }).waitFor();
  assert.match(await status.textContent(), /^Running/);
  await status.filter({ hasText: 'Finished: exit code 0' }).waitFor();
  assert.equal(await output.textContent(), 'sleeping...\nwoke up after 1.0 s\n');

  // A thread sleeps a second: the first lines arrive while it still sleeps.
  await page.getByLabel('Example').selectOption({ label: 'threading: start and join a thread that sleeps' });
  await run.click();
  await output.filter({ hasText: 'worker: sleeping one second' }).waitFor();
  assert.match(await status.textContent(), /^Running/);
  await status.filter({ hasText: 'Finished: exit code 0' }).waitFor();
  assert.equal(
    await output.textContent(),
    'worker: sleeping one second\nmain: waiting for Thread-1 (worker)\nworker: done\nmain: joined\n',
  );

  // A thread that fails prints its traceback on stderr; the program goes on.
  await page.getByLabel('Example').selectOption({ label: 'threading.sleep does not exist (the error a learner meets)' });
  await page.getByLabel('Code').press('Control+Enter');
  await status.filter({ hasText: 'Finished: exit code 0' }).waitFor();
  const stderr = await page.locator('#output .stderr').textContent();
  assert.match(stderr, /^Exception in thread Thread-1 \(worker\):\nTraceback/);
  assert.match(stderr, /AttributeError: module 'threading' has no attribute 'sleep'\n$/);
  assert.match(await output.textContent(), /the thread failed, the program went on\n$/);

  // Stop ends an infinite loop as KeyboardInterrupt, and the next run works.
  await page.getByLabel('Code').fill('print("spinning")\nwhile True:\n    pass\n');
  await run.click();
  await output.filter({ hasText: 'spinning' }).waitFor();
  await stop.click();
  await status.filter({ hasText: 'Finished: exit code 130' }).waitFor({ timeout: 5_000 });
  assert.match(await output.textContent(), /KeyboardInterrupt\n$/);
  await page.getByLabel('Code').fill('import threading\nprint(threading.current_thread().name)\n');
  await run.click();
  await status.filter({ hasText: 'Finished: exit code 0' }).waitFor();
  assert.equal(await output.textContent(), 'MainThread\n');

  // The snippet survives a reload.
  await page.reload();
  await status.filter({ hasText: 'Ready' }).waitFor({ timeout: 60_000 });
  assert.equal(await page.getByLabel('Code').inputValue(), 'import threading\nprint(threading.current_thread().name)\n');

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
  const status = page.getByRole('status');
  assert.equal(await status.textContent(), 'Threads are unavailable on this page.');
  assert.equal(await page.getByRole('button', { name: 'Run' }).isDisabled(), true);
  await page.close();
});
