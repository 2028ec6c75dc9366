import { z } from 'zod'
import { slug } from '../../curation/curation.schemas.js'
import { layout } from '../../drafting/draft.js'

/** A publication day: relative dates are counted from it, so it is a day of the calendar's years 1000 to 2999. */
const day = z.iso.date().refine((d) => d >= '1000' && d < '3000', 'a day between the years 1000 and 2999')

export const DraftRequest = z
  .strictObject({
    text: z
      .string()
      .max(60_000)
      .regex(/\p{L}/u, 'an article needs words')
      .describe('The article as captured, up to 60,000 characters (a long feature is about 40,000): its headline as the first line when it has one, then the body. Trailing page furniture (short lines such as "Show More") is recognised and left out.'),
    title: z.string().trim().min(1).max(500).optional().describe('The headline; when the text starts with it, that line is the headline and not the body.'),
    publisher: z.string().trim().min(1).max(300),
    url: z.url().max(2000).nullable().default(null),
    published: z
      .strictObject({ earliest: day, latest: day.optional().describe('When the day is not known: the last day it can be. Left out, the same as `earliest`.') })
      .refine((p) => p.latest === undefined || p.latest >= p.earliest, { message: 'latest is before earliest', path: ['latest'] })
      .describe('When the article appeared: relative dates ("last week", "since Friday") are resolved against it.'),
    language: z.string().min(2).max(35).default('en'),
    id: slug.optional().describe('The source id to give the article; made from the publisher and title when absent.')
  })
  // Page furniture and a headline with nothing under them is no article.
  .refine((r) => /\p{L}/u.test(layout(r.text, r.title).body), { message: 'the text has a headline and page furniture but no article under them', path: ['text'] })
  .meta({ id: 'DraftRequest', description: 'An article to draft the facts of.' })
