#!/usr/bin/env node
// bench/page.mjs: the playground page's own numbers, in headless Chromium (as the browser tests
// drive it), printed as a Markdown table against the targets of issue 6 and issue 5:
//
//   - page weight: index.html, app.js, app.css, runtime-worker.mjs gzipped (target < 300 KB);
//   - cold load to an interactive editor (target < 1 s) and to an engine ready to run;
//   - first output after Run on a just-started runtime (target < 300 ms), and on a warm one;
//   - drawing a timeline of 100 lanes and 10,000 events: full view, zoomed, panned (a frame
//     has 16 ms).
//
//   node bench/page.mjs [--runs N] [--json OUT]      (needs build/site: npm run build)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', 5));
const jsonOut = option('--json', null);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function startServer() {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (match) resolve({ child, url: match[0] });
    });
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
}

// A synthetic trace: `lanes` lanes (a tenth of them threads, the rest tasks under them) with
// `events` intervals and instants in all, spread over `seconds`.
function syntheticTrace(lanes, events, seconds) {
  const end = seconds * 1e6;
  const trace = { format: 'asyncplay-trace', version: 1, end, dropped: 0, lanes: [], intervals: [], instants: [] };
  const threads = Math.max(1, Math.round(lanes / 10));
  for (let id = 1; id <= lanes; id++) {
    const isThread = id <= threads;
    trace.lanes.push({
      id,
      kind: isThread ? 'thread' : 'task',
      name: isThread ? `Thread-${id}` : `Task-${id}`,
      parent: isThread ? null : 1 + (id % threads),
      created: 0,
      ended: null,
    });
  }
  const perLane = Math.floor(events / lanes);
  const states = ['running', 'ready', 'sleeping', 'waiting', 'blocked'];
  let seed = 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let id = 1; id <= lanes; id++) {
    let t = 0;
    const step = end / perLane;
    for (let i = 0; i < perLane; i++) {
      const length = step * (0.2 + random() * 1.6);
      if (i % 5 === 4) {
        trace.instants.push({ lane: id, kind: 'stdout', label: `line ${i}\n`, time: Math.round(t) });
      } else {
        trace.intervals.push({
          lane: id,
          state: states[Math.floor(random() * states.length)],
          detail: 'Lock.acquire()',
          start: Math.round(t),
          end: Math.round(Math.min(end, t + length)),
          open: false,
        });
      }
      t = Math.min(end, t + length);
    }
  }
  return trace;
}

async function main() {
  const { child, url } = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const results = { date: new Date().toISOString().slice(0, 10), cpus: cpus().length, rows: [] };
  try {
    // Page weight.
    const files = ['index.html', 'app.js', 'app.css', 'runtime-worker.mjs'];
    const gz = files.map((f) => gzipSync(readFileSync(path.join(ROOT, 'build/site', f)), { level: 9 }).length);
    const totalKb = gz.reduce((a, b) => a + b, 0) / 1024;
    results.rows.push(['page JS + CSS + HTML, gzipped', `${totalKb.toFixed(0)} KB`, '< 300 KB', totalKb < 300]);

    // Cold loads: a new browser context each time (empty cache, new runtime).
    const editor = [];
    const ready = [];
    const firstCold = [];
    const firstWarm = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor({ timeout: 60_000 });
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      );
      editor.push(marks['asyncplay:editor']);
      ready.push(marks['asyncplay:ready']);
      for (const list of [firstCold, firstWarm]) {
        await page.evaluate(() => performance.clearMarks());
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText('print("hello")\n');
        await page.keyboard.press('Control+Enter');
        await page.getByRole('status').filter({ hasText: 'Finished' }).waitFor();
        list.push(
          await page.evaluate(() => {
            const mark = (name) => performance.getEntriesByName(name)[0].startTime;
            return mark('asyncplay:first-output') - mark('asyncplay:run');
          }),
        );
      }
      await context.close();
    }
    const ms = (v) => `${Math.round(median(v))} ms`;
    results.rows.push(['cold load to an interactive editor', ms(editor), '< 1000 ms', median(editor) < 1000]);
    results.rows.push(['cold load to the engine ready', ms(ready), '', null]);
    results.rows.push(['Run to first output, first run', ms(firstCold), '< 300 ms', median(firstCold) < 300]);
    results.rows.push(['Run to first output, next runs', ms(firstWarm), '', null]);

    // Timeline drawing.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.locator('.cm-content').waitFor();
    const trace = syntheticTrace(100, 10_000, 5);
    const draw = await page.evaluate(async (t) => {
      const view = window.asyncplayPage.timeline;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      window.asyncplayPage.showTrace(t);
      await frame();
      const measure = async (action, n = 30) => {
        const times = [];
        for (let i = 0; i < n; i++) {
          action(i);
          await frame();
          times.push(view.lastDrawMs);
        }
        times.sort((a, b) => a - b);
        return { median: times[n >> 1], max: times[n - 1] };
      };
      const fit = await measure(() => view.fit());
      const zoom = await measure((i) => view.zoom(i % 2 ? 1.25 : 0.8));
      const pan = await measure((i) => view.pan(i % 2 ? 40 : -40, i % 4 < 2 ? 20 : -20));
      return { fit, zoom, pan };
    }, trace);
    for (const [name, d] of Object.entries(draw)) {
      results.rows.push([
        `timeline draw, 100 lanes / 10k events, ${name} (median, max)`,
        `${d.median.toFixed(1)} ms, ${d.max.toFixed(1)} ms`,
        '< 16 ms',
        d.max < 16,
      ]);
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }

  console.log(`Page benchmarks, headless Chromium, ${results.cpus} CPUs, ${results.date}, median of ${runs} cold loads\n`);
  console.log('| measure | result | target | met |');
  console.log('|---|---:|---:|:-:|');
  for (const [name, value, target, met] of results.rows) {
    console.log(`| ${name} | ${value} | ${target} | ${met === null ? '' : met ? 'yes' : 'no'} |`);
  }
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
