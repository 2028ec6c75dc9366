import { z } from 'zod'
import { roundFormats, roundPartyRoles, roundStatuses } from '../../db/vocabulary.js'
import { fromToParams, qParam } from '../../http/filters.js'
import { pageParams } from '../../http/pagination.js'
import { DateRange, Evidence } from '../../http/schemas.js'
import { partyFilterParam } from '../parties/parties.schemas.js'
import { Proposal } from '../proposals/proposals.schemas.js'
import { Statement } from '../statements/statements.schemas.js'

export const Location = z
  .object({ city: z.string().nullable(), region: z.string().nullable(), country: z.string().nullable() })
  .meta({ id: 'Location', description: 'Where a round took place, as precisely as the sources say.' })

export const Round = z
  .object({
    id: z.string().describe('Stable slug, e.g. `istanbul-2022-03-29`.'),
    title: z.string(),
    sequence: z.number().int().nullable().describe('The round\'s number where a source numbers it ("third round"); null otherwise.'),
    format: z.enum(roundFormats).describe('`in_person`, `video`, `ministerial` (foreign ministers), `summit` (leaders) or `unknown`.'),
    location: Location.nullable().describe('Null for online rounds and where no source gives a place.'),
    date: DateRange,
    status: z.enum(roundStatuses).describe('`held`, `ongoing` (no end yet), or `proposed` (not held).'),
    summary: z.string().describe('A short summary written by the curators; the evidence carries the sources\' words.'),
    parties: z
      .array(z.object({ id: z.string(), role: z.enum(roundPartyRoles) }))
      .describe('The parties taking part, and those hosting or mediating.'),
    evidence: z.array(Evidence).min(1)
  })
  .meta({
    id: 'Round',
    description: 'One session of talks: held, ongoing or proposed.',
    examples: [
      {
        id: 'online-2022-04-01',
        title: 'Talks in an online format',
        sequence: null,
        format: 'video',
        location: null,
        date: {
          earliest: '2022-04-01',
          latest: null,
          kind: 'since',
          text: 'since Friday',
          note: "'Since Friday', read as the most recent Friday before the article (published 2022-04-04 to 2022-04-07): Friday 2022-04-01. Still going on when the article was written."
        },
        status: 'ongoing',
        summary: 'Both sides confirmed that they were continuing talks in an online format after the Istanbul round.',
        parties: [
          { id: 'russia', role: 'participant' },
          { id: 'ukraine', role: 'participant' }
        ],
        evidence: [
          {
            sourceId: 'xinhua-2022-04-ease-tensions',
            start: 1133,
            end: 1223,
            text: 'both sides have confirmed that they were continuing talks in an online format since Friday',
            note: null
          }
        ]
      }
    ]
  })
export type Round = z.infer<typeof Round>

export const RoundDetail = Round.extend({
  proposals: z.array(Proposal).describe('The proposals tabled at this round.'),
  statements: z.array(Statement).describe('The statements about this round.')
}).meta({ id: 'RoundDetail', description: 'A round with the proposals tabled at it and the statements about it embedded.' })
export type RoundDetail = z.infer<typeof RoundDetail>

export const roundSorts = ['date', '-date'] as const

export const roundsQuery = z.strictObject({
  status: z.enum(roundStatuses).optional().describe('Only rounds with this status.'),
  format: z
    .enum([...roundFormats, 'csv', 'json'])
    .optional()
    .describe(
      'Only rounds of this format (`in_person`, `video`, `ministerial`, `summit`, `unknown`). As on every list, `csv` or `json` instead choose the representation; to filter by format and get CSV, send `Accept: text/csv`.'
    ),
  party: partyFilterParam,
  ...fromToParams,
  q: qParam.meta({ examples: ['Istanbul'] }),
  sort: z.enum(roundSorts).default('date').describe('`date`: oldest first (the default); `-date`: newest first.'),
  limit: pageParams.limit,
  cursor: pageParams.cursor,
  bom: pageParams.bom
})
