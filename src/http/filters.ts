import { z } from 'zod'
import { badParameter } from './errors.js'

export const dateParam = (description: string) => z.iso.date().optional().describe(description)

export const fromToParams = {
  from: dateParam('Only what may fall on or after this day (ISO 8601): a range matches when it overlaps from..to.').meta({
    example: '2022-03-01'
  }),
  to: dateParam('Only what may fall on or before this day (ISO 8601).').meta({ examples: ['2022-03-31'] })
}

/** Control characters (NUL above all) have no place in a search and would cut it short. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const noControlCharacters = (s: string) => !/[\u0000-\u001f\u007f]/.test(s)

export const qParam = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine(noControlCharacters, 'control characters are not allowed')
  .optional()
  .describe('Text to look for (case-insensitive substring match), at most 500 characters. For ranked full-text search with aliases, see /v1/search.')

export function checkDateOrder(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && from > to) throw badParameter('to', `"to" (${to}) is before "from" (${from})`)
}

/** A `party`/`round`/`actor` filter naming nothing known is a mistake worth saying, not an empty list. */
export function requireKnown(name: string, value: string | undefined, resolve: (v: string) => string | undefined): string | undefined {
  if (value === undefined) return undefined
  const found = resolve(value)
  if (found === undefined) throw badParameter(name, `no ${name} is known as ${JSON.stringify(value)}`)
  return found
}

/** Adapts an `exists(id)` check to `requireKnown`, for filters that take ids only. */
export const existing =
  (exists: (id: string) => boolean) =>
    (id: string): string | undefined => {
    // Ids are lower-case slugs: `VLADIMIR-MEDINSKY` names the same actor.
      const key = id.toLowerCase()
      return exists(key) ? key : undefined
    }

/**
 * A parameter taking several values, repeated (`type=a&type=b`) or comma-separated
 * (`type=a,b`); each value must be one of `values`.
 */
export function listParam<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  const one = z.enum(values)
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw, ctx): T[number][] | undefined => {
      if (raw === undefined) return undefined
      const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
      const parsed: T[number][] = []
      for (const part of parts) {
        const result = one.safeParse(part)
        if (!result.success) {
          ctx.addIssue({ code: 'custom', message: `"${part}" is not one of ${values.join(', ')}` })
          return z.NEVER
        }
        parsed.push(result.data)
      }
      return parsed.length === 0 ? undefined : [...new Set(parsed)]
    })
    .describe(description)
}
