// The real process: `npm start` runs the compiled server, configured by the environment.
import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { connect } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { projectRoot } from '../src/paths.js'
import { tempDir } from './helper.js'
import { startArgs, startServer, type RunningServer } from './server-process.js'

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
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: 'localhost',
      databasePath: './data/negotiations.db',
      logLevel: 'info',
      accessLog: true,
      seedOnStart: true,
      bodyLimit: 1_048_576,
      writeRateLimit: 60,
      readRateLimit: 0,
      corsWriteOrigins: [],
      workers: 1,
      maxEventLoopDelay: 500,
      responseCacheBytes: 16 * 2 ** 20
    })
  })

  it('names each bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT="eighty"[\s\S]*LOG_LEVEL="loud"/)
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/)
    expect(() => loadConfig({ PUBLIC_URL: 'talks.example.org' })).toThrow(/PUBLIC_URL/)
    expect(() => loadConfig({ PUBLIC_URL: 'https://talks.example.org/?x=1' })).toThrow(/PUBLIC_URL/)
  })

  it('takes the address citations name from PUBLIC_URL, without a trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://talks.example.org/' }).publicUrl).toBe('https://talks.example.org')
  })

  it('stops start-up with a message naming the variable', () => {
    const run = spawnSync(process.execPath, startArgs(), { env: { PATH: process.env.PATH ?? '', PORT: 'banana' }, encoding: 'utf8', timeout: 20_000 })
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/PORT="banana"/)
  })
})

describe('the start command', () => {
  it('is the same in the Docker image as in npm start, node flags included', () => {
    const cmd = readFileSync(join(projectRoot, 'Dockerfile'), 'utf8').match(/^CMD (\[.*\])$/m)
    expect(cmd).not.toBeNull()
    const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }
    expect((JSON.parse(cmd![1]!) as string[]).join(' ')).toBe(scripts.start)
  })
})

describe('start-up failures', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, startArgs(), { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 20_000 })

  it('names DATABASE_PATH when the store cannot be opened there', () => {
    for (const path of [dir, '/etc/hostname/store.db']) {
      const result = run({ DATABASE_PATH: path, PORT: '0' })
      expect(result.status, path).toBe(78)
      expect(result.stderr).toContain(`DATABASE_PATH=${JSON.stringify(path)}`)
    }
  })

  it('refuses a port that is not a plain number', () => {
    const result = run({ PORT: '0x10' })
    expect(result.status).toBe(78)
    expect(result.stderr).toMatch(/PORT="0x10"/)
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
    // One access-log line for the request, written asynchronously and flushed on close.
    const logged = server.output().split('\n').filter((line) => line.includes('"msg":"request"')).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(logged.filter((line) => line.url === '/v1/parties/kiev/proposals')).toEqual([
      expect.objectContaining({ level: 30, method: 'GET', route: '/v1/parties/:id/proposals', status: 200, reqId: expect.any(String) })
    ])

    const again = await start({ DATABASE_PATH: databasePath })
    // A request Node's HTTP parser cannot read still gets a problem document.
    const socket = connect(Number(new URL(again.base).port), '127.0.0.1')
    socket.end('BREW /v1 HTTP/1.1\r\nHost: x\r\n\r\n')
    let raw = ''
    for await (const chunk of socket) raw += chunk
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request/)
    expect(raw).toContain('Content-Type: application/problem+json')

    expect(again.output()).toMatch(/store already seeded/)
    const dataset = (await (await fetch(`${again.base}/v1`)).json()) as { version: number }
    expect(dataset.version).toBe(1)
  })
})
