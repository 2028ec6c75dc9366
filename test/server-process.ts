// Real HTTP for the tests that need it: the server started as `npm start` starts it (or any
// other service) as a child process on a free port on 127.0.0.1 and always stopped, and one
// request over node:http that gives back the bytes as they were sent.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import { createServer } from 'node:net'
import { join, resolve as resolvePath } from 'node:path'
import { projectRoot } from '../src/paths.js'

/** The arguments `npm start` gives node: its flags, then its entry file, resolved against the project root. */
export function startArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }
  const [node, ...args] = scripts.start.trim().split(/\s+/)
  const file = args.pop()
  if (node !== 'node' || file === undefined || file.startsWith('-') || args.some((arg) => !arg.startsWith('-'))) {
    throw new Error(`npm start is not "node [flags] <file>": ${scripts.start}`)
  }
  return [...args, resolvePath(projectRoot, file)]
}

export interface RunningProcess {
  child: ChildProcess
  /** http://127.0.0.1:<port> */
  base: string
  /** Everything it has written to stdout and stderr so far. */
  output: () => string
  /** SIGTERM, SIGKILL after 5 s; resolves once it has exited. */
  stop: () => Promise<void>
}
export type RunningServer = RunningProcess

export async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * Starts `command` listening on `port` and waits until GET `readyPath` answers 2xx. If it exits
 * or is not ready within 10 s, it is stopped and the error carries its output.
 */
export async function startProcess(command: string, args: string[], options: { port: number; readyPath: string; env?: NodeJS.ProcessEnv }): Promise<RunningProcess> {
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const base = `http://127.0.0.1:${options.port}`
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await once(child, 'exit')
    clearTimeout(timer)
  }
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${output}`)
    try {
      if ((await httpRequest(`${base}${options.readyPath}`)).status < 300) return { child, base, output: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await stop()
  throw new Error(`${command} did not become ready: ${output}`)
}

/** Starts the server as `npm start` does, configured by `env` alone, on a free port on 127.0.0.1. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort()
  return startProcess(process.execPath, startArgs(), {
    port,
    readyPath: '/readyz',
    // Overload protection off by default: the other tests running beside this one load the machine.
    env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', MAX_EVENT_LOOP_DELAY: '0', ...env }
  })
}

export interface HttpAnswer {
  status: number
  headers: IncomingHttpHeaders
  /** As sent: not decompressed (fetch would decompress it). */
  body: Buffer
}

/**
 * One request over node:http. `newConnection` sends it on a connection of its own, closed after
 * it (a cluster spreads connections, not requests, over its workers).
 */
export function httpRequest(url: string, options: { method?: string; headers?: OutgoingHttpHeaders; body?: string; newConnection?: boolean } = {}): Promise<HttpAnswer> {
  const { method = 'GET', headers = {}, body, newConnection = false } = options
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: newConnection ? { ...headers, connection: 'close' } : headers, ...(newConnection ? { agent: false } : {}) }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}
