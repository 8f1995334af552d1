// wasm/runtime-worker.mjs: the engine's home, a dedicated Worker (a browser module Worker, or a
// Node worker_threads Worker). wasm/asyncplay.mjs creates it; nothing else talks to it. The
// engine itself, and the messages it takes and sends, are in wasm/engine-host.mjs.
//
// Settings: workerData under Node, the URL's query in a browser (see hostEngine's options).
import { hostEngine } from './engine-host.mjs';

const isNode = typeof process === 'object' && !!process.versions?.node;

if (isNode) {
  const { parentPort, workerData } = await import('node:worker_threads');
  const host = hostEngine(workerData ?? {}, (message) => parentPort.postMessage(message));
  parentPort.on('message', host.onMessage);
} else {
  const options = Object.fromEntries(new URL(self.location.href).searchParams);
  const host = hostEngine(options, (message) => postMessage(message));
  self.onmessage = (event) => host.onMessage(event.data);
}
