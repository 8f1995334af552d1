// --extern-pre-js for asyncplay.mjs: runs at the top of the ES module, outside the factory.
//
// Emscripten 3.1.6 emits bare `require` and `__dirname` in its ES-module output, which exist only
// in CommonJS. Under Node, define them from the module's own URL; in a browser or Worker this
// block does nothing.
if (typeof process === 'object' && process.versions && process.versions.node) {
  const { createRequire } = await import('module');
  const { fileURLToPath } = await import('url');
  const { dirname } = await import('path');
  var require = createRequire(import.meta.url);
  var __filename = fileURLToPath(import.meta.url);
  var __dirname = dirname(__filename);
}
