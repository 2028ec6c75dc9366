// Whatever a client sends, to whichever endpoint, the answer is never a 5xx.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { openapiFile } from '../openapi/generate.js'
import { useApp } from './helper.js'

const ctx = useApp({ writeRateLimit: 0 })
const headers: Record<string, Record<string, string>> = {}

beforeAll(() => {
  const tokens = createTokensRepository(ctx.app.db)
  headers.none = {}
  headers.write = { authorization: `Bearer ${tokens.create('fuzz writer', 'write').token}` }
  headers.read = { authorization: `Bearer ${tokens.create('fuzz reader', 'read').token}` }
  headers.garbage = { authorization: 'Bearer ntk_zz' }
})

const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as { paths: Record<string, Record<string, unknown>> }
const operations = Object.entries(document.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ path, method: method.toUpperCase() })))
const realIds = ['istanbul-2022-03-29', 'ukraine-no-nato-membership', 'kyiv', 'nato', 'zelensky-positive-signals', 'xinhua-2022-04-ease-tensions']
const text = fc.string({ unit: 'binary', maxLength: 40 })
const knownKeys = ['limit', 'cursor', 'q', 'party', 'round', 'actor', 'type', 'from', 'to', 'format', 'sort', 'status', 'mode', 'quoted', 'since', 'cascade', 'category']

const request = fc.record({
  operation: fc.constantFrom(...operations),
  method: fc.option(fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS'), { nil: undefined }),
  id: fc.oneof(fc.constantFrom(...realIds), text),
  query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...knownKeys), text), fc.oneof(text, fc.integer().map(String), fc.constantFrom('2022-03-01', 'csv', 'true', '-date'))), { maxLength: 4 }),
  body: fc.oneof(fc.jsonValue(), fc.constant(undefined), text),
  auth: fc.constantFrom('none', 'write', 'read', 'garbage'),
  contentType: fc.constantFrom('application/json', 'application/merge-patch+json', 'text/plain', 'application/x-www-form-urlencoded'),
  accept: fc.constantFrom(undefined, '*/*', 'text/csv', 'application/xml', 'application/json; charset=utf-8')
})

describe('property: no 5xx', () => {
  it('answers every generated request with a status below 500, and every error as a problem document', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const path = r.operation.path.replace('{id}', encodeURIComponent(r.id))
        const query = new URLSearchParams(r.query).toString()
        const payload = r.body === undefined ? undefined : typeof r.body === 'string' ? r.body : JSON.stringify(r.body)
        const response = await ctx.app.inject({
          method: (r.method ?? r.operation.method) as 'GET',
          url: query ? `${path}?${query}` : path,
          headers: { ...headers[r.auth], ...(payload === undefined ? {} : { 'content-type': r.contentType }), ...(r.accept ? { accept: r.accept } : {}) },
          ...(payload === undefined ? {} : { payload })
        })
        expect(response.statusCode, `${r.method ?? r.operation.method} ${path}?${query} → ${response.body.slice(0, 300)}`).toBeLessThan(500)
        if (response.statusCode >= 400 && (r.method ?? r.operation.method) !== 'HEAD') {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
        }
      }),
      { numRuns: 600 }
    )
  }, 120_000)
})
