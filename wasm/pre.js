// --pre-js for asyncplay.mjs: runs inside the module factory, before the runtime starts.
//
// Under Node, Emscripten 3.1.6 would fetch() the .wasm by file path and fail, so read it from disk
// here and resolve files beside this module. ENVIRONMENT_IS_NODE is not set yet at this point, so
// test `process` directly. Pthread workers receive the compiled module instead and skip this.
if (typeof process === 'object' && process.versions && process.versions.node) {
  if (!Module['locateFile']) Module['locateFile'] = (path, dir) => dir + path;
  if (!Module['wasmBinary'] && !Module['wasmModule']) {
    // __filename comes from extern-pre.js (`import.meta` cannot appear here: 3.1.6's JS optimizer
    // fails on it).
    Module['wasmBinary'] = require('fs').readFileSync(__filename.replace(/\.m?js$/, '.wasm'));
  }
}
