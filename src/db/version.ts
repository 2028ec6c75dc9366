import { count, sql } from 'drizzle-orm'
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { actors, evidence, issues, meta, parties, proposals, rounds, sources, statements, versions } from './schema.js'

// The dataset version is a counter in the store itself, bumped once by every writing
// transaction that changes the data, so it changes exactly when the data does and survives
// restarts. Each version has a row in `versions`; history.ts can rebuild any of them.
const VERSION_KEY = 'version'

type Tx = Pick<BetterSQLite3Database<any>, 'insert' | 'select'>

const counted = { rounds, proposals, parties, actors, statements, sources, issues, evidence }
export type DatasetCounts = Record<keyof typeof counted, number>

export function datasetCounts(tx: Tx): DatasetCounts {
  return Object.fromEntries(Object.entries(counted).map(([name, table]) => [name, tx.select({ n: count() }).from(table).get()?.n ?? 0])) as DatasetCounts
}

export function readVersion(tx: Tx): number {
  const row = tx.select().from(meta).where(sql`${meta.key} = ${VERSION_KEY}`).get()
  return row ? Number(row.value) : 0
}

/**
 * Ends a writing transaction: the next version, recorded with what made it and its counts.
 * The history triggers have filed the transaction's row changes under this same number
 * (the version held, plus one), so it must run once, after the last row is written.
 */
export function newVersion(tx: Tx, madeBy: 'seed' | 'write', tokenName: string | null): number {
  tx.insert(meta)
    .values({ key: VERSION_KEY, value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`CAST(${meta.value} AS INTEGER) + 1` } })
    .run()
  const version = readVersion(tx)
  tx.insert(versions).values({ version, at: new Date().toISOString(), madeBy, tokenName, counts: datasetCounts(tx) }).run()
  return version
}
