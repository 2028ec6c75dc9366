// What one kind of record brings to the shared write path (./writes.ts): its body, how its
// facts are checked and its rows written, its stored state as a body, and what points at
// it. Each kind's writer lives beside its reads, in src/modules/<name>/<name>.writes.ts.
import { asc, eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { EvidenceSubject } from '../db/evidence.js'
import type { Db } from '../db/open.js'
import * as t from '../db/schema.js'
import type { EvidenceRow } from '../provenance/evidence.js'
import type { EvidenceInput, ResourceType } from './curation.schemas.js'

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** The tables of the records a write may touch: each has an `id` and a `list_order`. */
export type RecordTable = typeof t.rounds | typeof t.proposals | typeof t.statements | typeof t.actors | typeof t.sources

export interface WriteBody {
  id?: string | undefined
}

/** Records of one kind that point at another record. */
export interface Dependents {
  type: ResourceType
  ids: string[]
}

/** What a delete with `cascade=true` may do to the records that point at the deleted one. */
export interface Cascade {
  /** Deletes that record too, settling in turn what points at it; nothing if it is gone already. */
  destroy(writer: DeletableWriter, id: string): void
  /** Notes a change made to that record, for the changes log. */
  updated(type: ResourceType, id: string, fields: string[]): void
}

/** The records that may point at a record of this kind, and how a cascade settles them. */
export interface References {
  find(tx: Tx, id: string): Dependents[]
  /** What the cascade does, as the 409 tells it: "to detach them from it". */
  cascade: string
  /** With cascade, settles the dependents before the record is deleted. */
  release(tx: Tx, id: string, found: Dependents[], cascade: Cascade): void
}

export interface DeletableWriter {
  readonly type: ResourceType
  readonly table: RecordTable
  /** Absent when nothing points at records of this kind (evidence goes with its record). */
  readonly references?: References
}

export interface ResourceWriter<Body extends WriteBody> extends DeletableWriter {
  /** The write body: what a POST takes, and what a record must be whole after a merge patch. */
  readonly body: z.ZodType<Body>
  /** The words an id is made of when a create names none. */
  idHint(body: Body): string
  /**
   * Checks the record's facts against the store (422 listing each that fails), then writes
   * its rows: a new record at `listOrder`, or, when it is undefined, over the stored one.
   */
  put(tx: Tx, id: string, body: Body, listOrder: number | undefined): void
  /** The stored record as a write body: what a merge patch is applied to. */
  current(tx: Tx, id: string): Body | undefined
}

/** Replaces the evidence of one record with `rows`. */
export function storeEvidence(tx: Tx, subject: EvidenceSubject, id: string, rows: EvidenceRow[]): void {
  tx.delete(t.evidence).where(eq(t.evidence[subject], id)).run()
  tx.insert(t.evidence)
    .values(rows.map((row) => ({ ...row, [subject]: id })))
    .run()
}

/**
 * The stored evidence of one record as a write body gives it: several spans as `spans` (the
 * passage start..end is derived from them), one as offsets with their text, or a note (the
 * store's check keeps every row a span or a note).
 */
export function evidenceBody(tx: Tx, subject: EvidenceSubject, id: string): EvidenceInput[] {
  return tx
    .select()
    .from(t.evidence)
    .where(eq(t.evidence[subject], id))
    .orderBy(asc(t.evidence.id))
    .all()
    .map(({ sourceId, start, end, text, note, spans }): EvidenceInput => {
      if (spans !== null && spans.length > 1) return { sourceId, spans: spans.map((s) => ({ start: s.start, end: s.end, text: s.text })) }
      return start !== null && end !== null && text !== null ? { sourceId, start, end, text } : { sourceId, note: note ?? '' }
    })
}
