// The timeline is a read model: the fact tables merged, sorted by (day, kind, insertion
// order), which is unique, so keyset pagination never skips or repeats.
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
  kind: TimelineEvent['date']['kind']
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

// One kind of event: its columns, its table (and the joins its title needs), who it concerns,
// and the two columns of its date index, so that a page reads each table in index order.
interface Branch {
  rank: number
  columns: SQL
  table: SQL
  joins: SQL
  /** Undefined when every row of the kind concerns the party asked for (or none was). */
  concerns: SQL | undefined
  earliest: SQL
  latest: SQL
  listOrder: SQL
  /** The kind's index on (latest, earliest), named for the events that span `from`. */
  latestIndex: SQL
}

// A kind's table and the columns of its dates, named alike on every table: `<prefix>_earliest`,
// `<prefix>_latest`, `list_order`, and the index `<table>_latest` (migration 0004).
function dated(table: string, alias: string, prefix: string): Pick<Branch, 'table' | 'earliest' | 'latest' | 'listOrder' | 'latestIndex'> {
  return {
    table: sql.raw(`${table} ${alias}`),
    earliest: sql.raw(`${alias}.${prefix}_earliest`),
    latest: sql.raw(`${alias}.${prefix}_latest`),
    listOrder: sql.raw(`${alias}.list_order`),
    latestIndex: sql.raw(`${table}_latest`)
  }
}

function branches(party: string | undefined): Record<EventType, Branch> {
  const byParty = (column: SQL) => (party === undefined ? undefined : sql`${column} = ${party}`)
  return {
    round: {
      rank: 0,
      columns: sql`'round' AS type, r.id AS refId, r.date_earliest AS earliest, r.date_latest AS latest, r.date_kind AS kind, r.date_text AS dateText,
             r.date_note AS dateNote, r.title AS title,
             (SELECT group_concat(rp.party_id, ',') FROM (SELECT party_id FROM round_parties WHERE round_id = r.id
               ORDER BY CASE role WHEN 'participant' THEN 0 ELSE 1 END, party_id) rp) AS parties,
             0 AS rank, r.list_order AS listOrder`,
      ...dated('rounds', 'r', 'date'),
      joins: sql``,
      concerns: party === undefined ? undefined : sql`EXISTS (SELECT 1 FROM round_parties x WHERE x.round_id = r.id AND x.party_id = ${party})`
    },
    proposal: {
      rank: 1,
      columns: sql`'proposal' AS type, p.id AS refId, p.date_earliest AS earliest, p.date_latest AS latest, p.date_kind AS kind, p.date_text AS dateText,
             p.date_note AS dateNote, pa.name || ': ' || p.title AS title, p.party_id AS parties, 1 AS rank, p.list_order AS listOrder`,
      ...dated('proposals', 'p', 'date'),
      joins: sql`JOIN parties pa ON pa.id = p.party_id`,
      concerns: byParty(sql`p.party_id`)
    },
    statement: {
      rank: 2,
      columns: sql`'statement' AS type, s.id AS refId, s.date_earliest AS earliest, s.date_latest AS latest, s.date_kind AS kind, s.date_text AS dateText,
             s.date_note AS dateNote, a.name || ': ' || CASE WHEN s.quote IS NULL THEN s.text ELSE '“' || s.quote || '”' END AS title,
             s.party_id AS parties, 2 AS rank, s.list_order AS listOrder`,
      ...dated('statements', 's', 'date'),
      joins: sql`JOIN actors a ON a.id = s.actor_id`,
      concerns: byParty(sql`s.party_id`)
    },
    publication: {
      rank: 3,
      columns: sql`'publication' AS type, so.id AS refId, so.published_earliest AS earliest, so.published_latest AS latest, so.published_kind AS kind,
             so.published_text AS dateText, so.published_note AS dateNote, so.publisher || ': ' || so.title AS title,
             NULL AS parties, 3 AS rank, so.list_order AS listOrder`,
      ...dated('sources', 'so', 'published'),
      joins: sql``,
      concerns: party === undefined ? undefined : sql`0`
    }
  }
}

// The page key is (day, kind, insertion order); within one kind the kind is fixed, so the
// key reduces to a condition on the kind's own (day, insertion order) index.
function after(branch: Branch, key: [string, number, number] | undefined): SQL | undefined {
  if (key === undefined) return undefined
  const [day, rank, order] = key
  if (branch.rank > rank) return sql`${branch.earliest} >= ${day}`
  if (branch.rank < rank) return sql`${branch.earliest} > ${day}`
  return sql`(${branch.earliest}, ${branch.listOrder}) > (${day}, ${order})`
}

export function createTimelineRepository(db: Db) {
  return {
    list(filters: TimelineFilters, limit: number, key: [string, number, number] | undefined) {
      const parts = branches(filters.party)
      const chosen = (filters.types ?? (Object.keys(parts) as EventType[])).map((t) => parts[t])
      // No WHERE at all when nothing filters: SQLite counts a whole table from its smallest
      // index only for a bare count(*); even `WHERE 1` makes it read every row.
      const where = (branch: Branch, ...more: (SQL | undefined)[]): SQL => {
        const conditions = [branch.concerns, ...more]
        if (filters.to !== undefined) conditions.push(sql`${branch.earliest} <= ${filters.to}`)
        const present = conditions.filter((c): c is SQL => c !== undefined)
        return present.length === 0 ? sql`` : sql`WHERE ${sql.join(present, sql` AND `)}`
      }
      // An event is on or after `from` when its range reaches it: latest null (open) or
      // latest >= from. Read as three disjoint parts, each on an index of its own (earliest <=
      // latest always): those that start on or after it (the date index), the open ones
      // that start before it (a partial index), and the closed ones that start before it and
      // end on or after it (an index on latest). Filtering the date index by latest instead
      // read every row before `from`.
      const from = filters.from
      const fromParts = (branch: Branch): { table: SQL; part: SQL | undefined }[] =>
        from === undefined
          ? [{ table: branch.table, part: undefined }]
          : [
              { table: branch.table, part: sql`${branch.earliest} >= ${from}` },
              { table: branch.table, part: sql`${branch.latest} IS NULL AND ${branch.earliest} < ${from}` },
              // Named: left to itself, SQLite walks the date index, which gives the order of
              // the page, through every row before `from`.
              { table: sql`${branch.table} INDEXED BY ${branch.latestIndex}`, part: sql`${branch.latest} >= ${from} AND ${branch.earliest} < ${from}` }
            ]
      // Each kind's next rows in its own index order, then the few of them merged: a page
      // costs the same at the start of the timeline and deep into it.
      const pages = chosen.flatMap((b) =>
        fromParts(b).map(
          ({ table, part }) => sql`SELECT * FROM (SELECT ${b.columns} FROM ${table} ${b.joins} ${where(b, after(b, key), part)}
            ORDER BY ${b.earliest}, ${b.listOrder} LIMIT ${limit + 1})`
        )
      )
      const rows = db.all<Row>(sql`SELECT * FROM (${sql.join(pages, sql` UNION ALL `)}) ORDER BY earliest, rank, listOrder LIMIT ${limit + 1}`)
      const counts = chosen.flatMap((b) => fromParts(b).map(({ table, part }) => sql`(SELECT count(*) FROM ${table} ${where(b, part)})`))
      const total = db.get<{ n: number }>(sql`SELECT ${sql.join(counts, sql` + `)} AS n`)?.n ?? 0
      const more = rows.length > limit
      if (more) rows.pop()
      const last = rows[rows.length - 1]
      return {
        items: rows.map(
          (r): TimelineEvent => ({
            id: `${r.type}:${r.refId}`,
            type: r.type,
            date: { earliest: r.earliest, latest: r.latest, kind: r.kind, text: r.dateText, note: r.dateNote },
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
