// The shape of seed/annotations.json. Validation here is about shape; the seeder checks
// the facts (evidence found in its source, references resolve).
import { z } from 'zod'
import {
  actorTypes,
  dateKinds,
  partyRoles,
  proposalTypes,
  roundFormats,
  roundPartyRoles,
  roundStatuses,
  statementModes
} from '../src/db/vocabulary.js'

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug: letters, digits and single hyphens')

const snakeId = z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'a snake_case id')

const dateFields = {
  latest: z.iso.date().nullable(),
  kind: z.enum(dateKinds).optional(),
  text: z.string().min(1).nullable(),
  note: z.string().min(1).nullable()
}
const inOrder = (d: { earliest: string | null; latest: string | null }) => d.latest === null || d.earliest === null || d.latest >= d.earliest
const order = { message: 'latest is before earliest' }

/** `kind` may be left out where the bounds say it (kindOf in src/db/columns.ts). A round may have no day. */
export const annotatedDate = z.strictObject({ earliest: z.iso.date().nullable(), ...dateFields }).refine(inOrder, order)
/** What was said, tabled or published has a day, if only a range. */
const datedOnADay = z.strictObject({ earliest: z.iso.date(), ...dateFields }).refine(inOrder, order)

const quoted = z.strictObject({ quote: z.string().min(1), occurrence: z.number().int().min(1).optional() })

export const annotatedEvidence = z.union([
  quoted.extend({ source: slug }),
  z.strictObject({ source: slug, spans: z.array(quoted).min(2, 'one span is a quote') }),
  z.strictObject({ source: slug, note: z.string().min(1) })
])

const evidenceList = z.array(annotatedEvidence).min(1, 'every fact needs evidence')

const sourceCommon = {
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().nullable(),
  language: z.string().min(2),
  published: datedOnADay,
  licence: z.string().min(1),
  citation: z.string().min(1)
}

export const annotatedSource = z.discriminatedUnion('kind', [
  z.strictObject({
    ...sourceCommon,
    kind: z.literal('news_article'),
    /** The raw capture, relative to seed/. */
    file: z.string().min(1),
    headline: z.string().min(1),
    furniture: z.array(z.string().min(1))
  }),
  z.strictObject({ ...sourceCommon, kind: z.literal('reference_timeline') })
])

export const annotations = z.strictObject({
  $comment: z.string().optional(),
  sources: z.array(annotatedSource).min(1),
  issues: z.array(z.strictObject({ id: snakeId, label: z.string().min(1), description: z.string().min(1) })),
  parties: z.array(
    z.strictObject({
      id: slug,
      name: z.string().min(1),
      role: z.enum(partyRoles),
      aliases: z.array(z.string().min(1))
    })
  ),
  actors: z.array(
    z.strictObject({
      id: slug,
      name: z.string().min(1),
      type: z.enum(actorTypes),
      party: slug.nullable(),
      aliases: z.array(z.string().min(1)),
      roles: z.array(
        z.strictObject({ title: z.string().min(1), organization: z.string().min(1).nullable(), text: z.string().min(1) })
      ),
      evidence: evidenceList
    })
  ),
  rounds: z.array(
    z.strictObject({
      id: slug,
      title: z.string().min(1),
      sequence: z.number().int().min(1).nullable(),
      format: z.enum(roundFormats),
      location: z
        .strictObject({ city: z.string().nullable(), region: z.string().nullable(), country: z.string().nullable() })
        .nullable(),
      date: annotatedDate,
      status: z.enum(roundStatuses),
      summary: z.string().min(1),
      parties: z.array(z.strictObject({ party: slug, role: z.enum(roundPartyRoles) })).min(1),
      evidence: evidenceList
    })
  ),
  proposals: z.array(
    z.strictObject({
      id: slug,
      party: slug,
      round: slug.nullable(),
      type: z.enum(proposalTypes),
      /** The issue it is on. */
      category: snakeId,
      title: z.string().min(1),
      text: z.string().min(1),
      date: datedOnADay,
      evidence: evidenceList,
      /** Other proposals of its party and round it shares words with: the words, and why that is right. */
      overlaps: z.array(z.strictObject({ proposal: slug, words: z.string().min(1), why: z.string().min(1) })).optional()
    })
  ),
  statements: z.array(
    z.strictObject({
      id: slug,
      actor: slug,
      party: slug.nullable(),
      round: slug.nullable(),
      /** Rounds or events it also concerns, where the source ties it to them. */
      relatedRounds: z.array(slug).optional(),
      issues: z.array(snakeId).optional(),
      mode: z.enum(statementModes),
      title: z.string().min(1),
      text: z.string().min(1),
      quote: z.string().min(1).nullable(),
      date: datedOnADay,
      evidence: evidenceList
    })
  )
})

export type Annotations = z.infer<typeof annotations>
export type AnnotatedEvidence = z.infer<typeof annotatedEvidence>
