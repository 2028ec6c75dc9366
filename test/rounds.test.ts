import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

interface Round {
  id: string
  format: string
  status: string
  date: { earliest: string; latest: string | null }
  parties: { id: string; role: string }[]
  evidence: unknown[]
}

const ctx = useApp()

describe('GET /v1/rounds', () => {
  it('lists rounds oldest first with a page block', async () => {
    const response = await ctx.app.inject('/v1/rounds')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const body = json<ListBody<Round>>(response)
    expect(body.page).toEqual({ limit: 20, total: body.data.length, nextCursor: null })
    const starts = body.data.map((r) => r.date.earliest)
    expect(starts).toEqual([...starts].sort())
    expect(body.data.length).toBeGreaterThanOrEqual(9)
  })

  it('sorts newest first with sort=-date', async () => {
    const body = json<ListBody<Round>>(await ctx.app.inject('/v1/rounds?sort=-date'))
    const starts = body.data.map((r) => r.date.earliest)
    expect(starts).toEqual([...starts].sort().reverse())
  })

  it('filters by status, format and party (id or alias, any case)', async () => {
    const held = json<ListBody<Round>>(await ctx.app.inject('/v1/rounds?status=held'))
    expect(held.data.length).toBeGreaterThan(0)
    expect(held.data.every((r) => r.status === 'held')).toBe(true)
    const video = json<ListBody<Round>>(await ctx.app.inject('/v1/rounds?format=video'))
    expect(video.data.every((r) => r.format === 'video')).toBe(true)
    expect(video.page.total).toBe(2)
    const hosted = json<ListBody<Round>>(await ctx.app.inject('/v1/rounds?party=T%C3%BCrkiye'))
    expect(hosted.data.map((r) => r.id).sort()).toEqual(['antalya-2022-03-10', 'istanbul-2022-03-29'])
    const belarus = json<ListBody<Round>>(await ctx.app.inject('/v1/rounds?party=blr'))
    expect(belarus.page.total).toBe(3)
    // Minsk names a city, not the party: no 2022 round was held there.
    expect((await ctx.app.inject('/v1/rounds?party=Minsk')).statusCode).toBe(400)
  })

  it('matches from/to when the date range overlaps, open-ended ranges included', async () => {
    const march = json<ListBody<Round>>(await ctx.app.inject('/v1/rounds?from=2022-03-15&to=2022-03-16'))
    expect(march.data.map((r) => r.id)).toEqual(['video-2022-03-14'])
    const april = json<ListBody<Round>>(await ctx.app.inject('/v1/rounds?from=2022-05-01'))
    // The proposed leaders' meeting has no day, so no date window holds it.
    expect(april.data.map((r) => r.status)).toEqual(['ongoing'])
  })

  it('pages with a cursor and a Link header, each round once, in both sorts', async () => {
    for (const sort of ['date', '-date']) {
      const all = json<ListBody<Round>>(await ctx.app.inject(`/v1/rounds?sort=${sort}&limit=100`))
      const walked = await walk<Round>(ctx.app, `/v1/rounds?sort=${sort}&limit=2`)
      expect(walked.items.map((r) => r.id)).toEqual(all.data.map((r) => r.id))
      expect(walked.pages).toBe(Math.ceil(all.data.length / 2))
      expect(new Set(walked.totals)).toEqual(new Set([all.data.length]))
    }
  })

  it('rejects bad values, unknown parameters and foreign cursors with a 400 problem', async () => {
    const cases: [string, string][] = [
      ['/v1/rounds?limit=banana', 'query.limit'],
      ['/v1/rounds?limit=0', 'query.limit'],
      ['/v1/rounds?limit=101', 'query.limit'],
      ['/v1/rounds?status=cancelled', 'query.status'],
      ['/v1/rounds?from=2022-02-30', 'query.from'],
      ['/v1/rounds?from=yesterday', 'query.from'],
      ['/v1/rounds?colour=red', 'query.colour'],
      ['/v1/rounds?cursor=not-a-cursor', 'query.cursor'],
      ['/v1/rounds?party=narnia', 'query.party'],
      ['/v1/rounds?from=2022-04-01&to=2022-03-01', 'query.to'],
      [`/v1/rounds?q=${'x'.repeat(501)}`, 'query.q'],
      ['/v1/rounds?q=a%00', 'query.q'],
      ['/v1/rounds?status=held&status=ongoing', 'query.status']
    ]
    for (const [url, path] of cases) {
      const problem = expectProblem(await ctx.app.inject(url), 400)
      expect(problem.errors?.map((e) => e.path), url).toContain(path)
    }
  })

  it('refuses a cursor made for the other sort', async () => {
    const first = json<ListBody<Round>>(await ctx.app.inject('/v1/rounds?limit=2'))
    const problem = expectProblem(await ctx.app.inject(`/v1/rounds?limit=2&sort=-date&cursor=${first.page.nextCursor}`), 400)
    expect(problem.detail).toMatch(/cursor/)
  })
})

describe('GET /v1/rounds/{id}', () => {
  it('returns the round with its proposals and statements embedded', async () => {
    const response = await ctx.app.inject('/v1/rounds/istanbul-2022-03-29')
    expect(response.statusCode).toBe(200)
    const round = json<Round & { proposals: { round: string }[]; statements: { round: string }[] }>(response)
    expect(round.proposals).toHaveLength(5)
    expect(round.statements.length).toBeGreaterThan(0)
    expect([...round.proposals, ...round.statements].every((x) => x.round === 'istanbul-2022-03-29')).toBe(true)
    expect(round.parties).toContainEqual({ id: 'turkey', role: 'host' })
    expect(round.parties[0]!.role).toBe('participant')
  })

  it('answers 404 problem for an unknown id', async () => {
    const problem = expectProblem(await ctx.app.inject('/v1/rounds/geneva-2022-01-01'), 404)
    expect(problem.detail).toContain('geneva-2022-01-01')
  })
})
