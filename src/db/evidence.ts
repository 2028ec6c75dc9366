import { asc, inArray } from 'drizzle-orm'
import type { Evidence } from '../http/schemas.js'
import type { Db } from './open.js'
import { evidence } from './schema.js'
import type { DateKind } from './vocabulary.js'

export type EvidenceSubject = 'roundId' | 'proposalId' | 'statementId' | 'actorId'

/** The evidence of many records in one query, grouped by record id, in the order it was added. */
export function evidenceFor(db: Db, subject: EvidenceSubject, ids: string[]): Map<string, Evidence[]> {
  const grouped = new Map<string, Evidence[]>(ids.map((id) => [id, []]))
  if (ids.length === 0) return grouped
  const column = evidence[subject]
  const rows = db.select().from(evidence).where(inArray(column, ids)).orderBy(asc(evidence.id)).all()
  for (const row of rows) {
    // An item of several spans holds them instead of one start..end: the passage between
    // them holds words that are not the fact's (the NATO clause between "its refusal to" and
    // "deploy foreign military bases"), so it is not given where a client would cite it. An
    // item of one span is as it always was.
    const spans = row.spans !== null && row.spans.length > 1 ? row.spans : undefined
    grouped.get(row[subject] as string)?.push(
      spans === undefined
        ? { sourceId: row.sourceId, start: row.start, end: row.end, text: row.text, note: row.note }
        : { sourceId: row.sourceId, start: null, end: null, text: null, note: row.note, spans }
    )
  }
  return grouped
}

export function dateRange<Earliest extends string | null>(row: {
  dateEarliest: Earliest
  dateLatest: string | null
  dateKind: DateKind
  dateText: string | null
  dateNote: string | null
}) {
  return { earliest: row.dateEarliest, latest: row.dateLatest, kind: row.dateKind, text: row.dateText, note: row.dateNote }
}
