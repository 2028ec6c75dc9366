// npm run eval:draft: runs the drafter on the annotated articles (the seed article and
// eval/articles/*.gold.json) and prints precision and recall per kind of fact, and how long
// a 1,000-word article takes. The drafter is given an empty store: nothing it finds comes
// from knowing the seed.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { draft, layout, type Draft } from '../src/drafting/draft.js'
import { projectRoot } from '../src/paths.js'

const repoPath = (...parts: string[]) => join(projectRoot, ...parts)

interface Gold {
  title: string
  publisher: string
  published: { earliest: string; latest: string }
  statements: { speaker: string; mode: string; text: string }[]
  actors: { name: string; type: string; party: string | null; roles: string[] }[]
  dates: { text: string; earliest: string; latest: string | null }[]
  rounds: { text: string; format: string; status: string; city: string | null }[]
  proposals: { party: string; text: string }[]
}

interface Article {
  name: string
  set: 'seed' | 'dev' | 'holdout'
  raw: string
  gold: Gold
}

const dir = repoPath('eval', 'articles')
const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/g, "'").replace(/^(?:the|a|an)\s+/, '').trim()

/** The seed's gold, from the annotations the seeder stores. */
function seedArticle(): Article {
  const a = JSON.parse(readFileSync(repoPath('seed', 'annotations.json'), 'utf8'))
  const source = a.sources[0]
  const partyName = (id: string | null) => a.parties.find((p: { id: string }) => p.id === id)?.name ?? null
  const actor = (id: string) => a.actors.find((x: { id: string }) => x.id === id)
  const fromArticle = (e: { source: string }[]) => e.some((x) => x.source === source.id)
  const words = (e: { source: string; quote?: string; spans?: { quote: string }[] }[]) => e.filter((x) => x.source === source.id).map((x) => x.quote ?? x.spans!.map((s) => s.quote).join(' … '))[0]!
  return {
    name: 'seed (Xinhua)',
    set: 'seed',
    raw: readFileSync(repoPath('seed', source.file), 'utf8'),
    gold: {
      title: source.title,
      publisher: source.publisher,
      published: source.published,
      statements: a.statements.map((s: { actor: string; mode: string; text: string }) => {
        const who = actor(s.actor)
        return { speaker: who.type === 'organization' && who.party ? `party:${partyName(who.party)}` : who.name, mode: s.mode, text: s.text }
      }),
      actors: a.actors
        .filter((x: { evidence: { source: string }[] }) => fromArticle(x.evidence))
        .map((x: { name: string; type: string; party: string | null; roles: { text: string }[] }) => ({ name: x.name, type: x.type, party: partyName(x.party), roles: x.roles.map((r) => r.text) })),
      dates: JSON.parse(readFileSync(join(dir, 'seed.gold.json'), 'utf8')).dates,
      rounds: a.rounds
        .filter((r: { evidence: { source: string }[] }) => fromArticle(r.evidence))
        .map((r: { evidence: { source: string; quote: string }[]; format: string; status: string; location: { city: string | null } | null }) => ({ text: words(r.evidence), format: r.format, status: r.status, city: r.location?.city ?? null })),
      proposals: a.proposals.map((p: { party: string; text: string }) => ({ party: partyName(p.party), text: p.text }))
    }
  }
}

function articles(): Article[] {
  const found = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json') && f !== 'seed.gold.json')
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/, '')
      return { name, set: name.startsWith('holdout') ? ('holdout' as const) : ('dev' as const), raw: readFileSync(join(dir, `${name}.txt`), 'utf8'), gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold }
    })
  return [seedArticle(), ...found]
}

/** Where words lie in the body: their first occurrence, or the longest of their " … " parts. */
function locate(body: string, text: string): [number, number] | undefined {
  const part = text.split(' … ').sort((a, b) => b.length - a.length)[0]!
  const at = body.indexOf(part)
  return at === -1 ? undefined : [at, at + part.length]
}
const overlaps = (a: [number, number] | undefined, b: [number, number] | undefined) => a !== undefined && b !== undefined && a[0] < b[1] && b[0] < a[1]

interface Score {
  hit: number
  predicted: number
  gold: number
}
const empty = (): Score => ({ hit: 0, predicted: 0, gold: 0 })
const add = (a: Score, b: Score) => ({ hit: a.hit + b.hit, predicted: a.predicted + b.predicted, gold: a.gold + b.gold })

/** One-to-one matching: each gold item takes the first unmatched prediction that fits it. */
function match<P, G>(predicted: P[], gold: G[], fits: (p: P, g: G) => boolean, misses?: string[], show?: (g: G) => string): Score {
  const used = new Set<number>()
  let hit = 0
  for (const g of gold) {
    const i = predicted.findIndex((p, j) => !used.has(j) && fits(p, g))
    if (i >= 0) {
      used.add(i)
      hit++
    } else if (misses && show) misses.push(show(g))
  }
  return { hit, predicted: predicted.length, gold: gold.length }
}

function score(article: Article, d: Draft, misses: string[], knownParties: { id: string; name: string }[] = []) {
  const { body } = layout(article.raw, article.gold.title)
  const actorOf = new Map(d.actors.map((a) => [a.id, a]))
  const partyName = new Map([...knownParties, ...d.parties].map((p) => [p.id, p.name]))
  const speaks = (actorId: string, speaker: string) => {
    const a = actorOf.get(actorId)
    if (!a) return false
    if (speaker.startsWith('party:')) return a.type === 'organization' && a.party !== null && norm(partyName.get(a.party) ?? '') === norm(speaker.slice(6))
    return [a.name, ...a.aliases].some((n) => norm(n) === norm(speaker))
  }
  const statements = match(
    d.statements,
    article.gold.statements,
    (p, g) => p.mode === g.mode && speaks(p.actor, g.speaker) && overlaps(locate(body, p.text), locate(body, g.text)),
    misses,
    (g) => `statement missed: ${g.speaker} (${g.mode}) ${g.text.slice(0, 60)}`
  )
  const actorFits = (p: Draft['actors'][number], g: Gold['actors'][number]) =>
    p.type === g.type && [p.name, ...p.aliases].some((n) => norm(n) === norm(g.name)) && JSON.stringify(p.roles.map((r) => norm(r.text)).sort()) === JSON.stringify(g.roles.map(norm).sort())
  const people = match(d.actors.filter((a) => a.type === 'person'), article.gold.actors.filter((a) => a.type === 'person'), actorFits, misses, (g) => `person missed: ${g.name} ${JSON.stringify(g.roles)}`)
  const organizations = match(d.actors.filter((a) => a.type === 'organization'), article.gold.actors.filter((a) => a.type === 'organization'), actorFits)
  const dates = match(
    d.review.dates,
    article.gold.dates,
    (p, g) => (norm(p.text).includes(norm(g.text)) || norm(g.text).includes(norm(p.text))) && p.earliest === g.earliest && p.latest === g.latest,
    misses,
    (g) => `date missed: ${g.text} ${g.earliest}..${g.latest}`
  )
  const rounds = match(
    d.rounds,
    article.gold.rounds,
    (p, g) => p.format === g.format && p.status === g.status && p.evidence.some((e) => 'quote' in e && overlaps(locate(body, e.quote), locate(body, g.text))),
    misses,
    (g) => `round missed: ${g.format}/${g.status} ${g.text.slice(0, 50)}`
  )
  const proposals = match(d.proposals, article.gold.proposals, (p, g) => norm(partyName.get(p.party ?? '') ?? p.party ?? '') === norm(g.party) && overlaps(locate(body, p.text), locate(body, g.text)))
  return { statements, people, organizations, dates, rounds, proposals }
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`)
const cell = (s: Score) => `${pct(s.hit, s.predicted)} / ${pct(s.hit, s.gold)} (${s.hit}/${s.predicted}/${s.gold})`

const all = articles()
const totals: Record<string, Record<string, Score>> = {}
const kinds = ['statements', 'people', 'organizations', 'dates', 'rounds', 'proposals'] as const
const verbose = process.argv.includes('--misses')
for (const article of all) {
  const g = article.gold
  const d = draft({ text: article.raw, title: g.title, publisher: g.publisher, published: { earliest: g.published.earliest, latest: g.published.latest ?? g.published.earliest } })
  const misses: string[] = []
  const s = score(article, d, misses)
  const set = (totals[article.set] ??= {})
  for (const k of kinds) set[k] = add(set[k] ?? empty(), s[k])
  console.log(`${article.name.padEnd(40)} statements ${cell(s.statements)}`)
  if (verbose) for (const m of misses) console.log(`    ${m}`)
}

// The seed article once more, as `npm start`'s store would draft it: knowing the seed's
// parties (with their aliases: "Kiev" is Ukraine) and issues, but none of its actors or rounds.
{
  const seed = all[0]!
  const a = JSON.parse(readFileSync(repoPath('seed', 'annotations.json'), 'utf8'))
  const vocabulary = { parties: a.parties, actors: [], issues: a.issues }
  const g = seed.gold
  const d = draft({ text: seed.raw, title: g.title, publisher: g.publisher, published: { earliest: g.published.earliest, latest: g.published.latest } }, vocabulary)
  totals['seed, knowing its parties'] = score(seed, d, [], a.parties)
}

console.log('\nprecision / recall (right / proposed / annotated), the drafter given an empty store (the last column: the store\'s parties and issues):\n')
const sets = ['seed', 'dev', 'holdout', 'seed, knowing its parties'].filter((s) => totals[s])
console.log(`| fact | ${sets.map((s) => (s.includes(',') ? s : `${s} (${all.filter((a) => a.set === s).length})`)).join(' | ')} |`)
console.log(`| --- | ${sets.map(() => '---').join(' | ')} |`)
for (const k of kinds) console.log(`| ${k} | ${sets.map((s) => cell(totals[s]![k]!)).join(' | ')} |`)

// Speed: articles run together to 1,000 words or more, drafted five times after a warm-up.
const bodies = all.map((a) => layout(a.raw, a.gold.title).body)
let long = ''
for (let i = 0; long.split(/\s+/).length < 1000; i++) long += `${bodies[i % bodies.length]}\n\n`
const words = long.split(/\s+/).filter(Boolean).length
draft({ text: long, publisher: 'speed', published: { earliest: '2031-01-01', latest: '2031-01-01' } })
const times: number[] = []
for (let i = 0; i < 5; i++) {
  const t0 = performance.now()
  draft({ text: long, publisher: 'speed', published: { earliest: '2031-01-01', latest: '2031-01-01' } })
  times.push(performance.now() - t0)
}
times.sort((a, b) => a - b)
console.log(`\nspeed: a ${words}-word article drafts in ${Math.round(times[2]!)} ms (median of 5, after one warm-up run)`)
