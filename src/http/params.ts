import { z } from 'zod'

/** `{id}` path parameters: any text; an id that names no record is a 404, however odd. */
export function idParams(description: string, example: string) {
  return z.strictObject({ id: z.string().describe(description).meta({ examples: [example] }) })
}

/** Routes that take no query parameters still refuse unknown ones: a typo is a 400, not ignored. */
export const noQuery = z.strictObject({})
