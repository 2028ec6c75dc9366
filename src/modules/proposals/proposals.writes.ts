// What a write of a proposal checks and stores. Nothing points at a proposal: its evidence
// goes with it.
import { eq } from 'drizzle-orm'
import { dateColumns } from '../../db/columns.js'
import { dateRange } from '../../db/evidence.js'
import { proposals, rounds } from '../../db/schema.js'
import { ProposalInput } from '../../curation/curation.schemas.js'
import { FactCheck } from '../../curation/facts.js'
import { evidenceBody, storeEvidence, type ResourceWriter } from '../../curation/writer.js'
import { attributedTo, withinEvidence } from '../../provenance/rules.js'

export const proposalWriter: ResourceWriter<ProposalInput> = {
  type: 'proposal',
  table: proposals,
  body: ProposalInput,
  idHint: (p) => `${p.party} ${p.title}`,

  put(tx, id, p, listOrder) {
    const facts = new FactCheck(tx)
    const { rows, spans, held } = facts.evidence(p.evidence)
    const party = facts.partyOf('body.party', p.party)
    facts.known('body.round', 'round', rounds, p.round)
    facts.issue('body.category', p.category)
    facts.date('body.date', p.date, 'within', false)
    if (held && !withinEvidence(p.text, spans)) facts.fail('body.text', "the text is not within the article evidence: it must be the source's own words")
    // A proposal is a party's only when the words it rests on say whose it is. Checked once
    // the party and every evidence item hold, so that it adds no noise to their errors.
    if (party !== undefined && held) {
      const said = [...spans, ...p.evidence.flatMap((e) => ('note' in e ? [e.note] : []))]
      if (!attributedTo(said, party, facts.partyNames())) {
        facts.fail(
          'body.evidence',
          `no evidence item says it is ${party}'s: one must name ${party} (by a name or alias, or one of its actors) before any other party; add the words that make it ${party}'s`
        )
      }
    }
    facts.assert()
    const values = { partyId: party ?? p.party, roundId: p.round, type: p.type, category: p.category, title: p.title, text: p.text, ...dateColumns(p.date) }
    if (listOrder === undefined) tx.update(proposals).set(values).where(eq(proposals.id, id)).run()
    else tx.insert(proposals).values({ ...values, id, listOrder }).run()
    storeEvidence(tx, 'proposalId', id, rows)
  },

  current(tx, id) {
    const row = tx.select().from(proposals).where(eq(proposals.id, id)).get()
    if (!row) return undefined
    return {
      id,
      party: row.partyId,
      round: row.roundId,
      type: row.type,
      category: row.category,
      title: row.title,
      text: row.text,
      date: dateRange(row),
      evidence: evidenceBody(tx, 'proposalId', id)
    }
  }
}
