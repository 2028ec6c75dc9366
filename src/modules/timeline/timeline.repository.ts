// The timeline is a read model: one UNION over the fact tables, sorted by (day, kind,
// insertion order), which is unique, so keyset pagination never skips or repeats.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/open.js'
import type { TimelineEvent } from './timeline.schemas.js'

type EventType = TimelineEvent['type']

export interface TimelineFilters {
  from?: string | undefined
  to?: string | undefined
  types?: EventType[] | undefined
  party?: string | undefined
}

interface Row {
  type: EventType
  refId: string
  earliest: string
  latest: string | null
  dateText: string | null
  dateNote: string | null
  title: string
  parties: string | null
  rank: number
  listOrder: number
}

const refs: Record<EventType, { type: TimelineEvent['ref']['type']; path: string }> = {
  round: { type: 'round', path: '/v1/rounds/' },
  proposal: { type: 'proposal', path: '/v1/proposals/' },
  statement: { type: 'statement', path: '/v1/statements/' },
  publication: { type: 'source', path: '/v1/sources/' }
}

function branches(party: string | undefined): Record<EventType, SQL> {
  const byParty = (column: SQL) => (party === undefined ? sql`1` : sql`${column} = ${party}`)
  return {
    round: sql`
      SELECT 'round' AS type, r.id AS refId, r.date_earliest AS earliest, r.date_latest AS latest, r.date_text AS dateText,
             r.date_note AS dateNote, r.title AS title,
             (SELECT group_concat(rp.party_id, ',') FROM (SELECT party_id FROM round_parties WHERE round_id = r.id
               ORDER BY CASE role WHEN 'participant' THEN 0 ELSE 1 END, party_id) rp) AS parties,
             0 AS rank, r.list_order AS listOrder
      FROM rounds r
      WHERE ${party === undefined ? sql`1` : sql`EXISTS (SELECT 1 FROM round_parties x WHERE x.round_id = r.id AND x.party_id = ${party})`}`,
    proposal: sql`
      SELECT 'proposal' AS type, p.id AS refId, p.date_earliest AS earliest, p.date_latest AS latest, p.date_text AS dateText,
             p.date_note AS dateNote, pa.name || ': ' || p.title AS title, p.party_id AS parties, 1 AS rank, p.list_order AS listOrder
      FROM proposals p JOIN parties pa ON pa.id = p.party_id
      WHERE ${byParty(sql`p.party_id`)}`,
    statement: sql`
      SELECT 'statement' AS type, s.id AS refId, s.date_earliest AS earliest, s.date_latest AS latest, s.date_text AS dateText,
             s.date_note AS dateNote, a.name || ': ' || CASE WHEN s.quote IS NULL THEN s.text ELSE '“' || s.quote || '”' END AS title,
             s.party_id AS parties, 2 AS rank, s.list_order AS listOrder
      FROM statements s JOIN actors a ON a.id = s.actor_id
      WHERE ${byParty(sql`s.party_id`)}`,
    publication: sql`
      SELECT 'publication' AS type, so.id AS refId, so.published_earliest AS earliest, so.published_latest AS latest,
             so.published_text AS dateText, so.published_note AS dateNote, so.publisher || ': ' || so.title AS title,
             NULL AS parties, 3 AS rank, so.list_order AS listOrder
      FROM sources so
      WHERE ${party === undefined ? sql`1` : sql`0`}`
  }
}

export function createTimelineRepository(db: Db) {
  return {
    list(filters: TimelineFilters, limit: number, after: [string, number, number] | undefined) {
      const parts = branches(filters.party)
      const chosen = (filters.types ?? (Object.keys(parts) as EventType[])).map((t) => parts[t])
      const events = sql.join(chosen, sql` UNION ALL `)
      const conditions: SQL[] = []
      if (filters.to !== undefined) conditions.push(sql`earliest <= ${filters.to}`)
      if (filters.from !== undefined) conditions.push(sql`(latest IS NULL OR latest >= ${filters.from})`)
      const where = conditions.length === 0 ? sql`1` : sql.join(conditions, sql` AND `)
      const afterFilter = after === undefined ? sql`1` : sql`(earliest, rank, listOrder) > (${after[0]}, ${after[1]}, ${after[2]})`
      const rows = db.all<Row>(
        sql`SELECT * FROM (${events}) WHERE ${where} AND ${afterFilter} ORDER BY earliest, rank, listOrder LIMIT ${limit + 1}`
      )
      const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${events}) WHERE ${where}`)?.n ?? 0
      const more = rows.length > limit
      if (more) rows.pop()
      const last = rows[rows.length - 1]
      return {
        items: rows.map(
          (r): TimelineEvent => ({
            id: `${r.type}:${r.refId}`,
            type: r.type,
            date: { earliest: r.earliest, latest: r.latest, text: r.dateText, note: r.dateNote },
            title: r.title,
            parties: r.parties === null ? [] : r.parties.split(','),
            ref: { type: refs[r.type].type, id: r.refId, href: refs[r.type].path + encodeURIComponent(r.refId) }
          })
        ),
        total,
        nextKey: more && last ? [last.earliest, last.rank, last.listOrder] : null
      }
    }
  }
}
