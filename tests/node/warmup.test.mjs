// createRuntime({ warmUp: true }): the warm-up program runs unseen after start-up; a run started
// while it goes on interrupts it and behaves exactly as on a runtime without warm-up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { createRuntime } from '../../wasm/asyncplay.mjs';

async function collect(runtime, source) {
  const out = { stdout: '', stderr: '' };
  const result = await runtime.run(source, {
    onOutput(stream, text) {
      out[stream] += text;
    },
  }).done;
  return { ...out, exitCode: result.exitCode };
}

const PROGRAM = 'import threading\nprint("hello from", threading.current_thread().name)\nprint(sum(range(10)))\n';

test('a run during the warm-up interrupts it and sees nothing of it', async () => {
  const runtime = await createRuntime({ warmUp: true });
  try {
    const first = await collect(runtime, PROGRAM);
    assert.deepEqual(first, { stdout: 'hello from MainThread\n45\n', stderr: '', exitCode: 0 });
    // Once the warm-up has ended (it runs at most a couple of seconds), runs go on as usual.
    await sleep(2500);
    const second = await collect(runtime, 'import asyncio\nasync def f():\n    return 7\nprint(asyncio.run(f()))\n');
    assert.deepEqual(second, { stdout: '7\n', stderr: '', exitCode: 0 });
  } finally {
    await runtime.dispose();
  }
});

test('a run after a finished warm-up starts from a fresh interpreter', async () => {
  const runtime = await createRuntime({ warmUp: true });
  try {
    await sleep(2500);
    const result = await collect(runtime, 'print(sorted(k for k in globals() if not k.startswith("__")))\n');
    assert.deepEqual(result, { stdout: '[]\n', stderr: '', exitCode: 0 });
  } finally {
    await runtime.dispose();
  }
});
