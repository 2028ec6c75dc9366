import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { migrationsFolder } from '../paths.js'
import * as schema from './schema.js'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

/** The store could not be opened: the message names DATABASE_PATH and the reason. */
export class StoreError extends Error {
  override name = 'StoreError'
}

/**
 * Opens the store. `readonly` is for a read replica, whose file another process (the
 * puller) writes: it must already exist, in WAL mode, and this connection never writes.
 */
export function openDb(file: string, { readonly = false }: { readonly?: boolean } = {}): Db {
  let sqlite: Database.Database
  try {
    if (readonly) sqlite = new Database(file, { readonly: true, fileMustExist: true })
    else {
      if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
      sqlite = new Database(file)
      sqlite.pragma('journal_mode = WAL')
    }
  } catch (error) {
    throw new StoreError(`DATABASE_PATH=${JSON.stringify(file)}: cannot open the database there: ${(error as Error).message}`)
  }
  // WAL lets readers run beside a writer; synchronous=FULL makes a commit durable before
  // it returns, so an acknowledged write survives a crash or power loss.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  // Waiting for another process's write blocks this event loop, so the wait is kept short;
  // past it the request answers 503 with Retry-After.
  sqlite.pragma('busy_timeout = 2000')
  return drizzle({ client: sqlite, schema })
}

export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder })
}

/** True when every migration shipped with the code has been applied to this database. */
let shipped: number | undefined

export function isMigrated(db: Db): boolean {
  const expected = (shipped ??= readMigrationFiles({ migrationsFolder }).length)
  const table = db.$client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get()
  if (!table) return false
  const row = db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }
  return row.n >= expected
}
