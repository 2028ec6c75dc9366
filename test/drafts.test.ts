import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createTokensRepository } from '../src/auth/tokens.js'
import { ingest, IngestFile } from '../src/curation/ingest.js'
import { migrateDb, openDb } from '../src/db/open.js'
import type { Draft } from '../src/drafting/draft.js'
import { projectRoot } from '../src/paths.js'
import { buildApp } from '../src/app.js'
import { expectProblem, tempDir, useApp } from './helper.js'

const ctx = useApp({ writeRateLimit: 1000 })
let writer = ''
let reader = ''
beforeAll(() => {
  writer = createTokensRepository(ctx.app.db).create('drafting desk', 'write').token
  reader = createTokensRepository(ctx.app.db).create('drafting reader', 'read').token
})

const seedArticle = join(projectRoot, 'seed', 'sources', 'xinhua-ease-tensions.txt')
const published = { earliest: '2031-05-15' } // a Thursday

/** Drafts a small text (no headline) through the API. */
async function drafted(text: string, extra: Record<string, unknown> = {}): Promise<Draft> {
  const response = await ctx.app.inject({ method: 'POST', url: '/v1/drafts', headers: { authorization: `Bearer ${writer}` }, payload: { text, publisher: 'Test Wire', published, ...extra } })
  expect(response.statusCode, response.body).toBe(200)
  return response.json()
}
const said = (d: Draft) => d.statements.map((s) => ({ actor: s.actor, mode: s.mode, quote: s.quote }))
const intro = 'Anna Berg, the Velorian foreign minister, said on Monday that talks between Veloria and Kestria would go on.'

describe('POST /v1/drafts', () => {
  it('needs a write token and stores nothing', async () => {
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/drafts', payload: { text: intro, publisher: 'x', published } }), 401)
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/drafts', headers: { authorization: `Bearer ${reader}` }, payload: { text: intro, publisher: 'x', published } }), 403)
    const before = (await ctx.app.inject('/v1/changes')).json().data.length
    await drafted(intro)
    expect((await ctx.app.inject('/v1/changes')).json().data.length).toBe(before)
    expect((await ctx.app.inject('/v1/actors/anna-berg')).statusCode).toBe(404)
  })

  it('answers bad input with a problem naming the field', async () => {
    const bad = await ctx.app.inject({ method: 'POST', url: '/v1/drafts', headers: { authorization: `Bearer ${writer}` }, payload: { text: intro, publisher: 'x', published: { earliest: '2031-05-15', latest: '2031-05-01' } } })
    expect(expectProblem(bad, 400).errors?.map((e: { path: string }) => e.path).join()).toMatch(/published/)
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/drafts', headers: { authorization: `Bearer ${writer}` }, payload: { text: intro, published } }), 400)
  })

  it('takes what captures hold without failing: brackets in a place, a leading blank line, other quotation marks', async () => {
    const place = await drafted('Talks between Veloria and Kestria were held in Geneva (Switzerland) on Monday.')
    expect(place.rounds.map((r) => r.location?.city)).toEqual(['Geneva'])
    const blank = await drafted('\nBerg says talks will go on\n\nAnna Berg said the talks would go on in Lumen.')
    expect(blank.source.headline).toBe('Berg says talks will go on')
    expect(said(await drafted('«We will not sign under pressure», Anna Berg said.'))).toEqual([{ actor: 'anna-berg', mode: 'direct', quote: 'We will not sign under pressure' }])
    expect(said(await drafted('‘We will not sign,’ Anna Berg said.'))).toEqual([{ actor: 'anna-berg', mode: 'direct', quote: 'We will not sign' }])
    // Marks that do not pair are the curator's to read.
    const mixed = await drafted('"We will not sign under pressure,” Anna Berg said.')
    expect(mixed.statements).toEqual([])
    expect(mixed.review!.undecided[0]!.decide).toMatch(/^the quotation/)
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/drafts', headers: { authorization: `Bearer ${writer}` }, payload: { text: '  \n ', publisher: 'x', published } }), 400)
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/drafts', headers: { authorization: `Bearer ${writer}` }, payload: { text: 'x', publisher: 'x', published: { earliest: '9999-12-20' } } }), 400)
  })

  it('gives a draft in the ingest format, every fact with a confidence and a reason', async () => {
    const d = await drafted(`${intro} “We will not sign under pressure,” Berg said.`)
    expect(IngestFile.safeParse(d).success).toBe(true)
    for (const fact of [...d.actors, ...d.statements]) {
      expect(fact.review!.confidence).toBeGreaterThan(0)
      expect(fact.review!.reason.length).toBeGreaterThan(10)
    }
  })
})

describe('statements', () => {
  it('a direct quotation with the speaker after it, a later surname resolved to the person', async () => {
    const d = await drafted(`${intro} “We will not sign under pressure,” Berg said.`)
    expect(said(d)).toEqual([
      { actor: 'anna-berg', mode: 'indirect', quote: null },
      { actor: 'anna-berg', mode: 'direct', quote: 'We will not sign under pressure' }
    ])
    expect(d.actors.find((a) => a.id === 'anna-berg')?.roles).toEqual([{ title: 'Foreign minister', organization: 'Veloria', text: 'the Velorian foreign minister' }])
  })

  it('a direct quotation with an inverted verb, and after the speaker and a colon', async () => {
    expect(said(await drafted('“The door is open,” said Anna Berg.'))).toEqual([{ actor: 'anna-berg', mode: 'direct', quote: 'The door is open' }])
    expect(said(await drafted(`${intro} Berg told reporters after the session: “The door is open.”`))[1]).toEqual({ actor: 'anna-berg', mode: 'direct', quote: 'The door is open' })
  })

  it('a partial quotation inside reported speech', async () => {
    expect(said(await drafted(`${intro} Berg said the talks were “a step forward” for both sides.`))[1]).toEqual({ actor: 'anna-berg', mode: 'partial', quote: 'a step forward' })
  })

  it('indirect speech: said that, told reporters, according to', async () => {
    expect(said(await drafted('Anna Berg told reporters that the talks would resume in Lumen.'))).toEqual([{ actor: 'anna-berg', mode: 'indirect', quote: null }])
    expect(said(await drafted('The talks will resume on Monday, according to Anna Berg.'))).toEqual([{ actor: 'anna-berg', mode: 'indirect', quote: null }])
  })

  it('a pronoun speaks for the last person who spoke', async () => {
    expect(said(await drafted(`${intro} She said a deal was still possible this year.`)).map((s) => s.actor)).toEqual(['anna-berg', 'anna-berg'])
  })

  it('a quotation standing alone right after a speaker goes on in their voice', async () => {
    const d = await drafted('“We came to talk,” Anna Berg said.\n\n“We will stay as long as it takes.”')
    expect(said(d)).toEqual([
      { actor: 'anna-berg', mode: 'direct', quote: 'We came to talk' },
      { actor: 'anna-berg', mode: 'direct', quote: 'We will stay as long as it takes' }
    ])
  })

  it('a side speaking as one, and both sides: one statement for each party', async () => {
    const d = await drafted('Talks between Veloria and Kestria resumed. The Velorian side said it would return to Lumen. Both delegations said the talks had been useful.')
    const side = (id: string) => d.actors.find((a) => a.id === id)
    expect(d.statements.map((s) => [side(s.actor)?.party, s.mode])).toEqual([['veloria', 'indirect'], ['veloria', 'indirect'], ['kestria', 'indirect']])
    expect(d.parties.map((p) => p.id).sort()).toEqual(['kestria', 'veloria'])
  })

  it('a speaker introducing quotations with a colon, and a quotation going on in its paragraph as one statement', async () => {
    const d = await drafted(`${intro}\n\nIn an interview, Berg said:\n\n“We came to talk.”\n\n“We will stay as long as it takes.”`)
    expect(said(d).slice(1)).toEqual([
      { actor: 'anna-berg', mode: 'direct', quote: 'We came to talk' },
      { actor: 'anna-berg', mode: 'direct', quote: 'We will stay as long as it takes' }
    ])
    const going = await drafted('“Maps come last,” Anna Berg said. “If they come first, everybody walks out.”')
    expect(going.statements.map((s) => s.text)).toEqual(['“Maps come last,” Anna Berg said. “If they come first, everybody walks out.”'])
  })

  it('the speaker in mid-sentence, a role held by one person, a readout, and a member of a delegation', async () => {
    const d = await drafted(
      `${intro} Neither country can afford a long war, she noted, and both know it. Asked about Lumen, the Velorian foreign minister said the city was calm. Talks will resume, according to a readout from the Kestrian presidential office. A member of the Kestrian delegation, who asked not to be named, said the mood was good.`
    )
    const actors = Object.fromEntries(d.actors.map((a) => [a.id, a]))
    expect(d.statements.map((s) => [actors[s.actor]?.name, s.mode])).toEqual([
      ['Anna Berg', 'indirect'],
      ['Anna Berg', 'indirect'],
      ['Anna Berg', 'indirect'],
      ['Kestrian presidential office', 'indirect'],
      ['Kestria’s delegation', 'indirect']
    ])
  })

  it('gives nothing for a quotation no one says, a generic "analysts", or a reporting verb in the headline', async () => {
    const none = await drafted('The so-called “Harbour Accord” was never signed. Analysts have said little about it.')
    expect(none.statements).toEqual([])
    expect(none.review!.undecided).toEqual([])
    const headline = await drafted('Berg says talks will go on\n\nThe talks continued on Monday in Lumen.', { title: 'Berg says talks will go on' })
    expect(headline.statements).toEqual([])
    expect(headline.source.headline).toBe('Berg says talks will go on')
  })

  it('leaves a speaker it cannot place to the curator, outside the facts', async () => {
    const d = await drafted('“We are ready,” Lumen said.')
    expect(d.statements).toEqual([])
    expect(d.review!.undecided[0]).toMatchObject({ kind: 'statement', words: '“We are ready,” Lumen said.' })
  })
})

describe('actors and their roles', () => {
  it('a role before the name, with or without commas, and after it with an organization', async () => {
    const d = await drafted('Velorian Foreign Minister Anna Berg said the talks between Veloria and Kestria would go on. Ivo Karsk, director of programmes at the Lumen Policy Institute, said the sides were close.')
    const roles = Object.fromEntries(d.actors.map((a) => [a.name, a.roles]))
    expect(roles['Anna Berg']).toEqual([{ title: 'Foreign Minister', organization: 'Veloria', text: 'Velorian Foreign Minister' }])
    expect(roles['Ivo Karsk']).toEqual([{ title: 'Director of programmes', organization: 'Lumen Policy Institute', text: 'director of programmes at the Lumen Policy Institute' }])
    expect(d.actors.find((a) => a.name === 'Lumen Policy Institute')?.type).toBe('organization')
  })

  it("links the store's actors and parties by name and alias instead of adding them", async () => {
    const d = await drafted('Medinsky said Russia saw that Kyiv had taken a more realistic approach to the talks.')
    expect(d.statements[0]).toMatchObject({ actor: 'vladimir-medinsky', party: 'russia', mode: 'indirect' })
    expect(d.actors).toEqual([])
    expect(d.parties).toEqual([])
  })
})

describe('dates and rounds', () => {
  it('resolves relative dates against the publication day or range, keeping the words and the reasoning', async () => {
    const d = await drafted('The crisis has deepened over the past month. The talks between Veloria and Kestria in Lumen last week ended. Talks have gone on by video since Friday. Berg spoke on Tuesday.')
    expect(d.review!.dates.map((x: { text: string; earliest: string; latest: string | null }) => [x.text, x.earliest, x.latest])).toEqual([
      ['over the past month', '2031-04-15', '2031-05-15'],
      ['last week', '2031-05-05', '2031-05-11'],
      ['since Friday', '2031-05-09', null],
      ['on Tuesday', '2031-05-13', '2031-05-13']
    ])
    const range = await drafted('The talks between Veloria and Kestria in Lumen last week ended.', { published: { earliest: '2022-04-04', latest: '2022-04-07' } })
    expect(range.rounds[0]!.date).toMatchObject({ earliest: '2022-03-28', latest: '2022-04-03', text: 'last week' })
    expect(range.rounds[0]!.date.note).toMatch(/published 2022-04-04 to 2022-04-07/)
  })

  it('finds rounds with their place, format and status, and merges mentions of one', async () => {
    const d = await drafted(
      'The latest round of face-to-face negotiations between Veloria and Kestria in Lumen last week ended without a deal. The talks in Lumen were tense. Both sides are continuing talks in an online format since Friday. A meeting between the presidents would only be possible later.'
    )
    expect(d.rounds.map((r) => [r.format, r.status, r.location?.city ?? null, r.date.earliest])).toEqual([
      ['in_person', 'held', 'Lumen', '2031-05-05'],
      ['video', 'ongoing', null, '2031-05-09'],
      ['summit', 'proposed', null, null]
    ])
  })
})

describe('proposals', () => {
  it('one candidate per item of a list, with several spans where items share their governing words', async () => {
    const d = await drafted(
      'Talks between Veloria and Kestria resumed. Veloria handed Kestria its proposals, which contained its refusal to join the alliance and deploy foreign troops on its territory, and willingness to renounce nuclear weapons, as well as other weapons of mass destruction.'
    )
    expect(d.proposals.map((p) => [p.party, p.text])).toEqual([
      ['veloria', 'its refusal to join the alliance'],
      ['veloria', 'its refusal to … deploy foreign troops on its territory'],
      ['veloria', 'willingness to renounce nuclear weapons'],
      ['veloria', 'willingness to renounce … other weapons of mass destruction']
    ])
    expect(d.proposals[1]!.evidence[0]).toMatchObject({ spans: [{ quote: 'its refusal to' }, { quote: 'deploy foreign troops on its territory' }] })
  })
})

describe('more lists', () => {
  it('a list after "answered with", and a list set out with semicolons', async () => {
    const d = await drafted(
      'Talks between Veloria and Kestria resumed. Berg said Kestria had answered with demands including the return of detained civilians, monitoring of any ceasefire line and compensation for the dam. Veloria tabled a set of demands last week that it says any agreement must include: a minimum flow of water; a suspension of filling; and binding arbitration.'
    )
    expect(d.proposals.map((p) => [p.party, p.type, p.text])).toEqual([
      ['kestria', 'demand', 'the return of detained civilians'],
      ['kestria', 'demand', 'monitoring of any ceasefire line'],
      ['kestria', 'demand', 'compensation for the dam'],
      ['veloria', 'demand', 'a minimum flow of water'],
      ['veloria', 'demand', 'a suspension of filling'],
      ['veloria', 'demand', 'binding arbitration']
    ])
  })
})

describe('every annotated article', () => {
  it('drafts into what ingest accepts unchanged into an empty store, as curators would take it, whatever its quotation marks', async () => {
    const dir = join(projectRoot, 'eval', 'articles')
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt'))
    expect(names.length).toBeGreaterThanOrEqual(11)
    for (const name of names) {
      const raw = readFileSync(join(dir, name), 'utf8')
      const d = await drafted(raw, { published: { earliest: '2031-05-15', latest: '2031-05-21' } })
      const db = openDb(join(tempDir(), 'empty.db'))
      try {
        migrateDb(db)
        const result = ingest(db, IngestFile.parse(d), raw)
        expect(result.created.statement.length, name).toBe(d.statements.length)
      } finally {
        db.$client.close()
      }
    }
  })
})

describe('what a second review found', () => {
  it("a list's party is its possessor, not the speaker; a predicate is not a list", async () => {
    const d = await drafted("Talks between Veloria and Kestria resumed. Velorian negotiators said Kestria's proposals, which included neutrality, security guarantees and a ceasefire, were a step forward. Berg said Kestria's demands were unrealistic and one-sided.")
    expect(d.proposals.map((p) => [p.party, p.text])).toEqual([
      ['kestria', 'neutrality'],
      ['kestria', 'security guarantees'],
      ['kestria', 'a ceasefire']
    ])
  })

  it('a weekday of the publication day is that day; an attribution with a role after the words; a date after "said"', async () => {
    const d = await drafted(`${intro} Talks will resume next month in Lumen, Anna Berg, the Velorian foreign minister, said. The talks were useful, Berg said on 3 May.`)
    expect(d.statements.map((s) => [s.actor, s.date.earliest, s.date.text])).toEqual([
      ['anna-berg', '2031-05-12', 'on Monday'],
      ['anna-berg', '2031-05-15', null],
      ['anna-berg', '2031-05-03', 'on 3 May']
    ])
    const sameDay = await drafted('Anna Berg said Thursday that the talks would go on.')
    expect(sameDay.statements[0]!.date).toMatchObject({ earliest: '2031-05-15', latest: '2031-05-15', text: 'Thursday' })
  })

  it('a store alias with a bracket, a heading above a name, and a capture with no article are no trouble', async () => {
    const d = await drafted('10:47 BST\nThe Kremlin says the talks will go on in Lumen between Veloria and Kestria.')
    expect(d.actors.map((a) => a.name)).not.toContain('BST The Kremlin')
    expectProblem(await ctx.app.inject({ method: 'POST', url: '/v1/drafts', headers: { authorization: `Bearer ${writer}` }, payload: { text: 'Headline here\n\nShare', publisher: 'x', published } }), 400)
    const quoted = await drafted('‘We will not sign under pressure,’ Anna Berg said.\n\nThe talks went on.\n\nShare this article')
    expect(quoted.source.headline).toBeUndefined()
    expect(quoted.statements).toHaveLength(1)
  })
})

describe('what a third review found', () => {
  it('a list of names inside an item stays in it', async () => {
    const d = await drafted('Talks between Veloria and Kestria resumed. Veloria handed Kestria its proposals, which included security guarantees from countries including Norland, Ostrava and the Calvar Union, and a 15-year period of talks on Lumen.')
    expect(d.proposals.map((p) => p.text)).toEqual(['security guarantees from countries including Norland, Ostrava and the Calvar Union', 'a 15-year period of talks on Lumen'])
  })

  it("rounds: negotiators who met face to face, leaders with their ministers, a speaker's date that is not the round's", async () => {
    const d = await drafted(
      'Negotiators from Veloria and Kestria met face to face in Lumen on Tuesday. A meeting between Velorian President Anna Berg and Kestrian President Ivo Karsk and their foreign ministers could follow. The sides could hold talks in Arvel soon, Berg said on Monday.'
    )
    expect(d.rounds.map((r) => [r.format, r.status, r.location?.city ?? null, r.date.earliest])).toEqual([
      ['in_person', 'held', 'Lumen', '2031-05-13'],
      ['summit', 'proposed', null, null],
      ['in_person', 'proposed', 'Arvel', null]
    ])
  })

  it("links the store's round it tells of, says so, and not one that began after it appeared", async () => {
    const linked = await drafted('Russia and Ukraine have continued talks in an online format since Friday.', { published: { earliest: '2022-04-05' } })
    expect(linked.rounds).toEqual([])
    expect(linked.review!.linked).toContainEqual(expect.objectContaining({ kind: 'round', id: 'online-2022-04-01' }))
    const before = await drafted('Russia and Ukraine have continued talks in an online format since Monday.', { published: { earliest: '2022-03-16' } })
    expect(before.rounds.map((r) => r.status)).toEqual(['ongoing'])
    expect(before.review!.linked.filter((l: { kind: string }) => l.kind === 'round')).toEqual([])
  })

  it('a demonym before a title is no side', async () => {
    const d = await drafted('The talks between Veloria and Kestria were hosted by Norlandic President Ivo Karsk in Lumen last week.')
    expect(d.parties.map((p) => p.id).sort()).toEqual(['kestria', 'veloria'])
  })
})

describe('npm run draft', () => {
  const cli = (script: string, args: string[], databasePath: string) =>
    spawnSync(process.execPath, [join(projectRoot, 'dist', 'src', 'cli', script), ...args], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' })

  it('drafts the seed article so that ingest accepts it into an empty store, undecided facts left out', async () => {
    const dir = tempDir()
    const result = cli('draft.js', ['--source', seedArticle, '--published', '2022-04-04/2022-04-07', '--publisher', 'Xinhua'], join(dir, 'none.db'))
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/drafted 2 parties, 0 issues, 11 actors, 3 rounds, 0 proposals, 12 statements/)
    writeFileSync(join(dir, 'draft.json'), result.stdout)
    const ingested = cli('ingest.js', ['--source', seedArticle, '--annotations', join(dir, 'draft.json')], join(dir, 'empty.db'))
    expect(ingested.status, ingested.stderr).toBe(0)
    expect(ingested.stdout).toMatch(/with 2 parties, 11 actors, 3 rounds, 0 proposals, 12 statements/)
    expect(ingested.stdout).toMatch(/left out 5 undecided facts/)
    // The parties it brought are in the changes feed, as every record it added is.
    const app = await buildApp({ databasePath: join(dir, 'empty.db'), seedOnStart: false, logLevel: 'silent' })
    try {
      const changes = (await app.inject('/v1/changes?limit=100')).json().data as { resource: { type: string; href: string } }[]
      expect(changes.filter((c) => c.resource.type === 'party').map((c) => c.resource.href).sort()).toEqual(['/v1/parties/russia', '/v1/parties/ukraine'])
      expect((await app.inject('/v1/parties/russia')).json().aliases).toEqual(['Russian'])
    } finally {
      await app.close()
    }
  })

  it('links to the store it is given, and refuses a bad publication date with its usage', () => {
    const dir = tempDir()
    expect(cli('draft.js', ['--source', seedArticle, '--published', 'last week'], join(dir, 'x.db')).status).toBe(2)
    const linked = cli('draft.js', ['--source', seedArticle, '--published', '2022-04-05'], ctx.databasePath)
    expect(linked.status, linked.stderr).toBe(0)
    const d = JSON.parse(linked.stdout) as Draft
    expect(d.actors).toEqual([])
    expect(new Set(d.proposals.map((p) => p.party))).toEqual(new Set(['ukraine']))
    // The store's rounds and issues, by place, kind and days, and by shared words.
    expect(d.rounds).toEqual([])
    expect(new Set(d.statements.map((s) => s.round))).toEqual(new Set([null, 'online-2022-04-01', 'zelensky-putin-meeting']))
    expect(d.proposals.map((p) => [p.round, p.category])).toEqual([
      ['istanbul-2022-03-29', 'alliance'],
      ['istanbul-2022-03-29', 'foreign_military_presence'],
      ['istanbul-2022-03-29', 'neutrality'],
      ['istanbul-2022-03-29', 'nuclear_weapons'],
      ['istanbul-2022-03-29', 'wmd']
    ])
    expect(d.issues).toEqual([])
  })
})
