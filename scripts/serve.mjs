#!/usr/bin/env node
// The development server: the built page (build/site/, from `npm run build:site`) as static
// files, with the headers that threads need.
//
//   node scripts/serve.mjs [--no-isolation]   -> http://127.0.0.1:8080/   (PORT and HOST override;
//                                                PORT=0 picks a free port)
//
// build/site/ is exactly what a static host would serve (scripts/build-site.mjs says what is in
// it); nothing outside it is served. Every response carries Cross-Origin-Opener-Policy:
// same-origin and Cross-Origin-Embedder-Policy: require-corp, which make the page
// crossOriginIsolated (SharedArrayBuffer, hence pthreads), and Cross-Origin-Resource-Policy:
// same-origin. --no-isolation leaves the first two out, as a plain static host would, so that the
// page's service-worker shim (coi-serviceworker) can be tried. No dependencies beyond Node itself.
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build/site');

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
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function baseHeaders(isolation) {
  if (isolation) return ISOLATION_HEADERS;
  const headers = { ...ISOLATION_HEADERS };
  delete headers['Cross-Origin-Opener-Policy'];
  delete headers['Cross-Origin-Embedder-Policy'];
  return headers;
}

async function handle(req, res, root, isolation) {
  const send = (status, body, headers = {}) => {
    res.writeHead(status, { ...baseHeaders(isolation), 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    res.end(body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }
  const urlPath = new URL(req.url, 'http://localhost').pathname;

  let file = resolveRequestPath(urlPath, root);
  if (!file) return send(404, 'Not Found\n');
  let info = await stat(file).catch(() => null);
  if (info && info.isDirectory()) {
    if (!urlPath.endsWith('/')) return send(301, 'Moved\n', { Location: `${urlPath}/` });
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info || !info.isFile()) return send(404, 'Not Found\n');

  res.writeHead(200, {
    ...baseHeaders(isolation),
    'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

// Starts the server; resolves with { server, url } once it listens.
export function startServer({ port = 8080, host = '127.0.0.1', root = ROOT, isolation = true } = {}) {
  const server = createServer((req, res) => {
    handle(req, res, root, isolation).catch((error) => {
      console.error(error);
      if (!res.headersSent) {
        res.writeHead(500, { ...baseHeaders(isolation), 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error\n');
      }
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
    const isolation = !process.argv.includes('--no-isolation');
    if (!existsSync(path.join(ROOT, 'index.html'))) {
      console.error('asyncplay dev server: build/site/ is missing: run `npm run build` first (npm start does)');
      process.exit(1);
    }
    const { server, url } = await startServer({ port, host, isolation });
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
