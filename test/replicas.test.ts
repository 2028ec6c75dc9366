// Two read replicas on this machine against one shared primary: a libSQL server (sqld)
// holding the seeded store, and two servers started as `npm start` does with REPLICA_OF,
// each reading its own embedded replica of the primary. A write on the primary reaches both,
// with a new ETag; writes sent to a replica are refused.
import { createClient } from '@libsql/client'
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateDb, openDb } from '../src/db/open.js'
import { projectRoot } from '../src/paths.js'
import { seedDatabase } from '../seed/seeder.js'
import { tempDir } from './helper.js'
import { freePort, startArgs, startProcess, startServer, type RunningProcess, type RunningServer } from './server-process.js'

const dir = tempDir()
const ROUND = '/v1/rounds/round-5-2022-03-21'
let primary: RunningProcess
const replicas: RunningServer[] = []

/** Starts sqld on a copy of the seeded store, as a deployment would start its primary. */
async function startPrimary(): Promise<RunningProcess> {
  const fetched = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'sqld.mjs')], { encoding: 'utf8' })
  if (fetched.status !== 0) throw new Error(`could not get sqld: ${fetched.stderr}`)
  const binary = fetched.stdout.trim()
  const store = openDb(join(dir, 'seeded.db'))
  migrateDb(store)
  seedDatabase(store)
  // sqld takes an existing SQLite file as its database and builds its replication log from it.
  mkdirSync(join(dir, 'primary', 'dbs', 'default'), { recursive: true })
  store.$client.exec(`VACUUM INTO '${join(dir, 'primary', 'dbs', 'default', 'data')}'`)
  store.$client.close()
  const port = await freePort()
  return startProcess(binary, ['--db-path', join(dir, 'primary'), '--http-listen-addr', `127.0.0.1:${port}`, '--no-welcome'], { port, readyPath: '/health' })
}

const STALE_MS = 1500
const replicaEnv = (name: string) => ({ DATABASE_PATH: join(dir, `${name}.db`), REPLICA_OF: primary.base, REPLICA_SYNC_MS: '100', REPLICA_STALE_MS: String(STALE_MS), LOG_LEVEL: 'warn' })

async function read(server: RunningServer, path = ROUND) {
  const response = await fetch(`${server.base}${path}`)
  return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as { title: string } }
}

beforeAll(async () => {
  primary = await startPrimary()
  replicas.push(await startServer(replicaEnv('replica-a')), await startServer(replicaEnv('replica-b')))
}, 120_000)

afterAll(async () => {
  for (const replica of replicas) await replica.stop()
  await primary?.stop()
})

describe('two read replicas of one libSQL primary', () => {
  it('answer reads from the primary’s data, the same bytes and ETag on both', async () => {
    const [a, b] = await Promise.all(replicas.map((replica) => read(replica)))
    expect(a!.status).toBe(200)
    expect(a!.body.title).toMatch(/round/i)
    expect(b).toEqual(a)
    const listA = await fetch(`${replicas[0]!.base}/v1/rounds`)
    const listB = await fetch(`${replicas[1]!.base}/v1/rounds`)
    expect(await listA.text()).toBe(await listB.text())
  })

  it('refuse writes with a problem that sends them to the primary, and stay unchanged', async () => {
    const before = await read(replicas[0]!)
    const response = await fetch(`${replicas[0]!.base}${ROUND}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'written at a replica' })
    })
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(((await response.json()) as { detail: string }).detail).toMatch(/read replica.*primary/)
    expect(await read(replicas[0]!)).toEqual(before)
  })

  it('show a write made on the primary on both replicas, with a new ETag, within a few pulls', async () => {
    const before = await read(replicas[0]!)
    const writer = createClient({ url: primary.base })
    await writer.execute({ sql: 'UPDATE rounds SET title = ? WHERE id = ?', args: ['Fifth round (written on the primary)', ROUND.split('/').pop()!] })
    writer.close()
    for (const replica of replicas) {
      let seen = await read(replica)
      for (let i = 0; i < 100 && seen.body.title !== 'Fifth round (written on the primary)'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        seen = await read(replica)
      }
      expect(seen.body.title).toBe('Fifth round (written on the primary)')
      expect(seen.etag).not.toBe(before.etag)
    }
    const [a, b] = await Promise.all(replicas.map((replica) => read(replica)))
    expect(a!.etag).toBe(b!.etag)
  }, 30_000)

  it('go on answering from their last pull when the primary is gone, and stop being ready once stale', async () => {
    const before = await read(replicas[1]!)
    await primary.stop()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await read(replicas[1]!)).toEqual(before)
    expect((await fetch(`${replicas[1]!.base}/readyz`)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, STALE_MS + 500))
    const stale = await fetch(`${replicas[1]!.base}/readyz`)
    expect(stale.status).toBe(503)
    expect(((await stale.json()) as { detail: string }).detail).toMatch(/has not pulled from its primary for \d+ s/)
    expect(await read(replicas[1]!)).toEqual(before)
  }, 10_000)

  it('will not start when the first pull fails, and say why', async () => {
    const port = await freePort()
    const result = spawnSync(process.execPath, startArgs(), {
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'replica-c.db'), REPLICA_OF: `http://127.0.0.1:${await freePort()}` },
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(result.status).toBe(78)
    expect(result.stderr).toMatch(/REPLICA_OF="http:\/\/127\.0\.0\.1:\d+": the first pull from the primary failed/)
  }, 40_000)
})
