import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/open.js'
import { sources, versions } from '../../db/schema.js'
import { datasetCounts, readVersion } from '../../db/version.js'

export function createDatasetRepository(db: Db) {
  return {
    version: () => readVersion(db),
    counts: () => datasetCounts(db),
    /** When a version was made; a store's first version before any is recorded has no time. */
    versionAt: (version: number) => db.select({ at: versions.at }).from(versions).where(eq(versions.version, version)).get()?.at ?? '',
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
