import { type FastifyReply, type FastifyRequest, LogController } from 'fastify'

/**
 * One access-log line per request, when the answer is sent: method, route template, URL,
 * status and time, with the request id Fastify binds to the request's logger; instead of
 * Fastify's two lines ("incoming request", then "request completed"). With `enabled`
 * false (ACCESS_LOG=false) requests are not logged; errors still are.
 */
export class AccessLog extends LogController {
  constructor(enabled: boolean) {
    super({ disableRequestLogging: !enabled })
  }

  override incomingRequest() {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply) {
    const line = { method: request.method, route: request.routeOptions.url, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100 }
    if (error) reply.log.error({ ...line, err: error }, 'request failed while sending')
    else if (!this.isLogDisabled(request)) reply.log.info(line, 'request')
  }
}
