// Running out of memory under the WebAssembly engine (at most 1 GB): growing data gets a
// MemoryError the program can catch; an allocation too big even for that ends the run with a
// note, never the runtime; either way the next run works.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { createRuntime } from '../../wasm/asyncplay.mjs';

let runtime;

before(async () => {
  runtime = await createRuntime({ poolSize: 2 });
});

after(async () => {
  await runtime?.dispose();
});

async function collect(source) {
  const out = { stdout: '', stderr: '' };
  const result = await runtime.run(source, {
    onOutput(stream, text) {
      out[stream] += text;
    },
  }).done;
  return { ...out, exitCode: result.exitCode, restarted: result.restarted };
}

const GROW = `
chunks = []
try:
    while True:
        chunks.append("x" * 10_000_000)
except MemoryError:
    many = len(chunks) > 20
    chunks = None
    print("MemoryError after many chunks:", many)
print("the program goes on")
`;

test('data that grows without bound gets a MemoryError, and the program goes on', async () => {
  const result = await collect(GROW);
  assert.deepEqual(result, {
    stdout: 'MemoryError after many chunks: True\nthe program goes on\n',
    stderr: '',
    exitCode: 0,
    restarted: false,
  });
  // And again on the same engine: the reserve was taken back.
  assert.equal((await collect(GROW)).stdout, 'MemoryError after many chunks: True\nthe program goes on\n');
});

test('an allocation beyond what the engine can give ends the run, not the runtime', async () => {
  const result = await collect('print("before")\ns = "x" * 3_000_000_000\nprint("never")\n');
  assert.equal(result.stdout, 'before\n');
  assert.notEqual(result.exitCode, 0);
  assert.match(result.stderr, /MemoryError|the engine stopped/);
  const next = await collect('print(6 * 7)\n');
  assert.deepEqual(next, { stdout: '42\n', stderr: '', exitCode: 0, restarted: false });
});
