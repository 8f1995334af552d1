#!/usr/bin/env node
// scripts/build-site.mjs: the playground page as plain static files in build/site/.
//
//   node scripts/build-site.mjs [--dev]        (scripts/build.sh site runs it)
//
// build/site/ is what a static host serves, and what scripts/serve.mjs serves:
//   index.html              the page (web/index.html)
//   app.js, app.css         web/main.js with CodeMirror and the examples bundled by esbuild;
//                           web/style.css (minified unless --dev; source maps beside them)
//   runtime-worker.mjs      the engine's Worker (wasm/runtime-worker.mjs)
//   engine/                 the Emscripten module: asyncplay.mjs, .wasm, .worker.js (build/wasm/)
//   engine-st/              the module without threads, for pages that are not cross-origin
//                           isolated: asyncplay.mjs, .wasm (build/wasm-st/, when it was built)
//   coi-serviceworker.js    gives static hosts without header control cross-origin isolation
//                           (npm package coi-serviceworker)
//
// The examples menu is web/examples/NN-slug.py, in file-name order: line 1 is `# Title`, line 2
// `# One-line explanation`; the bundle imports them as the virtual module `asyncplay:examples`.
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'build/site');
const dev = process.argv.includes('--dev');

// Parses one example file into { slug, title, summary, code }.
export function parseExample(fileName, text) {
  const slug = fileName.replace(/\.py$/, '').replace(/^\d+-/, '');
  const [first = '', second = ''] = text.split('\n', 2);
  const comment = (line) => (line.startsWith('#') ? line.replace(/^#\s?/, '').trim() : '');
  const title = comment(first);
  const summary = comment(second);
  if (!title || !summary) {
    throw new Error(`web/examples/${fileName}: line 1 must be "# Title" and line 2 "# Explanation"`);
  }
  return { slug, title, summary, code: text };
}

async function loadExamples() {
  const dir = path.join(ROOT, 'web/examples');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.py')).sort();
  return Promise.all(
    names.map(async (name) => parseExample(name, await readFile(path.join(dir, name), 'utf8'))),
  );
}

const examplesPlugin = {
  name: 'asyncplay-examples',
  setup(build) {
    build.onResolve({ filter: /^asyncplay:examples$/ }, () => ({
      path: 'examples',
      namespace: 'asyncplay-examples',
    }));
    build.onLoad({ filter: /.*/, namespace: 'asyncplay-examples' }, async () => ({
      contents: `export default ${JSON.stringify(await loadExamples())};`,
      loader: 'js',
      watchFiles: [],
      watchDirs: [path.join(ROOT, 'web/examples')],
    }));
  },
};

async function exists(file) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

// The npm packages bundled into app.js (from esbuild's metafile) and coi-serviceworker, with the
// licence each declares.
async function licenses(metafile) {
  const names = new Set(['coi-serviceworker']);
  for (const input of Object.keys(metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) names.add(match[1]);
  }
  const lines = ['Third-party packages in this site (app.js, coi-serviceworker.js), from npm:', ''];
  for (const name of [...names].sort()) {
    const meta = JSON.parse(await readFile(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    lines.push(`${name}@${meta.version}  ${meta.license ?? 'see its package'}`);
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const engineFiles = ['asyncplay.mjs', 'asyncplay.wasm', 'asyncplay.worker.js'];
  for (const name of engineFiles) {
    if (!(await exists(path.join(ROOT, 'build/wasm', name)))) {
      throw new Error(`build/wasm/${name} is missing: build the engine first (scripts/build.sh wasm)`);
    }
  }
  await rm(OUT, { recursive: true, force: true });
  await mkdir(path.join(OUT, 'engine'), { recursive: true });

  const common = {
    bundle: true,
    minify: !dev,
    sourcemap: 'linked',
    target: ['chrome100', 'firefox100', 'safari15'],
    logLevel: 'warning',
    legalComments: 'linked',
  };
  const app = await esbuild.build({
    ...common,
    metafile: true,
    entryPoints: { app: path.join(ROOT, 'web/main.js') },
    outdir: OUT,
    format: 'esm',
    // The JS API's Node branch imports node:worker_threads; the page never takes it.
    external: ['node:*'],
    plugins: [examplesPlugin],
  });
  await esbuild.build({
    ...common,
    entryPoints: { app: path.join(ROOT, 'web/style.css') },
    outdir: OUT,
  });
  await esbuild.build({
    ...common,
    // With wasm/engine-host.mjs inside; the engine module it loads stays a file of its own.
    entryPoints: [path.join(ROOT, 'wasm/runtime-worker.mjs')],
    outfile: path.join(OUT, 'runtime-worker.mjs'),
    format: 'esm',
    external: ['node:*'],
  });

  await copyFile(path.join(ROOT, 'web/index.html'), path.join(OUT, 'index.html'));
  await copyFile(
    path.join(ROOT, 'node_modules/coi-serviceworker/coi-serviceworker.min.js'),
    path.join(OUT, 'coi-serviceworker.js'),
  );
  for (const name of engineFiles) {
    await copyFile(path.join(ROOT, 'build/wasm', name), path.join(OUT, 'engine', name));
  }
  const noThreadsFiles = ['asyncplay.mjs', 'asyncplay.wasm'];
  const st = path.join(ROOT, 'build/wasm-st');
  if ((await Promise.all(noThreadsFiles.map((name) => exists(path.join(st, name))))).every(Boolean)) {
    await mkdir(path.join(OUT, 'engine-st'), { recursive: true });
    for (const name of noThreadsFiles) {
      await copyFile(path.join(st, name), path.join(OUT, 'engine-st', name));
    }
  }
  await writeFile(path.join(OUT, 'LICENSES.txt'), await licenses(app.metafile));
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((error) => {
    console.error(`build-site: ${error.message}`);
    process.exit(1);
  });
}
