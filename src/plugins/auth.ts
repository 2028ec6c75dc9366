import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { createTokensRepository, type Scope, type TokenInfo } from '../auth/tokens.js'
import { ForbiddenError, UnauthorizedError } from '../http/errors.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler that lets through only requests with a live token of this scope. */
    requireScope: (scope: Scope) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  }
  interface FastifyRequest {
    token: TokenInfo | undefined
  }
}

/**
 * Bearer tokens for writes: no token, or an unknown or revoked one, is 401 with
 * WWW-Authenticate; a read-only token on a write is 403. Every check reads the store, so a
 * revocation takes effect on the very next request.
 */
/** The token in an `Authorization: Bearer …` header, however it is spelled. */
export function bearerToken(header: unknown): string | undefined {
  return typeof header === 'string' ? /^\s*Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined
}

export default fp(
  async (app) => {
    const tokens = createTokensRepository(app.db)
    app.decorateRequest('token', undefined)
    app.decorate('requireScope', (scope: Scope) => async (request: FastifyRequest, reply: FastifyReply) => {
      const presented = bearerToken(request.headers.authorization)
      const token = presented === undefined ? undefined : tokens.verify(presented)
      if (token === undefined) {
        reply.header('www-authenticate', presented === undefined ? 'Bearer realm="negotiation-timeline"' : 'Bearer realm="negotiation-timeline", error="invalid_token"')
        throw new UnauthorizedError(presented === undefined ? 'This request needs an API token: Authorization: Bearer <token>.' : 'The API token is unknown or revoked.')
      }
      if (scope === 'write' && token.scope !== 'write') throw new ForbiddenError(`The token "${token.name}" may read but not write.`)
      request.token = token
    })
  },
  { name: 'auth', dependencies: ['db'] }
)
