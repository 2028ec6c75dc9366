import compress from '@fastify/compress'
import cors from '@fastify/cors'
import etag from '@fastify/etag'
import type { FastifyReply, FastifyRequest, onRequestHookHandler, onSendHookHandler, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import type { OutgoingHttpHeaders } from 'node:http'
import { constants } from 'node:zlib'
import { etagForCoding, noneMatch, varyOn } from '../http/conditional.js'
import { createKeptAnswers } from '../http/kept-answers.js'
import { wantsCsv } from '../http/negotiate.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** The answers kept for repeated reads: emptied on every write, counted in the metrics. */
    responseCache: ReturnType<typeof createKeptAnswers>
  }
  interface FastifyRequest {
    /** Where this read's answer is kept, when it may be. */
    cacheKey: string | undefined
    /** The data generation the answer was made from: a write meanwhile leaves it unkept. */
    cacheGeneration: number
    cacheHit: boolean
  }
}

export interface HttpCachingOptions {
  /** Origins whose pages may write from a browser; reads are open to every origin. */
  corsWriteOrigins: string[]
  /** Bytes of answers kept for repeated reads (RESPONSE_CACHE_MB); 0 keeps none. */
  responseCacheBytes: number
}

const exposedHeaders = ['Link', 'ETag', 'X-Request-Id', 'X-Total-Count', 'Location', 'Retry-After', 'Content-Disposition']
// Headers that belong to one request or one transfer, never to a kept answer.
const perRequest = new Set(['x-request-id', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'])
// Lower case, as @fastify/compress looks for its own name there.
const ENCODING = ['accept-encoding']
const ENCODING_AND_TYPE = ['accept-encoding', 'accept']
const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD'
const hooks = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/**
 * What a dashboard in a browser on another origin needs, and what makes polling cheap:
 * CORS for reads, a strong ETag per representation with 304 answers (`If-None-Match`, lists
 * and `*` included), Cache-Control, compression, and reads answered again from memory
 * until the data changes. Every answer, kept or not, goes through the same hooks.
 */
export default fp<HttpCachingOptions>(
  async (app, options) => {
    const writers = new Set(options.corsWriteOrigins.map((o) => new URL(o).origin))
    // An OPTIONS request that is not a well-formed preflight gets a plain 204, not a text/plain 400.
    const strictPreflight = false
    await app.register(cors, {
      // Reads from any origin; writes only from the configured ones (none by default).
      delegator: (request, callback) => {
        const origin = request.headers.origin
        const wanted = request.method === 'OPTIONS' ? String(request.headers['access-control-request-method'] ?? 'GET') : request.method
        if (isRead(request) && origin === undefined) {
          // Not a CORS request (a browser always sends Origin on one): no CORS headers, which
          // would be bytes on every poll from a server or a same-origin page. Vary: Origin still.
          callback(null, { origin: false, strictPreflight })
        } else if (wanted === 'GET' || wanted === 'HEAD') {
          callback(null, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], exposedHeaders, maxAge: 86_400, strictPreflight })
        } else if (origin !== undefined && writers.has(origin)) {
          callback(null, {
            origin,
            methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
            allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
            exposedHeaders,
            maxAge: 600,
            strictPreflight
          })
        } else {
          callback(null, { origin: false, strictPreflight })
        }
      }
    })

    // The hash of the body before compression; qualified by its coding once compressed (below),
    // where the 304 is decided too.
    await app.register(etag, { algorithm: 'sha256', replyWith304: false })
    app.addHook('onSend', (request, reply, payload, done) => {
      if (!isRead(request)) return done(null, payload)
      if (reply.statusCode === 200 || reply.statusCode === 304) {
        // Stored, but revalidated on every use: an answer is never stale, and a repeat costs a 304.
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'public, no-cache')
        // Every form of an answer names the same request headers it depends on, whether or not
        // this one was compressed (or, where CSV is offered, which type was chosen).
        const { csv, types } = request.routeOptions.config ?? {}
        if (!request.cacheHit) reply.header('vary', varyOn(reply.getHeader('vary'), csv === undefined && types === undefined ? ENCODING : ENCODING_AND_TYPE))
      } else if (reply.statusCode >= 400) {
        reply.header('cache-control', 'no-store')
      }
      done(null, payload)
    })
    await app.register(compress, {
      global: true,
      threshold: 1024,
      encodings: ['br', 'gzip', 'deflate'],
      // Brotli's default quality (11) costs far more CPU than it saves bytes on small JSON.
      brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }
    })

    const kept = createKeptAnswers(options.responseCacheBytes)
    app.decorate('responseCache', kept)
    app.decorateRequest('cacheKey', undefined)
    app.decorateRequest('cacheGeneration', 0)
    app.decorateRequest('cacheHit', false)
    // A write through this process empties the cache when it is answered; one through another
    // process (a worker, a CLI) moves SQLite's data_version, asked on every cacheable read.
    const dataVersion = app.db.$client.prepare('PRAGMA data_version').pluck()
    let seenVersion = -1
    let generation = 0
    const invalidate = () => {
      kept.clear()
      generation += 1
    }
    app.addHook('onResponse', (request, reply, done) => {
      if (!isRead(request) && request.method !== 'OPTIONS' && reply.statusCode < 400) invalidate()
      done()
    })

    // Runs after every other onRequest hook (CORS, security headers, rate limits, 406): a kept
    // answer is sent like any other, through the onSend hooks and the access log.
    const answerKept: onRequestHookHandler = (request, reply, done) => {
      if (!isRead(request)) return done()
      const version = dataVersion.get() as number
      if (version !== seenVersion) {
        seenVersion = version
        invalidate()
      }
      const headers = request.headers
      // One entry per representation, content coding asked for, CORS or not, and URL, host
      // included: a citation names the address it was asked at.
      const key = `${wantsCsv(request) ? 'csv' : 'json'} ${headers['accept-encoding'] ?? ''}${headers['x-no-compression'] === undefined ? '' : ' x'}${headers.origin === undefined ? '' : ' cors'} ${headers.host ?? ''}${request.url}`
      const answer = kept.get(key)
      if (answer === undefined) {
        request.cacheKey = key
        request.cacheGeneration = generation
        return done()
      }
      request.cacheHit = true
      reply.headers(answer.headers)
      reply.send(answer.body)
    }

    // Runs last of the onSend hooks, on the bytes as sent: names the coding in the ETag,
    // keeps a 200 for the next read, and answers 304 when the client has this representation.
    const conclude: onSendHookHandler = (request: FastifyRequest, reply: FastifyReply, payload, done) => {
      if (!isRead(request)) return done(null, payload)
      const tag = reply.getHeader('etag')
      if (typeof tag !== 'string') return done(null, payload)
      const coding = reply.getHeader('content-encoding')
      const qualified = etagForCoding(tag, typeof coding === 'string' ? coding : undefined)
      if (qualified !== tag) reply.header('etag', qualified)
      const key = request.cacheKey
      if (key !== undefined && request.method === 'GET' && reply.statusCode === 200 && request.cacheGeneration === generation && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        const headers = { ...reply.getHeaders() } as OutgoingHttpHeaders
        for (const name of perRequest) delete headers[name]
        kept.set(key, { headers, body: Buffer.from(payload) })
      }
      const ifNoneMatch = request.headers['if-none-match']
      if (reply.statusCode === 200 && ifNoneMatch !== undefined && noneMatch(ifNoneMatch, qualified)) {
        reply.code(304)
        return done(null, '')
      }
      done(null, payload)
    }

    // Added to each read route after @fastify/compress's own onSend hook (and after the route
    // hooks of the rate limit), so that they see what they need.
    app.addHook('onRoute', (route: RouteOptions) => {
      const methods = hooks(route.method)
      if (!methods.includes('GET') && !methods.includes('HEAD')) return
      route.onSend = [...hooks(route.onSend), conclude]
      if (options.responseCacheBytes > 0 && route.url.startsWith('/v1')) route.onRequest = [...hooks(route.onRequest), answerKept]
    })
  },
  { name: 'http-caching', dependencies: ['db'] }
)
