import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, type ListBody } from './helper.js'

interface Party {
  id: string
  name: string
  role: string
  aliases: string[]
}

const ctx = useApp()
const partyUrl = (name: string, rest = '') => `/v1/parties/${encodeURIComponent(name)}${rest}`

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

  it('accepts two-letter codes whole (they are only left out of search)', async () => {
    for (const [code, id] of [['BY', 'belarus'], ['by', 'belarus'], ['UA', 'ukraine'], ['RU', 'russia'], ['TR', 'turkey'], ['BLR', 'belarus']] as const) {
      const response = await ctx.app.inject(partyUrl(code))
      expect(response.statusCode, code).toBe(200)
      expect(json<Party>(response).id, code).toBe(id)
    }
    expect(json<Party>(await ctx.app.inject('/v1/parties/belarus')).aliases).not.toContain('Minsk')
    expectProblem(await ctx.app.inject('/v1/parties/minsk'), 404)
  })

  it('accepts Cyrillic names, percent-encoded or not, in any case and normal form', async () => {
    const ukraine = (await ctx.app.inject('/v1/parties/kiev')).body
    for (const name of ['Київ', 'КИЇВ', 'київ', 'Киев', 'Україна', 'УКРАИНА', 'Київ'.normalize('NFD')]) {
      const response = await ctx.app.inject(partyUrl(name))
      expect(response.statusCode, name).toBe(200)
      expect(response.body, name).toBe(ukraine)
    }
    expect(json<Party>(await ctx.app.inject('/v1/parties/Київ')).id).toBe('ukraine')
    expect(json<Party>(await ctx.app.inject(partyUrl('Москва'))).id).toBe('russia')
    expect(json<Party>(await ctx.app.inject(partyUrl('Білорусь'))).id).toBe('belarus')
  })

  it('answers 404 problem for an unknown party', async () => {
    expectProblem(await ctx.app.inject('/v1/parties/atlantis'), 404)
  })
})

describe('GET /v1/parties/{id}/proposals', () => {
  it('returns the same list for kiev, kyiv and ukraine', async () => {
    const names = ['kiev', 'kyiv', 'ukraine', 'Kyiv', 'UA', 'Київ', 'КИЇВ', 'Киев', 'Київ'.normalize('NFD')]
    const bodies = await Promise.all(names.map(async (name) => (await ctx.app.inject(partyUrl(name, '/proposals'))).body))
    expect(new Set(bodies).size).toBe(1)
    const list = JSON.parse(bodies[0]!) as ListBody<{ party: string }>
    expect(list.data).toHaveLength(5)
    expect(list.data.every((p) => p.party === 'ukraine')).toBe(true)
  })

  it('takes the proposal filters', async () => {
    const body = json<ListBody<{ category: string }>>(await ctx.app.inject('/v1/parties/kyiv/proposals?category=wmd'))
    expect(body.data.map((p) => p.category)).toEqual(['wmd'])
    expect(json<ListBody<unknown>>(await ctx.app.inject('/v1/parties/belarus/proposals')).page.total).toBe(0)
    expect((await ctx.app.inject(partyUrl('Київ', '/proposals?category=wmd'))).body).toBe((await ctx.app.inject('/v1/parties/kyiv/proposals?category=wmd')).body)
  })

  it('answers 404 for an unknown party, not an empty list, and 400 for a party query parameter', async () => {
    expectProblem(await ctx.app.inject('/v1/parties/atlantis/proposals'), 404)
    expectProblem(await ctx.app.inject('/v1/parties/kyiv/proposals?party=russia'), 400)
  })
})
