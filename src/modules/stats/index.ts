import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { noQuery } from '../../http/params.js'
import { problemResponses } from '../../http/schemas.js'
import { createStatsRepository } from './stats.repository.js'
import { Stats } from './stats.schemas.js'

const stats: FastifyPluginAsyncZod = async (app) => {
  const repo = createStatsRepository(app.db)

  app.get(
    '',
    {
      schema: {
        tags: ['stats'],
        operationId: 'getStats',
        summary: 'Counts for dashboards',
        description: 'Rounds by status and format, proposals by party, type and category, statements by actor and mode, and the first and last dates the data covers.',
        querystring: noQuery,
        response: { 200: Stats, ...problemResponses }
      }
    },
    async () => repo.stats()
  )
}

export default stats
