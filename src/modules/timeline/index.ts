import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { csvConfig } from '../../http/csv.js'
import { checkDateOrder, requireKnown } from '../../http/filters.js'
import { decodeCursor, sendPage, sortDay } from '../../http/pagination.js'
import { listOf, problemResponses } from '../../http/schemas.js'
import { createPartiesRepository } from '../parties/parties.repository.js'
import { createTimelineRepository } from './timeline.repository.js'
import { timelineCsv } from './timeline.csv.js'
import { TimelineEvent, timelineQuery } from './timeline.schemas.js'

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
          'Rounds, proposals tabled, statements and source publications in one feed for dashboards. Each event is placed on one day: the first day of its date range, except a `within` range (one day the sources do not give), which is placed on its last day and reads "by <latest>". The feed is ordered by that day, then rounds, proposals, statements, publications, then the order they were added. An `unscheduled` event (a proposed meeting with no day: `date.kind` `unscheduled`, `earliest` and `latest` null) comes after every dated event; it is never placed on a day, so it matches no `from`/`to` window. A dated event matches `from`/`to` when its date range overlaps them. Each event links to its record.',
        querystring: timelineQuery,
        response: { 200: listOf(TimelineEvent, 'A page of events, oldest first, unscheduled events last.'), ...problemResponses }
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
