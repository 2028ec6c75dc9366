import { z } from 'zod'
import { sourceKinds } from '../../db/vocabulary.js'
import { pageParams } from '../../http/pagination.js'
import { DateRange } from '../../http/schemas.js'
import { dateColumns, type CsvColumns } from '../../http/csv.js'

export const Source = z
  .object({
    id: z.string(),
    kind: z.enum(sourceKinds).describe('`news_article`: its text is stored and quoted; `reference_timeline`: only its dated facts are used.'),
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable().describe('Where the source was read.'),
    published: DateRange.describe('When it was published; a range where the source carries no date, with the reasoning in `note`.'),
    language: z.string().describe('BCP 47 language tag.'),
    licence: z.string().describe('Under what terms its text or facts are used here.'),
    citation: z.string().describe('How to cite it.'),
    sha256: z.string().nullable().describe('SHA-256 (hex) of the UTF-8 `text`; null when no text is stored.'),
    length: z.number().int().nullable().describe('Length of `text` in JavaScript string units, the unit of evidence offsets; null when no text is stored.')
  })
  .meta({ id: 'Source', description: 'A document facts were taken from.' })
export type Source = z.infer<typeof Source>

export const SourceDetail = Source.extend({
  text: z
    .string()
    .nullable()
    .describe('For an article, its body (headline and page furniture removed), verbatim: evidence offsets index into it. Null for reference timelines.')
}).meta({ id: 'SourceDetail', description: 'A source with its text.' })
export type SourceDetail = z.infer<typeof SourceDetail>

export const sourcesQuery = z.strictObject(pageParams)

export const sourceCsv: CsvColumns<Source> = [
  { header: 'id', value: (s) => s.id },
  { header: 'kind', value: (s) => s.kind },
  { header: 'title', value: (s) => s.title },
  { header: 'publisher', value: (s) => s.publisher },
  { header: 'url', value: (s) => s.url },
  ...dateColumns<Source>((s) => s.published, 'published'),
  { header: 'language', value: (s) => s.language },
  { header: 'licence', value: (s) => s.licence },
  { header: 'citation', value: (s) => s.citation },
  { header: 'sha256', value: (s) => s.sha256 },
  { header: 'length', value: (s) => s.length }
]
