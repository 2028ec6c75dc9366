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
  return reply.code(status).type('application/problem+json').send(body)
}
