import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { csvConfig } from '../../http/csv.js'
import { registerWrites } from '../../curation/write-routes.js'
import { NotFoundError } from '../../http/errors.js'
import { checkDateOrder, existing, requireKnown } from '../../http/filters.js'
import { dateKey, decodeCursor, sendPage } from '../../http/pagination.js'
import { idParams, noQuery } from '../../http/params.js'
import { listOf, notFoundResponse, problemResponses } from '../../http/schemas.js'
import { createActorsRepository } from '../actors/actors.repository.js'
import { createIssuesRepository } from '../issues/issues.repository.js'
import { createPartiesRepository } from '../parties/parties.repository.js'
import { createRoundsRepository } from '../rounds/rounds.repository.js'
import { createStatementsRepository } from './statements.repository.js'
import { statementCsv } from './statements.csv.js'
import { Statement, statementsQuery } from './statements.schemas.js'
import { statementWriter } from './statements.writes.js'

const statements: FastifyPluginAsyncZod = async (app) => {
  const repo = createStatementsRepository(app.db)
  const parties = createPartiesRepository(app.db)
  const rounds = createRoundsRepository(app.db)
  const actors = createActorsRepository(app.db)
  const issues = createIssuesRepository(app.db)

  app.get(
    '',
    {
      config: csvConfig(statementCsv),
      schema: {
        tags: ['statements'],
        operationId: 'listStatements',
        summary: 'List statements',
        description:
          'What actors said, as reported, oldest first: direct quotations, reported speech with quoted words, and paraphrase. A statement matches `from`/`to` when its date range overlaps them.',
        querystring: statementsQuery,
        response: { 200: listOf(Statement, 'A page of statements.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { limit, cursor, party, round, actor, issue, ...filters } = request.query
      checkDateOrder(filters.from, filters.to)
      const after = decodeCursor(cursor, 'date', dateKey)
      const partyId = requireKnown('party', party, parties.resolve)
      const roundId = requireKnown('round', round, existing(rounds.exists))
      const actorId = requireKnown('actor', actor, actors.resolve)
      const issueId = requireKnown('issue', issue, existing(issues.exists))
      return sendPage(request, reply, 'date', limit, repo.list({ ...filters, party: partyId, round: roundId, actor: actorId, issue: issueId }, limit, after))
    }
  )

  app.get(
    '/:id',
    {
      schema: {
        tags: ['statements'],
        operationId: 'getStatement',
        summary: 'Get one statement',
        description: 'One statement, with the quoted words and the evidence.',
        params: idParams('The statement id.', 'timofeev-theoretical-possibility'),
        querystring: noQuery,
        response: { 200: Statement, ...notFoundResponse, ...problemResponses }
      }
    },
    async (request) => {
      const statement = repo.get(request.params.id)
      if (!statement) throw new NotFoundError(`No statement has the id "${request.params.id}".`)
      return statement
    }
  )

  registerWrites(app, statementWriter, { get: repo.get, output: Statement, tag: 'statements', exampleId: 'zelensky-positive-signals' })
}

export default statements
