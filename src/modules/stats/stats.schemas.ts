import { z } from 'zod'

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
