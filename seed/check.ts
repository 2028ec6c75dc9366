// npm run seed:check [-- --file <annotations.json>]: reads the annotations against their
// sources exactly as the seeder does, without a database, and prints each fact with its own
// words, what the store will label and date it with (titles, quotes, modes, rounds, issues,
// types, declared overlaps, each date's kind and range), and the source's words around its
// evidence, so a reviewer can judge the store against the article on one screen. When a
// rule is broken it prints every problem instead, and exits 1: a listing of facts that would
// not be seeded would mislead.
import { readFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { kindOf, type DateShape } from '../src/db/columns.js'
import { seedFolder } from '../src/paths.js'
import type { Annotations } from './annotations.schema.js'
import { buildSeed, defaultAnnotationsFile, readAnnotations, SeedError, type SeedRows } from './seeder.js'

const usage = `usage: npm run seed:check [-- --file <annotations.json>]
  Checks the annotations (default seed/annotations.json) against their sources, as the seeder
  does, and lists each fact with its labels, its date and its evidence in context; exits 1
  listing every problem.
  Article captures are read from seed/, as the seeder reads them.`

/** Words of the source shown either side of a span. */
const CONTEXT_WORDS = 6
const OPEN = '[['
const CLOSE = ']]'

interface Range {
  start: number
  end: number
}
interface Span extends Range {
  text: string
}
type EvidenceRow = SeedRows['evidence'][number]
type Subject = 'actorId' | 'roundId' | 'proposalId' | 'statementId'

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c)
const collapse = (words: string) => words.replace(/\s+/g, ' ')
const wordCount = (words: string) => words.split(/\s+/).filter(Boolean).length

/** The paragraphs of a text (separated by a blank line): context stays inside one. */
function paragraphsOf(text: string): Range[] {
  const paragraphs: Range[] = []
  let start = 0
  for (const blank of text.matchAll(/\n[^\S\n]*\n\s*/g)) {
    paragraphs.push({ start, end: blank.index })
    start = blank.index + blank[0].length
  }
  paragraphs.push({ start, end: text.length })
  return paragraphs
}

/** Where the `n` words before `at` begin, not before `limit`. */
function wordsBefore(text: string, at: number, limit: number, n: number): number {
  let i = at
  for (let k = 0; k < n && i > limit; k++) {
    while (i > limit && isSpace(text[i - 1])) i--
    while (i > limit && !isSpace(text[i - 1])) i--
  }
  return i
}

/** Where the `n` words after `at` end, not after `limit`. */
function wordsAfter(text: string, at: number, limit: number, n: number): number {
  let i = at
  for (let k = 0; k < n && i < limit; k++) {
    while (i < limit && isSpace(text[i])) i++
    while (i < limit && !isSpace(text[i])) i++
  }
  return i
}

/**
 * One line per group of spans close enough to read together (in one paragraph, a few words
 * apart): the words before, each span marked, the words between, the words after; "…" where
 * the paragraph goes on.
 */
function inContext(text: string, paragraphs: Range[], spans: Span[]): string[] {
  const paragraphAt = (at: number) => paragraphs.find((p) => at >= p.start && at <= p.end) ?? { start: 0, end: text.length }
  const groups: Span[][] = []
  for (const span of spans) {
    const group = groups.at(-1)
    const last = group?.at(-1)
    const close = last !== undefined && paragraphAt(last.end) === paragraphAt(span.start) && wordCount(text.slice(last.end, span.start)) <= 2 * CONTEXT_WORDS
    if (group !== undefined && close) group.push(span)
    else groups.push([span])
  }
  return groups.map((group) => {
    const first = group[0]!
    const last = group[group.length - 1]!
    const before = paragraphAt(first.start)
    const after = paragraphAt(last.end)
    const from = wordsBefore(text, first.start, before.start, CONTEXT_WORDS)
    const to = wordsAfter(text, last.end, after.end, CONTEXT_WORDS)
    let line = (text.slice(before.start, from).trim() === '' ? '' : '…') + text.slice(from, first.start)
    group.forEach((span, i) => {
      line += OPEN + span.text + CLOSE
      const next = group[i + 1]
      if (next !== undefined) line += text.slice(span.end, next.start)
    })
    line += text.slice(last.end, to) + (text.slice(to, after.end).trim() === '' ? '' : '…')
    return collapse(line).trim()
  })
}

/** Breaks a line at spaces to fit `width`; lines after the first start with `hanging`. */
function wrap(line: string, width: number, hanging: string): string[] {
  const indent = /^ */.exec(line)![0]
  const lines: string[] = []
  let current = indent
  let fresh = true
  for (const word of collapse(line.slice(indent.length)).trim().split(' ')) {
    if (!fresh && current.length + 1 + word.length > width) {
      lines.push(current)
      current = hanging + word
    } else {
      current += (fresh ? '' : ' ') + word
    }
    fresh = false
  }
  lines.push(current)
  return lines
}

/**
 * A date as the store will hold it: its kind (stated, or implied by its bounds as the seeder
 * reads them), its bounds, the source's wording in quotes, and the note.
 */
function dateLine(d: DateShape, range: 'period' | 'within'): string {
  const bounds =
    d.earliest === null
      ? d.latest === null
        ? '(no day)'
        : `..${d.latest}`
      : d.latest === null || d.latest === d.earliest
        ? d.earliest
        : `${d.earliest}..${d.latest}`
  const text = d.text === null ? '' : ` "${d.text}"`
  const note = d.note === null ? '' : ` — note: ${d.note}`
  return `  date: ${kindOf(d, range)} ${bounds}${text}${note}`
}

/** The listing: each fact, by kind and in annotation order, with its words and its evidence. */
function listing(a: Annotations, rows: SeedRows, width: number): string[] {
  const out: string[] = []
  const say = (line: string, hanging = '      ') => out.push(...wrap(line, width, hanging))
  const texts = new Map(rows.sources.map((s) => [s.id, s.text ?? null]))
  const paragraphs = new Map<string, Range[]>()
  const paragraphsIn = (sourceId: string, text: string) => {
    if (!paragraphs.has(sourceId)) paragraphs.set(sourceId, paragraphsOf(text))
    return paragraphs.get(sourceId)!
  }
  const evidence = (subject: Subject, id: string) => {
    for (const row of rows.evidence.filter((e: EvidenceRow) => e[subject] === id)) {
      const text = texts.get(row.sourceId) ?? null
      if (row.note != null) {
        say(`  - ${row.sourceId}, note: ${collapse(row.note)}`)
        continue
      }
      const spans: Span[] = row.spans ?? [{ start: row.start!, end: row.end!, text: row.text! }]
      const lines = text === null ? spans.map((s) => OPEN + collapse(s.text) + CLOSE) : inContext(text, paragraphsIn(row.sourceId, text), spans)
      if (lines.length === 1) {
        say(`  - ${row.sourceId}: ${lines[0]}`)
      } else {
        say(`  - ${row.sourceId}, ${spans.length} spans:`)
        for (const line of lines) say(`    · ${line}`)
      }
    }
  }
  const issueLabels = new Map(a.issues.map((i) => [i.id, i.label]))
  const issue = (id: string) => `${id} (${issueLabels.get(id) ?? 'no such issue'})`
  const section = (title: string) => out.push(...(out.length > 0 ? [''] : []), title)

  section(`actors (${a.actors.length})`)
  for (const actor of a.actors) {
    say(`actor ${actor.id} (${actor.party ?? 'no party'})`)
    say(`  name: ${actor.name}${actor.roles.map((r) => `; role: ${r.text}`).join('')}`)
    evidence('actorId', actor.id)
  }
  section(`rounds (${a.rounds.length})`)
  for (const round of a.rounds) {
    say(`round ${round.id} (${round.status})`)
    say(`  title: ${round.title}`)
    say(dateLine(round.date, 'period'))
    evidence('roundId', round.id)
  }
  section(`proposals (${a.proposals.length})`)
  for (const proposal of a.proposals) {
    say(`proposal ${proposal.id} (${proposal.party}, ${proposal.round ?? 'no round'})`)
    say(`  title: ${proposal.title}`)
    say(`  text: ${proposal.text}`)
    say(`  type: ${proposal.type}; issue: ${issue(proposal.category)}`)
    say(dateLine(proposal.date, 'within'))
    for (const o of proposal.overlaps ?? []) say(`  overlaps ${o.proposal}: shares "${o.words}" — why: ${o.why}`)
    evidence('proposalId', proposal.id)
  }
  section(`statements (${a.statements.length})`)
  for (const statement of a.statements) {
    say(`statement ${statement.id} (${statement.actor}, ${statement.party ?? 'no party'})`)
    say(`  title: ${statement.title}`)
    say(`  text: ${statement.text}`)
    if (statement.quote !== null) say(`  quote: "${statement.quote}"`)
    const rounds = [
      `mode: ${statement.mode}`,
      ...(statement.round === null ? [] : [`round: ${statement.round}`]),
      ...(statement.relatedRounds?.length ? [`relatedRounds: ${statement.relatedRounds.join(', ')}`] : [])
    ]
    say(`  ${rounds.join('; ')}`)
    if (statement.issues?.length) say(`  issues: ${statement.issues.map(issue).join(', ')}`)
    say(dateLine(statement.date, 'within'))
    evidence('statementId', statement.id)
  }
  return out
}

function main(args: string[]): number {
  let options: { file?: string | undefined; help?: boolean | undefined }
  try {
    options = parseArgs({ args, options: { file: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values
  } catch (error) {
    console.error(`seed:check: ${(error as Error).message}\n${usage}`)
    return 2
  }
  if (options.help) {
    console.log(usage)
    return 0
  }
  // npm runs scripts from the package root; a path given on the command line is the caller's.
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const file = options.file === undefined ? defaultAnnotationsFile : resolve(cwd, options.file)
  const near = relative(cwd, file)
  const shown = near === '' || near.startsWith('..') || isAbsolute(near) ? file : near
  const width = process.stdout.isTTY ? Math.min(120, Math.max(60, process.stdout.columns || 100)) : 100
  const print = (lines: string[]) => process.stdout.write(lines.join('\n') + '\n')

  let annotations: Annotations
  let rows: SeedRows
  try {
    annotations = readAnnotations(file)
    rows = buildSeed(annotations, (name) => readFileSync(join(seedFolder, name), 'utf8'))
  } catch (error) {
    if (error instanceof SeedError) {
      const n = error.problems.length
      print([
        ...wrap(`seed:check: ${shown}: ${n} problem${n === 1 ? '' : 's'}; the store cannot be seeded from it, so no fact is listed`, width, '  '),
        ...error.problems.flatMap((p) => wrap(`  - ${p}`, width, '    '))
      ])
      return 1
    }
    // An unreadable file or one that is not JSON: said plainly, without a stack.
    if (error instanceof SyntaxError) {
      print([`seed:check: ${shown} is not JSON: ${error.message}`])
      return 1
    }
    if (error instanceof Error && 'code' in error) {
      print([`seed:check: cannot read ${shown}: ${error.message}`])
      return 1
    }
    throw error
  }

  const quoted = rows.evidence.filter((e) => e.note == null).length
  const summary =
    `seed:check: ${shown}: ${rows.actors.length} actors, ${rows.rounds.length} rounds, ${rows.proposals.length} proposals, ` +
    `${rows.statements.length} statements; ${rows.evidence.length} evidence items (${quoted} quoted, ` +
    `${rows.evidence.length - quoted} notes); every rule holds`
  print([...listing(annotations, rows, width), '', ...wrap(summary, width, '  ')])
  return 0
}

// `npm run seed:check | head` closes the pipe early; that is not an error worth a stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})
process.exitCode = main(process.argv.slice(2))
