// Bundles the server (src/server.ts and everything it imports, dependencies included) into
// one CommonJS file, dist/server.cjs, started by dist/start.cjs. Loading one file instead of
// some fifteen hundred modules is most of what makes start-up fast. The CLIs and the tests
// use the per-file build in dist/src.
import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
mkdirSync(join(root, 'dist'), { recursive: true })
await build({
  entryPoints: [join(root, 'src', 'server.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: ['node20'],
  outfile: join(root, 'dist', 'server.cjs'),
  // Native addons stay packages (libSQL is loaded only by a read replica's puller);
  // everything else is bundled.
  external: ['better-sqlite3', '@libsql/client'],
  // The sources find files beside the project (migrations, seed, dist/web) from their own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Half the bytes to read, hash (for the code cache) and parse: about 50 ms of each start.
  // Stack traces name minified functions; dist/server.cjs.map maps them back.
  minify: true,
  sourcemap: true,
  logLevel: 'warning'
})
// The entry names its code cache after the bundle's content, so a rebuilt bundle never runs
// another bundle's bytecode (V8 itself checks only the source's length).
const hash = createHash('sha256').update(readFileSync(join(root, 'dist', 'server.cjs'))).digest('hex')
const entry = readFileSync(join(root, 'src', 'start.cjs'), 'utf8')
if (!entry.includes('%BUNDLE_HASH%')) throw new Error('src/start.cjs lost its %BUNDLE_HASH% placeholder')
writeFileSync(join(root, 'dist', 'start.cjs'), entry.replace('%BUNDLE_HASH%', hash))
