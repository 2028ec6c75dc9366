import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { z } from 'zod'
import { roundFormats, roundStatuses } from '../../db/vocabulary.js'
import { NotFoundError } from '../../http/errors.js'
import { checkDateOrder, fromToParams, listParam, qParam } from '../../http/filters.js'
import { Problem, serviceProblems } from '../../http/schemas.js'
import { projectRoot } from '../../paths.js'
import { partyFilterParam } from '../parties/parties.schemas.js'
import { eventTypes } from '../timeline/timeline.schemas.js'

// Built by `npm run build` (scripts/build-web.mjs) from web/.
const webRoot = join(projectRoot, 'dist', 'web')

/**
 * The view a link to the page reproduces: the page reads these itself and asks the API with
 * them; they are checked here too, so a mistyped link gets a problem naming the parameter.
 */
const viewQuery = z.strictObject({
  q: qParam.describe('Search text: the records /v1/search finds, with their snippets.'),
  party: partyFilterParam,
  status: z.enum(roundStatuses).optional().describe('Only rounds of this status.'),
  format: z.enum(roundFormats).optional().describe('Only rounds of this format.'),
  type: listParam(eventTypes, 'Only these kinds of event: `round`, `proposal`, `statement`, `publication`, comma-separated.'),
  ...fromToParams,
  select: z
    .string()
    .max(300)
    .regex(/^(round|proposal|statement|actor|source|issue):\S+$/)
    .optional()
    .describe('The record whose words are highlighted: `round:<id>`, `proposal:<id>`, `statement:<id>`, `actor:<id>`, `source:<id>`, or a cell of the position matrix, `issue:<issue>:<party or none>`.')
    .meta({ examples: ['issue:leaders_meeting:russia'] })
})

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

/**
 * The dashboard page at `/` and its assets at `/assets/`, served by the service itself from
 * memory: a handful of small files, read once, so they get strong ETags and compression
 * like every other answer, and no path from a request ever reaches the file system.
 */
const dashboard: FastifyPluginAsyncZod = async (app) => {
  const files = new Map<string, string>()
  if (existsSync(webRoot)) {
    for (const name of readdirSync(webRoot)) if (types[extname(name)]) files.set(name, readFileSync(join(webRoot, name), 'utf8'))
  } else {
    app.log.warn({ webRoot }, 'the dashboard is not built: run `npm run build`')
  }
  const send = (name: string) => {
    const body = files.get(name)
    if (body === undefined) throw new NotFoundError(`There is no asset "${name}".`)
    return { body, type: types[extname(name)]! }
  }

  app.get(
    '/',
    {
      // The filters form also works before the page's script has loaded: the browser then
      // submits every field, the empty ones as `party=`. An empty field is no filter.
      preValidation: async (request) => {
        const query = request.query as Record<string, unknown>
        for (const [name, value] of Object.entries(query)) if (value === '') delete query[name]
      },
      schema: {
        tags: ['service'],
        operationId: 'getDashboard',
        summary: 'Dashboard page',
        description:
          "An HTML dashboard: the dataset's counts as charts, a zoomable timeline, filters and search, the position matrix (issues by parties), the records as lists, and the source text with the words behind any record highlighted. Every view is in the query, so a link reproduces it. Works offline: it loads nothing from other sites.",
        querystring: viewQuery,
        produces: ['text/html'],
        response: {
          200: z.string().describe('The HTML page.'),
          400: Problem.describe('A view parameter the page cannot show.'),
          404: Problem.describe('The page has not been built (`npm run build`).'),
          ...serviceProblems
        }
      }
    },
    async (request, reply) => {
      checkDateOrder(request.query.from, request.query.to)
      const { body, type } = send('index.html')
      return reply.type(type).send(body)
    }
  )

  app.get(
    '/assets/:file',
    { schema: { hide: true, params: z.strictObject({ file: z.string().max(100) }), querystring: z.strictObject({}) } },
    async (request, reply) => {
      const { body, type } = send(request.params.file)
      return reply.type(type).send(body)
    }
  )
}

export default dashboard
