import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { noQuery } from '../../http/params.js'
import { problemResponses } from '../../http/schemas.js'
import { createDatasetRepository } from './dataset.repository.js'
import { collections, Dataset } from './dataset.schemas.js'

const dataset: FastifyPluginAsyncZod = async (app) => {
  const repo = createDatasetRepository(app.db)

  app.get(
    '',
    {
      schema: {
        tags: ['dataset'],
        operationId: 'getDataset',
        summary: 'Describe the dataset',
        description: 'The dataset\'s version (it changes with every write), its sources with licence and citation, counts, and links to every collection.',
        querystring: noQuery,
        response: { 200: Dataset, ...problemResponses }
      }
    },
    async () => ({
      name: 'Negotiation timeline: 2022 Russia–Ukraine peace talks',
      description:
        'Rounds of talks, the proposals each side tabled, the people and organizations involved and what they said, each fact traceable to the exact words of its source.',
      version: repo.version(),
      sources: repo.sources().map((s) => ({ ...s, href: `/v1/sources/${s.id}` })),
      counts: repo.counts(),
      links: {
        ...Object.fromEntries(collections.map((c) => [c, `/v1/${c}`])),
        timeline: '/v1/timeline',
        search: '/v1/search{?q}',
        stats: '/v1/stats',
        changes: '/v1/changes',
        openapi: '/openapi.json',
        docs: '/docs'
      } as Dataset['links']
    })
  )
}

export default dataset
