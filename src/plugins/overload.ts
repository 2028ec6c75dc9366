import underPressure from '@fastify/under-pressure'
import type { FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { sendProblem } from '../http/problem.js'
import { cpuMs } from '../http/turn-clock.js'

const SAMPLE_INTERVAL = 100

/**
 * Under more load than it can carry the service refuses work early, with 503 and
 * Retry-After, instead of letting every answer slow down until clients time out. Two rules,
 * both set by MAX_EVENT_LOOP_DELAY:
 * - a request that has already waited half of it behind the others read in the same turn of
 *   the event loop is refused at once: a burst is served up to what can be answered in
 *   time, and only the rest is turned away, so the service keeps answering at its capacity;
 * - past the whole of it (the event loop blocked, by a long synchronous task or a flood),
 *   @fastify/under-pressure refuses everything until the lag is gone, unless the process
 *   was paused rather than working.
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
    // The share of one core the process used since the mark before last (a tenth of a
    // second ago or more): near 1 when the event loop lagged because it was working, near 0
    // when the process was not running at all (a virtual machine's CPU taken by its host).
    let mark = { wall: performance.now(), cpu: cpuMs() }
    let previous = mark
    const marker = setInterval(() => {
      previous = mark
      mark = { wall: performance.now(), cpu: cpuMs() }
    }, SAMPLE_INTERVAL).unref()
    app.addHook('onClose', async () => clearInterval(marker))
    const busyShare = () => (cpuMs() - previous.cpu) / Math.max(1, performance.now() - previous.wall)

    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelay,
      // Sampled often, so that an overload is seen (and its end too) within a tenth of a second.
      sampleInterval: SAMPLE_INTERVAL,
      retryAfter: 1,
      pressureHandler: (request, reply, type) => {
        // A sample that found no measurement of the delay since the one before counts as an
        // infinite lag: the loop was blocked all along. When the process was paused rather
        // than busy, the lag is over and no queue built up behind work; refusing would only
        // turn away requests at a load the service carries (on this shared machine, a hundred
        // or more at 10 connections after a pause of a few hundred milliseconds).
        if (type === underPressure.TYPE_EVENT_LOOP_DELAY && busyShare() < 0.5) return
        void refuse(request, reply)
      }
    })
  },
  { name: 'overload' }
)
