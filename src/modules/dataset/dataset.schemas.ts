import { z } from 'zod'
import { sourceKinds } from '../../db/vocabulary.js'
import { codeLicence, dataLicence, quotedTextTerms } from '../../licences.js'

const Licence = z.object({ identifier: z.string().describe('SPDX identifier.'), name: z.string(), url: z.string() })

export const Licences = z
  .object({
    data: Licence.describe('The dataset: the annotations (rounds, proposals, issues, who said what, the offsets).'),
    code: Licence.describe('The service\'s code.'),
    quotedText: z.string().describe('The terms on which sources\' words are held and quoted: their copyright stays with their publishers.')
  })
  .meta({ id: 'Licences', description: 'What may be reused, and on what terms.' })

export const collections = ['rounds', 'proposals', 'parties', 'actors', 'statements', 'sources', 'issues'] as const
const extraLinks = ['timeline', 'search', 'stats', 'changes', 'versions', 'export', 'openapi', 'docs'] as const

/** Where each collection and service is: the same at every version. */
export const datasetLinks = {
  ...(Object.fromEntries(collections.map((c) => [c, `/v1/${c}`])) as Record<(typeof collections)[number], string>),
  timeline: '/v1/timeline',
  search: '/v1/search{?q}',
  stats: '/v1/stats',
  changes: '/v1/changes',
  versions: '/v1/versions',
  export: '/v1/export',
  openapi: '/openapi.json',
  docs: '/docs'
} satisfies Record<(typeof collections)[number] | (typeof extraLinks)[number], string>

const datasetExample = {
  name: 'Negotiation timeline: 2022 Russia–Ukraine peace talks',
  description: 'Rounds of talks, the proposals each side tabled, the people and organizations involved and what they said, each fact traceable to the exact words of its source.',
  version: 1,
  versionAt: '2026-12-02T02:30:00.000Z',
  licence: { data: dataLicence, code: codeLicence, quotedText: quotedTextTerms },
  citation:
    'The negotiation-timeline maintainers, "Negotiation timeline: 2022 Russia–Ukraine peace talks", dataset version 1 (2026-12-02), CC-BY-4.0, http://localhost:3000/v1/export?version=1',
  sources: [
    {
      id: 'xinhua-2022-04-ease-tensions',
      kind: 'news_article',
      title: 'Russia, Ukraine continue efforts to ease tensions, defend interests',
      publisher: 'Xinhua',
      url: 'https://www.ghanaiantimes.com.gh/russia-ukraine-continue-efforts-to-ease-tensions-defend-interests/',
      licence: "© Xinhua News Agency. Stored and quoted here for reference and research; the text is not covered by this project's licence.",
      citation: 'Xinhua, "Russia, Ukraine continue efforts to ease tensions, defend interests", April 2022 (between 4 and 7 April), republished by the Ghanaian Times, https://www.ghanaiantimes.com.gh/russia-ukraine-continue-efforts-to-ease-tensions-defend-interests/',
      href: '/v1/sources/xinhua-2022-04-ease-tensions'
    },
    {
      id: 'lcil-negotiation-news',
      kind: 'reference_timeline',
      title: 'Negotiation news and positions of the sides',
      publisher: 'Lauterpacht Centre for International Law, University of Cambridge (Ukraine Peace Settlement Project)',
      url: 'https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides',
      licence: 'Facts only: no text of this page is stored. Cite the Lauterpacht Centre for International Law as the source of the dated facts.',
      citation: 'Lauterpacht Centre for International Law, University of Cambridge, Ukraine Peace Settlement Project, "Negotiation news and positions of the sides", https://www.lcil.cam.ac.uk/researchcollaborative-projects-housed-lcilukraine-peace-settlement-project/negotiation-news-positions-sides',
      href: '/v1/sources/lcil-negotiation-news'
    }
  ],
  counts: {
    rounds: 9,
    proposals: 7,
    parties: 4,
    actors: 11,
    statements: 12,
    sources: 2,
    issues: 6,
    evidence: 48
  },
  links: datasetLinks
}

export const Dataset = z
  .object({
    name: z.string(),
    description: z.string(),
    version: z.number().int().describe('Changes with every write to the store: compare it to know whether anything changed. Every version can be fetched again from `/v1/export?version=N`.'),
    versionAt: z.string().describe('When this version was made (ISO 8601, UTC).'),
    licence: Licences,
    citation: z.string().describe('How to cite the dataset at this version: who, what, version, date, licence, and where to fetch this very version again.'),
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
  .meta({ id: 'Dataset', description: 'What the store holds, where it comes from and where to find it.', examples: [datasetExample] })
export type Dataset = z.infer<typeof Dataset>
