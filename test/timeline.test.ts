import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

interface Event {
  id: string
  type: string
  date: { earliest: string; latest: string | null; text: string | null }
  title: string
  parties: string[]
  ref: { type: string; id: string; href: string }
}

const ctx = useApp()

describe('GET /v1/timeline', () => {
  it('is one feed of rounds, proposals, statements and publications, sorted by earliest day', async () => {
    const { items } = await walk<Event>(ctx.app, '/v1/timeline?limit=100')
    const counts = (await ctx.app.inject('/v1')).json().counts as Record<string, number>
    const byType = (t: string) => items.filter((e) => e.type === t).length
    expect(byType('round')).toBe(counts.rounds)
    expect(byType('proposal')).toBe(counts.proposals)
    expect(byType('statement')).toBe(counts.statements)
    expect(byType('publication')).toBe(counts.sources)
    const days = items.map((e) => e.date.earliest)
    expect(days).toEqual([...days].sort())
  })

  it('links every event to its record', async () => {
    const { items } = await walk<Event>(ctx.app, '/v1/timeline?limit=100')
    for (const event of items) {
      expect(event.id).toBe(`${event.type}:${event.ref.id}`)
      const record = await ctx.app.inject(event.ref.href)
      expect(record.statusCode, event.ref.href).toBe(200)
      expect(record.json().id).toBe(event.ref.id)
    }
  })

  it('walking nextCursor yields each event exactly once, whatever the page size', async () => {
    const all = (await walk<Event>(ctx.app, '/v1/timeline?limit=100')).items.map((e) => e.id)
    expect(new Set(all).size).toBe(all.length)
    for (const size of [1, 2, 3, 7]) {
      const walked = await walk<Event>(ctx.app, `/v1/timeline?limit=${size}`)
      expect(walked.items.map((e) => e.id), `limit=${size}`).toEqual(all)
      expect(walked.pages).toBe(Math.ceil(all.length / size))
    }
  })

  it('filters by type (repeated or comma-separated), party alias and dates', async () => {
    for (const type of ['round', 'proposal', 'statement', 'publication']) {
      const only = json<ListBody<Event>>(await ctx.app.inject(`/v1/timeline?type=${type}&limit=100`))
      expect(only.data.length, type).toBeGreaterThan(0)
      expect(only.data.every((e) => e.type === type)).toBe(true)
    }
    const repeated = (await ctx.app.inject('/v1/timeline?type=round&type=proposal&limit=100')).body
    const commas = (await ctx.app.inject('/v1/timeline?type=round,proposal&limit=100')).body
    expect(repeated).toBe(commas)
    expect(new Set((JSON.parse(commas) as ListBody<Event>).data.map((e) => e.type))).toEqual(new Set(['round', 'proposal']))
    const kyiv = json<ListBody<Event>>(await ctx.app.inject('/v1/timeline?party=Kyiv&limit=100'))
    expect(kyiv.data.length).toBeGreaterThan(0)
    expect(kyiv.data.every((e) => e.parties.includes('ukraine'))).toBe(true)
    const march = json<ListBody<Event>>(await ctx.app.inject('/v1/timeline?from=2022-03-01&to=2022-03-12&type=round,proposal&limit=100'))
    expect(march.data.map((e) => e.ref.id)).toEqual(['russia-leaders-meeting-condition', 'belarus-2022-03-03', 'belarus-2022-03-07', 'antalya-2022-03-10'])
  })

  it('rejects unknown types, parties and cursors from another filter with a 400 problem', async () => {
    expect(expectProblem(await ctx.app.inject('/v1/timeline?type=war'), 400).errors?.[0]?.path).toBe('query.type')
    expectProblem(await ctx.app.inject('/v1/timeline?party=narnia'), 400)
    const first = json<ListBody<Event>>(await ctx.app.inject('/v1/timeline?limit=1&type=round'))
    expectProblem(await ctx.app.inject(`/v1/timeline?limit=1&type=statement&cursor=${first.page.nextCursor}`), 400)
  })
})
