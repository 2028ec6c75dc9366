import { z } from 'zod'
import { bomParam, cursorParam, formatParam, limitParam } from '../../http/pagination.js'
import type { CsvColumns } from '../../http/csv.js'
import { listParam, noControlCharacters } from '../../http/filters.js'

export const searchTypes = ['round', 'proposal', 'statement', 'actor', 'source'] as const

export const SearchHit = z
  .object({
    type: z.enum(searchTypes).describe('What kind of record matched.'),
    id: z.string().describe('The record id.'),
    title: z.string().describe("The record's title: a round's or proposal's title, an actor's name, the speaker of a statement, a source's title."),
    snippet: z
      .string()
      .describe('The best-matching words in context, HTML-escaped, with each match wrapped in `<mark>…</mark>`; safe to insert as HTML.'),
    score: z.number().describe('Relevance (BM25; higher is better). Hits come best first.'),
    href: z.string().describe('Where the record is.')
  })
  .meta({
    id: 'SearchHit',
    description: 'One search result.',
    examples: [
      {
        type: 'proposal',
        id: 'ukraine-no-nato-membership',
        title: 'Ukraine will not join NATO',
        snippet: 'Ukraine will not join <mark>NATO</mark>',
        score: 13.722081,
        href: '/v1/proposals/ukraine-no-nato-membership'
      }
    ]
  })
export type SearchHit = z.infer<typeof SearchHit>

export const searchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .refine(noControlCharacters, 'control characters are not allowed')
    .describe(
      'What to look for: words (all must match), "quoted phrases", and word* for words starting so. Names of parties and actors also find their other names, in Latin or Cyrillic script (Kyiv/Kiev/Київ, Zelensky/Зеленский); names under three letters (the codes BY, UA) are never used to widen a search. At most 500 characters.'
    )
    .meta({ examples: ['nato'] }),
  type: listParam(searchTypes, 'Only these kinds of record: `round`, `proposal`, `statement`, `actor`, `source`; repeat the parameter or separate with commas.'),
  limit: limitParam,
  cursor: cursorParam,
  format: formatParam,
  bom: bomParam
})

export const searchCsv: CsvColumns<SearchHit> = [
  { header: 'type', value: (h) => h.type },
  { header: 'id', value: (h) => h.id },
  { header: 'title', value: (h) => h.title },
  { header: 'snippet', value: (h) => h.snippet },
  { header: 'score', value: (h) => h.score, type: 'number' },
  { header: 'href', value: (h) => h.href }
]
