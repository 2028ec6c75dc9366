// Builds the dashboard (web/) into dist/web: one bundled, minified module plus the page and
// its stylesheet. Everything is served by the service itself; nothing is fetched from a CDN.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'web')
mkdirSync(out, { recursive: true })
await build({
  entryPoints: [join(root, 'web', 'main.ts')],
  bundle: true,
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  outfile: join(out, 'app.js'),
  // The API's own CSV writer (src/http/csv.ts) runs in the page too: csv-stringify's browser
  // build brings the Buffer its Node build expects.
  alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  logLevel: 'warning'
})
for (const file of ['index.html', 'styles.css']) copyFileSync(join(root, 'web', file), join(out, file))
