// The store's tables. JSON is camelCase, columns are snake_case; the mapping lives here.
// Every fact table has `list_order`: the order records were added (article order for the
// seed), used as the stable tie-break of keyset pagination. It is not rowid, which VACUUM
// may renumber.
import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import {
  actorTypes,
  partyRoles,
  proposalTypes,
  roundFormats,
  roundPartyRoles,
  roundStatuses,
  dateKinds,
  sourceKinds,
  statementModes
} from './vocabulary.js'

// The day a fact is placed on in date order: a range known only as "by" its end sorts at its
// end; an unscheduled event has no day and sorts after every day ('~' follows the digits).
// Never shown: the API gives the range and its kind.
const sortDay = (prefix: string) =>
  sql.raw(`CASE ${prefix}_kind WHEN 'within' THEN ${prefix}_latest WHEN 'unscheduled' THEN '~' ELSE ${prefix}_earliest END`)

export interface ActorRole {
  title: string
  organization: string | null
  text: string
}

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull()
})

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: sourceKinds }).notNull(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    url: text('url'),
    publishedEarliest: text('published_earliest').notNull(),
    publishedLatest: text('published_latest'),
    publishedText: text('published_text'),
    publishedNote: text('published_note'),
    publishedKind: text('published_kind', { enum: dateKinds }).notNull().default('exact'),
    publishedSort: text('published_sort').generatedAlwaysAs(sortDay('published'), { mode: 'virtual' }),
    language: text('language').notNull(),
    licence: text('licence').notNull(),
    citation: text('citation').notNull(),
    text: text('text'),
    sha256: text('sha256'),
    listOrder: integer('list_order').notNull()
  },
  (t) => [
    uniqueIndex('sources_list_order').on(t.listOrder),
    index('sources_published').on(t.publishedEarliest, t.listOrder),
    // For a date range that starts before `from` and still runs or ends on or after it (timeline ?from=).
    index('sources_latest').on(t.publishedLatest, t.publishedEarliest),
    index('sources_sort').on(t.publishedSort, t.listOrder),
    check('sources_article_has_text', sql`${t.kind} <> 'news_article' OR (${t.text} IS NOT NULL AND ${t.sha256} IS NOT NULL)`)
  ]
)

export const parties = sqliteTable(
  'parties',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    role: text('role', { enum: partyRoles }).notNull(),
    listOrder: integer('list_order').notNull()
  },
  (t) => [uniqueIndex('parties_list_order').on(t.listOrder)]
)

// Aliases are rows, not a JSON list, so `?party=Kyiv` resolves with one indexed lookup.
// `key` is the lower-cased alias; the party's own id is stored as an alias too.
export const partyAliases = sqliteTable(
  'party_aliases',
  {
    key: text('key').primaryKey(),
    alias: text('alias').notNull(),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' })
  },
  (t) => [index('party_aliases_party').on(t.partyId)]
)

export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type', { enum: actorTypes }).notNull(),
    partyId: text('party_id').references(() => parties.id),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull(),
    roles: text('roles', { mode: 'json' }).$type<ActorRole[]>().notNull(),
    listOrder: integer('list_order').notNull()
  },
  (t) => [uniqueIndex('actors_list_order').on(t.listOrder), index('actors_party').on(t.partyId)]
)

export const rounds = sqliteTable(
  'rounds',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    sequence: integer('sequence'),
    format: text('format', { enum: roundFormats }).notNull(),
    city: text('city'),
    region: text('region'),
    country: text('country'),
    // Null only for an unscheduled event: it has no day at all.
    dateEarliest: text('date_earliest'),
    dateLatest: text('date_latest'),
    dateText: text('date_text'),
    dateNote: text('date_note'),
    dateKind: text('date_kind', { enum: dateKinds }).notNull().default('exact'),
    dateSort: text('date_sort').generatedAlwaysAs(sortDay('date'), { mode: 'virtual' }),
    status: text('status', { enum: roundStatuses }).notNull(),
    summary: text('summary').notNull(),
    listOrder: integer('list_order').notNull()
  },
  (t) => [
    uniqueIndex('rounds_list_order').on(t.listOrder),
    index('rounds_date').on(t.dateEarliest, t.listOrder),
    index('rounds_latest').on(t.dateLatest, t.dateEarliest),
    index('rounds_sort').on(t.dateSort, t.listOrder),
    // A filter on a category column, in date order; and /v1/stats counts each category from it.
    index('rounds_status').on(t.status, t.dateSort, t.listOrder),
    index('rounds_format').on(t.format, t.dateSort, t.listOrder),
    check('rounds_date_order', sql`${t.dateLatest} IS NULL OR ${t.dateLatest} >= ${t.dateEarliest}`),
    check('rounds_unscheduled', sql`(${t.dateKind} = 'unscheduled') = (${t.dateEarliest} IS NULL)`)
  ]
)

export const roundParties = sqliteTable(
  'round_parties',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id),
    role: text('role', { enum: roundPartyRoles }).notNull()
  },
  (t) => [primaryKey({ columns: [t.roundId, t.partyId] }), index('round_parties_party').on(t.partyId)]
)

export const proposals = sqliteTable(
  'proposals',
  {
    id: text('id').primaryKey(),
    partyId: text('party_id')
      .notNull()
      .references(() => parties.id),
    roundId: text('round_id').references(() => rounds.id),
    type: text('type', { enum: proposalTypes }).notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    dateEarliest: text('date_earliest').notNull(),
    dateLatest: text('date_latest'),
    dateText: text('date_text'),
    dateNote: text('date_note'),
    dateKind: text('date_kind', { enum: dateKinds }).notNull().default('exact'),
    dateSort: text('date_sort').generatedAlwaysAs(sortDay('date'), { mode: 'virtual' }),
    listOrder: integer('list_order').notNull()
  },
  (t) => [
    uniqueIndex('proposals_list_order').on(t.listOrder),
    index('proposals_party').on(t.partyId, t.dateSort, t.listOrder),
    index('proposals_round').on(t.roundId),
    index('proposals_date').on(t.dateEarliest, t.listOrder),
    index('proposals_latest').on(t.dateLatest, t.dateEarliest),
    index('proposals_sort').on(t.dateSort, t.listOrder),
    index('proposals_type').on(t.type, t.dateSort, t.listOrder),
    index('proposals_category').on(t.category, t.dateSort, t.listOrder),
    check('proposals_date_order', sql`${t.dateLatest} IS NULL OR ${t.dateLatest} >= ${t.dateEarliest}`)
  ]
)

export const statements = sqliteTable(
  'statements',
  {
    id: text('id').primaryKey(),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    partyId: text('party_id').references(() => parties.id),
    roundId: text('round_id').references(() => rounds.id),
    mode: text('mode', { enum: statementModes }).notNull(),
    text: text('text').notNull(),
    quote: text('quote'),
    /** A one-line label for feeds: the speaker and the gist, never a bare fragment of a quote. */
    title: text('title').notNull().default(''),
    dateEarliest: text('date_earliest').notNull(),
    dateLatest: text('date_latest'),
    dateText: text('date_text'),
    dateNote: text('date_note'),
    dateKind: text('date_kind', { enum: dateKinds }).notNull().default('exact'),
    dateSort: text('date_sort').generatedAlwaysAs(sortDay('date'), { mode: 'virtual' }),
    listOrder: integer('list_order').notNull()
  },
  (t) => [
    uniqueIndex('statements_list_order').on(t.listOrder),
    index('statements_actor').on(t.actorId, t.dateSort, t.listOrder),
    index('statements_party').on(t.partyId, t.dateSort, t.listOrder),
    index('statements_round').on(t.roundId),
    index('statements_date').on(t.dateEarliest, t.listOrder),
    index('statements_latest').on(t.dateLatest, t.dateEarliest),
    index('statements_sort').on(t.dateSort, t.listOrder),
    index('statements_mode').on(t.mode, t.dateSort, t.listOrder),
    check('statements_quote_mode', sql`(${t.mode} = 'indirect') = (${t.quote} IS NULL)`),
    check('statements_date_order', sql`${t.dateLatest} IS NULL OR ${t.dateLatest} >= ${t.dateEarliest}`)
  ]
)

// The subjects of the talks. A proposal's `category` is an issue's id; a statement may
// concern several issues, and rounds beyond its own.
export const issues = sqliteTable(
  'issues',
  {
    id: text('id').primaryKey(),
    label: text('label').notNull(),
    description: text('description').notNull(),
    listOrder: integer('list_order').notNull()
  },
  (t) => [uniqueIndex('issues_list_order').on(t.listOrder)]
)

export const statementIssues = sqliteTable(
  'statement_issues',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    issueId: text('issue_id')
      .notNull()
      .references(() => issues.id)
  },
  (t) => [primaryKey({ columns: [t.statementId, t.issueId] }), index('statement_issues_issue').on(t.issueId)]
)

// Rounds a statement concerns besides its own `round`, where the source ties it to both.
export const statementRounds = sqliteTable(
  'statement_rounds',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    roundId: text('round_id')
      .notNull()
      .references(() => rounds.id)
  },
  (t) => [primaryKey({ columns: [t.statementId, t.roundId] }), index('statement_rounds_round').on(t.roundId)]
)

// One evidence table for every kind of fact, with one nullable foreign key per kind and a
// check that exactly one is set: the database itself then guarantees that evidence points
// at a real record and disappears with it.
export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    roundId: text('round_id').references(() => rounds.id, { onDelete: 'cascade' }),
    proposalId: text('proposal_id').references(() => proposals.id, { onDelete: 'cascade' }),
    statementId: text('statement_id').references(() => statements.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'cascade' }),
    start: integer('start'),
    end: integer('end'),
    text: text('text'),
    note: text('note'),
    // Words the source separates ("its refusal to … deploy foreign military bases"), in order:
    // [{start, end, text}], each a verbatim slice. Null for one span, which start..end is;
    // with several, start..end is the passage from the first to the end of the last.
    spans: text('spans', { mode: 'json' }).$type<{ start: number; end: number; text: string }[]>()
  },
  (t) => [
    index('evidence_round').on(t.roundId),
    index('evidence_proposal').on(t.proposalId),
    index('evidence_statement').on(t.statementId),
    index('evidence_actor').on(t.actorId),
    index('evidence_source').on(t.sourceId),
    check(
      'evidence_one_subject',
      sql`(${t.roundId} IS NOT NULL) + (${t.proposalId} IS NOT NULL) + (${t.statementId} IS NOT NULL) + (${t.actorId} IS NOT NULL) = 1`
    ),
    check(
      'evidence_span_or_note',
      sql`(${t.start} IS NOT NULL AND ${t.end} IS NOT NULL AND ${t.text} IS NOT NULL AND ${t.end} > ${t.start} AND ${t.start} >= 0) OR (${t.start} IS NULL AND ${t.end} IS NULL AND ${t.text} IS NULL AND ${t.note} IS NOT NULL)`
    )
  ]
)

// API tokens for writes. Only a hash of each token is stored; the token itself is shown
// once, when it is created.
export const apiTokens = sqliteTable('api_tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  scope: text('scope', { enum: ['read', 'write'] }).notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at')
})

// The append-only log of accepted writes, for GET /v1/changes. Written in the same
// transaction as the write it records.
export const changes = sqliteTable(
  'changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    tokenName: text('token_name').notNull(),
    operation: text('operation', { enum: ['create', 'update', 'delete'] }).notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
    fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
    /** The dataset version the write made; null on changes logged before versions were kept. */
    version: integer('version')
  },
  (t) => [index('changes_resource').on(t.resourceType, t.resourceId), index('changes_version').on(t.version)]
)

// One row per dataset version: what made it (the seeder, a write through a token, or the
// upgrade that began keeping versions), when, and how many records it held.
export const versions = sqliteTable('versions', {
  version: integer('version').primaryKey(),
  at: text('at').notNull(),
  madeBy: text('made_by', { enum: ['seed', 'write', 'upgrade'] }).notNull(),
  tokenName: text('token_name'),
  counts: text('counts', { mode: 'json' }).$type<Record<string, number>>().notNull()
})

// What each version changed in the dataset's tables, row by row, so that any kept version
// can be rebuilt from the store by undoing the later ones (src/db/history.ts). Written by
// triggers, never by code: `key` is the primary key of the row as the change left it (null
// when it deleted the row), `old` the whole row before it (null when it inserted the row).
export const history = sqliteTable(
  'history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    version: integer('version').notNull(),
    tableName: text('table_name').notNull(),
    key: text('key'),
    old: text('old')
  },
  (t) => [index('history_version').on(t.version)]
)

// A retried POST with the same Idempotency-Key gets the first answer, not a duplicate.
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    tokenId: text('token_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    location: text('location'),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] })]
)

// Counts of the write rate limit, shared by the processes of WORKERS=N (src/db/rate-limits.ts):
// one row per client key, counting until `window_ends_ms` (epoch milliseconds). Not data:
// a count lost in a crash only gives a client a fresh window.
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowEndsMs: integer('window_ends_ms').notNull()
})
