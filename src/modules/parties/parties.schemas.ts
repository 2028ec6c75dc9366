import { z } from 'zod'
import { partyRoles } from '../../db/vocabulary.js'
import type { CsvColumns } from '../../http/csv.js'

export const Party = z
  .object({
    id: z.string().describe('Stable slug: `russia`, `ukraine`, `turkey`, `belarus`…'),
    name: z.string(),
    role: z.enum(partyRoles).describe('`belligerent` for a side in the talks, `host` or `mediator` for a state that hosts or mediates them.'),
    aliases: z.array(z.string()).describe('Other names the party goes by (capitals, spellings); each works wherever a party id does, case-insensitive.')
  })
  .meta({
    id: 'Party',
    description: 'A side in the talks, or a state that hosts or mediates them.',
    examples: [{ id: 'ukraine', name: 'Ukraine', role: 'belligerent', aliases: ['Kiev', 'Kyiv', 'UA', 'UKR', 'Киев', 'Київ', 'Украина', 'Україна'] }]
  })
export type Party = z.infer<typeof Party>

export const partyIdParam = z
  .string()
  .describe("A party's id or any of its aliases, case-insensitive: `ukraine`, `Kyiv` and `kiev` name the same party.")
  .meta({ examples: ['kiev'] })

export const partyFilterParam = z.string().min(1).max(100).meta({ examples: ['kiev'] }).optional().describe('Only records of this party: its id or any alias, case-insensitive (`kiev`, `Kyiv`, `ukraine`).')

export const partyCsv: CsvColumns<Party> = [
  { header: 'id', value: (p) => p.id },
  { header: 'name', value: (p) => p.name },
  { header: 'role', value: (p) => p.role },
  { header: 'aliases', value: (p) => p.aliases.join(' | ') }
]
