import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, type ListBody } from './helper.js'

interface Party {
  id: string
  name: string
  role: string
  aliases: string[]
}

const ctx = useApp()

describe('GET /v1/parties', () => {
  it('lists the sides and the hosts', async () => {
    const body = json<ListBody<Party>>(await ctx.app.inject('/v1/parties'))
    expect(body.data.map((p) => p.id).sort()).toEqual(['belarus', 'russia', 'turkey', 'ukraine'])
    const ukraine = body.data.find((p) => p.id === 'ukraine')!
    expect(ukraine.aliases).toEqual(expect.arrayContaining(['Kyiv', 'Kiev']))
    expect(ukraine.role).toBe('belligerent')
  })
})

describe('GET /v1/parties/{id}', () => {
  it('accepts the id or any alias, case-insensitive', async () => {
    for (const name of ['ukraine', 'Ukraine', 'kyiv', 'KIEV', 'Kiev']) {
      const response = await ctx.app.inject(`/v1/parties/${name}`)
      expect(response.statusCode, name).toBe(200)
      expect(json<Party>(response).id).toBe('ukraine')
    }
    expect(json<Party>(await ctx.app.inject('/v1/parties/moscow')).id).toBe('russia')
  })

  it('answers 404 problem for an unknown party', async () => {
    expectProblem(await ctx.app.inject('/v1/parties/atlantis'), 404)
  })
})

describe('GET /v1/parties/{id}/proposals', () => {
  it('returns the same list for kiev, kyiv and ukraine', async () => {
    const bodies = await Promise.all(['kiev', 'kyiv', 'ukraine', 'Kyiv'].map(async (name) => (await ctx.app.inject(`/v1/parties/${name}/proposals`)).body))
    expect(new Set(bodies).size).toBe(1)
    const list = JSON.parse(bodies[0]!) as ListBody<{ party: string }>
    expect(list.data).toHaveLength(5)
    expect(list.data.every((p) => p.party === 'ukraine')).toBe(true)
  })

  it('takes the proposal filters', async () => {
    const body = json<ListBody<{ category: string }>>(await ctx.app.inject('/v1/parties/kyiv/proposals?category=wmd'))
    expect(body.data.map((p) => p.category)).toEqual(['wmd'])
    expect(json<ListBody<unknown>>(await ctx.app.inject('/v1/parties/belarus/proposals')).page.total).toBe(0)
  })

  it('answers 404 for an unknown party, not an empty list, and 400 for a party query parameter', async () => {
    expectProblem(await ctx.app.inject('/v1/parties/atlantis/proposals'), 404)
    expectProblem(await ctx.app.inject('/v1/parties/kyiv/proposals?party=russia'), 400)
  })
})
