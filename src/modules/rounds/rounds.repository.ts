import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { dateRange, evidenceFor } from '../../db/evidence.js'
import { keysetPage, likeAny, overlaps, type Order } from '../../db/keyset.js'
import type { Db } from '../../db/open.js'
import { roundParties, rounds } from '../../db/schema.js'
import type { Round } from './rounds.schemas.js'

type Row = typeof rounds.$inferSelect

export interface RoundFilters {
  status?: Round['status'] | undefined
  format?: Round['format'] | undefined
  party?: string | undefined
  from?: string | undefined
  to?: string | undefined
  q?: string | undefined
}

const byDate = (descending: boolean): Order<Row> => ({
  columns: [rounds.dateSort, rounds.listOrder],
  descending,
  key: (r) => [r.dateSort, r.listOrder]
})
export const roundOrders = { date: byDate(false), '-date': byDate(true) }

const participantsFirst = sql`CASE ${roundParties.role} WHEN 'participant' THEN 0 ELSE 1 END`

export function createRoundsRepository(db: Db) {
  const toRounds = (rows: Row[]): Round[] => {
    const ids = rows.map((r) => r.id)
    const evidence = evidenceFor(db, 'roundId', ids)
    const parties = new Map<string, Round['parties']>(ids.map((id) => [id, []]))
    if (ids.length > 0) {
      const links = db.select().from(roundParties).where(inArray(roundParties.roundId, ids)).orderBy(participantsFirst, asc(roundParties.partyId)).all()
      for (const link of links) parties.get(link.roundId)?.push({ id: link.partyId, role: link.role })
    }
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      sequence: r.sequence,
      format: r.format,
      location: r.city === null && r.region === null && r.country === null ? null : { city: r.city, region: r.region, country: r.country },
      date: dateRange(r),
      status: r.status,
      summary: r.summary,
      parties: parties.get(r.id) ?? [],
      evidence: evidence.get(r.id) ?? []
    }))
  }
  const where = (f: RoundFilters): SQL | undefined =>
    and(
      f.status === undefined ? undefined : eq(rounds.status, f.status),
      f.format === undefined ? undefined : eq(rounds.format, f.format),
      f.party === undefined
        ? undefined
        : sql`EXISTS (SELECT 1 FROM ${roundParties} WHERE ${roundParties.roundId} = ${rounds.id} AND ${roundParties.partyId} = ${f.party})`,
      overlaps(rounds.dateEarliest, rounds.dateLatest, f.from, f.to),
      f.q === undefined ? undefined : likeAny([rounds.title, rounds.summary, rounds.city, rounds.region, rounds.country], f.q)
    )

  return {
    exists(id: string): boolean {
      return db.select({ id: rounds.id }).from(rounds).where(eq(rounds.id, id)).get() !== undefined
    },

    get(id: string): Round | undefined {
      const row = db.select().from(rounds).where(eq(rounds.id, id)).get()
      return row ? toRounds([row])[0] : undefined
    },

    list(filters: RoundFilters, sort: keyof typeof roundOrders, limit: number, after: (string | number | null)[] | undefined) {
      const page = keysetPage(db, rounds, where(filters), roundOrders[sort], limit, after)
      return { items: toRounds(page.rows), total: page.total, nextKey: page.nextKey }
    }
  }
}
export type RoundsRepository = ReturnType<typeof createRoundsRepository>
