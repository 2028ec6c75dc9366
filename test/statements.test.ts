import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

interface Statement {
  id: string
  actor: string
  party: string | null
  round: string | null
  relatedRounds: string[]
  mode: string
  quote: string | null
  date: { earliest: string; latest: string | null }
}

const ctx = useApp()

describe('GET /v1/statements', () => {
  it('lists every statement', async () => {
    const body = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements'))
    expect(body.data.length).toBe(body.page.total)
    expect(body.data.length).toBeGreaterThanOrEqual(7)
  })

  it('filters by actor, party alias, round, mode, dates and q', async () => {
    const medinsky = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?actor=vladimir-medinsky'))
    expect(medinsky.data.every((s) => s.actor === 'vladimir-medinsky')).toBe(true)
    const kyiv = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?party=kiev'))
    expect(kyiv.data.map((s) => s.actor).sort()).toEqual(['david-arakhamia', 'ukraine-delegation', 'ukraine-delegation', 'volodymyr-zelensky'])
    const meeting = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?round=zelensky-putin-meeting'))
    expect(meeting.data.every((s) => s.round === 'zelensky-putin-meeting' || s.relatedRounds.includes('zelensky-putin-meeting'))).toBe(true)
    // Arakhamia spoke with the online talks, of the agreement the meeting needs: about both.
    expect(meeting.data.find((s) => s.actor === 'david-arakhamia')?.round).toBe('online-2022-04-01')
    const partial = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?mode=partial'))
    expect(partial.data.every((s) => s.mode === 'partial' && s.quote !== null)).toBe(true)
    const before = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?to=2022-02-27'))
    expect(before.page.total).toBe(0)
    const early = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?to=2022-03-01'))
    expect(early.data.length).toBeGreaterThan(0)
    expect(early.data.every((s) => s.date.earliest <= '2022-03-01')).toBe(true)
    const during = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?from=2022-04-05&to=2022-04-05'))
    expect(during.page.total).toBe(json<ListBody<Statement>>(await ctx.app.inject('/v1/statements')).page.total)
    const all = json<ListBody<Statement & { issues: string[] }>>(await ctx.app.inject('/v1/statements?limit=100')).data
    const onMeeting = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?issue=leaders_meeting&limit=100'))
    expect(onMeeting.data.map((s) => s.id)).toEqual(all.filter((s) => s.issues.includes('leaders_meeting')).map((s) => s.id))
    expect(onMeeting.page.total).toBeGreaterThan(0)
    expectProblem(await ctx.app.inject('/v1/statements?issue=weather'), 400)
    const practical = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?q=practical%20basis'))
    expect(practical.data.map((s) => s.id)).toEqual(['timofeev-theoretical-possibility'])
  })

  it('pages each statement once', async () => {
    const all = json<ListBody<Statement>>(await ctx.app.inject('/v1/statements?limit=100'))
    const walked = await walk<Statement>(ctx.app, '/v1/statements?limit=3&mode=indirect')
    expect(walked.items.map((s) => s.id)).toEqual(all.data.filter((s) => s.mode === 'indirect').map((s) => s.id))
  })

  it('rejects unknown actors, modes and parameters with a 400 problem', async () => {
    for (const [url, path] of [
      ['/v1/statements?actor=nobody', 'query.actor'],
      ['/v1/statements?mode=shouted', 'query.mode'],
      ['/v1/statements?round=nowhere', 'query.round'],
      ['/v1/statements?page=2', 'query.page']
    ] as const) {
      expect(expectProblem(await ctx.app.inject(url), 400).errors?.map((e) => e.path)).toContain(path)
    }
  })
})

describe('GET /v1/statements/{id}', () => {
  it('returns one statement and 404 for an unknown id', async () => {
    const statement = json<Statement>(await ctx.app.inject('/v1/statements/medinsky-readiness-first-time-in-years'))
    expect(statement.quote).toBe('for the first time in years')
    expectProblem(await ctx.app.inject('/v1/statements/nobody-said-this'), 404)
  })
})
