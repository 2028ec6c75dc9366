// Adding a new article with its facts: the same checks and the same code as the write
// endpoints, in one transaction (all or nothing).
import { eq, max } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../db/open.js'
import * as t from '../db/schema.js'
import { partyRoles } from '../db/vocabulary.js'
import { UnprocessableError } from '../http/errors.js'
import { actorWriter } from '../modules/actors/actors.writes.js'
import { proposalWriter } from '../modules/proposals/proposals.writes.js'
import { roundWriter } from '../modules/rounds/rounds.writes.js'
import { aliasKey } from '../modules/parties/parties.repository.js'
import { sourceWriter } from '../modules/sources/sources.writes.js'
import { statementWriter } from '../modules/statements/statements.writes.js'
import { articleBody } from '../provenance/article.js'
import { ActorInput, DateInput, issueId, ProposalInput, RoundInput, slug, StatementInput, type ResourceType } from './curation.schemas.js'
import type { ResourceWriter, Tx, WriteBody } from './writer.js'
import { createWrites } from './writes.js'

/** What the drafter (`npm run draft`) made of a fact; ingest reads past it. */
const Review = z
  .strictObject({ confidence: z.number().min(0).max(1), reason: z.string().min(1).max(1000) })
  .describe('From `npm run draft`: how sure the drafter is (0–1) and the rule or cue that produced the fact. Ignored by ingest.')
const reviewed = { review: Review.optional() }

export const PartyFileInput = z.strictObject({
  id: slug,
  name: z.string().trim().min(1).max(300),
  role: z.enum(partyRoles),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  ...reviewed
})
export const IssueFileInput = z.strictObject({
  id: issueId,
  label: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(2000)
})

export const IngestFile = z
  .strictObject({
    $schema: z.string().optional(),
    source: z
      .strictObject({
        id: slug,
        kind: z.literal('news_article'),
        title: z.string().min(1).max(500),
        publisher: z.string().min(1).max(300),
        url: z.url().nullable().default(null),
        published: DateInput,
        language: z.string().min(2).max(35),
        licence: z.string().min(1).max(2000),
        citation: z.string().min(1).max(2000),
        headline: z.string().min(1).optional().describe('The headline line the capture starts with, removed from the stored body.'),
        furniture: z.array(z.string().min(1)).default([]).describe('Trailing lines of the publishing site (buttons, links), removed from the stored body.')
      })
      .describe('The article; its text is the --source file.'),
    parties: z.array(PartyFileInput).default([]).describe('Parties the facts name that the store may not have: each is added unless the store has its id, and then its name must be the same.'),
    issues: z.array(IssueFileInput).default([]).describe('Issues the facts name that the store may not have: each is added unless the store has its id, and then its label must be the same.'),
    actors: z.array(ActorInput.extend(reviewed)).default([]),
    rounds: z.array(RoundInput.extend(reviewed)).default([]),
    proposals: z.array(ProposalInput.extend(reviewed)).default([]),
    statements: z.array(StatementInput.extend(reviewed)).default([]),
    review: z
      .looseObject({
        undecided: z
          .array(z.looseObject({ kind: z.string(), words: z.string(), decide: z.string() }))
          .default([])
          .describe('Facts the drafter found but could not settle, with what the curator must decide. Ingest adds none of them: move one into its list once decided.')
      })
      .optional()
      .describe("The drafter's notes for the curator (its summary, the relative dates it resolved, what is undecided). Ignored by ingest, which reports how many undecided facts it left out.")
  })
  .describe('An article to add with the facts it states, for `npm run ingest`. Evidence names the article by its source id and quotes its words. `npm run draft` writes a first draft of one.')
export type IngestFile = z.infer<typeof IngestFile>

export const ingestJsonSchema = () => z.toJSONSchema(IngestFile, { io: 'input', target: 'draft-2020-12' })

export interface IngestResult {
  source: string
  created: Record<Exclude<ResourceType, 'source'>, string[]> & { party: string[]; issue: string[] }
  /** Facts the file leaves undecided (`review.undecided`), not added. */
  undecided: number
}

/** Adds the parties and issues the file brings that the store lacks; one it has must agree. */
function addVocabulary(tx: Tx, file: IngestFile, logged: (type: 'party' | 'issue', id: string, fields: string[]) => void): { party: string[]; issue: string[] } {
  const problems: { path: string; message: string }[] = []
  const party: string[] = []
  const issue: string[] = []
  file.parties.forEach((p, i) => {
    const stored = tx.select().from(t.parties).where(eq(t.parties.id, p.id)).get()
    if (stored) {
      if (stored.name !== p.name) problems.push({ path: `parties[${i}].name`, message: `the store's party "${p.id}" is named "${stored.name}"` })
      return
    }
    const listOrder = (tx.select({ n: max(t.parties.listOrder) }).from(t.parties).get()?.n ?? 0) + 1
    tx.insert(t.parties).values({ id: p.id, name: p.name, role: p.role, listOrder }).run()
    for (const alias of new Set([p.id, p.name, ...p.aliases])) {
      const key = aliasKey(alias)
      const owner = tx.select().from(t.partyAliases).where(eq(t.partyAliases.key, key)).get()
      if (owner && owner.partyId !== p.id) problems.push({ path: `parties[${i}].aliases`, message: `"${alias}" already names the party "${owner.partyId}"` })
      else if (!owner) tx.insert(t.partyAliases).values({ key, alias, partyId: p.id }).run()
    }
    party.push(p.id)
    logged('party', p.id, ['name', 'role', 'aliases'])
  })
  file.issues.forEach((x, i) => {
    const stored = tx.select().from(t.issues).where(eq(t.issues.id, x.id)).get()
    if (stored) {
      if (stored.label !== x.label) problems.push({ path: `issues[${i}].label`, message: `the store's issue "${x.id}" is labelled "${stored.label}"` })
      return
    }
    const listOrder = (tx.select({ n: max(t.issues.listOrder) }).from(t.issues).get()?.n ?? 0) + 1
    tx.insert(t.issues).values({ ...x, listOrder }).run()
    issue.push(x.id)
    logged('issue', x.id, ['label', 'description'])
  })
  if (problems.length > 0) throw new UnprocessableError('A party or issue of the file does not agree with the store.', problems)
  return { party, issue }
}

/**
 * Adds the article and every fact, or nothing: a failing fact names its record and rolls
 * all back. Throws ArticleLayoutError when the capture does not look as the file says.
 */
export function ingest(db: Db, file: IngestFile, raw: string, tokenName = 'ingest'): IngestResult {
  const writes = createWrites(db)
  const { headline, furniture, ...source } = file.source
  const text = articleBody(raw, { headline, furniture })
  const ctx = { tokenName }
  return writes.batch(() => {
    const each = <B extends WriteBody>(writer: ResourceWriter<B>, list: (B & { review?: unknown })[], plural: string) =>
      list.map(({ review: _, ...body }, i) => {
        try {
          return writes.create(writer, body as unknown as B, ctx)
        } catch (error) {
          if (error instanceof UnprocessableError) {
            throw new UnprocessableError(`${plural}[${i}]: ${error.message}`, error.errors.map((e) => ({ path: e.path.replace(/^body/, `${plural}[${i}]`), message: e.message })))
          }
          throw error
        }
      })
    const vocabulary = db.transaction((tx) => addVocabulary(tx, file, (type, id, fields) => writes.created(type, id, fields, ctx)))
    const sourceId = writes.create(sourceWriter, { ...source, text }, ctx)
    const actor = each(actorWriter, file.actors, 'actors')
    const round = each(roundWriter, file.rounds, 'rounds')
    const proposal = each(proposalWriter, file.proposals, 'proposals')
    const statement = each(statementWriter, file.statements, 'statements')
    return { source: sourceId, created: { ...vocabulary, actor, round, proposal, statement }, undecided: file.review?.undecided.length ?? 0 }
  })
}
