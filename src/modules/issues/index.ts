import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { csvConfig } from '../../http/csv.js'
import { NotFoundError } from '../../http/errors.js'
import { requireKnown } from '../../http/filters.js'
import { decodeCursor, orderKey, sendPage } from '../../http/pagination.js'
import { idParams } from '../../http/params.js'
import { listOf, notFoundResponse, problemResponses } from '../../http/schemas.js'
import { createPartiesRepository } from '../parties/parties.repository.js'
import { createIssuesRepository } from './issues.repository.js'
import { Issue, issueCsv, issueQuery, issueRows, issuesQuery } from './issues.schemas.js'

const issues: FastifyPluginAsyncZod = async (app) => {
  const repo = createIssuesRepository(app.db)
  const parties = createPartiesRepository(app.db)

  app.get(
    '',
    {
      config: csvConfig(issueCsv, issueRows),
      schema: {
        tags: ['issues'],
        operationId: 'listIssues',
        summary: 'List issues with each party\'s positions',
        description:
          'The position matrix: each subject of the talks (NATO membership, neutrality, nuclear weapons, a leaders\' meeting…) with, per party, the proposals, conditions, demands and assessments it tabled and the statements its people made on it, oldest first, with evidence; independent voices (analysts) come last as `party: null`. Issues in their curated order. With `party`, only that party\'s positions, and only the issues it has one on (`page.total` counts those). CSV has one row per issue and party (an issue with no position at all: one row with an empty `party` and counts of 0), so a page of CSV may hold more rows than `limit`; `page.total` and `X-Total-Count` count issues.',
        querystring: issuesQuery,
        response: { 200: listOf(Issue, 'A page of issues, each with its positions.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { limit, cursor, party } = request.query
      const after = decodeCursor(cursor, 'order', orderKey)
      const partyId = requireKnown('party', party, parties.resolve)
      return sendPage(request, reply, 'order', limit, repo.list({ party: partyId }, limit, after))
    }
  )

  app.get(
    '/:id',
    {
      schema: {
        tags: ['issues'],
        operationId: 'getIssue',
        summary: 'Get one issue with each party\'s positions',
        description:
          'One subject of the talks with, per party, what it tabled and what its people said on it, oldest first, with evidence; independent voices last as `party: null`. With `party`, only that party\'s position (empty `positions` when it has none on this issue).',
        params: idParams('The issue id (snake_case, as a proposal\'s `category`).', 'leaders_meeting'),
        querystring: issueQuery,
        response: { 200: Issue, ...notFoundResponse, ...problemResponses }
      }
    },
    async (request) => {
      const partyId = requireKnown('party', request.query.party, parties.resolve)
      const issue = repo.get(request.params.id, { party: partyId })
      if (!issue) throw new NotFoundError(`No issue has the id "${request.params.id}".`)
      return issue
    }
  )
}

export default issues
