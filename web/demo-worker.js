// web/demo-worker.js: hosts the engine off the page's thread (a module Worker).
//
// The engine's calls block until their pthreads finish, and its pthreads are themselves Workers
// started from here, so the engine must never live on the page's thread. Messages:
//   page -> worker  { type: 'run', limit, threads }
//   worker -> page  { type: 'ready', version } | { type: 'result', result } | { type: 'error', message }
const engine = import('../build/wasm/asyncplay.mjs')
  .catch(() => {
    throw new Error('build/wasm/asyncplay.mjs is missing: run `npm run build:wasm`.');
  })
  .then((module) => module.default());

engine.then(
  (Module) => postMessage({ type: 'ready', version: Module.version() }),
  (error) => postMessage({ type: 'error', message: error.message ?? String(error) }),
);

self.onmessage = async ({ data }) => {
  if (data.type !== 'run') return;
  try {
    const Module = await engine;
    postMessage({ type: 'result', result: Module.countPrimes(data.limit, data.threads) });
  } catch (error) {
    postMessage({ type: 'error', message: error.message ?? String(error) });
  }
};
