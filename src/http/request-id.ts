import type { IncomingMessage } from 'node:http'

const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/

/**
 * Echoes a client's X-Request-Id when it is a sane token, or makes one, so that a report
 * can be matched to the logs; anything else (too long, odd characters, repeated) is
 * replaced. Fastify uses it for every request, the response cache for the hits it answers.
 */
export function requestId(req: IncomingMessage): string {
  const sent = req.headers['x-request-id']
  return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : crypto.randomUUID()
}
