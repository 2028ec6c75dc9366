import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { StoreError } from './db/open.js'
import { SeedError } from '../seed/seeder.js'

// The only file that reads the environment, listens and handles signals.
async function main() {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(78) // EX_CONFIG
    }
    throw error
  }

  let app
  try {
    app = await buildApp(config)
  } catch (error) {
    if (error instanceof StoreError || error instanceof SeedError) {
      console.error(error.message)
      process.exit(error instanceof StoreError ? 78 : 1)
    }
    throw error
  }
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

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
