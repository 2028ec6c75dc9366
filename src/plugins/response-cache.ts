import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { notAcceptable, wantsCsv } from '../http/negotiate.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on the data API's GET routes: their answers are kept until the data changes. */
    cache?: boolean
  }
  interface FastifyInstance {
    responseCache: { invalidate: () => void; size: () => number }
  }
  interface FastifyRequest {
    cacheKey: string | undefined
    cacheGeneration: number
  }
}

interface Entry {
  etag: string
  /** Every header of the answer but the per-request ones, as sent the first time. */
  headers: Record<string, string>
  // Kept as text: Node writes a text body in the same packet as the headers.
  text: string
  length: number
  gzip?: Buffer
  br?: Buffer
}

const MAX_ENTRIES = 5000
// Headers that belong to one request or one transfer, never to the cached answer.
const perRequest = new Set(['x-request-id', 'content-length', 'content-encoding', 'vary', 'date', 'connection', 'keep-alive', 'transfer-encoding'])

export interface ResponseCacheOptions {
  /** With a read rate limit, hits still go through Fastify's hooks so that they are counted. */
  fastPath: boolean
}

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
    const dataVersion = app.db.$client.prepare('PRAGMA data_version').pluck()
    let seenVersion = -1
    let generation = 0
    const invalidate = () => {
      entries.clear()
      generation += 1
    }
    app.decorate('responseCache', { invalidate, size: () => entries.size })
    app.decorateRequest('cacheKey', undefined)
    app.decorateRequest('cacheGeneration', 0)
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method]
      if (methods.includes('GET') && route.url.startsWith('/v1')) route.config = { ...route.config, cache: true }
    })

    const encodingFor = (request: FastifyRequest): 'br' | 'gzip' | undefined => {
      const accepted = request.headers['accept-encoding']
      if (typeof accepted !== 'string') return undefined
      if (/\bbr\b/.test(accepted)) return 'br'
      if (/\bgzip\b/.test(accepted)) return 'gzip'
      return undefined
    }

    const sendHit = (request: FastifyRequest, reply: FastifyReply, entry: Entry) => {
      const res = reply.raw
      reply.hijack()
      const inm = request.headers['if-none-match']
      const notModified = inm !== undefined && inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)
      let body: string | Buffer = entry.text
      let length = entry.length
      const headers: Record<string, string | number> = { ...entry.headers, 'x-request-id': request.id }
      if (length >= 1024) {
        headers.vary = 'Origin, Accept-Encoding'
        const encoding = encodingFor(request)
        if (encoding === 'br') body = entry.br ??= brotliCompressSync(entry.text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        else if (encoding === 'gzip') body = entry.gzip ??= gzipSync(entry.text)
        if (encoding) {
          headers['content-encoding'] = encoding
          length = (body as Buffer).length
        }
      }
      if (notModified) {
        res.writeHead(304, headers)
        res.end()
      } else {
        headers['content-length'] = length
        res.writeHead(200, headers)
        res.end(request.method === 'HEAD' ? undefined : body)
      }
    }

    app.addHook('onRequest', async (request, reply) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || request.routeOptions.config?.cache !== true) return
      const version = dataVersion.get() as number
      if (version !== seenVersion) {
        seenVersion = version
        invalidate()
      }
      request.cacheGeneration = generation
      request.cacheKey = `${wantsCsv(request) ? 'csv' : 'json'} ${request.url}`
      const hit = entries.get(request.cacheKey)
      // An Accept header nothing here can satisfy is for the negotiation hook to answer (406).
      if (hit === undefined || notAcceptable(request)) return
      if (options.fastPath) return sendHit(request, reply, hit)
      reply.headers(hit.headers)
      return reply.code(200).send(hit.text)
    })

    app.addHook('onSend', async (request, reply, payload) => {
      const key = request.cacheKey
      if (key === undefined || reply.statusCode !== 200 || typeof payload !== 'string' || entries.has(key)) return payload
      // The strong ETag, computed here once (the same hash as @fastify/etag, which then keeps it).
      const etag = `"${createHash('sha256').update(payload).digest('base64')}"`
      reply.header('etag', etag)
      // A write that landed while this answer was being made leaves it unstored.
      if (request.cacheGeneration !== generation) return payload
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
      const headers: Record<string, string> = { 'cache-control': 'public, no-cache' }
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined && !perRequest.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value)
      }
      entries.set(key, { etag, headers, text: payload, length: Buffer.byteLength(payload) })
      return payload
    })

    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && reply.statusCode < 400) invalidate()
    })
  },
  { name: 'response-cache', dependencies: ['db'] }
)
