// What a write of a source checks and stores, and what its deletion does to the records
// whose evidence it holds.
import { and, eq, isNotNull, sql } from 'drizzle-orm'
import { sourceColumns } from '../../db/columns.js'
import type { EvidenceSubject } from '../../db/evidence.js'
import { evidence, sources } from '../../db/schema.js'
import { SourceInput } from '../../curation/curation.schemas.js'
import { FactCheck } from '../../curation/facts.js'
import type { DeletableWriter, ResourceWriter, Tx } from '../../curation/writer.js'
import { actorWriter } from '../actors/actors.writes.js'
import { proposalWriter } from '../proposals/proposals.writes.js'
import { roundWriter } from '../rounds/rounds.writes.js'
import { statementWriter } from '../statements/statements.writes.js'

// The kinds of record whose evidence may rest on a source.
const citing = [
  { writer: roundWriter, subject: 'roundId' },
  { writer: proposalWriter, subject: 'proposalId' },
  { writer: statementWriter, subject: 'statementId' },
  { writer: actorWriter, subject: 'actorId' }
] as const satisfies readonly { writer: DeletableWriter; subject: EvidenceSubject }[]

const countEvidence = (tx: Tx, where: ReturnType<typeof and>) => tx.select({ n: sql<number>`count(*)` }).from(evidence).where(where).get()?.n ?? 0

export const sourceWriter: ResourceWriter<SourceInput> = {
  type: 'source',
  table: sources,
  body: SourceInput,
  idHint: (s) => s.title,

  put(tx, id, s, listOrder) {
    const facts = new FactCheck(tx)
    facts.date('body.published', s.published, 'within', false)
    const stored = listOrder === undefined ? tx.select({ kind: sources.kind, text: sources.text }).from(sources).where(eq(sources.id, id)).get() : undefined
    // Evidence offsets index into the text, and a note stands only on a reference timeline:
    // neither may change under the evidence resting on them.
    if (stored) {
      const cited = countEvidence(tx, and(eq(evidence.sourceId, id), isNotNull(evidence.start)))
      if (stored.text !== s.text && cited > 0) facts.fail('body.text', `the text of "${id}" cannot change while ${cited} evidence item(s) point into it`)
      const resting = countEvidence(tx, eq(evidence.sourceId, id))
      if (stored.kind !== s.kind && resting > 0) facts.fail('body.kind', `the kind of "${id}" cannot change while ${resting} evidence item(s) rest on it`)
    }
    facts.assert()
    const values = sourceColumns(s, s.text)
    if (listOrder === undefined) tx.update(sources).set(values).where(eq(sources.id, id)).run()
    else tx.insert(sources).values({ ...values, id, listOrder }).run()
  },

  current(tx, id) {
    const row = tx.select().from(sources).where(eq(sources.id, id)).get()
    if (!row) return undefined
    return {
      id,
      kind: row.kind,
      title: row.title,
      publisher: row.publisher,
      url: row.url,
      published: { earliest: row.publishedEarliest, latest: row.publishedLatest, kind: row.publishedKind, text: row.publishedText, note: row.publishedNote },
      language: row.language,
      licence: row.licence,
      citation: row.citation,
      text: row.text
    }
  },

  // A cascade deletes the source's evidence, and any record left with none: a fact stands
  // only on evidence.
  references: {
    find(tx, id) {
      return citing
        .map(({ writer, subject }) => ({
          type: writer.type,
          ids: tx
            .selectDistinct({ id: evidence[subject] })
            .from(evidence)
            .where(and(eq(evidence.sourceId, id), isNotNull(evidence[subject])))
            .all()
            .flatMap((r) => (r.id === null ? [] : [r.id]))
        }))
        .filter((d) => d.ids.length > 0)
    },
    cascade: 'to delete its evidence and any record left without evidence',
    release(tx, id, found, cascade) {
      tx.delete(evidence).where(eq(evidence.sourceId, id)).run()
      for (const { writer, subject } of citing) {
        for (const other of found.find((d) => d.type === writer.type)?.ids ?? []) {
          if (countEvidence(tx, eq(evidence[subject], other)) === 0) cascade.destroy(writer, other)
          else cascade.updated(writer.type, other, ['evidence'])
        }
      }
    }
  }
}
