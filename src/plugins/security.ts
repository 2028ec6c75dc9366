import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import helmet, { type HelmetOptions } from 'helmet'
import { createTokensRepository } from '../auth/tokens.js'
import { openSharedRateCounter, rateLimitStore } from '../db/rate-limits.js'
import { bearerToken } from './auth.js'

export interface SecurityOptions {
  writeRateLimit: number
  readRateLimit: number
  /** WORKERS: with more than one process, the write limit is counted in the store's file, shared. */
  workers?: number
}

// A page is rendered by a browser: a CSP that still lets /docs and the dashboard work, and
// the headers that guard a document (true: helmet's default value).
const pageHeaders: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // Swagger UI sets inline styles; nothing here runs inline scripts.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"]
    }
  },
  crossOriginOpenerPolicy: true,
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  originAgentCluster: true,
  referrerPolicy: true,
  xDnsPrefetchControl: true,
  xDownloadOptions: true,
  xFrameOptions: { action: 'deny' },
  xPermittedCrossDomainPolicies: true,
  xXssProtection: true
}

// JSON and CSV are never rendered as documents, so they need only what OWASP's REST Security
// Cheat Sheet asks of an API: no sniffing, no framing, nothing loaded if one is opened in a
// browser. Every header a page needs beyond that would be bytes on every dashboard poll.
const dataHeaders: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  // Data is meant to be read from other origins (dashboards, CSV downloads); CORS governs that.
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  // Plain HTTP on loopback by default; HSTS belongs to the TLS proxy in front.
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  // frame-ancestors 'none' above already forbids framing in every current browser.
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false
}

const isPage = (url: string) => url === '/' || url.startsWith('/assets/') || url.startsWith('/docs')

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])
const isRead = (request: FastifyRequest) => READS.has(request.method)

/**
 * Security headers (a page's set for the dashboard and /docs, a lean one for data) and rate limits:
 * by default writes are limited and reads are not, so a wall of dashboards or a benchmark
 * on loopback is never throttled unless the operator asks for it.
 */
export default fp<SecurityOptions>(
  async (app, options) => {
    const tokens = createTokensRepository(app.db)
    // The pages (the dashboard and the API reference) get a page's headers; everything else,
    // the data API and its problem answers, the lean set. Each helmet middleware is made once:
    // @fastify/helmet makes one for every request.
    const page = helmet(pageHeaders)
    const data = helmet(dataHeaders)
    app.addHook('onRequest', (request, reply, done) => {
      ;(isPage(request.routeOptions.url ?? '') ? page : data)(request.raw, reply.raw, (error) => done(error as Error | undefined))
    })

    // A route whose methods have no limit (reads, by default) gets no rate-limit hook at all:
    // the plugin's hook works out a key and awaits its allow list for every request it sees,
    // a fifth of a kept read's time even when it lets the read through.
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method]
      if (methods.every((method) => (READS.has(method) ? options.readRateLimit : options.writeRateLimit) === 0)) {
        route.config = { ...route.config, rateLimit: false }
      }
    })

    // Per live token (however its header is spelled), else per IP: failed or guessed
    // tokens count against the address they come from.
    const clientKey = (request: FastifyRequest) => {
      const presented = bearerToken(request.headers.authorization)
      const token = presented === undefined ? undefined : tokens.verify(presented)
      return `${isRead(request) ? 'read' : 'write'}:${token ? `token:${token.id}` : `ip:${request.ip}`}`
    }
    const limit = (counts: (request: FastifyRequest) => boolean, store?: FastifyRateLimitStoreCtor) =>
      app.register(rateLimit, {
        ...(store ? { store } : {}),
        global: true,
        timeWindow: 60_000,
        max: (request) => (isRead(request) ? options.readRateLimit : options.writeRateLimit),
        allowList: (request) => !counts(request) || (isRead(request) ? options.readRateLimit === 0 : options.writeRateLimit === 0),
        keyGenerator: (request) => (counts(request) ? clientKey(request) : ''),
        errorResponseBuilder: (_request, context) => {
          const error = new Error(`Too many requests: at most ${context.max} a minute; retry in ${Math.ceil(context.ttl / 1000)} s.`) as Error & { statusCode: number }
          error.statusCode = 429
          return error
        }
      })
    // WORKERS=N: writes are counted in the store's file, so a token gets its write limit once,
    // not N times. Reads are counted by each process (the plugin's in-memory store), as in one
    // process: a read limit is off by default, and a write to the file for every read would
    // cost the reads more than the limit is worth. A read replica's file is the puller's and
    // never written; an in-memory store is one process's own.
    const sqlite = app.db.$client
    if ((options.workers ?? 1) > 1 && !sqlite.readonly && !sqlite.memory) {
      const shared = openSharedRateCounter(sqlite.name)
      app.addHook('onClose', async () => shared.close())
      await limit((request) => !isRead(request), rateLimitStore(shared))
      await limit(isRead)
    } else {
      await limit(() => true)
    }
  },
  { name: 'security', dependencies: ['db'] }
)
