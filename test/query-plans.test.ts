// Every read runs on an index: each SQL statement the read endpoints run is captured and
// explained by SQLite itself (EXPLAIN QUERY PLAN), so a query that would scan a whole table,
// or sort a whole table to find one page, fails here before it is slow in production.
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { json, useApp, type ListBody } from './helper.js'

const ctx = useApp()
// Statements are captured when they run, not when they are compiled: a statement compiled
// once (a repository's prepared query) may run many times.
const prepared: string[] = []
const prepare = Database.prototype.prepare
const Statement = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<'all' | 'get' | 'iterate', (...args: unknown[]) => unknown>
const runs = { all: Statement.all, get: Statement.get, iterate: Statement.iterate }
beforeAll(() => {
  for (const [name, run] of Object.entries(runs) as [keyof typeof runs, (...args: unknown[]) => unknown][]) {
    Statement[name] = function (this: Database.Statement, ...args: unknown[]) {
      prepared.push(this.source)
      return run.apply(this, args)
    }
  }
})
afterAll(() => {
  Object.assign(Statement, runs)
})

// Tables of a handful of rows (the sides, their aliases) may be read whole.
const SMALL = new Set(['parties', 'party_aliases'])

interface PlanRow {
  detail: string
}

/** The plan of every SELECT a request prepared. */
async function plansOf(url: string): Promise<{ sql: string; plan: string[] }[]> {
  // Answered from the database, not from the response cache.
  ctx.app.responseCache.clear()
  prepared.length = 0
  const response = await ctx.app.inject(url)
  expect(response.statusCode, url).toBe(200)
  return prepared
    .filter((sql) => /^\s*(select|with)\b/i.test(sql))
    .map((sql) => {
      // Unbound parameters explain as NULL: the plan does not depend on their values.
      const parameters = (sql.match(/\?/g) ?? []).map(() => null)
      const explain = prepare.call(ctx.app.db.$client, `EXPLAIN QUERY PLAN ${sql}`) as Database.Statement<null[]>
      const rows = explain.all(...parameters) as PlanRow[]
      return { sql, plan: rows.map((r) => r.detail) }
    })
}

async function cursorOf(url: string): Promise<string> {
  const body = json<ListBody<unknown> & { page: { nextCursor: string | null } }>(await ctx.app.inject(url))
  expect(body.page.nextCursor, url).not.toBeNull()
  return body.page.nextCursor!
}

describe('query plans of the read endpoints', () => {
  it('read no table whole, and sort no more than a page', async () => {
    const urls = [
      '/v1/rounds',
      `/v1/rounds?limit=2&cursor=${await cursorOf('/v1/rounds?limit=2')}`,
      '/v1/rounds/istanbul-2022-03-29',
      '/v1/proposals',
      '/v1/parties/ukraine/proposals',
      '/v1/statements',
      `/v1/statements?limit=2&cursor=${await cursorOf('/v1/statements?limit=2')}`,
      '/v1/statements?party=ukraine',
      '/v1/actors',
      '/v1/sources',
      '/v1/timeline',
      `/v1/timeline?limit=3&cursor=${await cursorOf('/v1/timeline?limit=3')}`,
      '/v1/timeline?party=ukraine',
      '/v1/timeline?from=2022-03-20&to=2022-04-01',
      '/v1/timeline?from=2022-03-29&type=statement,proposal',
      '/v1/timeline?to=2022-03-10',
      `/v1/timeline?from=2022-03-01&to=2022-04-02&limit=2&cursor=${await cursorOf('/v1/timeline?from=2022-03-01&to=2022-04-02&limit=2')}`,
      '/v1/rounds?status=held',
      '/v1/rounds?format=video',
      '/v1/proposals?type=condition',
      '/v1/proposals?category=alliance',
      '/v1/statements?mode=direct',
      '/v1/issues',
      '/v1/issues/leaders_meeting?party=russia',
      '/v1/search?q=nato',
      '/v1/changes',
      // Its counts by status, format, type, category, mode and actor each walk an index.
      '/v1/stats'
    ]
    // Search reads every actor's aliases once per state of the data, not per request.
    await ctx.app.inject('/v1/search?q=kyiv')
    let explained = 0
    for (const url of urls) {
      for (const { sql, plan } of await plansOf(url)) {
        explained += 1
        const where = `${url}\n${sql}\n${plan.join('\n')}`
        // Subqueries the plan runs as co-routines are scanned as they are produced, not read from a table.
        const coroutines = new Set(plan.map((step) => /^CO-ROUTINE (\S+)$/.exec(step)?.[1]).filter((name) => name !== undefined))
        for (const step of plan) {
          const scanned = /^SCAN (\w+)$/.exec(step)?.[1]
          // A bare SCAN reads every row; SCAN … USING INDEX walks an index in order and stops at the page's end.
          if (scanned !== undefined && !coroutines.has(scanned)) expect(SMALL.has(scanned), `${scanned} in\n${where}`).toBe(true)
        }
        // A page (a LIMIT over one table) comes out of an index in order, never sorted whole.
        // Two sorts are of a page's worth only, and allowed: the timeline's merge of each
        // kind's next rows (UNION ALL), and search's ranking of the full-text matches.
        const sortsFewRows = /union all/i.test(sql) || plan.some((step) => step.includes('VIRTUAL TABLE INDEX'))
        if (/\blimit\b/i.test(sql) && !sortsFewRows) expect(plan, where).not.toContain('USE TEMP B-TREE FOR ORDER BY')
      }
    }
    expect(explained).toBeGreaterThan(urls.length)
  })

  it('seek a deep page through the index instead of walking to it', async () => {
    for (const list of ['/v1/rounds', '/v1/statements', '/v1/timeline']) {
      const url = `${list}?limit=2&cursor=${await cursorOf(`${list}?limit=2`)}`
      const plans = (await plansOf(url)).filter(({ sql }) => /\blimit\b/i.test(sql))
      expect(plans.length, url).toBeGreaterThan(0)
      const seeks = plans.flatMap(({ plan }) => plan).filter((step) => /^SEARCH \w+ USING (COVERING )?INDEX \w+ \(.*\)>\(/.test(step))
      expect(seeks.length, `${url}\n${plans.map((p) => p.plan.join('\n')).join('\n--\n')}`).toBeGreaterThan(0)
    }
  })
})
