import { z } from 'zod'
import { pageParams } from '../../http/pagination.js'

const counts = z
  .object(Object.fromEntries(['rounds', 'proposals', 'parties', 'actors', 'statements', 'sources', 'issues', 'evidence'].map((c) => [c, z.number().int()])))
  .describe('How many records of each kind the dataset held at this version.')

export const Version = z
  .object({
    version: z.number().int(),
    at: z.string().describe('When the version was made (ISO 8601, UTC).'),
    madeBy: z
      .enum(['seed', 'write', 'upgrade'])
      .describe('`seed`: the seeder; `write`: an accepted write through a token; `upgrade`: the version the store held when it began keeping versions (earlier ones cannot be fetched).'),
    token: z.string().nullable().describe('The name of the token whose write made it; null for the seeder and the upgrade.'),
    counts,
    changes: z.number().int().describe('How many entries of the changes log this version made.'),
    citation: z.string().describe('How to cite this version.'),
    links: z.object({
      export: z.string().describe('The whole dataset as it was at this version: the same bytes every time.'),
      changes: z.string().describe('The changes log from this version on.')
    })
  })
  .meta({
    id: 'Version',
    description: 'One dataset version: every accepted write makes one, and each can be fetched again, exactly, from `/v1/export?version=N`.',
    examples: [
      {
        version: 1,
        at: '2026-12-02T02:30:00.000Z',
        madeBy: 'seed',
        token: null,
        counts: { rounds: 9, proposals: 7, parties: 4, actors: 11, statements: 12, sources: 2, issues: 6, evidence: 48 },
        changes: 0,
        citation:
          'The negotiation-timeline maintainers, "Negotiation timeline: 2022 Russia–Ukraine peace talks", dataset version 1 (2026-12-02), CC-BY-4.0, http://localhost:3000/v1/export?version=1',
        links: { export: '/v1/export?version=1', changes: '/v1/changes?since=0' }
      }
    ]
  })
export type Version = z.infer<typeof Version>

export const versionsQuery = z.strictObject(pageParams)
