// The command lines' --trace / --trace-format: the native CLI (build/native/asyncplay, skipped
// when not built) and the Node CLI (wasm/cli.mjs, needs build/wasm) write the native format by
// default and Chrome's trace-event format with --trace-format chrome.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'asyncplay-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

const program = join(work, 'prog.py');
writeFileSync(
  program,
  `import asyncio, threading
async def work(n):
    await asyncio.sleep(0.01 * n)
    print("task", n)
async def main():
    await asyncio.gather(work(1), work(2))
t = threading.Thread(target=print, args=("thread",))
t.start()
t.join()
asyncio.run(main())
`,
);

const clis = {
  native: { cmd: join(root, 'build/native/asyncplay'), pre: [], built: 'build/native/asyncplay' },
  node: { cmd: process.execPath, pre: [join(root, 'wasm/cli.mjs')], built: 'build/wasm/asyncplay.mjs' },
};

function run(cli, args) {
  return spawnSync(cli.cmd, [...cli.pre, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

for (const [name, cli] of Object.entries(clis)) {
  describe(`${name} CLI`, { skip: !existsSync(join(root, cli.built)) && `${cli.built} is not built` }, () => {
    test('--trace writes the native format', () => {
      const out = join(work, `${name}-native.json`);
      const r = run(cli, ['--trace', out, program]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, 'thread\ntask 1\ntask 2\n');
      const trace = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(trace.format, 'asyncplay-trace');
      assert.ok(trace.lanes.some((l) => l.name === 'MainThread'));
    });

    test('--trace-format chrome writes trace events', () => {
      const out = join(work, `${name}-chrome.json`);
      const r = run(cli, ['--trace', out, '--trace-format', 'chrome', program]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, 'thread\ntask 1\ntask 2\n');
      const trace = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(trace.displayTimeUnit, 'ms');
      assert.equal(trace.otherData.format, 'asyncplay-trace');
      const events = trace.traceEvents;
      const threadNames = events
        .filter((e) => e.ph === 'M' && e.name === 'thread_name')
        .map((e) => e.args.name);
      assert.deepEqual(threadNames.slice(0, 5), ['MainThread', 'Thread-1 (print)', 'Task-1', 'Task-2', 'Task-3']);
      const processNames = events.filter((e) => e.ph === 'M' && e.name === 'process_name');
      assert.deepEqual(processNames.map((e) => e.args.name), ['MainThread', 'Thread-1 (print)']);
      // Tasks are threads of the main thread's process.
      const main = processNames[0].pid;
      const task2 = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'Task-2');
      assert.equal(task2.pid, main);
      const slices = events.filter((e) => e.ph === 'X');
      assert.ok(slices.length > 0);
      for (const e of slices) {
        assert.equal(e.cat, 'state');
        assert.ok(e.ts >= 0 && e.dur >= 0);
      }
      assert.ok(slices.some((e) => e.name === 'sleeping' && e.tid === task2.tid));
      const lines = events.filter((e) => e.ph === 'i' && e.name === 'stdout').map((e) => e.args.label);
      assert.deepEqual(lines, ['thread\n', 'task 1\n', 'task 2\n']);
    });

    test('--trace-format is checked', () => {
      let r = run(cli, ['--trace', join(work, 'x.json'), '--trace-format', 'xml', program]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--trace-format needs 'native' or 'chrome'/);
      r = run(cli, ['--trace-format', 'chrome', program]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--trace-format needs --trace OUT.json/);
      r = run(cli, ['--help']);
      assert.match(r.stdout, /--trace-format native\|chrome/);
    });
  });
}
