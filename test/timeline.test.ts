import { describe, expect, it } from 'vitest'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

interface Event {
  id: string
  type: string
  date: { earliest: string | null; latest: string | null; kind: string; text: string | null }
  day: string | null
  title: string
  parties: string[]
  ref: { type: string; id: string; href: string }
}

const ctx = useApp()

/** The day the feed places an event on: the last day of a `within` range; '~', after every day, when it has none. */
const sortDay = (e: Event): string => (e.date.kind === 'within' ? e.date.latest! : (e.date.earliest ?? '~'))

/** Whether an event's range overlaps the window: an unscheduled event, with no day, is in none. */
const overlaps = (e: Event, from: string | undefined, to: string | undefined): boolean =>
  e.date.earliest !== null && (to === undefined || e.date.earliest <= to) && (from === undefined || e.date.latest === null || e.date.latest >= from)

const LEADERS_MEETING = 'round:zelensky-putin-meeting'
const SUMMIT_CONDITION = 'statement:russia-summit-only-with-draft-treaty'

describe('GET /v1/timeline', () => {
  it('is one feed of rounds, proposals, statements and publications, in the order of the days they are placed on', async () => {
    const { items } = await walk<Event>(ctx.app, '/v1/timeline?limit=100')
    const counts = (await ctx.app.inject('/v1')).json().counts as Record<string, number>
    const byType = (t: string) => items.filter((e) => e.type === t).length
    expect(byType('round')).toBe(counts.rounds)
    expect(byType('proposal')).toBe(counts.proposals)
    expect(byType('statement')).toBe(counts.statements)
    expect(byType('publication')).toBe(counts.sources)
    const days = items.map(sortDay)
    expect(days).toEqual([...days].sort())
    // Each event says the day it is placed on, so a chart need not work it out from the kind.
    for (const e of items) expect(e.day, e.id).toBe(e.date.kind === 'unscheduled' ? null : sortDay(e))
  })

  it('lists the unscheduled leaders\' meeting last, with no day, and in no date window', async () => {
    const { items } = await walk<Event>(ctx.app, '/v1/timeline?limit=100')
    const last = items[items.length - 1]!
    expect(last.id).toBe(LEADERS_MEETING)
    expect(last.date).toMatchObject({ earliest: null, latest: null, kind: 'unscheduled' })
    for (const window of ['from=2022-02-01', 'to=2022-12-31', 'from=2022-02-01&to=2022-12-31', 'from=2022-04-08']) {
      const { items: within } = await walk<Event>(ctx.app, `/v1/timeline?${window}&limit=100`)
      expect(within.length, window).toBeGreaterThan(0)
      expect(within.map((e) => e.id), window).not.toContain(LEADERS_MEETING)
    }
  })

  it('places a range known only as "by" its last day on that day', async () => {
    const { items } = await walk<Event>(ctx.app, '/v1/timeline?limit=100')
    const at = items.findIndex((e) => e.id === SUMMIT_CONDITION)
    const summit = items[at]!
    expect(summit.date).toMatchObject({ earliest: '2022-02-28', latest: '2022-04-07', kind: 'within' })
    // After every event placed before 2022-04-07 (the talks of 2022-02-28 to 2022-04-04 among
    // them), and before none of them.
    const before = items.filter((e) => sortDay(e) < '2022-04-07')
    expect(before.length).toBeGreaterThan(10)
    expect(items.slice(0, at)).toEqual(expect.arrayContaining(before))
    expect(items.slice(at).filter((e) => sortDay(e) < '2022-04-07')).toEqual([])
    expect(items.findIndex((e) => e.id === 'round:belarus-2022-02-28')).toBeLessThan(at)
    expect(items.findIndex((e) => e.id === 'round:online-2022-04-01')).toBeLessThan(at)
    // It overlaps an early window, and is listed there after the events placed in it.
    const { items: early } = await walk<Event>(ctx.app, '/v1/timeline?from=2022-03-01&to=2022-03-05&limit=100')
    expect(early.map((e) => e.id)).toContain(SUMMIT_CONDITION)
    expect(early.findIndex((e) => e.id === SUMMIT_CONDITION)).toBeGreaterThan(early.findIndex((e) => e.id === 'round:belarus-2022-03-03'))
  })

  it("titles a statement with its stored title, and a proposal with its party's name", async () => {
    const { items } = await walk<Event>(ctx.app, '/v1/timeline?type=statement,proposal&limit=100')
    const statements = items.filter((e) => e.type === 'statement')
    expect(statements.length).toBeGreaterThan(0)
    for (const event of statements) {
      const stored = json<{ title: string }>(await ctx.app.inject(event.ref.href)).title
      expect(stored, event.id).not.toBe('')
      expect(event.title, event.id).toBe(stored)
    }
    const proposal = items.find((e) => e.type === 'proposal')!
    const record = json<{ party: string; title: string }>(await ctx.app.inject(proposal.ref.href))
    const party = json<{ name: string }>(await ctx.app.inject(`/v1/parties/${record.party}`))
    expect(proposal.title).toBe(`${party.name}: ${record.title}`)
  })

  it('links every event to its record', async () => {
    const { items } = await walk<Event>(ctx.app, '/v1/timeline?limit=100')
    for (const event of items) {
      expect(event.id).toBe(`${event.type}:${event.ref.id}`)
      const record = await ctx.app.inject(event.ref.href)
      expect(record.statusCode, event.ref.href).toBe(200)
      expect(record.json().id).toBe(event.ref.id)
    }
  })

  it('walking nextCursor yields each event exactly once, whatever the page size', async () => {
    const all = (await walk<Event>(ctx.app, '/v1/timeline?limit=100')).items.map((e) => e.id)
    expect(new Set(all).size).toBe(all.length)
    for (const size of [1, 2, 3, 7]) {
      const walked = await walk<Event>(ctx.app, `/v1/timeline?limit=${size}`)
      expect(walked.items.map((e) => e.id), `limit=${size}`).toEqual(all)
      expect(walked.pages).toBe(Math.ceil(all.length / size))
    }
  })

  it('finds every event whose range overlaps a window, once, in order, on every page size', async () => {
    const all = (await walk<Event>(ctx.app, '/v1/timeline?limit=100')).items
    // Windows that start or end inside periods (the video round of 2022-03-14 to 17), open
    // ranges and ranges known only "by" their end, and outside them all.
    const windows: [string | undefined, string | undefined][] = [
      ['2022-03-01', '2022-03-12'],
      ['2022-03-15', undefined],
      [undefined, '2022-03-15'],
      ['2022-03-16', '2022-03-16'],
      ['2022-03-29', '2022-03-29'],
      ['2022-04-02', undefined],
      ['2022-04-07', '2022-04-07'],
      ['2022-04-08', undefined],
      [undefined, '2022-02-28'],
      [undefined, '2022-02-27']
    ]
    for (const [from, to] of windows) {
      const query = [from && `from=${from}`, to && `to=${to}`].filter(Boolean).join('&')
      for (const size of [1, 3, 100]) {
        for (const party of [undefined, 'russia']) {
          const url = `/v1/timeline?${query}${party ? `&party=${party}` : ''}&limit=${size}`
          const expected = all.filter((e) => overlaps(e, from, to) && (party === undefined || e.parties.includes(party))).map((e) => e.id)
          const walked = await walk<Event>(ctx.app, url)
          const ids = walked.items.map((e) => e.id)
          expect(ids, url).toEqual(expected)
          expect(walked.totals.every((total) => total === ids.length), url).toBe(true)
          const days = walked.items.map(sortDay)
          expect(days, url).toEqual([...days].sort())
        }
      }
    }
  })

  it('filters by type (repeated or comma-separated), party alias and dates', async () => {
    for (const type of ['round', 'proposal', 'statement', 'publication']) {
      const only = json<ListBody<Event>>(await ctx.app.inject(`/v1/timeline?type=${type}&limit=100`))
      expect(only.data.length, type).toBeGreaterThan(0)
      expect(only.data.every((e) => e.type === type)).toBe(true)
    }
    const repeated = (await ctx.app.inject('/v1/timeline?type=round&type=proposal&limit=100')).body
    const commas = (await ctx.app.inject('/v1/timeline?type=round,proposal&limit=100')).body
    expect(repeated).toBe(commas)
    expect(new Set((JSON.parse(commas) as ListBody<Event>).data.map((e) => e.type))).toEqual(new Set(['round', 'proposal']))
    const kyiv = json<ListBody<Event>>(await ctx.app.inject('/v1/timeline?party=Kyiv&limit=100'))
    expect(kyiv.data.length).toBeGreaterThan(0)
    expect(kyiv.data.every((e) => e.parties.includes('ukraine'))).toBe(true)
    const march = json<ListBody<Event>>(await ctx.app.inject('/v1/timeline?from=2022-03-01&to=2022-03-12&type=round,proposal&limit=100'))
    // The condition was said by 2022-04-07: it overlaps the window, and is placed after it.
    expect(march.data.map((e) => e.ref.id)).toEqual(['belarus-2022-03-03', 'belarus-2022-03-07', 'antalya-2022-03-10', 'russia-leaders-meeting-condition'])
  })

  it('rejects unknown types, parties and cursors from another filter with a 400 problem', async () => {
    expect(expectProblem(await ctx.app.inject('/v1/timeline?type=war'), 400).errors?.[0]?.path).toBe('query.type')
    expectProblem(await ctx.app.inject('/v1/timeline?party=narnia'), 400)
    const first = json<ListBody<Event>>(await ctx.app.inject('/v1/timeline?limit=1&type=round'))
    expectProblem(await ctx.app.inject(`/v1/timeline?limit=1&type=statement&cursor=${first.page.nextCursor}`), 400)
  })
})
