import { describe, expect, it } from 'vitest'
import { useApp } from './helper.js'

const ctx = useApp()

function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`)
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)))
  return line === undefined ? undefined : Number(line.split(' ').pop())
}

describe('GET /metrics', () => {
  it('counts requests by route template and status, with a latency histogram and process metrics', async () => {
    await ctx.app.inject('/v1/rounds/istanbul-2022-03-29')
    await ctx.app.inject('/v1/rounds/belarus-2022-03-03')
    await ctx.app.inject('/v1/rounds/nowhere')
    const response = await ctx.app.inject('/metrics')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = response.body
    expect(sample(text, 'http_requests_total', { route: '/v1/rounds/:id', status_code: '200', method: 'GET' })).toBe(2)
    expect(sample(text, 'http_requests_total', { route: '/v1/rounds/:id', status_code: '404' })).toBe(1)
    expect(sample(text, 'http_request_duration_seconds_count', { route: '/v1/rounds/:id', status_code: '200' })).toBe(2)
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/v1\/rounds\/:id",status_code="200"\} \d+/)
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m)
    expect(text).not.toContain('istanbul-2022-03-29')
  })
})
