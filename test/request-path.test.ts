import { connect } from 'node:net'
import { Writable } from 'node:stream'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BuildOptions } from '../src/app.js'
import { createTokensRepository } from '../src/auth/tokens.js'
import { expectProblem, useApp } from './helper.js'

// Every answer, kept in memory or made afresh, goes through Fastify's lifecycle: these check
// what that path gives each form of an answer.
const lines: Record<string, unknown>[] = []
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n')) if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>)
    done()
  }
})
const ctx = useApp({ logLevel: 'info', logStream })

const forms = [
  { name: 'identity', headers: {} },
  { name: 'gzip', headers: { 'accept-encoding': 'gzip' } },
  { name: 'br', headers: { 'accept-encoding': 'br' } },
  { name: 'CORS gzip', headers: { 'accept-encoding': 'gzip', origin: 'https://dashboard.example' } }
]

describe('the forms of one answer', () => {
  it('each content coding has its own strong ETag, and the same Vary', async () => {
    const url = '/v1/statements'
    const answers: Awaited<ReturnType<typeof ctx.app.inject>>[] = []
    for (const form of forms) answers.push(await ctx.app.inject({ url, headers: form.headers }))
    const [identity, gzip, br] = answers
    expect(gzip!.headers['content-encoding']).toBe('gzip')
    expect(br!.headers['content-encoding']).toBe('br')
    expect(gunzipSync(gzip!.rawPayload).toString()).toBe(identity!.body)
    expect(brotliDecompressSync(br!.rawPayload).toString()).toBe(identity!.body)
    const tags = answers.slice(0, 3).map((a) => String(a.headers.etag))
    for (const tag of tags) expect(tag).toMatch(/^"[^"]+"$/)
    expect(new Set(tags).size).toBe(3)
    const vary = (answer: (typeof answers)[number]) => String(answer.headers.vary).toLowerCase().split(/,\s*/).sort()
    for (const answer of answers) expect(vary(answer)).toEqual(vary(identity!))
    expect(vary(identity!)).toEqual(expect.arrayContaining(['accept', 'accept-encoding', 'origin']))
  })

  it('is the same, bytes and headers, whether made afresh or kept', async () => {
    for (const form of forms) {
      const url = '/v1/rounds?limit=4&status=held'
      ctx.app.responseCache.clear()
      const made = await ctx.app.inject({ url, headers: form.headers })
      const hitsBefore = ctx.app.responseCache.stats().hits
      const kept = await ctx.app.inject({ url, headers: form.headers })
      expect(ctx.app.responseCache.stats().hits, form.name).toBe(hitsBefore + 1)
      expect(kept.rawPayload.equals(made.rawPayload), form.name).toBe(true)
      const lasting = (headers: Record<string, unknown>) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date' && name !== 'x-request-id'))
      expect(lasting(kept.headers), form.name).toEqual(lasting(made.headers))
      expect(kept.headers['x-request-id']).not.toBe(made.headers['x-request-id'])
    }
  })
})

describe('conditional reads', () => {
  it('answers 304 for the ETag of the form asked for, in a list, weak or *, whether kept or not', async () => {
    for (const form of forms) {
      const url = '/v1/timeline?limit=30'
      const first = await ctx.app.inject({ url, headers: form.headers })
      const tag = String(first.headers.etag)
      for (const ifNoneMatch of [tag, `"other", ${tag}`, `W/${tag}`, '*']) {
        ctx.app.responseCache.clear()
        for (const round of ['made', 'kept']) {
          const again = await ctx.app.inject({ url, headers: { ...form.headers, 'if-none-match': ifNoneMatch } })
          expect(again.statusCode, `${form.name} ${ifNoneMatch} ${round}`).toBe(304)
          expect(again.body).toBe('')
          expect(again.headers.etag).toBe(tag)
          expect(again.headers.vary).toBe(first.headers.vary)
        }
      }
      const stale = await ctx.app.inject({ url, headers: { ...form.headers, 'if-none-match': '"stale"' } })
      expect(stale.statusCode).toBe(200)
    }
    // The identity form's tag does not name the gzip form.
    const identity = await ctx.app.inject('/v1/statements')
    const gzip = await ctx.app.inject({ url: '/v1/statements', headers: { 'accept-encoding': 'gzip', 'if-none-match': String(identity.headers.etag) } })
    expect(gzip.statusCode).toBe(200)
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await ctx.app.inject('/v1/rounds')
    const head = await ctx.app.inject({ method: 'HEAD', url: '/v1/rounds' })
    expect(head.statusCode).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers.etag).toBe(get.headers.etag)
  })
})

describe('writes after a compressed read', () => {
  it('take the ETag of any content coding of the record as its version in If-Match', async () => {
    const { token } = createTokensRepository(ctx.app.db).create('request path', 'write')
    const url = '/v1/sources/lcil-negotiation-news'
    const read = await ctx.app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    expect(read.headers['content-encoding']).toBe('gzip')
    const tag = String(read.headers.etag)
    const patch = (ifMatch: string) => ctx.app.inject({ method: 'PATCH', url, headers: { authorization: `Bearer ${token}`, 'if-match': ifMatch }, payload: { language: 'en' } })
    expect((await patch(tag)).statusCode).toBe(200)
    expectProblem(await patch('"stale.gzip"'), 412)
  })
})

describe('the access log', () => {
  it('writes one line per request, with method, route, status, time and request id', async () => {
    const before = lines.length
    const answer = await ctx.app.inject({ url: '/v1/rounds/istanbul-2022-03-29', headers: { 'x-request-id': 'trace-me-1' } })
    await ctx.app.inject({ url: '/v1/rounds/istanbul-2022-03-29', headers: { 'x-request-id': 'trace-me-2' } })
    await new Promise((resolve) => setImmediate(resolve))
    const written = lines.slice(before)
    expect(written).toHaveLength(2)
    expect(answer.headers['x-request-id']).toBe('trace-me-1')
    expect(written[0]).toMatchObject({ level: 30, reqId: 'trace-me-1', method: 'GET', route: '/v1/rounds/:id', url: '/v1/rounds/istanbul-2022-03-29', status: 200, msg: 'request' })
    expect(typeof written[0]!.ms).toBe('number')
    expect(written[1]).toMatchObject({ reqId: 'trace-me-2', status: 200 })
  })
})

describe('errors before routing', () => {
  let port = 0
  beforeAll(async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    port = (ctx.app.server.address() as { port: number }).port
  })
  const raw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text))
      let answer = ''
      socket.on('data', (chunk) => (answer += chunk.toString()))
      socket.on('end', () => resolve(answer))
      socket.on('error', reject)
    })
  const parse = (answer: string) => {
    const [head = '', body = ''] = answer.split('\r\n\r\n')
    const [status = '', ...rest] = head.split('\r\n')
    const headers = Object.fromEntries(rest.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
    return { status: Number(status.split(' ')[1]), headers, body: JSON.parse(body) as Record<string, unknown> }
  }

  it('answer bad HTTP (400) and headers too large (431) with a problem, a request id and the data headers', async () => {
    const routed = await ctx.app.inject('/v1/rounds/nowhere')
    for (const [text, status] of [
      ['NOT HTTP AT ALL\r\n\r\n', 400],
      [`GET /v1 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431]
    ] as const) {
      const answer = parse(await raw(text))
      expect(answer.status).toBe(status)
      expect(answer.headers['content-type']).toBe('application/problem+json')
      expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      expect(answer.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), instance: `urn:uuid:${answer.headers['x-request-id']}` })
      for (const header of ['content-security-policy', 'x-content-type-options']) expect(answer.headers[header], header).toBe(routed.headers[header])
    }
  })

  it('answer a malformed URL through the error handler', async () => {
    expectProblem(await ctx.app.inject('/v1/rounds/%E0%A4%A'), 400)
  })
})

describe('a request not sent in time', () => {
  // A short timeout, checked often, so that the test waits a moment rather than 30 s.
  const slow = useApp({ fastify: { requestTimeout: 300, http: { connectionsCheckingInterval: 50 } } as BuildOptions['fastify'] })

  it('is answered 408 with a problem, a request id and the data headers', async () => {
    await slow.app.listen({ port: 0, host: '127.0.0.1' })
    const port = (slow.app.server.address() as { port: number }).port
    const answer = await new Promise<string>((resolve, reject) => {
      // The request line and one header, and then nothing.
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /v1 HTTP/1.1\r\nHost: x\r\n'))
      let text = ''
      socket.on('data', (chunk) => (text += chunk.toString()))
      socket.on('close', () => resolve(text))
      socket.on('error', reject)
    })
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(answer).toContain('Content-Type: application/problem+json')
    expect(answer).toMatch(/X-Request-Id: [0-9a-f-]{36}/)
    expect(answer).toContain("content-security-policy: default-src 'none'")
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 408, instance: expect.stringMatching(/^urn:uuid:/) })
  })
})
