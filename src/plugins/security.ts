import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { createTokensRepository } from '../auth/tokens.js'
import { bearerToken } from './auth.js'

export interface SecurityOptions {
  writeRateLimit: number
  readRateLimit: number
}

const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS'

/**
 * Security headers (a CSP that still lets /docs and the dashboard work) and rate limits:
 * by default writes are limited and reads are not, so a wall of dashboards or a benchmark
 * on loopback is never throttled unless the operator asks for it.
 */
export default fp<SecurityOptions>(
  async (app, options) => {
    const tokens = createTokensRepository(app.db)
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Swagger UI sets inline styles; nothing here runs inline scripts.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null
        }
      },
      // Data is meant to be read from other origins (dashboards, CSV downloads).
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      hsts: false
    })

    await app.register(rateLimit, {
      global: true,
      timeWindow: 60_000,
      max: (request) => (isRead(request) ? options.readRateLimit : options.writeRateLimit),
      allowList: (request) => (isRead(request) ? options.readRateLimit === 0 : options.writeRateLimit === 0),
      // Per live token (however its header is spelled), else per IP: failed or guessed
      // tokens count against the address they come from.
      keyGenerator: (request) => {
        const presented = bearerToken(request.headers.authorization)
        const token = presented === undefined ? undefined : tokens.verify(presented)
        return `${isRead(request) ? 'read' : 'write'}:${token ? `token:${token.id}` : `ip:${request.ip}`}`
      },
      errorResponseBuilder: (_request, context) => {
        const error = new Error(`Too many requests: at most ${context.max} a minute; retry in ${Math.ceil(context.ttl / 1000)} s.`) as Error & { statusCode: number }
        error.statusCode = 429
        return error
      }
    })
  },
  { name: 'security', dependencies: ['db'] }
)
