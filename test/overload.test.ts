import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, type App } from '../src/app.js'
import { expectProblem, tempDir } from './helper.js'

const dir = tempDir()
let app: App
beforeAll(async () => {
  app = await buildApp({ databasePath: join(dir, 'overload.db'), seedOnStart: true, logLevel: 'silent', maxEventLoopDelay: 250 })
  await app.ready()
})
afterAll(async () => {
  await app.close()
})

describe('overload protection', () => {
  it('refuses work with 503 and Retry-After while the event loop lags, and serves again after', async () => {
    const until = Date.now() + 1500
    while (Date.now() < until) {
      // Keep the event loop busy, as a flood of requests would.
    }
    // Let the next sample of the event-loop delay see the lag.
    await new Promise((resolve) => setTimeout(resolve, 30))
    const refused = await app.inject('/v1/statements')
    expectProblem(refused, 503)
    expect(refused.headers['retry-after']).toBe('1')
    let answer = refused.statusCode
    for (let i = 0; i < 250 && answer === 503; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      answer = (await app.inject('/v1/statements')).statusCode
    }
    expect(answer).toBe(200)
  })

  it('refuses a request that waited too long behind the others of its turn, and serves the next turn', async () => {
    // maxEventLoopDelay 250: a request that waited 125 ms in its turn is refused.
    const first = await app.inject('/v1/statements?limit=1')
    expect(first.statusCode).toBe(200)
    const until = performance.now() + 200
    while (performance.now() < until) {
      // The work of the requests handled before this one in the same turn.
    }
    const late = await app.inject('/v1/statements?limit=2')
    expectProblem(late, 503)
    expect(late.headers['retry-after']).toBe('1')
    await new Promise((resolve) => setImmediate(resolve))
    expect((await app.inject('/v1/statements?limit=2')).statusCode).toBe(200)
  })
  it('does not refuse a request kept waiting by a stalled process rather than by other requests', async () => {
    const first = await app.inject('/v1/statements?limit=3')
    expect(first.statusCode).toBe(200)
    // The process sleeps (no CPU), as when the machine's host takes its CPU for a while.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
    expect((await app.inject('/v1/statements?limit=4')).statusCode).toBe(200)
  })
})
