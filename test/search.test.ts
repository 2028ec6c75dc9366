import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

interface Hit {
  type: string
  id: string
  title: string
  snippet: string
  score: number
  href: string
}

const ctx = useApp()
const search = async (q: string, extra = '') => json<ListBody<Hit>>(await ctx.app.inject(`/v1/search?q=${encodeURIComponent(q)}${extra}`))

describe('GET /v1/search', () => {
  it('finds across records, best first, with highlighted snippets and links', async () => {
    const body = await search('nato')
    const types = new Set(body.data.map((h) => h.type))
    for (const type of ['actor', 'proposal', 'source']) expect(types).toContain(type)
    const scores = body.data.map((h) => h.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    for (const hit of body.data) {
      expect(hit.snippet).toMatch(/<mark>[^<]+<\/mark>/)
      expect((await ctx.app.inject(hit.href)).statusCode).toBe(200)
    }
  })

  it('finds source text, and quoted phrases only where the words stand together', async () => {
    const phrase = await search('"practical basis"')
    expect(phrase.data.map((h) => `${h.type}:${h.id}`)).toEqual(
      expect.arrayContaining(['statement:timofeev-theoretical-possibility', 'source:xinhua-2022-04-ease-tensions'])
    )
    expect((await search('"basis practical"')).page.total).toBe(0)
  })

  it('knows the other names of parties and actors', async () => {
    const ids = async (q: string) => new Set((await walk<Hit>(ctx.app, `/v1/search?q=${q}&limit=100`)).items.map((h) => `${h.type}:${h.id}`))
    const kiev = await ids('Kiev')
    const kyiv = await ids('Kyiv')
    for (const hit of kiev) expect(kyiv).toContain(hit)
    expect(kyiv).toContain('source:xinhua-2022-04-ease-tensions')
    const zelensky = await ids('Zelensky')
    const zelenskyy = await ids('Zelenskyy')
    for (const hit of zelensky) expect(zelenskyy).toContain(hit)
    expect(zelenskyy).toContain('statement:arakhamia-intensify-efforts')
  })

  it('filters by type and pages through results once', async () => {
    const proposals = await search('weapons', '&type=proposal')
    expect(proposals.data.map((h) => h.id).sort()).toEqual(['ukraine-renounce-nuclear-weapons', 'ukraine-renounce-other-wmd'])
    const both = await search('Medinsky', '&type=statement,actor')
    expect(new Set(both.data.map((h) => h.type))).toEqual(new Set(['statement', 'actor']))
    const all = (await search('the', '&limit=100')).data.map((h) => h.id + h.type)
    const walked = (await walk<Hit>(ctx.app, '/v1/search?q=the&limit=2')).items.map((h) => h.id + h.type)
    expect(walked).toEqual(all)
  })

  it('escapes HTML in snippets', async () => {
    const hit = (await search('leaders', '&type=proposal')).data[0]!
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/)
    expect(hit.snippet).toContain('&#39;')
  })

  it('asks for q, and refuses a q with no words or over 500 characters', async () => {
    expect(expectProblem(await ctx.app.inject('/v1/search'), 400).errors?.[0]?.path).toBe('query.q')
    expectProblem(await ctx.app.inject('/v1/search?q=%22%22%22'), 400)
    expectProblem(await ctx.app.inject(`/v1/search?q=${'a'.repeat(501)}`), 400)
    expect((await ctx.app.inject(`/v1/search?q=${'a'.repeat(500)}`)).statusCode).toBe(200)
    expectProblem(await ctx.app.inject('/v1/search?q=nato&type=everything'), 400)
  })

  it('never answers 5xx, whatever a person types', async () => {
    const odd = ['AND(', '"', '*', 'NEAR(a b)', 'a OR', '-nato', 'nato*', '(((', 'col:nato', '^nato', 'title:x', "O'Brien", 'ü', '🙂', '\u0000', 'NOT', 'a"b', '""', '*nato', 'nato AND', '}{', '\\']
    for (const q of odd) {
      const response = await ctx.app.inject(`/v1/search?q=${encodeURIComponent(q)}`)
      expect([200, 400], q).toContain(response.statusCode)
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 520 }), async (q) => {
        const response = await ctx.app.inject(`/v1/search?q=${encodeURIComponent(q)}`)
        expect([200, 400]).toContain(response.statusCode)
        if (response.statusCode === 400) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      }),
      { numRuns: 300 }
    )
  })

  it('stays in step with the data', async () => {
    expect((await search('Montreux')).page.total).toBe(0)
    const headers = { authorization: `Bearer ${createTokensRepository(ctx.app.db).create('search test', 'write').token}` }
    const patched = await ctx.app.inject({ method: 'PATCH', url: '/v1/rounds/belarus-2022-03-03', payload: { summary: 'Second round of direct negotiations, in Belarus; a sample note on Montreux.' }, headers })
    expect(patched.statusCode).toBe(200)
    expect((await search('Montreux')).data.map((h) => h.id)).toEqual(['belarus-2022-03-03'])
    expect((await ctx.app.inject({ method: 'DELETE', url: '/v1/statements/timofeev-theoretical-possibility', headers })).statusCode).toBe(200)
    expect((await search('"practical basis"', '&type=statement')).page.total).toBe(0)
    const docs = ctx.app.db.$client.prepare('SELECT count(*) AS n FROM search_docs').get() as { n: number }
    const index = ctx.app.db.$client.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }
    const records = ctx.app.db.$client
      .prepare('SELECT (SELECT count(*) FROM rounds) + (SELECT count(*) FROM proposals) + (SELECT count(*) FROM statements) + (SELECT count(*) FROM actors) + (SELECT count(*) FROM sources) AS n')
      .get() as { n: number }
    expect(docs.n).toBe(records.n)
    expect(index.n).toBe(records.n)
  })
})
