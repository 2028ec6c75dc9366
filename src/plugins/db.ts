import fp from 'fastify-plugin'
import { isMigrated, migrateDb, openDb, StoreError, type Db } from '../db/open.js'
import { seedDatabase, seedingReport } from '../../seed/seeder.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
  }
}

export interface DbPluginOptions {
  databasePath: string
  seedOnStart: boolean
  /** A read replica: the store comes migrated and seeded from the primary, and is only read. */
  replica: boolean
}

/** Opens the store, brings its schema up to date, seeds it once, and closes it with the app. */
export default fp<DbPluginOptions>(
  async (app, options) => {
    const db = openDb(options.databasePath, { readonly: options.replica })
    try {
      if (options.replica) {
        if (!isMigrated(db)) {
          throw new StoreError(`DATABASE_PATH=${JSON.stringify(options.databasePath)}: the primary's store lacks migrations this code ships; migrate the primary first (docs/scaling.md).`)
        }
      } else {
        migrateDb(db)
        if (options.seedOnStart) {
          const result = seedDatabase(db)
          const { level, message } = seedingReport(result)
          app.log[level]({ databasePath: options.databasePath, seeded: result.seeded, outdated: result.outdated }, message)
        }
      }
    } catch (error) {
      db.$client.close()
      throw error
    }
    app.decorate('db', db)
    app.addHook('onClose', async () => {
      db.$client.close()
    })
  },
  { name: 'db' }
)
