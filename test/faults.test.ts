// Faults found by testing: a store path the kernel owns, and a full disk.
import { spawnSync } from 'node:child_process'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { openDb, StoreError } from '../src/db/open.js'
import { expectProblem, tempDir, useApp } from './helper.js'
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

describe('a full store', () => {
  const ctx = useApp({ writeRateLimit: 0 })

  // A news article of ~60 KB: its row needs new pages, whatever room the seeded pages have.
  const source = {
    id: 'full-disk-article',
    kind: 'news_article',
    title: 'An article written to a full disk',
    publisher: 'Test',
    published: { earliest: '2022-04-01' },
    language: 'en',
    licence: 'CC0',
    citation: 'Test, 2022.',
    text: `Quarzenblick ${'talks went on '.repeat(4000)}`
  }

  /** Every table's row count: what a refused write must leave as it was. */
  function rowCounts(): Record<string, number> {
    const sqlite = ctx.app.db.$client
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]
    return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]))
  }

  it('refuses writes with 507, goes on reading, keeps nothing of the refused write, and writes again once there is room', async () => {
    const { token } = createTokensRepository(ctx.app.db).create('full disk', 'write')
    const post = () => ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: { authorization: `Bearer ${token}` }, payload: source })
    const sqlite = ctx.app.db.$client

    const ready = await ctx.app.inject('/readyz')
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toMatchObject({ status: 'ok', store: { full: false } })
    expect(ready.json().store.freeBytes).toBeGreaterThan(0)

    const version = (await ctx.app.inject('/v1')).json().version as number
    const round = (await ctx.app.inject('/v1/rounds/round-5-2022-03-21')).body
    const counts = rowCounts()

    // The disk is full as far as SQLite can tell: no free page, and no page may be added.
    sqlite.exec('VACUUM')
    const unlimited = sqlite.pragma('max_page_count', { simple: true }) as number
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`)

    const refused = await post()
    const problem = expectProblem(refused, 507)
    expect(problem.detail).toMatch(/store is full/)
    expect(problem.requestId).toBe(refused.headers['x-request-id'])
    const full = await ctx.app.inject('/readyz')
    expect(full.statusCode).toBe(200)
    expect(full.json()).toMatchObject({ status: 'ok', store: { full: true } })

    // Reads go on, and show nothing of the refused write.
    expect(rowCounts()).toEqual(counts)
    expect((await ctx.app.inject('/v1')).json().version).toBe(version)
    expect((await ctx.app.inject('/v1/rounds/round-5-2022-03-21')).body).toBe(round)
    expectProblem(await ctx.app.inject('/v1/sources/full-disk-article'), 404)
    const search = await ctx.app.inject('/v1/search?q=Quarzenblick')
    expect(search.statusCode).toBe(200)
    expect(search.json().data).toEqual([])

    // Space freed: the same write is made.
    sqlite.pragma(`max_page_count = ${unlimited}`)
    expect((await ctx.app.inject('/readyz')).json()).toMatchObject({ store: { full: false } })
    expect((await post()).statusCode).toBe(201)
    expect((await ctx.app.inject('/v1/sources/full-disk-article')).statusCode).toBe(200)
    expect((await ctx.app.inject('/v1')).json().version).toBeGreaterThan(version)
  })
})

describe('a store locked by another writer', () => {
  const ctx = useApp({ writeRateLimit: 0 })

  it('answers a write that cannot get the lock in time 503 with Retry-After, and writes it once the lock is free', async () => {
    const { token } = createTokensRepository(ctx.app.db).create('busy store', 'write')
    const write = () => ctx.app.inject({ method: 'PATCH', url: '/v1/sources/lcil-negotiation-news', headers: { authorization: `Bearer ${token}` }, payload: { title: 'Renamed while locked' } })
    // Another process (a CLI, another worker) holds the write lock past the busy timeout.
    const other = new Database(ctx.databasePath)
    try {
      other.exec('BEGIN IMMEDIATE')
      const refused = await write()
      expectProblem(refused, 503)
      expect(refused.headers['retry-after']).toBe('1')
      other.exec('ROLLBACK')
    } finally {
      other.close()
    }
    expect((await write()).statusCode).toBe(200)
  })
})
