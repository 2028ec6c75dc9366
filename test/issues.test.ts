import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { readAnnotations } from '../seed/seeder.js'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

interface Proposal {
  id: string
  party: string
  type: string
  category: string
  title: string
  text: string
  evidence: unknown[]
}

interface Statement {
  id: string
  actor: string
  party: string | null
  issues: string[]
  text: string
  evidence: unknown[]
}

interface Position {
  party: string | null
  proposals: Proposal[]
  statements: Statement[]
  counts: { proposals: number; statements: number }
  links: { proposals: string | null; statements: string }
}

interface Issue {
  id: string
  label: string
  description: string
  href: string
  counts: { parties: number; proposals: number; statements: number }
  positions: Position[]
}

const ctx = useApp()
const seedIssues = readAnnotations().issues

async function get<T>(url: string): Promise<T> {
  const response = await ctx.app.inject(url)
  if (response.statusCode !== 200) throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body}`)
  return json<T>(response)
}

const allIssues = async () => (await get<ListBody<Issue>>('/v1/issues?limit=100')).data

/** The positions on an issue as the proposals and statements lists give them, in the parties' order. */
async function expectedPositions(issueId: string, party?: string): Promise<Position[]> {
  const partyOrder = (await get<ListBody<{ id: string }>>('/v1/parties?limit=100')).data.map((p) => p.id)
  const proposals = (await get<ListBody<Proposal>>(`/v1/proposals?category=${issueId}&limit=100`)).data
  const statements = (await get<ListBody<Statement>>('/v1/statements?limit=100')).data.filter((s) => s.issues.includes(issueId))
  const positions: Position[] = []
  for (const id of [...partyOrder, null]) {
    if (party !== undefined && id !== party) continue
    const tabled = proposals.filter((p) => p.party === id)
    const said = statements.filter((s) => s.party === id)
    if (tabled.length + said.length === 0) continue
    const query = id === null ? '' : `&party=${id}`
    positions.push({
      party: id,
      proposals: tabled,
      statements: said,
      counts: { proposals: tabled.length, statements: said.length },
      links: { proposals: id === null ? null : `/v1/proposals?category=${issueId}${query}`, statements: `/v1/statements?issue=${issueId}${query}` }
    })
  }
  return positions
}

describe('GET /v1/issues', () => {
  it("lists the seed's issues in their order, each with a link and counts of what it holds", async () => {
    const body = await get<ListBody<Issue>>('/v1/issues?limit=100')
    expect(body.data.map((i) => i.id)).toEqual(seedIssues.map((i) => i.id))
    expect(body.page.total).toBe(seedIssues.length)
    for (const [n, issue] of body.data.entries()) {
      expect(issue.label).toBe(seedIssues[n]!.label)
      expect(issue.description).toBe(seedIssues[n]!.description)
      expect(issue.href).toBe(`/v1/issues/${issue.id}`)
      expect(issue.counts).toEqual({
        parties: issue.positions.filter((p) => p.party !== null).length,
        proposals: issue.positions.reduce((n, p) => n + p.proposals.length, 0),
        statements: issue.positions.reduce((n, p) => n + p.statements.length, 0)
      })
      expect(await get<Issue>(issue.href)).toEqual(issue)
    }
  })

  it('gives each issue the positions the proposals and statements lists hold on it, with evidence, oldest first', async () => {
    for (const issue of await allIssues()) {
      expect(issue.positions, issue.id).toEqual(await expectedPositions(issue.id))
      for (const position of issue.positions) {
        for (const item of [...position.proposals, ...position.statements]) expect(item.evidence.length, item.id).toBeGreaterThan(0)
      }
    }
  })

  it("has exactly Ukraine's NATO proposal on alliance, and not the one on bases", async () => {
    const alliance = await get<Issue>('/v1/issues/alliance')
    expect(alliance.positions.map((p) => p.party)).toEqual(['ukraine'])
    const [ukraine] = alliance.positions
    expect(ukraine!.proposals).toEqual((await get<ListBody<Proposal>>('/v1/proposals?category=alliance')).data)
    expect(ukraine!.proposals.map((p) => p.id)).toEqual(['ukraine-no-nato-membership'])
    expect(ukraine!.statements).toEqual([])
    const bases = (await get<ListBody<Proposal>>('/v1/proposals?category=foreign_military_presence')).data
    expect(bases.length).toBeGreaterThan(0)
    for (const proposal of bases) expect(ukraine!.proposals.map((p) => p.id)).not.toContain(proposal.id)
  })

  it("has Russia's condition and assessment on a leaders' meeting, what Russia's and Ukraine's people said, and the independent voices last", async () => {
    const meeting = await get<Issue>('/v1/issues/leaders_meeting')
    expect(meeting.positions.map((p) => p.party)).toEqual(['russia', 'ukraine', null])
    const [russia, ukraine, independent] = meeting.positions
    expect(russia!.proposals).toEqual((await get<ListBody<Proposal>>('/v1/proposals?category=leaders_meeting&party=moscow')).data)
    expect(russia!.proposals.map((p) => p.type).sort()).toEqual(['assessment', 'condition'])
    expect(russia!.statements.length).toBeGreaterThan(0)
    expect(ukraine!.proposals).toEqual([])
    expect(ukraine!.statements.map((s) => s.actor)).toContain('david-arakhamia')
    expect(independent!.proposals).toEqual([])
    expect(new Set(independent!.statements.map((s) => s.actor))).toEqual(new Set(['ivan-timofeev']))
    for (const position of meeting.positions) {
      const statements = (await get<ListBody<Statement>>(`/v1/statements?limit=100${position.party === null ? '' : `&party=${position.party}`}`)).data
      const expected = statements.filter((s) => s.party === position.party && s.issues.includes('leaders_meeting'))
      expect(position.statements, String(position.party)).toEqual(expected)
    }
  })

  it("keeps only one party's positions with ?party=, by id or alias, and lists only the issues it has one on", async () => {
    const byId = await ctx.app.inject('/v1/issues?party=ukraine&limit=100')
    for (const alias of ['kyiv', 'Kiev', 'UKR']) expect((await ctx.app.inject(`/v1/issues?party=${alias}&limit=100`)).body, alias).toBe(byId.body)
    const body = json<ListBody<Issue>>(byId)
    const withUkraine: string[] = []
    for (const issue of await allIssues()) {
      const expected = await expectedPositions(issue.id, 'ukraine')
      if (expected.length > 0) withUkraine.push(issue.id)
      expect(json<Issue>(await ctx.app.inject(`/v1/issues/${issue.id}?party=kyiv`)).positions, issue.id).toEqual(expected)
    }
    expect(body.data.map((i) => i.id)).toEqual(withUkraine)
    expect(body.page.total).toBe(withUkraine.length)
    for (const issue of body.data) {
      expect(issue.positions.map((p) => p.party)).toEqual(['ukraine'])
      expect(issue.positions, issue.id).toEqual(await expectedPositions(issue.id, 'ukraine'))
    }
    // Russia tabled nothing and said nothing on some issues: those are not listed.
    const moscow = json<ListBody<Issue>>(await ctx.app.inject('/v1/issues?party=moscow&limit=100'))
    expect(moscow.data.every((i) => i.positions.every((p) => p.party === 'russia'))).toBe(true)
    expect(moscow.data.map((i) => i.id)).toContain('leaders_meeting')
    expect(moscow.data.map((i) => i.id)).not.toContain('alliance')
  })

  it('answers an issue a party has nothing on with empty positions', async () => {
    const alliance = await get<Issue>('/v1/issues/alliance?party=russia')
    expect(alliance.positions).toEqual([])
    expect(alliance.counts).toEqual({ parties: 0, proposals: 0, statements: 0 })
  })

  it('refuses an unknown party like every party filter: a 400 problem naming it, not an empty list', async () => {
    for (const url of ['/v1/issues?party=nowhere', '/v1/issues/alliance?party=nowhere', '/v1/issues?party=']) {
      expect(expectProblem(await ctx.app.inject(url), 400).errors?.map((e) => e.path), url).toContain('query.party')
    }
  })

  it('answers CSV with a header and one row per issue and party, which parses back to the JSON', async () => {
    const issues = await allIssues()
    const byFormat = await ctx.app.inject('/v1/issues?limit=100&format=csv')
    const byAccept = await ctx.app.inject({ url: '/v1/issues?limit=100', headers: { accept: 'text/csv' } })
    expect(byAccept.body).toBe(byFormat.body)
    expect(byFormat.statusCode).toBe(200)
    expect(byFormat.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/)
    expect(byFormat.headers['x-total-count']).toBe(String(issues.length))
    const [header, ...rows] = parse(byFormat.body, { relax_column_count: false }) as string[][]
    expect(header).toEqual(
      expect.arrayContaining(['issue_id', 'issue_label', 'party', 'proposal_ids', 'proposal_types', 'proposal_texts', 'statement_ids', 'statement_texts'])
    )
    const column = (row: string[], name: string) => row[header!.indexOf(name)]
    const expected = issues.flatMap((issue) =>
      issue.positions.map((p) => ({
        issue_id: issue.id,
        issue_label: issue.label,
        party: p.party ?? '',
        proposal_ids: p.proposals.map((x) => x.id).join(' | '),
        proposal_types: p.proposals.map((x) => x.type).join(' | '),
        proposal_texts: p.proposals.map((x) => x.text).join(' | '),
        statement_ids: p.statements.map((x) => x.id).join(' | '),
        statement_texts: p.statements.map((x) => x.text).join(' | ')
      }))
    )
    // Every seeded issue has a position, so there is no row for an issue without one.
    expect(issues.every((i) => i.positions.length > 0)).toBe(true)
    expect(rows.length).toBe(expected.length)
    expect(rows.map((row) => Object.fromEntries(Object.keys(expected[0]!).map((name) => [name, column(row, name)])))).toEqual(expected)

    const ukraine = parse((await ctx.app.inject('/v1/issues?party=kyiv&limit=100&format=csv')).body) as string[][]
    expect(ukraine.slice(1).every((row) => column(row, 'party') === 'ukraine')).toBe(true)
  })

  it('pages CSV by issue: a Link to the next page and every issue once', async () => {
    let next: string | null = '/v1/issues?limit=2&format=csv'
    const ids: string[] = []
    while (next) {
      const response = await ctx.app.inject(next)
      const [header, ...rows] = parse(response.body) as string[][]
      ids.push(...new Set(rows.map((r) => r[header!.indexOf('issue_id')]!)))
      const link = response.headers.link as string | undefined
      next = link ? /<([^>]+)>; rel="next"/.exec(link)![1]! : null
    }
    expect(ids).toEqual(seedIssues.map((i) => i.id))
  })

  it('walks every issue exactly once with limit=2, filtered or not', async () => {
    const walked = await walk<Issue>(ctx.app, '/v1/issues?limit=2')
    expect(walked.items.map((i) => i.id)).toEqual(seedIssues.map((i) => i.id))
    expect(walked.pages).toBe(Math.ceil(seedIssues.length / 2))
    expect(walked.items).toEqual(await allIssues())
    const filtered = await walk<Issue>(ctx.app, '/v1/issues?limit=2&party=ukraine')
    expect(filtered.items).toEqual((await get<ListBody<Issue>>('/v1/issues?limit=100&party=ukraine')).data)
  })

  it('refuses a malformed cursor and unknown parameters with a 400 problem', async () => {
    expect(expectProblem(await ctx.app.inject('/v1/issues?cursor=nonsense'), 400).errors?.map((e) => e.path)).toContain('query.cursor')
    expectProblem(await ctx.app.inject('/v1/issues?category=alliance'), 400)
    expectProblem(await ctx.app.inject('/v1/issues?limit=0'), 400)
    expectProblem(await ctx.app.inject('/v1/issues/alliance?format=csv'), 400)
  })
})

describe('GET /v1/issues/{id}', () => {
  it('answers 404 problem for an unknown issue', async () => {
    expectProblem(await ctx.app.inject('/v1/issues/nope'), 404)
  })
})
