// WORKERS=2: two processes over one SQLite file; a write through one is seen, with a new
// ETag, through the other on the next request.
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { migrateDb, openDb } from '../src/db/open.js'
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

describe('WORKERS=2', () => {
  it('shows a write made through one worker, with a new ETag, through every worker at once', async () => {
    const file = join(dir, 'workers.db')
    const db = openDb(file)
    migrateDb(db)
    seedDatabase(db)
    const { token } = createTokensRepository(db).create('workers', 'write')
    db.$client.close()
    const server = await startServer({ DATABASE_PATH: file, WORKERS: '2', LOG_LEVEL: 'warn' })
    running.push(server)
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
})
