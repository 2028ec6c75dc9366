import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

interface Proposal {
  id: string
  party: string
  round: string | null
  type: string
  category: string
  text: string
}

const ctx = useApp()

describe('GET /v1/proposals', () => {
  it('lists every proposal with evidence', async () => {
    const body = json<ListBody<Proposal & { evidence: unknown[] }>>(await ctx.app.inject('/v1/proposals'))
    expect(body.page.total).toBe(body.data.length)
    expect(body.data.length).toBeGreaterThanOrEqual(6)
    expect(body.data.every((p) => p.evidence.length > 0)).toBe(true)
  })

  it('filters by party alias, round, type, category and q', async () => {
    const kyiv = json<ListBody<Proposal>>(await ctx.app.inject('/v1/proposals?party=Kyiv'))
    expect(kyiv.data.every((p) => p.party === 'ukraine')).toBe(true)
    expect(kyiv.page.total).toBe(5)
    const round = json<ListBody<Proposal>>(await ctx.app.inject('/v1/proposals?round=istanbul-2022-03-29'))
    expect(round.data.every((p) => p.round === 'istanbul-2022-03-29')).toBe(true)
    const conditions = json<ListBody<Proposal>>(await ctx.app.inject('/v1/proposals?type=condition'))
    expect(conditions.data.map((p) => p.party)).toEqual(['russia'])
    const neutrality = json<ListBody<Proposal>>(await ctx.app.inject('/v1/proposals?category=neutrality'))
    expect(neutrality.data.map((p) => p.id)).toEqual(['ukraine-non-bloc-status'])
    const nuclear = json<ListBody<Proposal>>(await ctx.app.inject('/v1/proposals?q=NUCLEAR'))
    // "Nuclear weapons" are in one item: the other weapons of mass destruction have their own words.
    expect(nuclear.data.map((p) => p.category)).toEqual(['nuclear_weapons'])
    // A category is an issue: one that does not exist is a mistake, not an empty list.
    for (const url of ['/v1/proposals?category=nato', '/v1/parties/kyiv/proposals?category=nato']) {
      expect(expectProblem(await ctx.app.inject(url), 400).errors).toEqual([{ path: 'query.category', message: 'no category is known as "nato"' }])
    }
    const none = json<ListBody<Proposal>>(await ctx.app.inject('/v1/proposals?q=100%25'))
    expect(none.page.total).toBe(0)
  })

  it('filters by date: a proposal matches when its date range overlaps from..to, on both lists of proposals', async () => {
    const every = json<ListBody<Proposal & { date: { earliest: string | null; latest: string | null } }>>(await ctx.app.inject('/v1/proposals?limit=100'))
    for (const [from, to] of [['2022-03-30', '2022-04-02'], ['2022-03-29', '2022-03-29'], ['2022-04-08', undefined]] as const) {
      const query = `from=${from}${to ? `&to=${to}` : ''}`
      const expected = every.data
        .filter((p) => p.date.earliest !== null && p.date.earliest <= (to ?? '9999-12-31') && (p.date.latest ?? '9999-12-31') >= from)
        .map((p) => p.id)
      expect(json<ListBody<Proposal>>(await ctx.app.inject(`/v1/proposals?${query}&limit=100`)).data.map((p) => p.id), query).toEqual(expected)
      const kyiv = json<ListBody<Proposal>>(await ctx.app.inject(`/v1/parties/ukraine/proposals?${query}&limit=100`)).data.map((p) => p.id)
      expect(kyiv, query).toEqual(every.data.filter((p) => p.party === 'ukraine' && expected.includes(p.id)).map((p) => p.id))
    }
    // The data has both answers: some proposals in the window, some outside it.
    const window = json<ListBody<Proposal>>(await ctx.app.inject('/v1/proposals?from=2022-03-30&to=2022-04-02')).data
    expect(window.length).toBeGreaterThan(0)
    expect(window.length).toBeLessThan(every.data.length)
    for (const url of ['/v1/proposals?from=2022-04-02&to=2022-03-01', '/v1/parties/kyiv/proposals?from=2022-04-02&to=2022-03-01']) {
      expect(expectProblem(await ctx.app.inject(url), 400).errors).toEqual([{ path: 'query.to', message: '"to" (2022-03-01) is before "from" (2022-04-02)' }])
    }
  })

  it('pages each proposal exactly once', async () => {
    const all = json<ListBody<Proposal>>(await ctx.app.inject('/v1/proposals?limit=100'))
    const walked = await walk<Proposal>(ctx.app, '/v1/proposals?limit=1')
    expect(walked.items.map((p) => p.id)).toEqual(all.data.map((p) => p.id))
  })

  it('rejects an unknown round, type or parameter with a 400 problem', async () => {
    for (const [url, path] of [
      ['/v1/proposals?round=yalta-1945', 'query.round'],
      ['/v1/proposals?type=wish', 'query.type'],
      ['/v1/proposals?party=', 'query.party'],
      ['/v1/proposals?sort=date', 'query.sort']
    ] as const) {
      expect(expectProblem(await ctx.app.inject(url), 400).errors?.map((e) => e.path)).toContain(path)
    }
  })
})

describe('GET /v1/proposals/{id}', () => {
  it('returns one proposal', async () => {
    const response = await ctx.app.inject('/v1/proposals/ukraine-no-nato-membership')
    expect(response.statusCode).toBe(200)
    expect(json<Proposal>(response)).toMatchObject({ id: 'ukraine-no-nato-membership', party: 'ukraine', category: 'alliance' })
  })

  it('answers 404 problem for an unknown id', async () => {
    expectProblem(await ctx.app.inject('/v1/proposals/ukraine-joins-nato'), 404)
  })
})
