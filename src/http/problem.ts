import type { FastifyReply, FastifyRequest } from 'fastify'
import { STATUS_CODES } from 'node:http'
import type { FieldError } from './errors.js'
import type { Problem } from './schemas.js'

/** Sends an RFC 9457 problem answer: called by the one error handler, and only there. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, status: number, detail: string, errors?: FieldError[]) {
  const body: Problem = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance: request.url,
    requestId: request.id,
    ...(errors === undefined ? {} : { errors })
  }
  return reply.code(status).type('application/problem+json').send(body)
}

/**
 * The headers @fastify/helmet gives every data answer (src/plugins/security.ts), for the
 * answers written before any request exists.
 */
export const DATA_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none';frame-ancestors 'none'",
  'x-content-type-options': 'nosniff'
} as const

/**
 * For errors Node's HTTP parser meets before any request exists (a malformed request line,
 * headers too large, a request not sent in time): the same problem shape and headers,
 * written straight to the socket. The instance names this occurrence by its request id.
 */
export function problemForSocket(status: number, detail: string, id: string): string {
  const body = JSON.stringify({ type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, instance: `urn:uuid:${id}`, requestId: id })
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    `X-Request-Id: ${id}`,
    ...Object.entries(DATA_SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
    '',
    body
  ].join('\r\n')
}
