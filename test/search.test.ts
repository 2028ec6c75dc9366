import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { toFtsQuery } from '../src/modules/search/search.query.js'
import { createSearchRepository } from '../src/modules/search/search.repository.js'
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
/** Every hit of a search, as type:id. */
const hitsOf = async (q: string, extra = '') =>
  new Set((await walk<Hit>(ctx.app, `/v1/search?q=${encodeURIComponent(q)}&limit=100${extra}`)).items.map((h) => `${h.type}:${h.id}`))

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
    const kiev = await hitsOf('Kiev')
    const kyiv = await hitsOf('Kyiv')
    for (const hit of kiev) expect(kyiv).toContain(hit)
    expect(kyiv).toContain('source:xinhua-2022-04-ease-tensions')
    const zelensky = await hitsOf('Zelensky')
    const zelenskyy = await hitsOf('Zelenskyy')
    for (const hit of zelensky) expect(zelenskyy).toContain(hit)
    expect(zelenskyy).toContain('statement:arakhamia-intensify-efforts')
  })

  it('knows the Cyrillic names: they find what the Latin ones find, in any case and normal form', async () => {
    const zelensky = await hitsOf('Zelensky')
    expect(zelensky).toContain('actor:volodymyr-zelensky')
    expect([...zelensky].some((hit) => hit.startsWith('statement:'))).toBe(true)
    for (const q of ['Зеленский', 'Зеленський', 'ЗЕЛЕНСКИЙ', 'зеленский']) expect(await hitsOf(q), q).toEqual(zelensky)
    const kyiv = await hitsOf('Kyiv')
    expect(kyiv).toContain('source:xinhua-2022-04-ease-tensions')
    for (const q of ['Київ', 'КИЇВ', 'Київ'.normalize('NFD'), 'Киев', 'Україна']) expect(await hitsOf(q), q).toEqual(kyiv)
    expect(await hitsOf('Путин')).toEqual(await hitsOf('Putin'))
    expect(await hitsOf('Мединский', '&type=statement')).toEqual(await hitsOf('Medinsky', '&type=statement'))
  })

  it('finds Belarus only where the text names Belarus: a two-letter code is no search name', async () => {
    const hits = (await walk<Hit>(ctx.app, '/v1/search?q=Belarus&limit=100')).items
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) {
      const record = await ctx.app.inject(hit.href)
      expect(record.statusCode, hit.href).toBe(200)
      expect(record.body, hit.href).toMatch(/Belarus|Беларусь|Білорусь|BLR/)
      expect(hit.snippet, hit.href).not.toMatch(/<mark>by<\/mark>/i)
    }
    // A three-letter code widens; the same names in Cyrillic find the same.
    const belarus = new Set(hits.map((h) => `${h.type}:${h.id}`))
    for (const q of ['BLR', 'Беларусь', 'Білорусь']) expect(await hitsOf(q), q).toEqual(belarus)
  })

  it('does not widen a word of fewer than three letters, nor add such a name to a query', async () => {
    for (const q of ['by', 'BY']) {
      const hits = (await walk<Hit>(ctx.app, `/v1/search?q=${q}&limit=100`)).items
      expect(hits.length, q).toBeGreaterThan(0)
      for (const hit of hits) expect(hit.snippet.match(/<mark>[^<]*<\/mark>/g)?.every((m) => m.toLowerCase() === '<mark>by</mark>'), hit.href).toBe(true)
    }
    const groups = createSearchRepository(ctx.app.db).aliasGroups()
    for (const q of ['by', 'UA', 'ru', 'TR']) expect(toFtsQuery(q, groups)).toBe(`"${q}"`)
    const belarus = toFtsQuery('Belarus', groups)
    expect(belarus).toContain('"Беларусь"')
    expect(belarus).not.toMatch(/"BY"/i)
    for (const q of ['Ukraine', 'Russia', 'Turkey', 'Kyiv', 'Moscow']) {
      expect(toFtsQuery(q, groups)).not.toMatch(/"[\p{L}\p{N}]{1,2}"/u)
    }
  })

  it('finds the NATO proposal and not the one on foreign bases; one proposal on nuclear weapons', async () => {
    const nato = await hitsOf('NATO', '&type=proposal')
    expect(nato).toContain('proposal:ukraine-no-nato-membership')
    expect(nato).not.toContain('proposal:ukraine-no-foreign-bases-or-troops')
    expect(await hitsOf('NATO')).not.toContain('proposal:ukraine-no-foreign-bases-or-troops')
    expect([...(await hitsOf('nuclear'))].filter((hit) => hit.startsWith('proposal:'))).toEqual(['proposal:ukraine-renounce-nuclear-weapons'])
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
    // A curator's title may hold markup-like text; a snippet must show it, never run it.
    const headers = { authorization: `Bearer ${createTokensRepository(ctx.app.db).create('escape test', 'write').token}` }
    const round = {
      title: 'Marmalade <b>talks</b> & "Kyiv\'s" terms',
      format: 'video',
      date: { earliest: '2022-04-02', latest: '2022-04-02' },
      status: 'held',
      summary: 'Marmalade talks for the snippet test.',
      parties: [{ id: 'ukraine', role: 'participant' }],
      evidence: [{ sourceId: 'xinhua-2022-04-ease-tensions', quote: 'continuing talks in an online format since Friday' }]
    }
    const created = await ctx.app.inject({ method: 'POST', url: '/v1/rounds', payload: round, headers })
    expect(created.statusCode, created.body).toBe(201)
    const snippets = (await search('marmalade')).data.map((h) => h.snippet)
    expect(snippets.length).toBeGreaterThan(0)
    for (const snippet of snippets) expect(snippet).not.toMatch(/<(?!\/?mark>)/)
    const titles = (await search('marmalade talks')).data.map((h) => h.snippet).join(' ')
    expect(titles).toContain('&#60;b&#62;')
    expect(titles).toContain('&#39;')
    expect(titles).toContain('&#38;')
    await ctx.app.inject({ method: 'DELETE', url: created.headers.location as string, headers })
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
