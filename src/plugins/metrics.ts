import fp from 'fastify-plugin'
import { collectDefaultMetrics, Counter, Gauge, type Metric, Registry } from 'prom-client'
import { type AnswerSeries, createRequestMetrics } from '../http/request-metrics.js'
import { z } from 'zod'

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The metrics' series of one method, route template and status; for answers written
     * outside Fastify's hooks (the response cache's hits), which keep theirs.
     */
    answerSeries: (method: string, route: string, statusCode: number) => AnswerSeries
    /** Counts one answer of a series, and its time. */
    observeAnswer: (series: AnswerSeries, seconds: number) => void
  }
}

/**
 * Prometheus metrics at /metrics: requests by route template and status, a latency
 * histogram, and the process metrics. Each app has its own registry (no global state).
 */
export default fp(
  async (app) => {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry })
    const answers = createRequestMetrics([0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5])
    // The registry reads any object with a name and get(); its type names only prom-client's own classes.
    for (const metric of answers.metrics) registry.registerMetric(metric as unknown as Metric)

    // Read from the response cache when scraped: nothing is added to a hit's work.
    const cache = app.responseCache
    new Counter({
      name: 'response_cache_hits_total',
      help: 'Reads answered from the response cache, by where: "front" before Fastify routes the request, "hook" in its first hook.',
      labelNames: ['where'] as const,
      registers: [registry],
      collect() {
        this.reset()
        this.inc({ where: 'front' }, cache.hits.front)
        this.inc({ where: 'hook' }, cache.hits.hook)
      }
    })
    new Gauge({
      name: 'response_cache_entries',
      help: 'Answers kept by the response cache for the current data version.',
      registers: [registry],
      collect() {
        this.set(cache.size())
      }
    })
    new Gauge({
      name: 'response_cache_bytes',
      help: 'Bytes of the bodies the response cache keeps, compressed forms included (at most RESPONSE_CACHE_MB).',
      registers: [registry],
      collect() {
        this.set(cache.bytes())
      }
    })

    app.decorate('answerSeries', answers.seriesOf)
    app.decorate('observeAnswer', answers.observe)
    // The route template, not the URL: /v1/rounds/{id} is one series, whatever the id.
    app.addHook('onResponse', async (request, reply) => {
      answers.observe(answers.seriesOf(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode), reply.elapsedTime / 1000)
    })

    app.get(
      '/metrics',
      {
        schema: {
          tags: ['service'],
          operationId: 'getMetrics',
          summary: 'Prometheus metrics',
          description: 'Request counts and latency histograms by route template and status, and process metrics, in the Prometheus text format.',
          querystring: z.strictObject({}),
          produces: ['text/plain'],
          response: { 200: z.string().describe('Prometheus text exposition format 0.0.4.') }
        }
      },
      async (_request, reply) => {
        reply.type(registry.contentType)
        return registry.metrics()
      }
    )
  },
  { name: 'metrics', dependencies: ['response-cache'] }
)
