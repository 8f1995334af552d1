// web/main.js: the placeholder page. Starts the engine in a Worker and shows a result that
// several threads computed. The real playground (editor, output, timeline) replaces this.
const form = document.getElementById('demo');
const runButton = form.querySelector('button[type="submit"]');
const status = document.getElementById('status');
const perThread = document.getElementById('per-thread');
const number = new Intl.NumberFormat('en-US');

function showResult(result, limit) {
  const ms = result.millis.toFixed(0);
  status.textContent =
    `${number.format(result.primes)} primes below ${number.format(limit)}, ` +
    `computed by ${result.distinctThreads} threads in ${ms} ms.`;
  perThread.replaceChildren(
    ...result.perThread.map((count, i) => {
      const li = document.createElement('li');
      li.textContent = `thread ${i + 1}: ${number.format(count)} primes`;
      return li;
    }),
  );
}

function start() {
  if (!globalThis.crossOriginIsolated) {
    const notice = document.getElementById('isolation');
    notice.textContent =
      'This page is not cross-origin isolated, so the browser does not allow the shared memory ' +
      'that threads need, and the engine cannot start here. Serve it with ' +
      'npm start, which sends the Cross-Origin-Opener-Policy and ' +
      'Cross-Origin-Embedder-Policy headers.';
    notice.hidden = false;
    status.textContent = 'Threads are unavailable on this page.';
    return;
  }

  const worker = new Worker(new URL('./demo-worker.js', import.meta.url), { type: 'module' });
  let pendingLimit = 0;

  const run = () => {
    const data = new FormData(form);
    pendingLimit = Number(data.get('limit'));
    runButton.disabled = true;
    status.textContent = 'Running…';
    perThread.replaceChildren();
    worker.postMessage({ type: 'run', limit: pendingLimit, threads: Number(data.get('threads')) });
  };

  worker.onmessage = ({ data }) => {
    if (data.type === 'ready') {
      document.getElementById('version').textContent = data.version;
      run();
    } else if (data.type === 'result') {
      showResult(data.result, pendingLimit);
      runButton.disabled = false;
    } else if (data.type === 'error') {
      status.textContent = `The engine failed: ${data.message}`;
      runButton.disabled = false;
    }
  };
  worker.onerror = (event) => {
    status.textContent = `The engine's Worker failed: ${event.message || 'see the console'}`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.reportValidity()) run();
  });
}

start();
