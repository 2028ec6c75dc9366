import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import { dateRange, evidenceFor } from '../../db/evidence.js'
import { keysetPage, likeAny, overlaps, type Order } from '../../db/keyset.js'
import type { Db } from '../../db/open.js'
import { statementIssues, statementRounds, statements } from '../../db/schema.js'
import type { Statement } from './statements.schemas.js'

type Row = typeof statements.$inferSelect

export interface StatementFilters {
  actor?: string | undefined
  /** A party's id, or null for independent voices (no party). */
  party?: string | null | undefined
  round?: string | undefined
  issue?: string | undefined
  mode?: Statement['mode'] | undefined
  from?: string | undefined
  to?: string | undefined
  q?: string | undefined
}

export const statementOrder: Order<Row> = {
  columns: [statements.dateSort, statements.listOrder],
  descending: false,
  key: (r) => [r.dateSort, r.listOrder]
}

const onIssue = (issueId: string): SQL =>
  sql`EXISTS (SELECT 1 FROM ${statementIssues} WHERE ${statementIssues.statementId} = ${statements.id} AND ${statementIssues.issueId} = ${issueId})`

/** Statements about a round: its own, or one the source ties to it too. */
const about = (roundId: string): SQL =>
  or(
    eq(statements.roundId, roundId),
    sql`EXISTS (SELECT 1 FROM ${statementRounds} WHERE ${statementRounds.statementId} = ${statements.id} AND ${statementRounds.roundId} = ${roundId})`
  )!

export function createStatementsRepository(db: Db) {
  // Each link table, grouped by statement, in one query per page.
  const linked = <T extends typeof statementRounds | typeof statementIssues>(table: T, column: 'roundId' | 'issueId', ids: string[]) => {
    const grouped = new Map<string, string[]>(ids.map((id) => [id, []]))
    if (ids.length === 0) return grouped
    const rows = db.select().from(table as typeof statementRounds).where(inArray(table.statementId, ids)).orderBy(asc(sql.raw('rowid'))).all() as Record<string, string>[]
    for (const row of rows) grouped.get(row.statementId!)?.push(row[column]!)
    return grouped
  }
  const toStatements = (rows: Row[]): Statement[] => {
    const ids = rows.map((r) => r.id)
    const evidence = evidenceFor(db, 'statementId', ids)
    const related = linked(statementRounds, 'roundId', ids)
    const issues = linked(statementIssues, 'issueId', ids)
    return rows.map((r) => ({
      id: r.id,
      actor: r.actorId,
      party: r.partyId,
      round: r.roundId,
      relatedRounds: related.get(r.id) ?? [],
      issues: issues.get(r.id) ?? [],
      mode: r.mode,
      title: r.title,
      text: r.text,
      quote: r.quote,
      date: dateRange(r),
      evidence: evidence.get(r.id) ?? []
    }))
  }
  const where = (f: StatementFilters): SQL | undefined =>
    and(
      f.actor === undefined ? undefined : eq(statements.actorId, f.actor),
      f.party === undefined ? undefined : f.party === null ? isNull(statements.partyId) : eq(statements.partyId, f.party),
      f.round === undefined ? undefined : about(f.round),
      f.issue === undefined ? undefined : onIssue(f.issue),
      f.mode === undefined ? undefined : eq(statements.mode, f.mode),
      overlaps(statements.dateEarliest, statements.dateLatest, f.from, f.to),
      f.q === undefined ? undefined : likeAny([statements.text], f.q)
    )

  return {
    get(id: string): Statement | undefined {
      const row = db.select().from(statements).where(eq(statements.id, id)).get()
      return row ? toStatements([row])[0] : undefined
    },

    list(filters: StatementFilters, limit: number, after: (string | number | null)[] | undefined) {
      const page = keysetPage(db, statements, where(filters), statementOrder, limit, after)
      return { items: toStatements(page.rows), total: page.total, nextKey: page.nextKey }
    },

    /**
     * The statements on an issue by party (null for independent voices), each party's oldest
     * first: how many it has, and the first `limit` in full. Read from the issue's links (an
     * index) and sorted here, rather than walking every statement in date order for the few
     * on the issue.
     */
    onIssue(issueId: string, limit: number): Map<string | null, { total: number; items: Statement[] }> {
      const places = db
        .select({ id: statements.id, party: statements.partyId, day: statements.dateSort, order: statements.listOrder })
        .from(statementIssues)
        .innerJoin(statements, eq(statements.id, statementIssues.statementId))
        .where(eq(statementIssues.issueId, issueId))
        .all()
        .sort((a, b) => (a.day! < b.day! ? -1 : a.day! > b.day! ? 1 : a.order - b.order))
      const byParty = new Map<string | null, { total: number; ids: string[] }>()
      for (const place of places) {
        const group = byParty.get(place.party) ?? { total: 0, ids: [] }
        group.total += 1
        if (group.ids.length < limit) group.ids.push(place.id)
        byParty.set(place.party, group)
      }
      const wanted = [...byParty.values()].flatMap((g) => g.ids)
      const full = new Map(
        wanted.length === 0 ? [] : toStatements(db.select().from(statements).where(inArray(statements.id, wanted)).all()).map((st) => [st.id, st])
      )
      return new Map([...byParty].map(([party, g]) => [party, { total: g.total, items: g.ids.map((id) => full.get(id)!) }]))
    },

    ofRound(roundId: string): Statement[] {
      return toStatements(db.select().from(statements).where(about(roundId)).orderBy(statements.dateSort, statements.listOrder).all())
    }
  }
}
export type StatementsRepository = ReturnType<typeof createStatementsRepository>
