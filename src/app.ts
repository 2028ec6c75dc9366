import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod'
import Fastify, { type FastifyServerOptions } from 'fastify'
import { createServer } from 'node:http'
import type { AppConfig } from './config.js'
import { problemForSocket, sendProblem } from './http/problem.js'
import { requestId } from './http/request-id.js'
import { createTurnClock, type TurnClock } from './http/turn-clock.js'
import actors from './modules/actors/index.js'
import changesFeed from './modules/changes/index.js'
import dashboard from './modules/dashboard/index.js'
import dataset from './modules/dataset/index.js'
import health from './modules/health/index.js'
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
import metrics from './plugins/metrics.js'
import negotiation from './plugins/negotiation.js'
import responseCache from './plugins/response-cache.js'
import overload from './plugins/overload.js'
import readOnly from './plugins/read-only.js'
import security from './plugins/security.js'
import swagger from './plugins/swagger.js'
import webCaching from './plugins/web-caching.js'

// A client has 30 s to send its request; dashboards keep connections alive for 72 s.
const REQUEST_TIMEOUT = 30_000

declare module 'fastify' {
  interface FastifyInstance {
    /** Where the event loop's current turn stands (the response cache, overload protection). */
    turnClock: TurnClock
  }
}
const KEEP_ALIVE_TIMEOUT = 72_000

export type BuildOptions = Pick<AppConfig, 'databasePath' | 'seedOnStart' | 'logLevel'> &
  Partial<Pick<AppConfig, 'bodyLimit' | 'writeRateLimit' | 'readRateLimit' | 'corsWriteOrigins' | 'maxEventLoopDelay' | 'responseCacheBytes' | 'replica'>> & {
  /** Extra Fastify options (tests pass a logger stream). */
  fastify?: FastifyServerOptions
}

/** Builds the whole service without listening: the server and the tests both start here. */
export async function buildApp(options: BuildOptions) {
  const app = Fastify({
    logger: { level: options.logLevel, redact: ['req.headers.authorization'] },
    // The HTTP server offers each request to the response cache first; a hit never reaches
    // Fastify's router. Set up as Fastify sets up its own server (timeouts included).
    serverFactory: (handler, serverOptions) => {
      const server = createServer(serverOptions.http ?? {}, (req, res) => {
        if (!app.responseCache.answer(req, res)) handler(req, res)
      })
      server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT
      server.requestTimeout = REQUEST_TIMEOUT
      return server
    },
    requestIdHeader: false,
    genReqId: requestId,
    // `/v1/rounds/` and `/v1/rounds` are the same list; an over-long id is simply unknown.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1024 },
    // Errors the router meets before a route runs (bad percent-encoding, an over-long path
    // segment) answer as problems like every other error.
    frameworkErrors: (error, request, reply) => {
      sendProblem(request, reply, error.statusCode ?? 400, error.message)
    },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
      socket.end(problemForSocket(status, status === 431 ? 'The request headers are too large.' : 'The request could not be read as HTTP.'))
    },
    bodyLimit: options.bodyLimit ?? 1_048_576,
    requestTimeout: REQUEST_TIMEOUT,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT,
    ...options.fastify
  }).withTypeProvider<ZodTypeProvider>()

  app.decorate('turnClock', createTurnClock())
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await app.register(errors)
  await app.register(db, { databasePath: options.databasePath, seedOnStart: options.seedOnStart, replica: options.replica !== undefined })
  if (options.replica) await app.register(readOnly)
  // First of the request hooks: a cached read is answered before the others run.
  await app.register(responseCache, { fastPath: (options.readRateLimit ?? 0) === 0, maxBytes: options.responseCacheBytes ?? 16 * 2 ** 20 })
  await app.register(security, { writeRateLimit: options.writeRateLimit ?? 60, readRateLimit: options.readRateLimit ?? 0 })
  await app.register(negotiation)
  await app.register(webCaching, { corsWriteOrigins: options.corsWriteOrigins ?? [] })
  await app.register(auth)
  // Bodies are JSON (a merge patch, RFC 7396, is JSON too); anything else is 415.
  app.removeContentTypeParser('text/plain')
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'))
  await app.register(swagger)

  await app.register(health, options.replica ? { replica: { ...options.replica, databasePath: options.databasePath } } : {})
  await app.register(dashboard)
  await app.register(metrics)
  await app.register(dataset, { prefix: '/v1' })
  await app.register(rounds, { prefix: '/v1/rounds' })
  await app.register(proposals, { prefix: '/v1/proposals' })
  await app.register(parties, { prefix: '/v1/parties' })
  await app.register(actors, { prefix: '/v1/actors' })
  await app.register(statements, { prefix: '/v1/statements' })
  await app.register(sources, { prefix: '/v1/sources' })
  await app.register(timeline, { prefix: '/v1/timeline' })
  await app.register(search, { prefix: '/v1/search' })
  await app.register(stats, { prefix: '/v1/stats' })
  await app.register(changesFeed, { prefix: '/v1/changes' })
  // Off unless asked for (the server asks, with MAX_EVENT_LOOP_DELAY): an app built in a
  // test shares its machine with other tests, whose load is not its own. Registered last,
  // so that the event-loop delay it measures starts after the start-up's own long tasks,
  // which would otherwise have it refuse the first requests.
  await app.register(overload, { maxEventLoopDelay: options.maxEventLoopDelay ?? 0 })

  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
