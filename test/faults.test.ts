// Faults found by testing: a store path the kernel owns.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { openDb, StoreError } from '../src/db/open.js'
import { tempDir } from './helper.js'
import { startArgs } from './server-process.js'

const dir = tempDir()

describe.runIf(process.platform === 'linux')('DATABASE_PATH on the kernel\'s virtual filesystems', () => {
  // Spawned, with a deadline: before the fix, /proc/x/y.db spun in Node's recursive mkdir
  // forever, which no test timeout can interrupt in-process.
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, startArgs(), {
      env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 20_000,
      killSignal: 'SIGKILL'
    })

  it('stops start-up at once with a message naming DATABASE_PATH (exit 78), with one process or a cluster', () => {
    for (const [path, workers] of [['/proc/x/y.db', '1'], ['/proc/self/store.db', '1'], ['/sys/store.db', '1'], ['/proc/x/y.db', '2']] as const) {
      const run = start({ DATABASE_PATH: path, WORKERS: workers })
      expect(run.signal, `${path}, WORKERS=${workers}: killed at the deadline`).toBeNull()
      expect(run.status, path).toBe(78)
      expect(run.stderr).toContain(`DATABASE_PATH=${JSON.stringify(path)}`)
      expect(run.stderr).toMatch(/procfs|sysfs/)
    }
  }, 120_000)

  it('refuses a path that is not a regular file, or under one', () => {
    for (const path of ['/dev/null', dir, '/etc/hostname/store.db']) {
      expect(() => openDb(path), path).toThrow(StoreError)
      expect(() => openDb(path), path).toThrow(`DATABASE_PATH=${JSON.stringify(path)}`)
    }
  })
})
