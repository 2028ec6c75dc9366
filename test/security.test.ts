import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { projectRoot } from '../src/paths.js'
import { expectProblem, tempDir, useApp } from './helper.js'

const dir = tempDir()
const ctx = useApp({ writeRateLimit: 3, readRateLimit: 0, corsWriteOrigins: ['https://curation.example.org'] })
let token = ''

beforeAll(() => {
  token = createTokensRepository(ctx.app.db).create('limited', 'write').token
})

describe('rate limits', () => {
  it('limits writes per token with 429 and Retry-After, and never limits reads by default', async () => {
    const patch = () => ctx.app.inject({ method: 'PATCH', url: '/v1/actors/nato', payload: { aliases: ['NATO'] }, headers: { authorization: `Bearer ${token}` } })
    for (let i = 0; i < 3; i++) expect((await patch()).statusCode).toBe(200)
    const limited = await patch()
    expectProblem(limited, 429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    for (let i = 0; i < 50; i++) expect((await ctx.app.inject('/v1/rounds?limit=1')).statusCode).toBe(200)
  })
})

describe('a read rate limit', () => {
  const limited = useApp({ readRateLimit: 3 })

  it('counts every read, kept answers included, once the operator sets one', async () => {
    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await limited.app.inject('/v1/rounds')).statusCode)
    expect(limited.app.responseCache.stats().hits).toBeGreaterThan(0)
    expect(statuses).toEqual([200, 200, 200, 429, 429])
  })
})

describe('CORS for writes', () => {
  const preflight = (origin: string) =>
    ctx.app.inject({ method: 'OPTIONS', url: '/v1/rounds', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } })

  it('allows writes only from configured origins', async () => {
    const allowed = await preflight('https://curation.example.org')
    expect(allowed.headers['access-control-allow-origin']).toBe('https://curation.example.org')
    expect(String(allowed.headers['access-control-allow-methods'])).toContain('POST')
    const refused = await preflight('https://elsewhere.example')
    expect(refused.headers['access-control-allow-origin']).toBeUndefined()
    const read = await ctx.app.inject({ url: '/v1/rounds', headers: { origin: 'https://elsewhere.example' } })
    expect(read.headers['access-control-allow-origin']).toBe('*')
  })
})

describe('security headers', () => {
  it('sends the pages (dashboard, docs) a CSP that allows only this origin, and a document\'s guards', async () => {
    for (const url of ['/', '/docs/', '/assets/styles.css']) {
      const response = await ctx.app.inject(url)
      expect(response.statusCode, url).toBe(200)
      const csp = String(response.headers['content-security-policy'])
      expect(csp, url).toContain("default-src 'self'")
      expect(csp, url).toContain("script-src 'self'")
      expect(csp, url).toContain("frame-ancestors 'none'")
      expect(response.headers['x-content-type-options'], url).toBe('nosniff')
      expect(response.headers['referrer-policy'], url).toBe('no-referrer')
      expect(response.headers['cross-origin-opener-policy'], url).toBe('same-origin')
    }
  })

  it('sends data (JSON, CSV, problems) the API set: nothing loads, nothing frames, nothing sniffs', async () => {
    for (const url of ['/v1', '/v1/rounds', '/v1/rounds?format=csv', '/v1/rounds/nope', '/nope']) {
      const response = await ctx.app.inject(url)
      expect(response.headers['content-security-policy'], url).toBe("default-src 'none';frame-ancestors 'none'")
      expect(response.headers['x-content-type-options'], url).toBe('nosniff')
      // The headers that only guard a rendered document are not sent with data (framing is
      // already forbidden by the CSP's frame-ancestors).
      for (const page of ['referrer-policy', 'cross-origin-opener-policy', 'origin-agent-cluster', 'x-dns-prefetch-control', 'x-xss-protection', 'x-frame-options']) {
        expect(response.headers[page], `${url} ${page}`).toBeUndefined()
      }
    }
  })

  it('never shows a stack trace or SQL in an error', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: '{"a":', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } })
    expect(response.body).not.toMatch(/at .+\.(js|ts):\d+|SELECT|INSERT/)
  })
})

describe('npm run token', () => {
  it('creates a token shown once, lists tokens without them, and revokes', () => {
    const env = { ...process.env, DATABASE_PATH: join(dir, 'cli-tokens.db') }
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'dist', 'src', 'cli', 'token.js'), ...args], { env, encoding: 'utf8' })
    const created = cli('create', '--name', 'newsroom', '--scope', 'read')
    expect(created.status, created.stderr).toBe(0)
    const secret = created.stdout.trim()
    expect(secret).toMatch(/^ntk_[0-9a-f]{12}_[\w-]{43}$/)
    const listed = cli('list')
    expect(listed.stdout).toMatch(/\tread\tactive\t.*\tnewsroom/)
    expect(listed.stdout).not.toContain(secret)
    const id = secret.split('_')[1]!
    expect(cli('revoke', id).status).toBe(0)
    expect(cli('list').stdout).toMatch(/revoked/)
    expect(cli('create').status).toBe(2)
    expect(cli('revoke', 'nope').status).toBe(1)
  })
})
