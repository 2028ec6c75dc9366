import underPressure from '@fastify/under-pressure'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { sendProblem } from '../http/problem.js'

/**
 * Under more load than it can carry the service refuses work early, with 503 and
 * Retry-After, instead of letting every answer slow down until clients time out. Two rules,
 * both set by MAX_EVENT_LOOP_DELAY:
 * - a request that has already waited half of it behind the others read in the same turn of
 *   the event loop is refused at once: a burst is served up to what can be answered in
 *   time, and only the rest is turned away, so the service keeps answering at its capacity;
 * - past the whole of it (the event loop blocked, by a long synchronous task or a flood),
 *   @fastify/under-pressure refuses everything until the lag is gone (sampled as often).
 * Answers from the response cache cost less than a refusal and are always given.
 */
export default fp<{ maxEventLoopDelay: number }>(
  async (app, options) => {
    if (options.maxEventLoopDelay === 0) return
    const refuse = (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('retry-after', '1')
      return sendProblem(request, reply, 503, 'The service is overloaded; retry in a moment.')
    }
    const maxWait = options.maxEventLoopDelay / 2
    app.addHook('onRequest', async (request, reply) => {
      app.turnClock.enter()
      if (app.turnClock.waitedLongerThan(maxWait)) return refuse(request, reply)
    })
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelay,
      // A sample that finds no event-loop delay measured since the one before counts as an
      // infinite delay (the loop was blocked all along). Sampled every half of
      // maxEventLoopDelay, the wait a request is allowed in its turn, so that only a loop
      // blocked for that long counts: sampled every 0.1 s, one long turn (a fresh process's
      // first requests, a machine pausing the process) refused everything for the next
      // 0.1 s, at a load the service carries easily.
      sampleInterval: options.maxEventLoopDelay / 2,
      retryAfter: 1,
      pressureHandler: (request, reply) => {
        void refuse(request, reply)
      }
    })
  },
  { name: 'overload' }
)
