import underPressure from '@fastify/under-pressure'
import fp from 'fastify-plugin'
import { ServiceUnavailableError } from '../http/errors.js'

/**
 * Under more load than it can carry the service refuses work early, with 503 and
 * Retry-After, instead of letting every answer slow down until clients time out:
 * @fastify/under-pressure, configured as its documentation shows, refuses requests while
 * the event loop's mean delay over a sample passes MAX_EVENT_LOOP_DELAY (0 turns it off).
 */
export default fp<{ maxEventLoopDelay: number }>(
  async (app, options) => {
    if (options.maxEventLoopDelay === 0) return
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelay,
      // Sampled ten times a second (the default is once a second), so that a flood is refused
      // within a tenth of a second, and the refusals end as soon after it.
      sampleInterval: 100,
      retryAfter: 1,
      // Thrown from its hook, so the one error handler answers with a problem.
      customError: class extends ServiceUnavailableError {
        constructor() {
          super('The service is overloaded; retry in a moment.')
        }
      }
    })
  },
  { name: 'overload' }
)
