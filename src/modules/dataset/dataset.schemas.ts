import { z } from 'zod'
import { sourceKinds } from '../../db/vocabulary.js'

export const collections = ['rounds', 'proposals', 'parties', 'actors', 'statements', 'sources'] as const
const extraLinks = ['timeline', 'search', 'stats', 'openapi', 'docs'] as const

export const Dataset = z
  .object({
    name: z.string(),
    description: z.string(),
    version: z.number().int().describe('Changes with every write to the store: compare it to know whether anything changed.'),
    sources: z
      .array(
        z.object({
          id: z.string(),
          kind: z.enum(sourceKinds),
          title: z.string(),
          publisher: z.string(),
          url: z.string().nullable(),
          licence: z.string(),
          citation: z.string(),
          href: z.string()
        })
      )
      .describe('Every source, with its licence and how to cite it.'),
    counts: z.object(Object.fromEntries([...collections, 'evidence'].map((c) => [c, z.number().int()])) as Record<(typeof collections)[number] | 'evidence', z.ZodNumber>),
    links: z.object(Object.fromEntries([...collections, ...extraLinks].map((c) => [c, z.string()])) as Record<(typeof collections)[number] | (typeof extraLinks)[number], z.ZodString>)
  })
  .meta({ id: 'Dataset', description: 'What the store holds, where it comes from and where to find it.' })
export type Dataset = z.infer<typeof Dataset>
