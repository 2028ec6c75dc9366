import { and, eq, type SQL } from 'drizzle-orm'
import { dateRange, evidenceFor } from '../../db/evidence.js'
import { keysetPage, likeAny, overlaps, type Order } from '../../db/keyset.js'
import type { Db } from '../../db/open.js'
import { statements } from '../../db/schema.js'
import type { Statement } from './statements.schemas.js'

type Row = typeof statements.$inferSelect

export interface StatementFilters {
  actor?: string | undefined
  party?: string | undefined
  round?: string | undefined
  mode?: Statement['mode'] | undefined
  from?: string | undefined
  to?: string | undefined
  q?: string | undefined
}

export const statementOrder: Order<Row> = {
  columns: [statements.dateEarliest, statements.listOrder],
  descending: false,
  key: (r) => [r.dateEarliest, r.listOrder]
}

export function createStatementsRepository(db: Db) {
  const toStatements = (rows: Row[]): Statement[] => {
    const evidence = evidenceFor(db, 'statementId', rows.map((r) => r.id))
    return rows.map((r) => ({
      id: r.id,
      actor: r.actorId,
      party: r.partyId,
      round: r.roundId,
      mode: r.mode,
      text: r.text,
      quote: r.quote,
      date: dateRange(r),
      evidence: evidence.get(r.id) ?? []
    }))
  }
  const where = (f: StatementFilters): SQL | undefined =>
    and(
      f.actor === undefined ? undefined : eq(statements.actorId, f.actor),
      f.party === undefined ? undefined : eq(statements.partyId, f.party),
      f.round === undefined ? undefined : eq(statements.roundId, f.round),
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

    ofRound(roundId: string): Statement[] {
      return toStatements(db.select().from(statements).where(eq(statements.roundId, roundId)).orderBy(statements.dateEarliest, statements.listOrder).all())
    }
  }
}
export type StatementsRepository = ReturnType<typeof createStatementsRepository>
