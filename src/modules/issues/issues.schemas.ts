import { z } from 'zod'
import type { CsvColumns } from '../../http/csv.js'
import { pageParams } from '../../http/pagination.js'
import { partyFilterParam } from '../parties/parties.schemas.js'
import { Proposal, proposalExample } from '../proposals/proposals.schemas.js'
import { Statement } from '../statements/statements.schemas.js'

export const IssuePosition = z
  .object({
    party: z
      .string()
      .nullable()
      .describe('The party (`/v1/parties/{party}`); null for the independent voices (analysts…) who speak for no party.'),
    proposals: z
      .array(Proposal)
      .describe('The proposals, conditions, demands and assessments the party tabled on the issue, oldest first, at most 20 (`counts` has them all, `links` lists them); empty for independent voices.'),
    statements: z
      .array(Statement)
      .describe("What the party's people (or, for `party: null`, independent voices) said on the issue, oldest first, at most 20."),
    counts: z
      .object({ proposals: z.number().int(), statements: z.number().int() })
      .describe('How many proposals and statements the party has on the issue, all of them, embedded or not.'),
    links: z
      .object({
        proposals: z.string().nullable().describe("The party's proposals on the issue, paged (`/v1/proposals?category=…&party=…`); null for independent voices."),
        statements: z.string().describe("The statements on the issue, paged: the party's (`/v1/statements?issue=…&party=…`), or every speaker's for independent voices.")
      })
      .describe('The complete lists behind this position.')
  })
  .meta({
    id: 'IssuePosition',
    description: "One party's position on an issue: what it tabled and what its people said, each with its evidence."
  })
export type IssuePosition = z.infer<typeof IssuePosition>

export const Issue = z
  .object({
    id: z.string().describe('Stable snake_case id; a proposal\'s `category` is one: `alliance`, `neutrality`, `leaders_meeting`…'),
    label: z.string().describe('A short name for the issue, written by the curators.'),
    description: z.string().describe('What the issue is about.'),
    href: z.string().describe('The issue on its own (`/v1/issues/{id}`).'),
    counts: z
      .object({
        parties: z.number().int().describe('Parties with a position (the independent entry not counted).'),
        proposals: z.number().int().describe('Proposals, conditions, demands and assessments on the issue, in every position (embedded or not).'),
        statements: z.number().int().describe('Statements on the issue, in every position (embedded or not).')
      })
      .describe('What `positions` holds (after the `party` filter, if any).'),
    positions: z
      .array(IssuePosition)
      .describe('One entry per party with anything on the issue, in the parties\' order (`/v1/parties`), then one with `party: null` for independent voices, if any spoke on it. Empty when nothing is on it yet.')
  })
  .meta({
    id: 'Issue',
    description: 'A subject of the talks, with each party\'s positions on it: the position matrix a dashboard draws.',
    examples: [
      {
        id: 'nuclear_weapons',
        label: 'Nuclear weapons',
        description: 'Whether Ukraine renounces nuclear weapons.',
        href: '/v1/issues/nuclear_weapons',
        counts: { parties: 1, proposals: 1, statements: 0 },
        positions: [
          {
            party: 'ukraine',
            proposals: [proposalExample],
            statements: [],
            counts: { proposals: 1, statements: 0 },
            links: { proposals: '/v1/proposals?category=nuclear_weapons&party=ukraine', statements: '/v1/statements?issue=nuclear_weapons&party=ukraine' }
          }
        ]
      }
    ]
  })
export type Issue = z.infer<typeof Issue>

const issuePartyParam = partyFilterParam.describe(
  "Only this party's positions: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`). The list then holds only the issues the party has a position on."
)

export const issuesQuery = z.strictObject({ party: issuePartyParam, ...pageParams })

export const issueQuery = z.strictObject({
  party: partyFilterParam.describe("Only this party's position: its id or any alias, case-insensitive. An issue the party has nothing on has empty `positions`.")
})

/** A CSV row: one party's position on one issue, or an issue with no position at all (`position` null). */
export interface IssueRow {
  issue: Issue
  position: IssuePosition | null
}

export const issueRows = (issue: Issue): IssueRow[] =>
  issue.positions.length === 0 ? [{ issue, position: null }] : issue.positions.map((position) => ({ issue, position }))

const joined = (values: string[]) => values.join(' | ')

export const issueCsv: CsvColumns<IssueRow> = [
  { header: 'issue_id', value: (r) => r.issue.id },
  { header: 'issue_label', value: (r) => r.issue.label },
  { header: 'party', value: (r) => r.position?.party ?? null },
  { header: 'proposal_count', value: (r) => r.position?.counts.proposals ?? 0, type: 'integer' },
  { header: 'proposal_ids', value: (r) => joined(r.position?.proposals.map((p) => p.id) ?? []) },
  { header: 'proposal_types', value: (r) => joined(r.position?.proposals.map((p) => p.type) ?? []) },
  { header: 'proposal_titles', value: (r) => joined(r.position?.proposals.map((p) => p.title) ?? []) },
  { header: 'proposal_texts', value: (r) => joined(r.position?.proposals.map((p) => p.text) ?? []) },
  { header: 'statement_count', value: (r) => r.position?.counts.statements ?? 0, type: 'integer' },
  { header: 'statement_ids', value: (r) => joined(r.position?.statements.map((s) => s.id) ?? []) },
  { header: 'statement_actors', value: (r) => joined(r.position?.statements.map((s) => s.actor) ?? []) },
  { header: 'statement_texts', value: (r) => joined(r.position?.statements.map((s) => s.text) ?? []) }
]
