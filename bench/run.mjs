#!/usr/bin/env node
// bench/run.mjs: the Python benchmarks (bench/*.py) under CPython, the native asyncplay, the
// WebAssembly engine under Node and Pyodide under Node, side by side, plus bench/core_bench
// (the C++ core, native and wasm). Builds nothing: scripts/bench.sh builds, then runs this.
//
//   node bench/run.mjs [--runs N] [--filter SUBSTR] [--no-pyodide] [--json OUT] [--timeout SEC]
//
// The benchmark protocol: a program times its own hot part with time.perf_counter() and prints
// exactly one line `RESULT <name> <value> <unit>` (unit `s` or `ms`; lower is better; <name> is
// its file name). Comment lines at the top may say
//   # needs: threads   (it starts threads: Pyodide, which cannot, is n/a)
//   # report: rss      (the table also shows the process's peak resident memory)
// Each program runs --runs times (default 3) under each runtime, one process at a time (never
// in parallel), and the median is shown. Peak RSS is measured by the runner for every run, with
// /usr/bin/time when present, otherwise by polling /proc/PID/status (VmHWM).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPyodide } from './pyodide.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(repo, 'bench');

const USAGE = `usage: node bench/run.mjs [--runs N] [--filter SUBSTR] [--no-pyodide] [--json OUT] [--timeout SEC]

  --runs N         runs per benchmark and runtime, the median is shown (default 3)
  --filter SUBSTR  only the benchmarks whose name contains SUBSTR (core_bench included)
  --no-pyodide     leave Pyodide out
  --json OUT       also write the raw numbers to OUT
  --timeout SEC    a run that takes longer is killed and counted as failed (default 300)
`;

function parseArgs(argv) {
  const opts = { runs: 3, filter: '', pyodide: true, json: null, timeout: 300 };
  const args = [...argv];
  const value = (option) => {
    if (!args.length) usage(`${option} needs a value`);
    return args.shift();
  };
  while (args.length) {
    const a = args.shift();
    if (a === '--runs') opts.runs = Number(value(a));
    else if (a === '--filter') opts.filter = value(a);
    else if (a === '--no-pyodide') opts.pyodide = false;
    else if (a === '--json') opts.json = value(a);
    else if (a === '--timeout') opts.timeout = Number(value(a));
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else usage(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs needs a positive integer');
  if (!(opts.timeout > 0)) usage('--timeout needs a positive number of seconds');
  return opts;
}

function usage(message) {
  process.stderr.write(`bench/run.mjs: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const log = (text) => process.stderr.write(`${text}\n`);

// --- the runtimes -------------------------------------------------------------------------------

function runtimes(opts) {
  const nativeCli = join(repo, 'build/native/asyncplay');
  const wasmModule = join(repo, 'build/wasm/asyncplay.mjs');
  const pyodideDir = opts.pyodide ? findPyodide() : null;
  return [
    { key: 'cpython', label: 'CPython', command: (file) => ['python3', [file]], missing: null },
    {
      key: 'native',
      label: 'native',
      command: (file) => [nativeCli, [file]],
      missing: existsSync(nativeCli) ? null : 'build/native/asyncplay is not built',
    },
    {
      // The same native CLI recording the execution trace: what tracing costs (issue 4: < 10%).
      key: 'traced',
      label: 'native, traced',
      command: (file) => [nativeCli, ['--trace', TRACE_FILE, file]],
      missing: existsSync(nativeCli) ? null : 'build/native/asyncplay is not built',
      only: (name) => ASYNCIO.includes(name) || name === 'threads_condition',
    },
    {
      key: 'wasm',
      label: 'wasm/Node',
      command: (file) => [process.execPath, [join(repo, 'wasm/cli.mjs'), file]],
      missing: existsSync(wasmModule) ? null : 'build/wasm/asyncplay.mjs is not built',
    },
    {
      key: 'pyodide',
      label: 'Pyodide',
      command: (file) => [process.execPath, [join(benchDir, 'pyodide.mjs'), file]],
      env: pyodideDir ? { ASYNCPLAY_PYODIDE: pyodideDir } : {},
      missing: !opts.pyodide ? '--no-pyodide' : pyodideDir ? null : 'Pyodide is not installed',
      noThreads: true,
    },
  ];
}

function pyodideVersion() {
  const dir = findPyodide();
  if (!dir) return null;
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

// --- running one program ------------------------------------------------------------------------

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
// Where the traced runs write their trace (removed at the end).
const TRACE_FILE = join(os.tmpdir(), `asyncplay-bench-trace-${process.pid}.json`);

// Runs [cmd, args] once; resolves { code, stdout, stderr, seconds, rssKb }.
function runOnce([cmd, args], { env = {}, timeoutSec }) {
  return new Promise((resolvePromise) => {
    const scratch = mkdtempSync(join(os.tmpdir(), 'asyncplay-bench-'));
    const rssFile = join(scratch, 'rss');
    const argv = TIME ? ['-o', rssFile, '-f', '%M', cmd, ...args] : args;
    const child = spawn(TIME ?? cmd, argv, {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let hwmKb = null;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // Without /usr/bin/time: VmHWM (the peak) of the program itself, polled.
    const poll = TIME
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwmKb = Math.max(hwmKb ?? 0, Number(m[1]));
          } catch {}
        }, 20);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutSec * 1000);
    const started = process.hrtime.bigint();
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let rssKb = hwmKb;
      if (TIME) {
        try {
          // /usr/bin/time writes "Command exited with non-zero status N" before the number then.
          const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
          const kb = Number(lines[lines.length - 1]);
          if (Number.isFinite(kb) && kb > 0) rssKb = kb;
        } catch {}
      }
      rmSync(scratch, { recursive: true, force: true });
      if (timedOut) stderr += `\n(killed after ${timeoutSec} s)`;
      resolvePromise({ code: signal ? `signal ${signal}` : code, stdout, stderr, seconds, rssKb });
    });
  });
}

const RESULT = /^RESULT (\S+) ([0-9.eE+-]+) (s|ms)\s*$/;

function parseResult(name, out) {
  if (out.code !== 0) return { error: `exit ${out.code}: ${tail(out.stderr || out.stdout)}` };
  const lines = out.stdout.split('\n').filter((l) => l.startsWith('RESULT'));
  if (lines.length !== 1) return { error: `expected one RESULT line, got ${lines.length}: ${tail(out.stdout)}` };
  const m = RESULT.exec(lines[0]);
  if (!m) return { error: `malformed result line: ${lines[0]}` };
  if (m[1] !== name) return { error: `result for ${m[1]}, expected ${name}` };
  return { value: Number(m[2]), unit: m[3] };
}

function tail(text) {
  const lines = text.trim().split('\n');
  return lines.slice(-3).join(' | ').slice(0, 300);
}

function median(values) {
  const v = values.filter((x) => x != null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// --- the Python benchmarks ----------------------------------------------------------------------

function discover(filter) {
  return readdirSync(benchDir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => {
      const file = join(benchDir, f);
      const head = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('#'));
      const directive = (key) =>
        head
          .map((l) => new RegExp(`^#\\s*${key}:\\s*(.*)$`).exec(l))
          .filter(Boolean)
          .flatMap((m) => m[1].split(/[,\s]+/).filter(Boolean));
      return {
        name: basename(f, '.py'),
        file,
        needs: directive('needs'),
        report: directive('report'),
      };
    })
    .filter((b) => b.name.includes(filter));
}

// The targets of the issues, checked against the medians. ratio(x, y): x's median over y's.
const ASYNCIO = ['gather_sleep0', 'queue_pingpong', 'many_tasks'];
function targets(name, res) {
  const v = (key) => res[key]?.median ?? null;
  const rss = (key) => res[key]?.rssMedianKb ?? null;
  const ratio = (a, b) => (v(a) != null && v(b) != null ? v(a) / v(b) : null);
  const check = (label, x, limit) => ({ label, value: x, ok: x == null ? null : x <= limit });
  const traced = check('tracing ≤ 1.1x native', ratio('traced', 'native'), 1.1);
  if (ASYNCIO.includes(name)) {
    return [
      check('native ≤ 0.5x CPython', ratio('native', 'cpython'), 0.5),
      traced,
      check('wasm ≤ 1x CPython (aim 0.25x)', ratio('wasm', 'cpython'), 1),
      check('wasm ≤ 0.25x Pyodide', ratio('wasm', 'pyodide'), 0.25),
    ];
  }
  if (name === 'threads_condition') return [check('native ≤ 1x CPython', ratio('native', 'cpython'), 1), traced];
  if (name === 'thread_start') {
    return [check('native < 1 ms', v('native'), 1), check('wasm < 1 ms', v('wasm'), 1)];
  }
  // The pure-Python workloads (issue 3): at most 1.5x CPython (aim: below 1x); for the
  // 10 million small objects, memory that stays bounded.
  if (name === 'py_small_objects') {
    return [check('native peak RSS < 64 MB', rss('native') == null ? null : rss('native') / 1024, 64)];
  }
  if (name.startsWith('py_')) return [check('native ≤ 1.5x CPython', ratio('native', 'cpython'), 1.5)];
  if (name === 'sleeping_tasks_memory') {
    const mb = (key) => (rss(key) == null ? null : rss(key) / 1024);
    return [check('native peak RSS < 200 MB', mb('native'), 200), check('wasm/Node peak RSS < 200 MB', mb('wasm'), 200)];
  }
  return [];
}

// --- bench/core_bench (C++, no interpreter) -----------------------------------------------------

async function coreBench(opts) {
  const variants = [
    { key: 'native', command: [join(repo, 'build/native/bench/core_bench'), ['--json']] },
    { key: 'wasm', command: [process.execPath, [join(repo, 'build/wasm/bench/core_bench.js'), '--json']] },
  ].filter((v) => existsSync(v.command[0] === process.execPath ? v.command[1][0] : v.command[0]));
  const out = {};
  for (const { key, command } of variants) {
    out[key] = { runs: [], errors: [] };
    for (let i = 0; i < opts.runs; i++) {
      log(`core_bench ${key} ${i + 1}/${opts.runs}`);
      const r = await runOnce(command, { timeoutSec: opts.timeout });
      try {
        if (r.code !== 0) throw new Error(`exit ${r.code}: ${tail(r.stderr)}`);
        out[key].runs.push(JSON.parse(r.stdout.trim().split('\n').pop()));
      } catch (e) {
        out[key].errors.push(String(e.message ?? e));
      }
    }
  }
  return out;
}

// --- formatting ---------------------------------------------------------------------------------

function fmt(value, unit) {
  if (value == null) return '';
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}
const fmtRatio = (r) => (r == null ? '' : `${r.toFixed(2)}x`);
const mark = (ok) => (ok == null ? '?' : ok ? '✓' : '✗');

function cell(res, key, base) {
  const r = res[key];
  if (!r) return '';
  if (r.na) return `n/a (${r.na})`;
  if (r.median == null) return `**FAIL** (${r.errors.length}/${r.errors.length + r.values.length})`;
  const text = fmt(r.median, r.unit);
  const b = base?.median;
  if (key === 'cpython' || b == null) return text;
  const p = res.pyodide?.median;
  const vsPyodide = key === 'wasm' && p != null ? `; ${fmtRatio(r.median / p)} Pyodide` : '';
  const n = res.native?.median;
  if (key === 'traced') return n == null ? text : `${text} (${fmtRatio(r.median / n)} native)`;
  return `${text} (${fmtRatio(r.median / b)}${vsPyodide})`;
}

function rssCell(res, key, base) {
  const r = res[key];
  if (!r) return '';
  if (r.na) return `n/a (${r.na})`;
  if (r.rssMedianKb == null) return r.median == null ? '**FAIL**' : '?';
  const mb = r.rssMedianKb / 1024;
  const b = base?.rssMedianKb;
  return key === 'cpython' || b == null ? `${mb.toFixed(0)} MB` : `${mb.toFixed(0)} MB (${fmtRatio(r.rssMedianKb / b)})`;
}

function table(results, runtimeList) {
  const head = ['benchmark', ...runtimeList.map((r) => (r.key === 'cpython' ? r.label : `${r.label} (ratio)`)), 'targets'];
  const rows = [];
  for (const [name, res] of Object.entries(results)) {
    const unit = Object.values(res).find((r) => r.unit)?.unit;
    rows.push([
      `${name}${unit === 'ms' ? ' (median)' : ''}`,
      ...runtimeList.map((r) => cell(res, r.key, res.cpython)),
      targets(name, res)
        .filter((t) => !t.label.includes('RSS'))
        .map((t) => `${t.label}: ${mark(t.ok)}`)
        .join('; '),
    ]);
    if (res.__meta.report.includes('rss')) {
      rows.push([
        `${name}: peak RSS`,
        ...runtimeList.map((r) => rssCell(res, r.key, res.cpython)),
        targets(name, res)
          .filter((t) => t.label.includes('RSS'))
          .map((t) => `${t.label}: ${mark(t.ok)}`)
          .join('; '),
      ]);
    }
  }
  return markdown(head, rows, ['l', ...runtimeList.map(() => 'r'), 'l']);
}

function markdown(head, rows, align) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

function coreTable(core) {
  const keys = Object.keys(core);
  if (!keys.length) return '';
  const first = core[keys[0]].runs[0] ?? core[keys[1]]?.runs[0];
  if (!first) return '';
  const rows = Object.entries(first).map(([id, { what, unit }]) => [
    what,
    ...keys.map((k) => {
      let m = median(core[k].runs.map((run) => run[id]?.value));
      let u = unit;
      if (m != null && u === 'ns' && m >= 1000) [m, u] = [m / 1000, 'us'];
      return m == null ? '**FAIL**' : `${m.toFixed(m >= 100 ? 0 : 1)} ${u.replace('us', 'µs')}`;
    }),
  ]);
  return markdown(['core/loop and core/threads (C++)', ...keys.map((k) => (k === 'wasm' ? 'wasm (Node)' : k))], rows, ['l', ...keys.map(() => 'r')]);
}

function versionOf(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return (r.stdout || r.stderr || '').trim().split('\n')[0];
}

// --- main ---------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const runtimeList = runtimes(opts);
  const benches = discover(opts.filter);
  const loadBefore = os.loadavg();
  const started = new Date();
  const results = {};
  for (const rt of runtimeList) if (rt.missing) log(`${rt.label}: skipped (${rt.missing})`);

  for (const b of benches) {
    const res = { __meta: { needs: b.needs, report: b.report } };
    for (const rt of runtimeList) {
      if (rt.missing) res[rt.key] = { na: rt.missing === '--no-pyodide' ? 'skipped' : rt.missing };
      else if (rt.noThreads && b.needs.includes('threads')) res[rt.key] = { na: 'no threads' };
      else if (rt.only && !rt.only(b.name)) res[rt.key] = { na: 'not measured' };
      else res[rt.key] = { values: [], rssKb: [], wallSeconds: [], errors: [], unit: null };
    }
    // Runs interleave the runtimes, so that a change in the machine's load hits them alike.
    for (let i = 0; i < opts.runs; i++) {
      for (const rt of runtimeList) {
        const r = res[rt.key];
        if (r.na) continue;
        log(`${b.name}: ${rt.label} ${i + 1}/${opts.runs}`);
        const out = await runOnce(rt.command(b.file), { env: rt.env, timeoutSec: opts.timeout });
        const parsed = parseResult(b.name, out);
        r.wallSeconds.push(out.seconds);
        r.rssKb.push(out.rssKb);
        if (parsed.error) {
          r.errors.push(parsed.error);
          log(`  FAILED: ${parsed.error}`);
        } else {
          r.values.push(parsed.value);
          r.unit = parsed.unit;
          log(`  ${parsed.value} ${parsed.unit}, ${out.seconds.toFixed(2)} s wall, ${out.rssKb ?? '?'} KB peak RSS`);
        }
      }
    }
    for (const rt of runtimeList) {
      const r = res[rt.key];
      if (r.na) continue;
      r.median = median(r.values);
      r.rssMedianKb = median(r.rssKb);
    }
    results[b.name] = res;
  }

  // What each runtime takes for an empty program, to read the peak RSS rows against.
  let baseline = null;
  if (benches.some((b) => b.report.includes('rss'))) {
    const scratch = mkdtempSync(join(os.tmpdir(), 'asyncplay-bench-'));
    const empty = join(scratch, 'empty_program.py');
    writeFileSync(empty, 'pass\n');
    baseline = { __meta: { needs: [], report: ['rss'] } };
    for (const rt of runtimeList) {
      if (rt.missing || rt.only) {
        baseline[rt.key] = { na: rt.missing === '--no-pyodide' ? 'skipped' : rt.missing ?? 'not measured' };
        continue;
      }
      log(`empty program: ${rt.label}`);
      const out = await runOnce(rt.command(empty), { env: rt.env, timeoutSec: opts.timeout });
      const ok = out.code === 0;
      log(ok ? `  ${out.rssKb ?? '?'} KB peak RSS` : `  FAILED: exit ${out.code}: ${tail(out.stderr || out.stdout)}`);
      baseline[rt.key] = { median: ok ? 0 : null, rssMedianKb: ok ? out.rssKb : null, errors: [], values: [] };
    }
    rmSync(scratch, { recursive: true, force: true });
  }

  const core = 'core_bench'.includes(opts.filter) ? await coreBench(opts) : {};
  const loadAfter = os.loadavg();

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const nproc = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const pyVersion = versionOf('python3', ['--version']);
  const pyoVersion = opts.pyodide ? pyodideVersion() : null;
  const machine = {
    date: started.toISOString(),
    nproc,
    cpu,
    loadavg_before: loadBefore,
    loadavg_after: loadAfter,
    python: pyVersion,
    node: process.version,
    pyodide: pyoVersion,
    runs: opts.runs,
    rss_from: TIME ? '/usr/bin/time %M' : '/proc/PID/status VmHWM (polled)',
  };

  const out = [];
  out.push(
    `Machine: ${nproc} cores (${cpu}), ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ` +
      `${loadAfter.map((x) => x.toFixed(1)).join(' ')} after; ${pyVersion}, Node ${process.version}` +
      (pyoVersion ? `, Pyodide ${pyoVersion}` : '') +
      `; median of ${opts.runs} run${opts.runs > 1 ? 's' : ''}; ratios are to CPython (lower is faster).`,
  );
  if (Math.max(loadBefore[0], loadAfter[0]) > nproc / 2) {
    out.push('', `Note: a 1-minute load average of ${loadBefore[0].toFixed(1)} before and ${loadAfter[0].toFixed(1)} after on ${nproc} cores: other work shared the machine, so the times are noisy and slower than on an idle machine.`);
  }
  if (benches.length) {
    let text = table(results, runtimeList);
    if (baseline) {
      const row = ['empty program (`pass`): peak RSS', ...runtimeList.map((r) => rssCell(baseline, r.key, baseline.cpython)), ''];
      text += `\n| ${row.join(' | ')} |`;
    }
    out.push('', text);
  }
  const failures = [];
  for (const [name, res] of Object.entries(results)) {
    for (const rt of runtimeList) {
      for (const e of res[rt.key]?.errors ?? []) failures.push(`- ${name} under ${rt.label}: ${e}`);
    }
  }
  if (failures.length) out.push('', 'Failures:', ...[...new Set(failures)]);
  const ct = coreTable(core);
  if (ct) out.push('', ct);
  process.stdout.write(`${out.join('\n')}\n`);

  if (opts.json) {
    const raw = {};
    for (const [name, res] of Object.entries(results)) {
      const { __meta, ...byRuntime } = res;
      raw[name] = { ...__meta, runtimes: byRuntime, targets: targets(name, res) };
    }
    const emptyRssKb = baseline ? Object.fromEntries(runtimeList.map((r) => [r.key, baseline[r.key]?.rssMedianKb ?? null])) : null;
    writeFileSync(opts.json, `${JSON.stringify({ machine, benchmarks: raw, empty_program_rss_kb: emptyRssKb, core }, null, 2)}\n`);
    log(`wrote ${opts.json}`);
  }
  rmSync(TRACE_FILE, { force: true });
  if (failures.length) process.exitCode = 1;
}

await main();
