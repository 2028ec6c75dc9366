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
})
