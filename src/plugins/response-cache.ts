import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { wantsCsv } from '../http/negotiate.js'

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
  body: string
  headers: Record<string, string>
}

const kept = ['content-type', 'etag', 'link', 'x-total-count'] as const
const MAX_ENTRIES = 5000

/**
 * Answers to reads, kept until the data changes: the body, its ETag and its paging headers
 * are computed once per data version, URL and representation. A write through this process
 * empties the cache; a write through another process (several workers, a CLI) is seen
 * through SQLite's `PRAGMA data_version` on the next request.
 */
export default fp(
  async (app) => {
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

    const cacheable = (request: FastifyRequest) =>
      (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.config?.cache === true

    app.addHook('onRequest', async (request, reply) => {
      if (!cacheable(request)) return
      const version = dataVersion.get() as number
      if (version !== seenVersion) {
        seenVersion = version
        invalidate()
      }
      request.cacheGeneration = generation
      request.cacheKey = `${wantsCsv(request) ? 'csv' : 'json'} ${request.url}`
      const hit = entries.get(request.cacheKey)
      if (hit === undefined) return
      reply.headers(hit.headers)
      return reply.code(200).send(hit.body)
    })

    app.addHook('onSend', async (request, reply, payload) => {
      const key = request.cacheKey
      if (key === undefined || reply.statusCode !== 200 || typeof payload !== 'string' || entries.has(key)) return payload
      // A write that landed while this answer was being made leaves it unstored.
      if (request.cacheGeneration !== generation) return payload
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
      const headers: Record<string, string> = {}
      for (const name of kept) {
        const value = reply.getHeader(name)
        if (value !== undefined) headers[name] = String(value)
      }
      entries.set(key, { body: payload, headers })
      return payload
    })

    app.addHook('onResponse', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS' && reply.statusCode < 400) invalidate()
    })
  },
  { name: 'response-cache', dependencies: ['db'] }
)
