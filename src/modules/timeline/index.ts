import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { csvConfig } from '../../http/csv.js'
import { checkDateOrder, requireKnown } from '../../http/filters.js'
import { decodeCursor, sendPage, sortDay } from '../../http/pagination.js'
import { listOf, problemResponses } from '../../http/schemas.js'
import { createPartiesRepository } from '../parties/parties.repository.js'
import { createTimelineRepository } from './timeline.repository.js'
import { TimelineEvent, timelineCsv, timelineQuery } from './timeline.schemas.js'

const timelineKey = z.tuple([sortDay, z.number().int(), z.number().int()])

const timeline: FastifyPluginAsyncZod = async (app) => {
  const repo = createTimelineRepository(app.db)
  const parties = createPartiesRepository(app.db)

  app.get(
    '',
    {
      config: csvConfig(timelineCsv),
      schema: {
        tags: ['timeline'],
        operationId: 'listTimeline',
        summary: 'One chronological feed of events',
        description:
          'Rounds, proposals tabled, statements and source publications in one feed for dashboards, ordered by the earliest day each may fall on (then rounds, proposals, statements, publications, then the order they were added). An event matches `from`/`to` when its date range overlaps them. Each event links to its record.',
        querystring: timelineQuery,
        response: { 200: listOf(TimelineEvent, 'A page of events, oldest first.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { from, to, type, party, limit, cursor } = request.query
      checkDateOrder(from, to)
      const partyId = requireKnown('party', party, parties.resolve)
      const sort = `timeline:${[...(type ?? [])].sort().join(',')}`
      const after = decodeCursor(cursor, sort, timelineKey)
      return sendPage(request, reply, sort, limit, repo.list({ from, to, types: type, party: partyId }, limit, after))
    }
  )
}

export default timeline
