// npm run db:seed [-- --reset]: seeds the store at DATABASE_PATH (the server does this on
// its first start); --reset deletes every record and seeds again.
import { parseArgs } from 'node:util'
import { ConfigError, loadConfig } from '../src/config.js'
import { migrateDb, openDb } from '../src/db/open.js'
import { SeedError, seedDatabase, seedingReport } from './seeder.js'

function main(): number {
  const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    console.log('usage: npm run db:seed [-- --reset]\n  Seeds the store at DATABASE_PATH unless it was seeded from this seed (a store of an earlier seed\n  with no curated write is seeded again); --reset rebuilds the data, curated records included.')
    return 0
  }
  const config = loadConfig()
  const db = openDb(config.databasePath)
  try {
    migrateDb(db)
    const result = seedDatabase(db, { reset: values.reset })
    const summary = Object.entries(result.counts).map(([k, n]) => `${n} ${k}`).join(', ')
    if (result.outdated) console.error(`${config.databasePath}: ${seedingReport(result).message}`)
    else console.log(result.seeded ? `seeded ${config.databasePath}: ${summary}` : `${config.databasePath} was already seeded; nothing written (use --reset to rebuild)`)
    return 0
  } finally {
    db.$client.close()
  }
}

try {
  process.exitCode = main()
} catch (error) {
  if (error instanceof SeedError || error instanceof ConfigError) {
    console.error(error.message)
    process.exitCode = 1
  } else {
    throw error
  }
}
