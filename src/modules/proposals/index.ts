import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { csvConfig } from '../../http/csv.js'
import { registerWrites } from '../../curation/write-routes.js'
import { NotFoundError } from '../../http/errors.js'
import { requireKnown } from '../../http/filters.js'
import { dateKey, decodeCursor, sendPage } from '../../http/pagination.js'
import { idParams, noQuery } from '../../http/params.js'
import { listOf, notFoundResponse, problemResponses } from '../../http/schemas.js'
import { createPartiesRepository } from '../parties/parties.repository.js'
import { proposalReferences } from './proposals.filters.js'
import { createProposalsRepository } from './proposals.repository.js'
import { proposalCsv } from './proposals.csv.js'
import { Proposal, proposalsQuery } from './proposals.schemas.js'
import { proposalWriter } from './proposals.writes.js'

const proposals: FastifyPluginAsyncZod = async (app) => {
  const repo = createProposalsRepository(app.db)
  const parties = createPartiesRepository(app.db)
  const references = proposalReferences(app.db)

  app.get(
    '',
    {
      config: csvConfig(proposalCsv),
      schema: {
        tags: ['proposals'],
        operationId: 'listProposals',
        summary: 'List proposals, conditions, demands and assessments',
        description: "Every position a party tabled, in the source's own words, oldest first. A proposal matches `from`/`to` when its date range overlaps them.",
        querystring: proposalsQuery,
        response: { 200: listOf(Proposal, 'A page of proposals.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { limit, cursor, party, ...filters } = request.query
      const after = decodeCursor(cursor, 'date', dateKey)
      const partyId = requireKnown('party', party, parties.resolve)
      return sendPage(request, reply, 'date', limit, repo.list({ ...filters, ...references(filters), party: partyId }, limit, after))
    }
  )

  app.get(
    '/:id',
    {
      schema: {
        tags: ['proposals'],
        operationId: 'getProposal',
        summary: 'Get one proposal',
        description: 'One proposal, condition or demand, with its evidence.',
        params: idParams('The proposal id.', 'ukraine-no-nato-membership'),
        querystring: noQuery,
        response: { 200: Proposal, ...notFoundResponse, ...problemResponses }
      }
    },
    async (request) => {
      const proposal = repo.get(request.params.id)
      if (!proposal) throw new NotFoundError(`No proposal has the id "${request.params.id}".`)
      return proposal
    }
  )

  registerWrites(app, proposalWriter, { get: repo.get, output: Proposal, tag: 'proposals', exampleId: 'ukraine-no-nato-membership' })
}

export default proposals
