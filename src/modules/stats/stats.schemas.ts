import { z } from 'zod'
import type { CsvColumns } from '../../http/csv.js'
import { representationParams } from '../../http/pagination.js'

const counts = (description: string) => z.record(z.string(), z.number().int()).describe(description)

export const Stats = z
  .object({
    version: z.number().int().describe('The dataset version these counts are for.'),
    rounds: z.object({
      total: z.number().int(),
      byStatus: counts('Rounds per status; every status is listed, zero included.'),
      byFormat: counts('Rounds per format; every format is listed, zero included.')
    }),
    proposals: z.object({
      total: z.number().int(),
      byParty: counts('Proposals per party id; every party is listed, zero included.'),
      byType: counts('Proposals per type; every type is listed, zero included.'),
      byCategory: counts('Proposals per issue (`category`), every issue listed.')
    }),
    statements: z.object({
      total: z.number().int(),
      byActor: counts('Statements per actor id, for actors with at least one.'),
      byMode: counts('Statements per mode; every mode is listed, zero included.')
    }),
    dates: z
      .object({
        first: z.iso.date().nullable().describe('The earliest day any round, proposal or statement may fall on.'),
        last: z.iso.date().nullable().describe('The latest day any of them is known to fall on (open-ended ranges count by their start).')
      })
      .describe('The span the data covers.')
  })
  .meta({ id: 'Stats', description: 'Counts for dashboards.' })
export type Stats = z.infer<typeof Stats>

export const statsQuery = z.strictObject(representationParams)

/** One count of the stats, as a tidy CSV row. */
export interface StatsRow {
  dimension: string
  key: string
  count: number
}

export const statsCsv: CsvColumns<StatsRow> = [
  { header: 'dimension', value: (r) => r.dimension },
  { header: 'key', value: (r) => r.key },
  { header: 'count', value: (r) => r.count, type: 'integer' }
]

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

/**
 * Every count of the JSON, one per row, so a spreadsheet can filter and pivot them: the
 * totals as dimension `total` (key: the resource), then each breakdown as
 * `<resource>_by_<field>` (`proposals_by_party`, key: the party id), in the JSON's order.
 * A breakdown of a resource sums to its total. The version is in the file name; the dates
 * are not counts, and are in the JSON only.
 */
export function statsRows(stats: Stats): StatsRow[] {
  const resources = { rounds: stats.rounds, proposals: stats.proposals, statements: stats.statements }
  const rows: StatsRow[] = Object.entries(resources).map(([resource, counts]) => ({ dimension: 'total', key: resource, count: counts.total }))
  for (const [resource, counts] of Object.entries(resources)) {
    for (const [name, breakdown] of Object.entries(counts)) {
      if (typeof breakdown === 'number') continue
      for (const [key, count] of Object.entries(breakdown)) rows.push({ dimension: `${resource}_${snakeCase(name)}`, key, count })
    }
  }
  return rows
}
