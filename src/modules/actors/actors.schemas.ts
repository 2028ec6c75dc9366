import { z } from 'zod'
import { actorTypes } from '../../db/vocabulary.js'
import { qParam } from '../../http/filters.js'
import { pageParams } from '../../http/pagination.js'
import { Evidence } from '../../http/schemas.js'
import { partyFilterParam } from '../parties/parties.schemas.js'
import { evidenceColumns, type CsvColumns } from '../../http/csv.js'

export const ActorRole = z
  .object({
    title: z.string().describe('The title, normalised: `President`, `Head of negotiation team`…'),
    organization: z.string().nullable().describe('The state or organization the title is held in.'),
    text: z.string().describe('The role exactly as the source gives it, e.g. "Ukrainian President".')
  })
  .meta({ id: 'ActorRole', description: 'A role an actor holds, as a source gives it.' })

export const Actor = z
  .object({
    id: z.string().describe('Stable slug, e.g. `vladimir-medinsky`.'),
    name: z.string(),
    aliases: z.array(z.string()).describe('Other spellings and short names (Zelenskyy, Medinskiy…).'),
    type: z.enum(actorTypes),
    party: z.string().nullable().describe('The party the actor acts for; null for independent analysts and international organizations.'),
    roles: z.array(ActorRole),
    statementCount: z.number().int().describe('How many statements are attributed to the actor (`/v1/actors/{id}/statements`).'),
    evidence: z.array(Evidence).min(1)
  })
  .meta({
    id: 'Actor',
    description: 'A person or organization that acts in or comments on the talks.',
    examples: [
      {
        id: 'david-arakhamia',
        name: 'David Arakhamia',
        aliases: ['Arakhamia', 'Davyd Arakhamia', 'Arakhamiya', 'Арахамия', 'Арахамія', 'Давид Арахамия', 'Давид Арахамія'],
        type: 'person',
        party: 'ukraine',
        roles: [{ title: 'Negotiator', organization: 'Ukraine', text: 'Ukrainian negotiator' }],
        statementCount: 1,
        evidence: [
          {
            sourceId: 'xinhua-2022-04-ease-tensions',
            start: 1225,
            end: 1262,
            text: 'Ukrainian negotiator, David Arakhamia',
            note: null
          }
        ]
      }
    ]
  })
export type Actor = z.infer<typeof Actor>

export const actorsQuery = z.strictObject({
  party: partyFilterParam,
  type: z.enum(actorTypes).optional().describe('Only persons, or only organizations.'),
  quoted: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('`true`: only actors with at least one statement; `false`: only actors with none.'),
  q: qParam.meta({ examples: ['negotiator'] }),
  ...pageParams
})

export const actorCsv: CsvColumns<Actor> = [
  { header: 'id', value: (a) => a.id },
  { header: 'name', value: (a) => a.name },
  { header: 'type', value: (a) => a.type },
  { header: 'party', value: (a) => a.party },
  { header: 'aliases', value: (a) => a.aliases.join(' | ') },
  { header: 'roles', value: (a) => a.roles.map((r) => r.text).join(' | ') },
  { header: 'statement_count', value: (a) => a.statementCount, type: 'integer' },
  ...evidenceColumns<Actor>()
]
