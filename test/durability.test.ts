// Nothing acknowledged is ever lost: writes to a real server process, SIGKILL mid-stream,
// restart on the same file, and every write that got its 201 is there, whole.
import { once } from 'node:events'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { seededStore, tempDir } from './helper.js'
import { startServer, type RunningServer } from './server-process.js'

const dir = tempDir()
const file = join(dir, 'durable.db')
const running: RunningServer[] = []
let token = ''
afterAll(async () => {
  for (const server of running) await server.stop()
})

describe('durability', () => {
  it('keeps every acknowledged write across a SIGKILL, and no half-written one', async () => {
    token = seededStore(file, 'durability')
    const server = await startServer({ DATABASE_PATH: file, WRITE_RATE_LIMIT: '0', LOG_LEVEL: 'warn' })
    running.push(server)
    const acknowledged: string[] = []
    let killed = false
    const writer = async (stream: number) => {
      // eslint-disable-next-line no-unmodified-loop-condition -- set below while this loop awaits
      for (let i = 0; !killed; i++) {
        const id = `durable-${stream}-${i}`
        try {
          const response = await fetch(`${server.base}/v1/actors`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ id, name: `Durable ${stream}.${i}`, type: 'organization', evidence: [{ sourceId: 'xinhua-2022-04-ease-tensions', quote: 'Moscow and Kiev' }] })
          })
          if (response.status === 201) acknowledged.push(id)
          else if (!killed) throw new Error(`unexpected ${response.status}: ${await response.text()}`)
        } catch (error) {
          if (!killed) throw error
        }
      }
    }
    const streams = [0, 1, 2, 3].map(writer)
    while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 5))
    killed = true
    server.child.kill('SIGKILL')
    await once(server.child, 'exit')
    await Promise.all(streams)

    const restarted = await startServer({ DATABASE_PATH: file, LOG_LEVEL: 'warn' })
    running.push(restarted)
    for (const id of acknowledged) {
      expect((await fetch(`${restarted.base}/v1/actors/${id}`)).status, id).toBe(200)
    }
    await restarted.stop()

    const sqlite = new Database(file, { readonly: true })
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
      const durable = sqlite.prepare("SELECT id FROM actors WHERE id LIKE 'durable-%'").all() as { id: string }[]
      expect(durable.length).toBeGreaterThanOrEqual(acknowledged.length)
      // Each write is whole: the record, its evidence and its change entry, or none of them.
      const withoutEvidence = sqlite.prepare("SELECT count(*) AS n FROM actors a WHERE a.id LIKE 'durable-%' AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.actor_id = a.id)").get() as { n: number }
      expect(withoutEvidence.n).toBe(0)
      const logged = sqlite.prepare("SELECT count(*) AS n FROM changes WHERE resource_id LIKE 'durable-%' AND operation = 'create'").get() as { n: number }
      expect(logged.n).toBe(durable.length)
    } finally {
      sqlite.close()
    }
  }, 60_000)

  it('closes gracefully on SIGTERM: a request in flight is finished and kept, then the process exits 0', async () => {
    const server = await startServer({ DATABASE_PATH: file, LOG_LEVEL: 'info' })
    running.push(server)
    const body = JSON.stringify({ id: 'in-flight', name: 'In flight', type: 'organization', evidence: [{ sourceId: 'xinhua-2022-04-ease-tensions', quote: 'Moscow and Kiev' }] })
    const { port } = new URL(server.base)
    const request = httpRequest({
      host: '127.0.0.1',
      port: Number(port),
      method: 'POST',
      path: '/v1/actors',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
    })
    const answered = new Promise<number>((resolve, reject) => {
      request.on('response', (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      })
      request.on('error', reject)
    })
    // Half the body now, the signal, then the rest: the request is in flight during the close.
    request.write(body.slice(0, 20))
    await new Promise((resolve) => setTimeout(resolve, 200))
    server.child.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 200))
    request.end(body.slice(20))
    expect(await answered).toBe(201)
    const [code] = await once(server.child, 'exit')
    expect(code).toBe(0)
    expect(server.output()).toMatch(/closing/)

    const sqlite = new Database(file, { readonly: true })
    try {
      expect(sqlite.prepare("SELECT count(*) AS n FROM actors WHERE id = 'in-flight'").get()).toEqual({ n: 1 })
    } finally {
      sqlite.close()
    }
  })
})
