/** One series: the answers to one method, route template and status. */
export interface AnswerSeries {
  readonly labels: { method: string; route: string; status_code: string }
  count: number
  sum: number
  /** Answers per bucket (not cumulative); the last slot is above the highest bound. */
  readonly buckets: Float64Array
}

/** A metric as prom-client's registry reads it (`registerMetric`, then `get()` when scraped). */
interface RegisteredMetric {
  name: string
  get(): { name: string; help: string; type: 'counter' | 'histogram'; aggregator: 'sum'; values: Value[] }
  reset(): void
}
interface Value {
  value: number
  labels: Record<string, string | number>
  metricName?: string
}

/**
 * The requests answered, by method, route template and status (`http_requests_total`), and
 * their latency histogram (`http_request_duration_seconds`): the series and text prom-client's
 * Counter and Histogram give, kept in plain numbers. prom-client checks and hashes the labels
 * of every observation, which paired runs measured at a tenth of a cached answer's time; here
 * a series is one Map lookup away, and a cached answer keeps its own.
 */
export function createRequestMetrics(bounds: readonly number[]) {
  const series = new Map<string, AnswerSeries>()
  // In the order first seen, as prom-client lists them; a series once seen stays.
  const observed = () => [...series.values()].filter((answers) => answers.count > 0)

  /** The series of one method, route template and status, made on first use. */
  const seriesOf = (method: string, route: string, statusCode: number): AnswerSeries => {
    const key = `${method} ${statusCode} ${route}`
    let found = series.get(key)
    if (found === undefined) {
      found = { labels: { method, route, status_code: String(statusCode) }, count: 0, sum: 0, buckets: new Float64Array(bounds.length + 1) }
      series.set(key, found)
    }
    return found
  }

  const observe = (answers: AnswerSeries, seconds: number) => {
    answers.count += 1
    answers.sum += seconds
    let bucket = 0
    while (bucket < bounds.length && seconds > bounds[bucket]!) bucket += 1
    answers.buckets[bucket]! += 1
  }

  // Resetting zeroes the series but keeps them: a cached answer may hold one.
  const reset = () => {
    for (const answers of series.values()) {
      answers.count = 0
      answers.sum = 0
      answers.buckets.fill(0)
    }
  }

  const requests: RegisteredMetric = {
    name: 'http_requests_total',
    get: () => ({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by route template and status.',
      type: 'counter',
      aggregator: 'sum',
      values: observed().map((answers) => ({ value: answers.count, labels: answers.labels }))
    }),
    reset
  }

  const name = 'http_request_duration_seconds'
  const duration: RegisteredMetric = {
    name,
    get: () => ({
      name,
      help: 'Time from receiving a request to sending the answer, by route template and status.',
      type: 'histogram',
      aggregator: 'sum',
      values: observed().flatMap((answers) => {
        let below = 0
        const buckets = bounds.map((le, i) => {
          below += answers.buckets[i]!
          return { value: below, labels: { le, ...answers.labels }, metricName: `${name}_bucket` }
        })
        return [
          ...buckets,
          { value: answers.count, labels: { le: '+Inf', ...answers.labels }, metricName: `${name}_bucket` },
          { value: answers.sum, labels: answers.labels, metricName: `${name}_sum` },
          { value: answers.count, labels: answers.labels, metricName: `${name}_count` }
        ]
      })
    }),
    reset
  }

  return { seriesOf, observe, metrics: [requests, duration] as const }
}
