import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, type ListBody } from './helper.js'

interface Dataset {
  version: number
  sources: { id: string; licence: string; citation: string; href: string }[]
  counts: Record<string, number>
  links: Record<string, string>
}

const ctx = useApp()

describe('GET /v1', () => {
  it('describes the dataset: version, sources with licence and citation, counts and links', async () => {
    const response = await ctx.app.inject('/v1')
    expect(response.statusCode).toBe(200)
    const dataset = json<Dataset>(response)
    expect(dataset.version).toBeGreaterThan(0)
    expect(dataset.sources.map((s) => s.id).sort()).toEqual(['lcil-negotiation-news', 'xinhua-2022-04-ease-tensions'])
    for (const collection of ['rounds', 'proposals', 'parties', 'actors', 'statements', 'sources']) {
      const link = dataset.links[collection]!
      const list = json<ListBody<unknown>>(await ctx.app.inject(link))
      expect(dataset.counts[collection], collection).toBe(list.page.total)
    }
    for (const source of dataset.sources) {
      expect((await ctx.app.inject(source.href)).statusCode).toBe(200)
    }
    expect((await ctx.app.inject(dataset.links.openapi!)).statusCode).toBe(200)
  })

  it('states the licences and how to cite this version, as the versions list does', async () => {
    const dataset = json<Dataset & { versionAt: string; citation: string; licence: Record<string, { identifier: string } | string> }>(await ctx.app.inject({ url: '/v1', headers: { host: 'data.example.org' } }))
    expect(dataset.licence.data).toMatchObject({ identifier: 'CC-BY-4.0' })
    expect(dataset.licence.code).toMatchObject({ identifier: 'MIT' })
    expect(dataset.licence.quotedText).toMatch(/copyright/)
    expect(dataset.citation).toContain(`dataset version ${dataset.version} (${dataset.versionAt.slice(0, 10)})`)
    expect(dataset.citation).toContain(`http://data.example.org/v1/export?version=${dataset.version}`)
    const versions = json<ListBody<{ version: number; at: string; citation: string }>>(await ctx.app.inject({ url: dataset.links.versions!, headers: { host: 'data.example.org' } }))
    expect(versions.data[0]).toMatchObject({ version: dataset.version, at: dataset.versionAt, citation: dataset.citation })
    expect((await ctx.app.inject(dataset.links.export!)).statusCode).toBe(200)
  })

  it('takes no parameters', async () => {
    expectProblem(await ctx.app.inject('/v1?limit=5'), 400)
  })
})

describe('HTTP conventions', () => {
  it('echoes X-Request-Id, or makes one', async () => {
    const echoed = await ctx.app.inject({ url: '/v1/rounds', headers: { 'x-request-id': 'dashboard-42' } })
    expect(echoed.headers['x-request-id']).toBe('dashboard-42')
    const made = await ctx.app.inject('/v1/rounds')
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    const problem = expectProblem(await ctx.app.inject({ url: '/v1/rounds/none', headers: { 'x-request-id': 'trace-7' } }), 404)
    expect(problem).toMatchObject({ instance: '/v1/rounds/none', requestId: 'trace-7' })
  })

  it('answers a known path asked with another method with 405 and Allow', async () => {
    const put = await ctx.app.inject({ method: 'PUT', url: '/v1/rounds/online-2022-04-01' })
    expectProblem(put, 405)
    expect(put.headers.allow).toBe('DELETE, GET, HEAD, PATCH')
    const post = await ctx.app.inject({ method: 'POST', url: '/v1/changes' })
    expectProblem(post, 405)
    expect(post.headers.allow).toContain('GET')
  })

  it('answers unknown paths with a 404 problem', async () => {
    const problem = expectProblem(await ctx.app.inject('/v2/rounds'), 404)
    expect(problem.type).toBe('about:blank')
    expectProblem(await ctx.app.inject('/v1/negotiators'), 404)
  })

  it('answers an Accept it cannot serve with 406, and serves JSON to */* or no Accept', async () => {
    expectProblem(await ctx.app.inject({ url: '/v1/rounds', headers: { accept: 'application/xml' } }), 406)
    for (const accept of ['*/*', 'application/json', 'application/*', 'text/html, application/json;q=0.5']) {
      expect((await ctx.app.inject({ url: '/v1/rounds', headers: { accept } })).statusCode, accept).toBe(200)
    }
  })

  it('reads Accept headers with parameters as their media type', async () => {
    for (const accept of ['application/json; charset=utf-8', 'application/json;charset=UTF-8', 'application/json;v=1', 'application/json;q=0.9, */*;q=0.1']) {
      const response = await ctx.app.inject({ url: '/v1/rounds', headers: { accept } })
      expect(response.statusCode, accept).toBe(200)
      expect(response.headers['content-type'], accept).toMatch(/^application\/json/)
    }
    const csv = await ctx.app.inject({ url: '/v1/rounds', headers: { accept: 'text/csv; charset=utf-8; header=present' } })
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    expectProblem(await ctx.app.inject({ url: '/v1/rounds/istanbul-2022-03-29', headers: { accept: 'application/problem+json' } }), 406)
  })

  it('refuses unknown query parameters on single records too', async () => {
    for (const url of ['/v1/rounds/istanbul-2022-03-29?foo=bar', '/v1/parties/kyiv?limit=1', '/v1/actors/nato?x=1', '/v1/sources/lcil-negotiation-news?text=0']) {
      expectProblem(await ctx.app.inject(url), 400)
    }
  })

  it('answers malformed and odd paths with problems, and any unknown id with 404', async () => {
    const bad = expectProblem(await ctx.app.inject({ url: '/v1/rounds/%ZZ', headers: { 'x-request-id': 'bad-url-1' } }), 400)
    expect(bad.requestId).toBe('bad-url-1')
    expectProblem(await ctx.app.inject(`/v1/rounds/${'x'.repeat(300)}`), 404)
    expectProblem(await ctx.app.inject(`/v1/parties/${'x'.repeat(300)}`), 404)
    expectProblem(await ctx.app.inject(`/v1/rounds/${'x'.repeat(2000)}`), 414)
    expectProblem(await ctx.app.inject('/v1/rounds/%20'), 404)
  })

  it('echoes only a sane X-Request-Id, and makes a new one otherwise', async () => {
    for (const sent of ['x'.repeat(500), 'a b', 'é', '<script>']) {
      const response = await ctx.app.inject({ url: '/v1', headers: { 'x-request-id': sent } })
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('lists at most 50 problems in one answer', async () => {
    const query = Array.from({ length: 300 }, (_, i) => `k${i}=1`).join('&')
    const problem = expectProblem(await ctx.app.inject(`/v1/rounds?${query}`), 400)
    expect(problem.errors).toHaveLength(50)
  })

  it('treats a trailing slash as the same list', async () => {
    const plain = await ctx.app.inject('/v1/rounds')
    const slashed = await ctx.app.inject('/v1/rounds/')
    expect(slashed.statusCode).toBe(200)
    expect(slashed.body).toBe(plain.body)
  })

  it('refuses a write without a token, and nothing changes', async () => {
    const before = json<Dataset>(await ctx.app.inject('/v1')).version
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/rounds', payload: { id: 'x' } })
    expectProblem(response, 401)
    expect(json<Dataset>(await ctx.app.inject('/v1')).version).toBe(before)
  })
})

describe('service endpoints', () => {
  it('/healthz and /readyz answer 200 on an open, migrated store', async () => {
    expect((await ctx.app.inject('/healthz')).json()).toEqual({ status: 'ok' })
    expect((await ctx.app.inject('/readyz')).json()).toEqual({ status: 'ok', store: { full: false, freeBytes: expect.any(Number) } })
  })

  it('/docs serves the interactive reference', async () => {
    const response = await ctx.app.inject('/docs/')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/text\/html/)
    expect(response.body).toContain('swagger')
  })
})
