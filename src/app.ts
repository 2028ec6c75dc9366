import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify'
import { randomUUID } from 'node:crypto'
import pino, { type DestinationStream } from 'pino'
import type { AppConfig } from './config.js'
import { AccessLog } from './http/access-log.js'
import { problemForSocket } from './http/problem.js'
import { requestId } from './http/request-id.js'
import actors from './modules/actors/index.js'
import exporter from './modules/export/index.js'
import versionsList from './modules/versions/index.js'
import changesFeed from './modules/changes/index.js'
import drafts from './modules/drafts/index.js'
import dashboard from './modules/dashboard/index.js'
import dataset from './modules/dataset/index.js'
import health from './modules/health/index.js'
import issues from './modules/issues/index.js'
import parties from './modules/parties/index.js'
import proposals from './modules/proposals/index.js'
import rounds from './modules/rounds/index.js'
import search from './modules/search/index.js'
import sources from './modules/sources/index.js'
import statements from './modules/statements/index.js'
import stats from './modules/stats/index.js'
import timeline from './modules/timeline/index.js'
import auth from './plugins/auth.js'
import db from './plugins/db.js'
import errors from './plugins/errors.js'
import httpCaching from './plugins/http-caching.js'
import metrics from './plugins/metrics.js'
import negotiation from './plugins/negotiation.js'
import overload from './plugins/overload.js'
import readOnly from './plugins/read-only.js'
import security from './plugins/security.js'
import swagger from './plugins/swagger.js'

// A client has 30 s to send its request; dashboards keep connections alive for 72 s.
const REQUEST_TIMEOUT = 30_000
const KEEP_ALIVE_TIMEOUT = 72_000

export type BuildOptions = Pick<AppConfig, 'databasePath' | 'seedOnStart' | 'logLevel'> &
  Partial<Pick<AppConfig, 'accessLog' | 'bodyLimit' | 'writeRateLimit' | 'readRateLimit' | 'corsWriteOrigins' | 'publicUrl' | 'maxEventLoopDelay' | 'responseCacheBytes' | 'replica' | 'workers'>> & {
  /** Where log lines go (tests read them); by default standard output, written asynchronously. */
    logStream?: DestinationStream
    /** Extra Fastify options. */
    fastify?: FastifyServerOptions
  }

/** Builds the whole service without listening: the server and the tests both start here. */
export async function buildApp(options: BuildOptions) {
  // Log lines are written to stdout without blocking the request that logs them, and flushed
  // when the app closes.
  const destination = options.logStream ?? pino.destination({ sync: false })
  // Set from plugins/errors.ts once it is registered, before any request can arrive.
  let formatError: FastifyInstance['errorHandler'] = () => {}
  const app = Fastify({
    loggerInstance: pino({ level: options.logLevel, redact: ['req.headers.authorization'] }, destination),
    logController: new AccessLog(options.accessLog ?? true),
    requestIdHeader: false,
    genReqId: (req) => requestId(req),
    // `/v1/rounds/` and `/v1/rounds` are the same list; an over-long id is simply unknown.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1024 },
    // Errors the router meets before a route runs (bad percent-encoding, an over-long path
    // segment) go to the one error handler like every other error.
    frameworkErrors: (error, request, reply) => formatError(error, request, reply as FastifyReply),
    // Errors Node's HTTP parser meets before a request exists (431 headers too large, 400 bad
    // HTTP, 408 too slow): the same problem, request id and data headers, on the socket.
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
      const detail = status === 431 ? 'The request headers are too large.' : status === 408 ? 'The request was not received in time.' : 'The request could not be read as HTTP.'
      socket.end(problemForSocket(status, detail, randomUUID()))
    },
    bodyLimit: options.bodyLimit ?? 1_048_576,
    requestTimeout: REQUEST_TIMEOUT,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT,
    ...options.fastify
  }).withTypeProvider<ZodTypeProvider>()
  if ('flushSync' in destination) {
    app.addHook('onClose', async () => {
      try {
        ;(destination as { flushSync: () => void }).flushSync()
      } catch {
        // Not open yet: nothing was written.
      }
    })
  }

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  // Hooks on every request take a callback rather than return a promise: one allocation fewer each.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id)
    done(null, payload)
  })

  await app.register(errors)
  formatError = app.errorHandler
  await app.register(db, { databasePath: options.databasePath, seedOnStart: options.seedOnStart, replica: options.replica !== undefined })
  if (options.replica) await app.register(readOnly)
  await app.register(security, { writeRateLimit: options.writeRateLimit ?? 60, readRateLimit: options.readRateLimit ?? 0, workers: options.workers ?? 1 })
  await app.register(negotiation)
  // After the hooks above: a kept answer is given only to a request they let through.
  await app.register(httpCaching, { corsWriteOrigins: options.corsWriteOrigins ?? [], responseCacheBytes: options.responseCacheBytes ?? 16 * 2 ** 20 })
  await app.register(auth)
  // Bodies are JSON (a merge patch, RFC 7396, is JSON too); anything else is 415.
  app.removeContentTypeParser('text/plain')
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'))
  await app.register(swagger)

  await app.register(health, options.replica ? { replica: { ...options.replica, databasePath: options.databasePath } } : {})
  await app.register(dashboard)
  await app.register(metrics)
  const cited = options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }
  await app.register(dataset, { prefix: '/v1', ...cited })
  await app.register(rounds, { prefix: '/v1/rounds' })
  await app.register(proposals, { prefix: '/v1/proposals' })
  await app.register(parties, { prefix: '/v1/parties' })
  await app.register(actors, { prefix: '/v1/actors' })
  await app.register(statements, { prefix: '/v1/statements' })
  await app.register(sources, { prefix: '/v1/sources' })
  await app.register(issues, { prefix: '/v1/issues' })
  await app.register(timeline, { prefix: '/v1/timeline' })
  await app.register(search, { prefix: '/v1/search' })
  await app.register(stats, { prefix: '/v1/stats' })
  await app.register(changesFeed, { prefix: '/v1/changes' })
  await app.register(drafts, { prefix: '/v1/drafts' })
  await app.register(versionsList, { prefix: '/v1/versions', ...cited })
  await app.register(exporter, { prefix: '/v1/export', ...cited })
  // Off unless asked for (the server asks, with MAX_EVENT_LOOP_DELAY): an app built in a
  // test shares its machine with other tests, whose load is not its own.
  await app.register(overload, { maxEventLoopDelay: options.maxEventLoopDelay ?? 0 })

  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
