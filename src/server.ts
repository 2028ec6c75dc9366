import cluster from 'node:cluster'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, type AppConfig } from './config.js'
import { migrateDb, openDb, StoreError } from './db/open.js'
import { followPrimary, PULLER_ROLE, pullFromPrimary, ReplicaError } from './replica/follow.js'
import { SeedError, seedDatabase, seedingReport } from '../seed/seeder.js'

// The only file that reads the environment, listens and handles signals.

function fail(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StoreError || error instanceof ReplicaError) {
    console.error(error.message)
    process.exit(78) // EX_CONFIG
  }
  if (error instanceof SeedError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

async function serve(config: AppConfig) {
  const app = await buildApp(config).catch(fail)
  let closing = false
  const close = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'closing: no new connections, finishing requests in flight')
    try {
      await app.close()
      process.exit(0)
    } catch (error) {
      app.log.error({ err: error }, 'close failed')
      process.exit(1)
    }
  }
  process.once('SIGTERM', () => void close('SIGTERM'))
  process.once('SIGINT', () => void close('SIGINT'))
  await app.listen({ port: config.port, host: config.host })
}

/**
 * WORKERS=N: N processes (node:cluster) share the port and the SQLite file (WAL). The
 * primary migrates and seeds once, before any worker starts, then only supervises. (A read
 * replica's store comes from its primary, already migrated and seeded.)
 */
function supervise(config: AppConfig) {
  try {
    if (!config.replica) {
      const db = openDb(config.databasePath)
      try {
        migrateDb(db)
        if (config.seedOnStart) {
          const { level, message } = seedingReport(seedDatabase(db))
          console.error(JSON.stringify({ level: level === 'warn' ? 40 : 30, msg: message, databasePath: config.databasePath }))
        }
      } finally {
        db.$client.close()
      }
    }
  } catch (error) {
    fail(error)
  }
  let stopping = false
  const fork = () => cluster.fork({ SEED_ON_START: 'false' })
  for (let i = 0; i < config.workers; i++) fork()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    console.error(JSON.stringify({ level: 50, msg: 'worker died; starting another', pid: worker.process.pid, code, signal }))
    fork()
  })
  const stop = (signal: NodeJS.Signals) => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal)
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGTERM'))
}

let config: AppConfig
try {
  config = loadConfig()
} catch (error) {
  fail(error)
}
/** True once this process answers HTTP; false for a cluster's supervisor or a replica's puller. */
const run = async (): Promise<boolean> => {
  if (config.replica && process.env[PULLER_ROLE]) {
    await pullFromPrimary(config.databasePath, config.replica)
    return false
  }
  // REPLICA_OF: the first pull lands before the store is opened; one puller serves all workers.
  if (config.replica && cluster.isPrimary) await followPrimary(config.replica)
  if (config.workers > 1 && cluster.isPrimary) {
    supervise(config)
    return false
  }
  await serve(config)
  return true
}
run().catch((error: unknown) => {
  if (error instanceof ReplicaError) fail(error)
  console.error(error)
  process.exit(1)
})
