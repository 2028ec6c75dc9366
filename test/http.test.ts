import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { useApp } from './helper.js'

const ctx = useApp()

describe('HTTP caching', () => {
  it('gives every read a strong ETag, 304 on If-None-Match, and Cache-Control', async () => {
    for (const url of ['/v1', '/v1/rounds', '/v1/rounds/istanbul-2022-03-29', '/v1/parties/kiev/proposals', '/v1/sources/xinhua-2022-04-ease-tensions', '/v1/rounds?format=csv']) {
      const first = await ctx.app.inject(url)
      const tag = first.headers.etag as string
      expect(tag, url).toMatch(/^"[^"]+"$/)
      expect(first.headers['cache-control'], url).toBe('public, no-cache')
      const again = await ctx.app.inject({ url, headers: { 'if-none-match': tag } })
      expect(again.statusCode, url).toBe(304)
      expect(again.body).toBe('')
      expect(again.headers.etag).toBe(tag)
    }
    const csv = await ctx.app.inject('/v1/rounds?format=csv')
    const jsonList = await ctx.app.inject('/v1/rounds')
    expect(csv.headers.etag).not.toBe(jsonList.headers.etag)
  })

  it('answers 200 with a new ETag once the data changes', async () => {
    const before = await ctx.app.inject('/v1/rounds/istanbul-2022-03-29')
    const { token } = createTokensRepository(ctx.app.db).create('http test', 'write')
    const current = before.json() as { summary: string }
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: '/v1/rounds/istanbul-2022-03-29',
      payload: { summary: `${current.summary} (amended)` },
      headers: { authorization: `Bearer ${token}` }
    })
    expect(patched.statusCode).toBe(200)
    const after = await ctx.app.inject({ url: '/v1/rounds/istanbul-2022-03-29', headers: { 'if-none-match': before.headers.etag as string } })
    expect(after.statusCode).toBe(200)
    expect(after.headers.etag).not.toBe(before.headers.etag)
    expect(after.json().summary).toMatch(/\(amended\)$/)
  })

  it('does not cache errors', async () => {
    expect((await ctx.app.inject('/v1/rounds/nope')).headers['cache-control']).toBe('no-store')
  })
})

describe('compression', () => {
  it('compresses when the client accepts it, and the body is the same', async () => {
    const plain = await ctx.app.inject({ url: '/v1/statements', headers: { 'accept-encoding': 'identity' } })
    const gzip = await ctx.app.inject({ url: '/v1/statements', headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gzip.headers.vary).toMatch(/accept-encoding/i)
    expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body)
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length)
    const br = await ctx.app.inject({ url: '/v1/statements', headers: { 'accept-encoding': 'br' } })
    expect(br.headers['content-encoding']).toBe('br')
  })
})

describe('CORS', () => {
  it('lets a page on any origin read, and exposes Link, ETag and X-Request-Id', async () => {
    const response = await ctx.app.inject({ url: '/v1/rounds?limit=1', headers: { origin: 'https://dashboard.example' } })
    expect(response.headers['access-control-allow-origin']).toBe('*')
    const exposed = String(response.headers['access-control-expose-headers']).toLowerCase()
    for (const header of ['link', 'etag', 'x-request-id', 'x-total-count']) expect(exposed).toContain(header)
  })

  it('sends no CORS headers on a request that is not a CORS one (no Origin), but still Vary: Origin', async () => {
    const response = await ctx.app.inject('/v1/rounds?limit=1')
    expect(response.statusCode).toBe(200)
    expect(response.headers['access-control-allow-origin']).toBeUndefined()
    expect(response.headers['access-control-expose-headers']).toBeUndefined()
    expect(String(response.headers.vary)).toMatch(/\bOrigin\b/)
  })

  it('answers a preflight', async () => {
    const response = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/v1/rounds',
      headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' }
    })
    expect(response.statusCode).toBe(204)
    expect(response.headers['access-control-allow-origin']).toBe('*')
    expect(String(response.headers['access-control-allow-methods'])).toContain('GET')
  })
})
