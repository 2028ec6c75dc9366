import { describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { expectProblem, json, useApp, walk, type ListBody } from './helper.js'

const ctx = useApp()
const ARTICLE = 'xinhua-2022-04-ease-tensions'
let writer = ''
let reader = ''
const tokens = () => createTokensRepository(ctx.app.db)
const auth = (token = writer) => ({ authorization: `Bearer ${token}` })

function setup() {
  if (writer === '') {
    writer = tokens().create('test curator', 'write').token
    reader = tokens().create('test reader', 'read').token
  }
}

const statementBody = {
  actor: 'vladimir-zharikhin',
  party: null,
  round: 'istanbul-2022-03-29',
  mode: 'indirect',
  text: 'the latest round of negotiations was just one stage of the process',
  date: { earliest: '2022-03-29', latest: '2022-04-07' },
  evidence: [{ sourceId: ARTICLE, quote: 'the latest round of negotiations was just one stage of the process' }]
}

describe('tokens', () => {
  it('refuses a write without a token, with an unknown or revoked token (401), and with a read token (403)', async () => {
    setup()
    const none = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: statementBody })
    expectProblem(none, 401)
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/)
    const unknown = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: statementBody, headers: auth(`ntk_000000000000_${'a'.repeat(43)}`) })
    expectProblem(unknown, 401)
    expect(unknown.headers['www-authenticate']).toMatch(/invalid_token/)
    expectProblem(await ctx.app.inject({ method: 'DELETE', url: '/v1/rounds/istanbul-2022-03-29', headers: auth(reader) }), 403)

    const temporary = tokens().create('short-lived', 'write')
    const first = await ctx.app.inject({ method: 'PATCH', url: '/v1/actors/nato', payload: { aliases: ['NATO', 'OTAN'] }, headers: auth(temporary.token) })
    expect(first.statusCode).toBe(200)
    tokens().revoke(temporary.info.id)
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: '/v1/actors/nato', payload: { aliases: ['NATO'] }, headers: auth(temporary.token) }), 401)
  })

  it('checks the token before validating the body', async () => {
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/rounds', payload: { nonsense: true } }), 401)
  })
})

describe('POST', () => {
  it('creates a statement from words located in the article: 201, Location, the record, and every read reflects it', async () => {
    setup()
    const versionBefore = json<{ version: number }>(await ctx.app.inject('/v1')).version
    const listTag = (await ctx.app.inject('/v1/statements')).headers.etag
    // Searched twice before the write (the second time keeps the query's ranking), so that
    // the ranking kept for it must be dropped.
    await ctx.app.inject('/v1/search?q=%22one%20stage%22')
    const hitsBefore = json<ListBody<{ id: string }>>(await ctx.app.inject('/v1/search?q=%22one%20stage%22&type=statement'))
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: { ...statementBody, id: 'zharikhin-one-stage' }, headers: auth() })
    expect(response.statusCode).toBe(201)
    expect(response.headers.location).toBe('/v1/statements/zharikhin-one-stage')
    const created = json<{ id: string; evidence: { start: number; end: number; text: string }[] }>(response)
    const article = json<{ text: string }>(await ctx.app.inject(`/v1/sources/${ARTICLE}`)).text
    const [evidence] = created.evidence
    expect(article.slice(evidence!.start, evidence!.end)).toBe(statementBody.text)
    expect((await ctx.app.inject(response.headers.location as string)).body).toBe(response.body)

    expect(json<{ version: number }>(await ctx.app.inject('/v1')).version).toBe(versionBefore + 1)
    expect((await ctx.app.inject('/v1/statements')).headers.etag).not.toBe(listTag)
    const timeline = await walk<{ id: string }>(ctx.app, '/v1/timeline?type=statement&limit=100')
    expect(timeline.items.map((e) => e.id)).toContain('statement:zharikhin-one-stage')
    const hits = json<ListBody<{ id: string }>>(await ctx.app.inject('/v1/search?q=%22one%20stage%22&type=statement'))
    expect(hits.data.map((h) => h.id)).toContain('zharikhin-one-stage')
    expect(hitsBefore.data.map((h) => h.id)).not.toContain('zharikhin-one-stage')
    expect(hits.page.total).toBe(hitsBefore.page.total + 1)
    const stats = json<{ statements: { byActor: Record<string, number> } }>(await ctx.app.inject('/v1/stats'))
    expect(stats.statements.byActor['vladimir-zharikhin']).toBe(2)
    const changes = json<ListBody<{ operation: string; token: string; resource: { type: string; id: string }; fields: string[] }>>(await ctx.app.inject('/v1/changes'))
    expect(changes.data.at(-1)).toMatchObject({ operation: 'create', token: 'test curator', resource: { type: 'statement', id: 'zharikhin-one-stage' } })
    expect(changes.data.at(-1)!.fields).toContain('evidence')
  })

  it('makes an id when none is given, and refuses a taken one (409)', async () => {
    setup()
    const made = await ctx.app.inject({
      method: 'POST',
      url: '/v1/actors',
      payload: { name: 'Xinhua', type: 'organization', evidence: [{ sourceId: ARTICLE, quote: '-Xinhua' }] },
      headers: auth()
    })
    expect(made.statusCode).toBe(201)
    expect(made.headers.location).toBe('/v1/actors/xinhua')
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/actors', payload: { id: 'nato', name: 'NATO', type: 'organization', evidence: [{ sourceId: ARTICLE, quote: 'North Atlantic Treaty Organisation' }] }, headers: auth() }), 409)
  })

  it('answers 422 naming each fact that does not hold, and writes nothing', async () => {
    setup()
    const before = json<{ version: number }>(await ctx.app.inject('/v1')).version
    const problem = expectProblem(
      await ctx.app.inject({
        method: 'POST',
        url: '/v1/proposals',
        payload: {
          party: 'atlantis',
          round: 'geneva-1954',
          type: 'proposal',
          category: 'neutrality',
          title: 'Neutrality',
          text: 'a neutral status',
          date: { earliest: '2022-03-29' },
          evidence: [
            { sourceId: ARTICLE, start: 0, end: 6, text: 'Kyiv a' },
            { sourceId: ARTICLE, quote: 'words the article does not have' },
            { sourceId: 'reuters', quote: 'x' },
            { sourceId: ARTICLE, note: 'the article says so' }
          ]
        },
        headers: auth()
      }),
      422
    )
    const paths = problem.errors!.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['body.party', 'body.round', 'body.evidence.0', 'body.evidence.1', 'body.evidence.2.sourceId', 'body.evidence.3']))
    expect(problem.errors!.find((e) => e.path === 'body.evidence.0')!.message).toMatch(/expected "Moscow"/)
    expect(json<{ version: number }>(await ctx.app.inject('/v1')).version).toBe(before)
  })

  it('refuses a paraphrase passed off as a quotation (422) and a wrong shape (400)', async () => {
    setup()
    const paraphrase = { ...statementBody, mode: 'direct', quote: 'one stage' }
    expect(expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: paraphrase, headers: auth() }), 422).errors![0]!.path).toBe('body.quote')
    const shape = expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: { ...statementBody, mode: 'shouted', extra: 1 }, headers: auth() }), 400)
    expect(shape.errors!.map((e) => e.path)).toEqual(expect.arrayContaining(['body.mode']))
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: { ...statementBody, evidence: [] }, headers: auth() }), 400)
  })

  it('answers 415 for a body that is not JSON and 413 for one too large', async () => {
    setup()
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: 'text', headers: { ...auth(), 'content-type': 'text/plain' } }), 415)
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: { ...statementBody, text: 'x'.repeat(1_100_000) }, headers: auth() }), 413)
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: '{"actor":', headers: { ...auth(), 'content-type': 'application/json' } }), 400)
  })

  it('with Idempotency-Key, a retry returns the first answer instead of a duplicate', async () => {
    setup()
    const send = (payload: object) =>
      ctx.app.inject({ method: 'POST', url: '/v1/statements', payload, headers: { ...auth(), 'idempotency-key': 'retry-1' } })
    const first = await send(statementBody)
    const second = await send(statementBody)
    expect(first.statusCode).toBe(201)
    expect(second.statusCode).toBe(201)
    expect(second.headers['idempotent-replayed']).toBe('true')
    expect(second.body).toBe(first.body)
    expect(second.headers.location).toBe(first.headers.location)
    const all = await walk<{ text: string }>(ctx.app, '/v1/statements?limit=100&actor=vladimir-zharikhin')
    expect(all.items.filter((s) => s.text === statementBody.text)).toHaveLength(2) // the earlier test's, and this one once
    expectProblem(await send({ ...statementBody, date: { earliest: '2022-03-30' } }), 422)
  })
})

describe('PATCH and DELETE', () => {
  it('applies a JSON merge patch, checked whole, and honours If-Match', async () => {
    setup()
    const url = '/v1/rounds/round-5-2022-03-21'
    const current = await ctx.app.inject(url)
    const etag = current.headers.etag as string
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url,
      payload: { summary: 'Fifth round of negotiations between Russia and Ukraine.', sequence: null },
      headers: { ...auth(), 'content-type': 'application/merge-patch+json', 'if-match': etag }
    })
    expect(patched.statusCode).toBe(200)
    expect(json<{ summary: string; sequence: number | null; evidence: unknown[] }>(patched)).toMatchObject({ summary: 'Fifth round of negotiations between Russia and Ukraine.', sequence: null })
    expect((await ctx.app.inject(url)).headers.etag).toBe(patched.headers.etag)

    const stale = await ctx.app.inject({ method: 'PATCH', url, payload: { title: 'Stale' }, headers: { ...auth(), 'if-match': etag } })
    expectProblem(stale, 412)
    expect(json<{ title: string }>(await ctx.app.inject(url)).title).toBe('Fifth round of negotiations')
    expectProblem(await ctx.app.inject({ method: 'PATCH', url, payload: { id: 'renamed' }, headers: auth() }), 422)
    expectProblem(await ctx.app.inject({ method: 'PATCH', url, payload: { format: 'telepathy' }, headers: auth() }), 400)
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: '/v1/rounds/nowhere', payload: { title: 'x' }, headers: auth() }), 404)
  })

  it('lets exactly one of two writers with the same ETag win', async () => {
    setup()
    const url = '/v1/proposals/russia-leaders-meeting-condition'
    const etag = (await ctx.app.inject(url)).headers.etag as string
    const results = await Promise.all(
      ['First title', 'Second title'].map((title) => ctx.app.inject({ method: 'PATCH', url, payload: { title }, headers: { ...auth(), 'if-match': etag } }))
    )
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412])
    const winner = results.find((r) => r.statusCode === 200)!
    expect(json<{ title: string }>(await ctx.app.inject(url)).title).toBe(json<{ title: string }>(winner).title)
  })

  it("refuses to delete what others point at (409) unless cascade=true; a round's statements then keep their facts", async () => {
    setup()
    const problem = expectProblem(await ctx.app.inject({ method: 'DELETE', url: '/v1/rounds/zelensky-putin-meeting', headers: auth() }), 409)
    expect(problem.detail).toMatch(/cascade=true/)
    // A statement that names the round among its related rounds points at it too.
    expect(problem.detail).toMatch(/arakhamia-intensify-efforts/)
    expect((await ctx.app.inject('/v1/rounds/zelensky-putin-meeting')).statusCode).toBe(200)
    const deleted = await ctx.app.inject({ method: 'DELETE', url: '/v1/rounds/zelensky-putin-meeting?cascade=true', headers: auth() })
    expect(deleted.statusCode).toBe(200)
    expect(json<{ deleted: { type: string; id: string }[] }>(deleted).deleted).toEqual([{ type: 'round', id: 'zelensky-putin-meeting' }])
    expectProblem(await ctx.app.inject('/v1/rounds/zelensky-putin-meeting'), 404)
    expect(json<{ round: string | null }>(await ctx.app.inject('/v1/statements/timofeev-theoretical-possibility')).round).toBeNull()
    const changes = json<ListBody<{ operation: string; resource: { id: string }; fields: string[] }>>(await ctx.app.inject('/v1/changes?limit=100'))
    expect(changes.data.filter((c) => c.operation === 'delete').map((c) => c.resource.id)).toContain('zelensky-putin-meeting')
    expect(changes.data).toContainEqual(expect.objectContaining({ operation: 'update', resource: expect.objectContaining({ id: 'timofeev-theoretical-possibility' }), fields: ['round'] }))
    const related = json<{ round: string | null; relatedRounds: string[] }>(await ctx.app.inject('/v1/statements/arakhamia-intensify-efforts'))
    expect(related).toMatchObject({ round: 'online-2022-04-01', relatedRounds: [] })
    expect(changes.data).toContainEqual(expect.objectContaining({ operation: 'update', resource: expect.objectContaining({ id: 'arakhamia-intensify-efforts' }), fields: ['relatedRounds'] }))

    // An actor's statements cannot stand without it: cascade deletes them, and search forgets them.
    const actor = await ctx.app.inject({ method: 'DELETE', url: '/v1/actors/ivan-timofeev?cascade=true', headers: auth() })
    expect(json<{ deleted: { type: string; id: string }[] }>(actor).deleted).toContainEqual({ type: 'statement', id: 'timofeev-theoretical-possibility' })
    expect(json<ListBody<unknown>>(await ctx.app.inject('/v1/search?q=%22theoretical%20possibility%22&type=statement')).page.total).toBe(0)
  })

  it('takes back what a GET gave, read-only fields and all; a patch that changes nothing is not logged', async () => {
    setup()
    const before = json<ListBody<unknown>>(await ctx.app.inject('/v1/changes')).page.total
    const actor = (await ctx.app.inject('/v1/actors/nato')).json() as Record<string, unknown>
    const same = await ctx.app.inject({ method: 'PATCH', url: '/v1/actors/nato', payload: actor, headers: auth() })
    expect(same.statusCode).toBe(200)
    expect(json<ListBody<unknown>>(await ctx.app.inject('/v1/changes')).page.total).toBe(before)
    const renamed = await ctx.app.inject({ method: 'PATCH', url: '/v1/actors/nato', payload: { ...actor, name: 'NATO' }, headers: auth() })
    expect(json<{ name: string }>(renamed).name).toBe('NATO')
    const changes = json<ListBody<{ fields: string[] }>>(await ctx.app.inject('/v1/changes?limit=100')).data
    expect(changes.at(-1)!.fields).toEqual(['name'])
  })

  it('refuses unpaired surrogates, over-deep patches and unknown query parameters with 400', async () => {
    setup()
    const lone = '{"name":"A \\ud83d","type":"person","evidence":[{"sourceId":"xinhua-2022-04-ease-tensions","quote":"Moscow and Kiev"}]}'
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/actors', payload: lone, headers: { ...auth(), 'content-type': 'application/json' } }), 400)
    const deep = `{"date":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`
    expectProblem(await ctx.app.inject({ method: 'PATCH', url: '/v1/rounds/round-5-2022-03-21', payload: deep, headers: { ...auth(), 'content-type': 'application/json' } }), 400)
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/actors?dryRun=true', payload: {}, headers: auth() }), 400)
  })

  it('refuses control characters in a body with 400 naming the field, and writes nothing; text keeps its line breaks and tabs', async () => {
    setup()
    const before = json<{ version: number }>(await ctx.app.inject('/v1')).version
    const actor = { name: 'A\u0000B', type: 'person', evidence: [{ sourceId: ARTICLE, quote: 'Moscow and Kiev' }] }
    const nul = expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/actors', payload: actor, headers: auth() }), 400)
    expect(nul.errors).toEqual([{ path: 'body.name', message: expect.stringMatching(/control characters/) }])
    for (const control of ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f']) {
      const evidence = [{ sourceId: ARTICLE, quote: `the latest round${control}` }]
      const problem = expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: { ...statementBody, evidence }, headers: auth() }), 400)
      expect(problem.errors!.map((e) => e.path), JSON.stringify(control)).toEqual(['body.evidence.0.quote'])
    }
    const patch = expectProblem(await ctx.app.inject({ method: 'PATCH', url: '/v1/rounds/round-5-2022-03-21', payload: { summary: 'Fifth\u0000round' }, headers: auth() }), 400)
    expect(patch.errors!.map((e) => e.path)).toEqual(['body.summary'])
    expect(json<{ version: number }>(await ctx.app.inject('/v1')).version).toBe(before)

    const text = 'First paragraph.\n\nSecond,\tafter a tab.\r\nThird.'
    const source = {
      id: 'layout-sample',
      kind: 'news_article',
      title: 'A sample with paragraphs',
      publisher: 'Test desk',
      url: null,
      published: { earliest: '2022-04-08' },
      language: 'en',
      licence: 'CC0',
      citation: 'Test desk, a sample',
      text
    }
    const created = await ctx.app.inject({ method: 'POST', url: '/v1/sources', payload: source, headers: auth() })
    expect(created.statusCode, created.body).toBe(201)
    expect(json<{ text: string }>(await ctx.app.inject('/v1/sources/layout-sample')).text).toBe(text)
  })

  it('does not let a source change kind under its evidence', async () => {
    setup()
    const problem = expectProblem(
      await ctx.app.inject({ method: 'PATCH', url: '/v1/sources/lcil-negotiation-news', payload: { kind: 'news_article', text: 'Some new text.' }, headers: auth() }),
      422
    )
    expect(problem.errors!.map((e) => e.path)).toContain('body.kind')
  })

  it('pages the changes feed from any `since`', async () => {
    const all = json<ListBody<{ seq: number }>>(await ctx.app.inject('/v1/changes?limit=100')).data
    expect(all.length).toBeGreaterThan(3)
    const seqs = all.map((c) => c.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    const later = json<ListBody<{ seq: number }>>(await ctx.app.inject(`/v1/changes?since=${seqs[1]}`)).data
    expect(later.map((c) => c.seq)).toEqual(seqs.slice(2))
    const walked = await walk<{ seq: number }>(ctx.app, '/v1/changes?limit=2')
    expect(walked.items.map((c) => c.seq)).toEqual(seqs)
  })
})

describe('the rules a fact obeys', () => {
  type Evidence = { sourceId: string; start: number | null; end: number | null; text: string | null; note: string | null; spans?: { start: number; end: number; text: string }[] }
  type Record = { id: string; evidence: Evidence[] } & { [field: string]: unknown }
  // A token of its own: the writes of this file would pass the default rate limit of one.
  let token = ''
  const curator = () => auth((token ||= tokens().create('rules curator', 'write').token))
  const changesTotal = async () => json<ListBody<unknown>>(await ctx.app.inject('/v1/changes')).page.total
  const post = (collection: string, payload: object) => ctx.app.inject({ method: 'POST', url: `/v1/${collection}`, payload, headers: curator() })
  const paths = (problem: { errors?: { path: string }[] }) => problem.errors!.map((e) => e.path)

  const proposal = {
    party: 'ukraine',
    round: 'istanbul-2022-03-29',
    type: 'proposal',
    category: 'neutrality',
    title: 'A non-bloc state (as handed over)',
    text: 'Kiev handing Moscow its proposals … its readiness to fix its current status as a non-bloc state',
    date: { earliest: '2022-03-29', latest: '2022-03-29' },
    evidence: [{ sourceId: ARTICLE, spans: [{ quote: 'Kiev handing Moscow its proposals' }, { quote: 'its readiness to fix its current status as a non-bloc state' }] }]
  }

  it('stores evidence of several spans of one source, serves them, and takes them back in a PATCH', async () => {
    setup()
    const created = await post('proposals', { ...proposal, id: 'ukraine-non-bloc-as-handed-over' })
    expect(created.statusCode, created.body).toBe(201)
    const url = created.headers.location as string
    const record = json<Record>(await ctx.app.inject(url))
    const article = json<{ text: string }>(await ctx.app.inject(`/v1/sources/${ARTICLE}`)).text
    const [item] = record.evidence
    expect(item!.spans!.map((s) => s.text)).toEqual(['Kiev handing Moscow its proposals', 'its readiness to fix its current status as a non-bloc state'])
    for (const span of item!.spans!) expect(article.slice(span.start, span.end)).toBe(span.text)
    // The spans are the item: no passage between them that would hold words not the fact's.
    expect([item!.start, item!.end, item!.text]).toEqual([null, null, null])
    expect(record).toMatchObject({ category: 'neutrality', date: { kind: 'exact' } })

    // What a GET gave goes back as it is: nothing changes, nothing is logged.
    const before = await changesTotal()
    const same = await ctx.app.inject({ method: 'PATCH', url, payload: record, headers: curator() })
    expect(same.statusCode, same.body).toBe(200)
    expect(await changesTotal()).toBe(before)
    // A patch of another field keeps the spans: the stored evidence is a write body again.
    for (const target of [url, '/v1/proposals/ukraine-no-foreign-bases-or-troops']) {
      const old = json<Record>(await ctx.app.inject(target))
      const patched = await ctx.app.inject({ method: 'PATCH', url: target, payload: { title: `${String(old.title)} (checked)` }, headers: curator() })
      expect(patched.statusCode, patched.body).toBe(200)
      expect(json<Record>(patched).evidence).toEqual(old.evidence)
      expect(json<Record>(patched).evidence[0]!.spans!.length).toBeGreaterThan(1)
    }
    const changes = json<ListBody<{ resource: { id: string }; fields: string[] }>>(await ctx.app.inject('/v1/changes?limit=100')).data
    expect(changes.at(-1)).toMatchObject({ resource: { id: 'ukraine-no-foreign-bases-or-troops' }, fields: ['title'] })
  })

  it('refuses spans out of order and a span that is not the source\'s words, naming the item (422)', async () => {
    setup()
    const before = await changesTotal()
    const reversed = [{ sourceId: ARTICLE, quote: 'Kiev handing Moscow its proposals' }, { sourceId: ARTICLE, spans: [...proposal.evidence[0]!.spans].reverse() }]
    const outOfOrder = expectProblem(await post('proposals', { ...proposal, evidence: reversed }), 422)
    expect(paths(outOfOrder)).toEqual(['body.evidence.1'])
    expect(outOfOrder.errors![0]!.message).toMatch(/source order/)
    const altered = [{ sourceId: ARTICLE, spans: [{ quote: 'Kiev handing Moscow its proposals' }, { quote: 'its readiness to fix its status as a non-bloc state' }] }]
    expect(paths(expectProblem(await post('proposals', { ...proposal, evidence: altered }), 422))).toEqual(['body.evidence.0'])
    const offsets = [{ sourceId: ARTICLE, spans: [{ start: 0, end: 6, text: 'Kiev h' }, { quote: 'its readiness to fix its current status as a non-bloc state' }] }]
    expect(paths(expectProblem(await post('proposals', { ...proposal, evidence: offsets }), 422))).toEqual(['body.evidence.0'])
    expect(await changesTotal()).toBe(before)
  })

  it('refuses a proposal on an unknown issue, and one whose evidence does not say whose it is (422)', async () => {
    setup()
    const unknownIssue = expectProblem(await post('proposals', { ...proposal, category: 'summit_precondition' }), 422)
    expect(unknownIssue.errors).toEqual([{ path: 'body.category', message: 'unknown issue "summit_precondition"' }])
    // The words are Kyiv's, but nothing in the evidence says so.
    const unattributed = { ...proposal, text: 'willingness to renounce nuclear weapons', category: 'nuclear_weapons', evidence: [{ sourceId: ARTICLE, quote: 'willingness to renounce nuclear weapons' }] }
    const problem = expectProblem(await post('proposals', unattributed), 422)
    expect(paths(problem)).toEqual(['body.evidence'])
    expect(problem.errors![0]!.message).toMatch(/no evidence item says it is ukraine's: one must name ukraine .* before any other party/)
    // Words that name Ukraine, but as the object of Russia's speech, are Russia's words, not Kyiv's.
    const medinsky = 'Medinsky said Russia saw that Ukraine had taken “a more realistic approach” to talks'
    const misfiled = { ...unattributed, type: 'demand', text: 'a more realistic approach', evidence: [{ sourceId: ARTICLE, quote: medinsky }] }
    expect(paths(expectProblem(await post('proposals', misfiled), 422))).toEqual(['body.evidence'])
    // Moscow's words would not make it Kyiv's either: the party's own names, or its actors'.
    expect(paths(expectProblem(await post('proposals', { ...unattributed, party: 'russia' }), 422))).toEqual(['body.evidence'])
    const byAlias = { ...unattributed, evidence: [...unattributed.evidence, { sourceId: ARTICLE, quote: 'Ukrainian President, Volodymyr Zelensky' }] }
    expect((await post('proposals', byAlias)).statusCode).toBe(201)
  })

  it('stores an unscheduled proposed round with no day, and refuses a date whose kind does not fit it (422)', async () => {
    setup()
    const round = {
      id: 'leaders-meeting-test',
      title: 'A meeting at the highest level (test)',
      format: 'summit',
      date: { earliest: null },
      status: 'proposed',
      summary: 'A leaders’ meeting, possible once a draft treaty is formulated; nobody has set a day.',
      parties: [
        { id: 'russia', role: 'participant' },
        { id: 'ukraine', role: 'participant' }
      ],
      evidence: [{ sourceId: ARTICLE, quote: 'a meeting at the highest level' }]
    }
    const created = await post('rounds', round)
    expect(created.statusCode, created.body).toBe(201)
    expect(json<{ date: object }>(await ctx.app.inject('/v1/rounds/leaders-meeting-test')).date).toEqual({ earliest: null, latest: null, kind: 'unscheduled', text: null, note: null })

    const held = expectProblem(await post('rounds', { ...round, id: 'held-without-a-day', status: 'held' }), 422)
    expect(paths(held)).toEqual(['body.date'])
    expect(held.errors![0]!.message).toMatch(/only a proposed round may be unscheduled/)
    const stated = expectProblem(await post('rounds', { ...round, id: 'held-unscheduled', status: 'held', date: { earliest: null, kind: 'unscheduled' } }), 422)
    expect(paths(stated)).toEqual(['body.date'])
    const exact = expectProblem(await post('rounds', { ...round, id: 'exact-over-two-days', status: 'held', date: { earliest: '2022-04-01', latest: '2022-04-02', kind: 'exact' } }), 422)
    expect(exact.errors).toEqual([{ path: 'body.date', message: 'a date of kind "exact" needs earliest and latest the same day' }])
    // A patch is checked whole: the round cannot be held while it has no day.
    const patch = (payload: object) => ctx.app.inject({ method: 'PATCH', url: '/v1/rounds/leaders-meeting-test', payload, headers: curator() })
    expect(paths(expectProblem(await patch({ status: 'held' }), 422))).toEqual(['body.date'])
    // The stored kind is part of the record: new bounds need it stated again, or cleared to be worked out.
    const days = { earliest: '2022-04-10', latest: '2022-04-12' }
    expect(paths(expectProblem(await patch({ date: days }), 422))).toEqual(['body.date'])
    const scheduled = await patch({ date: { ...days, kind: null } })
    expect(json<{ date: object }>(scheduled).date).toMatchObject({ ...days, kind: 'period' })
    // Nor can what was said: a statement's date is a day, if only within a range.
    const undated = expectProblem(await post('statements', { ...statementBody, date: { earliest: '2022-03-29', latest: '2022-04-07', kind: 'since' } }), 422)
    expect(paths(undated)).toEqual(['body.date'])
    // A round that lasted is a period; a statement made on one day of a range is within it.
    const period = await post('rounds', { ...round, id: 'held-over-days', status: 'held', date: { earliest: '2022-03-14', latest: '2022-03-17' } })
    expect(json<{ date: { kind: string } }>(period).date.kind).toBe('period')
    const within = await post('statements', statementBody)
    expect(json<{ date: { kind: string } }>(within).date.kind).toBe('within')
  })

  it('refuses a quote that ends with the sentence\'s punctuation, and takes the words inside the marks without it', async () => {
    setup()
    const text = 'Vladimir Medinsky, Russian presidential aide and head of Russia’s negotiation team, said that Ukraine had demonstrated its readiness to negotiate with Russia “for the first time in years.”'
    const statement = {
      actor: 'vladimir-medinsky',
      party: 'russia',
      round: 'istanbul-2022-03-29',
      mode: 'partial',
      text,
      quote: 'for the first time in years.',
      date: { earliest: '2022-03-29', latest: '2022-04-07' },
      evidence: [{ sourceId: ARTICLE, quote: text }]
    }
    const problem = expectProblem(await post('statements', statement), 422)
    expect(paths(problem)).toEqual(['body.quote'])
    expect(problem.errors![0]!.message).toMatch(/ends with the sentence's punctuation/)
    const created = await post('statements', { ...statement, quote: 'for the first time in years' })
    expect(created.statusCode, created.body).toBe(201)
    // A partial quote is a fragment: the label made for it is the speaker and the sentence.
    expect(json<{ title: string }>(created).title).toBe(`Vladimir Medinsky: ${text}`)
  })

  it('links a statement to the rounds and issues it concerns; reads of those rounds list it; a title quotes only its text', async () => {
    setup()
    const text = '“There is a theoretical possibility of such a meeting, but a practical basis has not yet been prepared,” Timofeev said.'
    const statement = {
      id: 'timofeev-practical-basis',
      actor: 'ivan-timofeev',
      party: null,
      round: 'online-2022-04-01',
      relatedRounds: ['istanbul-2022-03-29', 'online-2022-04-01'],
      issues: ['leaders_meeting', 'nuclear_weapons'],
      mode: 'direct',
      text,
      quote: 'There is a theoretical possibility of such a meeting, but a practical basis has not yet been prepared',
      date: { earliest: '2022-04-01', latest: '2022-04-07' },
      evidence: [{ sourceId: ARTICLE, quote: text }]
    }
    // The cascade above took Timofeev with his statements: he is back, with his own evidence.
    const actor = { id: 'ivan-timofeev', name: 'Ivan Timofeev', type: 'person', evidence: [{ sourceId: ARTICLE, quote: 'Ivan Timofeev, director of programmes' }] }
    expect((await post('actors', actor)).statusCode).toBe(201)
    const unknown = expectProblem(await post('statements', { ...statement, relatedRounds: ['geneva-1954'], issues: ['wmd', 'weather'] }), 422)
    expect(unknown.errors).toEqual([
      { path: 'body.relatedRounds.0', message: 'unknown round "geneva-1954"' },
      { path: 'body.issues.1', message: 'unknown issue "weather"' }
    ])
    const misquoted = expectProblem(await post('statements', { ...statement, title: 'Timofeev: “a meeting is possible”' }), 422)
    expect(misquoted.errors).toEqual([{ path: 'body.title', message: 'its title quotes "a meeting is possible", which are not words the source puts in quotation marks' }])
    // Words of the sentence outside the quotation marks are the reporter's, not the speaker's.
    const reporters = expectProblem(await post('statements', { ...statement, title: 'Timofeev: “Timofeev said”' }), 422)
    expect(reporters.errors).toEqual([{ path: 'body.title', message: 'its title quotes "Timofeev said", which are not words the source puts in quotation marks' }])

    const created = await post('statements', statement)
    expect(created.statusCode, created.body).toBe(201)
    // Its own round is not also a related one; a direct quote stands alone in the label.
    expect(json<object>(created)).toMatchObject({
      relatedRounds: ['istanbul-2022-03-29'],
      issues: ['leaders_meeting', 'nuclear_weapons'],
      title: `Ivan Timofeev: “${statement.quote}”`
    })
    const round = json<{ statements: { id: string }[] }>(await ctx.app.inject('/v1/rounds/istanbul-2022-03-29'))
    expect(round.statements.map((s) => s.id)).toContain('timofeev-practical-basis')
    const listed = await walk<{ id: string }>(ctx.app, '/v1/statements?round=istanbul-2022-03-29&limit=100')
    expect(listed.items.map((s) => s.id)).toContain('timofeev-practical-basis')

    // Read, change, send back: the links and the title are part of the body.
    const before = await changesTotal()
    const record = json<Record>(await ctx.app.inject('/v1/statements/timofeev-practical-basis'))
    expect((await ctx.app.inject({ method: 'PATCH', url: '/v1/statements/timofeev-practical-basis', payload: record, headers: curator() })).statusCode).toBe(200)
    expect(await changesTotal()).toBe(before)
    const retitled = await ctx.app.inject({
      method: 'PATCH',
      url: '/v1/statements/timofeev-practical-basis',
      payload: { title: 'Timofeev: a meeting is “a theoretical possibility”', issues: ['leaders_meeting'] },
      headers: curator()
    })
    expect(json<object>(retitled)).toMatchObject({ title: 'Timofeev: a meeting is “a theoretical possibility”', issues: ['leaders_meeting'], relatedRounds: ['istanbul-2022-03-29'] })
    const remade = await ctx.app.inject({ method: 'PATCH', url: '/v1/statements/timofeev-practical-basis', payload: { title: null }, headers: curator() })
    expect(json<{ title: string }>(remade).title).toBe(`Ivan Timofeev: “${statement.quote}”`)

    // A round a statement concerns is referenced by it: 409, and with cascade only the link goes.
    const url = '/v1/statements/timofeev-practical-basis'
    await ctx.app.inject({ method: 'PATCH', url, payload: { relatedRounds: ['istanbul-2022-03-29', 'leaders-meeting-test'] }, headers: curator() })
    const conflict = expectProblem(await ctx.app.inject({ method: 'DELETE', url: '/v1/rounds/leaders-meeting-test', headers: curator() }), 409)
    expect(conflict.detail).toMatch(/1 statements \(timofeev-practical-basis\)/)
    const deleted = await ctx.app.inject({ method: 'DELETE', url: '/v1/rounds/leaders-meeting-test?cascade=true', headers: curator() })
    expect(json<{ deleted: object[] }>(deleted).deleted).toEqual([{ type: 'round', id: 'leaders-meeting-test' }])
    expect(json<object>(await ctx.app.inject(url))).toMatchObject({ round: 'online-2022-04-01', relatedRounds: ['istanbul-2022-03-29'] })
    const changes = json<ListBody<{ operation: string; resource: { id: string }; fields: string[] }>>(await ctx.app.inject('/v1/changes?limit=100')).data
    expect(changes.slice(-2).map((c) => [c.operation, c.resource.id, c.fields])).toEqual([
      ['update', 'timofeev-practical-basis', ['relatedRounds']],
      ['delete', 'leaders-meeting-test', []]
    ])
  })
})
