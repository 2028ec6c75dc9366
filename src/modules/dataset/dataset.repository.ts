import { asc } from 'drizzle-orm'
import type { Db } from '../../db/open.js'
import { sources } from '../../db/schema.js'
import { datasetCounts, readVersion } from '../../db/version.js'

export function createDatasetRepository(db: Db) {
  return {
    version: () => readVersion(db),
    counts: () => datasetCounts(db),
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
