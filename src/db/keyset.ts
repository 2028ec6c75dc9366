// Keyset pagination and counting in one place, for every list the API serves.
import { and, asc, count, desc, sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Db } from './open.js'

export interface Order<Row> {
  columns: SQLiteColumn[]
  descending: boolean
  key: (row: Row) => (string | number | null)[]
}

export interface KeysetPage<Row> {
  rows: Row[]
  total: number
  nextKey: (string | number | null)[] | null
}

export function keysetPage<T extends SQLiteTable>(
  db: Db,
  table: T,
  where: SQL | undefined,
  order: Order<T['$inferSelect']>,
  limit: number,
  after: (string | number | null)[] | undefined
): KeysetPage<T['$inferSelect']> {
  let condition = where
  if (after !== undefined) {
    // Row-value comparison: (a, b) > (x, y) is exactly "comes after" in (a, b) order.
    const columns = sql.join(order.columns, sql`, `)
    const values = sql.join(after.map((v) => sql`${v}`), sql`, `)
    condition = and(where, order.descending ? sql`(${columns}) < (${values})` : sql`(${columns}) > (${values})`)
  }
  const direction = order.descending ? desc : asc
  const rows = db
    .select()
    .from(table as SQLiteTable)
    .where(condition)
    .orderBy(...order.columns.map((c) => direction(c)))
    .limit(limit + 1)
    .all() as T['$inferSelect'][]
  const total = db.select({ n: count() }).from(table as SQLiteTable).where(where).get()?.n ?? 0
  const more = rows.length > limit
  if (more) rows.pop()
  const last = rows[rows.length - 1]
  return { rows, total, nextKey: more && last ? order.key(last) : null }
}

/** A LIKE pattern matching `text` anywhere, with its wildcards escaped. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Any of the columns contains `text`, ignoring case in every script (`fold`, src/db/open.ts). */
export function likeAny(columns: SQLiteColumn[], text: string): SQL {
  const pattern = containing(text.normalize('NFC').toLowerCase())
  return sql`(${sql.join(
    columns.map((c) => sql`fold(${c}) LIKE ${pattern} ESCAPE '\\'`),
    sql` OR `
  )})`
}

/**
 * Ranges [earliest, latest] (latest null = open) that overlap [from, to]. An unscheduled
 * event (no earliest day either) is in no date window.
 */
export function overlaps(earliest: SQLiteColumn, latest: SQLiteColumn, from?: string, to?: string): SQL | undefined {
  return and(
    to === undefined ? undefined : sql`${earliest} <= ${to}`,
    from === undefined ? undefined : sql`(${latest} >= ${from} OR (${latest} IS NULL AND ${earliest} IS NOT NULL))`
  )
}
