import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { Change } from '../../curation/curation.schemas.js'
import { csvConfig } from '../../http/csv.js'
import { decodeCursor, orderKey, pageParams, sendPage } from '../../http/pagination.js'
import { listOf, problemResponses } from '../../http/schemas.js'
import { createChangesRepository } from './changes.repository.js'
import { changeCsv } from './changes.schemas.js'

/** GET /v1/changes: the append-only log of accepted writes, for dashboards to poll. */
const changesFeed: FastifyPluginAsyncZod = async (app) => {
  const repo = createChangesRepository(app.db)
  app.get(
    '',
    {
      config: csvConfig(changeCsv),
      schema: {
        tags: ['changes'],
        operationId: 'listChanges',
        summary: 'What changed',
        description:
          'Every accepted write, oldest first: when, by which token, what operation on which record, and which fields. Poll with `since` set to the last `seq` you saw; the dataset `version` of `/v1` also changes with every write.',
        querystring: z.strictObject({
          since: z.coerce.number().int().min(0).default(0).describe('Only changes after this sequence number.').meta({ examples: [0] }),
          ...pageParams
        }),
        response: { 200: listOf(Change, 'A page of changes, oldest first.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { since, limit, cursor } = request.query
      return sendPage(request, reply, 'seq', limit, repo.list(since, limit, decodeCursor(cursor, 'seq', orderKey)))
    }
  )
}

export default changesFeed
