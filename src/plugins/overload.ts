import underPressure from '@fastify/under-pressure'
import fp from 'fastify-plugin'
import { sendProblem } from '../http/problem.js'

/**
 * Under more load than it can carry the service refuses work early, with 503 and
 * Retry-After, instead of letting every answer slow down until clients time out.
 */
export default fp<{ maxEventLoopDelay: number }>(
  async (app, options) => {
    if (options.maxEventLoopDelay === 0) return
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelay,
      // Sampled often, so that an overload is seen (and its end too) within a tenth of a second.
      sampleInterval: 100,
      retryAfter: 1,
      pressureHandler: (request, reply) => {
        reply.header('retry-after', '1')
        void sendProblem(request, reply, 503, 'The service is overloaded; retry in a moment.')
      }
    })
  },
  { name: 'overload' }
)
