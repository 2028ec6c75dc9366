// What a write of a statement checks and stores: the statement, its evidence, and the rounds
// and issues it concerns. Nothing points at a statement: what is linked to it goes with it.
import { asc, eq, sql } from 'drizzle-orm'
import { dateColumns } from '../../db/columns.js'
import { dateRange } from '../../db/evidence.js'
import { actors, rounds, statementIssues, statementRounds, statements } from '../../db/schema.js'
import { StatementInput } from '../../curation/curation.schemas.js'
import { FactCheck } from '../../curation/facts.js'
import { evidenceBody, storeEvidence, type ResourceWriter } from '../../curation/writer.js'
import { quoteProblems, titleProblems, withinEvidence } from '../../provenance/rules.js'

/**
 * The label a statement gets when its writer gives none: the speaker and what was said. A
 * direct statement's quote stands alone; a partial one's quoted words are a fragment, so the
 * whole reported sentence is the gist, with quotation marks only around its quote (a second
 * quoted phrase in the sentence, or one in an indirect statement, loses its marks: the label
 * may not quote what the statement does not).
 */
function titleOf(speaker: string, s: StatementInput): string {
  if (s.mode === 'direct' && s.quote !== null) return `${speaker}: “${s.quote}”`
  return `${speaker}: ${s.text.replace(/“([^”]+)”/g, (marked, words: string) => (s.quote?.includes(words.replace(/[.,;:]$/, '')) ? marked : words))}`
}

export const statementWriter: ResourceWriter<StatementInput> = {
  type: 'statement',
  table: statements,
  body: StatementInput,
  idHint: (s) => `${s.actor} ${s.text}`,

  put(tx, id, s, listOrder) {
    const facts = new FactCheck(tx)
    const { rows, spans, held } = facts.evidence(s.evidence)
    const actor = tx.select({ name: actors.name }).from(actors).where(eq(actors.id, s.actor)).get()
    if (actor === undefined) facts.fail('body.actor', `unknown actor "${s.actor}"`)
    const partyId = s.party === null ? null : facts.party('body.party', s.party)
    facts.known('body.round', 'round', rounds, s.round)
    s.relatedRounds.forEach((round, i) => facts.known(`body.relatedRounds.${i}`, 'round', rounds, round))
    s.issues.forEach((issue, i) => facts.issue(`body.issues.${i}`, issue))
    facts.date('body.date', s.date, 'within', false)
    for (const message of quoteProblems(s.mode, s.text, s.quote)) facts.fail('body.quote', message)
    if (held && !withinEvidence(s.text, spans)) facts.fail('body.text', 'the text is not within the article evidence: it must be the reported sentence, verbatim')
    const title = s.title ?? titleOf(actor?.name ?? s.actor, s)
    for (const problem of titleProblems(title, s.quote)) facts.fail('body.title', problem)
    facts.assert()
    const values = { actorId: s.actor, partyId, roundId: s.round, mode: s.mode, title, text: s.text, quote: s.quote, ...dateColumns(s.date) }
    if (listOrder === undefined) tx.update(statements).set(values).where(eq(statements.id, id)).run()
    else tx.insert(statements).values({ ...values, id, listOrder }).run()
    // Each link once, in the order given; its own round is not also a related one.
    const related = [...new Set(s.relatedRounds)].filter((round) => round !== s.round)
    const issues = [...new Set(s.issues)]
    tx.delete(statementRounds).where(eq(statementRounds.statementId, id)).run()
    if (related.length > 0) tx.insert(statementRounds).values(related.map((roundId) => ({ statementId: id, roundId }))).run()
    tx.delete(statementIssues).where(eq(statementIssues.statementId, id)).run()
    if (issues.length > 0) tx.insert(statementIssues).values(issues.map((issueId) => ({ statementId: id, issueId }))).run()
    storeEvidence(tx, 'statementId', id, rows)
  },

  current(tx, id) {
    const row = tx.select().from(statements).where(eq(statements.id, id)).get()
    if (!row) return undefined
    // In the order they were given, as the reads list them.
    const inOrder = asc(sql.raw('rowid'))
    return {
      id,
      actor: row.actorId,
      party: row.partyId,
      round: row.roundId,
      relatedRounds: tx.select({ id: statementRounds.roundId }).from(statementRounds).where(eq(statementRounds.statementId, id)).orderBy(inOrder).all().map((r) => r.id),
      issues: tx.select({ id: statementIssues.issueId }).from(statementIssues).where(eq(statementIssues.statementId, id)).orderBy(inOrder).all().map((r) => r.id),
      mode: row.mode,
      title: row.title,
      text: row.text,
      quote: row.quote,
      date: dateRange(row),
      evidence: evidenceBody(tx, 'statementId', id)
    }
  }
}
