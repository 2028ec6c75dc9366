import { fork, type ChildProcess } from 'node:child_process'
import { statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { ReplicaConfig } from '../config.js'
import { prepareStorePath } from '../db/open.js'

/**
 * Set in the environment of the process that pulls from the primary: the server's entry
 * then runs `pullFromPrimary` instead of a server.
 */
export const PULLER_ROLE = 'NEGOTIATION_REPLICA_PULLER'

/** The replica could not be made: the message names REPLICA_OF and the reason. */
export class ReplicaError extends Error {
  override name = 'ReplicaError'
}

/**
 * A file beside the replica that the puller rewrites after each pull that lands: how fresh
 * the replica is, readable by every process serving it (WORKERS=N included).
 */
export const pulledMarker = (file: string) => `${file}-pulled`

/** Milliseconds since the last pull landed, or undefined when none has. */
export function sinceLastPull(file: string): number | undefined {
  try {
    return Date.now() - statSync(pulledMarker(file)).mtimeMs
  } catch {
    return undefined
  }
}

type PullerMessage = { type: 'pulled'; frameNo: number | null } | { type: 'failed'; message: string }

// The puller writes log lines in the server's own format (pino's JSON), to standard error.
const logLine = (level: 'info' | 'warn' | 'error', msg: string, extra: Record<string, unknown> = {}) =>
  console.error(JSON.stringify({ level: { info: 30, warn: 40, error: 50 }[level], time: Date.now(), pid: process.pid, msg, ...extra }))

/**
 * The puller (run in its own process): keeps DATABASE_PATH, a libSQL embedded replica, in
 * step with the primary, pulling every `syncMs`. It tells the server of each pull and of
 * each failure, and ends when the server does. Each pull lands as ordinary SQLite
 * transactions, so the server's `PRAGMA data_version` moves and its response cache empties.
 */
export async function pullFromPrimary(file: string, replica: ReplicaConfig): Promise<void> {
  // Loaded only here, by require: the bundled server runs under a code cache that has no
  // dynamic import().
  const { createClient } = createRequire(import.meta.url)('@libsql/client') as typeof import('@libsql/client')
  try {
    prepareStorePath(file)
  } catch (error) {
    process.send?.({ type: 'failed', message: (error as Error).message } satisfies PullerMessage)
    return
  }
  // Made on the first pull that reaches the primary: opening a new replica pulls at once.
  let client: ReturnType<typeof createClient> | undefined
  const tell = (message: PullerMessage) => process.send?.(message)
  // It lives as long as the server: it ends when the server does (the IPC channel closes),
  // not on the Ctrl-C a terminal sends to the whole process group, which the server
  // handles by closing.
  process.on('disconnect', () => process.exit(0))
  process.on('SIGINT', () => {})
  let pulled = false
  let failing = false
  const pull = async () => {
    try {
      client ??= createClient({ url: `file:${file}`, syncUrl: replica.primaryUrl, ...(replica.authToken === undefined ? {} : { authToken: replica.authToken }) })
      const result = await client.sync()
      writeFileSync(pulledMarker(file), `${new Date().toISOString()}\n`)
      if (failing) logLine('info', 'pulling from the primary again', { primary: replica.primaryUrl })
      failing = false
      pulled = true
      tell({ type: 'pulled', frameNo: result?.frame_no ?? null })
    } catch (error) {
      // Reads go on from the last pull; the failure is logged once, not every period. (The
      // server reports a failed first pull itself, and does not start.)
      if (pulled && !failing) logLine('warn', 'cannot pull from the primary; serving the last pull', { primary: replica.primaryUrl, err: (error as Error).message })
      failing = true
      tell({ type: 'failed', message: (error as Error).message })
    }
    setTimeout(() => void pull(), replica.syncMs)
  }
  await pull()
}

/**
 * Starts the puller and resolves once its first pull has landed, when DATABASE_PATH holds
 * the primary's schema and data; a first pull that fails rejects. The puller is a process
 * of its own because libSQL brings its own SQLite: two SQLite libraries in one process,
 * on one file, would release each other's POSIX locks. A puller that dies is started again.
 */
export function followPrimary(replica: ReplicaConfig): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    let started = false
    const start = () => {
      const child = fork(process.argv[1]!, process.argv.slice(2), { env: { ...process.env, [PULLER_ROLE]: '1' }, execArgv: process.execArgv })
      child.on('message', (message: PullerMessage) => {
        if (started) return
        if (message.type === 'pulled') {
          started = true
          // From here on the server's own work keeps the process alive, not the puller.
          child.unref()
          child.channel?.unref()
          resolve(child)
        } else {
          child.kill()
          reject(new ReplicaError(`REPLICA_OF=${JSON.stringify(replica.primaryUrl)}: the first pull from the primary failed: ${message.message}`))
        }
      })
      child.on('exit', (code, signal) => {
        if (!started) return reject(new ReplicaError(`REPLICA_OF=${JSON.stringify(replica.primaryUrl)}: the puller ended before its first pull (code ${code}, signal ${signal})`))
        logLine('error', 'the puller died; starting another', { pid: child.pid, code, signal })
        setTimeout(start, replica.syncMs).unref()
      })
      // The server's exit ends the puller too (it sees the IPC channel close).
      if (started) {
        child.unref()
        child.channel?.unref()
      }
    }
    start()
  })
}
