// A typed client for dashboard builders: `import { createNegotiationClient } from
// 'negotiation-timeline/client'`. Paths, parameters and bodies are checked by TypeScript
// against the OpenAPI description the service publishes.
import createClient, { type ClientOptions } from 'openapi-fetch'
import type { components, operations, paths } from './openapi-types.js'

export type { components, operations, paths }

type Schemas = components['schemas']
export type Dataset = Schemas['Dataset']
export type Round = Schemas['Round']
export type RoundDetail = Schemas['RoundDetail']
export type Proposal = Schemas['Proposal']
export type Party = Schemas['Party']
export type Actor = Schemas['Actor']
export type Statement = Schemas['Statement']
export type Source = Schemas['Source']
export type SourceDetail = Schemas['SourceDetail']
export type Evidence = Schemas['Evidence']
export type DateRange = Schemas['DateRange']
export type TimelineEvent = Schemas['TimelineEvent']
export type Issue = Schemas['Issue']
export type SearchHit = Schemas['SearchHit']
export type Stats = Schemas['Stats']
export type Problem = Schemas['Problem']

// Lists also answer text/csv; this client reads JSON, so its types see the JSON bodies and
// the problem documents only.
type JsonMedia = 'application/json' | 'application/problem+json'

export type NegotiationClient = ReturnType<typeof createClient<paths, JsonMedia>>

/** A client for the service at `baseUrl` (e.g. `http://localhost:3000`; '' for the same origin). */
export function createNegotiationClient(baseUrl: string, options: Omit<ClientOptions, 'baseUrl'> = {}): NegotiationClient {
  return createClient<paths, JsonMedia>({ ...options, baseUrl })
}
