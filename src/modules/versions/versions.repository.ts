import { count, desc, eq, lt, sql } from 'drizzle-orm'
import type { Db } from '../../db/open.js'
import { versions } from '../../db/schema.js'

export function createVersionsRepository(db: Db) {
  // The changes a version made, and the log's position just before the first of them.
  // Written out: drizzle names a column without its table, and both tables have `version`.
  const made = sql<number>`(SELECT count(*) FROM changes AS c WHERE c.version = versions.version)`
  const before = sql<number>`coalesce(
    (SELECT c.seq FROM changes AS c WHERE c.version >= versions.version ORDER BY c.version, c.seq LIMIT 1) - 1,
    (SELECT max(seq) FROM changes), 0)`
  const fields = { version: versions.version, at: versions.at, madeBy: versions.madeBy, token: versions.tokenName, counts: versions.counts, changes: made, before }

  return {
    /** Newest first. */
    list(limit: number, after: number[] | undefined) {
      const rows = db
        .select(fields)
        .from(versions)
        .where(after === undefined ? undefined : lt(versions.version, after[0]!))
        .orderBy(desc(versions.version))
        .limit(limit + 1)
        .all()
      const total = db.select({ n: count() }).from(versions).get()?.n ?? 0
      const more = rows.length > limit
      if (more) rows.pop()
      return { rows, total, nextKey: more ? [rows[rows.length - 1]!.version] : null }
    },

    get(version: number) {
      return db.select(fields).from(versions).where(eq(versions.version, version)).get()
    },
  }
}
