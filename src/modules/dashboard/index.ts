import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { z } from 'zod'
import { NotFoundError } from '../../http/errors.js'
import { Problem, serviceProblems } from '../../http/schemas.js'
import { projectRoot } from '../../paths.js'

// Built by `npm run build` (scripts/build-web.mjs) from web/.
const webRoot = join(projectRoot, 'dist', 'web')

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
      schema: {
        tags: ['service'],
        operationId: 'getDashboard',
        summary: 'Dashboard page',
        description:
          "An HTML page showing every round on a date axis, Kyiv's and Moscow's positions side by side, who said what, and the source text with the words behind any record highlighted. Works offline: it loads nothing from other sites.",
        querystring: z.strictObject({}),
        produces: ['text/html'],
        response: {
          200: z.string().describe('The HTML page.'),
          400: Problem.describe('A query parameter was given: the page takes none.'),
          404: Problem.describe('The page has not been built (`npm run build`).'),
          ...serviceProblems
        }
      }
    },
    async (_request, reply) => {
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
