import { and, eq, type SQL } from 'drizzle-orm'
import { dateRange, evidenceFor } from '../../db/evidence.js'
import { keysetPage, likeAny, overlaps, type Order } from '../../db/keyset.js'
import type { Db } from '../../db/open.js'
import { proposals } from '../../db/schema.js'
import type { Proposal } from './proposals.schemas.js'

type Row = typeof proposals.$inferSelect

export interface ProposalFilters {
  party?: string | undefined
  round?: string | undefined
  type?: Proposal['type'] | undefined
  category?: string | undefined
  from?: string | undefined
  to?: string | undefined
  q?: string | undefined
}

export const proposalOrder: Order<Row> = {
  columns: [proposals.dateSort, proposals.listOrder],
  descending: false,
  key: (r) => [r.dateSort, r.listOrder]
}

export function createProposalsRepository(db: Db) {
  const toProposals = (rows: Row[]): Proposal[] => {
    const evidence = evidenceFor(db, 'proposalId', rows.map((r) => r.id))
    return rows.map((r) => ({
      id: r.id,
      party: r.partyId,
      round: r.roundId,
      type: r.type,
      category: r.category,
      title: r.title,
      text: r.text,
      date: dateRange(r),
      evidence: evidence.get(r.id) ?? []
    }))
  }
  const where = (f: ProposalFilters): SQL | undefined =>
    and(
      f.party === undefined ? undefined : eq(proposals.partyId, f.party),
      f.round === undefined ? undefined : eq(proposals.roundId, f.round),
      f.type === undefined ? undefined : eq(proposals.type, f.type),
      f.category === undefined ? undefined : eq(proposals.category, f.category),
      overlaps(proposals.dateEarliest, proposals.dateLatest, f.from, f.to),
      f.q === undefined ? undefined : likeAny([proposals.title, proposals.text, proposals.category], f.q)
    )

  return {
    get(id: string): Proposal | undefined {
      const row = db.select().from(proposals).where(eq(proposals.id, id)).get()
      return row ? toProposals([row])[0] : undefined
    },

    list(filters: ProposalFilters, limit: number, after: (string | number | null)[] | undefined) {
      const page = keysetPage(db, proposals, where(filters), proposalOrder, limit, after)
      return { items: toProposals(page.rows), total: page.total, nextKey: page.nextKey }
    },

    /** Every proposal tabled at a round, in order; for embedding in the round. */
    ofRound(roundId: string): Proposal[] {
      return toProposals(db.select().from(proposals).where(eq(proposals.roundId, roundId)).orderBy(proposals.dateSort, proposals.listOrder).all())
    }
  }
}
export type ProposalsRepository = ReturnType<typeof createProposalsRepository>
