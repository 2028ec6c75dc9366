// npm run seed:check, as a reviewer runs it: the built script in its own process, on the
// committed annotations and on copies with one rule broken. `npm test` builds first; alone,
// run `npm run build` before.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot, seedFolder } from '../src/paths.js'
import { kindOf, type DateShape } from '../src/db/columns.js'
import { buildSeed, readAnnotations } from '../seed/seeder.js'
import type { Annotations } from '../seed/annotations.schema.js'
import { tempDir } from './helper.js'

const dir = tempDir()
const annotations = readAnnotations()
const rows = buildSeed(annotations, (file) => readFileSync(join(seedFolder, file), 'utf8'))

function check(...args: string[]) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'dist', 'seed', 'check.js'), ...args], { encoding: 'utf8', timeout: 20_000 })
  // The output is wrapped for a terminal: read each wrapped line as one.
  return { status: run.status, output: run.stdout, stderr: run.stderr, read: run.stdout.replace(/\n +/g, ' ') }
}

let committedRun: ReturnType<typeof check> | undefined
const committed = () => (committedRun ??= check())

const collapse = (words: string) => words.replace(/\s+/g, ' ')

/** A copy of the annotations with one rule broken, as a file; returns its path. */
function broken(name: string, breakIt: (a: Annotations) => void): string {
  const copy = structuredClone(annotations)
  breakIt(copy)
  const file = join(dir, `${name}.json`)
  writeFileSync(file, JSON.stringify(copy, null, 2))
  return file
}

const proposal = (a: Annotations, id: string) => a.proposals.find((p) => p.id === id)!

/**
 * The committed run's lines about each fact ("round <id>" and so on), its evidence left out:
 * a field line is indented two spaces, its wrapped lines six or more, read as one.
 */
function fieldsOf(output: string): Map<string, string[]> {
  const facts = new Map<string, string[]>()
  let current: string[] | undefined
  for (const line of output.replace(/\n {6,}/g, ' ').split('\n')) {
    const header = /^(actor|round|proposal|statement) (\S+)/.exec(line)
    if (header !== null) facts.set(`${header[1]} ${header[2]}`, (current = []))
    else if (/^ {2}[^ -]/.test(line)) current?.push(line.trim())
    else if (!line.startsWith(' ')) current = undefined
  }
  return facts
}

/** A date as the reviewer should read it, from its bounds by its kind. */
function dateLine(d: DateShape, range: 'period' | 'within'): string {
  const kind = kindOf(d, range)
  const bounds = { exact: d.earliest, since: d.earliest, period: `${d.earliest}..${d.latest}`, within: `${d.earliest}..${d.latest}`, unscheduled: '(no day)' }[kind]
  return collapse(`date: ${kind} ${bounds}${d.text === null ? '' : ` "${d.text}"`}${d.note === null ? '' : ` — note: ${d.note}`}`)
}

const issueLabel = (id: string) => `${id} (${annotations.issues.find((i) => i.id === id)!.label})`

describe('npm run seed:check', () => {
  it('lists every fact of the committed annotations, by kind and in their order, and exits 0', () => {
    const { status, output, read } = committed()
    expect(status).toBe(0)
    const headers = [...output.matchAll(/^(actor|round|proposal|statement) (\S+)/gm)].map((m) => `${m[1]} ${m[2]}`)
    expect(headers).toEqual([
      ...annotations.actors.map((x) => `actor ${x.id}`),
      ...annotations.rounds.map((x) => `round ${x.id}`),
      ...annotations.proposals.map((x) => `proposal ${x.id}`),
      ...annotations.statements.map((x) => `statement ${x.id}`)
    ])
    expect(read).toContain(`${annotations.proposals.length} proposals, ${annotations.statements.length} statements; ${rows.evidence.length} evidence items`)
    expect(read).toContain('every rule holds')
  })

  it("shows each of Kyiv's proposals with its words and the article's words around each span, marked", () => {
    const { read } = committed()
    const kyiv = annotations.proposals.filter((p) => p.party === 'ukraine')
    expect(kyiv.length).toBeGreaterThanOrEqual(5)
    for (const p of kyiv) {
      expect(read).toContain(`proposal ${p.id} (ukraine, ${p.round})`)
      expect(read).toContain(`text: ${p.text}`)
      for (const row of rows.evidence.filter((e) => e.proposalId === p.id && e.note == null)) {
        const text = rows.sources.find((s) => s.id === row.sourceId)!.text!
        const spans = row.spans ?? [{ start: row.start!, end: row.end!, text: row.text! }]
        // Each span marked, the source's words between close spans as they are, and a word of
        // the source either side, within the paragraph.
        const marked = spans.map((s, i) => `[[${s.text}]]${i + 1 < spans.length ? text.slice(s.end, spans[i + 1]!.start) : ''}`).join('')
        const before = /(?:\S+[^\S\n]+)?\S*$/.exec(text.slice(0, spans[0]!.start))![0]
        const after = /^\S*(?:[^\S\n]+\S+)?/.exec(text.slice(spans.at(-1)!.end))![0]
        expect(read).toContain(collapse(before + marked + after))
      }
    }
  })

  it('dates every round, proposal and statement by its kind and range, with the source’s wording and the note', () => {
    const facts = fieldsOf(committed().output)
    const dated = [
      ...annotations.rounds.map((r) => ({ key: `round ${r.id}`, line: dateLine(r.date, 'period') })),
      ...annotations.proposals.map((p) => ({ key: `proposal ${p.id}`, line: dateLine(p.date, 'within') })),
      ...annotations.statements.map((s) => ({ key: `statement ${s.id}`, line: dateLine(s.date, 'within') }))
    ]
    for (const { key, line } of dated) expect(facts.get(key)!.filter((l) => l.startsWith('date:')), key).toEqual([line])
    // The seed has every kind, stated or implied by the bounds, so each way of writing one is read here.
    expect(new Set(dated.map(({ line }) => line.split(' ')[1]))).toEqual(new Set(['exact', 'period', 'within', 'since', 'unscheduled']))
    for (const r of annotations.rounds) expect(facts.get(`round ${r.id}`)).toEqual([`title: ${r.title}`, dateLine(r.date, 'period')])
  })

  it('gives each proposal its title, type, issue, date and declared overlaps, and nothing it lacks', () => {
    const facts = fieldsOf(committed().output)
    for (const p of annotations.proposals) {
      expect(facts.get(`proposal ${p.id}`), p.id).toEqual([
        `title: ${p.title}`,
        `text: ${collapse(p.text)}`,
        `type: ${p.type}; issue: ${issueLabel(p.category)}`,
        dateLine(p.date, 'within'),
        ...(p.overlaps ?? []).map((o) => collapse(`overlaps ${o.proposal}: shares "${o.words}" — why: ${o.why}`))
      ])
    }
    expect(annotations.proposals.some((p) => p.overlaps?.length)).toBe(true)
  })

  it('gives each statement its title, quote, mode, rounds, issues and date, each only where it has one', () => {
    const facts = fieldsOf(committed().output)
    for (const s of annotations.statements) {
      const lines = facts.get(`statement ${s.id}`)!
      expect(lines, s.id).toEqual([
        `title: ${s.title}`,
        `text: ${collapse(s.text)}`,
        ...(s.quote === null ? [] : [`quote: "${s.quote}"`]),
        [`mode: ${s.mode}`, ...(s.round === null ? [] : [`round: ${s.round}`]), ...(s.relatedRounds?.length ? [`relatedRounds: ${s.relatedRounds.join(', ')}`] : [])].join('; '),
        ...(s.issues?.length ? [`issues: ${s.issues.map(issueLabel).join(', ')}`] : []),
        dateLine(s.date, 'within')
      ])
      // A title's curly-quoted words are the speaker's: the reviewer finds them in the quote shown.
      for (const [, words] of s.title.matchAll(/“([^”]+)”/g)) expect(lines.find((l) => l.startsWith('quote:')), s.id).toContain(words!)
    }
    const shown = annotations.statements
    expect(shown.some((s) => s.quote === null) && shown.some((s) => s.quote !== null)).toBe(true)
    expect(shown.some((s) => s.relatedRounds?.length) && shown.some((s) => !s.issues?.length)).toBe(true)
  })

  it('keeps every line within the width it prints to when not at a terminal', () => {
    for (const line of committed().output.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100)
  })

  it('names the proposal whose shared words are no longer declared in "overlaps", and exits 1 listing nothing else', () => {
    const declared = proposal(annotations, 'ukraine-no-foreign-bases-or-troops').overlaps![0]!
    const { status, read } = check('--file', broken('no-overlaps', (a) => delete proposal(a, 'ukraine-no-foreign-bases-or-troops').overlaps))
    expect(status).toBe(1)
    expect(read).toContain('1 problem;')
    expect(read).toContain(`proposal ukraine-no-foreign-bases-or-troops: its text shares ${JSON.stringify(declared.words)} with proposal ${declared.proposal}`)
    expect(read).not.toContain('[[')
    expect(read).not.toContain('every rule holds')
  })

  it("names the statement whose quote keeps the sentence's full stop, and exits 1", () => {
    const quoting = annotations.statements.find((s) => s.quote !== null)!
    const { status, read } = check('--file', broken('full-stop', (a) => {
      const s = a.statements.find((x) => x.id === quoting.id)!
      s.quote = `${s.quote}.`
    }))
    expect(status).toBe(1)
    expect(read).toContain('1 problem;')
    expect(read).toContain(`statement ${quoting.id}: its quote ${JSON.stringify(`${quoting.quote}.`)} ends with the sentence's punctuation`)
    expect(read).not.toContain('[[')
  })

  it('names the proposal left without the words that make it Kyiv’s, and exits 1', () => {
    const { status, read } = check('--file', broken('no-attribution', (a) => {
      const p = proposal(a, 'ukraine-non-bloc-status')
      // Keep only the item holding its own words; the other is the one that names Kyiv.
      p.evidence = p.evidence.filter((e) => 'quote' in e && e.quote.includes(p.text))
    }))
    expect(status).toBe(1)
    expect(read).toContain('1 problem;')
    expect(read).toContain("proposal ukraine-non-bloc-status: no evidence item says it is ukraine's")
    expect(read).not.toContain('[[')
  })
})
