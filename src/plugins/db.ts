import fp from 'fastify-plugin'
import { migrateDb, openDb, type Db } from '../db/open.js'
import { seedDatabase } from '../../seed/seeder.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
  }
}

export interface DbPluginOptions {
  databasePath: string
  seedOnStart: boolean
}

/** Opens the store, brings its schema up to date, seeds it once, and closes it with the app. */
export default fp<DbPluginOptions>(
  async (app, options) => {
    const db = openDb(options.databasePath)
    try {
      migrateDb(db)
      if (options.seedOnStart) {
        const { seeded } = seedDatabase(db)
        app.log.info({ databasePath: options.databasePath, seeded }, seeded ? 'seeded an empty store' : 'store already seeded')
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
