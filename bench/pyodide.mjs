#!/usr/bin/env node
// bench/pyodide.mjs: run one benchmark program with Pyodide under Node, for bench/run.mjs.
//
//   node bench/pyodide.mjs FILE.py
//
// Pyodide is looked for in $ASYNCPLAY_PYODIDE (the package's directory), then in
// build/pyodide/node_modules/pyodide (where scripts/bench.sh installs it), then node_modules/.
// Pyodide's event loop is the JavaScript one, which asyncio.run() cannot drive: the program's
// closing `asyncio.run(main())` becomes a top-level `await main()` (runPythonAsync allows it).
// Exit status 0, or 1 after a Python exception (its traceback on stderr), 2 when Pyodide is missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function findPyodide() {
  const candidates = [
    process.env.ASYNCPLAY_PYODIDE,
    join(repo, 'build/pyodide/node_modules/pyodide'),
    join(repo, 'node_modules/pyodide'),
  ].filter(Boolean);
  return candidates.find((dir) => existsSync(join(dir, 'pyodide.mjs'))) ?? null;
}

// The source as Pyodide runs it: a line that is exactly `asyncio.run(main())` is awaited instead.
export function forPyodide(source) {
  return source.replace(/^asyncio\.run\(main\(\)\)[ \t]*$/m, 'await main()');
}

async function main() {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node bench/pyodide.mjs FILE.py\n');
    process.exit(2);
  }
  const dir = findPyodide();
  if (!dir) {
    process.stderr.write('pyodide.mjs: Pyodide is not installed (scripts/bench.sh installs it)\n');
    process.exit(2);
  }
  const { loadPyodide } = await import(pathToFileURL(join(dir, 'pyodide.mjs')).href);
  const pyodide = await loadPyodide({
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
  const source = forPyodide(readFileSync(file, 'utf8'));
  try {
    await pyodide.runPythonAsync(source, { filename: file });
  } catch (error) {
    process.stderr.write(`${error.message ?? error}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
