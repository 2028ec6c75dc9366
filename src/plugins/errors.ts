import { hasZodFastifySchemaValidationErrors } from '@fastify/type-provider-zod'
import type { FastifyError } from 'fastify'
import fp from 'fastify-plugin'
import { hasErrorCode, isStoreFull } from '../db/store-space.js'
import { BadRequestError, UnprocessableError, type FieldError } from '../http/errors.js'
import { sendProblem } from '../http/problem.js'

const MAX_LISTED_ERRORS = 50
// Another connection held the write lock past the busy timeout (also under drizzle's wrapping).
const BUSY = new Set(['SQLITE_BUSY'])

const locations: Record<string, string> = { querystring: 'query', params: 'params', body: 'body', headers: 'headers' }

// What a reader who sends these where they are unknown is looking for.
const hints: Record<string, string> = {
  version: ': reads answer the current version; /v1/export?version=N gives the whole dataset as it was at an earlier one'
}

function validationErrors(error: FastifyError & { validation: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[] }): FieldError[] {
  const where = locations[error.validationContext ?? ''] ?? error.validationContext ?? 'request'
  return error.validation.flatMap((issue) => {
    const path = [where, ...issue.instancePath.split('/').filter(Boolean)].join('.')
    // An unknown parameter is reported where it is, not at the object holding it.
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      return issue.params.keys.map((key) => ({ path: `${path}.${String(key)}`, message: `unknown parameter "${String(key)}"${hints[String(key)] ?? ''}` }))
    }
    return [{ path, message: issue.message ?? 'invalid value' }]
  })
}

/**
 * The one error path: every failure becomes an RFC 9457 problem answer. Client errors say
 * what was wrong; server errors say nothing of their cause and are logged with the request id.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        // One answer names every problem, within reason: a request with a thousand bad keys
        // does not get a thousand-line answer.
        const errors = validationErrors(error).slice(0, MAX_LISTED_ERRORS)
        return sendProblem(request, reply, 400, `Invalid request at ${errors.map((e) => e.path).join(', ')}: see errors.`, errors)
      }
      if (error instanceof BadRequestError || error instanceof UnprocessableError) {
        return sendProblem(request, reply, error.statusCode ?? 400, error.message, error.errors.slice(0, MAX_LISTED_ERRORS))
      }
      // Another process holds the write lock for longer than the busy timeout: a passing state.
      if (hasErrorCode(error, BUSY)) {
        reply.header('retry-after', '1')
        return sendProblem(request, reply, 503, 'The store is busy with another write; retry in a moment.')
      }
      // No room for the write (a full disk, or SQLite's max_page_count): its transaction was
      // rolled back whole and reads go on. The operator has to act: logged, and /readyz says so.
      if (isStoreFull(error)) {
        request.log.error({ err: error }, 'write refused: the store is full')
        return sendProblem(request, reply, 507, 'The store is full: this write was not made, and nothing of it was kept. Reads go on; retry once space has been freed.')
      }
      const status = error.statusCode ?? 500
      // Client errors, and the service's own refusals (src/http/errors.ts: overload, a
      // replica's writes), say what happened; anything else that failed says nothing of it.
      if ((status >= 400 && status < 500) || error.code?.startsWith('NT_')) {
        return sendProblem(request, reply, status, error.message)
      }
      request.log.error({ err: error }, 'request failed')
      return sendProblem(request, reply, status >= 500 && status < 600 ? status : 500, 'The server could not answer this request. Quote the request id when reporting it.')
    })

    // Which methods each path answers, so that a known path with another method is a 405
    // with Allow rather than a 404.
    const routes: { pattern: RegExp; methods: Set<string> }[] = []
    app.addHook('onRoute', (route) => {
      if (route.url.includes('*')) return
      const source = `^${route.url.replace(/\/$/, '').replace(/:[^/]+/g, '[^/]+')}/?$`
      const methods = Array.isArray(route.method) ? route.method : [route.method]
      const known = routes.find((r) => r.pattern.source === source)
      if (known) methods.forEach((m) => known.methods.add(m))
      else routes.push({ pattern: new RegExp(source), methods: new Set(methods) })
    })

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/'
      const allowed = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => [...r.methods]))
      if (allowed.size > 0) {
        reply.header('allow', [...allowed].sort().join(', '))
        return sendProblem(request, reply, 405, `${path} answers ${[...allowed].sort().join(', ')}, not ${request.method}.`)
      }
      return sendProblem(request, reply, 404, `There is nothing at ${request.method} ${path}. The API lives under /v1; see /docs.`)
    })
  },
  { name: 'errors' }
)
