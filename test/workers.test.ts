// WORKERS=2: two processes over one SQLite file; a write through one is seen, with a new
// ETag, through the other on the next request, and the write rate limit is counted once for both.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { migrateDb, openDb } from '../src/db/open.js'
import { openSharedRateCounter } from '../src/db/rate-limits.js'
import { seedDatabase } from '../seed/seeder.js'
import { tempDir } from './helper.js'
import { httpRequest, startServer, type RunningServer } from './server-process.js'

const dir = tempDir()
const running: RunningServer[] = []
afterAll(async () => {
  for (const server of running) await server.stop()
})

/** A GET on a new connection each time, so that the cluster spreads them over the workers. */
async function get(base: string, path: string): Promise<{ status: number; etag: string; body: string }> {
  const { status, headers, body } = await httpRequest(`${base}${path}`, { newConnection: true })
  return { status, etag: String(headers.etag), body: body.toString() }
}

const WRITE_RATE_LIMIT = 3
let server: RunningServer
let token = ''
let limited = ''

beforeAll(async () => {
  const file = join(dir, 'workers.db')
  const db = openDb(file)
  migrateDb(db)
  seedDatabase(db)
  const tokens = createTokensRepository(db)
  token = tokens.create('workers', 'write').token
  limited = tokens.create('rate limited', 'write').token
  db.$client.close()
  server = await startServer({ DATABASE_PATH: file, WORKERS: '2', WRITE_RATE_LIMIT: String(WRITE_RATE_LIMIT), READ_RATE_LIMIT: '1000', LOG_LEVEL: 'warn' })
  running.push(server)
}, 60_000)

describe('WORKERS=2', () => {
  it('shows a write made through one worker, with a new ETag, through every worker at once', async () => {
    const path = '/v1/rounds/round-5-2022-03-21'

    const before = await Promise.all(Array.from({ length: 12 }, () => get(server.base, path)))
    expect(new Set(before.map((r) => r.etag)).size).toBe(1)
    const patched = await fetch(`${server.base}${path}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ title: 'Fifth round (seen by every worker)' })
    })
    expect(patched.status).toBe(200)
    const after = await Promise.all(Array.from({ length: 12 }, () => get(server.base, path)))
    for (const r of after) {
      expect(r.status).toBe(200)
      expect(JSON.parse(r.body).title).toBe('Fifth round (seen by every worker)')
      expect(r.etag).not.toBe(before[0]!.etag)
    }
    expect(new Set(after.map((r) => r.etag)).size).toBe(1)
  }, 60_000)

  it('gives a token WRITE_RATE_LIMIT writes a minute in all, not that many per worker', async () => {
    // Each on a connection of its own: the cluster hands connections to its workers in turn.
    const answers = []
    for (let i = 0; i < 4 * WRITE_RATE_LIMIT; i++) {
      answers.push(
        await httpRequest(`${server.base}/v1/actors/nato`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${limited}`, 'content-type': 'application/json' },
          body: JSON.stringify({ aliases: ['NATO', `North Atlantic Alliance ${i}`] }),
          newConnection: true
        })
      )
    }
    expect(answers.map((a) => a.status)).toEqual([...Array(WRITE_RATE_LIMIT).fill(200), ...Array(3 * WRITE_RATE_LIMIT).fill(429)])
    // One count: what remains goes down across the workers.
    expect(answers.slice(0, WRITE_RATE_LIMIT).map((a) => Number(a.headers['x-ratelimit-remaining']))).toEqual(Array.from({ length: WRITE_RATE_LIMIT }, (_, i) => WRITE_RATE_LIMIT - 1 - i))
    const refused = JSON.parse(answers.at(-1)!.body.toString()) as { detail: string }
    expect(refused.detail).toMatch(new RegExp(`at most ${WRITE_RATE_LIMIT} a minute`))
    // Reads are limited too, by each worker.
    expect((await httpRequest(`${server.base}/v1/actors/nato`, { newConnection: true })).headers['x-ratelimit-limit']).toBe('1000')
    // The other token's count is its own.
    const other = await httpRequest(`${server.base}/v1/actors/nato`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ aliases: ['NATO'] }),
      newConnection: true
    })
    expect(other.status).toBe(200)
  }, 60_000)
})

describe('the shared rate-limit count', () => {
  it('is one count over every connection to the file, starts over when its window ends, and keeps no ended window', () => {
    const file = join(dir, 'counts.db')
    const db = openDb(file)
    migrateDb(db)
    const [a, b] = [openSharedRateCounter(file), openSharedRateCounter(file)]
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(1_000_000)
      expect([a.increment('k', 60_000), b.increment('k', 60_000), a.increment('k', 60_000)]).toEqual([
        { count: 1, ttl: 60_000 },
        { count: 2, ttl: 60_000 },
        { count: 3, ttl: 60_000 }
      ])
      expect(b.increment('other', 60_000)).toEqual({ count: 1, ttl: 60_000 })
      vi.setSystemTime(1_000_000 + 59_999)
      expect(b.increment('k', 60_000)).toEqual({ count: 4, ttl: 1 })
      vi.setSystemTime(1_000_000 + 60_000)
      expect(a.increment('k', 60_000)).toEqual({ count: 1, ttl: 60_000 })
      expect(db.$client.prepare('SELECT key FROM rate_limits').pluck().all()).toEqual(['k'])
    } finally {
      vi.useRealTimers()
      a.close()
      b.close()
      db.$client.close()
    }
  })
})
