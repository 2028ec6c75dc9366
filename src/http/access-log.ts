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
    const line = this.line(request, reply)
    if (error) reply.log.error({ ...line, err: error }, 'request failed while sending')
    else if (!this.isLogDisabled(request)) reply.log.info(line, 'request')
  }

  /**
   * A client that hangs up during a streamed answer (a download cancelled) ends the request
   * here, not in requestCompleted: it gets its access-log line all the same, marked aborted.
   */
  override streamError(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply, metadata?: Record<string, unknown>) {
    if (error.code !== 'ERR_STREAM_PREMATURE_CLOSE') return super.streamError(error, request, reply, metadata)
    if (!this.isLogDisabled(request)) reply.log.info({ ...this.line(request, reply), aborted: true }, 'request')
  }

  private line(request: FastifyRequest, reply: FastifyReply) {
    return { method: request.method, route: request.routeOptions.url, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100 }
  }
}
