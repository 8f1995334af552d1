// The engine built without threads (build/wasm-st, the wasm-st preset), as pages that are not
// cross-origin isolated get it: createRuntime({ threads: false }) under Node. asyncio, sleeps and
// single-threaded locks and queues work, output streams live while the program runs on the
// Worker's own thread, starting a thread raises RuntimeError saying why, and Stop replaces the
// Worker at once. Program outputs are CPython's (python3 3.11) where CPython has the same result;
// where threads make the difference, the expectation says so.
//
// Skipped when build/wasm-st is missing, unless ASYNCPLAY_REQUIRE_WASM_ST=1 (scripts/test.sh sets
// it when it built the preset).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { createRuntime } from '../../wasm/asyncplay.mjs';

const built = existsSync(new URL('../../build/wasm-st/asyncplay.mjs', import.meta.url));
const required = process.env.ASYNCPLAY_REQUIRE_WASM_ST === '1';
const skip = !built && !required ? 'build/wasm-st is missing (bash scripts/build.sh wasm-st)' : false;

const NO_THREADS_MESSAGE =
  "can't start new thread: this page is not cross-origin isolated, so the browser gives it no " +
  'shared memory and asyncplay runs without threads; serve it with the headers ' +
  'Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp ' +
  '(npm start does), or open it directly instead of inside a frame';

let runtime;

before(async () => {
  if (skip) return;
  assert.ok(built, 'build/wasm-st/asyncplay.mjs is missing: run `bash scripts/build.sh wasm-st`');
  runtime = await createRuntime({ threads: false });
});

after(async () => {
  await runtime?.dispose();
});

// Runs `source` to the end; collects stdout, stderr and every output call with the wall-clock
// time (ms since the run was started) at which it arrived.
async function collect(source, options = {}, whileRunning) {
  const out = { stdout: '', stderr: '', calls: [], events: [] };
  const t0 = performance.now();
  const run = runtime.run(source, {
    ...options,
    onOutput(stream, text, lane, timeMs) {
      out[stream] += text;
      out.calls.push({ stream, text, lane, timeMs, arrivedMs: performance.now() - t0 });
    },
    onTraceEvent(event) {
      out.events.push(event);
    },
  });
  if (whileRunning) await whileRunning(run, out);
  const result = await run.done;
  return { ...out, ...result, wallMs: performance.now() - t0 };
}

function lastLine(text) {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1];
}

describe('the engine without threads', { skip }, () => {
  test('runtime.threads is false', () => {
    assert.equal(runtime.threads, false);
    assert.match(runtime.version, /^\d+\.\d+\.\d+/);
  });

  test('asyncio: sleeps and gather, output arriving live', async () => {
    const source = `import asyncio, time

async def worker(name, delay):
    print(f"{name} starts")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}")
    return name.upper()

async def main():
    t0 = time.monotonic()
    results = await asyncio.gather(worker("a", 0.3), worker("b", 0.1), worker("c", 0.2))
    print(results, time.monotonic() - t0 >= 0.3)

asyncio.run(main())
`;
    const r = await collect(source);
    // python3 prints exactly this.
    assert.equal(
      r.stdout,
      'a starts\nb starts\nc starts\nb done after 0.1\nc done after 0.2\na done after 0.3\n' +
        "['A', 'B', 'C'] True\n",
    );
    assert.equal(r.stderr, '');
    assert.equal(r.exitCode, 0);
    assert.equal(r.restarted, false);
    // Live: "b done" reached us while the program still slept for a and c.
    const b = r.calls.find((c) => c.text.includes('b done'));
    assert.ok(b, 'b done was printed');
    assert.ok(
      b.arrivedMs < r.wallMs - 120,
      `"b done" arrived at ${b.arrivedMs.toFixed(0)} ms, the run ended at ${r.wallMs.toFixed(0)} ms`,
    );
  });

  test('threading.Thread.start raises RuntimeError saying why', async () => {
    const caught = await collect(
      'import threading\ntry:\n    threading.Thread(target=print).start()\n' +
        'except RuntimeError as e:\n    print(e)\nprint(threading.active_count())\n',
    );
    assert.equal(caught.stdout, `${NO_THREADS_MESSAGE}\n1\n`);
    assert.equal(caught.exitCode, 0);

    const uncaught = await collect('import threading\nthreading.Thread(target=print).start()\n');
    assert.equal(uncaught.exitCode, 1);
    assert.equal(lastLine(uncaught.stderr), `RuntimeError: ${NO_THREADS_MESSAGE}`);

    const raw = await collect('import _thread\n_thread.start_new_thread(print, ())\n');
    assert.equal(lastLine(raw.stderr), `RuntimeError: ${NO_THREADS_MESSAGE}`);
  });

  test('ThreadPoolExecutor, asyncio.to_thread and run_in_executor fail the same way', async () => {
    const source = `import asyncio
from concurrent.futures import ThreadPoolExecutor

try:
    with ThreadPoolExecutor(max_workers=2) as ex:
        ex.submit(pow, 2, 10)
except RuntimeError as e:
    print("executor:", e)

async def main():
    try:
        await asyncio.to_thread(sum, [1, 2])
    except RuntimeError as e:
        print("to_thread:", e)
    try:
        await asyncio.get_running_loop().run_in_executor(None, sum, [1])
    except RuntimeError as e:
        print("run_in_executor:", e)
    print("still running")

asyncio.run(main())
print("end")
`;
    const r = await collect(source);
    // With threads python3 prints only "still running" and "end"; here each call fails.
    assert.equal(
      r.stdout,
      `executor: ${NO_THREADS_MESSAGE}\nto_thread: ${NO_THREADS_MESSAGE}\n` +
        `run_in_executor: ${NO_THREADS_MESSAGE}\nstill running\nend\n`,
    );
    assert.equal(r.stderr, '');
    assert.equal(r.exitCode, 0);
  });

  test('locks, events, queues, conditions and time.sleep on one thread', async () => {
    const source = `import threading, queue, time
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), threading.get_ident() == threading.main_thread().ident)
lock = threading.Lock()
print(lock.acquire(), lock.acquire(timeout=0.05), lock.locked())
lock.release()
rlock = threading.RLock()
with rlock:
    with rlock:
        print("rlock twice")
ev = threading.Event()
print(ev.wait(0.05), ev.is_set())
ev.set()
print(ev.wait(), ev.wait(0.01))
q = queue.Queue()
q.put(1)
print(q.get(), q.qsize())
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("empty")
cond = threading.Condition()
with cond:
    print(cond.wait(0.02))
sem = threading.Semaphore(1)
print(sem.acquire(), sem.acquire(timeout=0.02))
t0 = time.monotonic()
time.sleep(0.2)
print("slept", time.monotonic() - t0 >= 0.2)
`;
    const r = await collect(source);
    // python3 prints exactly this.
    assert.equal(
      r.stdout,
      'MainThread True\n1 True\nTrue False True\nrlock twice\nFalse False\nTrue True\n1 0\n' +
        'empty\nFalse\nTrue False\nslept True\n',
    );
    assert.equal(r.exitCode, 0);
  });

  test('time.sleep sleeps, and its output before the sleep arrives first', async () => {
    const r = await collect('import time\nprint("before")\ntime.sleep(0.3)\nprint("after")\n');
    assert.equal(r.stdout, 'before\nafter\n');
    assert.ok(r.durationMs >= 290, `durationMs ${r.durationMs}`);
    const before = r.calls.find((c) => c.text.includes('before'));
    assert.ok(before.arrivedMs < r.wallMs - 200, `"before" arrived at ${before.arrivedMs} ms`);
  });

  test('Stop ends a busy loop at once with 130 and KeyboardInterrupt; the next run works', async () => {
    const t0 = performance.now();
    let stoppedAt = 0;
    const r = await collect('print("spinning", flush=True)\nwhile True:\n    pass\n', {}, async (run, out) => {
      while (!out.stdout.includes('spinning')) await new Promise((resolve) => setTimeout(resolve, 5));
      stoppedAt = performance.now();
      run.stop();
    });
    const took = performance.now() - stoppedAt;
    assert.ok(took < 1000, `the run ended ${took.toFixed(0)} ms after stop()`);
    assert.ok(performance.now() - t0 < 5000);
    assert.equal(r.exitCode, 130);
    assert.equal(r.restarted, true);
    assert.equal(r.stdout, 'spinning\n');
    assert.equal(lastLine(r.stderr), 'KeyboardInterrupt');
    assert.match(r.stderr, /stopped/);

    const next = await collect('print(sum(range(10)))\n');
    assert.equal(next.stdout, '45\n');
    assert.equal(next.exitCode, 0);
    assert.equal(runtime.threads, false);
  });

  test('Stop during an asyncio sleep', async () => {
    const r = await collect(
      'import asyncio\nasync def main():\n    print("waiting")\n    await asyncio.sleep(30)\nasyncio.run(main())\n',
      {},
      async (run, out) => {
        while (!out.stdout.includes('waiting')) await new Promise((resolve) => setTimeout(resolve, 5));
        run.stop();
      },
    );
    assert.equal(r.exitCode, 130);
    assert.ok(r.wallMs < 5000);
    assert.equal(lastLine(r.stderr), 'KeyboardInterrupt');
  });

  test('trace: live events and the whole trace', async () => {
    const source = `import asyncio

async def tick(n):
    await asyncio.sleep(0.01 * n)
    print("tick", n)

async def main():
    await asyncio.gather(tick(1), tick(2))

asyncio.run(main())
`;
    const r = await collect(source, { trace: true });
    assert.equal(r.stdout, 'tick 1\ntick 2\n');
    assert.equal(r.exitCode, 0);
    assert.ok(r.events.length > 0, 'live trace events arrived');
    assert.ok(r.trace, 'done resolved with the trace');
    const text = JSON.stringify(r.trace);
    assert.match(text, /tick/);
    const laneNames = r.events.filter((e) => e.type === 'lane').map((e) => e.name);
    assert.ok(laneNames.length >= 3, `lanes: ${laneNames}`);
    const outputs = r.events.filter((e) => e.type === 'instant' && e.kind === 'stdout');
    assert.deepEqual(
      outputs.map((e) => e.label),
      ['tick 1\n', 'tick 2\n'],
    );
  });

  // A sample of the corpus: the asyncio snippets that use no threads, through this runtime.
  test('corpus: tests/py/asyncio without threads', async () => {
    const dir = new URL('../py/asyncio/', import.meta.url);
    const knownFailing = new Set(
      readFileSync(new URL('../py/known_failing.txt', import.meta.url), 'utf8')
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim())
        .filter(Boolean),
    );
    const names = readdirSync(dir)
      .filter((name) => name.endsWith('.py'))
      .filter((name) => !knownFailing.has(`tests/py/asyncio/${name}`))
      .filter((name) => existsSync(new URL(name.replace(/\.py$/, '.expected'), dir)))
      .filter((name) => !existsSync(new URL(name.replace(/\.py$/, '.stdin'), dir)))
      .filter((name) => !/thread|executor|concurrent|KeyboardInterrupt|signal/i.test(
        readFileSync(new URL(name, dir), 'utf8')));
    assert.ok(names.length >= 20, `only ${names.length} snippets`);
    const failures = [];
    for (const name of names) {
      const expected = JSON.parse(readFileSync(new URL(name.replace(/\.py$/, '.expected'), dir), 'utf8'));
      const r = await collect(readFileSync(new URL(name, dir), 'utf8'), { filename: `tests/py/asyncio/${name}` });
      const stderrLast = r.stderr.trim() ? lastLine(r.stderr).trimEnd() : '';
      if (r.stdout !== expected.stdout || r.exitCode !== expected.exit_code ||
          stderrLast !== expected.stderr_last_line) {
        failures.push(`${name}: exit ${r.exitCode}, stderr ${JSON.stringify(stderrLast)}`);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${names.length} snippets failed`);
  });
});
