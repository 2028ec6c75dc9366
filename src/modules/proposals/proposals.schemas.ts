import { z } from 'zod'
import { proposalTypes } from '../../db/vocabulary.js'
import { fromToParams, qParam } from '../../http/filters.js'
import { pageParams } from '../../http/pagination.js'
import { DateRange, Evidence } from '../../http/schemas.js'
import { partyFilterParam } from '../parties/parties.schemas.js'

const attribution = {
  start: 417,
  end: 530,
  text: 'The latest round of face-to-face negotiations in Istanbul last week resulted in Kiev handing Moscow its proposals'
}

/** The real record, as `/v1/proposals/ukraine-renounce-nuclear-weapons` gives it (a test checks). */
export const proposalExample = {
  id: 'ukraine-renounce-nuclear-weapons',
  party: 'ukraine',
  round: 'istanbul-2022-03-29',
  type: 'proposal',
  category: 'nuclear_weapons',
  title: 'Renounce nuclear weapons',
  text: 'willingness to renounce nuclear weapons',
  date: { earliest: '2022-03-29', latest: '2022-03-29', kind: 'exact', text: 'last week', note: 'Handed over at the Istanbul round.' },
  evidence: [
    {
      sourceId: 'xinhua-2022-04-ease-tensions',
      start: 734,
      end: 773,
      text: 'willingness to renounce nuclear weapons',
      note: null
    },
    { sourceId: 'xinhua-2022-04-ease-tensions', ...attribution, note: null }
  ]
} as const

export const Proposal = z
  .object({
    id: z.string(),
    party: z.string().describe('The party that tabled it (`/v1/parties/{party}`).'),
    round: z.string().nullable().describe('The round it was tabled at, or the proposed event it concerns, if the source says (`/v1/rounds/{round}`).'),
    type: z
      .enum(proposalTypes)
      .describe('`proposal` offered, `condition` set for something else to happen, `demand` made of the other side, or `assessment`: where the party says things stand.'),
    category: z.string().describe('The issue it is on, by id (`/v1/issues/{category}`): `alliance`, `foreign_military_presence`, `neutrality`, `nuclear_weapons`, `wmd`, `leaders_meeting`…'),
    title: z.string().describe('A short title written by the curators.'),
    text: z.string().describe("The source's own words for it, verbatim."),
    date: DateRange.describe('When it was tabled or stated.'),
    evidence: z.array(Evidence).min(1)
  })
  .meta({
    id: 'Proposal',
    description: 'A position one party tabled: a proposal, a condition, a demand or an assessment, in the words of its source.',
    examples: [proposalExample]
  })
export type Proposal = z.infer<typeof Proposal>

// Swagger UI's "Try it out" sends every example at once: together they find Kyiv's pledge at
// Istanbul to renounce nuclear weapons.
export const proposalFilters = {
  round: z.string().min(1).max(200).optional().describe('Only proposals tabled at this round (its id).').meta({ examples: ['istanbul-2022-03-29'] }),
  type: z.enum(proposalTypes).optional().describe('Only this type.'),
  category: z.string().min(1).max(100).optional().describe('Only proposals on this issue (its id, `/v1/issues`).').meta({ examples: ['nuclear_weapons'] }),
  ...fromToParams,
  q: qParam.meta({ examples: ['nuclear'] }),
  ...pageParams
}

export const proposalsQuery = z.strictObject({ party: partyFilterParam, ...proposalFilters })
export const partyProposalsQuery = z.strictObject(proposalFilters)
