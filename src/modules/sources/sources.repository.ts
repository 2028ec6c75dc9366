import { eq } from 'drizzle-orm'
import { keysetPage } from '../../db/keyset.js'
import type { Db } from '../../db/open.js'
import { sources } from '../../db/schema.js'
import type { Source, SourceDetail } from './sources.schemas.js'

type Row = typeof sources.$inferSelect

const toSource = (r: Row): Source => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  publisher: r.publisher,
  url: r.url,
  published: { earliest: r.publishedEarliest, latest: r.publishedLatest, kind: r.publishedKind, text: r.publishedText, note: r.publishedNote },
  language: r.language,
  licence: r.licence,
  citation: r.citation,
  sha256: r.sha256,
  length: r.text === null ? null : r.text.length
})

export function createSourcesRepository(db: Db) {
  return {
    get(id: string): SourceDetail | undefined {
      const row = db.select().from(sources).where(eq(sources.id, id)).get()
      return row ? { ...toSource(row), text: row.text } : undefined
    },

    list(limit: number, after: (string | number | null)[] | undefined) {
      const page = keysetPage(db, sources, undefined, { columns: [sources.listOrder], descending: false, key: (r) => [r.listOrder] }, limit, after)
      return { items: page.rows.map(toSource), total: page.total, nextKey: page.nextKey }
    }
  }
}
