import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { csvConfig } from '../../http/csv.js'
import { registerWrites } from '../../curation/write-routes.js'
import { NotFoundError } from '../../http/errors.js'
import { existing, requireKnown } from '../../http/filters.js'
import { dateKey, decodeCursor, orderKey, sendPage } from '../../http/pagination.js'
import { idParams, noQuery } from '../../http/params.js'
import { listOf, notFoundResponse, problemResponses } from '../../http/schemas.js'
import { createPartiesRepository } from '../parties/parties.repository.js'
import { createRoundsRepository } from '../rounds/rounds.repository.js'
import { createStatementsRepository } from '../statements/statements.repository.js'
import { statementCsv } from '../statements/statements.csv.js'
import { actorStatementsQuery, Statement } from '../statements/statements.schemas.js'
import { createActorsRepository } from './actors.repository.js'
import { Actor, actorCsv, actorsQuery } from './actors.schemas.js'
import { actorWriter } from './actors.writes.js'

const actors: FastifyPluginAsyncZod = async (app) => {
  const repo = createActorsRepository(app.db)
  const parties = createPartiesRepository(app.db)
  const rounds = createRoundsRepository(app.db)
  const statements = createStatementsRepository(app.db)
  const params = idParams('The actor id.', 'vladimir-medinsky')

  app.get(
    '',
    {
      config: csvConfig(actorCsv),
      schema: {
        tags: ['actors'],
        operationId: 'listActors',
        summary: 'List actors',
        description: 'The people and organizations the sources name, in the order they appear. `quoted=true` keeps those with at least one statement.',
        querystring: actorsQuery,
        response: { 200: listOf(Actor, 'A page of actors.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { limit, cursor, party, ...filters } = request.query
      const after = decodeCursor(cursor, 'order', orderKey)
      const partyId = requireKnown('party', party, parties.resolve)
      return sendPage(request, reply, 'order', limit, repo.list({ ...filters, party: partyId }, limit, after))
    }
  )

  app.get(
    '/:id',
    {
      schema: {
        tags: ['actors'],
        operationId: 'getActor',
        summary: 'Get one actor',
        description: 'One person or organization, with roles as the source gives them.',
        params,
        querystring: noQuery,
        response: { 200: Actor, ...notFoundResponse, ...problemResponses }
      }
    },
    async (request) => {
      const id = repo.resolve(request.params.id)
      const actor = id === undefined ? undefined : repo.get(id)
      if (!actor) throw new NotFoundError(`No actor has the id, name or alias "${request.params.id}".`)
      return actor
    }
  )

  app.get(
    '/:id/statements',
    {
      config: csvConfig(statementCsv),
      schema: {
        tags: ['actors', 'statements'],
        operationId: 'listActorStatements',
        summary: 'List what one actor said',
        description: 'The statements attributed to one actor, oldest first.',
        params,
        querystring: actorStatementsQuery,
        response: { 200: listOf(Statement, "A page of the actor's statements."), ...notFoundResponse, ...problemResponses }
      }
    },
    async (request, reply) => {
      const actor = repo.resolve(request.params.id)
      if (actor === undefined) throw new NotFoundError(`No actor has the id, name or alias "${request.params.id}".`)
      const { limit, cursor, round, mode } = request.query
      const after = decodeCursor(cursor, 'date', dateKey)
      const roundId = requireKnown('round', round, existing(rounds.exists))
      return sendPage(request, reply, 'date', limit, statements.list({ actor, round: roundId, mode }, limit, after))
    }
  )

  registerWrites(app, actorWriter, { get: repo.get, output: Actor, tag: 'actors', exampleId: 'nato' })
}

export default actors
