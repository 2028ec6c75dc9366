import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, walk } from './helper.js'

interface Stats {
  rounds: { total: number; byStatus: Record<string, number>; byFormat: Record<string, number> }
  proposals: { total: number; byParty: Record<string, number>; byType: Record<string, number>; byCategory: Record<string, number> }
  statements: { total: number; byActor: Record<string, number>; byMode: Record<string, number> }
  dates: { first: string; last: string }
}

const ctx = useApp()
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

describe('GET /v1/stats', () => {
  it('counts what the lists hold', async () => {
    const stats = json<Stats>(await ctx.app.inject('/v1/stats'))
    const rounds = (await walk<{ status: string; format: string }>(ctx.app, '/v1/rounds?limit=100')).items
    expect(stats.rounds.total).toBe(rounds.length)
    expect(sum(stats.rounds.byStatus)).toBe(rounds.length)
    expect(sum(stats.rounds.byFormat)).toBe(rounds.length)
    for (const status of ['held', 'ongoing', 'proposed']) expect(stats.rounds.byStatus[status]).toBe(rounds.filter((r) => r.status === status).length)
    expect(stats.rounds.byFormat.video).toBe(rounds.filter((r) => r.format === 'video').length)

    const proposals = (await walk<{ party: string; category: string }>(ctx.app, '/v1/proposals?limit=100')).items
    expect(sum(stats.proposals.byParty)).toBe(proposals.length)
    expect(stats.proposals.byParty.ukraine).toBe(5)
    expect(stats.proposals.byParty.belarus).toBe(0)
    expect(stats.proposals.byType).toMatchObject({ proposal: 5, condition: 1, demand: 0 })
    expect(sum(stats.proposals.byCategory)).toBe(proposals.length)

    const statements = (await walk<{ actor: string; mode: string }>(ctx.app, '/v1/statements?limit=100')).items
    expect(sum(stats.statements.byActor)).toBe(statements.length)
    expect(stats.statements.byActor['vladimir-medinsky']).toBe(2)
    expect(stats.statements.byMode.direct).toBe(statements.filter((s) => s.mode === 'direct').length)
    expect(stats.dates).toEqual({ first: '2022-02-28', last: '2022-04-07' })
  })

  it('takes no parameters but the representation', async () => {
    expectProblem(await ctx.app.inject('/v1/stats?by=party'), 400)
    expectProblem(await ctx.app.inject('/v1/stats?format=csv&bom=maybe'), 400)
    expectProblem(await ctx.app.inject('/v1/stats?limit=10'), 400)
  })
})

describe('GET /v1/stats as CSV', () => {
  const csvRows = (body: string) => parse(body, { columns: true }) as { dimension: string; key: string; count: string }[]

  it('gives every count of the JSON as a tidy row: dimension, key, count', async () => {
    const stats = json<Stats & { version: number }>(await ctx.app.inject('/v1/stats'))
    for (const response of [await ctx.app.inject('/v1/stats?format=csv'), await ctx.app.inject({ url: '/v1/stats', headers: { accept: 'text/csv' } })]) {
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present')
      expect(response.headers['content-disposition']).toBe(`attachment; filename="negotiation-timeline-stats-v${stats.version}.csv"`)
      expect(response.body.split('\r\n')[0]).toBe('dimension,key,count')
      const rows = csvRows(response.body)
      const count = (dimension: string) => rows.filter((r) => r.dimension === dimension).reduce((n, r) => n + Number(r.count), 0)
      const breakdown = (dimension: string) => Object.fromEntries(rows.filter((r) => r.dimension === dimension).map((r) => [r.key, Number(r.count)]))
      for (const resource of ['rounds', 'proposals', 'statements'] as const) {
        expect(breakdown('total')[resource], resource).toBe(stats[resource].total)
        const { total, ...breakdowns } = stats[resource]
        for (const [name, counts] of Object.entries(breakdowns)) {
          const dimension = `${resource}_${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`
          expect(breakdown(dimension), dimension).toEqual(counts)
          expect(count(dimension), dimension).toBe(total)
        }
      }
      expect([...new Set(rows.map((r) => r.dimension))]).toEqual([
        'total',
        'rounds_by_status',
        'rounds_by_format',
        'proposals_by_party',
        'proposals_by_type',
        'proposals_by_category',
        'statements_by_actor',
        'statements_by_mode'
      ])
      // Every row is one of the JSON's counts, and every count is a row.
      const countsInJson = [stats.rounds, stats.proposals, stats.statements].flatMap((r) => [r.total, ...Object.values(r).flatMap((v) => (typeof v === 'number' ? [] : Object.values(v)))])
      expect(rows.length).toBe(countsInJson.length)
      expect(rows.reduce((n, r) => n + Number(r.count), 0)).toBe(countsInJson.reduce((a, b) => a + b, 0))
    }
  })

  it('negotiates like every CSV answer: bom=true, and 406 for what it cannot give', async () => {
    const withBom = await ctx.app.inject('/v1/stats?format=csv&bom=true')
    expect([...withBom.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(withBom.rawPayload.subarray(3).toString()).toBe((await ctx.app.inject('/v1/stats?format=csv')).body)
    expect((await ctx.app.inject({ url: '/v1/stats?format=json', headers: { accept: 'text/csv' } })).headers['content-type']).toMatch(/^application\/json/)
    expectProblem(await ctx.app.inject({ url: '/v1/stats', headers: { accept: 'image/png' } }), 406)
  })
})
