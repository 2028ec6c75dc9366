import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import fp from 'fastify-plugin'
import { chooseEncoding, compress, COMPRESSION_THRESHOLD, type Encoding, encodingFor, ENCODINGS } from '../http/compression.js'
import { remembered } from '../http/memo.js'
import { CSV_TYPE, JSON_TYPE, notAcceptable, preferredType, wantsCsv } from '../http/negotiate.js'
import type { AnswerSeries } from '../http/request-metrics.js'
import { requestId } from '../http/request-id.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on the data API's GET routes: their answers are kept until the data changes. */
    cache?: boolean
  }
  interface FastifyInstance {
    responseCache: {
      invalidate: () => void
      size: () => number
      /** Bytes of bodies kept, compressed forms included. */
      bytes: () => number
      /** Answers given from the cache, by where: in front of Fastify, or in its first hook. */
      hits: { front: number; hook: number }
      /** Answers a raw request from the cache when it can; false leaves it to Fastify. */
      answer: (req: IncomingMessage, res: ServerResponse) => boolean
    }
  }
  interface FastifyRequest {
    cacheKey: string | undefined
    cacheGeneration: number
  }
}

interface Entry {
  key: string
  etag: string
  /** Every header of the answer but the per-request ones, as sent the first time. */
  headers: Record<string, string>
  // UTF-8, as sent: off the JS heap, encoded once, counted exactly.
  body: Buffer
  /** The body compressed, by encoding, made on first use. */
  encoded: Partial<Record<Encoding, Buffer>>
  /** Header lists by `headSlot` (status and encoding), made on first use. */
  heads: string[][]
  /** The route template, for the metrics. */
  route: string
  /** The metrics' series of its hits, by `seriesSlot`, looked up on first use. */
  series: AnswerSeries[]
}

// At most this many answers are kept, and at most `maxBytes` of bodies (compressed forms
// included), oldest out first: a crawler walking every page of a big store must not grow
// the process.
const MAX_ENTRIES = 5000
const BOTH_TYPES = [JSON_TYPE, CSV_TYPE] as const
// Log levels at which Fastify logs every request.
const VERBOSE = new Set(['info', 'debug', 'trace'])
// An entry is sent 200 or 304, as it is or in one of the encodings: eight header lists.
const headSlot = (status: 200 | 304, encoding: Encoding | undefined) => (status === 304 ? 4 : 0) + (encoding === undefined ? 0 : ENCODINGS.indexOf(encoding) + 1)
// A hit is a GET or HEAD answered 200 or 304: four series of the metrics per entry.
const seriesSlot = (method: string, status: 200 | 304) => (method === 'HEAD' ? 2 : 0) + (status === 304 ? 1 : 0)
// Headers that belong to one request or one transfer, never to the cached answer.
const perRequest = new Set(['x-request-id', 'content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding'])

export interface ResponseCacheOptions {
  /** With a read rate limit, hits still go through Fastify's hooks so that they are counted. */
  fastPath: boolean
  /** Bytes of bodies kept, compressed forms included (RESPONSE_CACHE_MB). */
  maxBytes: number
}

// An answer is kept per representation, URL, and whether the request was a CORS one (those
// carry the CORS headers; the others do not).
const keyOf = (csv: boolean, origin: string | undefined, url: string) => `${csv ? 'csv' : 'json'}${origin === undefined ? '' : ' cors'} ${url}`

/**
 * Answers to reads, kept until the data changes: the body, its strong ETag, its headers and
 * its compressed forms are made once per data version, URL and representation, and a hit
 * is written straight to the socket. A write through this process empties the cache; a
 * write through another process (another worker, a CLI) is seen through SQLite's
 * `PRAGMA data_version` on the next request.
 */
export default fp<ResponseCacheOptions>(
  async (app, options) => {
    const entries = new Map<string, Entry>()
    // What the Accept and Accept-Encoding headers a hit brings ask for, negotiated once per value.
    const typeOf = remembered((accept) => preferredType(accept, BOTH_TYPES))
    const encodingOf = remembered(encodingFor)
    const dataVersion = app.db.$client.prepare('PRAGMA data_version').pluck()
    let seenVersion = -1
    let generation = 0
    let bytes = 0
    const sizeOf = (entry: Entry) => Object.values(entry.encoded).reduce((sum, encoded) => sum + encoded.length, entry.body.length)
    const trim = () => {
      for (const [oldest, old] of entries) {
        if (entries.size <= MAX_ENTRIES && bytes <= options.maxBytes) break
        entries.delete(oldest)
        bytes -= sizeOf(old)
      }
    }
    const keep = (key: string, entry: Entry) => {
      bytes += sizeOf(entry)
      entries.set(key, entry)
      trim()
    }
    const invalidate = () => {
      entries.clear()
      bytes = 0
      generation += 1
    }
    app.decorateRequest('cacheKey', undefined)
    app.decorateRequest('cacheGeneration', 0)
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method]
      if (methods.includes('GET') && route.url.startsWith('/v1')) route.config = { ...route.config, cache: true }
    })

    // The header list of one way of sending an entry (status, encoding), made once; its last
    // value is the request id, filled in just before each write (writeHead copies it).
    const headList = (entry: Entry, status: 200 | 304, encoding: Encoding | undefined, length: number): string[] => {
      const list: string[] = []
      for (const name in entry.headers) {
        // @fastify/compress adds accept-encoding to Vary when it compresses.
        const value = name === 'vary' && encoding ? `${entry.headers.vary}, accept-encoding` : entry.headers[name]!
        list.push(name, value)
      }
      if (encoding) {
        if (entry.headers.vary === undefined) list.push('vary', 'accept-encoding')
        list.push('content-encoding', encoding)
      }
      if (status === 200) list.push('content-length', String(length))
      list.push('x-request-id', '')
      return list
    }

    // Writes a kept answer (200, or 304 for a matching If-None-Match) straight to the socket.
    const write = (req: IncomingMessage, res: ServerResponse, id: string, entry: Entry): 200 | 304 => {
      const inm = req.headers['if-none-match']
      const status = inm !== undefined && inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag) ? 304 : 200
      const encoding = entry.body.length >= COMPRESSION_THRESHOLD ? chooseEncoding(req.headers, encodingOf) : undefined
      let body = entry.body
      if (encoding !== undefined) {
        let encoded = entry.encoded[encoding]
        if (encoded === undefined) {
          encoded = entry.encoded[encoding] = compress(entry.body, encoding)
          if (entries.get(entry.key) === entry) {
            bytes += encoded.length
            trim()
          }
        }
        body = encoded
      }
      const head = (entry.heads[headSlot(status, encoding)] ??= headList(entry, status, encoding, body.length))
      head[head.length - 1] = id
      res.writeHead(status, head)
      res.end(status === 304 || req.method === 'HEAD' ? undefined : body)
      return status
    }

    // A write through another process (another worker, a CLI) is seen here on the next request.
    const checkDataVersion = () => {
      const version = dataVersion.get() as number
      if (version !== seenVersion) {
        seenVersion = version
        invalidate()
      }
    }
    // Asking costs a read transaction (locks on the WAL index): more than the rest of a hit.
    // The requests that come in from the network in one turn of the event loop were all
    // read after that turn began, so one answer per turn serves them all, and every write
    // committed before they arrived is seen.
    let checkedTurn = 0
    const checkDataVersionThisTurn = () => {
      const turn = app.turnClock.enter()
      if (turn === checkedTurn) return
      checkedTurn = turn
      checkDataVersion()
    }

    const hits = { front: 0, hook: 0 }
    let closing = false
    app.addHook('preClose', async () => {
      closing = true
    })
    const underPressure = () => app.hasDecorator('isUnderPressure') && app.isUnderPressure()
    // The logger's level is set when the app is built (LOG_LEVEL); pino's getter costs a lookup.
    const verbose = VERBOSE.has(app.log.level)

    /**
     * In front of Fastify: the HTTP server offers every request here first, and a hit is
     * answered without routing or hooks, with the same bytes and headers as through them
     * (the ETag, the compressed forms, the request id, the metrics and the request log).
     * Anything else, or anything needing a closer look (a `format` parameter, percent-encoded
     * query text, an Accept header that rules the route's types out, overload, shutdown), is
     * left to Fastify by returning false.
     */
    const answer = (req: IncomingMessage, res: ServerResponse): boolean => {
      const method = req.method
      if (!options.fastPath || closing || (method !== 'GET' && method !== 'HEAD')) return false
      const url = req.url ?? ''
      const query = url.indexOf('?')
      if (query !== -1 && (url.includes('format', query) || url.includes('%', query))) return false
      checkDataVersionThisTurn()
      const accept = req.headers.accept
      // An Accept header that allows neither type is for the negotiation hook to answer (406);
      // one that allows one of them finds an entry only where the route gives that type.
      const type = accept === undefined ? JSON_TYPE : typeOf(accept)
      if (type === undefined) return false
      const entry = entries.get(keyOf(type === CSV_TYPE, req.headers.origin, url))
      if (entry === undefined || underPressure()) return false
      const started = performance.now()
      const id = requestId(req)
      const status = write(req, res, id, entry)
      hits.front += 1
      const seconds = (performance.now() - started) / 1000
      const slot = seriesSlot(method, status)
      app.observeAnswer((entry.series[slot] ??= app.answerSeries(method, entry.route, status)), seconds)
      if (verbose) {
        const log = app.log.child({ reqId: id })
        log.info({ req: { method, url, host: req.headers.host, remoteAddress: req.socket.remoteAddress, remotePort: req.socket.remotePort } }, 'incoming request')
        log.info({ res: { statusCode: status }, responseTime: seconds * 1000 }, 'request completed')
      }
      return true
    }
    app.decorate('responseCache', { invalidate, size: () => entries.size, bytes: () => bytes, hits, answer })

    app.addHook('onRequest', async (request, reply) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || request.routeOptions.config?.cache !== true) return
      checkDataVersion()
      request.cacheGeneration = generation
      request.cacheKey = keyOf(wantsCsv(request), request.headers.origin, request.url)
      const hit = entries.get(request.cacheKey)
      // An Accept header nothing here can satisfy is for the negotiation hook to answer (406).
      if (hit === undefined || notAcceptable(request)) return
      hits.hook += 1
      if (options.fastPath) {
        reply.hijack()
        write(request.raw, reply.raw, request.id, hit)
        return
      }
      reply.headers(hit.headers)
      return reply.code(200).send(hit.body)
    })

    app.addHook('onSend', async (request, reply, payload) => {
      const key = request.cacheKey
      if (key === undefined || reply.statusCode !== 200 || typeof payload !== 'string' || entries.has(key)) return payload
      // The strong ETag, computed here once (the same hash as @fastify/etag, which then keeps it).
      const etag = `"${createHash('sha256').update(payload).digest('base64')}"`
      reply.header('etag', etag)
      // A write that landed while this answer was being made leaves it unstored.
      if (request.cacheGeneration !== generation) return payload
      const headers: Record<string, string> = { 'cache-control': 'public, no-cache' }
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined && !perRequest.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value)
      }
      keep(key, { key, etag, headers, body: Buffer.from(payload), encoded: {}, heads: [], route: request.routeOptions.url ?? request.url, series: [] })
      return payload
    })

    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && reply.statusCode < 400) invalidate()
    })
  },
  { name: 'response-cache', dependencies: ['db'] }
)
