// What a write of an actor checks and stores, and what its deletion does to the statements
// attributed to it.
import { eq } from 'drizzle-orm'
import { actors, statements } from '../../db/schema.js'
import { ActorInput } from '../../curation/curation.schemas.js'
import { FactCheck } from '../../curation/facts.js'
import { evidenceBody, storeEvidence, type ResourceWriter } from '../../curation/writer.js'
import { withinEvidence } from '../../provenance/rules.js'
import { statementWriter } from '../statements/statements.writes.js'

export const actorWriter: ResourceWriter<ActorInput> = {
  type: 'actor',
  table: actors,
  body: ActorInput,
  idHint: (a) => a.name,

  put(tx, id, a, listOrder) {
    const facts = new FactCheck(tx)
    const { rows, spans, held } = facts.evidence(a.evidence)
    const partyId = a.party === null ? null : facts.party('body.party', a.party)
    a.roles.forEach((role, i) => {
      if (held && !withinEvidence(role.text, spans)) facts.fail(`body.roles.${i}.text`, `the role ${JSON.stringify(role.text)} is not within the evidence`)
    })
    facts.assert()
    const values = { name: a.name, type: a.type, partyId, aliases: a.aliases, roles: a.roles }
    if (listOrder === undefined) tx.update(actors).set(values).where(eq(actors.id, id)).run()
    else tx.insert(actors).values({ ...values, id, listOrder }).run()
    storeEvidence(tx, 'actorId', id, rows)
  },

  current(tx, id) {
    const row = tx.select().from(actors).where(eq(actors.id, id)).get()
    if (!row) return undefined
    return { id, name: row.name, type: row.type, party: row.partyId, aliases: row.aliases, roles: row.roles, evidence: evidenceBody(tx, 'actorId', id) }
  },

  // A statement cannot stand without the actor who made it: a cascade deletes it.
  references: {
    find(tx, id) {
      const ids = tx.select({ id: statements.id }).from(statements).where(eq(statements.actorId, id)).all().map((r) => r.id)
      return ids.length > 0 ? [{ type: 'statement', ids }] : []
    },
    cascade: 'to delete them too',
    release(_tx, _id, found, cascade) {
      for (const dependents of found) for (const statement of dependents.ids) cascade.destroy(statementWriter, statement)
    }
  }
}
