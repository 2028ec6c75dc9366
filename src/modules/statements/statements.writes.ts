// What a write of a statement checks and stores. Nothing points at a statement: its
// evidence goes with it.
import { eq } from 'drizzle-orm'
import { dateColumns } from '../../db/columns.js'
import { dateRange } from '../../db/evidence.js'
import { actors, rounds, statements } from '../../db/schema.js'
import { StatementInput } from '../../curation/curation.schemas.js'
import { FactCheck } from '../../curation/facts.js'
import { evidenceBody, storeEvidence, type ResourceWriter } from '../../curation/writer.js'
import { quoteProblems, withinEvidence } from '../../provenance/rules.js'

export const statementWriter: ResourceWriter<StatementInput> = {
  type: 'statement',
  table: statements,
  body: StatementInput,
  idHint: (s) => `${s.actor} ${s.text}`,

  put(tx, id, s, listOrder) {
    const facts = new FactCheck(tx)
    const { rows, spans } = facts.evidence(s.evidence)
    facts.known('body.actor', 'actor', actors, s.actor)
    const partyId = s.party === null ? null : facts.party('body.party', s.party)
    facts.known('body.round', 'round', rounds, s.round)
    for (const message of quoteProblems(s.mode, s.text, s.quote)) facts.fail('body.quote', message)
    if (!withinEvidence(s.text, spans)) facts.fail('body.text', 'the text is not within the article evidence: it must be the reported sentence, verbatim')
    facts.assert()
    const values = { actorId: s.actor, partyId, roundId: s.round, mode: s.mode, text: s.text, quote: s.quote, ...dateColumns(s.date) }
    if (listOrder === undefined) tx.update(statements).set(values).where(eq(statements.id, id)).run()
    else tx.insert(statements).values({ ...values, id, listOrder }).run()
    storeEvidence(tx, 'statementId', id, rows)
  },

  current(tx, id) {
    const row = tx.select().from(statements).where(eq(statements.id, id)).get()
    if (!row) return undefined
    return {
      id,
      actor: row.actorId,
      party: row.partyId,
      round: row.roundId,
      mode: row.mode,
      text: row.text,
      quote: row.quote,
      date: dateRange(row),
      evidence: evidenceBody(tx, 'statementId', id)
    }
  }
}
