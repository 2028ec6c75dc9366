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

export function createIssuesRepository(db: Db) {
  const proposalsRepo = createProposalsRepository(db)
  const statementsRepo = createStatementsRepository(db)

  // Positions come in the parties' order; independent voices (no party) come last.
  const partyRanks = () => new Map(db.select({ id: parties.id, listOrder: parties.listOrder }).from(parties).all().map((p) => [p.id, p.listOrder]))
  const rankOf = (ranks: Map<string, number>, party: string | null) => (party === null ? Number.POSITIVE_INFINITY : (ranks.get(party) ?? Number.MAX_SAFE_INTEGER))

  const toIssues = (rows: Row[], filters: IssueFilters): Issue[] => {
    const ranks = partyRanks()
    const keep = (party: string | null) => filters.party === undefined || party === filters.party
    return rows.map((row) => {
      const byParty = new Map<string | null, IssuePosition>()
      const positionOf = (party: string | null) => {
        let position = byParty.get(party)
        if (position === undefined) {
          position = { party, proposals: [], statements: [] }
          byParty.set(party, position)
        }
        return position
      }
      for (const proposal of proposalsRepo.onIssue(row.id)) if (keep(proposal.party)) positionOf(proposal.party).proposals.push(proposal)
      for (const statement of statementsRepo.onIssue(row.id)) if (keep(statement.party)) positionOf(statement.party).statements.push(statement)
      const positions = [...byParty.values()].sort((a, b) => rankOf(ranks, a.party) - rankOf(ranks, b.party))
      return {
        id: row.id,
        label: row.label,
        description: row.description,
        href: `/v1/issues/${encodeURIComponent(row.id)}`,
        counts: {
          parties: positions.filter((p) => p.party !== null).length,
          proposals: positions.reduce((n, p) => n + p.proposals.length, 0),
          statements: positions.reduce((n, p) => n + p.statements.length, 0)
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
