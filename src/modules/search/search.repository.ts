import { sql } from 'drizzle-orm'
import type { Db } from '../../db/open.js'
import { aliasGroup, type AliasGroup } from './search.query.js'
import type { SearchHit } from './search.schemas.js'

// Private-use characters mark matches inside snippets, so the stored text can be
// HTML-escaped before the markers become <mark> tags.
const OPEN = '\uE000'
const CLOSE = '\uE001'

const hrefs: Record<SearchHit['type'], string> = {
  round: '/v1/rounds/',
  proposal: '/v1/proposals/',
  statement: '/v1/statements/',
  actor: '/v1/actors/',
  source: '/v1/sources/'
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function highlight(snippet: string): string {
  return escapeHtml(snippet).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>')
}

interface Row {
  docId: number
  kind: SearchHit['type']
  refId: string
  title: string
  snippet: string
  rank: number
}

const KINDS: readonly SearchHit['type'][] = ['round', 'proposal', 'statement', 'actor', 'source']
// Matches kept over all ranked queries: about 17 bytes each.
const RANKED_MAX = 500_000
// Queries remembered as asked once, per state of the data.
const ASKED_MAX = 10_000

/** Every match of one query in (rank, document) order, in columns. */
interface Ranking {
  size: number
  docIds: Float64Array
  ranks: Float64Array
  /** Index into KINDS. */
  kinds: Uint8Array
  /** Matches by kind (index into KINDS). */
  counts: number[]
  /** The position of the first match after a cursor's (rank, document), 0 without one. */
  after: (key: [number, number] | undefined) => number
}

function makeRanking(docIds: Float64Array, ranks: Float64Array, kinds: Uint8Array, counts: number[]): Ranking {
  const size = docIds.length
  return {
    size,
    docIds,
    ranks,
    kinds,
    counts,
    after(key) {
      if (key === undefined) return 0
      // Binary search for the first (rank, docId) > key: the order SQL's row-value comparison gives.
      let low = 0
      let high = size
      while (low < high) {
        const mid = (low + high) >>> 1
        const later = ranks[mid]! > key[0] || (ranks[mid] === key[0] && docIds[mid]! > key[1])
        if (later) high = mid
        else low = mid + 1
      }
      return low
    }
  }
}

export function createSearchRepository(db: Db) {
  // The alias groups are read from every actor, so they are made once per state of the data:
  // data_version moves when another connection commits, total_changes() when this one does.
  const dataVersion = db.$client.prepare('PRAGMA data_version').pluck()
  const ownChanges = db.$client.prepare('SELECT total_changes()').pluck()
  const storeVersion = () => `${dataVersion.get() as number}:${ownChanges.get() as number}`
  // Ties in rank go by document, so that a cursor names one place in the order.
  const rankAll = db.$client
    .prepare(
      `SELECT d.doc_id, d.kind, bm25(search_index, 10.0, 1.0) AS rank
       FROM search_index JOIN search_docs d ON d.doc_id = search_index.rowid
       WHERE search_index MATCH ? ORDER BY rank, d.doc_id`
    )
    .raw()
  let groupsOf: { version: string; groups: AliasGroup[] } | undefined
  const readAliasGroups = (): AliasGroup[] => {
    const groups = new Map<string, string[]>()
    const add = (key: string, name: string) => groups.set(key, [...(groups.get(key) ?? []), name])
    for (const row of db.all<{ partyId: string; alias: string }>(sql`SELECT party_id AS partyId, alias FROM party_aliases`)) {
      add(`party:${row.partyId}`, row.alias)
    }
    for (const row of db.all<{ id: string; name: string; aliases: string }>(sql`SELECT id, name, aliases FROM actors`)) {
      add(`actor:${row.id}`, row.name)
      for (const alias of JSON.parse(row.aliases) as string[]) add(`actor:${row.id}`, alias)
    }
    return [...groups.values()].map(aliasGroup)
  }

  // A query asked once is answered by SQL alone: its best page (bm25 over every match, but
  // only a page kept in order) and its count. Asked again in the same state of the data (a
  // next page, another page size or kind), its whole ranking is made and kept, at most
  // RANKED_MAX matches over all queries, oldest out first, and every later page is a slice
  // of it. Making a ranking of many matches costs a few times one page, and most queries
  // are asked once.
  const rankings = new Map<string, Ranking>()
  const asked = new Set<string>()
  let rankedVersion = ''
  let rankedSize = 0
  const rankingOf = (match: string): Ranking | undefined => {
    const version = storeVersion()
    if (version !== rankedVersion) {
      rankings.clear()
      asked.clear()
      rankedSize = 0
      rankedVersion = version
    }
    const kept = rankings.get(match)
    if (kept !== undefined) return kept
    if (!asked.has(match)) {
      if (asked.size >= ASKED_MAX) asked.clear()
      asked.add(match)
      return undefined
    }
    const docIds: number[] = []
    const ranks: number[] = []
    const kinds: number[] = []
    const counts = KINDS.map(() => 0)
    for (const [docId, kind, rank] of rankAll.iterate(match) as IterableIterator<[number, SearchHit['type'], number]>) {
      const k = KINDS.indexOf(kind)
      docIds.push(docId)
      ranks.push(rank)
      kinds.push(k)
      counts[k]! += 1
    }
    const ranking = makeRanking(Float64Array.from(docIds), Float64Array.from(ranks), Uint8Array.from(kinds), counts)
    if (ranking.size <= RANKED_MAX) {
      for (const [oldest, old] of rankings) {
        if (rankedSize + ranking.size <= RANKED_MAX) break
        rankings.delete(oldest)
        rankedSize -= old.size
      }
      rankings.set(match, ranking)
      rankedSize += ranking.size
    }
    return ranking
  }

  return {
    /** Names that mean the same party or actor, for widening a query. */
    aliasGroups(): AliasGroup[] {
      const version = storeVersion()
      if (groupsOf?.version !== version) groupsOf = { version, groups: readAliasGroups() }
      return groupsOf.groups
    },

    search(match: string, types: SearchHit['type'][] | undefined, limit: number, after: [number, number] | undefined) {
      const ranking = rankingOf(match)
      // The page: the next matches after the cursor, in (rank, document) order, of the kinds
      // asked for, and how many there are.
      let page: { docId: number; rank: number }[] = []
      let total = 0
      if (ranking === undefined) {
        const typeFilter = types === undefined ? sql`` : sql` AND d.kind IN (${sql.join(types.map((t) => sql`${t}`), sql`, `)})`
        const matches = sql`
          SELECT d.doc_id AS docId, bm25(search_index, 10.0, 1.0) AS rank
          FROM search_index JOIN search_docs d ON d.doc_id = search_index.rowid
          WHERE search_index MATCH ${match}${typeFilter}`
        const afterFilter = after === undefined ? sql`` : sql`WHERE (rank, docId) > (${after[0]}, ${after[1]})`
        page = db.all<{ docId: number; rank: number }>(sql`SELECT * FROM (${matches}) ${afterFilter} ORDER BY rank, docId LIMIT ${limit + 1}`)
        total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM (${matches})`)?.n ?? 0
      } else {
        const wanted = new Set(types ?? KINDS)
        for (let i = ranking.after(after); i < ranking.size && page.length <= limit; i++) {
          if (wanted.has(KINDS[ranking.kinds[i]!]!)) page.push({ docId: ranking.docIds[i]!, rank: ranking.ranks[i]! })
        }
        total = [...wanted].reduce((sum, kind) => sum + ranking.counts[KINDS.indexOf(kind)]!, 0)
      }
      // Snippets (the costly part of a hit) only for the page's rows.
      const details = new Map<number, Omit<Row, 'rank'>>()
      if (page.length > 0) {
        // Bound as integers (BigInt): FTS5 ignores a rowid constraint bound as a float, which
        // is what a JavaScript number is bound as.
        const ids = sql.join(
          page.map((p) => sql`${BigInt(p.docId)}`),
          sql`, `
        )
        const found = db.all<Omit<Row, 'rank'>>(sql`
          SELECT d.doc_id AS docId, d.kind AS kind, d.ref_id AS refId, search_index.title AS title,
                 snippet(search_index, -1, ${OPEN}, ${CLOSE}, '…', 16) AS snippet
          FROM search_index JOIN search_docs d ON d.doc_id = search_index.rowid
          WHERE search_index MATCH ${match} AND search_index.rowid IN (${ids})`)
        for (const row of found) details.set(row.docId, row)
      }
      const rows = page.map((p): Row => {
        const found = details.get(p.docId)
        if (found === undefined) throw new Error(`search: no details for document ${p.docId}`)
        return { ...found, rank: p.rank }
      })
      const more = rows.length > limit
      if (more) rows.pop()
      const last = rows[rows.length - 1]
      return {
        items: rows.map(
          (r): SearchHit => ({
            type: r.kind,
            id: r.refId,
            title: r.title,
            snippet: highlight(r.snippet),
            score: Math.round(-r.rank * 1e6) / 1e6,
            href: hrefs[r.kind] + encodeURIComponent(r.refId)
          })
        ),
        total,
        nextKey: more && last ? [last.rank, last.docId] : null
      }
    }
  }
}
