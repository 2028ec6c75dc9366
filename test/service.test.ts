// Failure paths that need a store in a bad state: an app of their own.
import { describe, expect, it } from 'vitest'
import { expectProblem, useApp } from './helper.js'

const ctx = useApp()

describe('when the database is gone', () => {
  it('answers /readyz 503 and hides the cause of a 500', async () => {
    expect((await ctx.app.inject('/readyz')).statusCode).toBe(200)
    ctx.app.db.$client.close()
    expect((await ctx.app.inject('/healthz')).statusCode).toBe(200)
    expectProblem(await ctx.app.inject('/readyz'), 503)
    const problem = expectProblem(await ctx.app.inject({ url: '/v1/rounds', headers: { 'x-request-id': 'broken-1' } }), 500)
    expect(problem.detail).not.toMatch(/database|sqlite|connection/i)
    expect(problem).toMatchObject({ requestId: 'broken-1' })
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+/)
  })
})
