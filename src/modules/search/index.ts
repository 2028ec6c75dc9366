import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { csvConfig } from '../../http/csv.js'
import { badParameter } from '../../http/errors.js'
import { decodeCursor, sendPage } from '../../http/pagination.js'
import { listOf, problemResponses } from '../../http/schemas.js'
import { QueryError, toFtsQuery } from './search.query.js'
import { createSearchRepository } from './search.repository.js'
import { searchCsv, SearchHit, searchQuery } from './search.schemas.js'

const searchKey = z.tuple([z.number(), z.number().int()])

const search: FastifyPluginAsyncZod = async (app) => {
  const repo = createSearchRepository(app.db)

  app.get(
    '',
    {
      config: csvConfig(searchCsv),
      schema: {
        tags: ['search'],
        operationId: 'search',
        summary: 'Search everything',
        description:
          'Full-text search (SQLite FTS5) across rounds, proposals, statements, actors (names and aliases) and source text, best match first, each hit with a highlighted snippet and a link to its record. Any text is a valid query: operators are read as plain words.',
        querystring: searchQuery,
        response: { 200: listOf(SearchHit, 'A page of search hits, best first.'), ...problemResponses }
      }
    },
    async (request, reply) => {
      const { q, type, limit, cursor } = request.query
      let match: string
      try {
        match = toFtsQuery(q, repo.aliasGroups())
      } catch (error) {
        if (error instanceof QueryError) throw badParameter('q', error.message)
        throw error
      }
      // The cursor is bound to the query: a cursor from another search is refused.
      const sort = createHash('sha256').update(`${match}\n${type?.join(',') ?? ''}`).digest('base64url').slice(0, 16)
      const after = decodeCursor(cursor, sort, searchKey)
      return sendPage(request, reply, sort, limit, repo.search(match, type, limit, after))
    }
  )
}

export default search
