import fp from 'fastify-plugin'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import { z } from 'zod'
import { Problem, serviceProblems } from '../http/schemas.js'

/**
 * Prometheus metrics at /metrics: requests by route template and status, a latency
 * histogram, the response cache, and the process metrics. Each app has its own registry
 * (no global state).
 */
export default fp(
  async (app) => {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry })
    const labelNames = ['method', 'route', 'status_code'] as const
    const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by route template and status.', labelNames, registers: [registry] })
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to sending the answer, by route template and status.',
      labelNames,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry]
    })
    // The route template, not the URL: /v1/rounds/{id} is one series, whatever the id.
    app.addHook('onResponse', (request, reply, done) => {
      const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: reply.statusCode }
      requests.inc(labels)
      duration.observe(labels, reply.elapsedTime / 1000)
      done()
    })

    // Read from the response cache when scraped: nothing is added to a request's work.
    // (Made unregistered, then registered here: prom-client's default is its global registry.)
    const cache = app.responseCache
    const cacheMetrics = [
      new Counter({
        name: 'response_cache_hits_total',
        help: 'Reads answered from the response cache.',
        registers: [],
        collect() {
          this.reset()
          this.inc(cache.stats().hits)
        }
      }),
      new Gauge({
        name: 'response_cache_entries',
        help: 'Answers kept by the response cache for the current data version.',
        registers: [],
        collect() {
          this.set(cache.stats().entries)
        }
      }),
      new Gauge({
        name: 'response_cache_bytes',
        help: 'Bytes of the bodies the response cache keeps (at most RESPONSE_CACHE_MB).',
        registers: [],
        collect() {
          this.set(cache.stats().bytes)
        }
      })
    ]
    for (const metric of cacheMetrics) registry.registerMetric(metric)

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
          response: {
            200: z.string().describe('Prometheus text exposition format 0.0.4.'),
            400: Problem.describe('A query parameter was given: this endpoint takes none.'),
            ...serviceProblems
          }
        }
      },
      async (_request, reply) => {
        reply.type(registry.contentType)
        return registry.metrics()
      }
    )
  },
  { name: 'metrics', dependencies: ['http-caching'] }
)
