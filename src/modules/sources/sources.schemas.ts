import { z } from 'zod'
import { sourceKinds } from '../../db/vocabulary.js'
import { pageParams } from '../../http/pagination.js'
import { DateRange } from '../../http/schemas.js'
import { dateColumns, type CsvColumns } from '../../http/csv.js'

const sourceExample = {
  id: 'lcil-negotiation-news',
  kind: 'reference_timeline',
  title: 'Negotiation news and positions of the sides',
  publisher: 'Lauterpacht Centre for International Law, University of Cambridge (Ukraine Peace Settlement Project)',
  url: 'https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides',
  published: {
    earliest: '2022-03-29',
    latest: null,
    kind: 'since',
    text: null,
    note: 'A timeline kept up to date by its authors; the latest fact used here is dated 2022-03-29, so it was published then or later.'
  },
  language: 'en',
  licence: 'Facts only: no text of this page is stored. Cite the Lauterpacht Centre for International Law as the source of the dated facts.',
  citation: 'Lauterpacht Centre for International Law, University of Cambridge, Ukraine Peace Settlement Project, "Negotiation news and positions of the sides", https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides',
  sha256: null,
  length: null
}

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
  .meta({ id: 'Source', description: 'A document facts were taken from.', examples: [sourceExample] })
export type Source = z.infer<typeof Source>

export const SourceDetail = Source.extend({
  text: z
    .string()
    .nullable()
    .describe('For an article, its body (headline and page furniture removed), verbatim: evidence offsets index into it. Null for reference timelines.')
}).meta({ id: 'SourceDetail', description: 'A source with its text.', examples: [{ ...sourceExample, text: null }] })
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
  { header: 'length', value: (s) => s.length, type: 'integer' }
]
