// The wasm engine module (build/wasm/asyncplay.mjs) under Node: it loads as an ES module, its
// threads run, and the process exits once the pthread pool is terminated.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

const moduleUrl = new URL('../../build/wasm/asyncplay.mjs', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));

// Primes below `limit`, by a sieve: the oracle for countPrimes.
function countPrimesInJs(limit) {
  if (limit < 3) return 0;
  const composite = new Uint8Array(limit);
  let count = 0;
  for (let n = 2; n < limit; n++) {
    if (composite[n]) continue;
    count++;
    for (let m = n * n; m < limit; m += n) composite[m] = 1;
  }
  return count;
}

let Module;

before(async () => {
  assert.ok(existsSync(moduleUrl), 'build/wasm/asyncplay.mjs is missing: run `npm run build:wasm`');
  const { default: createAsyncplayModule } = await import(moduleUrl);
  Module = await createAsyncplayModule();
});

after(() => {
  // Live pool Workers would keep Node running.
  Module?.PThread.terminateAllThreads();
});

test('version() is the package version', () => {
  assert.equal(Module.version(), packageJson.version);
});

test('countPrimes splits the work across threads and agrees with JavaScript', () => {
  const limit = 300_000;
  const result = Module.countPrimes(limit, 4);
  assert.equal(result.primes, countPrimesInJs(limit));
  assert.equal(result.threads, 4);
  assert.equal(result.distinctThreads, 4);
  assert.equal(result.perThread.length, 4);
  assert.ok(result.perThread.every((n) => n > 0), `every thread found primes: ${result.perThread}`);
  assert.equal(result.perThread.reduce((a, b) => a + b, 0), result.primes);
});

test('countPrimes runs again with a different number of threads', () => {
  for (const threads of [1, 2, 3]) {
    const result = Module.countPrimes(10_000, threads);
    assert.equal(result.primes, 1229);
    assert.equal(result.distinctThreads, threads);
  }
});

test('small limits', () => {
  assert.equal(Module.countPrimes(0, 2).primes, 0);
  assert.equal(Module.countPrimes(3, 2).primes, 1);
  assert.equal(Module.countPrimes(100, 4).primes, 25);
});
