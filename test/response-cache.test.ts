import Database from 'better-sqlite3'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { useApp } from './helper.js'
import { httpRequest, type HttpAnswer } from './server-process.js'

const ctx = useApp()

describe('the response cache', () => {
  it('answers a repeated read with the same bytes and headers', async () => {
    const first = await ctx.app.inject('/v1/rounds?limit=2')
    const second = await ctx.app.inject('/v1/rounds?limit=2')
    expect(ctx.app.responseCache.stats().entries).toBeGreaterThan(0)
    expect(second.body).toBe(first.body)
    for (const header of ['etag', 'link', 'content-type', 'x-total-count', 'cache-control', 'access-control-allow-origin', 'access-control-expose-headers', 'content-security-policy', 'x-content-type-options']) {
      expect(second.headers[header], header).toBe(first.headers[header])
    }
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id'])
    const metrics = (await ctx.app.inject('/metrics')).body
    expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/v1\/rounds",status_code="200"\} 2/)
    const csv = await ctx.app.inject('/v1/rounds?limit=2&format=csv')
    expect(csv.body).not.toBe(first.body)
    expect((await ctx.app.inject({ url: '/v1/rounds?limit=2', headers: { accept: 'text/csv' } })).body).toBe(csv.body)
  })

  it('sees a write made through another connection (another worker, a CLI) on the next request', async () => {
    const before = (await ctx.app.inject('/v1/rounds/round-5-2022-03-21')).json() as { title: string }
    const other = new Database(ctx.databasePath)
    try {
      other.prepare("UPDATE rounds SET title = 'Fifth round (renamed elsewhere)' WHERE id = 'round-5-2022-03-21'").run()
    } finally {
      other.close()
    }
    const after = (await ctx.app.inject('/v1/rounds/round-5-2022-03-21')).json() as { title: string }
    expect(before.title).toBe('Fifth round of negotiations')
    expect(after.title).toBe('Fifth round (renamed elsewhere)')
  })
})

describe('the response cache on a real server', () => {
  const served = useApp()
  let base: string
  // Answers given from the cache so far.
  const hits = () => served.app.responseCache.stats().hits

  beforeAll(async () => {
    base = await served.app.listen({ port: 0, host: '127.0.0.1' })
  })

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => httpRequest(base + path, { method, headers })
  // Every header but the two that belong to one answer.
  const lasting = (answer: HttpAnswer) => Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name !== 'date' && name !== 'x-request-id'))

  it('answers a hit with the bytes and headers the miss was given', async () => {
    for (const path of ['/v1/timeline?limit=3', '/v1/rounds/istanbul-2022-03-29', '/v1/search?q=nato', '/v1/stats']) {
      const miss = await get(path)
      const before = hits()
      const hit = await get(path)
      expect(hits(), path).toBe(before + 1)
      expect(hit.status, path).toBe(200)
      expect(hit.body.equals(miss.body), path).toBe(true)
      expect(lasting(hit), path).toEqual(lasting(miss))
      expect(hit.headers['x-request-id']).not.toBe(miss.headers['x-request-id'])
    }
    const metrics = (await get('/metrics')).body.toString()
    expect(metrics).toMatch(/http_requests_total\{method="GET",route="\/v1\/stats",status_code="200"\} 2/)
    expect(Number(/^response_cache_hits_total (\d+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(4)
  })

  it('gives hits compressed, 304 for a known ETag, HEAD without a body, and the client its request id', async () => {
    const path = '/v1/rounds'
    const plain = await get(path)
    const etag = String(plain.headers.etag)
    const unzip = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync }
    const cases = [
      ['gzip', 'gzip'],
      ['gzip, deflate, br, zstd', 'br'],
      ['deflate', 'deflate'],
      ['br;q=0, gzip;q=0.5, *;q=0.1', 'gzip'],
      ['identity', undefined],
      ['compress', undefined]
    ] as const
    for (const [index, [accepted, encoding]] of cases.entries()) {
      // Each case on its own URL, so that the miss, too, is answered with this Accept-Encoding.
      const url = `/v1/rounds?limit=${index + 3}`
      const miss = await get(url, { 'accept-encoding': accepted })
      const before = hits()
      const hit = await get(url, { 'accept-encoding': accepted })
      expect(hits(), accepted).toBe(before + 1)
      expect(lasting(hit), accepted).toEqual(lasting(miss))
      expect(hit.headers['content-encoding'], accepted).toBe(encoding)
      const body = encoding === undefined ? hit.body : unzip[encoding](hit.body)
      expect(body.equals(encoding === undefined ? miss.body : unzip[encoding](miss.body)), accepted).toBe(true)
    }
    const notModified = await get(path, { 'if-none-match': `W/"x", ${etag}` })
    expect(notModified.status).toBe(304)
    expect(notModified.body.length).toBe(0)
    expect(notModified.headers.etag).toBe(etag)
    const head = await get(path, {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['content-length']).toBe(String(plain.body.length))
    const traced = await get(path, { 'x-request-id': 'dashboard-7.poll-42' })
    expect(traced.headers['x-request-id']).toBe('dashboard-7.poll-42')
  })

  it('counts its hits in the metrics by method and status, with their latency', async () => {
    const series = (text: string, name: string, labels: string) => Number(text.split('\n').find((line) => line.startsWith(`${name}{${labels}} `))?.split(' ')[1] ?? 0)
    const scrape = async () => (await get('/metrics')).body.toString()
    const route = 'route="/v1/actors/:id"'
    const labels = {
      get: `method="GET",${route},status_code="200"`,
      notModified: `method="GET",${route},status_code="304"`,
      head: `method="HEAD",${route},status_code="200"`
    }
    const before = await scrape()
    const miss = await get('/v1/actors/nato')
    const sinceMiss = hits()
    await get('/v1/actors/nato')
    await get('/v1/actors/nato', { 'if-none-match': String(miss.headers.etag) })
    await get('/v1/actors/nato', {}, 'HEAD')
    await get('/v1/actors/nato', {}, 'HEAD')
    expect(hits()).toBe(sinceMiss + 4)
    const after = await scrape()
    const added = (name: string, of: string) => series(after, name, of) - series(before, name, of)
    expect(added('http_requests_total', labels.get)).toBe(2)
    expect(added('http_requests_total', labels.notModified)).toBe(1)
    expect(added('http_requests_total', labels.head)).toBe(2)
    for (const [of, count] of [[labels.get, 2], [labels.notModified, 1], [labels.head, 2]] as const) {
      expect(added('http_request_duration_seconds_count', of), of).toBe(count)
      expect(added('http_request_duration_seconds_bucket', `le="+Inf",${of}`), of).toBe(count)
      expect(added('http_request_duration_seconds_sum', of), of).toBeGreaterThan(0)
      // Buckets are cumulative: each counts the answers at or under its bound.
      const buckets = after.split('\n').filter((line) => line.startsWith('http_request_duration_seconds_bucket{le=') && line.includes(of)).map((line) => Number(line.split(' ')[1]))
      expect(buckets.length, of).toBe(13)
      expect(buckets, of).toEqual([...buckets].sort((a, b) => a - b))
    }
  })

  it('keeps CORS answers apart from the others', async () => {
    const path = '/v1/rounds?limit=4'
    await get(path)
    await get(path, { origin: 'https://wall.example' })
    const before = hits()
    const plain = await get(path)
    const cors = await get(path, { origin: 'https://wall.example' })
    expect(hits()).toBe(before + 2)
    expect(plain.headers['access-control-allow-origin']).toBeUndefined()
    expect(cors.headers['access-control-allow-origin']).toBe('*')
    expect(String(cors.headers['access-control-expose-headers'])).toContain('ETag')
    expect(cors.body.equals(plain.body)).toBe(true)
  })

  it('keeps each representation apart, and never keeps a 406', async () => {
    const csv = await get('/v1/rounds?format=csv')
    await get('/v1/rounds', { accept: 'text/csv' })
    const byAccept = await get('/v1/rounds', { accept: 'text/csv' })
    expect(byAccept.headers['content-type']).toMatch(/^text\/csv/)
    expect(byAccept.body.equals(csv.body)).toBe(true)
    const json = await get('/v1/rounds', { accept: 'application/json' })
    expect(json.headers['content-type']).toMatch(/^application\/json/)
    const refused = await get('/v1/rounds', { accept: 'image/png' })
    expect(refused.status).toBe(406)
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/)
    // A route that gives JSON only: CSV asked for is refused every time, though its JSON is kept.
    const jsonOnly = '/v1/rounds/istanbul-2022-03-29'
    await get(jsonOnly, { accept: 'application/json' })
    for (let i = 0; i < 2; i++) expect((await get(jsonOnly, { accept: 'text/csv' })).status).toBe(406)
    expect((await get(jsonOnly, { accept: 'text/csv;q=0.5, application/json;q=0.4' })).headers['content-type']).toMatch(/^application\/json/)
  })

  it('sees a write made by another process on the next request, with a new ETag', async () => {
    const path = '/v1/rounds/round-5-2022-03-21'
    const before = await get(path)
    await get(path)
    const other = new Database(served.databasePath)
    try {
      other.prepare("UPDATE rounds SET title = 'Fifth round (renamed elsewhere)' WHERE id = 'round-5-2022-03-21'").run()
    } finally {
      other.close()
    }
    const after = await get(path)
    expect((JSON.parse(before.body.toString()) as { title: string }).title).toBe('Fifth round of negotiations')
    expect((JSON.parse(after.body.toString()) as { title: string }).title).toBe('Fifth round (renamed elsewhere)')
    expect(after.headers.etag).not.toBe(before.headers.etag)
  })
})

describe('the response cache bound', () => {
  const bounded = useApp({ responseCacheBytes: 20_000 })

  it('keeps at most RESPONSE_CACHE_MB of answers, compressed forms included, oldest out first', async () => {
    const first = await bounded.app.inject('/v1/timeline?limit=1')
    for (let limit = 1; limit <= 30; limit++) {
      await bounded.app.inject(`/v1/timeline?limit=${limit}`)
      await bounded.app.inject({ url: `/v1/timeline?limit=${limit}`, headers: { 'accept-encoding': 'gzip' } })
      expect(bounded.app.responseCache.stats().bytes).toBeLessThanOrEqual(20_000)
    }
    expect(bounded.app.responseCache.stats().entries).toBeGreaterThan(0)
    expect(bounded.app.responseCache.stats().entries).toBeLessThan(30)
    // The oldest answer is gone from the cache, and made again the same.
    const again = await bounded.app.inject('/v1/timeline?limit=1')
    expect(again.body).toBe(first.body)
    expect(again.headers.etag).toBe(first.headers.etag)
    const metrics = (await bounded.app.inject('/metrics')).body
    expect(Number(/^response_cache_bytes (\d+)/m.exec(metrics)?.[1])).toBeLessThanOrEqual(20_000)
  })
})
