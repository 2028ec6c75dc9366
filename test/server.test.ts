// The real process: `npm start` runs dist/src/server.js, configured by the environment.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { projectRoot } from '../src/paths.js'
import { tempDir } from './helper.js'

const dir = tempDir()
const serverJs = join(projectRoot, 'dist', 'src', 'server.js')
const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  return port
}

async function start(env: Record<string, string>) {
  const port = await freePort()
  const child = spawn(process.execPath, [serverJs], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  children.push(child)
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`)
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { child, base, output: () => output }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`server did not become ready: ${output}`)
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
