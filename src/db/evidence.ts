import { asc, gt, inArray } from 'drizzle-orm'
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

/** One span of an evidence item as a flat row (a note is one row with no offsets). */
export interface EvidenceSpanRow {
  evidenceId: number
  recordType: 'round' | 'proposal' | 'statement' | 'actor'
  recordId: string
  sourceId: string
  /** 1 for an item of one span or a note; 1, 2… for the spans of an item of several. */
  span: number
  start: number | null
  end: number | null
  text: string | null
  note: string | null
}

/** Evidence items after `afterId`, in the order they were added, each span a row: the export's table. */
export function evidenceRows(db: Db, afterId: number, limit: number): { rows: EvidenceSpanRow[]; nextKey: number[] | null } {
  const items = db.select().from(evidence).where(gt(evidence.id, afterId)).orderBy(asc(evidence.id)).limit(limit + 1).all()
  const more = items.length > limit
  if (more) items.pop()
  const rows = items.flatMap((item): EvidenceSpanRow[] => {
    const [recordType, recordId] = item.roundId !== null ? ['round', item.roundId] : item.proposalId !== null ? ['proposal', item.proposalId] : item.statementId !== null ? ['statement', item.statementId] : ['actor', item.actorId!]
    const common = { evidenceId: item.id, recordType: recordType as EvidenceSpanRow['recordType'], recordId, sourceId: item.sourceId, note: item.note }
    const spans = item.spans !== null && item.spans.length > 1 ? item.spans : [{ start: item.start, end: item.end, text: item.text }]
    return spans.map((s, i) => ({ ...common, span: i + 1, start: s.start, end: s.end, text: s.text }))
  })
  return { rows, nextKey: more ? [items[items.length - 1]!.id] : null }
}
