// The entry of `npm start`. The server is one bundled file (dist/server.cjs, made by
// scripts/build-server.mjs) run with V8's code cache: the bytecode of every function the
// start-up ran, written once the server first listens. A start with the cache skips parsing
// and compiling those functions, about 100 ms here. (A cache made when the file is compiled,
// as v8-compile-cache does, holds only the top level: the functions a start runs are
// compiled lazily, on every start.)
//
// The cache lives in CODE_CACHE_DIR (default: negotiation-timeline-code-cache-<uid> in the
// system's temporary directory, made readable by its user only: bytecode read from there
// runs as this server), under a name made of the bundle's content hash (written here by the
// build), Node's version and flags: a rebuilt bundle or another Node gets its own.
// CODE_CACHE=off turns it off, and so does --enable-source-maps (Node maps the stack traces
// of required files only). A cache V8 rejects is written again; a directory that cannot be
// written only costs the saving.
'use strict'
const { createHash } = require('node:crypto')
const { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs')
const Module = require('node:module')
const { tmpdir } = require('node:os')
const { join } = require('node:path')
const { Script } = require('node:vm')

const BUNDLE_HASH = '%BUNDLE_HASH%' // replaced by scripts/build-server.mjs
const bundle = join(__dirname, 'server.cjs')
const enabled = process.env.CODE_CACHE !== 'off' && !process.sourceMapsEnabled
const dir = process.env.CODE_CACHE_DIR || join(tmpdir(), `negotiation-timeline-code-cache-${process.getuid?.() ?? 'user'}`)
const key = createHash('sha256').update([BUNDLE_HASH, process.version, process.arch, ...process.execArgv].join('\0')).digest('hex').slice(0, 32)
const cacheFile = join(dir, `${key}.bin`)

if (!enabled) {
  require(bundle)
  return
}
let cachedData
try {
  cachedData = readFileSync(cacheFile)
} catch {}
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData })
const module_ = { exports: {}, filename: bundle, id: bundle, loaded: false }
script.runInThisContext()(module_.exports, Module.createRequire(bundle), module_, bundle, __dirname)
module_.loaded = true

if (cachedData === undefined || script.cachedDataRejected) {
  Promise.resolve(module_.exports.serving).then((serving) => {
    if (!serving) return
    const partial = `${cacheFile}.${process.pid}`
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      writeFileSync(partial, script.createCachedData(), { mode: 0o600 })
      renameSync(partial, cacheFile)
    } catch {
      try {
        rmSync(partial, { force: true })
      } catch {}
    }
  })
}
