import type { FastifyReply, FastifyRequest } from 'fastify'
import { STATUS_CODES } from 'node:http'
import type { FieldError } from './errors.js'
import type { Problem } from './schemas.js'

/** Sends an RFC 9457 problem answer; the one way any error leaves this service. */
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
  return reply.code(status).type('application/problem+json').header('x-request-id', request.id).send(body)
}

/**
 * For errors Node's HTTP parser meets before any request exists (a malformed request line,
 * headers too large): the same problem shape, written straight to the socket.
 */
export function problemForSocket(status: number, detail: string): string {
  const body = JSON.stringify({ type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail, instance: '' })
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body
  ].join('\r\n')
}
