import { z } from 'zod'
import { statementModes } from '../../db/vocabulary.js'
import { fromToParams, qParam } from '../../http/filters.js'
import { pageParams } from '../../http/pagination.js'
import { DateRange, Evidence } from '../../http/schemas.js'
import { partyFilterParam } from '../parties/parties.schemas.js'

export const Statement = z
  .object({
    id: z.string(),
    actor: z.string().describe('Who said it (`/v1/actors/{actor}`).'),
    party: z.string().nullable().describe('The party the speaker spoke for; null for independent voices such as analysts.'),
    round: z.string().nullable().describe('The round it is about, if any.'),
    relatedRounds: z.array(z.string()).describe('Other rounds or proposed events it concerns, where the source ties it to them too.'),
    issues: z.array(z.string()).describe('The issues of the talks it speaks to (`/v1/issues/{id}`).'),
    mode: z
      .enum(statementModes)
      .describe('`direct`: a full quotation; `partial`: reported speech with quoted words; `indirect`: a paraphrase with no quotation marks.'),
    title: z.string().describe('A one-line label for feeds: the speaker and the gist, written by the curators; words in “curly quotes” are the source\'s.'),
    text: z.string().describe('The reported sentence, verbatim from the source.'),
    quote: z
      .string()
      .nullable()
      .describe("The words inside quotation marks, verbatim, without the reporter's sentence punctuation the article puts inside them; null for indirect speech."),
    date: DateRange.describe('When it was said.'),
    evidence: z.array(Evidence).min(1)
  })
  .meta({
    id: 'Statement',
    description: 'Something an actor said, as a source reports it.',
    examples: [
      {
        id: 'medinsky-more-realistic-approach',
        actor: 'vladimir-medinsky',
        party: 'russia',
        round: 'online-2022-04-01',
        relatedRounds: ['zelensky-putin-meeting'],
        issues: ['leaders_meeting'],
        mode: 'partial',
        title: 'Medinsky: Ukraine takes “a more realistic approach”, but the draft is not enough for a leaders’ meeting',
        text: 'Medinsky said Russia saw that Ukraine had taken “a more realistic approach” to talks, but the draft agreement was not sufficient for a potential meeting between the Russian and Ukrainian leaders.',
        quote: 'a more realistic approach',
        date: {
          earliest: '2022-04-01',
          latest: '2022-04-07',
          kind: 'within',
          text: null,
          note: 'Reported with the online talks that began on Friday 2022-04-01, and before the article.'
        },
        evidence: [
          {
            sourceId: 'xinhua-2022-04-ease-tensions',
            start: 1415,
            end: 1610,
            text: 'Medinsky said Russia saw that Ukraine had taken “a more realistic approach” to talks, but the draft agreement was not sufficient for a potential meeting between the Russian and Ukrainian leaders.',
            note: null
          }
        ]
      }
    ]
  })
export type Statement = z.infer<typeof Statement>

const modeParam = z.enum(statementModes).optional().describe('Only statements reported in this mode.')
const roundParam = z.string().min(1).max(200).optional().describe('Only statements about this round (its id): its own, or a related one.').meta({ examples: ['istanbul-2022-03-29'] })

export const statementsQuery = z.strictObject({
  actor: z.string().min(1).max(200).optional().describe('Only what this actor said: its id, or a name or alias that names one actor (`Medinsky`, `Мединский`).').meta({ examples: ['volodymyr-zelensky'] }),
  // No example: Swagger UI's "Try it out" sends every example at once, and none of the
  // example actor's statements is on an issue (`leaders_meeting` has five).
  issue: z.string().min(1).max(100).optional().describe('Only statements on this issue (its id, `/v1/issues`, e.g. `leaders_meeting`).'),
  party: partyFilterParam,
  round: roundParam,
  mode: modeParam,
  ...fromToParams,
  q: qParam.meta({ examples: ['signals'] }),
  ...pageParams
})

export const actorStatementsQuery = z.strictObject({ mode: modeParam, round: roundParam, ...pageParams })
