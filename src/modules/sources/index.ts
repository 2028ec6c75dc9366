import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { csvConfig } from '../../http/csv.js'
import { registerWrites } from '../../curation/write-routes.js'
import { NotFoundError } from '../../http/errors.js'
import { decodeCursor, orderKey, sendPage } from '../../http/pagination.js'
import { idParams, noQuery } from '../../http/params.js'
import { listOf, notFoundResponse, problemResponses } from '../../http/schemas.js'
import { createSourcesRepository } from './sources.repository.js'
import { Source, sourceCsv, SourceDetail, sourcesQuery } from './sources.schemas.js'
import { sourceWriter } from './sources.writes.js'

const sources: FastifyPluginAsyncZod = async (app) => {
  const repo = createSourcesRepository(app.db)

  app.get(
    '',
    {
      config: csvConfig(sourceCsv),
      schema: {
        tags: ['sources'],
        operationId: 'listSources',
        summary: 'List sources',
        description: 'The documents facts were taken from, with licence and citation. The text of each is at `/v1/sources/{id}`.',
        querystring: sourcesQuery,
        response: { 200: listOf(Source, 'A page of sources.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { limit, cursor } = request.query
      return sendPage(request, reply, 'order', limit, repo.list(limit, decodeCursor(cursor, 'order', orderKey)))
    }
  )

  app.get(
    '/:id',
    {
      schema: {
        tags: ['sources'],
        operationId: 'getSource',
        summary: 'Get one source, with its text',
        description: 'One source. For an article, `text` is the body that every evidence offset indexes into, and `sha256` its hash.',
        params: idParams('The source id.', 'xinhua-2022-04-ease-tensions'),
        querystring: noQuery,
        response: { 200: SourceDetail, ...notFoundResponse, ...problemResponses }
      }
    },
    async (request) => {
      const source = repo.get(request.params.id)
      if (!source) throw new NotFoundError(`No source has the id "${request.params.id}".`)
      return source
    }
  )

  registerWrites(app, sourceWriter, { get: repo.get, output: SourceDetail, tag: 'sources', exampleId: 'lcil-negotiation-news' })
}

export default sources
