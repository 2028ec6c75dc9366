import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, type ListBody } from './helper.js'

const ctx = useApp()

describe('/v1/sources', () => {
  it('lists the sources without their text, with licence and citation', async () => {
    const body = json<ListBody<Record<string, unknown>>>(await ctx.app.inject('/v1/sources'))
    expect(body.data.map((s) => s.kind).sort()).toEqual(['news_article', 'reference_timeline'])
    for (const source of body.data) {
      expect(source).not.toHaveProperty('text')
      expect(source.licence).toBeTruthy()
      expect(source.citation).toBeTruthy()
    }
  })

  it('returns one source with its text; a reference timeline stores none', async () => {
    const article = json<{ text: string; publisher: string }>(await ctx.app.inject('/v1/sources/xinhua-2022-04-ease-tensions'))
    expect(article.publisher).toBe('Xinhua')
    expect(article.text.length).toBeGreaterThan(1000)
    const timeline = json<{ text: string | null; sha256: string | null }>(await ctx.app.inject('/v1/sources/lcil-negotiation-news'))
    expect(timeline.text).toBeNull()
    expect(timeline.sha256).toBeNull()
  })

  it('answers 404 for an unknown source and 400 for a bad page size', async () => {
    expectProblem(await ctx.app.inject('/v1/sources/reuters'), 404)
    expectProblem(await ctx.app.inject('/v1/sources?limit=-1'), 400)
  })
})
