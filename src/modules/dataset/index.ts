import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { originOf, type CitingOptions } from '../../http/origin.js'
import { noQuery } from '../../http/params.js'
import { problemResponses } from '../../http/schemas.js'
import { createDatasetRepository } from './dataset.repository.js'
import { citation, codeLicence, dataLicence, datasetDescription, datasetTitle, quotedTextTerms } from '../../licences.js'
import { Dataset, datasetLinks } from './dataset.schemas.js'

const dataset: FastifyPluginAsyncZod<CitingOptions> = async (app, options) => {
  const repo = createDatasetRepository(app.db)

  app.get(
    '',
    {
      schema: {
        tags: ['dataset'],
        operationId: 'getDataset',
        summary: 'Describe the dataset',
        description: 'The dataset\'s version (it changes with every write) and how to cite it, the licences of the data and the code and the terms on which sources are quoted, the sources with their own licence and citation, counts, and links to every collection, the versions and the whole-dataset export.',
        querystring: noQuery,
        response: { 200: Dataset, ...problemResponses }
      }
    },
    async (request) => {
      const version = repo.version()
      const versionAt = repo.versionAt(version)
      return {
        name: datasetTitle,
        description: datasetDescription,
        version,
        versionAt,
        licence: { data: dataLicence, code: codeLicence, quotedText: quotedTextTerms },
        citation: citation(version, versionAt, originOf(request, options)),
        sources: repo.sources().map((s) => ({ ...s, href: `/v1/sources/${s.id}` })),
        counts: repo.counts(),
        links: datasetLinks
      }
    }
  )
}

export default dataset
