import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { noQuery } from '../../http/params.js'
import { csvConfig } from '../../http/csv.js'
import { NotFoundError } from '../../http/errors.js'
import { dateKey, decodeCursor, orderKey, pageParams, sendPage } from '../../http/pagination.js'
import { listOf, notFoundResponse, problemResponses } from '../../http/schemas.js'
import { proposalReferences } from '../proposals/proposals.filters.js'
import { createProposalsRepository } from '../proposals/proposals.repository.js'
import { proposalCsv } from '../proposals/proposals.csv.js'
import { partyProposalsQuery, Proposal } from '../proposals/proposals.schemas.js'
import { createPartiesRepository } from './parties.repository.js'
import { Party, partyCsv, partyIdParam } from './parties.schemas.js'

const partyParams = z.strictObject({ id: partyIdParam })

const parties: FastifyPluginAsyncZod = async (app) => {
  const repo = createPartiesRepository(app.db)
  const proposals = createProposalsRepository(app.db)
  const references = proposalReferences(app.db)
  const resolveOr404 = (idOrAlias: string) => {
    const id = repo.resolve(idOrAlias)
    if (id === undefined) throw new NotFoundError(`No party has the id or alias "${idOrAlias}".`)
    return id
  }

  app.get(
    '',
    {
      config: csvConfig(partyCsv),
      schema: {
        tags: ['parties'],
        operationId: 'listParties',
        summary: 'List parties',
        description: 'The sides in the talks and the states that host or mediate them.',
        querystring: z.strictObject(pageParams),
        response: { 200: listOf(Party, 'A page of parties.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { limit, cursor } = request.query
      return sendPage(request, reply, 'order', limit, repo.list(limit, decodeCursor(cursor, 'order', orderKey)))
    }
  )

  app.get(
    '/:id',
    {
      schema: {
        tags: ['parties'],
        operationId: 'getParty',
        summary: 'Get one party',
        description: 'One party, by id or any alias, case-insensitive: `/v1/parties/kyiv` is `/v1/parties/ukraine`.',
        params: partyParams,
        querystring: noQuery,
        response: { 200: Party, ...notFoundResponse, ...problemResponses }
      }
    },
    async (request) => repo.get(resolveOr404(request.params.id))
  )

  app.get(
    '/:id/proposals',
    {
      config: csvConfig(proposalCsv),
      schema: {
        tags: ['parties', 'proposals'],
        operationId: 'listPartyProposals',
        summary: "List one party's proposals",
        description:
          "The proposals, conditions, demands and assessments one party tabled, e.g. Kyiv's: `/v1/parties/kiev/proposals`, `/v1/parties/kyiv/proposals` and `/v1/parties/ukraine/proposals` return the same list.",
        params: partyParams,
        querystring: partyProposalsQuery,
        response: { 200: listOf(Proposal, 'A page of the party\'s proposals.'), ...notFoundResponse, ...problemResponses }
      }
    },
    async (request, reply) => {
      const party = resolveOr404(request.params.id)
      const { limit, cursor, ...filters } = request.query
      const after = decodeCursor(cursor, 'date', dateKey)
      return sendPage(request, reply, 'date', limit, proposals.list({ ...filters, ...references(filters), party }, limit, after))
    }
  )
}

export default parties
