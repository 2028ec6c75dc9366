// The real process: `npm start` runs dist/src/server.js, configured by the environment.
import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { tempDir } from './helper.js'
import { serverJs, startServer, type RunningServer } from './server-process.js'

const dir = tempDir()
const running: RunningServer[] = []

afterEach(async () => {
  for (const server of running.splice(0)) await server.stop()
})

async function start(env: Record<string, string>) {
  const server = await startServer(env)
  running.push(server)
  return server
}

describe('configuration', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({ port: 3000, host: 'localhost', databasePath: './data/negotiations.db', logLevel: 'info', seedOnStart: true })
  })

  it('names each bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT="eighty"[\s\S]*LOG_LEVEL="loud"/)
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/)
  })

  it('stops start-up with a message naming the variable', () => {
    const run = spawnSync(process.execPath, [serverJs], { env: { PATH: process.env.PATH ?? '', PORT: 'banana' }, encoding: 'utf8', timeout: 20_000 })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/PORT="banana"/)
  })
})

describe('the server process', () => {
  it('creates, migrates and seeds the store on first start, logs JSON, and closes cleanly on SIGTERM', async () => {
    const databasePath = join(dir, 'nested', 'store.db')
    const server = await start({ DATABASE_PATH: databasePath })
    const proposals = (await (await fetch(`${server.base}/v1/parties/kiev/proposals`)).json()) as { data: unknown[] }
    expect(proposals.data).toHaveLength(5)
    const firstLine = server.output().split('\n').find((line) => line.startsWith('{'))
    expect(JSON.parse(firstLine!)).toHaveProperty('level')
    server.child.kill('SIGTERM')
    const [code] = await once(server.child, 'exit')
    expect(code).toBe(0)

    const again = await start({ DATABASE_PATH: databasePath })
    expect(again.output()).toMatch(/store already seeded/)
    const dataset = (await (await fetch(`${again.base}/v1`)).json()) as { version: number }
    expect(dataset.version).toBe(1)
  })
})
