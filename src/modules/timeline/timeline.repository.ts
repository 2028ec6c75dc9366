// The timeline is a read model: the fact tables merged, sorted by (sort day, kind, insertion
// order), which is unique, so keyset pagination never skips or repeats. The sort day is the
// `*_sort` column (schema.ts): the last day of a `within` range ("by" that day), '~' for an
// unscheduled event (after every day), else the first day.
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
  sortDay: string
  earliest: string | null
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
// and the columns of its date indexes, so that a page reads each table in index order.
interface Branch {
  rank: number
  columns: SQL
  table: SQL
  joins: SQL
  /** Undefined when every row of the kind concerns the party asked for (or none was). */
  concerns: SQL | undefined
  sort: SQL
  earliest: SQL
  latest: SQL
  listOrder: SQL
  /** The kind's index on (latest, earliest), named for the events that span `from` or `to`. */
  latestIndex: SQL
}

// A kind's table and the columns of its dates, named alike on every table: `<prefix>_earliest`,
// `<prefix>_latest`, `<prefix>_sort`, `list_order`, and the index `<table>_latest` (migration 0004).
function dated(table: string, alias: string, prefix: string): Pick<Branch, 'table' | 'sort' | 'earliest' | 'latest' | 'listOrder' | 'latestIndex'> {
  return {
    table: sql.raw(`${table} ${alias}`),
    sort: sql.raw(`${alias}.${prefix}_sort`),
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
      columns: sql`'round' AS type, r.id AS refId, r.date_sort AS sortDay, r.date_earliest AS earliest, r.date_latest AS latest, r.date_kind AS kind, r.date_text AS dateText,
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
      columns: sql`'proposal' AS type, p.id AS refId, p.date_sort AS sortDay, p.date_earliest AS earliest, p.date_latest AS latest, p.date_kind AS kind, p.date_text AS dateText,
             p.date_note AS dateNote, pa.name || ': ' || p.title AS title, p.party_id AS parties, 1 AS rank, p.list_order AS listOrder`,
      ...dated('proposals', 'p', 'date'),
      joins: sql`JOIN parties pa ON pa.id = p.party_id`,
      concerns: byParty(sql`p.party_id`)
    },
    statement: {
      rank: 2,
      columns: sql`'statement' AS type, s.id AS refId, s.date_sort AS sortDay, s.date_earliest AS earliest, s.date_latest AS latest, s.date_kind AS kind, s.date_text AS dateText,
             s.date_note AS dateNote, s.title AS title, s.party_id AS parties, 2 AS rank, s.list_order AS listOrder`,
      ...dated('statements', 's', 'date'),
      joins: sql``,
      concerns: byParty(sql`s.party_id`)
    },
    publication: {
      rank: 3,
      columns: sql`'publication' AS type, so.id AS refId, so.published_sort AS sortDay, so.published_earliest AS earliest, so.published_latest AS latest, so.published_kind AS kind,
             so.published_text AS dateText, so.published_note AS dateNote, so.publisher || ': ' || so.title AS title,
             NULL AS parties, 3 AS rank, so.list_order AS listOrder`,
      ...dated('sources', 'so', 'published'),
      joins: sql``,
      concerns: party === undefined ? undefined : sql`0`
    }
  }
}

// The sort day of an unscheduled event (schema.ts): after every day, and in no date window.
const UNSCHEDULED = '~'

// A part of one kind's rows: conditions an index answers, and the column the part is read in
// order of. That column is the sort day itself, or one equal to it on every row of the part;
// `start` is where the window starts the part on it (`day >= start`, or `>` when strict).
interface Part {
  table: SQL
  day: SQL
  start?: { day: string; strict: boolean }
  conditions: SQL[]
}

// The rows of a kind in the date window, as disjoint parts that each walk an index of their own
// (earliest <= sort day <= latest, and from <= to). An event is in the window when its range
// overlaps it: latest null (open) or latest >= from, and earliest <= to; an unscheduled event,
// with no day, is in none. Every event in the window is placed on a day in it, or else:
// - before `from`: it is open, or a period that runs into the window (a `within` range is
//   placed on its latest, never before `from`);
// - after `to`: only a `within` range that began by `to`.
// Those few are found on the index on (latest, earliest); filtering the sort index by earliest
// or latest instead reads every row before `from` or after `to`.
function windowParts(branch: Branch, from: string | undefined, to: string | undefined): Part[] {
  const { table, sort, earliest, latest } = branch
  if (from === undefined && to === undefined) return [{ table, day: sort, conditions: [] }]
  // Named: left to itself, SQLite walks the sort index, which gives the order of the page,
  // through every row before `from` (or after `to`).
  const byLatest = sql`${table} INDEXED BY ${branch.latestIndex}`
  const parts: Part[] = [
    {
      table,
      day: sort,
      ...(from === undefined ? {} : { start: { day: from, strict: false } }),
      conditions: [to === undefined ? sql`${sort} < ${UNSCHEDULED}` : sql`${sort} <= ${to}`]
    }
  ]
  if (from !== undefined) {
    parts.push(
      { table, day: earliest, conditions: [sql`${latest} IS NULL`, sql`${earliest} < ${from}`] },
      { table: byLatest, day: earliest, conditions: [sql`${latest} >= ${from}`, sql`${earliest} < ${from}`, sql`${sort} < ${from}`] }
    )
  }
  if (to !== undefined) {
    parts.push({ table: byLatest, day: latest, start: { day: to, strict: true }, conditions: [sql`${earliest} <= ${to}`, sql`${sort} > ${to}`] })
  }
  return parts
}

// Where the window starts a part, unless the page key starts it later anyway: given two lower
// bounds on one column, SQLite seeks by either, and a deep page must seek by the key.
function start(part: Part, key: [string, number, number] | undefined): SQL | undefined {
  if (part.start === undefined) return undefined
  const { day, strict } = part.start
  if (key !== undefined && (key[0] > day || (key[0] === day && !strict))) return undefined
  return strict ? sql`${part.day} > ${day}` : sql`${part.day} >= ${day}`
}

// The page key is (sort day, kind, insertion order); within one kind the kind is fixed, so the
// key reduces to a condition on the part's own (day, insertion order) index.
function after(branch: Branch, day: SQL, key: [string, number, number] | undefined): SQL | undefined {
  if (key === undefined) return undefined
  const [keyDay, rank, order] = key
  if (branch.rank > rank) return sql`${day} >= ${keyDay}`
  if (branch.rank < rank) return sql`${day} > ${keyDay}`
  return sql`(${day}, ${branch.listOrder}) > (${keyDay}, ${order})`
}

export function createTimelineRepository(db: Db) {
  return {
    list(filters: TimelineFilters, limit: number, key: [string, number, number] | undefined) {
      const kinds = branches(filters.party)
      const chosen = (filters.types ?? (Object.keys(kinds) as EventType[])).map((t) => kinds[t])
      const parts = chosen.flatMap((branch) => windowParts(branch, filters.from, filters.to).map((part) => ({ branch, ...part })))
      // No WHERE at all when nothing filters: SQLite counts a whole table from its smallest
      // index only for a bare count(*); even `WHERE 1` makes it read every row.
      const where = (conditions: (SQL | undefined)[]): SQL => {
        const present = conditions.filter((c): c is SQL => c !== undefined)
        return present.length === 0 ? sql`` : sql`WHERE ${sql.join(present, sql` AND `)}`
      }
      // Each part's next rows in its own index order, then the few of them merged: a page
      // costs the same at the start of the timeline and deep into it.
      const pages = parts.map(
        (part) => sql`SELECT * FROM (SELECT ${part.branch.columns} FROM ${part.table} ${part.branch.joins}
          ${where([part.branch.concerns, start(part, key), ...part.conditions, after(part.branch, part.day, key)])}
          ORDER BY ${part.day}, ${part.branch.listOrder} LIMIT ${limit + 1})`
      )
      const rows = db.all<Row>(sql`SELECT * FROM (${sql.join(pages, sql` UNION ALL `)}) ORDER BY sortDay, rank, listOrder LIMIT ${limit + 1}`)
      const counts = parts.map((part) => sql`(SELECT count(*) FROM ${part.table} ${where([part.branch.concerns, start(part, undefined), ...part.conditions])})`)
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
            day: r.kind === 'unscheduled' ? null : r.sortDay,
            title: r.title,
            parties: r.parties === null ? [] : r.parties.split(','),
            ref: { type: refs[r.type].type, id: r.refId, href: refs[r.type].path + encodeURIComponent(r.refId) }
          })
        ),
        total,
        nextKey: more && last ? [last.sortDay, last.rank, last.listOrder] : null
      }
    }
  }
}
