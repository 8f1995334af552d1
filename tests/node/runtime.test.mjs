// The JavaScript API (wasm/asyncplay.mjs) under Node: runs, live output, exit codes, stdin,
// consecutive runs from a fresh state, Stop in every blocking state, the forced restart of a
// program that ignores Stop, and the trace.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { createRuntime } from '../../wasm/asyncplay.mjs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));

let runtime;

before(async () => {
  assert.ok(
    existsSync(new URL('../../build/wasm/asyncplay.mjs', import.meta.url)),
    'build/wasm/asyncplay.mjs is missing: run `npm run build:wasm`',
  );
  runtime = await createRuntime({ poolSize: 4, stopTimeoutMs: 1000 });
});

after(async () => {
  await runtime?.dispose();
});

// Runs `source` to the end; collects stdout, stderr and every output call.
async function collect(source, options = {}, whileRunning) {
  const out = { stdout: '', stderr: '', calls: [] };
  const run = runtime.run(source, {
    ...options,
    onOutput(stream, text, lane, timeMs) {
      out[stream] += text;
      out.calls.push({ stream, text, lane, timeMs, doneYet: false });
      options.onOutput?.(stream, text, lane, timeMs);
    },
  });
  if (whileRunning) await whileRunning(run, out);
  const result = await run.done;
  return { ...out, ...result };
}

function lastLine(text) {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1];
}

// Resolves once `out` has seen `marker` in stdout.
async function waitFor(out, marker) {
  while (!out.stdout.includes(marker)) await new Promise((r) => setTimeout(r, 5));
}

test('the runtime reports the package version', () => {
  assert.equal(runtime.version, packageJson.version);
});

test('a program prints, and exits 0', async () => {
  const r = await collect('print("hello", 2 ** 100)\n');
  assert.equal(r.stdout, 'hello 1267650600228229401496703205376\n');
  assert.equal(r.stderr, '');
  assert.equal(r.exitCode, 0);
  assert.equal(r.restarted, false);
});

test('exit codes and tracebacks: an exception, sys.exit, a syntax error', async () => {
  const error = await collect('def f():\n    return 1 / 0\nf()\n', { filename: 'boom.py' });
  assert.equal(error.exitCode, 1);
  assert.match(error.stderr, /^Traceback \(most recent call last\):\n {2}File "boom.py", line 3/);
  assert.equal(lastLine(error.stderr), 'ZeroDivisionError: division by zero');

  const exit = await collect('import sys\nprint("bye")\nsys.exit(3)\n');
  assert.equal(exit.exitCode, 3);
  assert.equal(exit.stdout, 'bye\n');

  const syntax = await collect('print("x"\n');
  assert.equal(syntax.exitCode, 1);
  assert.equal(lastLine(syntax.stderr), "SyntaxError: '(' was never closed");
});

test('input() reads the stdin option; argv reaches sys.argv', async () => {
  const r = await collect('import sys\nname = input("name? ")\nprint("hi", name, sys.argv)\n', {
    stdin: 'Ada\n',
    argv: ['x', 'y'],
    filename: 'greet.py',
  });
  assert.equal(r.stdout, "name? hi Ada ['greet.py', 'x', 'y']\n");
});

test('runs follow each other from a fresh interpreter state', async () => {
  const first = await collect('import math\nleft_over = 42\nprint(math.pi > 3)\n');
  assert.equal(first.stdout, 'True\n');
  const second = await collect('print("left_over" in globals())\n');
  assert.equal(second.stdout, 'False\n');
});

test('output arrives while the program runs, each line at its time', async () => {
  const source = 'import time\nfor i in range(3):\n    print("tick", i)\n    time.sleep(0.25)\n';
  let doneSeen = false;
  const seenBeforeDone = [];
  const run = runtime.run(source, {
    onOutput(stream, text, lane, timeMs) {
      if (!doneSeen) seenBeforeDone.push({ text, timeMs });
    },
  });
  const result = await run.done;
  doneSeen = true;
  assert.equal(result.exitCode, 0);
  assert.deepEqual(
    seenBeforeDone.map((c) => c.text).join(''),
    'tick 0\ntick 1\ntick 2\n',
  );
  // Three separate deliveries, about 250 ms apart (coarse: round to the tenth of a second).
  assert.equal(seenBeforeDone.length, 3);
  const gaps = [1, 2].map((i) => seenBeforeDone[i].timeMs - seenBeforeDone[i - 1].timeMs);
  for (const gap of gaps) assert.equal(Math.round(gap / 100) / 10, 0.3, `gap ${gap} ms`);
  assert.ok(result.durationMs >= 700);
});

test('threads run and print, each on its own lane', async () => {
  const r = await collect(
    `import threading
results = []
lock = threading.Lock()
def work(n):
    with lock:
        results.append(n * n)
    print("worker", n)
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
    t.join()
print(sorted(results), threading.active_count())
`,
    { trace: true },
  );
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stdout, 'worker 0\nworker 1\nworker 2\nworker 3\n[0, 1, 4, 9] 1\n');
  const lanes = new Set(r.calls.map((c) => c.lane));
  assert.equal(lanes.size, 5, 'the main thread and four workers');
  const names = r.trace.lanes.map((l) => l.name);
  assert.deepEqual(names, ['MainThread', 'Thread-1 (work)', 'Thread-2 (work)', 'Thread-3 (work)', 'Thread-4 (work)']);
});

test('asyncio tasks get lanes under their thread, with their states', async () => {
  const r = await collect(
    `import asyncio
async def work(n):
    await asyncio.sleep(0.05 * n)
    print("done", n)
async def main():
    await asyncio.gather(work(1), work(2))
asyncio.run(main())
`,
    { trace: true },
  );
  assert.equal(r.stdout, 'done 1\ndone 2\n');
  const main = r.trace.lanes.find((l) => l.name === 'MainThread');
  // main(), the two gathered coroutines (then asyncio.run's own clean-up tasks, as in CPython).
  const tasks = r.trace.lanes.filter((l) => l.kind === 'task').slice(0, 3);
  assert.deepEqual(tasks.map((l) => l.name), ['Task-1', 'Task-2', 'Task-3']);
  for (const task of tasks) assert.equal(task.parent, main.id);
  const sleeping = r.trace.intervals.filter((i) => i.state === 'sleeping' && i.lane === tasks[1].id);
  assert.equal(sleeping.length, 1);
  // Each line is on the lane of the task that printed it.
  const lines = r.trace.instants.filter((i) => i.kind === 'stdout');
  assert.deepEqual(lines.map((i) => [i.label, i.lane]), [['done 1\n', tasks[1].id], ['done 2\n', tasks[2].id]]);
});

test('trace events arrive live and done carries the whole trace', async () => {
  const events = [];
  const r = await collect('import time\nprint("a")\ntime.sleep(0.05)\nprint("b")\n', {
    trace: true,
    onTraceEvent: (e) => events.push(e),
  });
  assert.equal(r.exitCode, 0);
  assert.equal(r.trace.format, 'asyncplay-trace');
  assert.equal(r.trace.version, 1);
  assert.ok(events.some((e) => e.type === 'lane' && e.name === 'MainThread'));
  assert.ok(events.some((e) => e.type === 'state' && e.state === 'sleeping' && e.detail === 'time.sleep(0.05)'));
  assert.deepEqual(
    r.trace.instants.filter((i) => i.kind === 'stdout').map((i) => i.label),
    ['a\n', 'b\n'],
  );
});

describe('stop() ends the program as KeyboardInterrupt, in every blocking state', () => {
  const cases = {
    'a busy loop': 'print("ready")\nwhile True:\n    pass\n',
    'busy loops in several threads': `import threading
def spin():
    while True:
        pass
for _ in range(3):
    threading.Thread(target=spin).start()
print("ready")
while True:
    pass
`,
    'time.sleep': 'import time\nprint("ready")\ntime.sleep(60)\n',
    'a lock acquire': 'import threading\nl = threading.Lock()\nl.acquire()\nprint("ready")\nl.acquire()\n',
    'a queue get': 'import queue\nq = queue.Queue()\nprint("ready")\nq.get()\n',
    'a thread join': `import threading, time
t = threading.Thread(target=time.sleep, args=(60,))
t.start()
print("ready")
t.join()
`,
    'an asyncio loop waiting': `import asyncio
async def main():
    print("ready")
    await asyncio.sleep(60)
asyncio.run(main())
`,
    'an asyncio queue get in a task': `import asyncio
async def consumer(q):
    await q.get()
async def main():
    q = asyncio.Queue()
    task = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    print("ready")
    await task
asyncio.run(main())
`,
    'an idle event loop': `import _aploop
loop = _aploop.Loop()
loop.call_at(loop.time() + 60, lambda: None)
print("ready")
loop.run_once()
`,
  };
  for (const [name, source] of Object.entries(cases)) {
    test(name, async () => {
      let stoppedAt = 0;
      const r = await collect(source, {}, async (run, out) => {
        await waitFor(out, 'ready');
        await new Promise((res) => setTimeout(res, 30));
        stoppedAt = performance.now();
        run.stop();
      });
      const latency = performance.now() - stoppedAt;
      assert.equal(r.exitCode, 130, r.stderr);
      assert.equal(r.restarted, false);
      assert.equal(lastLine(r.stderr), 'KeyboardInterrupt');
      assert.match(r.stderr, /^Traceback \(most recent call last\):/);
      assert.ok(latency < 1000, `stopped after ${latency} ms`);
      // The runtime is still usable.
      const next = await collect('print("next")\n');
      assert.equal(next.stdout, 'next\n');
    });
  }
});

test('a program that ignores stop() gets its engine restarted, and the runtime goes on', async () => {
  const source = `print("ready")
while True:
    try:
        while True:
            pass
    except KeyboardInterrupt:
        pass
`;
  const r = await collect(source, {}, async (run, out) => {
    await waitFor(out, 'ready');
    run.stop();
  });
  assert.equal(r.restarted, true);
  assert.equal(r.exitCode, 130);
  assert.match(r.stderr, /engine was restarted/);
  const next = await collect('print("after restart")\n');
  assert.equal(next.stdout, 'after restart\n');
});

test('a daemon thread still running at exit does not block the next run', async () => {
  const first = await collect(
    'import threading, time\nthreading.Thread(target=time.sleep, args=(60,), daemon=True).start()\nprint("main done")\n',
  );
  assert.equal(first.stdout, 'main done\n');
  assert.equal(first.exitCode, 0);
  const next = await collect('print("fresh")\n');
  assert.equal(next.stdout, 'fresh\n');
});

test('a second run while one is going is refused', async () => {
  const run = runtime.run('import time\ntime.sleep(0.2)\n');
  assert.throws(() => runtime.run('print(1)\n'), /already in progress/);
  await run.done;
});
