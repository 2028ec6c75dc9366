import { sql } from 'drizzle-orm'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { meta } from './schema.js'

// The dataset version is a counter in the store itself, bumped inside every writing
// transaction, so it changes exactly when the data does and survives restarts.
const VERSION_KEY = 'version'

type Tx = Pick<BetterSQLite3Database<any>, 'insert' | 'select'>

export function bumpVersion(tx: Tx): void {
  tx.insert(meta)
    .values({ key: VERSION_KEY, value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`CAST(${meta.value} AS INTEGER) + 1` } })
    .run()
}

export function readVersion(tx: Tx): number {
  const row = tx.select().from(meta).where(sql`${meta.key} = ${VERSION_KEY}`).get()
  return row ? Number(row.value) : 0
}
