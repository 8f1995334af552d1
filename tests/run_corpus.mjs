#!/usr/bin/env node
// tests/run_corpus.mjs: runs the language corpus (tests/py/**/*.py) through an interpreter and
// compares what it prints with the CPython-made expectations (NAME.expected, written by
// scripts/gen_expected.py; tests/py/README.md has the rules).
//
//   node tests/run_corpus.mjs [--cli CMD] [--filter TEXT] [-j N] [--timeout S]
//                             [--list-failing FILE] [--known-failing FILE] [-v] [PATH...]
//
// Each snippet runs as `CMD tests/py/AREA/NAME.py` from the repository root, with NAME.stdin on
// its stdin when that file exists (else /dev/null). Its stdout must equal the expected stdout byte
// for byte; the last non-blank line of its stderr (trailing whitespace removed) must equal
// "stderr_last_line"; its exit status must equal "exit_code". A snippet that runs longer than the
// timeout is killed (its whole process group) and counts as failed. Each failure is printed with
// a unified diff; the output ends with the line `N passed, M failed`, and the exit status is 1
// when anything failed (2 on a usage error or when CMD cannot be started). Node 20, no packages.
//
// --known-failing FILE names snippets the interpreter does not support yet (one path a line, '#'
// comments). They still run: failing they count as skipped ("N passed, 0 failed, K skipped");
// passing they count as FAILED with a note to remove them, so the list can only shrink.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.join(ROOT, 'tests', 'py');
const OUTPUT_LIMIT = 16 * 1024 * 1024; // bytes of stdout + stderr before a run is stopped
const CONTEXT = 3; // unchanged lines around each diff hunk

const HELP = `usage: node tests/run_corpus.mjs [options] [PATH...]

Runs every snippet under tests/py (or under the given files and directories) and compares it with
its .expected file.

options:
  --cli CMD             interpreter command, split at spaces; the snippet path is appended
                        (default: build/native/asyncplay; e.g. "node wasm/cli.mjs", python3)
  --filter TEXT         only snippets whose path contains TEXT (may be repeated: any matches)
  -j, --jobs N          snippets run at once (default 2)
  --timeout S           seconds per snippet before it is killed and failed (default 10)
  --list-failing FILE   write the paths of failing snippets to FILE, one a line
  --known-failing FILE  snippets expected to fail for now (see above)
  -v, --verbose         also name the snippets that pass
  -h, --help            this text`;

function usage(message) {
  console.error(`run_corpus: ${message}\n\n${HELP}`);
  process.exit(2);
}

// Splits a --cli value into words: spaces separate, single or double quotes group.
function splitCommand(text) {
  const words = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(text)) !== null) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

function parseArgs(argv) {
  const opts = {
    cli: 'build/native/asyncplay',
    filters: [],
    jobs: 2,
    timeout: 10,
    listFailing: null,
    knownFailing: null,
    verbose: false,
    paths: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--cli') opts.cli = value();
    else if (arg === '--filter') opts.filters.push(value());
    else if (arg === '-j' || arg === '--jobs') opts.jobs = Number(value());
    else if (/^-j\d+$/.test(arg)) opts.jobs = Number(arg.slice(2));
    else if (arg === '--timeout') opts.timeout = Number(value());
    else if (arg === '--list-failing') opts.listFailing = value();
    else if (arg === '--known-failing') opts.knownFailing = value();
    else if (arg === '-v' || arg === '--verbose') opts.verbose = true;
    else if (arg === '-h' || arg === '--help') {
      console.log(HELP);
      process.exit(0);
    } else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else opts.paths.push(arg);
  }
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1) usage('-j needs a positive integer');
  if (!(opts.timeout > 0)) usage('--timeout needs a positive number of seconds');
  if (splitCommand(opts.cli).length === 0) usage('--cli is empty');
  return opts;
}

// All *.py files under `dir`, as absolute paths.
function walk(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(full));
    else if (entry.isFile() && entry.name.endsWith('.py')) found.push(full);
  }
  return found;
}

// Snippet paths relative to the repository root (with /), sorted, filtered.
function collectSnippets(opts) {
  const roots = opts.paths.length ? opts.paths.map((p) => path.resolve(p)) : [CORPUS];
  const found = new Set();
  for (const root of roots) {
    if (!existsSync(root)) usage(`no such file or directory: ${root}`);
    if (statSync(root).isDirectory()) walk(root).forEach((f) => found.add(f));
    else if (root.endsWith('.py')) found.add(root);
    else usage(`not a snippet: ${root}`);
  }
  return [...found]
    .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
    .filter((rel) => !opts.filters.length || opts.filters.some((f) => rel.includes(f)))
    .sort();
}

// The last line of `text` that is not blank, without trailing whitespace ('' if none): the same
// rule as last_line() in scripts/gen_expected.py.
function lastLine(text) {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim() !== '') return lines[i].trimEnd();
  }
  return '';
}

// The environment of a run: ours without PYTHON* variables (which would change what a CPython
// oracle prints), with UTF-8 I/O as in scripts/gen_expected.py.
function childEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  env.PYTHONUTF8 = '1';
  env.PYTHONDONTWRITEBYTECODE = '1';
  return env;
}

// Runs `command` on one snippet. Resolves to {stdout: Buffer, stderr: Buffer, code, signal,
// timedOut, overflowed, spawnError}.
function runOne(command, rel, timeoutMs) {
  return new Promise((resolve) => {
    const stdinPath = path.join(ROOT, rel.replace(/\.py$/, '.stdin'));
    const input = existsSync(stdinPath) ? readFileSync(stdinPath) : null;
    const child = spawn(command[0], [...command.slice(1), rel], {
      cwd: ROOT,
      env: childEnv(),
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a timeout kills its children too
    });
    const out = [];
    const err = [];
    let size = 0;
    let timedOut = false;
    let overflowed = false;
    let spawnError = null;
    const killGroup = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    const collect = (chunks) => (chunk) => {
      size += chunk.length;
      if (size > OUTPUT_LIMIT) {
        if (!overflowed) killGroup();
        overflowed = true;
        return;
      }
      chunks.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    if (input) {
      child.stdin.on('error', () => {}); // the program may exit without reading all of it
      child.stdin.end(input);
    }
    let settled = false;
    const finish = (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
        code,
        signal,
        timedOut,
        overflowed,
        spawnError,
      });
    };
    child.on('error', (e) => {
      spawnError = e;
      finish(null, null);
    });
    child.on('close', finish);
  });
}

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
const red = paint('31');
const green = paint('32');
const cyan = paint('36');
const bold = paint('1');
const highlight = paint('1;7'); // the first differing line of a diff

const NO_EOL = '\u0000'; // suffix of a final line that has no newline (so "a" != "a\n")

// Lines of `text` for diffing.
function diffLines(text) {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_EOL;
  return lines;
}

// Edit script between arrays a and b: [{op: ' ' | '-' | '+', line, ai, bi}], by LCS over the
// region between the common prefix and suffix (outputs of snippets are small).
function editScript(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  const ops = [];
  for (let i = 0; i < start; i++) ops.push({ op: ' ', line: a[i], ai: i, bi: i });
  if (n * m > 4_000_000) {
    // Too big for LCS: all removed, then all added.
    for (let i = start; i < endA; i++) ops.push({ op: '-', line: a[i], ai: i });
    for (let j = start; j < endB; j++) ops.push({ op: '+', line: b[j], bi: j });
  } else {
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] =
          a[start + i] === b[start + j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        ops.push({ op: ' ', line: a[start + i], ai: start + i, bi: start + j });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.push({ op: '-', line: a[start + i], ai: start + i });
        i++;
      } else {
        ops.push({ op: '+', line: b[start + j], bi: start + j });
        j++;
      }
    }
  }
  for (let k = 0; k < a.length - endA; k++) {
    ops.push({ op: ' ', line: a[endA + k], ai: endA + k, bi: endB + k });
  }
  return ops;
}

// A unified diff of expected vs got (strings), with the first differing line highlighted and
// named in the header.
function unifiedDiff(expected, got) {
  const a = diffLines(expected);
  const b = diffLines(got);
  const ops = editScript(a, b);
  const firstChange = ops.findIndex((o) => o.op !== ' ');
  if (firstChange < 0) return '';
  const out = [];
  const firstLine = ops[firstChange].op === '-' ? ops[firstChange].ai + 1 : ops[firstChange].bi + 1;
  out.push(`    first difference at line ${firstLine}`);
  out.push(red('    --- expected'), green('    +++ got'));
  // Group changes into hunks with CONTEXT lines around them.
  let k = 0;
  while (k < ops.length) {
    if (ops[k].op === ' ') {
      k++;
      continue;
    }
    const from = Math.max(0, k - CONTEXT);
    let to = k;
    // Extend while the next change is within 2*CONTEXT unchanged lines.
    for (;;) {
      while (to < ops.length && ops[to].op !== ' ') to++;
      let gap = to;
      while (gap < ops.length && ops[gap].op === ' ') gap++;
      if (gap < ops.length && gap - to <= 2 * CONTEXT) to = gap;
      else {
        to = Math.min(ops.length, to + CONTEXT);
        break;
      }
    }
    const hunk = ops.slice(from, to);
    const aStart = hunk.find((o) => o.ai !== undefined)?.ai ?? 0;
    const bStart = hunk.find((o) => o.bi !== undefined)?.bi ?? 0;
    const aCount = hunk.filter((o) => o.op !== '+').length;
    const bCount = hunk.filter((o) => o.op !== '-').length;
    out.push(cyan(`    @@ -${aCount ? aStart + 1 : aStart},${aCount} +${bCount ? bStart + 1 : bStart},${bCount} @@`));
    hunk.forEach((o, idx) => {
      const noEol = o.line.endsWith(NO_EOL);
      let text = `    ${o.op}${noEol ? o.line.slice(0, -1) : o.line}`;
      if (o.op === '-') text = red(text);
      if (o.op === '+') text = green(text);
      if (from + idx === firstChange) {
        text = useColor ? highlight(text) : `${text}    <<< first difference`;
      }
      out.push(text);
      if (noEol) out.push('    \\ No newline at end of file');
    });
    k = to;
  }
  return out.join('\n');
}

// The tail of a text, indented, for context in a report.
function tail(text, n = 12) {
  const lines = text.replace(/\n$/, '').split('\n');
  const shown = lines.slice(-n).map((l) => `    | ${l}`);
  if (lines.length > n) shown.unshift(`    | ... (${lines.length - n} more lines)`);
  return shown.join('\n');
}

// Compares one run with its expectation. Returns null when it passes, else a report string.
function judge(rel, expected, got, timeoutS) {
  const problems = [];
  if (got.timedOut) problems.push(`timed out after ${timeoutS} s (killed)`);
  if (got.overflowed) problems.push(`printed more than ${OUTPUT_LIMIT} bytes (killed)`);
  if (got.signal && !got.timedOut && !got.overflowed) problems.push(`killed by signal ${got.signal}`);
  const stdout = got.stdout.toString('utf8');
  const stderr = got.stderr.toString('utf8');
  const sections = [];
  if (got.timedOut || got.overflowed) {
    // Killed: what it printed so far is context, not a comparison.
    if (stdout) sections.push(`  stdout so far:\n${tail(stdout)}`);
    if (stderr) sections.push(`  stderr so far:\n${tail(stderr)}`);
    return `${red(bold('FAIL'))} ${rel}: ${problems.join(', ')}${sections.map((s) => `\n${s}`).join('')}`;
  }
  if (!got.stdout.equals(Buffer.from(expected.stdout, 'utf8'))) {
    problems.push('stdout differs');
    sections.push(`  stdout:\n${unifiedDiff(expected.stdout, stdout)}`);
  }
  const lastErr = lastLine(stderr);
  if (lastErr !== expected.stderr_last_line) {
    problems.push('last stderr line differs');
    sections.push(
      `  last stderr line:\n${red(`    - ${JSON.stringify(expected.stderr_last_line)}`)}\n` +
        `${green(`    + ${JSON.stringify(lastErr)}`)}`,
    );
  }
  if (got.code !== expected.exit_code) {
    problems.push('exit code differs');
    sections.push(`  exit code: expected ${expected.exit_code}, got ${got.code ?? got.signal}`);
  }
  if (!problems.length) return null;
  if (stderr.trim() !== '' && lastErr !== expected.stderr_last_line) {
    sections.push(`  stderr (got):\n${tail(stderr)}`);
  }
  return `${red(bold('FAIL'))} ${rel}: ${problems.join(', ')}${sections.map((s) => `\n${s}`).join('')}`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const command = splitCommand(opts.cli);
  const snippets = collectSnippets(opts);
  if (!snippets.length) {
    console.error('run_corpus: no snippet matched');
    console.log('0 passed, 0 failed');
    process.exit(1);
  }
  console.log(
    `run_corpus: ${snippets.length} snippets, cli \`${command.join(' ')}\`, -j ${opts.jobs}, ` +
      `timeout ${opts.timeout} s`,
  );

  const known = new Set();
  if (opts.knownFailing) {
    for (const line of readFileSync(opts.knownFailing, 'utf8').split('\n')) {
      const entry = line.replace(/#.*/, '').trim();
      if (entry) known.add(entry);
    }
  }
  const reports = new Array(snippets.length);
  let printed = 0;
  let passed = 0;
  let skipped = 0;
  const failing = [];
  const failingAll = [];
  // Prints finished reports in corpus order, as soon as all earlier ones are in.
  const flush = () => {
    while (printed < snippets.length && reports[printed] !== undefined) {
      const { rel, report } = reports[printed++];
      if (report) console.log(report);
      else if (opts.verbose) console.log(`${green('ok')}   ${rel}`);
    }
  };

  let next = 0;
  const worker = async () => {
    while (next < snippets.length) {
      const index = next++;
      const rel = snippets[index];
      const expectedPath = path.join(ROOT, rel.replace(/\.py$/, '.expected'));
      let report;
      if (!existsSync(expectedPath)) {
        report = `${red(bold('FAIL'))} ${rel}: no ${path.basename(expectedPath)} (run scripts/gen_expected.py)`;
      } else {
        let expected;
        try {
          expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
        } catch (e) {
          expected = null;
          report = `${red(bold('FAIL'))} ${rel}: unreadable ${path.basename(expectedPath)}: ${e.message}`;
        }
        const got = expected && (await runOne(command, rel, opts.timeout * 1000));
        if (got?.spawnError) {
          console.error(`run_corpus: cannot run \`${command.join(' ')}\`: ${got.spawnError.message}`);
          if (got.spawnError.code === 'ENOENT' && opts.cli === 'build/native/asyncplay') {
            console.error('run_corpus: build it with `npm run build:native`, or pass --cli');
          }
          process.exit(2);
        }
        if (got) report = judge(rel, expected, got, opts.timeout);
      }
      if (report) failingAll.push(rel);
      if (known.has(rel)) {
        if (report) {
          skipped++;
          report = opts.verbose ? `known failing: ${rel}` : null;
        } else {
          failing.push(rel);
          report = `${red(bold('FAIL'))} ${rel}: passes now: remove it from ${opts.knownFailing}`;
        }
      } else if (report) {
        failing.push(rel);
      } else {
        passed++;
      }
      reports[index] = { rel, report };
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs, snippets.length) }, worker));

  failing.sort();
  failingAll.sort();
  if (opts.listFailing) writeFileSync(opts.listFailing, failingAll.map((f) => `${f}\n`).join(''));
  if (opts.knownFailing) console.log(`run_corpus: ${skipped} known failing (${opts.knownFailing})`);
  console.log(`${passed} passed, ${failing.length} failed` + (opts.knownFailing ? `, ${skipped} skipped` : ''));
  process.exitCode = failing.length ? 1 : 0;
}

main();
