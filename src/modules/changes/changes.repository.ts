import { asc, count, gt } from 'drizzle-orm'
import type { Change, ChangeType } from '../../curation/curation.schemas.js'
import { collectionOf } from '../../curation/curation.schemas.js'
import type { Db } from '../../db/open.js'
import { changes } from '../../db/schema.js'

export function createChangesRepository(db: Db) {
  return {
    /** Changes after `since` (and after the page key), oldest first, and how many follow `since`. */
    list(since: number, limit: number, after: number[] | undefined) {
      const page = this.page(Math.max(since, after?.[0] ?? 0), limit)
      const total = db.select({ n: count() }).from(changes).where(gt(changes.seq, since)).get()?.n ?? 0
      return { ...page, total }
    },

    /** Changes after `seq`, oldest first, without counting them: the export reads them all. */
    page(seq: number, limit: number) {
      const rows = db.select().from(changes).where(gt(changes.seq, seq)).orderBy(asc(changes.seq)).limit(limit + 1).all()
      const more = rows.length > limit
      if (more) rows.pop()
      const items: Change[] = rows.map((r) => ({
        seq: r.seq,
        at: r.at,
        token: r.tokenName,
        operation: r.operation,
        resource: {
          type: r.resourceType as ChangeType,
          id: r.resourceId,
          href: `/v1/${collectionOf[r.resourceType as ChangeType]}/${encodeURIComponent(r.resourceId)}`
        },
        fields: r.fields,
        version: r.version
      }))
      return { items, nextKey: more ? [rows[rows.length - 1]!.seq] : null }
    }
  }
}
