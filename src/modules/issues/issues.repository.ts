import { eq, or, sql, type SQL } from 'drizzle-orm'
import { keysetPage, type Order } from '../../db/keyset.js'
import type { Db } from '../../db/open.js'
import { issues, parties, proposals, statementIssues, statements } from '../../db/schema.js'
import { createProposalsRepository } from '../proposals/proposals.repository.js'
import { createStatementsRepository } from '../statements/statements.repository.js'
import type { Issue, IssuePosition } from './issues.schemas.js'

type Row = typeof issues.$inferSelect

export interface IssueFilters {
  /** Only this party's positions, and in a list only the issues it has one on. */
  party?: string | undefined
}

export const issueOrder: Order<Row> = {
  columns: [issues.listOrder],
  descending: false,
  key: (r) => [r.listOrder]
}

/** Issues the party tabled something on or whose people spoke on. */
const hasPositionOf = (partyId: string): SQL =>
  or(
    sql`EXISTS (SELECT 1 FROM ${proposals} WHERE ${proposals.category} = ${issues.id} AND ${proposals.partyId} = ${partyId})`,
    sql`EXISTS (SELECT 1 FROM ${statementIssues} JOIN ${statements} ON ${statements.id} = ${statementIssues.statementId} WHERE ${statementIssues.issueId} = ${issues.id} AND ${statements.partyId} = ${partyId})`
  )!

/**
 * How many of each kind a position embeds: an issue may gather thousands of proposals, and
 * the matrix is a summary; `counts` give every one, `links` the complete lists.
 */
const POSITION_ITEMS = 20

export function createIssuesRepository(db: Db) {
  const proposalsRepo = createProposalsRepository(db)
  const statementsRepo = createStatementsRepository(db)

  // Positions come in the parties' order; independent voices (no party) come last.
  const partyRanks = () => new Map(db.select({ id: parties.id, listOrder: parties.listOrder }).from(parties).all().map((p) => [p.id, p.listOrder]))
  const rankOf = (ranks: Map<string, number>, party: string | null) => (party === null ? Number.POSITIVE_INFINITY : (ranks.get(party) ?? Number.MAX_SAFE_INTEGER))

  // The parties that tabled anything on an issue: one read of the issue's proposals (its index).
  const tablersOf = (issueId: string): string[] =>
    db.all<{ party: string }>(sql`SELECT DISTINCT party_id AS party FROM ${proposals} WHERE ${proposals.category} = ${issueId}`).map((r) => r.party)

  const toIssues = (rows: Row[], filters: IssueFilters): Issue[] => {
    const ranks = partyRanks()
    return rows.map((row) => {
      const query = (party: string | null) => `${party === null ? '' : `&party=${encodeURIComponent(party)}`}`
      const said = statementsRepo.onIssue(row.id, POSITION_ITEMS)
      const positions = [...new Set<string | null>([...tablersOf(row.id), ...said.keys()])]
        .filter((party) => filters.party === undefined || party === filters.party)
        .sort((a, b) => rankOf(ranks, a) - rankOf(ranks, b))
        .map((party): IssuePosition => {
          const tabled = party === null ? { items: [], total: 0 } : proposalsRepo.list({ category: row.id, party }, POSITION_ITEMS, undefined)
          const spoken = said.get(party) ?? { items: [], total: 0 }
          return {
            party,
            proposals: tabled.items,
            statements: spoken.items,
            counts: { proposals: tabled.total, statements: spoken.total },
            links: {
              proposals: party === null ? null : `/v1/proposals?category=${encodeURIComponent(row.id)}${query(party)}`,
              statements: `/v1/statements?issue=${encodeURIComponent(row.id)}${query(party)}`
            }
          }
        })
      return {
        id: row.id,
        label: row.label,
        description: row.description,
        href: `/v1/issues/${encodeURIComponent(row.id)}`,
        counts: {
          parties: positions.filter((p) => p.party !== null).length,
          proposals: positions.reduce((n, p) => n + p.counts.proposals, 0),
          statements: positions.reduce((n, p) => n + p.counts.statements, 0)
        },
        positions
      }
    })
  }

  return {
    exists(id: string): boolean {
      return db.select({ id: issues.id }).from(issues).where(eq(issues.id, id)).get() !== undefined
    },

    get(id: string, filters: IssueFilters = {}): Issue | undefined {
      const row = db.select().from(issues).where(eq(issues.id, id)).get()
      return row ? toIssues([row], filters)[0] : undefined
    },

    list(filters: IssueFilters, limit: number, after: (string | number | null)[] | undefined) {
      const where = filters.party === undefined ? undefined : hasPositionOf(filters.party)
      const page = keysetPage(db, issues, where, issueOrder, limit, after)
      return { items: toIssues(page.rows, filters), total: page.total, nextKey: page.nextKey }
    }
  }
}
export type IssuesRepository = ReturnType<typeof createIssuesRepository>
