#!/usr/bin/env node
// The development server: static files for the page, with the headers that threads need.
//
//   node scripts/serve.mjs            -> http://127.0.0.1:8080/   (PORT and HOST override; PORT=0
//                                        picks a free port)
//
// URL paths are repository paths, so the page's relative imports work the same from this server
// and from any static host that serves the repository root:
//   /            -> redirect to /web/
//   /web/...     -> web/        (the page)
//   /wasm/...    -> wasm/       (the JS API sources)
//   /build/wasm/ -> build/wasm/ (asyncplay.mjs, .wasm, .worker.js from `npm run build:wasm`)
// Nothing else in the repository is served.
//
// Every response carries Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy:
// require-corp, which make the page crossOriginIsolated (SharedArrayBuffer, hence pthreads), and
// Cross-Origin-Resource-Policy: same-origin. No dependencies beyond Node itself.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVED = ['web/', 'wasm/', 'build/wasm/'];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

// Maps a request path to a file under one of the SERVED folders, or null.
export function resolveRequestPath(urlPath, root = ROOT) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (relative.split('/').includes('..')) return null;
  if (!SERVED.some((prefix) => relative.startsWith(prefix) || relative === prefix.slice(0, -1))) {
    return null;
  }
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  return file;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...ISOLATION_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

async function handle(req, res, root) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }
  const urlPath = new URL(req.url, 'http://localhost').pathname;
  if (urlPath === '/') return send(res, 302, 'Found: /web/\n', { Location: '/web/' });

  let file = resolveRequestPath(urlPath, root);
  if (!file) return send(res, 404, 'Not Found\n');
  let info = await stat(file).catch(() => null);
  if (info && info.isDirectory()) {
    if (!urlPath.endsWith('/')) return send(res, 301, 'Moved\n', { Location: `${urlPath}/` });
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info || !info.isFile()) return send(res, 404, 'Not Found\n');

  res.writeHead(200, {
    ...ISOLATION_HEADERS,
    'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

// Starts the server; resolves with { server, url } once it listens.
export function startServer({ port = 8080, host = '127.0.0.1', root = ROOT } = {}) {
  const server = createServer((req, res) => {
    handle(req, res, root).catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  const host = process.env.HOST || '127.0.0.1';
  try {
    const { server, url } = await startServer({ port, host });
    console.log(`asyncplay dev server: ${url}`);
    const stop = () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`asyncplay dev server: cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  }
}
