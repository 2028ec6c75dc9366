// What a write of a round checks and stores, and what its deletion does to the proposals
// and statements made at it or concerning it.
import { eq } from 'drizzle-orm'
import { roundColumns } from '../../db/columns.js'
import { dateRange } from '../../db/evidence.js'
import { proposals, roundParties, rounds, statementRounds, statements } from '../../db/schema.js'
import { RoundInput } from '../../curation/curation.schemas.js'
import { FactCheck } from '../../curation/facts.js'
import { evidenceBody, storeEvidence, type Dependents, type ResourceWriter, type Tx } from '../../curation/writer.js'
import { withinEvidence } from '../../provenance/rules.js'

// The statements that point at a round: as their own round, or as a related one.
const pointing = (tx: Tx, id: string) => ({
  own: tx.select({ id: statements.id }).from(statements).where(eq(statements.roundId, id)).all().map((r) => r.id),
  related: tx.select({ id: statementRounds.statementId }).from(statementRounds).where(eq(statementRounds.roundId, id)).all().map((r) => r.id)
})

export const roundWriter: ResourceWriter<RoundInput> = {
  type: 'round',
  table: rounds,
  body: RoundInput,
  idHint: (r) => r.title,

  put(tx, id, r, listOrder) {
    const facts = new FactCheck(tx)
    const { rows, spans, held } = facts.evidence(r.evidence)
    const parties = r.parties.map((p, i) => ({ roundId: id, partyId: facts.party(`body.parties.${i}.id`, p.id), role: p.role }))
    if (held && r.date.text !== null && !withinEvidence(r.date.text, spans)) {
      facts.fail('body.date.text', `the date wording ${JSON.stringify(r.date.text)} is not within the evidence`)
    }
    facts.date('body.date', r.date, 'period', r.status === 'proposed')
    facts.assert()
    const values = roundColumns(r)
    if (listOrder === undefined) tx.update(rounds).set(values).where(eq(rounds.id, id)).run()
    else tx.insert(rounds).values({ ...values, id, listOrder }).run()
    tx.delete(roundParties).where(eq(roundParties.roundId, id)).run()
    // A party named twice (by id and by an alias) takes part once.
    tx.insert(roundParties)
      .values([...new Map(parties.map((p) => [p.partyId, p])).values()])
      .run()
    storeEvidence(tx, 'roundId', id, rows)
  },

  current(tx, id) {
    const row = tx.select().from(rounds).where(eq(rounds.id, id)).get()
    if (!row) return undefined
    return {
      id,
      title: row.title,
      sequence: row.sequence,
      format: row.format,
      location: row.city === null && row.region === null && row.country === null ? null : { city: row.city, region: row.region, country: row.country },
      date: dateRange(row),
      status: row.status,
      summary: row.summary,
      parties: tx.select().from(roundParties).where(eq(roundParties.roundId, id)).all().map((p) => ({ id: p.partyId, role: p.role })),
      evidence: evidenceBody(tx, 'roundId', id)
    }
  },

  // Proposals and statements made at a round, or concerning it, stand without it: a cascade
  // only detaches them.
  references: {
    find(tx, id) {
      const { own, related } = pointing(tx, id)
      const found: Dependents[] = [
        { type: 'proposal', ids: tx.select({ id: proposals.id }).from(proposals).where(eq(proposals.roundId, id)).all().map((r) => r.id) },
        { type: 'statement', ids: [...new Set([...own, ...related])] }
      ]
      return found.filter((d) => d.ids.length > 0)
    },
    cascade: 'to detach them from it',
    release(tx, id, found, cascade) {
      const { own, related } = pointing(tx, id)
      tx.update(proposals).set({ roundId: null }).where(eq(proposals.roundId, id)).run()
      tx.update(statements).set({ roundId: null }).where(eq(statements.roundId, id)).run()
      tx.delete(statementRounds).where(eq(statementRounds.roundId, id)).run()
      for (const proposal of found.find((d) => d.type === 'proposal')?.ids ?? []) cascade.updated('proposal', proposal, ['round'])
      for (const statement of found.find((d) => d.type === 'statement')?.ids ?? []) {
        cascade.updated('statement', statement, [...(own.includes(statement) ? ['round'] : []), ...(related.includes(statement) ? ['relatedRounds'] : [])])
      }
    }
  }
}
