import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

interface Actor {
  id: string
  name: string
  type: string
  party: string | null
  statementCount: number
}

const ctx = useApp()

describe('GET /v1/actors', () => {
  it('lists people and organizations', async () => {
    const body = json<ListBody<Actor>>(await ctx.app.inject('/v1/actors'))
    expect(new Set(body.data.map((a) => a.type))).toEqual(new Set(['person', 'organization']))
    expect(body.data.map((a) => a.id)).toContain('nato')
  })

  it('filters by quoted, party, type and q (names and aliases)', async () => {
    const quoted = json<ListBody<Actor>>(await ctx.app.inject('/v1/actors?quoted=true'))
    expect(quoted.data.every((a) => a.statementCount > 0)).toBe(true)
    const silent = json<ListBody<Actor>>(await ctx.app.inject('/v1/actors?quoted=false'))
    expect(silent.data.every((a) => a.statementCount === 0)).toBe(true)
    const all = json<ListBody<Actor>>(await ctx.app.inject('/v1/actors'))
    expect(quoted.page.total + silent.page.total).toBe(all.page.total)
    const russians = json<ListBody<Actor>>(await ctx.app.inject('/v1/actors?party=RUSSIA&type=person'))
    expect(russians.data.map((a) => a.id).sort()).toEqual(['vladimir-medinsky', 'vladimir-putin'])
    const zelenskyy = json<ListBody<Actor>>(await ctx.app.inject('/v1/actors?q=zelenskyy'))
    expect(zelenskyy.data.map((a) => a.id)).toEqual(['volodymyr-zelensky'])
  })

  it('takes a party by two-letter code or Cyrillic name, and q in Cyrillic', async () => {
    const russians = (await ctx.app.inject('/v1/actors?party=russia&type=person')).body
    for (const party of ['RU', 'ru', 'RUS', 'Россия', 'Москва']) {
      expect((await ctx.app.inject(`/v1/actors?party=${encodeURIComponent(party)}&type=person`)).body, party).toBe(russians)
    }
    // Case is ignored in every script, as it is in ASCII.
    for (const q of ['Зеленский', 'Зеленський', 'зеленский', 'ЗЕЛЕНСЬКИЙ']) {
      const found = json<ListBody<Actor>>(await ctx.app.inject(`/v1/actors?q=${encodeURIComponent(q)}`))
      expect(found.data.map((a) => a.id), q).toEqual(['volodymyr-zelensky'])
    }
  })

  it('answers an actor by its id, name or any alias, in any case or script, as a path and as a filter', async () => {
    const medinsky = (await ctx.app.inject('/v1/actors/vladimir-medinsky')).body
    const said = (await ctx.app.inject('/v1/statements?actor=vladimir-medinsky')).body
    const own = (await ctx.app.inject('/v1/actors/vladimir-medinsky/statements')).body
    for (const name of ['VLADIMIR-MEDINSKY', 'Medinsky', 'medinskiy', 'Vladimir Medinsky', 'Мединский', 'МЕДИНСЬКИЙ']) {
      const path = encodeURIComponent(name)
      expect((await ctx.app.inject(`/v1/actors/${path}`)).body, name).toBe(medinsky)
      expect((await ctx.app.inject(`/v1/statements?actor=${path}`)).body, name).toBe(said)
      expect((await ctx.app.inject(`/v1/actors/${path}/statements`)).body, name).toBe(own)
    }
    expectProblem(await ctx.app.inject('/v1/actors/Nobody'), 404)
    expectProblem(await ctx.app.inject('/v1/statements?actor=Nobody'), 400)
  })

  it('pages each actor once', async () => {
    const all = json<ListBody<Actor>>(await ctx.app.inject('/v1/actors?limit=100'))
    const walked = await walk<Actor>(ctx.app, '/v1/actors?limit=3')
    expect(walked.items.map((a) => a.id)).toEqual(all.data.map((a) => a.id))
  })

  it('rejects quoted=yes and type=robot with a 400 problem', async () => {
    expect(expectProblem(await ctx.app.inject('/v1/actors?quoted=yes'), 400).errors?.[0]?.path).toBe('query.quoted')
    expect(expectProblem(await ctx.app.inject('/v1/actors?type=robot'), 400).errors?.[0]?.path).toBe('query.type')
  })
})

describe('GET /v1/actors/{id} and /statements', () => {
  it('returns one actor with roles', async () => {
    const actor = json<Actor & { roles: { text: string }[] }>(await ctx.app.inject('/v1/actors/vladimir-medinsky'))
    expect(actor.roles.map((r) => r.text)).toEqual(['Russian presidential aide', 'head of Russia’s negotiation team'])
  })

  it("lists one actor's statements, with mode and round filters", async () => {
    const all = json<ListBody<{ actor: string; mode: string }>>(await ctx.app.inject('/v1/actors/vladimir-medinsky/statements'))
    expect(all.page.total).toBe(2)
    expect(all.data.every((s) => s.actor === 'vladimir-medinsky')).toBe(true)
    const direct = json<ListBody<unknown>>(await ctx.app.inject('/v1/actors/vladimir-medinsky/statements?mode=direct'))
    expect(direct.page.total).toBe(0)
    const none = json<ListBody<unknown>>(await ctx.app.inject('/v1/actors/vladimir-putin/statements'))
    expect(none.data).toEqual([])
  })

  it('answers 404 problem for an unknown actor', async () => {
    expectProblem(await ctx.app.inject('/v1/actors/john-doe'), 404)
    expectProblem(await ctx.app.inject('/v1/actors/john-doe/statements'), 404)
    expectProblem(await ctx.app.inject('/v1/actors/vladimir-medinsky/statements?round=nowhere'), 400)
  })
})
