#!/usr/bin/env node
// scripts/screenshot.mjs [SLUG] [OUT.png]: the README's screenshot. Serves build/site, opens the
// page in headless Chromium, runs the example SLUG (default: thread-pool), hovers a timeline lane
// and saves the window (default: docs/screenshot.png). Needs `npm run build`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const slug = process.argv[2] ?? 'thread-pool';
const out = path.resolve(process.argv[3] ?? path.join(ROOT, 'docs/screenshot.png'));

const server = spawn(process.execPath, ['scripts/serve.mjs'], {
  cwd: ROOT,
  env: { ...process.env, PORT: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = text.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (match) resolve(match[0]);
  });
  server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 }, colorScheme: 'light' });
  await page.goto(url);
  await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor({ timeout: 60_000 });
  const index = await page.evaluate((s) => window.asyncplayPage.examples.findIndex((e) => e.slug === s), slug);
  if (index < 0) throw new Error(`no example '${slug}'`);
  await page.getByLabel('Example').selectOption({ index: index + 1 });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /^(Finished|Stopped)/ }).waitFor({ timeout: 60_000 });
  await page.getByLabel('time and lane').check();
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + box.width * 0.55, box.y + 22 + 20 * 1.5);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`screenshot: ${path.relative(ROOT, out)}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
