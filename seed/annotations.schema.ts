// The shape of seed/annotations.json. Validation here is about shape; the seeder checks
// the facts (evidence found in its source, references resolve).
import { z } from 'zod'
import {
  actorTypes,
  partyRoles,
  proposalTypes,
  roundFormats,
  roundPartyRoles,
  roundStatuses,
  statementModes
} from '../src/db/vocabulary.js'

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug: letters, digits and single hyphens')

export const annotatedDate = z
  .strictObject({
    earliest: z.iso.date(),
    latest: z.iso.date().nullable(),
    text: z.string().min(1).nullable(),
    note: z.string().min(1).nullable()
  })
  .refine((d) => d.latest === null || d.latest >= d.earliest, { message: 'latest is before earliest' })

export const annotatedEvidence = z.union([
  z.strictObject({
    source: slug,
    quote: z.string().min(1),
    occurrence: z.number().int().min(1).optional()
  }),
  z.strictObject({ source: slug, note: z.string().min(1) })
])

const evidenceList = z.array(annotatedEvidence).min(1, 'every fact needs evidence')

const sourceCommon = {
  id: slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().nullable(),
  language: z.string().min(2),
  published: annotatedDate,
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
      category: z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'a snake_case category'),
      title: z.string().min(1),
      text: z.string().min(1),
      date: annotatedDate,
      evidence: evidenceList
    })
  ),
  statements: z.array(
    z.strictObject({
      id: slug,
      actor: slug,
      party: slug.nullable(),
      round: slug.nullable(),
      mode: z.enum(statementModes),
      text: z.string().min(1),
      quote: z.string().min(1).nullable(),
      date: annotatedDate,
      evidence: evidenceList
    })
  )
})

export type Annotations = z.infer<typeof annotations>
export type AnnotatedEvidence = z.infer<typeof annotatedEvidence>
