import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { csvConfig } from '../../http/csv.js'
import { answersCsv, sendCsv } from '../../http/csv-reply.js'
import { problemResponses } from '../../http/schemas.js'
import { createStatsRepository } from './stats.repository.js'
import { Stats, statsCsv, statsQuery, statsRows } from './stats.schemas.js'

const stats: FastifyPluginAsyncZod = async (app) => {
  const repo = createStatsRepository(app.db)

  app.get(
    '',
    {
      config: csvConfig(statsCsv, statsRows),
      schema: {
        tags: ['stats'],
        operationId: 'getStats',
        summary: 'Counts for dashboards',
        description: [
          'Rounds by status and format, proposals by party, type and category, statements by actor and mode, and the first and last dates the data covers.',
          '',
          'As CSV (`Accept: text/csv` or `?format=csv`), every count is a tidy row `dimension,key,count`: first the totals (`total,rounds,9`, `total,proposals,…`, `total,statements,…`),',
          'then each breakdown in the order of the JSON, named `<resource>_by_<field>`: `rounds_by_status`, `rounds_by_format`, `proposals_by_party`, `proposals_by_type`,',
          '`proposals_by_category`, `statements_by_actor`, `statements_by_mode`, with the status, format, party id, type, issue id, actor id or mode as `key`',
          "(`proposals_by_party,ukraine,5`). A breakdown's counts sum to its resource's total. The dataset version is in the file name; the dates are in the JSON only."
        ].join('\n'),
        querystring: statsQuery,
        response: { 200: Stats, ...problemResponses }
      }
    },
    async (request, reply) => {
      const stats = repo.stats()
      return answersCsv(request) ? sendCsv(request, reply, [stats]) : stats
    }
  )
}

export default stats
