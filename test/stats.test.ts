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

  it('takes no parameters', async () => {
    expectProblem(await ctx.app.inject('/v1/stats?by=party'), 400)
  })
})
