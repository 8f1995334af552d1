// The page's timeline model (web/timeline-model.js): built live from the engine's trace events, it
// must describe the run exactly as the finished trace does; and its summary, row order and lookups.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { createRuntime } from '../../wasm/asyncplay.mjs';
import { formatTime, TimelineModel } from '../../web/timeline-model.js';

let runtime;

before(async () => {
  assert.ok(
    existsSync(new URL('../../build/wasm/asyncplay.mjs', import.meta.url)),
    'build/wasm/asyncplay.mjs is missing: run `npm run build:wasm`',
  );
  runtime = await createRuntime({ poolSize: 4 });
});

after(async () => {
  await runtime?.dispose();
});

// What a model says about every lane, comparable with deepEqual.
function describeModel(model) {
  return model.rows().map(({ lane, depth }) => ({
    depth,
    name: lane.name,
    kind: lane.kind,
    parent: lane.parent,
    created: lane.created,
    ended: lane.ended,
    intervals: lane.states.map((state, i) => [state, lane.details[i], lane.starts[i], lane.ends[i]]),
    instants: lane.instants,
  }));
}

const SNIPPET = `
import asyncio, threading, time

def blocking():
    time.sleep(0.05)
    print("thread done")

async def child(n):
    await asyncio.sleep(0.02 * n)
    print("child", n)
    if n == 2:
        raise ValueError("two")

async def main():
    t = threading.Thread(target=blocking, name="worker")
    t.start()
    results = await asyncio.gather(child(1), child(2), child(3), return_exceptions=True)
    print(results)
    await asyncio.to_thread(t.join)

asyncio.run(main())
`;

test('the live model equals the finished trace, lane by lane and event by event', async () => {
  const live = new TimelineModel();
  const run = runtime.run(SNIPPET, { trace: true, onTraceEvent: (event) => live.apply(event) });
  const result = await run.done;
  assert.equal(result.exitCode, 0);
  const final = TimelineModel.fromTrace(result.trace);
  live.finish(final.end);
  assert.equal(live.end, final.end);
  assert.deepEqual(describeModel(live), describeModel(final));

  // Threads first, each followed by its tasks.
  const rows = final.rows().map(({ lane, depth }) => `${'  '.repeat(depth)}${lane.name}`);
  assert.equal(rows[0], 'MainThread');
  assert.ok(rows.includes('worker'));
  for (const task of ['Task-1', 'Task-2', 'Task-3', 'Task-4']) {
    assert.ok(rows.includes(`  ${task}`), `${task} in ${rows.join(' | ')}`);
  }
  const worker = [...final.lanes.values()].find((lane) => lane.name === 'worker');
  assert.ok(worker.states.includes('sleeping'));
  assert.ok(worker.instants.some((inst) => inst.kind === 'stdout' && inst.label === 'thread done\n'));
});

test('a hand-made trace: lookups, row order and the summary', () => {
  const model = TimelineModel.fromTrace({
    end: 1000,
    dropped: 0,
    lanes: [
      { id: 1, kind: 'thread', name: 'MainThread', parent: null, created: 0, ended: null },
      { id: 2, kind: 'thread', name: 'T', parent: null, created: 100, ended: 900 },
      { id: 3, kind: 'task', name: 'Task-1', parent: 1, created: 0, ended: 800 },
    ],
    intervals: [
      { lane: 1, state: 'running', detail: '', start: 0, end: 500, open: false },
      { lane: 3, state: 'sleeping', detail: 'asyncio.sleep(1)', start: 0, end: 800, open: false },
      { lane: 2, state: 'running', detail: '', start: 100, end: 900, open: false },
      { lane: 1, state: 'blocked', detail: 'join T', start: 500, end: 900, open: false },
      { lane: 1, state: 'running', detail: '', start: 900, end: 1000, open: true },
    ],
    instants: [{ lane: 2, kind: 'stdout', label: 'hi\n', time: 300 }],
  });
  assert.deepEqual(
    model.rows().map(({ lane, depth }) => [lane.name, depth]),
    [
      ['MainThread', 0],
      ['Task-1', 1],
      ['T', 0],
    ],
  );
  const main = model.lanes.get(1);
  assert.equal(main.intervalAt(600, 1000), 1);
  assert.equal(main.details[main.intervalAt(600, 1000)], 'join T');
  assert.equal(main.intervalAt(950, 1000), 2);
  assert.equal(main.firstEndingAfter(700), 1);
  assert.equal(model.lanes.get(2).intervalAt(50, 1000), -1);

  const s = model.summary();
  assert.equal(s.wall, 1000);
  assert.equal(s.threads, 2);
  assert.equal(s.lanes, 3);
  assert.deepEqual(
    s.busy.map((b) => [b.name, b.running]),
    [
      ['T', 800],
      ['MainThread', 600],
      ['Task-1', 0],
    ],
  );
  // MainThread and T both ran from 100 to 500.
  assert.equal(s.parallelRunning, 400);
  // MainThread (always busy), Task-1 (sleeping to 800) and T (100 to 900) overlapped: 3 at once.
  assert.equal(s.peakActive, 3);
});

test('formatTime', () => {
  assert.equal(formatTime(0), '0 µs');
  assert.equal(formatTime(999), '999 µs');
  assert.equal(formatTime(1500), '1.5 ms');
  assert.equal(formatTime(250_000), '250 ms');
  assert.equal(formatTime(1_000_000), '1 s');
  assert.equal(formatTime(1_250_000), '1.25 s');
  assert.equal(formatTime(12_340_000), '12.3 s');
});
