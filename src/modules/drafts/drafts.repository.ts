// What the drafter links to: the store's parties, actors and issues by name and alias, and its rounds by place, kind and days.
import { asc } from 'drizzle-orm'
import type { Db } from '../../db/open.js'
import { actors, issues, parties, partyAliases, roundParties, rounds } from '../../db/schema.js'
import type { Vocabulary } from '../../drafting/draft.js'

export function readVocabulary(db: Db): Vocabulary {
  const aliases = db.select().from(partyAliases).all()
  const sides = db.select().from(roundParties).all()
  return {
    parties: db
      .select()
      .from(parties)
      .orderBy(asc(parties.listOrder))
      .all()
      .map((p) => ({ id: p.id, name: p.name, role: p.role, aliases: aliases.filter((a) => a.partyId === p.id && a.alias !== p.id).map((a) => a.alias) })),
    actors: db
      .select()
      .from(actors)
      .orderBy(asc(actors.listOrder))
      .all()
      .map((a) => ({ id: a.id, name: a.name, type: a.type, party: a.partyId, aliases: a.aliases, roles: a.roles })),
    issues: db.select({ id: issues.id, label: issues.label, description: issues.description }).from(issues).orderBy(asc(issues.listOrder)).all(),
    rounds: db
      .select({ id: rounds.id, city: rounds.city, format: rounds.format, status: rounds.status, earliest: rounds.dateEarliest, latest: rounds.dateLatest })
      .from(rounds)
      .orderBy(asc(rounds.listOrder))
      .all()
      .map((r) => ({ ...r, parties: sides.filter((x) => x.roundId === r.id).map((x) => x.partyId) }))
  }
}
