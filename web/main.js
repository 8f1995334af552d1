// web/main.js: a first playground page on the JavaScript API (wasm/asyncplay.mjs): pick or edit a
// snippet, Run (or Ctrl/Cmd+Enter), watch its output arrive, Stop it. The snippet survives a
// reload. The CodeMirror editor and the timeline (issue 6) will replace the textarea and grow
// the page.
import { createRuntime } from '../wasm/asyncplay.mjs';

const EXAMPLES = [
  {
    title: 'asyncio: await a one-second sleep',
    code: `import asyncio
import time

async def main():
    start = time.perf_counter()
    print("sleeping...")
    await asyncio.sleep(1)
    print(f"woke up after {round(time.perf_counter() - start, 1)} s")

asyncio.run(main())
`,
  },
  {
    title: 'threading: start and join a thread that sleeps',
    code: `import threading
import time

def worker():
    print("worker: sleeping one second")
    time.sleep(1)
    print("worker: done")

t = threading.Thread(target=worker)
t.start()
print("main: waiting for", t.name)
t.join()
print("main: joined")
`,
  },
  {
    title: 'threading.sleep does not exist (the error a learner meets)',
    code: `import threading

def worker():
    threading.sleep(1)

t = threading.Thread(target=worker)
t.start()
t.join()
print("the thread failed, the program went on")
`,
  },
  {
    title: 'asyncio.gather runs coroutines concurrently',
    code: `import asyncio
import time

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name.upper()

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(fetch("a", 0.3), fetch("b", 0.1), fetch("c", 0.2))
    print(results, "in", round(time.perf_counter() - start, 1), "s")

asyncio.run(main())
`,
  },
  {
    title: 'queue: a producer and two consumers',
    code: `import queue
import threading

jobs = queue.Queue()
done = []
lock = threading.Lock()

def consumer():
    while (item := jobs.get()) is not None:
        with lock:
            done.append(item * item)
        jobs.task_done()
    jobs.task_done()

workers = [threading.Thread(target=consumer) for _ in range(2)]
for w in workers:
    w.start()
for n in range(10):
    jobs.put(n)
for _ in workers:
    jobs.put(None)
jobs.join()
print(sorted(done))
`,
  },
  {
    title: 'concurrent.futures: a thread pool maps a function',
    code: `from concurrent.futures import ThreadPoolExecutor
import threading
import time

def work(n):
    time.sleep(0.2)
    return n, threading.current_thread().name

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(work, range(8)))
print([n for n, _ in results])
print("threads used:", len({name for _, name in results}))
print("8 tasks of 0.2 s on 4 threads:", round(time.perf_counter() - start, 1), "s")
`,
  },
  {
    title: 'an infinite loop: press Stop',
    code: `print("spinning until you press Stop")
n = 0
while True:
    n += 1
`,
  },
];

const STORAGE_KEY = 'asyncplay.snippet';
const $ = (id) => document.getElementById(id);
const code = $('code');
const output = $('output');
const runButton = $('run');
const stopButton = $('stop');
const status = $('status');
const examples = $('examples');

for (const [i, example] of EXAMPLES.entries()) examples.add(new Option(example.title, String(i)));
code.value = localStorage.getItem(STORAGE_KEY) ?? EXAMPLES[0].code;
code.addEventListener('input', () => localStorage.setItem(STORAGE_KEY, code.value));
examples.addEventListener('change', () => {
  code.value = EXAMPLES[Number(examples.value)].code;
  localStorage.setItem(STORAGE_KEY, code.value);
});

function append(stream, text) {
  const last = output.lastElementChild;
  if (last && last.dataset.stream === stream) {
    last.textContent += text;
  } else {
    const span = document.createElement('span');
    span.dataset.stream = stream;
    span.className = stream;
    span.textContent = text;
    output.append(span);
  }
}

let runtime = null;
let current = null;

async function run() {
  if (!runtime || current) return;
  output.replaceChildren();
  runButton.disabled = true;
  stopButton.disabled = false;
  const started = performance.now();
  const tick = setInterval(() => {
    status.textContent = `Running… ${((performance.now() - started) / 1000).toFixed(1)} s`;
  }, 100);
  status.textContent = 'Running…';
  current = runtime.run(code.value, { filename: 'main.py', onOutput: append });
  try {
    const result = await current.done;
    const seconds = (result.durationMs / 1000).toFixed(2);
    status.textContent = result.restarted
      ? 'Stopped (the engine was restarted)'
      : `Finished: exit code ${result.exitCode} in ${seconds} s`;
  } catch (error) {
    status.textContent = `The engine failed: ${error.message}`;
  } finally {
    clearInterval(tick);
    current = null;
    runButton.disabled = false;
    stopButton.disabled = true;
  }
}

runButton.addEventListener('click', run);
stopButton.addEventListener('click', () => current?.stop());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
});

async function start() {
  if (!globalThis.crossOriginIsolated) {
    const notice = $('isolation');
    notice.textContent =
      'This page is not cross-origin isolated, so the browser does not allow the shared memory ' +
      'that threads need, and the engine cannot start here. Serve it with npm start, which ' +
      'sends the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers.';
    notice.hidden = false;
    status.textContent = 'Threads are unavailable on this page.';
    return;
  }
  try {
    runtime = await createRuntime();
    $('version').textContent = runtime.version;
    status.textContent = 'Ready';
    runButton.disabled = false;
  } catch (error) {
    status.textContent = `The engine failed to load: ${error.message}`;
  }
}

start();
