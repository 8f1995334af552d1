// web/share.js: the page's state in a URL fragment, for Share links and embeds.
//
// A state { code, details } becomes `#s=` + base64url(deflate-raw(JSON)). The fragment never
// reaches a server, and deflate keeps a 60-line snippet to a few hundred characters. Compression
// is the browser's own CompressionStream (no library). decodeState() returns null for anything it
// cannot read, so a damaged link opens the page as if it had no fragment.
const PREFIX = 's=';

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// Returns the fragment (without '#') that encodes `state`.
export async function encodeState(state) {
  const json = JSON.stringify({ v: 1, code: String(state.code ?? ''), details: !!state.details });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return PREFIX + toBase64Url(packed);
}

// Reads a fragment (with or without '#'); returns { code, details } or null.
export async function decodeState(fragment) {
  const text = String(fragment ?? '').replace(/^#/, '');
  if (!text.startsWith(PREFIX)) return null;
  try {
    const bytes = await pipe(fromBase64Url(text.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
    const state = JSON.parse(new TextDecoder().decode(bytes));
    if (state?.v !== 1 || typeof state.code !== 'string') return null;
    return { code: state.code, details: !!state.details };
  } catch {
    return null;
  }
}
