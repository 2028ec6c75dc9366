// Adding a new article with its facts: the same checks and the same code as the write
// endpoints, in one transaction (all or nothing).
import { z } from 'zod'
import type { Db } from '../db/open.js'
import { UnprocessableError } from '../http/errors.js'
import { actorWriter } from '../modules/actors/actors.writes.js'
import { proposalWriter } from '../modules/proposals/proposals.writes.js'
import { roundWriter } from '../modules/rounds/rounds.writes.js'
import { sourceWriter } from '../modules/sources/sources.writes.js'
import { statementWriter } from '../modules/statements/statements.writes.js'
import { articleBody } from '../provenance/article.js'
import { ActorInput, DateInput, ProposalInput, RoundInput, slug, StatementInput, type ResourceType } from './curation.schemas.js'
import type { ResourceWriter, WriteBody } from './writer.js'
import { createWrites } from './writes.js'

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
    actors: z.array(ActorInput).default([]),
    rounds: z.array(RoundInput).default([]),
    proposals: z.array(ProposalInput).default([]),
    statements: z.array(StatementInput).default([])
  })
  .describe('An article to add with the facts it states, for `npm run ingest`. Evidence names the article by its source id and quotes its words.')
export type IngestFile = z.infer<typeof IngestFile>

export const ingestJsonSchema = () => z.toJSONSchema(IngestFile, { io: 'input', target: 'draft-2020-12' })

export interface IngestResult {
  source: string
  created: Record<Exclude<ResourceType, 'source'>, string[]>
}

/**
 * Adds the article and every fact, or nothing: a failing fact names its record and rolls
 * all back. Throws ArticleLayoutError when the capture does not look as the file says.
 */
export function ingest(db: Db, file: IngestFile, raw: string, tokenName = 'ingest'): IngestResult {
  const writes = createWrites(db)
  const { headline, furniture, ...source } = file.source
  const text = headline === undefined && furniture.length === 0 ? raw.trim() : articleBody(raw, { headline: headline ?? raw.split('\n')[0]!.trim(), furniture })
  const ctx = { tokenName }
  return writes.batch(() => {
    const each = <B extends WriteBody>(writer: ResourceWriter<B>, list: B[], plural: string) =>
      list.map((body, i) => {
        try {
          return writes.create(writer, body, ctx)
        } catch (error) {
          if (error instanceof UnprocessableError) {
            throw new UnprocessableError(`${plural}[${i}]: ${error.message}`, error.errors.map((e) => ({ path: e.path.replace(/^body/, `${plural}[${i}]`), message: e.message })))
          }
          throw error
        }
      })
    const sourceId = writes.create(sourceWriter, { ...source, text }, ctx)
    const actor = each(actorWriter, file.actors, 'actors')
    const round = each(roundWriter, file.rounds, 'rounds')
    const proposal = each(proposalWriter, file.proposals, 'proposals')
    const statement = each(statementWriter, file.statements, 'statements')
    return { source: sourceId, created: { actor, round, proposal, statement } }
  })
}
