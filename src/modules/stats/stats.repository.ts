import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/open.js'
import { readVersion } from '../../db/version.js'
import { proposalTypes, roundFormats, roundStatuses, statementModes } from '../../db/vocabulary.js'
import type { Stats } from './stats.schemas.js'

export function createStatsRepository(db: Db) {
  const grouped = (query: SQL, zeroes: readonly string[] = []): Record<string, number> => {
    const result: Record<string, number> = Object.fromEntries(zeroes.map((k) => [k, 0]))
    for (const row of db.all<{ key: string; n: number }>(query)) result[row.key] = row.n
    return result
  }
  const total = (table: SQL) => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${table}`)?.n ?? 0

  return {
    stats(): Stats {
      const partyIds = db.all<{ id: string }>(sql`SELECT id FROM parties ORDER BY list_order`).map((r) => r.id)
      const issueIds = db.all<{ id: string }>(sql`SELECT id FROM issues ORDER BY list_order`).map((r) => r.id)
      // The last day of any fact, max(coalesce(latest, earliest)) over every row, is the
      // larger of max(latest) and max(earliest) (earliest <= latest): the minimum and the
      // maximum of an indexed column are read from the index, not from every row.
      const span = db.get<{ first: string | null; last: string | null }>(sql`
        SELECT
          (SELECT min(d) FROM (SELECT min(date_earliest) AS d FROM rounds UNION ALL SELECT min(date_earliest) FROM proposals
             UNION ALL SELECT min(date_earliest) FROM statements)) AS first,
          (SELECT max(d) FROM (SELECT max(date_earliest) AS d FROM rounds UNION ALL SELECT max(date_latest) FROM rounds
             UNION ALL SELECT max(date_earliest) FROM proposals UNION ALL SELECT max(date_latest) FROM proposals
             UNION ALL SELECT max(date_earliest) FROM statements UNION ALL SELECT max(date_latest) FROM statements)) AS last`)
      return {
        version: readVersion(db),
        rounds: {
          total: total(sql`rounds`),
          byStatus: grouped(sql`SELECT status AS key, count(*) AS n FROM rounds GROUP BY status`, roundStatuses),
          byFormat: grouped(sql`SELECT format AS key, count(*) AS n FROM rounds GROUP BY format`, roundFormats)
        },
        proposals: {
          total: total(sql`proposals`),
          byParty: grouped(sql`SELECT party_id AS key, count(*) AS n FROM proposals GROUP BY party_id`, partyIds),
          byType: grouped(sql`SELECT type AS key, count(*) AS n FROM proposals GROUP BY type`, proposalTypes),
          byCategory: grouped(sql`SELECT category AS key, count(*) AS n FROM proposals GROUP BY category ORDER BY category`, issueIds)
        },
        statements: {
          total: total(sql`statements`),
          byActor: grouped(sql`SELECT actor_id AS key, count(*) AS n FROM statements GROUP BY actor_id ORDER BY actor_id`),
          byMode: grouped(sql`SELECT mode AS key, count(*) AS n FROM statements GROUP BY mode`, statementModes)
        },
        dates: { first: span?.first ?? null, last: span?.last ?? null }
      }
    }
  }
}
