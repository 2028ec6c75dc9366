// Bodies of the write endpoints, and the changes feed. The same shapes a GET returns, so a
// client can read a record, change it and send it back; evidence may also be given as
// words to locate.
import { z } from 'zod'
import {
  actorTypes,
  proposalTypes,
  roundFormats,
  roundPartyRoles,
  roundStatuses,
  sourceKinds,
  dateKinds,
  statementModes
} from '../db/vocabulary.js'

/** The kinds of record a write may create, change or delete, and where each is served. */
export const resourceTypes = ['round', 'proposal', 'statement', 'actor', 'source'] as const
export type ResourceType = (typeof resourceTypes)[number]

/** What the changes log records: the records above, and the parties and issues an ingest adds. */
export const changeTypes = [...resourceTypes, 'party', 'issue'] as const
export type ChangeType = (typeof changeTypes)[number]

export const collectionOf: Record<ChangeType, string> = {
  round: 'rounds',
  proposal: 'proposals',
  statement: 'statements',
  actor: 'actors',
  source: 'sources',
  party: 'parties',
  issue: 'issues'
}

export const slug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug: letters, digits and single hyphens')

const text = (max = 10_000) => z.string().trim().min(1).max(max)

/** An issue of the talks, by id (`/v1/issues/{id}`). */
export const issueId = z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'a snake_case issue id').max(100)

const dateFields = {
  latest: z.iso.date().nullable().default(null),
  kind: z.enum(dateKinds).optional().describe('What kind of date: left out, the bounds say it (one day `exact`, no latest `since`, a range `within`, or `period` for a round).'),
  text: z.string().min(1).max(200).nullable().default(null),
  note: z.string().min(1).max(2000).nullable().default(null)
}
const inOrder = (d: { earliest: string | null; latest: string | null }) => d.latest === null || d.earliest === null || d.latest >= d.earliest
const order = { message: 'latest is before earliest', path: ['latest'] }

export const DateInput = z
  .strictObject({ earliest: z.iso.date(), ...dateFields })
  .refine(inOrder, order)
  .meta({ id: 'DateBody', description: 'A date range: `earliest` required; `latest` null when open-ended; `text` the source\'s wording.' })

export const RoundDateInput = z
  .strictObject({ earliest: z.iso.date().nullable().describe('Null only for an unscheduled proposed round (`kind: "unscheduled"`).'), ...dateFields })
  .refine(inOrder, order)
  .meta({ id: 'RoundDateBody', description: 'A round\'s date range: as DateBody, and a proposed round nobody has scheduled has no day (`earliest` and `latest` null).' })

const spanInput = z.union([
  z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1), text: z.string().min(1).max(10_000) }),
  z.strictObject({
    quote: z.string().min(1).max(10_000).describe('The exact words, located in the source text by the service.'),
    occurrence: z.number().int().min(1).optional().describe('Which occurrence (1-based) when the words occur more than once.')
  })
])

export const EvidenceInput = z
  .union([
    z.strictObject({
      sourceId: slug,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      text: z.string().min(1).max(10_000)
    }),
    z.strictObject({
      sourceId: slug,
      quote: z.string().min(1).max(10_000).describe('The exact words, located in the source text by the service.'),
      occurrence: z.number().int().min(1).optional().describe('Which occurrence (1-based) when the words occur more than once.')
    }),
    z.strictObject({
      sourceId: slug,
      spans: z.array(spanInput).min(2).max(20).describe('Words the source separates, in source order: each as offsets with their text, or as words to locate.')
    }),
    z.strictObject({ sourceId: slug, note: z.string().min(1).max(2000).describe('For a reference timeline: which of its facts supports this one.') })
  ])
  .meta({
    id: 'EvidenceBody',
    description:
      'The support for a fact: offsets with the exact text at them (checked), or the words alone (`quote`, located), or several spans of one source in order (`spans`), or for a reference timeline a `note`. Evidence from a news article must be its words.'
  })
export type EvidenceInput = z.infer<typeof EvidenceInput>

const evidence = z.array(EvidenceInput).min(1, 'every fact needs evidence').max(50)

export const RoundInput = z
  .strictObject({
    id: slug.optional().describe('Optional on create: made from the title when absent.'),
    title: text(300),
    sequence: z.number().int().min(1).max(1000).nullable().default(null),
    format: z.enum(roundFormats),
    location: z
      .strictObject({ city: z.string().max(200).nullable().default(null), region: z.string().max(200).nullable().default(null), country: z.string().max(200).nullable().default(null) })
      .nullable()
      .default(null),
    date: RoundDateInput,
    status: z.enum(roundStatuses),
    summary: text(5000),
    parties: z
      .array(z.strictObject({ id: z.string().min(1).max(100).describe('A party id or alias.'), role: z.enum(roundPartyRoles) }))
      .min(1)
      .max(20),
    evidence
  })
  .meta({ id: 'RoundBody', description: 'A round to create, or the whole of one after a merge patch.' })

export const ProposalInput = z
  .strictObject({
    id: slug.optional().describe('Optional on create: made from the party and title when absent.'),
    party: z.string().min(1).max(100).describe('A party id or alias.'),
    round: slug.nullable().default(null),
    type: z.enum(proposalTypes),
    category: issueId.describe('The issue it is on: a known issue id (`alliance`, `neutrality`, `leaders_meeting`…).'),
    title: text(300),
    text: text(5000).describe("The source's own words: must lie within an article evidence item, when there is one."),
    date: DateInput,
    evidence
  })
  .meta({ id: 'ProposalBody', description: 'A proposal, condition or demand to create, or the whole of one after a merge patch.' })

export const StatementInput = z
  .strictObject({
    id: slug.optional().describe('Optional on create: made from the actor and the first words when absent.'),
    actor: slug,
    party: z.string().min(1).max(100).nullable().default(null).describe('A party id or alias; null for independent voices.'),
    round: slug.nullable().default(null),
    relatedRounds: z
      .array(slug)
      .max(50)
      .default([])
      .describe('Other rounds or proposed events it concerns, where the source ties it to them too; each a known round (its own `round` is left out).'),
    issues: z.array(issueId).max(50).default([]).describe('The issues it speaks to; each a known issue id.'),
    mode: z.enum(statementModes),
    title: z
      .string()
      .trim()
      .min(1)
      .max(6000)
      .optional()
      .describe(
        'A one-line label: the speaker and the gist. Words in “curly quotes” must be words of `text`. Optional on create: made from the actor\'s name and the text (the quote, for a direct one).'
      ),
    text: text(5000).describe('The reported sentence, verbatim: must lie within an article evidence item, when there is one.'),
    quote: z.string().min(1).max(5000).nullable().default(null).describe('The words inside quotation marks in `text`; null for indirect speech.'),
    date: DateInput,
    evidence
  })
  .meta({ id: 'StatementBody', description: 'A statement to create, or the whole of one after a merge patch.' })

export const ActorInput = z
  .strictObject({
    id: slug.optional().describe('Optional on create: made from the name when absent.'),
    name: text(300),
    type: z.enum(actorTypes),
    party: z.string().min(1).max(100).nullable().default(null).describe('A party id or alias; null for none.'),
    aliases: z.array(text(300)).max(50).default([]),
    roles: z
      .array(z.strictObject({ title: text(300), organization: z.string().min(1).max(300).nullable().default(null), text: text(500) }))
      .max(50)
      .default([]),
    evidence
  })
  .meta({ id: 'ActorBody', description: 'An actor to create, or the whole of one after a merge patch.' })

export const SourceInput = z
  .strictObject({
    id: slug.optional().describe('Optional on create: made from the title when absent.'),
    kind: z.enum(sourceKinds),
    title: text(500),
    publisher: text(300),
    url: z.url().max(2000).nullable().default(null),
    published: DateInput,
    language: z.string().min(2).max(35),
    licence: text(2000),
    citation: text(2000),
    text: z.string().min(1).max(2_000_000).nullable().default(null).describe('For a news article, its body, verbatim: evidence offsets index into it. Null for a reference timeline.')
  })
  .refine((s) => (s.kind === 'news_article') === (s.text !== null), { message: 'a news article needs its text; a reference timeline stores none', path: ['text'] })
  .meta({ id: 'SourceBody', description: 'A source to create, or the whole of one after a merge patch.' })

export type RoundInput = z.infer<typeof RoundInput>
export type ProposalInput = z.infer<typeof ProposalInput>
export type StatementInput = z.infer<typeof StatementInput>
export type ActorInput = z.infer<typeof ActorInput>
export type SourceInput = z.infer<typeof SourceInput>

export const Change = z
  .object({
    seq: z.number().int().describe('Position in the log; pass the last one you saw as `since`.'),
    at: z.string().describe('When the write was accepted (ISO 8601, UTC).'),
    token: z.string().describe('The name of the token that made the write.'),
    operation: z.enum(['create', 'update', 'delete']),
    resource: z.object({ type: z.enum(changeTypes), id: z.string(), href: z.string() }),
    fields: z.array(z.string()).describe('The fields the write set.'),
    version: z.number().int().nullable().describe('The dataset version the write made (`/v1/versions`); null for writes logged before versions were kept.')
  })
  .meta({ id: 'Change', description: 'One accepted write.' })
export type Change = z.infer<typeof Change>
