import { existsSync, mkdirSync, statfsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { migrationsFolder } from '../paths.js'
import { installHistory } from './history.js'
import * as schema from './schema.js'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

/** The store could not be opened: the message names DATABASE_PATH and the reason. */
export class StoreError extends Error {
  override name = 'StoreError'
}

// The kernel's virtual filesystems (procfs, sysfs), identified by statfs(2)'s magic number:
// their files are views of the kernel, not storage, and as root some of them are writable
// (a database "created" under /proc/sys would write kernel settings).
const VIRTUAL_FILESYSTEMS = new Map([
  [0x9fa0, 'procfs'],
  [0x62656572, 'sysfs']
])

/**
 * Makes the directory that will hold the store and checks the path can hold a database,
 * or throws a StoreError naming DATABASE_PATH. The directory is made one level at a time,
 * not with `mkdirSync(…, { recursive: true })`: procfs answers ENOENT to a mkdir inside an
 * existing directory, which Node's recursive mkdir reads as "the parent is missing", so it
 * makes the parent (EEXIST), retries the child (ENOENT) and spins at 100% CPU forever
 * (DATABASE_PATH=/proc/x/y.db never started). A path on procfs or sysfs is refused before
 * any mkdir; made level by level, any other filesystem's ENOENT is an error too, not a loop.
 */
export function prepareStorePath(file: string, { create = true }: { create?: boolean } = {}): void {
  const refuse = (reason: string) => new StoreError(`DATABASE_PATH=${JSON.stringify(file)}: ${reason}`)
  const directory = dirname(resolve(file))
  const missing: string[] = []
  let ancestor = directory
  for (; !existsSync(ancestor) && ancestor !== dirname(ancestor); ancestor = dirname(ancestor)) missing.unshift(ancestor)
  let type: number | undefined
  try {
    type = statfsSync(ancestor).type
  } catch {
    // Not found or not searchable: the mkdir or the open below says why.
  }
  const virtual = type === undefined ? undefined : VIRTUAL_FILESYSTEMS.get(type)
  if (virtual) throw refuse(`${ancestor} is on ${virtual}, a view of the kernel that cannot hold a database; choose a path on a disk`)
  if (create) {
    for (const dir of missing) {
      try {
        mkdirSync(dir)
      } catch (error) {
        throw refuse(`cannot make the directory ${dir}: ${(error as Error).message}`)
      }
    }
  }
  let existing: ReturnType<typeof statSync>
  try {
    existing = statSync(file, { throwIfNoEntry: false })
  } catch (error) {
    throw refuse(`cannot use this path: ${(error as Error).message}`)
  }
  if (existing && !existing.isFile()) throw refuse('is not a regular file (a directory, a device or a pipe cannot hold a database)')
}

/**
 * Opens the store. `readonly` is for a read replica, whose file another process (the
 * puller) writes: it must already exist, in WAL mode, and this connection never writes.
 */
export function openDb(file: string, { readonly = false }: { readonly?: boolean } = {}): Db {
  let sqlite: Database.Database
  if (file !== ':memory:') prepareStorePath(file, { create: !readonly })
  try {
    if (readonly) sqlite = new Database(file, { readonly: true, fileMustExist: true })
    else {
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
  // SQLite's LIKE and lower() fold the case of ASCII letters only; `?q=зеленский` must find
  // "Зеленский" as `?q=zelensky` finds "Zelensky".
  sqlite.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.normalize('NFC').toLowerCase() : text))
  return drizzle({ client: sqlite, schema })
}

/**
 * Applies the shipped migrations. Foreign keys are off while they run, as SQLite's procedure
 * for rebuilding a table asks (a PRAGMA inside drizzle's migration transaction would do
 * nothing, and dropping a parent table with them on deletes its children), then checked:
 * a migration that leaves a dangling reference is an error, not a store that starts. The
 * history triggers are made to match the migrated tables (history.ts).
 */
export function migrateDb(db: Db): void {
  const enforced = db.$client.pragma('foreign_keys', { simple: true }) === 1
  db.$client.pragma('foreign_keys = OFF')
  try {
    migrate(db, { migrationsFolder })
    installHistory(db.$client)
    const dangling = db.$client.pragma('foreign_key_check') as { table: string; parent: string }[]
    if (dangling.length > 0) {
      const first = dangling[0]!
      throw new StoreError(`a migration left ${dangling.length} reference(s) to missing rows, the first from ${first.table} to ${first.parent}`)
    }
  } finally {
    if (enforced) db.$client.pragma('foreign_keys = ON')
  }
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
