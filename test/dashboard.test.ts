// The dashboard page's address holds its view: a link with a view is served the page, and a
// view the page cannot show is a problem naming the parameter. What the page does with a view
// is tested in a real browser (test/browser/dashboard.test.ts).
import { describe, expect, it } from 'vitest'
import { expectProblem, useApp } from './helper.js'

const ctx = useApp()

describe('GET / (the dashboard)', () => {
  it('serves the page for a view of every parameter the page writes', async () => {
    const plain = await ctx.app.inject('/')
    expect(plain.statusCode).toBe(200)
    const view = await ctx.app.inject('/?q=Istanbul&party=kyiv&status=held&format=in_person&type=round,statement&from=2022-03-01&to=2022-03-31&select=issue:leaders_meeting:none')
    expect(view.statusCode).toBe(200)
    expect(view.headers['content-type']).toMatch(/^text\/html/)
    expect(view.body).toBe(plain.body)
    // The filters form submitted by the browser itself (before the script runs): empty fields, repeated types.
    const submitted = await ctx.app.inject('/?q=Istanbul&party=&status=&format=&type=round&type=statement&from=&to=')
    expect(submitted.statusCode).toBe(200)
  })

  it('answers a view it cannot show with a 400 problem naming the parameter', async () => {
    for (const [query, path] of [
      ['status=finished', 'query.status'],
      ['format=hybrid', 'query.format'],
      ['type=round,meeting', 'query.type'],
      ['from=1%20March', 'query.from'],
      ['from=2022-04-01&to=2022-03-01', 'query.to'],
      ['select=Istanbul', 'query.select'],
      ['colour=red', 'query.colour']
    ] as const) {
      const problem = expectProblem(await ctx.app.inject(`/?${query}`), 400)
      expect(problem.errors?.map((e) => e.path), query).toEqual([path])
    }
  })
})
