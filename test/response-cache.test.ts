import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type App } from '../src/app.js'
import { tempDir } from './helper.js'

const dir = tempDir()
const file = join(dir, 'cache.db')
let app: App
beforeAll(async () => {
  app = await buildApp({ databasePath: file, seedOnStart: true, logLevel: 'silent' })
  await app.ready()
})
afterAll(async () => {
  await app.close()
})

describe('the response cache', () => {
  it('answers a repeated read with the same bytes and headers', async () => {
    const first = await app.inject('/v1/rounds?limit=2')
    const second = await app.inject('/v1/rounds?limit=2')
    expect(app.responseCache.size()).toBeGreaterThan(0)
    expect(second.body).toBe(first.body)
    for (const header of ['etag', 'link', 'content-type', 'x-total-count', 'cache-control', 'access-control-allow-origin', 'access-control-expose-headers', 'content-security-policy', 'x-content-type-options']) {
      expect(second.headers[header], header).toBe(first.headers[header])
    }
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id'])
    const metrics = (await app.inject('/metrics')).body
    expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/v1\/rounds",status_code="200"\} 2/)
    const csv = await app.inject('/v1/rounds?limit=2&format=csv')
    expect(csv.body).not.toBe(first.body)
    expect((await app.inject({ url: '/v1/rounds?limit=2', headers: { accept: 'text/csv' } })).body).toBe(csv.body)
  })

  it('sees a write made through another connection (another worker, a CLI) on the next request', async () => {
    const before = (await app.inject('/v1/rounds/round-5-2022-03-21')).json() as { title: string }
    const other = new Database(file)
    try {
      other.prepare("UPDATE rounds SET title = 'Fifth round (renamed elsewhere)' WHERE id = 'round-5-2022-03-21'").run()
    } finally {
      other.close()
    }
    const after = (await app.inject('/v1/rounds/round-5-2022-03-21')).json() as { title: string }
    expect(before.title).toBe('Fifth round of negotiations')
    expect(after.title).toBe('Fifth round (renamed elsewhere)')
  })
})
