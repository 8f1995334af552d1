// createRuntime({ inProcess: true }) under Node, what the CLI uses: the engine on the caller's
// thread, its program on a pthread. The same contract as the Worker-hosted runtime: live output,
// consecutive runs, stop, the forced restart, and a disposed runtime that lets Node exit.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

import { createRuntime } from '../../wasm/asyncplay.mjs';

const apiUrl = new URL('../../wasm/asyncplay.mjs', import.meta.url);
let runtime;

before(async () => {
  assert.ok(
    existsSync(new URL('../../build/wasm/asyncplay.mjs', import.meta.url)),
    'build/wasm/asyncplay.mjs is missing: run `npm run build:wasm`',
  );
  runtime = await createRuntime({ poolSize: 2, stopTimeoutMs: 1000, inProcess: true });
});

after(async () => {
  await runtime?.dispose();
});

async function collect(source, whileRunning) {
  const out = { stdout: '', stderr: '', times: [] };
  const run = runtime.run(source, {
    onOutput(stream, text, lane, timeMs) {
      out[stream] += text;
      out.times.push(timeMs);
    },
  });
  if (whileRunning) await whileRunning(run, out);
  const result = await run.done;
  return { ...out, ...result };
}

async function waitFor(out, marker) {
  while (!out.stdout.includes(marker)) await new Promise((r) => setTimeout(r, 5));
}

test('runs follow each other, each from a fresh interpreter', async () => {
  const first = await collect('x = 41\nprint(x + 1)\n');
  assert.equal(first.stdout, '42\n');
  assert.equal(first.exitCode, 0);
  const second = await collect('print("x" in globals())\n');
  assert.equal(second.stdout, 'False\n');
});

test('output arrives while the program runs, and threads work', async () => {
  const source = `import threading, time
def work(n):
    print("thread", n)
print("first")
time.sleep(0.3)
ts = [threading.Thread(target=work, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
    t.join()
print("last")
`;
  let sawFirstWhileRunning = false;
  const r = await collect(source, async (run, out) => {
    await waitFor(out, 'first');
    sawFirstWhileRunning = !out.stdout.includes('last');
  });
  assert.equal(r.stdout, 'first\nthread 0\nthread 1\nlast\n');
  assert.ok(sawFirstWhileRunning, 'the first line came only at the end');
});

test('stop() ends a busy loop as KeyboardInterrupt; the next run works', async () => {
  const r = await collect('print("ready")\nwhile True:\n    pass\n', async (run, out) => {
    await waitFor(out, 'ready');
    run.stop();
  });
  assert.equal(r.exitCode, 130);
  assert.match(r.stderr, /KeyboardInterrupt\n$/);
  assert.equal((await collect('print("again")\n')).stdout, 'again\n');
});

test('a program that ignores stop() has its engine replaced', async () => {
  const source = 'print("ready")\nwhile True:\n    try:\n        while True: pass\n    except KeyboardInterrupt:\n        pass\n';
  const r = await collect(source, async (run, out) => {
    await waitFor(out, 'ready');
    run.stop();
  });
  assert.equal(r.restarted, true);
  assert.equal(r.exitCode, 130);
  assert.equal((await collect('print("after restart")\n')).stdout, 'after restart\n');
});

test('a disposed runtime lets Node exit, even after a daemon thread outlived its run', () => {
  const script = `
import { createRuntime } from ${JSON.stringify(apiUrl.href)};
const runtime = await createRuntime({ poolSize: 2, inProcess: true });
const run = runtime.run('import threading, time\\nthreading.Thread(target=time.sleep, args=(60,), daemon=True).start()\\nprint("main done")\\n', {
  onOutput: (stream, text) => process.stdout.write(text),
});
await run.done;
await runtime.dispose();
`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 20000,
    cwd: fileURLToPath(new URL('.', import.meta.url)),
  });
  assert.equal(child.error, undefined, 'Node did not exit after dispose()');
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout, 'main done\n');
});
