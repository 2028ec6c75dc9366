import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { csvConfig } from '../../http/csv.js'
import { registerWrites } from '../../curation/write-routes.js'
import { NotFoundError } from '../../http/errors.js'
import { checkDateOrder, requireKnown } from '../../http/filters.js'
import { dateKey, decodeCursor, sendPage } from '../../http/pagination.js'
import { idParams, noQuery } from '../../http/params.js'
import { listOf, notFoundResponse, problemResponses } from '../../http/schemas.js'
import { createPartiesRepository } from '../parties/parties.repository.js'
import { createProposalsRepository } from '../proposals/proposals.repository.js'
import { createStatementsRepository } from '../statements/statements.repository.js'
import { createRoundsRepository } from './rounds.repository.js'
import { roundCsv } from './rounds.csv.js'
import { Round, RoundDetail, roundsQuery } from './rounds.schemas.js'
import { roundWriter } from './rounds.writes.js'

const rounds: FastifyPluginAsyncZod = async (app) => {
  const repo = createRoundsRepository(app.db)
  const parties = createPartiesRepository(app.db)
  const proposals = createProposalsRepository(app.db)
  const statements = createStatementsRepository(app.db)
  const detail = (id: string) => {
    const round = repo.get(id)
    return round && { ...round, proposals: proposals.ofRound(round.id), statements: statements.ofRound(round.id) }
  }

  app.get(
    '',
    {
      config: csvConfig(roundCsv),
      schema: {
        tags: ['rounds'],
        operationId: 'listRounds',
        summary: 'List rounds of talks',
        description:
          'Every session of talks, held, ongoing or proposed, oldest first by default. A round matches `from`/`to` when its date range overlaps them.',
        querystring: roundsQuery,
        response: { 200: listOf(Round, 'A page of rounds.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { limit, cursor, sort, party, format, ...filters } = request.query
      checkDateOrder(filters.from, filters.to)
      const roundFormat = format === 'csv' || format === 'json' ? undefined : format
      const after = decodeCursor(cursor, sort, dateKey)
      const partyId = requireKnown('party', party, parties.resolve)
      return sendPage(request, reply, sort, limit, repo.list({ ...filters, format: roundFormat, party: partyId }, sort, limit, after))
    }
  )

  app.get(
    '/:id',
    {
      schema: {
        tags: ['rounds'],
        operationId: 'getRound',
        summary: 'Get one round',
        description: 'One round, with the proposals tabled at it and the statements about it embedded.',
        params: idParams('The round id.', 'istanbul-2022-03-29'),
        querystring: noQuery,
        response: { 200: RoundDetail, ...notFoundResponse, ...problemResponses }
      }
    },
    async (request) => {
      const round = detail(request.params.id)
      if (!round) throw new NotFoundError(`No round has the id "${request.params.id}".`)
      return round
    }
  )

  registerWrites(app, roundWriter, { get: detail, output: RoundDetail, tag: 'rounds', exampleId: 'online-2022-04-01' })
}

export default rounds
