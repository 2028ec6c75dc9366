import { asc, count } from 'drizzle-orm'
import type { Db } from '../../db/open.js'
import { actors, evidence, issues, parties, proposals, rounds, sources, statements } from '../../db/schema.js'
import { readVersion } from '../../db/version.js'

export function createDatasetRepository(db: Db) {
  const tables = { rounds, proposals, parties, actors, statements, sources, issues, evidence }
  return {
    version: () => readVersion(db),
    counts() {
      return Object.fromEntries(
        Object.entries(tables).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()?.n ?? 0])
      ) as Record<keyof typeof tables, number>
    },
    sources() {
      return db
        .select({
          id: sources.id,
          kind: sources.kind,
          title: sources.title,
          publisher: sources.publisher,
          url: sources.url,
          licence: sources.licence,
          citation: sources.citation
        })
        .from(sources)
        .orderBy(asc(sources.listOrder))
        .all()
    }
  }
}
