import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { expectProblem, useApp } from './helper.js'

const ctx = useApp({ maxEventLoopDelay: 100 })

/** Keeps the event loop busy for `ms`, as the work of many requests would. */
function work(ms: number) {
  const until = performance.now() + ms
  while (performance.now() < until) {
    // busy
  }
}

/** Waits for a condition, a turn at a time, doing `step` in each; fails after `turns`. */
async function until(condition: () => boolean, step: () => Promise<unknown>, turns: number) {
  for (let i = 0; i < turns; i++) {
    if (condition()) return
    await step()
  }
  throw new Error('the condition never held')
}

describe('overload protection', () => {
  it('refuses work with 503 and Retry-After while the event loop lags, and serves again once it does not', async () => {
    expect((await ctx.app.inject('/v1/statements')).statusCode).toBe(200)
    // Lag the event loop in slices of twice the limit until under-pressure has measured it.
    const lag = async () => {
      work(200)
      await nextTurn()
    }
    await until(() => ctx.app.isUnderPressure(), lag, 100)
    // One more slice, so that a measurement taken meanwhile still sees the lag.
    work(200)
    const refused = await ctx.app.inject('/v1/statements')
    expectProblem(refused, 503)
    expect(refused.headers['retry-after']).toBe('1')
    expect(refused.json()).toMatchObject({ detail: 'The service is overloaded; retry in a moment.' })
    // With the loop idle again, the next measurement lifts the refusal.
    await until(() => !ctx.app.isUnderPressure(), () => sleep(50), 400)
    expect((await ctx.app.inject('/v1/statements')).statusCode).toBe(200)
  })
})
