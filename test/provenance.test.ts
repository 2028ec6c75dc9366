// The store's promise: every fact rests on the exact words of its source.
import { describe, expect, it } from 'vitest'
import { json, useApp, walk, type ListBody } from './helper.js'

interface Evidence {
  sourceId: string
  start: number | null
  end: number | null
  text: string | null
  note: string | null
  spans?: { start: number; end: number; text: string }[]
}
interface WithEvidence {
  id: string
  evidence: Evidence[]
}
interface Source {
  id: string
  kind: string
  text: string | null
  sha256: string | null
  length: number | null
}

const ctx = useApp()
const ARTICLE = 'xinhua-2022-04-ease-tensions'

async function sources() {
  const list = await walk<{ id: string }>(ctx.app, '/v1/sources')
  const full = new Map<string, Source>()
  for (const { id } of list.items) full.set(id, json<Source>(await ctx.app.inject(`/v1/sources/${id}`)))
  return full
}

async function article(): Promise<string> {
  const source = json<Source>(await ctx.app.inject(`/v1/sources/${ARTICLE}`))
  return source.text ?? ''
}

describe('evidence', () => {
  it('every evidence item of every record is the exact slice of its source, or a note on a reference timeline', async () => {
    const bySource = await sources()
    let checked = 0
    for (const collection of ['rounds', 'proposals', 'statements', 'actors']) {
      const { items } = await walk<WithEvidence>(ctx.app, `/v1/${collection}?limit=100`)
      expect(items.length).toBeGreaterThan(0)
      for (const item of items) {
        expect(item.evidence.length, `${collection}/${item.id} has evidence`).toBeGreaterThan(0)
        for (const e of item.evidence) {
          const source = bySource.get(e.sourceId)
          expect(source, `${collection}/${item.id} cites a known source`).toBeDefined()
          if (source!.kind === 'news_article') {
            if (e.spans === undefined) {
              expect(e.start).not.toBeNull()
              expect(source!.text!.slice(e.start!, e.end!)).toBe(e.text)
            } else {
              // Several spans are the item, in order, each verbatim: no passage that would
              // hold words not the fact's.
              expect(e.spans.length).toBeGreaterThan(1)
              expect([e.start, e.end, e.text]).toEqual([null, null, null])
              for (const span of e.spans) expect(source!.text!.slice(span.start, span.end)).toBe(span.text)
              e.spans.slice(1).forEach((span, i) => expect(span.start).toBeGreaterThanOrEqual(e.spans![i]!.end))
            }
          } else {
            expect(e.start).toBeNull()
            expect(e.spans).toBeUndefined()
            expect(e.note).toBeTruthy()
          }
          checked += 1
        }
      }
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('stores the article body verbatim: no headline, no page furniture, its own typos kept, hashed', async () => {
    const source = json<Source>(await ctx.app.inject(`/v1/sources/${ARTICLE}`))
    const text = source.text!
    expect(text.startsWith('Moscow and Kiev have conducted several rounds of peace talks')).toBe(true)
    expect(text.endsWith('it was by no means over. -Xinhua')).toBe(true)
    expect(text).not.toContain('Show More')
    expect(text).not.toContain('Back to top button')
    expect(text).toContain('its proposals,which contained')
    expect(source.length).toBe(text.length)
    const { createHash } = await import('node:crypto')
    expect(source.sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })

  it('dates the article as a range with its reasoning', async () => {
    const source = json<{ published: { earliest: string; latest: string; note: string } }>(await ctx.app.inject(`/v1/sources/${ARTICLE}`))
    expect(source.published.earliest).toBe('2022-04-04')
    expect(source.published.latest).toBe('2022-04-07')
    expect(source.published.note).toMatch(/last week/)
    expect(source.published.note).toMatch(/since Friday/)
  })
})

describe("Kyiv's proposals", () => {
  type Proposal = { id: string; party: string; round: string; type: string; category: string; text: string; evidence: Evidence[] }
  const commitments: [string, string][] = [
    ['alliance', 'join the North Atlantic Treaty Organisation'],
    ['foreign_military_presence', 'deploy foreign military bases and troops on its territory'],
    ['neutrality', 'fix its current status as a non-bloc state'],
    ['nuclear_weapons', 'renounce nuclear weapons'],
    ['wmd', 'other weapons of mass destruction']
  ]
  const kyiv = async () => json<ListBody<Proposal>>(await ctx.app.inject('/v1/parties/kiev/proposals?type=proposal')).data

  it('holds each of the five commitments handed over in Istanbul, one record each, in its own words', async () => {
    const proposals = await kyiv()
    expect(proposals).toHaveLength(5)
    for (const [category, words] of commitments) {
      const matching = proposals.filter((p) => p.category === category)
      expect(matching, category).toHaveLength(1)
      const proposal = matching[0]!
      expect(proposal.party).toBe('ukraine')
      expect(proposal.round).toBe('istanbul-2022-03-29')
      expect(proposal.text).toContain(words)
      // Its text is its evidence's spans, joined where the article separates them.
      expect(proposal.evidence.some((e) => (e.spans?.map((s) => s.text).join(' … ') ?? e.text ?? '').includes(proposal.text))).toBe(true)
      // No other commitment's object is in it.
      for (const [other, otherWords] of commitments) if (other !== category) expect(proposal.text, category).not.toContain(otherWords)
    }
  })

  it('gives each item, as evidence, the words that make it Kyiv’s and tie it to Istanbul', async () => {
    for (const proposal of await kyiv()) {
      const said = proposal.evidence.map((e) => e.text ?? '').join(' ')
      expect(said, proposal.id).toMatch(/\bKiev\b/)
      expect(said, proposal.id).toContain('Istanbul')
    }
  })

  it('counts NATO once and nuclear weapons once', async () => {
    const texts = (await kyiv()).map((p) => p.text)
    expect(texts.filter((t) => t.includes('North Atlantic Treaty Organisation'))).toHaveLength(1)
    expect(texts.filter((t) => t.includes('nuclear weapons'))).toHaveLength(1)
  })

  it("holds Russia's condition for a leaders' meeting, dated by the article, not the first round", async () => {
    const body = json<ListBody<{ type: string; category: string; text: string; round: string; date: { latest: string; kind: string } }>>(
      await ctx.app.inject('/v1/parties/moscow/proposals?type=condition')
    )
    expect(body.data).toHaveLength(1)
    const condition = body.data[0]!
    expect(condition.category).toBe('leaders_meeting')
    expect(condition.round).toBe('zelensky-putin-meeting')
    expect(condition.date.kind).toBe('within')
    expect(await article()).toContain(condition.text)
  })

  it("holds Medinsky's assessment of the draft as Russia's position on the leaders' meeting", async () => {
    const body = json<ListBody<Proposal>>(await ctx.app.inject('/v1/parties/russia/proposals?type=assessment'))
    expect(body.data).toHaveLength(1)
    const assessment = body.data[0]!
    expect(assessment.text).toContain('the draft agreement was not sufficient')
    expect(assessment.round).toBe('zelensky-putin-meeting')
    expect(assessment.evidence.some((e) => e.text?.includes('Medinsky said'))).toBe(true)
    const meeting = json<{ proposals: { id: string }[]; statements: { id: string; actor: string }[] }>(await ctx.app.inject('/v1/rounds/zelensky-putin-meeting'))
    expect(meeting.proposals.map((p) => p.id)).toContain(assessment.id)
    expect(meeting.statements.map((s) => s.actor)).toContain('david-arakhamia')
  })
})

describe('statements and actors', () => {
  it('stores every quotation in the article as the quote of a statement, verbatim', async () => {
    const text = await article()
    const quoted = [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!)
    expect(quoted.length).toBeGreaterThanOrEqual(3)
    const { items } = await walk<{ quote: string | null; mode: string; text: string }>(ctx.app, '/v1/statements?limit=100')
    for (const words of quoted) {
      // The quote is the words inside the marks, without the reporter's closing punctuation.
      const statement = items.find((s) => s.quote !== null && words.replace(/[.,;:]$/, '') === s.quote)
      expect(statement, `a statement quotes “${words}”`).toBeDefined()
      expect(statement!.text).toContain(`“${words}”`)
      expect(statement!.quote).not.toMatch(/[.,;:]$/)
    }
    for (const s of items) {
      expect(text).toContain(s.text)
      expect(s.mode === 'indirect').toBe(s.quote === null)
    }
  })

  it('has the full quotation as a direct statement by Timofeev', async () => {
    const body = json<ListBody<{ mode: string; quote: string }>>(await ctx.app.inject('/v1/actors/ivan-timofeev/statements?mode=direct'))
    expect(body.data).toHaveLength(1)
    expect(body.data[0]!.quote).toBe('There is a theoretical possibility of such a meeting, but a practical basis has not yet been prepared')
  })

  it('knows every quoted actor, with the party and roles the article gives', async () => {
    const { items } = await walk<{ id: string; party: string | null; roles: { text: string }[]; statementCount: number }>(
      ctx.app,
      '/v1/actors?quoted=true'
    )
    const text = await article()
    const byId = new Map(items.map((a) => [a.id, a]))
    expect([...byId.keys()].sort()).toEqual(
      [
        'david-arakhamia',
        'ivan-timofeev',
        'russia-negotiation-team',
        'ukraine-delegation',
        'vladimir-medinsky',
        'vladimir-zharikhin',
        'volodymyr-zelensky'
      ].sort()
    )
    expect(byId.get('volodymyr-zelensky')!.party).toBe('ukraine')
    expect(byId.get('david-arakhamia')!.party).toBe('ukraine')
    expect(byId.get('vladimir-medinsky')!.party).toBe('russia')
    expect(byId.get('vladimir-medinsky')!.statementCount).toBe(2)
    for (const actor of items) {
      expect(actor.statementCount).toBeGreaterThan(0)
      for (const role of actor.roles) expect(text).toContain(role.text)
    }
  })

  it('names every person the article names', async () => {
    const { items } = await walk<{ name: string; type: string }>(ctx.app, '/v1/actors?type=person')
    const names = items.map((a) => a.name)
    for (const name of ['Volodymyr Zelensky', 'Vladimir Medinsky', 'David Arakhamia', 'Vladimir Putin', 'Ivan Timofeev', 'Vladimir Zharikhin']) {
      expect(names).toContain(name)
    }
  })
})

describe('rounds from both sources', () => {
  it('holds the Istanbul round once, with evidence from the reference timeline and the article', async () => {
    const round = json<{ date: { earliest: string; text: string }; evidence: Evidence[]; proposals: unknown[] }>(
      await ctx.app.inject('/v1/rounds/istanbul-2022-03-29')
    )
    expect(round.date.earliest).toBe('2022-03-29')
    expect(round.date.text).toBe('last week')
    expect(new Set(round.evidence.map((e) => e.sourceId))).toEqual(new Set([ARTICLE, 'lcil-negotiation-news']))
    const sameDay = json<ListBody<{ id: string }>>(await ctx.app.inject('/v1/rounds?from=2022-03-29&to=2022-03-29'))
    expect(sameDay.data.map((r) => r.id)).toEqual(['istanbul-2022-03-29'])
  })

  it('has the ongoing online talks since Friday and the proposed leaders’ meeting', async () => {
    const ongoing = json<ListBody<{ id: string; date: { earliest: string; latest: string | null; text: string } }>>(
      await ctx.app.inject('/v1/rounds?status=ongoing')
    )
    expect(ongoing.data).toHaveLength(1)
    expect(ongoing.data[0]!.date).toMatchObject({ earliest: '2022-04-01', latest: null, text: 'since Friday' })
    const proposed = json<ListBody<{ format: string; date: { earliest: string | null; latest: string | null; kind: string } }>>(
      await ctx.app.inject('/v1/rounds?status=proposed')
    )
    expect(proposed.data).toHaveLength(1)
    expect(proposed.data[0]!.format).toBe('summit')
    // Proposed, never scheduled: no invented day.
    expect(proposed.data[0]!.date).toMatchObject({ earliest: null, latest: null, kind: 'unscheduled' })
  })

  it('has every dated round of the reference timeline', async () => {
    const { items } = await walk<{ date: { earliest: string; latest: string; kind: string } }>(ctx.app, '/v1/rounds')
    const starts = items.map((r) => r.date.earliest)
    for (const day of ['2022-02-28', '2022-03-03', '2022-03-07', '2022-03-10', '2022-03-14', '2022-03-21', '2022-03-29']) {
      expect(starts).toContain(day)
    }
    const video = items.find((r) => r.date.earliest === '2022-03-14')!
    expect(video.date).toMatchObject({ latest: '2022-03-17', kind: 'period' })
  })
})
